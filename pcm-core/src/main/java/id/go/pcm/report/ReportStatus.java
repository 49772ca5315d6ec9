package id.go.pcm.report;

/** Whether an active agency's report for the month arrived, and when (SPEC 1.3). */
public enum ReportStatus {
    /** Submitted before the deadline: day {@code deadline-day + 1} 00:00 of the following month in the office's zone. */
    ON_TIME,
    /** Submitted at or after the deadline. */
    LATE,
    /** No accepted report. */
    MISSING
}
