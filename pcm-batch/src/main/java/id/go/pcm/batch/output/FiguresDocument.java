package id.go.pcm.batch.output;

import id.go.pcm.InputSummary;
import id.go.pcm.batch.history.MonthHistory;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.validation.Reject;

import java.util.List;

/**
 * Everything the JSON twin and the PDF are made from: one evaluation, so that the two always agree.
 *
 * @param figures     the month's figures
 * @param inputs      each input file's checksum and counts
 * @param history     earlier stored months, oldest first, at most five
 * @param settings    the settings in force, for the method section
 * @param firstRejects the first rejected rows, for the data-quality section
 * @param rejectCounts rejects by file and rule: each entry is {@code file, rule, count}
 */
public record FiguresDocument(MonthlyFigures figures, List<InputSummary> inputs, List<MonthHistory> history,
                              EvaluationSettings settings, List<Reject> firstRejects, List<RejectCount> rejectCounts) {

    /** Freezes the lists. */
    public FiguresDocument {
        inputs = List.copyOf(inputs);
        history = List.copyOf(history);
        firstRejects = List.copyOf(firstRejects);
        rejectCounts = List.copyOf(rejectCounts);
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
