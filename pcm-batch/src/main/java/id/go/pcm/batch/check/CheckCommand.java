package id.go.pcm.batch.check;

import id.go.pcm.FileCheck;
import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;
import id.go.pcm.batch.cli.CheckRequest;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputWriteException;
import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /**
     * @param out where each file's summary and rejects go
     * @param err where a failure's one line goes
     */
    public CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the check the operator asked for.
     *
     * @param request the checked options
     * @return the exit status of SPEC 6: 0 every row accepted, 4 some rejected, 3 a file missing or
     *         unusable, 2 bad arguments, 1 unexpected; when several apply, the first of 2, 3, 1, 4
     */
    public int run(CheckRequest request) {
        List<Path> files = request.filesToCheck();
        if (files.isEmpty()) {
            err.println("pcm: " + request.input() + " holds none of the month's files (" + String.join(", ", Monev.FILES)
                    + "); give the folder that holds them, or one of them.");
            return UNUSABLE;
        }
        OffsetDateTime asOf = Objects.requireNonNullElseGet(request.asOf(),
                () -> OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS));
        Monev monev = Monev.of(request.period(), asOf);
        FileCheck check;
        try {
            check = reference(monev, request, files);
        } catch (UnusableFileException e) {
            err.println("pcm: reference " + message(e, request) + " (" + e.file() + " is needed to check the other files)");
            return UNUSABLE;
        }
        if (request.sender() != null && !check.isAcceptedAgency(request.sender())) {
            err.println("pcm: --sender=" + request.sender() + " is not an accepted agency of "
                    + request.agencies().map(Path::toString).orElse("the month's agencies.csv") + "; give the sending agency's agency_id.");
            return BAD_ARGUMENTS;
        }
        out.println("PCM: checking " + files.size() + (files.size() == 1 ? " file" : " files") + " of " + request.period()
                + " as of " + asOf + (request.sender() == null ? "" : ", sent by " + request.sender()));
        boolean unusable = false;
        boolean rejected = false;
        List<Reject> all = new ArrayList<>();
        for (Path file : files) {
            try {
                FileCheck.Result result = check.check(file, request.sender());
                print(result, request);
                all.addAll(result.rejects());
                rejected |= !result.clean();
            } catch (UnusableFileException e) {
                err.println("pcm: " + message(e, request));
                unusable = true;
            }
        }
        if (request.output() != null) {
            Path report = request.output().resolve("pcm-check-" + request.period() + ".csv");
            try {
                OutputFiles folder = new OutputFiles(request.output(), request.period());
                folder.prepare();
                folder.writeAlone(report, RejectSpool.listing(all));
            } catch (OutputWriteException e) {
                err.println("pcm: " + e.operatorLine());
                return unusable ? UNUSABLE : UNEXPECTED;
            }
            out.println("PCM: all " + all.size() + " rejects in " + report);
        }
        return unusable ? UNUSABLE : rejected ? REJECTED : CLEAN;
    }

    /** The reference data: the files given, else the checked folder's (or the checked file's folder's). */
    private static FileCheck reference(Monev monev, CheckRequest request, List<Path> files) {
        boolean needsNarratives = files.stream().map(f -> f.getFileName().toString())
                .anyMatch(name -> name.equals(MonthFile.DISSEMINATION.fileName()) || name.equals(MonthFile.MEDIA.fileName()));
        boolean needsAgencies = request.sender() != null || files.stream()
                .anyMatch(f -> !f.getFileName().toString().equals(MonthFile.AGENCIES.fileName()));
        if (!needsAgencies) {
            return monev.checkAgencies();
        }
        Path agencies = request.agencies().orElse(request.folder().resolve(MonthFile.AGENCIES.fileName()));
        Path narratives = needsNarratives
                ? request.narratives().orElse(request.folder().resolve(MonthFile.NARRATIVES.fileName())) : null;
        return monev.checkAgainst(agencies, narratives);
    }

    private void print(FileCheck.Result result, CheckRequest request) {
        InputSummary summary = result.summary();
        out.printf("%s: %d rows, %d accepted, %d rejected%s%n", summary.file(), summary.rows(), summary.accepted(),
                summary.rejected(), summary.unknownColumns().isEmpty() ? ""
                        : "; unknown column(s) ignored: " + String.join(", ", summary.unknownColumns()));
        result.rejects().stream().limit(PRINTED).forEach(reject -> out.println("  " + reject.file() + ":" + reject.line()
                + (reject.column() == null ? "" : " " + reject.column()) + ": "
                + (request.english() ? reject.messageEn() : reject.messageId())));
        if (result.rejects().size() > PRINTED) {
            out.println("  … and " + (result.rejects().size() - PRINTED) + " more"
                    + (request.output() == null ? " (--output=DIR writes them all)" : ""));
        }
    }

    private static String message(UnusableFileException e, CheckRequest request) {
        return request.english() ? e.getMessage() : e.messageId();
    }
}
