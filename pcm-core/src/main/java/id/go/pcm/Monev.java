package id.go.pcm;

import id.go.pcm.agency.AgencyCheck;
import id.go.pcm.agency.AgencyRules;
import id.go.pcm.csv.Columns;
import id.go.pcm.csv.CsvFile;
import id.go.pcm.csv.CsvRow;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.dissemination.EvidenceRules;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthlyEvaluator;
import id.go.pcm.media.MediaRules;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.NarrativeRegistry;
import id.go.pcm.narrative.NarrativeRules;
import id.go.pcm.report.ReportRules;
import id.go.pcm.validation.Checked;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.Row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Monitoring and evaluation (monev) of one month: the entry point for a system that has a month
 * folder of the five files of SPEC 1 and wants the figures and the rejects.
 *
 * <pre>{@code
 * MonevResult result = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00+07:00"))
 *         .evaluate(Path.of("data/2024-09"));
 * double meanScore = result.figures().national().meanScore();
 * }</pre>
 *
 * <p>Files are read in dependency order (agencies, narratives, reports, dissemination, media), each
 * streamed once; memory grows with agencies × narratives and with the rejects kept. Systems that
 * keep their records elsewhere use the pieces directly: the rules of each domain package and
 * {@link MonthlyEvaluator}. Immutable and thread-safe; each {@code evaluate} call is independent.
 */
public final class Monev {

    /** The five files of a month folder, in the order they are read. */
    public static final List<String> FILES = List.of(AgencyRules.FILE, NarrativeRules.FILE, ReportRules.FILE,
            EvidenceRules.FILE, MediaRules.FILE);

    private final EvaluationMonth month;
    private final EvaluationSettings settings;

    private Monev(EvaluationMonth month, EvaluationSettings settings) {
        this.month = month;
        this.settings = settings;
    }

    /**
     * An evaluation of a month with the default settings of SPEC 2.
     *
     * @param period the evaluation month
     * @param asOf   the evaluation time, used by the {@code FUTURE} rule
     * @return the evaluation
     */
    public static Monev of(YearMonth period, OffsetDateTime asOf) {
        return new Monev(new EvaluationMonth(period, asOf), EvaluationSettings.DEFAULTS);
    }

    /**
     * The same evaluation with other settings.
     *
     * @param newSettings weights, deadline, window and bounds
     * @return the new evaluation
     */
    public Monev withSettings(EvaluationSettings newSettings) {
        return new Monev(month, Objects.requireNonNull(newSettings, "settings"));
    }

    /** @return the month and as-of time */
    public EvaluationMonth month() {
        return month;
    }

    /** @return the settings in force */
    public EvaluationSettings settings() {
        return settings;
    }

    /**
     * Evaluates a month folder.
     *
     * @param folder the folder holding {@code agencies.csv}, {@code reports.csv}, {@code narratives.csv},
     *               {@code dissemination.csv} and {@code media.csv}
     * @return the figures, each file's summary and every reject
     * @throws UnusableFileException when a file is missing or cannot be used at all; no figures are given then
     */
    public MonevResult evaluate(Path folder) {
        for (String file : FILES) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new UnusableFileException(file, 0, "file.missing", folder.toAbsolutePath());
            }
        }
        List<Reject> rejects = new ArrayList<>();
        List<InputSummary> inputs = new ArrayList<>();

        AgencyRules agencyRules = new AgencyRules(month.period());
        // Agencies are settled at the end of their file (a parent may come later), so count rejects after.
        inputs.add(read(folder, AgencyRules.FILE, AgencyRules.COLUMNS, row -> {
            agencyRules.add(row);
            return true;
        }));
        AgencyCheck agencies = agencyRules.finish();
        rejects.addAll(agencies.rejects());
        inputs.set(0, withRejects(inputs.get(0), agencies.rejects().size()));

        List<Narrative> narratives = new ArrayList<>();
        NarrativeRules narrativeRules = new NarrativeRules(month, agencies.registry(), settings.defaultDueHours());
        inputs.add(read(folder, NarrativeRules.FILE, NarrativeRules.COLUMNS,
                checking(narrativeRules::check, narratives::add, rejects)));
        NarrativeRegistry narrativeRegistry = new NarrativeRegistry(narratives);

        MonthlyEvaluator evaluator = new MonthlyEvaluator(month, settings, agencies.registry(), narrativeRegistry);
        inputs.add(read(folder, ReportRules.FILE, ReportRules.COLUMNS,
                checking(new ReportRules(month, agencies.registry())::check, evaluator::add, rejects)));
        inputs.add(read(folder, EvidenceRules.FILE, EvidenceRules.COLUMNS,
                checking(new EvidenceRules(month, agencies.registry(), narrativeRegistry)::check, evaluator::add, rejects)));
        inputs.add(read(folder, MediaRules.FILE, MediaRules.COLUMNS,
                checking(new MediaRules(month, narrativeRegistry)::check, evaluator::add, rejects)));
        return new MonevResult(evaluator.figures(), inputs, rejects);
    }

    /** Applies a file's rule to a row: accepted values go on, rejects are kept; tells whether it was accepted. */
    private static <T> Predicate<Row> checking(Function<Row, Checked<T>> rule, Consumer<T> accepted,
                                                       List<Reject> rejects) {
        return row -> {
            Checked<T> checked = rule.apply(row);
            if (checked.isAccepted()) {
                accepted.accept(checked.value());
                return true;
            }
            rejects.add(checked.reject());
            return false;
        };
    }

    /** Streams one file through its rule, counting the rows it accepts. */
    private static InputSummary read(Path folder, String file, Columns columns, Predicate<Row> rule) {
        long accepted = 0;
        try (CsvFile csv = CsvFile.open(folder.resolve(file), columns)) {
            for (CsvRow row : csv) {
                if (rule.test(row)) {
                    accepted++;
                }
            }
            return new InputSummary(file, csv.sha256(), csv.rows(), accepted, csv.rows() - accepted,
                    List.copyOf(csv.unknownColumns()));
        }
    }

    private static InputSummary withRejects(InputSummary agencies, long rejected) {
        return new InputSummary(agencies.file(), agencies.sha256(), agencies.rows(), agencies.rows() - rejected,
                rejected, agencies.unknownColumns());
    }
}
