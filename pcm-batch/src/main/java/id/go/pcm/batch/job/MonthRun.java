package id.go.pcm.batch.job;

import id.go.pcm.InputSource;
import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.MonthFolder;
import id.go.pcm.Submissions;
import id.go.pcm.batch.cli.RunRequest;
import id.go.pcm.batch.job.internal.WrongPeriods;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.month.EvaluationMonth;
import org.springframework.batch.core.job.parameters.JobParameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one execution of the monthly job holds in memory while its steps read the files: the month's
 * {@link MonthEvaluation} (registries, evaluator and summaries, pcm-core's one path through a month)
 * and, for the outputs, each file's rejects in brief. The reading steps fill it; the steps that end
 * the job (gate, render, history) read the evaluated month from it.
 *
 * <p>It is a job-scoped bean ({@link MonthlyJobConfiguration}): Spring Batch makes one per job
 * execution, from that execution's parameters, and drops it when the execution ends. So a restart
 * rebuilds it from the files, reading them all again from the top, which is cheaper than storing
 * every accepted row and gives the same figures. (Steps see it through Spring's scoped proxy, which
 * is why the class and its methods are not final.)
 */
public class MonthRun {

    private final RunRequest request;
    private final EvaluationMonth month;
    private final EvaluationSettings settings;
    // The three event files are read by steps that may run at once.
    private final Map<MonthFile, RejectSpool.Tally> rejects = Collections.synchronizedMap(new EnumMap<>(MonthFile.class));
    private final Map<MonthFile, WrongPeriods> wrongPeriods = Collections.synchronizedMap(new EnumMap<>(MonthFile.class));
    private final MonthEvaluation evaluation;
    /** The input folder, whose submissions are looked at once per run (SPEC 10.2). */
    private final MonthFolder folder;

    /**
     * A run's state before any file is read.
     *
     * @param request  what the operator asked for
     * @param month    the month and the as-of time in force
     * @param settings the evaluation settings
     */
    public MonthRun(RunRequest request, EvaluationMonth month, EvaluationSettings settings) {
        this.request = request;
        this.month = month;
        this.settings = settings;
        this.evaluation = Monev.of(month.period(), month.asOf()).withZone(month.zone()).withSettings(settings).start();
        this.folder = MonthFolder.of(request.input());
    }

    /**
     * The run of one execution, as its job parameters describe it.
     *
     * @param parameters the execution's job parameters ({@link RunParameters})
     * @param settings   the evaluation settings in force
     * @param zone       the office's zone ({@code pcm.zone})
     * @return the run's state before any file is read
     */
    public static MonthRun of(JobParameters parameters, EvaluationSettings settings, ZoneId zone) {
        RunRequest request = RunParameters.request(parameters);
        return new MonthRun(request, request.month(RunParameters.asOf(parameters), zone), settings);
    }

    /** @return the month's evaluation, which the reading steps feed file by file */
    public MonthEvaluation evaluation() {
        return evaluation;
    }

    /** @return what the operator asked for */
    public RunRequest request() {
        return request;
    }

    /** @return the month and as-of time in force */
    public EvaluationMonth month() {
        return month;
    }

    /** @return the evaluation settings */
    public EvaluationSettings settings() {
        return settings;
    }

    /** @return the month's output folder */
    public OutputFiles outputs() {
        return new OutputFiles(request.output(), month.period());
    }

    /**
     * @param file one of the five
     * @return where that file is: {@code NAME.csv} or {@code NAME.xlsx} (SPEC 10.1)
     * @throws id.go.pcm.csv.UnusableFileException when it is missing, in both forms, or in a form PCM does not read
     */
    public Path input(MonthFile file) {
        return folder.file(file);
    }

    /**
     * @param file one of the five
     * @return where its rows are, in reading order: the folder's own file, then each submission's sheet (SPEC 10.2)
     * @throws id.go.pcm.csv.UnusableFileException when the file is missing (and may not be), in both forms, or in a form PCM does not read
     */
    public List<InputSource> sources(MonthFile file) {
        return folder.sources(file);
    }

    /** @return the input folder's submissions: the sheets read, those refused, the files ignored (SPEC 10.2) */
    public Submissions submissions() {
        return folder.submissions();
    }

    /**
     * @param file one of the five
     * @return the working file where that input's rejects are spooled, beside the outputs
     */
    public Path rejectSpool(MonthFile file) {
        return outputs().rejectSpool(file);
    }

    /**
     * @param file  one of the five
     * @param tally that file's rejects in brief
     */
    public void rejects(MonthFile file, RejectSpool.Tally tally) {
        rejects.put(file, tally);
    }

    /**
     * @param file   one of the five
     * @param months the months that file's {@code WRONG_PERIOD} rows name
     */
    public void wrongPeriods(MonthFile file, WrongPeriods months) {
        wrongPeriods.put(file, months);
    }

    /**
     * @param file one of the five
     * @return the months that file's {@code WRONG_PERIOD} rows name (none for {@code agencies.csv},
     *         which has no month)
     */
    public WrongPeriods wrongPeriods(MonthFile file) {
        return wrongPeriods.getOrDefault(file, new WrongPeriods());
    }

    /** @return every file's rejects in brief, in {@link MonthFile} order */
    public List<RejectSpool.Tally> rejects() {
        return Arrays.stream(MonthFile.values()).map(file -> require(rejects.get(file), file.fileName())).toList();
    }

    /**
     * Reads the month's {@code types.csv} (or {@code types.xlsx}) when the input folder has one (SPEC
     * 9.1), before {@code agencies.csv}: its types replace the national ones.
     *
     * @throws id.go.pcm.csv.UnusableFileException when it is unusable, in both forms, or breaks SPEC 9.1 (exit 3)
     */
    public void readTypes() {
        folder.types().ifPresent(evaluation::readTypes);
    }

    /** @return every file's summary in reading order: {@code types.csv} when there is one, then the five in {@link MonthFile} order */
    public List<InputSummary> inputs() {
        List<InputSummary> inputs = new ArrayList<>(evaluation.typesInput().stream().toList());
        inputs.addAll(evaluation.inputs());
        return List.copyOf(inputs);
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException(what + " not read yet: the job's steps ran out of order");
        }
        return value;
    }
}
