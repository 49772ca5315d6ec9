package id.go.pcm;

import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.validation.Reject;

import java.util.List;

/**
 * The outcome of evaluating a month folder.
 *
 * @param figures the evaluation's figures
 * @param inputs  what became of each file, in reading order: types (when the folder has a {@code types.csv}), agencies, narratives, reports,
 *                dissemination, media
 * @param rejects every rejected row, file by file in that order, each file in reading order, then the
 *                {@code UNUSABLE_FILE} row of each refused submission (SPEC 10.2)
 * @param submissions the folder's {@code submissions/}: the sheets read, those refused, the files ignored
 */
public record MonevResult(MonthlyFigures figures, List<InputSummary> inputs, List<Reject> rejects, Submissions submissions) {

    /**
     * Freezes the lists.
     *
     * @param figures the evaluation's figures
     * @param inputs what became of each file, in reading order: types (when the folder has a {@code types.csv}), agencies, narratives, reports, dissemination, media
     * @param rejects every rejected row, file by file in that order, each file in reading order, then the refused submissions'
     * @param submissions the folder's {@code submissions/}
     */
    public MonevResult {
        inputs = List.copyOf(inputs);
        rejects = List.copyOf(rejects);
        java.util.Objects.requireNonNull(submissions, "submissions");
    }

    /**
     * Finds a file's summary.
     *
     * @param file the file name, for example {@code media.csv}
     * @return its summary
     * @throws IllegalArgumentException when the file is not one of the five
     */
    public InputSummary input(String file) {
        return inputs.stream().filter(i -> i.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input named " + file));
    }
}
