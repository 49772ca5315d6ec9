package id.go.pcm.batch.settings;

import id.go.pcm.batch.report.DocumentWords;
import id.go.pcm.evaluation.EvaluationSettings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * PCM's settings as a run uses them, read and checked by {@link Settings}.
 *
 * @param home       where the embedded job database and the logs live ({@code PCM_HOME})
 * @param homeName   what the home was set by, for messages: {@code PCM_HOME} or {@code pcm.home}
 * @param zone       the office's time zone ({@code pcm.zone}, default {@code Asia/Jakarta})
 * @param words      the words on the report and the scorecards (SPEC 9.4): issuer, addressee, region,
 *                   agencies-word
 * @param evaluation the weights, deadline, window and bounds of the evaluation
 * @param warnings   what the operator is told but that stops nothing (an environment variable that
 *                   looks like a misspelt setting), each a message in both languages
 */
public record PcmSettings(Path home, String homeName, ZoneId zone, DocumentWords words, EvaluationSettings evaluation, List<Message> warnings) {

    /** Checks the parts. */
    public PcmSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(homeName, "homeName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(evaluation, "evaluation");
        warnings = List.copyOf(warnings);
    }

    /**
     * @param english whether the operator asked for English ({@code --lang=en})
     * @return the warnings, one line each, in that language
     */
    public List<String> warnings(boolean english) {
        return warnings.stream().map(w -> english ? w.english() : w.indonesian()).toList();
    }
}
