package id.go.pcm.batch.check;

import id.go.pcm.FileCheck;
import id.go.pcm.InputSource;
import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;
import id.go.pcm.MonthFolder;
import id.go.pcm.Submissions;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.batch.Texts;
import id.go.pcm.batch.cli.CheckRequest;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputWriteException;
import id.go.pcm.batch.output.RejectsFile;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code --check} (SPEC 6): checks files before they are sent, with the very rules of the month's
 * run, and says per file what the run will reject. It starts no Spring context and no database, keeps
 * no history and writes no report, so it answers in about a second.
 */
public final class CheckCommand {

    /** Every row of every checked file accepted. */
    public static final int CLEAN = 0;
    /** Anything unexpected. */
    public static final int UNEXPECTED = 1;
    /** Bad arguments, or a sender that is not an accepted agency. */
    public static final int BAD_ARGUMENTS = 2;
    /** A checked or reference file missing or unusable. */
    public static final int UNUSABLE = 3;
    /** Some row rejected (here 4 does not mean "too many"). */
    public static final int REJECTED = 4;

    /** The check's own words, in both languages. */
    private static final String TEXTS = "id.go.pcm.batch.check.texts";

    /** How many rejects of each file are printed; {@code --output} gets them all. */
    static final int PRINTED = 20;

    private final PrintStream out;
    private final PrintStream err;
    private final ZoneId zone;

    /**
     * @param out  where each file's summary and rejects go
     * @param err  where a failure's one line goes
     * @param zone the office's zone ({@code pcm.zone}): the files are checked by the month's rules in it
     */
    public CheckCommand(PrintStream out, PrintStream err, ZoneId zone) {
        this.out = out;
        this.err = err;
        this.zone = zone;
    }

    /**
     * Runs the check the operator asked for.
     *
     * @param request the checked options
     * @return the exit status of SPEC 6: 0 every row accepted, 4 some rejected, 3 a file missing or
     *         unusable, 2 bad arguments, 1 unexpected; when several apply, the first of 2, 3, 1, 4
     */
    public int run(CheckRequest request) {
        UnusableFileException input = inputRefusal(request);
        if (input != null) {
            err.println("pcm: " + message(input, request));
            return UNUSABLE;
        }
        List<Checked> items;
        try {
            items = itemsToCheck(request);
        } catch (UnusableFileException e) {
            err.println("pcm: " + message(e, request)); // a file in both forms, or in a form PCM does not read
            return UNUSABLE;
        }
        if (items.isEmpty()) {
            err.println("pcm: " + request.input() + " holds none of the month's files (" + String.join(", ", MonthFile.names())
                    + "); give the folder that holds them, or one of them.");
            return UNUSABLE;
        }
        List<String> names = items.stream().map(Checked::name).filter(Objects::nonNull).toList();
        OffsetDateTime asOf = Objects.requireNonNullElseGet(request.asOf(),
                () -> OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS));
        Monev monev = Monev.of(request.period(), asOf).withZone(zone);
        FileCheck check;
        try {
            check = reference(withReferenceTypes(monev, request, names), request, names);
        } catch (UnusableFileException e) {
            err.println("pcm: " + message(e, request));
            return UNUSABLE;
        }
        if (request.sender() != null && !check.isAcceptedAgency(request.sender())) {
            err.println("pcm: --sender=" + request.sender() + " is not an accepted agency of "
                    + request.agencies().map(Path::toString).orElse("the month's agencies.csv") + "; give the sending agency's agency_id.");
            return BAD_ARGUMENTS;
        }
        out.println("PCM: checking " + names.size() + (names.size() == 1 ? " file" : " files") + " of " + request.period()
                + " as of " + asOf + (request.sender() == null ? "" : ", sent by " + request.sender()));
        for (MonthFile lacking : request.lackingFiles()) {
            // SPEC 6 checks the files found; the month itself would refuse the folder, so say so
            out.println("PCM: " + message(new UnusableFileException(lacking.fileName(), 0, "folder.missing",
                    request.input().toAbsolutePath(), lacking.workbookName()), request));
        }
        if (Files.isDirectory(request.input())) {
            Texts texts = new Texts(TEXTS, Locale.forLanguageTag(request.language().code()));
            // the month's warning (SPEC 10.2): what submissions/ holds that is neither read nor refused
            MonthFolder.of(request.input()).submissions().ignored()
                    .forEach(name -> out.println("PCM: " + texts.format("submission.ignored", name)));
        }
        return checkEach(check, items, request);
    }

    /**
     * One thing a check reads, prints and lists, in the order the month's rejects file lists it.
     *
     * @param name  the file's name for the reference data it needs (its name, or the month's name of a
     *              file read from several sources); {@code null} for the refused submissions, which need none
     * @param check checks it, handing on its rejects
     */
    private record Checked(String name, Reading check) {
    }

    /** Checks one item against the reference data. */
    @FunctionalInterface
    private interface Reading {
        List<InputSummary> read(FileCheck check, String sender, Consumer<Reject> rejects);
    }

    /**
     * @return what the input asks to check: the one file given, or the one submission given (its two
     *         sheets, SPEC 10.2); or for a folder each of the six it holds, {@code reports} and
     *         {@code dissemination} read as the month reads them (its own file, then every submission's
     *         sheet, as one file), then the refused submissions
     * @throws UnusableFileException when the folder holds a file in both forms, or in a form PCM does not read
     */
    private static List<Checked> itemsToCheck(CheckRequest request) {
        if (request.isSubmission()) {
            Path path = request.input();
            return List.of(new Checked(path.getFileName().toString(), (check, sender, rejects) -> check.checkSubmission(path, sender, rejects)));
        }
        if (!Files.isDirectory(request.input()) || !MonthFolder.of(request.input()).hasSubmissions()) {
            return request.filesToCheck().stream().map(path -> new Checked(path.getFileName().toString(),
                    (FileCheck check, String sender, Consumer<Reject> rejects) -> List.of(check.check(path, sender, rejects)))).toList();
        }
        MonthFolder folder = MonthFolder.of(request.input());
        List<Path> present = request.filesToCheck();
        List<Checked> items = new ArrayList<>();
        for (String name : CheckRequest.checkedNames()) {
            Optional<MonthFile> file = MonthFile.named(name).filter(Submissions::takes);
            if (file.isPresent()) {
                List<InputSource> sources = folder.sources(file.get());
                items.add(new Checked(file.get().fileName(), (check, sender, rejects) -> List.of(check.check(file.get(), sources, sender, rejects))));
            } else {
                present.stream().filter(path -> logicalName(path.getFileName().toString()).equals(name))
                        .forEach(path -> items.add(new Checked(path.getFileName().toString(),
                                (check, sender, rejects) -> List.of(check.check(path, sender, rejects)))));
            }
        }
        List<Reject> refused = folder.submissions().refused();
        if (!refused.isEmpty()) {
            // last, as the month's rejects file lists them
            items.add(new Checked(null, (check, sender, rejects) -> {
                refused.forEach(rejects);
                return List.of();
            }));
        }
        return List.copyOf(items);
    }

    /**
     * @return the refusal of an input that is not there, or a folder named like one of the five (given
     *         where a file belongs), else {@code null}; a missing file is its own fault, before any
     *         reference file's
     */
    private static UnusableFileException inputRefusal(CheckRequest request) {
        Path input = request.input();
        String name = String.valueOf(input.getFileName());
        if (!Files.exists(input)) {
            return new UnusableFileException(name, 0, "check.not_found", input.toAbsolutePath().getParent());
        }
        if (Files.isDirectory(input) && CheckRequest.isMonthFileName(name)) {
            return new UnusableFileException(name, 0, "file.folder", input.toAbsolutePath());
        }
        return Files.isDirectory(input) ? null : MonthFolder.refusedForm(name).orElse(null);
    }

    /** Checks each item in turn, printing as it goes and, with {@code --output}, writing the listing. */
    private int checkEach(FileCheck check, List<Checked> items, CheckRequest request) {
        Path report = request.output() == null ? null : request.output().resolve("pcm-check-" + request.period() + ".csv");
        boolean unusable = false;
        boolean rejected = false;
        List<Path> spools = new ArrayList<>();
        try {
            if (report != null) {
                new OutputFiles(request.output(), request.period()).prepare();
            }
            long listed = 0;
            for (Checked item : items) {
                Path spool = report == null ? null : report.resolveSibling("." + report.getFileName() + "-" + spools.size() + ".part");
                if (spool != null) {
                    spools.add(spool);
                }
                try (FileRejects found = new FileRejects(spool)) {
                    boolean[] refusedSheet = {false};
                    try {
                        List<InputSummary> summaries = item.check().read(check, request.sender(), reject -> {
                            if (reject.code() == RejectCode.UNUSABLE_FILE) {
                                // a refused submission or sheet (SPEC 10.2): an unusable checked file, listed as the month lists it
                                err.println("pcm: " + reject.message(request.language()));
                                refusedSheet[0] = true;
                            }
                            found.add(reject);
                        });
                        print(summaries, found, request);
                        rejected |= summaries.stream().anyMatch(summary -> summary.rejected() > 0);
                        unusable |= refusedSheet[0];
                    } catch (UnusableFileException e) {
                        // a refused file has no rows: the rejects of the rows read before its fault are
                        // dropped, and its one line says it was refused (SPEC 1.7's UNUSABLE_FILE)
                        err.println("pcm: " + message(e, request));
                        found.refused(FileCheck.refusal(e));
                        unusable = true;
                    }
                    listed += found.count();
                }
            }
            if (report != null) {
                new OutputFiles(request.output(), request.period()).writeAlone(report, RejectsFile.joining(spools));
                out.println("PCM: all " + listed + " rejects in " + report);
            }
        } catch (OutputWriteException e) {
            err.println("pcm: " + e.operatorLine());
            return unusable ? UNUSABLE : UNEXPECTED;
        } finally {
            spools.forEach(OutputFiles::deleteQuietly);
        }
        return unusable ? UNUSABLE : rejected ? REJECTED : CLEAN;
    }

    /**
     * The evaluation with the reference types of body (SPEC 9.1): {@code --types}, else the
     * {@code types.csv} beside the reference {@code agencies.csv}, else the national ones. A check of
     * {@code types.csv} alone needs none: that file is checked on its own.
     *
     * @throws UnusableFileException when {@code --types} names no file, or the types file is unusable or
     *                               breaks SPEC 9.1 (naming its line and column)
     */
    private static Monev withReferenceTypes(Monev monev, CheckRequest request, List<String> files) {
        boolean needed = request.sender() != null || files.stream().anyMatch(f -> !isTypes(f));
        Optional<Path> types = needed ? request.referenceTypes() : Optional.empty();
        if (types.isEmpty()) {
            return monev;
        }
        Path path = types.get();
        if (!Files.exists(path)) {
            throw new UnusableFileException(String.valueOf(path.getFileName()), 0, "check.not_found",
                    path.toAbsolutePath().getParent());
        }
        return monev.withTypes(AgencyTypes.read(path));
    }

    private static boolean isTypes(String file) {
        return logicalName(file).equals(AgencyTypes.FILE_NAME);
    }

    /** The name SPEC 1 gives a checked file, whatever its form ({@code reports.csv} for {@code reports.xlsx}). */
    private static String logicalName(String name) {
        return MonthFile.logicalName(name).orElse(name);
    }

    /** @return whether checking the file needs the narratives: {@code dissemination}, {@code media}, and a submission (its {@code dissemination} sheet) */
    private static boolean readsNarratives(String name) {
        List<String> readsNarratives = List.of(MonthFile.DISSEMINATION.fileName(), MonthFile.MEDIA.fileName());
        return readsNarratives.contains(logicalName(name)) || FileCheck.isSubmission(name);
    }

    /** The reference data: the files given, else the checked folder's (or the checked file's folder's). */
    private static FileCheck reference(Monev monev, CheckRequest request, List<String> files) {
        List<String> refersToNothing = List.of(MonthFile.AGENCIES.fileName(), AgencyTypes.FILE_NAME);
        // types refer to no other file; agencies are themselves the registry
        boolean needsAgencies = request.sender() != null || files.stream().anyMatch(f -> !refersToNothing.contains(logicalName(f)));
        if (!needsAgencies) {
            return monev.checkAgencies();
        }
        String checked = files.stream().filter(f -> !refersToNothing.contains(logicalName(f))).findFirst().orElse(MonthFile.AGENCIES.fileName());
        MonthFolder folder = MonthFolder.of(request.folder());
        Path agencies = request.agencies().orElseGet(() -> referenceIn(folder, MonthFile.AGENCIES));
        requireReference(agencies, checked, "--agencies");
        Path narratives = null;
        Optional<String> needsNarratives = files.stream().filter(CheckCommand::readsNarratives).findFirst();
        if (needsNarratives.isPresent()) {
            narratives = request.narratives().orElseGet(() -> referenceIn(folder, MonthFile.NARRATIVES));
            requireReference(narratives, needsNarratives.get(), "--narratives");
        }
        return monev.checkAgainst(agencies, narratives);
    }

    /** The folder's reference file in the form it holds it, else where its CSV form would be (to be named missing). */
    private static Path referenceIn(MonthFolder folder, MonthFile file) {
        return folder.find(file).orElse(folder.path().resolve(file.fileName()));
    }

    /** A reference file that is not there: say which check needs it and how to give it (SPEC 6), not the month's rule of five. */
    private static void requireReference(Path reference, String checked, String option) {
        if (!Files.exists(reference)) {
            throw new UnusableFileException(reference.getFileName().toString(), 0, "check.reference_missing",
                    reference.toAbsolutePath().getParent(), checked, option);
        }
    }

    private void print(List<InputSummary> summaries, FileRejects found, CheckRequest request) {
        summaries.forEach(summary -> out.printf("%s: %d rows, %d accepted, %d rejected%s%n", summary.readFrom(), summary.rows(), summary.accepted(),
                summary.rejected(), summary.unknownColumns().isEmpty() ? ""
                        : "; unknown column(s) ignored: " + String.join(", ", summary.unknownColumns())));
        found.first().forEach(reject -> out.println("  " + reject.file() + ":" + reject.line()
                + (reject.column() == null ? "" : " " + reject.column()) + ": "
                + reject.message(request.language())));
        if (found.count() > PRINTED) {
            out.println("  … and " + (found.count() - PRINTED) + " more"
                    + (request.output() == null ? " (--output=DIR writes them all)" : ""));
        }
    }

    private static String message(UnusableFileException e, CheckRequest request) {
        return e.message(request.language());
    }
}
