package id.go.pcm;

import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.internal.workbook.RowFiles;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.FileColumns;
import id.go.pcm.internal.rules.NarrativeRegistry;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks one file before it is sent (SPEC 6): the very rules of the month's run, against the month's
 * reference data, so that an agency, or the portal that receives its file, sees the rejects the
 * month's run will give for that file, and no others.
 *
 * <pre>{@code
 * FileCheck check = Monev.of(YearMonth.of(2024, 9), asOf).checkAgainst(agenciesCsv, narrativesCsv);
 * FileCheck.Result result = check.check(MonthFile.DISSEMINATION, upload, "KOTA-BANDUNG");
 * result.rejects().forEach(r -> show(r.line(), r.column(), r.messageId()));
 * }</pre>
 *
 * <p>The reference data is read once, when the check is made, and shared: one {@code FileCheck} may
 * check any number of files, from any number of threads at once. A check reads its file once; its
 * memory grows with duplicate detection only (and, for {@code agencies.csv}, with the agencies until
 * their parents are settled).
 */
public final class FileCheck {

    private final EvaluationMonth month;
    private final EvaluationSettings settings;
    private final AgencyTypes types;
    private final AgencyRegistry agencies;
    private final NarrativeRegistry narratives;

    FileCheck(EvaluationMonth month, EvaluationSettings settings, AgencyTypes types, AgencyRegistry agencies,
              NarrativeRegistry narratives) {
        this.month = month;
        this.settings = settings;
        this.types = types;
        this.agencies = agencies;
        this.narratives = narratives;
    }

    /**
     * Reads the reference files as the month's run reads them: agencies, then the narratives settled
     * against them.
     *
     * @param monev         the month, as-of and settings
     * @param agenciesCsv   the month's {@code agencies.csv}
     * @param narrativesCsv the month's {@code narratives.csv}, or {@code null} when only files that do
     *                      not refer to narratives ({@code reports.csv}, {@code narratives.csv}) are checked
     * @return the check
     * @throws UnusableFileException when a reference file is missing or unusable
     */
    static FileCheck reading(Monev monev, Path agenciesCsv, Path narrativesCsv) {
        MonthEvaluation reference = new MonthEvaluation(monev.month(), monev.settings(), monev.types(), false, null, null);
        reference.read(MonthFile.AGENCIES, agenciesCsv, reject -> { });
        if (narrativesCsv != null) {
            reference.read(MonthFile.NARRATIVES, narrativesCsv, reject -> { });
        }
        return new FileCheck(monev.month(), monev.settings(), monev.types(), reference.agencyRegistry(),
                narrativesCsv == null ? null : reference.narrativeRegistry());
    }

    /**
     * @param monev      the month, as-of and settings
     * @param agencies   the month's accepted agencies, as the embedding system holds them
     * @param narratives the month's accepted narratives, or {@code null}
     * @return the check
     */
    static FileCheck of(Monev monev, Collection<Agency> agencies, Collection<Narrative> narratives) {
        return new FileCheck(monev.month(), monev.settings(), monev.types(),
                new AgencyRegistry(monev.month().period(), monev.types(), agencies),
                narratives == null ? null : new NarrativeRegistry(narratives));
    }

    /**
     * What a check found.
     *
     * @param summary the file's rows, accepted, rejected and unknown columns (its SHA-256 too)
     * @param rejects every reject, in the order the month's run records them
     */
    public record Result(InputSummary summary, List<Reject> rejects) {

        /**
         * Freezes the rejects.
         *
         * @param summary the file's rows, accepted, rejected and unknown columns (its SHA-256 too)
         * @param rejects every reject, in the order the month's run records them
         */
        public Result {
            Objects.requireNonNull(summary, "summary");
            rejects = List.copyOf(rejects);
        }

        /** @return whether every row was accepted */
        public boolean clean() {
            return summary.rejected() == 0;
        }
    }

    /**
     * Checks one file, keeping every reject.
     *
     * @param file   which of the five it is
     * @param in     its bytes; closed when read
     * @param sender the agency that sends it, or {@code null}; see {@link #check(MonthFile, InputStream, String, Consumer)}
     * @return the file's summary and rejects
     * @throws UnusableFileException when the file is unusable (SPEC 1.1): the one refusal of the file
     * @throws IllegalArgumentException when the sender is not an accepted agency, or the reference
     *                                  data the file needs was not given
     */
    public Result check(MonthFile file, InputStream in, String sender) {
        List<Reject> rejects = new ArrayList<>();
        InputSummary summary = check(file, in, sender, rejects::add);
        return new Result(summary, rejects);
    }

    /**
     * Checks one file on disk, known by its name (one of the six of SPEC 1 and 9.1, as CSV or as a workbook), keeping every reject.
     *
     * @param path   the file
     * @param sender the agency that sends it, or {@code null}
     * @return the file's summary and rejects
     * @throws UnusableFileException when the file is missing, a folder, unusable, or one of the six saved in a form PCM does not read ({@code .xls} …)
     * @throws IllegalArgumentException when its name is none of the five, the sender is not an
     *                                  accepted agency, or the reference data it needs was not given
     */
    public Result check(Path path, String sender) {
        List<Reject> rejects = new ArrayList<>();
        InputSummary summary = check(path, sender, rejects::add);
        return new Result(summary, rejects);
    }

    /**
     * Checks one file on disk, known by its name (one of the six of SPEC 1 and 9.1, as CSV or as a workbook), handing each reject on
     * as it is found, so memory stays flat however many rows are rejected.
     *
     * @param path    the file
     * @param sender  the agency that sends it, or {@code null}
     * @param rejects takes each reject, in the order the month's run records them
     * @return the file's summary
     * @throws UnusableFileException when the file is missing, a folder, unusable, or one of the six saved in a form PCM does not read ({@code .xls} …)
     * @throws IllegalArgumentException when its name is none of the five, the sender is not an
     *                                  accepted agency, or the reference data it needs was not given
     */
    public InputSummary check(Path path, String sender, Consumer<Reject> rejects) {
        String name = path.getFileName().toString();
        Optional<UnusableFileException> refused = MonthFolder.refusedForm(name);
        if (refused.isPresent()) {
            throw refused.get();
        }
        String logical = MonthFile.logicalName(name).orElseThrow(() -> new IllegalArgumentException(name
                + " is not one of the month's files (" + String.join(", ", MonthFile.names()) + ", " + AgencyTypes.FILE_NAME
                + ", each as CSV or as an Excel workbook, .xlsx)"));
        boolean isTypes = logical.equals(AgencyTypes.FILE_NAME);
        if (Files.isDirectory(path)) {
            throw new UnusableFileException(name, 0, "file.folder", path.toAbsolutePath());
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            // a check needs only the file it checks: the month's "all five files" does not apply
            throw new UnusableFileException(name, 0, "check.not_found", path.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UnusableFileException(name, 0, "file.unreadable", e, e.getMessage());
        }
        return isTypes ? checkTypes(name, in).summary() : check(MonthFile.named(name).orElseThrow(), name, in, sender, rejects);
    }

    /**
     * Checks a {@code types.csv} (SPEC 9.1): reference data, refused whole when faulty, so a check gives
     * every row accepted or the file's one refusal.
     *
     * @param in its bytes; closed when read
     * @return its summary (every row accepted) and no reject
     * @throws UnusableFileException when the file is unusable or breaks SPEC 9.1, naming line and column
     */
    public Result checkTypes(InputStream in) {
        return checkTypes(AgencyTypes.FILE_NAME, in);
    }

    /**
     * Checks a types file carried by a stream, by its name: {@code types.xlsx} (any case) as a workbook,
     * else CSV (SPEC 10.1); otherwise as {@link #checkTypes(InputStream)}.
     *
     * @param fileName the file's name, as refusals name it
     * @param in       its bytes; closed when read
     * @return its summary (every row accepted) and no reject
     * @throws UnusableFileException when the file is unusable or breaks SPEC 9.1, naming line and column
     */
    public Result checkTypes(String fileName, InputStream in) {
        MonthEvaluation evaluation = new MonthEvaluation(month, settings, types, false, null, null);
        return new Result(evaluation.readTypes(fileName, Objects.requireNonNull(in, "in")), List.of());
    }

    /**
     * The row a listing of a check's rejects gives a file refused whole, in the form the month's
     * rejects file gives a refused submission (SPEC 10.2): line 1, no id, no column, the refusal's messages.
     *
     * @param refusal the refusal of a checked file
     * @return its {@code UNUSABLE_FILE} row
     */
    public static Reject refusal(UnusableFileException refusal) {
        return new Reject(refusal.file(), 1, null, RejectCode.UNUSABLE_FILE, null, refusal.messageId(), refusal.getMessage(), null);
    }

    /**
     * Checks one file, handing each reject on as it is found, so memory stays flat however many rows
     * are rejected.
     *
     * @param file    which of the five it is
     * @param in      its bytes; closed when read
     * @param sender  the agency that sends the file, or {@code null}. When given, every row of
     *                {@code reports.csv} or {@code dissemination.csv} that the month's rules accept
     *                and that names another agency is rejected {@code OTHER_AGENCY} (SPEC 6)
     * @param rejects takes each reject, in the order the month's run records them
     * @return the file's summary (with a sender, {@code OTHER_AGENCY} rows count as rejected)
     * @throws UnusableFileException when the file is unusable (SPEC 1.1)
     * @throws IllegalArgumentException when the sender is not an accepted agency, or the reference
     *                                  data the file needs was not given
     */
    public InputSummary check(MonthFile file, InputStream in, String sender, Consumer<Reject> rejects) {
        return check(file, Objects.requireNonNull(file, "file").fileName(), in, sender, rejects);
    }

    /**
     * Checks one file carried by a stream under its own name (an upload): {@code NAME.xlsx} (any case)
     * as a workbook, any other name as CSV (SPEC 10.1); its rejects name the file so. Otherwise as
     * {@link #check(MonthFile, InputStream, String, Consumer)}.
     *
     * @param file     which of the five it is
     * @param fileName the name of the file the stream carries ({@code dissemination.xlsx})
     * @param in       its bytes; closed when read
     * @param sender   the agency that sends the file, or {@code null}
     * @param rejects  takes each reject, in the order the month's run records them
     * @return the file's summary
     * @throws UnusableFileException when the file is unusable (SPEC 1.1, 10.1), or its name that of a
     *                               {@code .xls}, {@code .xlsm}, {@code .xlsb} or {@code .ods} file
     * @throws IllegalArgumentException when the sender is not an accepted agency, or the reference
     *                                  data the file needs was not given
     */
    public InputSummary check(MonthFile file, String fileName, InputStream in, String sender, Consumer<Reject> rejects) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        try (InputStream input = Objects.requireNonNull(in, "in")) {
            requireSender(sender);
            MonthEvaluation evaluation = new MonthEvaluation(month, settings, types, false,
                    file == MonthFile.AGENCIES ? null : requireAgencies(file),
                    file == MonthFile.DISSEMINATION || file == MonthFile.MEDIA ? requireNarratives(file) : null);
            MonthEvaluation.Feed feed = evaluation.open(file, rejects, sender);
            try (RowFile rows = RowFiles.open(fileName, input, FileColumns.of(file), FileColumns.kitColumns(file))) {
                return feed.readAll(rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks one month's file read from several sources in order, as the month reads it (SPEC 10.2): a
     * month folder's own {@code reports.csv} and its submissions' {@code reports} sheets
     * ({@link MonthFolder#sources}), the rejects named as the month names them.
     *
     * @param file    which of the five it is
     * @param sources its sources, in reading order
     * @param sender  the agency that sends the file, or {@code null}
     * @param rejects takes each reject, in the order the month's run records them
     * @return the file's summary, whose {@code files} lists every source
     * @throws UnusableFileException when a source is unusable
     * @throws IllegalArgumentException when the sender is not an accepted agency, or the reference
     *                                  data the file needs was not given
     */
    public InputSummary check(MonthFile file, List<InputSource> sources, String sender, Consumer<Reject> rejects) {
        Objects.requireNonNull(file, "file");
        requireSender(sender);
        MonthEvaluation evaluation = new MonthEvaluation(month, settings, types, false,
                file == MonthFile.AGENCIES ? null : requireAgencies(file),
                file == MonthFile.DISSEMINATION || file == MonthFile.MEDIA ? requireNarratives(file) : null);
        return MonthEvaluation.readSources(evaluation.open(file, rejects, sender), sources);
    }

    /**
     * Checks an agency's submission (SPEC 10.2): a workbook not named like one of the month's files,
     * whose {@code reports} and {@code dissemination} sheets are each checked alone, their rejects named
     * {@code FILE.xlsx#reports} and {@code FILE.xlsx#dissemination}; a sheet refused (a required column
     * missing) is one {@code UNUSABLE_FILE} reject, after the sheets' rejects.
     *
     * @param path    the workbook
     * @param sender  the agency that sends it, or {@code null}
     * @param rejects takes each reject, in the order the month's run records them
     * @return the summaries of the sheets read, {@code reports} then {@code dissemination}
     * @throws UnusableFileException when the workbook is missing or unusable, or has neither sheet
     * @throws IllegalArgumentException when the sender is not an accepted agency, or the reference
     *                                  data a sheet needs was not given
     */
    public List<InputSummary> checkSubmission(Path path, String sender, Consumer<Reject> rejects) {
        return checkSubmission(path, path.getFileName().toString(), sender, rejects);
    }

    /**
     * Checks an agency's submission carried by a stream (an upload), as {@link #checkSubmission(Path, String, Consumer)} does.
     *
     * @param fileName the workbook's name, {@code KOTA-BANDUNG.xlsx}
     * @param in       its bytes; closed when read
     * @param sender   the agency that sends it, or {@code null}
     * @param rejects  takes each reject
     * @return the summaries of the sheets read
     * @throws UnusableFileException when the workbook is unusable, or has neither sheet
     * @throws IllegalArgumentException when the sender is not an accepted agency, or reference data is missing
     */
    public List<InputSummary> checkSubmission(String fileName, InputStream in, String sender, Consumer<Reject> rejects) {
        Path copy = null;
        try (InputStream input = Objects.requireNonNull(in, "in")) {
            copy = Files.createTempFile("pcm-submission-", ".xlsx");
            Files.copy(input, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return checkSubmission(copy, fileName, sender, rejects);
        } catch (IOException e) {
            throw new UnusableFileException(fileName, 0, "file.unreadable", e, e.getMessage());
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary copy left behind is the system's to clean; the check's outcome stands
                }
            }
        }
    }

    private List<InputSummary> checkSubmission(Path path, String name, String sender, Consumer<Reject> rejects) {
        requireSender(sender);
        Submissions submission = Submissions.of(path, name);
        List<InputSummary> summaries = new ArrayList<>();
        for (MonthFile file : List.of(MonthFile.REPORTS, MonthFile.DISSEMINATION)) {
            if (!submission.sheets(file).isEmpty()) {
                summaries.add(check(file, submission.sheets(file), sender, rejects));
            }
        }
        submission.refused().forEach(rejects);
        return List.copyOf(summaries);
    }

    /**
     * @param fileName a file's name
     * @return whether a check takes it as an agency's submission (SPEC 10.2): a workbook ({@code .xlsx},
     *         any case) not named like one of the month's files
     */
    public static boolean isSubmission(String fileName) {
        return RowFiles.isWorkbook(fileName) && MonthFile.logicalName(fileName).isEmpty();
    }

    /**
     * @param sender an agency id
     * @return whether it names an accepted agency of the reference data
     */
    public boolean isAcceptedAgency(String sender) {
        return agencies != null && agencies.contains(sender);
    }

    private void requireSender(String sender) {
        if (sender != null && !isAcceptedAgency(sender)) {
            throw new IllegalArgumentException("the sender " + sender + " is not an accepted agency of the month's agencies.csv");
        }
    }

    private AgencyRegistry requireAgencies(MonthFile file) {
        if (agencies == null) {
            throw new IllegalArgumentException(file.fileName() + " is checked against the month's agencies, which were not given");
        }
        return agencies;
    }

    private NarrativeRegistry requireNarratives(MonthFile file) {
        if (narratives == null) {
            throw new IllegalArgumentException(file.fileName() + " is checked against the month's narratives, which were not given");
        }
        return narratives;
    }
}
