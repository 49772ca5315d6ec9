package id.go.pcm.batch.job;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunStopTest {

    private static JobExecution started() {
        JobExecution execution = new JobExecution(1, new JobInstance(1, MonthlyJobConfiguration.JOB_NAME), new JobParameters());
        execution.setStatus(BatchStatus.STARTED);
        return execution;
    }

    private static StepExecution step(JobExecution job, String name, BatchStatus status) {
        StepExecution step = new StepExecution(job.getStepExecutions().size() + 1, name, job);
        step.setStatus(status);
        job.addStepExecution(step);
        return step;
    }

    @Test
    void aStopMarksTheRunningExecutionStoppingAndTellsOnlyItsRunningStepsToTerminate() {
        RunStop stop = new RunStop();
        JobExecution job = started();
        StepExecution agencies = step(job, "agencies", BatchStatus.COMPLETED);
        StepExecution media = step(job, "media", BatchStatus.STARTED);
        stop.beforeJob(job);

        stop.request();

        assertEquals(BatchStatus.STOPPING, job.getStatus(), "no further step starts");
        assertTrue(media.isTerminateOnly(), "the running step ends at its next chunk");
        assertFalse(agencies.isTerminateOnly());
        assertEquals(BatchStatus.STARTED, media.getStatus(), "the step's own thread records its end, no one else");
    }

    @Test
    void aStopAskedBeforeTheExecutionStartsStopsItAsSoonAsItDoes() {
        RunStop stop = new RunStop();
        stop.request();
        JobExecution job = started();

        stop.beforeJob(job);

        assertEquals(BatchStatus.STOPPING, job.getStatus());
    }

    @Test
    void theStopTookEffectUnlessTheExecutionRanToItsEnd() {
        RunStop asked = new RunStop();
        assertFalse(asked.tookEffect(), "nothing asked");
        asked.request();
        assertTrue(asked.tookEffect(), "asked before any execution ran");

        for (BatchStatus end : BatchStatus.values()) {
            RunStop stop = new RunStop();
            JobExecution job = started();
            stop.beforeJob(job);
            stop.request();
            job.setStatus(end);
            stop.afterJob(job);
            assertEquals(end != BatchStatus.COMPLETED && end != BatchStatus.FAILED, stop.tookEffect(), end.toString());
        }
    }

    @Test
    void itIsPublishingWhileThePublishStepRuns() {
        RunStop stop = new RunStop();
        JobExecution job = started();
        stop.beforeJob(job);
        step(job, "media", BatchStatus.STARTED);
        assertFalse(stop.isPublishing(), "reading");

        StepExecution publish = step(job, MonthlyJobConfiguration.PUBLISH_STEP, BatchStatus.STARTED);
        stop.publication().beforeStep(publish);
        assertTrue(stop.isPublishing());

        publish.setStatus(BatchStatus.STOPPED);
        stop.publication().afterStep(publish);
        assertFalse(stop.isPublishing(), "ended");
    }
}
