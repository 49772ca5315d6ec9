package id.go.pcm.batch.job;

import id.go.pcm.Language;
import id.go.pcm.MonthFile;
import id.go.pcm.MonthFolder;
import id.go.pcm.batch.cli.RunRequest;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputInUseException;
import id.go.pcm.batch.output.OutputLock;
import id.go.pcm.batch.output.OutputSet;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.csv.UnusableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Starts or resumes a month's run, the way operators expect:
 * <ul>
 *   <li>the month's last attempt was interrupted (failed, stopped, or left "running" by a process that
 *       is gone) and the input files and options are unchanged: it is restarted, with its own as-of
 *       time when the operator gave none, so it ends with the output an uninterrupted run would have;</li>
 *   <li>it was interrupted but the files or options changed (the operator corrected the data): it is
 *       abandoned and a new attempt starts;</li>
 *   <li>it completed, or there is none: a new attempt starts (re-running a month replaces its outputs and history);</li>
 *   <li>it is running in a live process: refused.</li>
 * </ul>
 * A run of the month whose output folder another run holds ({@link OutputLock}) is refused too, whatever
 * job database that run keeps its state in, before anything of the month in the folder is touched.
 * A run that signs resumes only an attempt begun with the same key (the job repository records which,
 * never the password), and its key must be valid at the as-of time in force, a resumed attempt's too.
 */
public final class MonthlyLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyLauncher.class);
    private static final long OWNERLESS_GRACE_SECONDS = 30;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final PrintStream console;
    private final DataSource database;
    private final RunStop stop;
    private final SigningKey signingKey;
    private final String jobDatabase;
    private final ZoneId zone;

    /**
     * @param operator   starts, restarts and recovers executions
     * @param repository the job repository
     * @param job        the monthly job
     * @param console    where the operator reads what is being done
     * @param database   the job database, where a run holds its month
     * @param stop       the job's stop, told which month's working files this run owns
     * @param signingKey the key this run signs with, opened and checked, or {@code null} when it signs nothing
     * @param jobDatabase where this run keeps its job state ({@code PCM_HOME=…; database=…}), said to a run
     *                    of the month that its output folder keeps out
     * @param zone       the office's zone ({@code pcm.zone}), the clock of "now" and of the times it prints
     */
    public MonthlyLauncher(JobOperator operator, JobRepository repository, Job job, PrintStream console,
                           DataSource database, RunStop stop, SigningKey signingKey, String jobDatabase, ZoneId zone) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.console = console;
        this.database = database;
        this.stop = stop;
        this.signingKey = signingKey;
        this.jobDatabase = jobDatabase;
        this.zone = zone;
    }

    /**
     * Runs the month to its end.
     *
     * @param request what the operator asked for
     * @return the exit status and the line to print
     */
    public Outcome run(RunRequest request) throws Exception {
        Optional<MonthLock> lock = MonthLock.tryTake(database, request.period());
        if (lock.isEmpty()) {
            return new Outcome(Outcome.UNEXPECTED, "Month " + request.period() + " is already being evaluated by another"
                    + " PCM run on the same job database; wait for that run to end, or stop it, then run again.");
        }
        try (MonthLock held = lock.get()) {
            OutputFiles outputs = new OutputFiles(request.output(), request.period());
            Optional<Path> created = OutputFiles.topmostMissing(request.output());
            // The folder's own lock keeps out a run of the month with another job database; it is
            // taken before anything of the month in the folder is touched.
            try (OutputLock folder = OutputLock.take(outputs, holder(request, null))) {
                return runInFolder(request, outputs, folder, held.excludesOtherRuns());
            } catch (OutputInUseException e) {
                return new Outcome(Outcome.UNEXPECTED, request.language() == Language.EN ? e.getMessage() : e.messageId());
            } finally {
                created.ifPresent(topmost -> OutputFiles.removeCreatedIfEmpty(request.output(), topmost));
            }
        }
    }

    private Outcome runInFolder(RunRequest request, OutputFiles outputs, OutputLock folder, boolean alone) throws Exception {
        // Before anything else: a publication that a killed run of the month left half done is completed.
        if (new OutputSet(outputs).recover()) {
            console.println("PCM: completed the publication of " + request.period() + " that an earlier run left unfinished");
        }
        try {
            // every file in one form, before the job starts (SPEC 10.1); a file's content is judged as it is read
            MonthFolder files = MonthFolder.of(request.input());
            files.types();
            for (MonthFile file : MonthFile.values()) {
                files.sources(file); // reports and dissemination may come from submissions/ alone (SPEC 10.2)
            }
        } catch (UnusableFileException e) {
            return new Outcome(Outcome.INPUT_UNUSABLE, e.getMessage());
        }
        return runHolding(request, outputs, folder, alone);
    }

    /**
     * Which run this is, as the output folder's lock file says it to a run it keeps out: its host,
     * process and start, its job database, and its attempt once known. Plain {@code key=value} pairs,
     * read alike in both languages.
     */
    private String holder(RunRequest request, Long attempt) {
        RunOwner self = RunOwner.current();
        String started = ProcessHandle.current().info().startInstant()
                .map(s -> s.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString()).orElse("?");
        return "month=" + request.period() + (attempt == null ? "" : "; attempt=" + attempt) + "; host=" + self.host()
                + "; pid=" + self.pid() + "; started=" + started + "; " + jobDatabase;
    }

    /**
     * @param alone whether the month's lock keeps every other run out, so that an execution still
     *              marked running can only have been left by a run that is gone, wherever it ran
     */
    private Outcome runHolding(RunRequest request, OutputFiles outputs, OutputLock folder, boolean alone) throws Exception {
        String fingerprint = fingerprint(request.input());
        Attempts attempts = attempts(request.period().toString());
        Optional<JobExecution> last = attempts.last();
        if (last.isPresent() && last.get().isRunning()) {
            JobExecution running = last.get();
            Optional<RunOwner> owner = RunOwner.readFrom(running.getExecutionContext());
            if (!alone && (owner.isPresent() ? !owner.get().isGone() : !diedStarting(running))) {
                return new Outcome(Outcome.UNEXPECTED, "Month " + request.period() + " is already being evaluated"
                        + owner.map(o -> " by process " + o.pid() + " on " + o.host()).orElse("")
                        + "; wait for that run to end, or stop it, then run again.");
            }
            LOG.warn("Execution {} of {} was left running by {}, which is gone: recovering it", running.getId(),
                    request.period(), owner.map(o -> "process " + o.pid() + " on " + o.host()).orElse("a process that died starting"));
            last = Optional.of(operator.recover(running));
        }
        // From here on this process owns the month: working files left by a killed run go now, and
        // whatever way this run ends (even with the job database gone, when Spring Batch skips its
        // afterJob listeners), it leaves none behind.
        outputs.removeWorkFiles();
        stop.own(outputs, folder);
        try {
            return outcome(startOrResume(request, folder, fingerprint, last, attempts.begun() + 1));
        } finally {
            outputs.removeWorkFiles();
            stop.own(null, null);
        }
    }

    private JobExecution startOrResume(RunRequest request, OutputLock folder, String fingerprint, Optional<JobExecution> last,
                                       long next) throws Exception {
        JobExecution execution;
        String signKey = signingKey == null ? null : signingKey.identity();
        if (last.isPresent() && isResumable(last.get(), request, fingerprint, signKey)) {
            if (signingKey != null) {
                // The key was checked at the as-of the command line gave (or now); a resumed attempt keeps its own.
                signingKey.requireValidAt(RunParameters.asOf(last.get().getJobParameters()));
            }
            LOG.info("Restarting execution {} of {}", last.get().getId(), request.period());
            folder.describe(holder(request, RunParameters.attempt(last.get().getJobParameters())));
            console.println("PCM: resuming attempt " + RunParameters.attempt(last.get().getJobParameters()) + " of "
                    + request.period() + " as of " + iso(RunParameters.asOf(last.get().getJobParameters())));
            execution = operator.restart(last.get());
        } else {
            OffsetDateTime asOf = Objects.requireNonNullElseGet(request.asOf(),
                    () -> OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS));
            if (signingKey != null) {
                signingKey.requireValidAt(asOf); // before anything changes in the job repository
            }
            if (last.isPresent() && (last.get().getStatus() == BatchStatus.FAILED || last.get().getStatus() == BatchStatus.STOPPED)) {
                operator.abandon(last.get());
            }
            folder.describe(holder(request, next));
            console.println("PCM: starting attempt " + next + " of " + request.period() + " as of " + iso(asOf)
                    + (signingKey == null ? "" : ", signed by " + signingKey.subject()));
            execution = operator.start(job, RunParameters.of(request, asOf, fingerprint, next, signKey));
        }
        return execution;
    }

    /**
     * A run records its owner within milliseconds of starting; an execution without one that was
     * created a while ago belongs to a process killed in those milliseconds.
     */
    private static boolean diedStarting(JobExecution execution) {
        return execution.getCreateTime() != null
                && execution.getCreateTime().isBefore(LocalDateTime.now().minusSeconds(OWNERLESS_GRACE_SECONDS));
    }

    /**
     * An interrupted attempt with the same files, options and signing key resumes; the operator's
     * as-of, if given, must match.
     */
    private static boolean isResumable(JobExecution last, RunRequest request, String fingerprint, String signKey) {
        if (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED) {
            return false;
        }
        RunRequest before = RunParameters.request(last.getJobParameters());
        OffsetDateTime asOfBefore = RunParameters.asOf(last.getJobParameters());
        return fingerprint.equals(RunParameters.fingerprint(last.getJobParameters()))
                && before.input().equals(request.input())
                && before.output().equals(request.output())
                && before.language() == request.language()
                && before.maxRejectRatio() == request.maxRejectRatio()
                && Objects.equals(RunParameters.signKey(last.getJobParameters()), signKey)
                && (request.asOf() == null || request.asOf().equals(asOfBefore));
    }

    /**
     * A month's attempts so far.
     *
     * @param begun how many were begun: the next is numbered one more
     * @param last  the last execution of the latest attempt that has one
     */
    private record Attempts(long begun, Optional<JobExecution> last) {
    }

    /**
     * The month's attempts, found by their identity: each is numbered one after the last, from 1, so
     * this reads the month's attempts only, not every execution of every month the repository keeps.
     * An attempt may have no execution: its process died between Spring Batch's commits of the
     * instance and of its first execution, and Spring Batch will not start that instance again. It
     * keeps its number (the next run takes the one after) and is passed over as the last attempt.
     */
    private Attempts attempts(String period) {
        List<JobInstance> instances = new ArrayList<>();
        while (true) {
            JobInstance next = repository.getJobInstance(job.getName(), RunParameters.identity(period, instances.size() + 1L));
            if (next == null) {
                break;
            }
            instances.add(next);
        }
        Optional<JobExecution> last = Optional.empty();
        for (int i = instances.size() - 1; i >= 0 && last.isEmpty(); i--) {
            last = Optional.ofNullable(repository.getLastJobExecution(instances.get(i)));
            if (last.isEmpty()) {
                LOG.warn("Attempt {} of {} was begun by a process that died before it ran: passed over", i + 1, period);
            }
        }
        return new Attempts(instances.size(), last);
    }

    private static String iso(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Outcome outcome(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(Outcome.DONE, "Done.");
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (execution.getStatus() == BatchStatus.STOPPED) {
            LOG.info("Execution {} ended STOPPED; the same command resumes it", execution.getId());
        } else {
            LOG.error("Execution {} ended {}", execution.getId(), execution.getStatus(), first);
        }
        for (Throwable failure : execution.getAllFailureExceptions()) {
            Optional<Outcome> known = Outcome.of(failure);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Throwable root = first;
        while (root != null && root.getCause() != null) {
            root = root.getCause();
        }
        return new Outcome(Outcome.UNEXPECTED, "The run ended " + execution.getStatus()
                + (root == null ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")")
                + "; see the log for details and run the same command again to resume.");
    }

    /**
     * The input files' names, sizes and modification times: cheap to take, and different as soon as
     * an operator replaces a file. (Their SHA-256 is taken while they are read.)
     */
    static String fingerprint(Path input) throws IOException {
        StringBuilder print = new StringBuilder();
        MonthFolder files = MonthFolder.of(input);
        for (MonthFile file : MonthFile.values()) {
            Optional<Path> found = files.find(file);
            if (found.isPresent()) {
                // the name as found: a CSV file replaced by its workbook is another input
                print.append(found.get().getFileName()).append(':').append(Files.size(found.get())).append(':')
                        .append(Files.getLastModifiedTime(found.get()).toMillis()).append(';');
            } else {
                print.append(file.fileName()).append(":-;");
            }
        }
        Path submissions = input.resolve(id.go.pcm.Submissions.FOLDER);
        if (Files.isDirectory(submissions)) {
            // an agency's workbook sent again is another input (SPEC 10.2); hundreds of them do not fit the
            // job repository's parameter column (2,500 characters), so they are counted and their prints hashed
            StringBuilder sent = new StringBuilder();
            long entries = 0;
            try (java.util.stream.Stream<Path> list = Files.list(submissions)) {
                for (Path entry : list.sorted().toList()) {
                    sent.append(entry.getFileName()).append(':').append(Files.isRegularFile(entry) ? Files.size(entry) : -1)
                            .append(':').append(Files.getLastModifiedTime(entry).toMillis()).append(';');
                    entries++;
                }
            }
            print.append(id.go.pcm.Submissions.FOLDER).append("/:").append(entries).append(':')
                    .append(sha256(sent.toString())).append(';');
        }
        return print.toString();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
