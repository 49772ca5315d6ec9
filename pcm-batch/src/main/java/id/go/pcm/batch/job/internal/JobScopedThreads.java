package id.go.pcm.batch.job.internal;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;

/**
 * Threads for a job's parallel steps that see the job's scope. Spring Batch binds the running job
 * execution, and so its job-scoped beans, to the job's own thread only (spring-batch issue 1335); a
 * task handed to these threads carries the execution of the thread that handed it over, and lets it
 * go when done, so that a job-scoped bean used by a parallel step is the execution's own.
 */
public final class JobScopedThreads implements TaskDecorator {

    private JobScopedThreads() {
    }

    /**
     * @param prefix the threads' name prefix
     * @return a new thread per task, each seeing the job's scope
     */
    public static SimpleAsyncTaskExecutor named(String prefix) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(prefix);
        threads.setTaskDecorator(new JobScopedThreads());
        return threads;
    }

    @Override
    public Runnable decorate(Runnable task) {
        JobContext context = JobSynchronizationManager.getContext();
        if (context == null) {
            return task; // handed over outside a job: there is no scope to carry
        }
        JobExecution execution = context.getJobExecution();
        return () -> {
            JobSynchronizationManager.register(execution);
            try {
                task.run();
            } finally {
                JobSynchronizationManager.close();
            }
        };
    }
}
