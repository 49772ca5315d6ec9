package id.go.pcm.batch.output;

import id.go.pcm.InputSummary;
import id.go.pcm.batch.history.MonthHistory;
import id.go.pcm.batch.history.PreviousMonth;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.validation.Reject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the JSON twin and the PDF are made from: one evaluation, so that the two always agree.
 *
 * @param figures      the month's figures
 * @param inputs       each input file's checksum and counts
 * @param history      earlier stored months, oldest first, at most five
 * @param settings     the settings in force, for the method section
 * @param firstRejects the first rejected rows, for the data-quality section
 * @param rejectCounts rejects by file and rule: each entry is {@code file, rule, count}
 * @param previous     the latest stored month before this one, with its agency scores and program
 *                     sentiment, or {@code null} when none is stored
 */
public record FiguresDocument(MonthlyFigures figures, List<InputSummary> inputs, List<MonthHistory> history,
                              EvaluationSettings settings, List<Reject> firstRejects, List<RejectCount> rejectCounts,
                              PreviousMonth previous) {

    /** Freezes the lists. */
    public FiguresDocument {
        inputs = List.copyOf(inputs);
        history = List.copyOf(history);
        firstRejects = List.copyOf(firstRejects);
        rejectCounts = List.copyOf(rejectCounts);
    }

    /**
     * A document with no earlier month to compare agency scores and program sentiment with.
     *
     * @param figures      the month's figures
     * @param inputs       each input file's checksum and counts
     * @param history      earlier stored months, oldest first, at most five
     * @param settings     the settings in force
     * @param firstRejects the first rejected rows
     * @param rejectCounts rejects by file and rule
     */
    public FiguresDocument(MonthlyFigures figures, List<InputSummary> inputs, List<MonthHistory> history,
                           EvaluationSettings settings, List<Reject> firstRejects, List<RejectCount> rejectCounts) {
        this(figures, inputs, history, settings, firstRejects, rejectCounts, null);
    }

    /** @return the latest stored month before this one, if any */
    public Optional<PreviousMonth> previousMonth() {
        return Optional.ofNullable(previous);
    }

    /**
     * @return every text copied from the input files that the report prints (agency names, narrative
     *         titles, program tags, top outlets, the first rejected rows' ids and messages, unknown
     *         column names), in document order
     */
    public List<InputText> inputTexts() {
        List<InputText> texts = new ArrayList<>();
        figures.agencies().forEach(a -> texts.add(new InputText(InputText.AGENCY_NAME, a.agencyId(), a.name())));
        figures.narratives().forEach(n -> texts.add(new InputText(InputText.NARRATIVE_TITLE, n.narrativeId(), n.title())));
        figures.media().programs().keySet().forEach(p -> texts.add(new InputText(InputText.PROGRAM, "media.csv", p)));
        figures.media().topOutlets().forEach(o -> texts.add(new InputText(InputText.OUTLET, "media.csv", o.outlet())));
        for (Reject reject : firstRejects) {
            String where = reject.file() + ":" + reject.line();
            if (reject.recordId() != null) {
                texts.add(new InputText(InputText.RECORD_ID, where, reject.recordId()));
            }
            texts.add(new InputText(InputText.REJECT_MESSAGE, where, reject.messageId() + "\n" + reject.messageEn()));
        }
        inputs.forEach(i -> i.unknownColumns().forEach(c -> texts.add(new InputText(InputText.UNKNOWN_COLUMN, i.file(), c))));
        return texts;
    }

    /**
     * Rejected rows of one file under one rule.
     *
     * @param file  the input file
     * @param rule  the rule code
     * @param count the rows
     */
    public record RejectCount(String file, String rule, long count) {
    }
}
