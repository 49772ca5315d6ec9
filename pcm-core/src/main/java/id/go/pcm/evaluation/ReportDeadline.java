package id.go.pcm.evaluation;

import id.go.pcm.month.EvaluationMonth;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The report deadlines a scorecard names, from the one reckoning of the deadline
 * ({@link EvaluationMonth#lastDayOnTime}).
 *
 * @param lastDayOnTime     the last day (on the office's clock) on which the month's report is on time
 * @param nextLastDayOnTime the same day for the following month's report
 * @param passed            whether the month's deadline is over at the as-of time
 */
public record ReportDeadline(LocalDate lastDayOnTime, LocalDate nextLastDayOnTime, boolean passed) {

    static ReportDeadline of(MonthlyFigures figures, int deadlineDay) {
        YearMonth period = figures.period();
        return new ReportDeadline(EvaluationMonth.lastDayOnTime(period, deadlineDay),
                EvaluationMonth.lastDayOnTime(period.plusMonths(1), deadlineDay),
                !figures.asOf().toInstant().isBefore(EvaluationMonth.reportDeadline(period, deadlineDay, figures.zone())));
    }
}
