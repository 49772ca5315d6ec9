package id.go.pcm.batch.job.internal;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * Fails a step from its {@code afterStep}, where Spring Batch logs an exception and carries on as if
 * the step had completed. The step, and so the job, end FAILED with the cause among their failures.
 */
final class StepFailure {

    private StepFailure() {
    }

    /**
     * @param step  the step ending
     * @param cause why it cannot complete
     * @return the exit status to return from {@code afterStep}
     */
    static ExitStatus fail(StepExecution step, RuntimeException cause) {
        step.setStatus(BatchStatus.FAILED);
        step.addFailureException(cause);
        return ExitStatus.FAILED.addExitDescription(cause);
    }
}
