package id.go.pcm.batch.job;

import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputSet;

/**
 * The month's new set of outputs between the step that writes it ({@code render}) and the step that
 * publishes it ({@code publish}), with the history stored in between: a full disk or a lost database
 * leaves the previous set as it was.
 *
 * <p>A job-scoped bean ({@link MonthlyJobConfiguration}), one per job execution: when the execution
 * ends, however it ends, Spring Batch closes it, and a set written but not published is removed (a
 * publication cut short keeps its files for the next run, {@link OutputSet#recover()}). A process
 * killed outright leaves the staging to that next run. (Steps see it through Spring's scoped proxy,
 * which is why the class and its methods are not final.)
 */
public class StagedSet implements AutoCloseable {

    private final OutputSet set;
    private OutputSet.Staging staging;

    /** @param outputs the month's output folder */
    public StagedSet(OutputFiles outputs) {
        this.set = new OutputSet(outputs);
    }

    /**
     * Starts writing the set afresh, dropping whatever an earlier start of this execution wrote.
     *
     * @return the staging to write every member into
     * @throws id.go.pcm.batch.output.OutputWriteException when the staging folder cannot be made
     */
    public OutputSet.Staging start() {
        close();
        staging = set.stage();
        return staging;
    }

    /**
     * Puts the written set in place of the month's earlier one ({@link OutputSet.Staging#publish()}).
     *
     * @throws IllegalStateException when no set was written in this execution: the steps ran out of order
     */
    public void publish() {
        if (staging == null) {
            throw new IllegalStateException("no set written in this execution: the job's steps ran out of order");
        }
        staging.publish();
    }

    /** Removes the set unless it was published (or its publication was cut short). */
    @Override
    public void close() {
        if (staging != null) {
            staging.close();
            staging = null;
        }
    }
}
