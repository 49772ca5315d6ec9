package id.go.pcm.batch.job;

import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops this process's month run gracefully when asked (the operator's Ctrl-C, a {@code kill}): the
 * reading steps end at their next chunk boundary, a step of the job's end under way (gate, render,
 * history, publish) ends whole, no later step starts, and the execution is recorded {@code STOPPED},
 * so that the same command resumes it. The month's folder then holds its earlier set or the new
 * one, whole.
 *
 * <p>It stops the execution the way Spring Batch passes a stop on between concurrent steps: the
 * execution in memory is marked {@code STOPPING} and each running step is told to terminate; every
 * step thread sees it at its next commit and records its own end. {@code JobOperator.stop} would
 * also write the running steps' rows from the stopping thread, racing their own threads' writes
 * (Spring Batch issues 5120, 5308, 5484: an {@code OptimisticLockingFailureException} that leaves a
 * step {@code UNKNOWN}, which cannot be restarted).
 *
 * <p>As the job's listener it knows the execution that is running; a stop asked before the
 * execution starts stops it as soon as it does.
 */
public final class RunStop implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunStop.class);

    private JobExecution running;
    private final AtomicBoolean publishing = new AtomicBoolean();
    private BatchStatus ended;
    private boolean requested;
    private OutputFiles owned;
    private OutputLock ownedLock;

    /**
     * Asks the run to stop: the running execution, if any, stops at its next chunk boundary, and
     * one that starts later stops before its first step.
     */
    public synchronized void request() {
        requested = true;
        if (running != null) {
            stop(running);
        }
    }

    /**
     * @return whether a stop was asked and took effect: no execution ran to its end since, neither
     *         completing (the stop came after the last step) nor failing for a cause of its own
     */
    public synchronized boolean tookEffect() {
        return requested && ended != BatchStatus.COMPLETED && ended != BatchStatus.FAILED;
    }

    /**
     * @return whether a step of the job's end is running: the set being checked, written, its history
     *         stored or the set moved into place, which a stop lets finish
     */
    public boolean isPublishing() {
        return publishing.get();
    }

    /**
     * @return a listener for each step of the job's end, which tells this stop when one is under way:
     *         told by the step itself, not read from the execution's step list, so that it holds however
     *         long the step takes (the scorecards take seconds)
     */
    StepExecutionListener publication() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                publishing.set(true);
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                publishing.set(false);
                return stepExecution.getExitStatus();
            }
        };
    }

    /**
     * Records the output folder whose working files this process owns, from the moment it holds
     * the month until the run ends, so that a run ended without its steps' cooperation can still
     * remove them.
     *
     * @param outputs the month's output folder, or null when the run no longer owns it
     * @param lock    the lock by which this process holds the month in that folder, or null with it
     */
    synchronized void own(OutputFiles outputs, OutputLock lock) {
        this.owned = outputs;
        this.ownedLock = lock;
    }

    /**
     * Removes the working files of the month this process owns, if it owns one, and gives up the
     * folder's lock as its holder would (its file goes too): the process is about to end without
     * closing it.
     */
    public void removeOwnedWorkFiles() {
        OutputFiles outputs;
        OutputLock lock;
        synchronized (this) {
            outputs = owned;
            lock = ownedLock;
        }
        if (outputs != null) {
            outputs.removeWorkFiles();
        }
        if (lock != null) {
            lock.close();
        }
    }

    @Override
    public synchronized void beforeJob(JobExecution execution) {
        running = execution;
        ended = null;
        if (requested) {
            stop(execution);
        }
    }

    @Override
    public synchronized void afterJob(JobExecution execution) {
        ended = execution.getStatus();
        running = null;
        if (requested) {
            LOG.info("Execution {} ended {} after the stop was asked", execution.getId(), ended);
        }
    }

    private static void stop(JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return;
        }
        LOG.info("Stopping execution {} at its next chunk boundary", execution.getId());
        // SimpleStepHandler does the same to pass a stop on to concurrent steps; no step starts after it.
        execution.setStatus(BatchStatus.STOPPING);
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setTerminateOnly();
            }
        }
    }
}
