package id.go.pcm.batch.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts every execution of the monthly job, first or restarted, the same way: the execution's month
 * run is made from its job parameters (the job-scoped {@link MonthRun}, used here first), the output
 * folder prepared, and the process that runs it is recorded, so that a later run can tell an
 * execution left behind by a killed process from a live one.
 */
public final class RunListener implements JobExecutionListener {

    private final MonthRun run;
    private final JobRepository repository;

    /**
     * @param run        the month run of the execution running (the job-scoped bean)
     * @param repository the job repository, where the owner is recorded at once
     */
    public RunListener(MonthRun run, JobRepository repository) {
        this.run = run;
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        run.outputs().prepare();
        RunOwner.current().writeTo(execution.getExecutionContext());
        repository.updateExecutionContext(execution);
    }
}
