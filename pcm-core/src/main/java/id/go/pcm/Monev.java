package id.go.pcm;

import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.validation.Reject;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Monitoring and evaluation (monev) of one month: the entry point for a system that has a month
 * folder of the five files of SPEC 1 (CSV or Excel workbooks, SPEC 10.1) and wants the figures and the rejects.
 *
 * <pre>{@code
 * MonevResult result = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00+07:00"))
 *         .evaluate(Path.of("data/2024-09"));
 * double meanScore = result.figures().national().meanScore();
 * }</pre>
 *
 * <p>Files are read in dependency order (agencies, narratives, reports, dissemination, media), each
 * streamed once; memory grows with agencies × narratives and with the rejects kept. Systems whose
 * files come one at a time, or that keep their rows elsewhere, feed a {@link #start() MonthEvaluation}
 * themselves; {@link FileCheck} checks one file before it is sent. Immutable and thread-safe; each
 * {@code evaluate} call is independent.
 */
public final class Monev {

    private final EvaluationMonth month;
    private final EvaluationSettings settings;
    private final AgencyTypes types;

    private Monev(EvaluationMonth month, EvaluationSettings settings, AgencyTypes types) {
        this.month = month;
        this.settings = settings;
        this.types = types;
    }

    /**
     * An evaluation of a month with the default settings of SPEC 2.
     *
     * @param period the evaluation month
     * @param asOf   the evaluation time, used by the {@code FUTURE} rule
     * @return the evaluation
     */
    public static Monev of(YearMonth period, OffsetDateTime asOf) {
        return new Monev(new EvaluationMonth(period, asOf), EvaluationSettings.DEFAULTS, AgencyTypes.national());
    }

    /**
     * The same evaluation on the clock of another office's zone (SPEC 9.2): the month's bounds, the
     * report deadline and timestamps written without an offset are read in it. The default is
     * {@link EvaluationMonth#WIB}.
     *
     * @param zone the office's zone, {@code Asia/Makassar} for an office in WITA
     * @return the new evaluation
     */
    public Monev withZone(ZoneId zone) {
        return new Monev(new EvaluationMonth(month.period(), month.asOf(), Objects.requireNonNull(zone, "zone")), settings, types);
    }

    /**
     * The same evaluation with other settings.
     *
     * @param newSettings weights, deadline, window and bounds
     * @return the new evaluation
     */
    public Monev withSettings(EvaluationSettings newSettings) {
        return new Monev(month, Objects.requireNonNull(newSettings, "settings"), types);
    }

    /**
     * The same evaluation of other types of body (SPEC 9.1): a regional office's units, as its
     * {@code types.csv} ({@link AgencyTypes#read}) or records it holds ({@link AgencyTypes#of}) give them.
     * A month folder's own {@code types.csv} replaces them in {@link #evaluate}.
     *
     * @param newTypes the types
     * @return the new evaluation
     */
    public Monev withTypes(AgencyTypes newTypes) {
        return new Monev(month, settings, Objects.requireNonNull(newTypes, "types"));
    }

    /** @return the types of body evaluated when a month has no {@code types.csv}: the national ones by default */
    public AgencyTypes types() {
        return types;
    }

    /** @return the month, its as-of time and its zone */
    public EvaluationMonth month() {
        return month;
    }

    /** @return the settings in force */
    public EvaluationSettings settings() {
        return settings;
    }

    /**
     * Starts this month's evaluation, to be fed file by file: for systems whose files come one at a
     * time (an upload, a batch step) or whose rows live elsewhere.
     *
     * @return a new evaluation of the month
     */
    public MonthEvaluation start() {
        return new MonthEvaluation(month, settings, types);
    }

    /**
     * A check of single files against the month's reference files (SPEC 6), read here once.
     *
     * @param agenciesCsv   the month's {@code agencies.csv}
     * @param narrativesCsv the month's {@code narratives.csv}, or {@code null} when no
     *                      {@code dissemination.csv} or {@code media.csv} will be checked
     * @return the check, to share between threads
     * @throws UnusableFileException when a reference file is missing or unusable
     */
    public FileCheck checkAgainst(Path agenciesCsv, Path narrativesCsv) {
        return FileCheck.reading(this, Objects.requireNonNull(agenciesCsv, "agenciesCsv"), narrativesCsv);
    }

    /**
     * A check of single files against reference records the embedding system already holds (SPEC 6).
     *
     * @param agencies   the month's accepted agencies
     * @param narratives the month's accepted narratives, or {@code null}
     * @return the check, to share between threads
     */
    public FileCheck checkAgainst(Collection<Agency> agencies, Collection<Narrative> narratives) {
        return FileCheck.of(this, Objects.requireNonNull(agencies, "agencies"), narratives);
    }

    /**
     * A check of {@code agencies.csv} alone, which refers to no other file.
     *
     * @return the check
     */
    public FileCheck checkAgencies() {
        return new FileCheck(month, settings, types, null, null);
    }

    /**
     * Evaluates a month folder.
     *
     * @param folder the folder holding {@code agencies}, {@code reports}, {@code narratives},
     *               {@code dissemination} and {@code media}, and {@code types} when its types are not the
     *               national ones (SPEC 9.1), each as CSV ({@code agencies.csv}) or as an Excel workbook
     *               ({@code agencies.xlsx}, SPEC 10.1), as {@link MonthFolder} finds them; and the
     *               agencies' workbooks in {@code submissions/}, whose sheets are read after the folder's
     *               own {@code reports} and {@code dissemination} (SPEC 10.2)
     * @return the figures, each file's summary in reading order ({@code types.csv} first when there is one),
     *         every reject (the refused submissions' {@code UNUSABLE_FILE} rows last) and the submissions
     * @throws UnusableFileException when a file is missing, present as both CSV and workbook, saved in a
     *                               form PCM does not read, or cannot be used at all; no figures are given then
     */
    public MonevResult evaluate(Path folder) {
        MonthFolder files = MonthFolder.of(folder);
        Optional<Path> typesFile = files.types();
        Map<MonthFile, List<InputSource>> sources = new EnumMap<>(MonthFile.class);
        for (MonthFile file : MonthFile.values()) {
            sources.put(file, files.sources(file)); // every file is found before any is read
        }
        List<Reject> rejects = new ArrayList<>();
        MonthEvaluation evaluation = start();
        typesFile.ifPresent(evaluation::readTypes);
        for (MonthFile file : MonthFile.values()) {
            evaluation.read(file, sources.get(file), rejects::add);
        }
        Submissions submissions = files.submissions();
        rejects.addAll(submissions.refused()); // after the five files' rejects (docs/decisions.md)
        List<InputSummary> inputs = new ArrayList<>(evaluation.typesInput().stream().toList());
        inputs.addAll(evaluation.inputs());
        return new MonevResult(evaluation.figures(), inputs, rejects, submissions);
    }
}
