package id.go.pcm.batch.job;

import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.evaluation.EvaluationSettings;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts every execution of the monthly job, first or restarted, the same way: the month run is
 * rebuilt from the job parameters, the output folder prepared, and the process that runs it is
 * recorded, so that a later run can tell an execution left behind by a killed process from a live one.
 */
public final class RunListener implements JobExecutionListener {

    private final CurrentRun run;
    private final EvaluationSettings settings;
    private final JobRepository repository;

    /**
     * @param run        the holder of the month run
     * @param settings   the evaluation settings in force
     * @param repository the job repository, where the owner is recorded at once
     */
    public RunListener(CurrentRun run, EvaluationSettings settings, JobRepository repository) {
        this.run = run;
        this.settings = settings;
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        var request = RunParameters.request(execution.getJobParameters());
        MonthRun month = new MonthRun(request, request.month(RunParameters.asOf(execution.getJobParameters())), settings);
        new OutputFiles(request.output(), request.period()).prepare();
        RunOwner.current().writeTo(execution.getExecutionContext());
        repository.updateExecutionContext(execution);
        run.set(month);
    }
}
