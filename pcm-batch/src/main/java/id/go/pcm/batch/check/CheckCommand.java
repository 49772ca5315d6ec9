package id.go.pcm.batch.check;

import id.go.pcm.FileCheck;
import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;
import id.go.pcm.MonthFolder;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.batch.cli.CheckRequest;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputWriteException;
import id.go.pcm.batch.output.RejectsFile;
import id.go.pcm.csv.UnusableFileException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        List<Path> files;
        try {
            files = request.filesToCheck();
        } catch (UnusableFileException e) {
            err.println("pcm: " + message(e, request)); // a file in both forms, or in a form PCM does not read
            return UNUSABLE;
        }
        if (files.isEmpty()) {
            err.println("pcm: " + request.input() + " holds none of the month's files (" + String.join(", ", MonthFile.names())
                    + "); give the folder that holds them, or one of them.");
            return UNUSABLE;
        }
        OffsetDateTime asOf = Objects.requireNonNullElseGet(request.asOf(),
                () -> OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS));
        Monev monev = Monev.of(request.period(), asOf).withZone(zone);
        FileCheck check;
        try {
            check = reference(withReferenceTypes(monev, request, files), request, files);
        } catch (UnusableFileException e) {
            err.println("pcm: " + message(e, request));
            return UNUSABLE;
        }
        if (request.sender() != null && !check.isAcceptedAgency(request.sender())) {
            err.println("pcm: --sender=" + request.sender() + " is not an accepted agency of "
                    + request.agencies().map(Path::toString).orElse("the month's agencies.csv") + "; give the sending agency's agency_id.");
            return BAD_ARGUMENTS;
        }
        out.println("PCM: checking " + files.size() + (files.size() == 1 ? " file" : " files") + " of " + request.period()
                + " as of " + asOf + (request.sender() == null ? "" : ", sent by " + request.sender()));
        for (MonthFile lacking : request.lackingFiles()) {
            // SPEC 6 checks the files found; the month itself would refuse the folder, so say so
            out.println("PCM: " + message(new UnusableFileException(lacking.fileName(), 0, "folder.missing",
                    request.input().toAbsolutePath(), lacking.workbookName()), request));
        }
        return checkEach(check, files, request);
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

    /** Checks each file in turn, printing as it goes and, with {@code --output}, writing the listing. */
    private int checkEach(FileCheck check, List<Path> files, CheckRequest request) {
        Path report = request.output() == null ? null : request.output().resolve("pcm-check-" + request.period() + ".csv");
        boolean unusable = false;
        boolean rejected = false;
        List<Path> spools = new ArrayList<>();
        try {
            if (report != null) {
                new OutputFiles(request.output(), request.period()).prepare();
            }
            long listed = 0;
            for (Path file : files) {
                Path spool = report == null ? null : report.resolveSibling("." + report.getFileName() + "-" + file.getFileName() + ".part");
                if (spool != null) {
                    spools.add(spool);
                }
                try (FileRejects found = new FileRejects(spool)) {
                    try {
                        InputSummary summary = check.check(file, request.sender(), found::add);
                        print(summary, found, request);
                        rejected |= summary.rejected() > 0;
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
    private static Monev withReferenceTypes(Monev monev, CheckRequest request, List<Path> files) {
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

    private static boolean isTypes(Path file) {
        return logicalName(file).equals(AgencyTypes.FILE_NAME);
    }

    /** The name SPEC 1 gives a checked file, whatever its form ({@code reports.csv} for {@code reports.xlsx}). */
    private static String logicalName(Path file) {
        String name = file.getFileName().toString();
        return MonthFile.logicalName(name).orElse(name);
    }

    /** The reference data: the files given, else the checked folder's (or the checked file's folder's). */
    private static FileCheck reference(Monev monev, CheckRequest request, List<Path> files) {
        List<String> readsNarratives = List.of(MonthFile.DISSEMINATION.fileName(), MonthFile.MEDIA.fileName());
        List<String> refersToNothing = List.of(MonthFile.AGENCIES.fileName(), AgencyTypes.FILE_NAME);
        // types refer to no other file; agencies are themselves the registry
        boolean needsAgencies = request.sender() != null || files.stream().anyMatch(f -> !refersToNothing.contains(logicalName(f)));
        if (!needsAgencies) {
            return monev.checkAgencies();
        }
        String checked = files.stream().filter(f -> !refersToNothing.contains(logicalName(f)))
                .map(f -> f.getFileName().toString()).findFirst().orElse(MonthFile.AGENCIES.fileName());
        MonthFolder folder = MonthFolder.of(request.folder());
        Path agencies = request.agencies().orElseGet(() -> referenceIn(folder, MonthFile.AGENCIES));
        requireReference(agencies, checked, "--agencies");
        Path narratives = null;
        Optional<String> needsNarratives = files.stream().filter(f -> readsNarratives.contains(logicalName(f)))
                .map(f -> f.getFileName().toString()).findFirst();
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

    private void print(InputSummary summary, FileRejects found, CheckRequest request) {
        out.printf("%s: %d rows, %d accepted, %d rejected%s%n", summary.readFrom(), summary.rows(), summary.accepted(),
                summary.rejected(), summary.unknownColumns().isEmpty() ? ""
                        : "; unknown column(s) ignored: " + String.join(", ", summary.unknownColumns()));
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
