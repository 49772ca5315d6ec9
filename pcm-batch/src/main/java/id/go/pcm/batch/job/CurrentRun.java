package id.go.pcm.batch.job;

import java.util.Objects;

/**
 * Holds the month run of this process. The batch runs one job at a time per JVM; the job's first
 * listener sets the run from the job parameters, so a restart rebuilds it exactly as a first start does.
 */
public final class CurrentRun {

    private volatile MonthRun run;

    /** @return the run in progress */
    public MonthRun get() {
        return Objects.requireNonNull(run, "no month run in progress");
    }

    /** @param newRun the run starting now */
    public void set(MonthRun newRun) {
        this.run = newRun;
    }
}
