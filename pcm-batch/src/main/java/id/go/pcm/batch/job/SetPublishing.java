package id.go.pcm.batch.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The job's last step ({@code publish}): the set the {@code render} step wrote is put in place of the
 * month's earlier one, as one ({@link id.go.pcm.batch.output.OutputSet}): after any failure or kill the
 * folder holds the previous set whole or the new one whole.
 */
public final class SetPublishing implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(SetPublishing.class);

    private final MonthRun month;
    private final StagedSet staged;

    /**
     * @param month  the month run of the execution
     * @param staged the execution's new set, written and not yet published
     */
    public SetPublishing(MonthRun month, StagedSet staged) {
        this.month = month;
        this.staged = staged;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LOG.info("Publishing the outputs of {}", month.month().period());
        staged.publish();
        return RepeatStatus.FINISHED;
    }
}
