package id.go.pcm.batch.output;

import id.go.pcm.InputSummary;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.Findings;
import id.go.pcm.evaluation.MonthHistory;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.PreviousMonth;
import id.go.pcm.evaluation.RejectCount;
import id.go.pcm.validation.Reject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the JSON twin, the report and the scorecards are made from: one evaluation with its
 * context, and what is derived from it, made once here, so that the three always agree and their
 * writers only lay out. The derived values are the {@link Findings} (pcm-core's arithmetic: rankings,
 * movers, shares, deadlines, next steps) and the {@link UndrawnText} (which texts the embedded PDF
 * fonts cannot draw: the batch's, since it depends on the fonts; the JSON reports it too).
 */
public final class FiguresDocument {

    private final MonthlyFigures figures;
    private final List<InputSummary> inputs;
    private final List<MonthHistory> history;
    private final EvaluationSettings settings;
    private final List<Reject> firstRejects;
    private final List<RejectCount> rejectCounts;
    private final PreviousMonth previous;
    private final List<Reject> submissionsRefused;
    private final Findings findings;
    private final UndrawnText undrawn;

    /**
     * Makes the document and its derived values.
     *
     * @param figures      the month's figures
     * @param inputs       each input file's checksum and counts
     * @param history      earlier stored months, oldest first, at most five
     * @param settings     the settings in force, for the method section
     * @param firstRejects the first rejected rows, for the data-quality section
     * @param rejectCounts rejects by file and rule, files in reading order, rules in code order
     * @param previous     the latest stored month before this one, with its agency scores and program
     *                     sentiment, or {@code null} when none is stored
     */
    public FiguresDocument(MonthlyFigures figures, List<InputSummary> inputs, List<MonthHistory> history,
                           EvaluationSettings settings, List<Reject> firstRejects, List<RejectCount> rejectCounts,
                           PreviousMonth previous) {
        this(figures, inputs, history, settings, firstRejects, rejectCounts, previous, List.of());
    }

    /**
     * A document of a month with agencies' submissions (SPEC 10.2).
     *
     * @param figures            the month's figures
     * @param inputs             each input file's checksum and counts
     * @param history            earlier stored months, oldest first, at most five
     * @param settings           the settings in force
     * @param firstRejects       the first rejected rows
     * @param rejectCounts       rejects by file and rule
     * @param previous           the latest stored month before this one, or {@code null}
     * @param submissionsRefused the refused submissions' {@code UNUSABLE_FILE} rows, in the submissions' order
     */
    public FiguresDocument(MonthlyFigures figures, List<InputSummary> inputs, List<MonthHistory> history,
                           EvaluationSettings settings, List<Reject> firstRejects, List<RejectCount> rejectCounts,
                           PreviousMonth previous, List<Reject> submissionsRefused) {
        this.submissionsRefused = List.copyOf(submissionsRefused);
        this.figures = figures;
        this.inputs = List.copyOf(inputs);
        this.history = List.copyOf(history);
        this.settings = settings;
        this.firstRejects = List.copyOf(firstRejects);
        this.rejectCounts = List.copyOf(rejectCounts);
        this.previous = previous;
        this.findings = Findings.of(figures, settings, this.inputs, this.rejectCounts, this.history, previous);
        this.undrawn = UndrawnText.of(inputTexts());
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

    /** @return the refused submissions' {@code UNUSABLE_FILE} rows (SPEC 10.2), none in a month without them */
    public List<Reject> submissionsRefused() {
        return submissionsRefused;
    }

    /** @return the month's figures */
    public MonthlyFigures figures() {
        return figures;
    }

    /** @return each input file's checksum and counts */
    public List<InputSummary> inputs() {
        return inputs;
    }

    /** @return earlier stored months, oldest first */
    public List<MonthHistory> history() {
        return history;
    }

    /** @return the settings in force */
    public EvaluationSettings settings() {
        return settings;
    }

    /** @return the first rejected rows */
    public List<Reject> firstRejects() {
        return firstRejects;
    }

    /** @return rejects by file and rule */
    public List<RejectCount> rejectCounts() {
        return rejectCounts;
    }

    /** @return the latest stored month before this one, or {@code null} when none is stored */
    public PreviousMonth previous() {
        return previous;
    }

    /** @return the latest stored month before this one, if any */
    public Optional<PreviousMonth> previousMonth() {
        return Optional.ofNullable(previous);
    }

    /** @return what the figures say, made once with the document */
    public Findings findings() {
        return findings;
    }

    /** @return the document's texts that print with marks, made once with the document */
    public UndrawnText undrawn() {
        return undrawn;
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
        inputs.forEach(i -> i.unknownColumns().forEach(c -> texts.add(new InputText(InputText.UNKNOWN_COLUMN, i.readFrom(), c))));
        return texts;
    }
}
