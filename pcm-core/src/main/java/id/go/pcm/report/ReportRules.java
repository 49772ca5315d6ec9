package id.go.pcm.report;

import id.go.pcm.agency.AgencyRegistry;
import id.go.pcm.csv.Columns;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.validation.Checked;
import id.go.pcm.internal.Fields;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.internal.Values;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The rules of {@code reports.csv} (SPEC 1.3), one row at a time. A resubmission is accepted here;
 * which report counts is the evaluation's business. Not thread-safe: it remembers the file's ids.
 */
public final class ReportRules {

    /** The file these rules read. */
    public static final String FILE = "reports.csv";
    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("report_id", "agency_id", "period", "submitted_at", "policies_count",
                    "activities_count", "has_data", "has_agenda"),
            List.of());

    private final EvaluationMonth month;
    private final AgencyRegistry agencies;
    private final SeenKeys ids = new SeenKeys();

    /**
     * Rules for one month's reports.
     *
     * @param month    the evaluation month and as-of time
     * @param agencies the accepted agencies
     */
    public ReportRules(EvaluationMonth month, AgencyRegistry agencies) {
        this.month = month;
        this.agencies = agencies;
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted report or the reject naming its fault
     */
    public Checked<PeriodicReport> check(Row row) {
        Fields f = new Fields(row);
        String id = f.id("report_id", ids);
        String agencyId = f.required("agency_id");
        YearMonth period = f.parsed("period", Values::yearMonth, "bad.period");
        Instant submittedAt = f.timestamp("submitted_at");
        Long policies = f.count("policies_count");
        Long activities = f.count("activities_count");
        Boolean hasData = f.bool("has_data");
        Boolean hasAgenda = f.bool("has_agenda");
        if (f.ok()) {
            f.requireActiveAgency(agencies, agencyId);
        }
        if (f.ok() && !period.equals(month.period())) {
            f.fail(RejectCode.WRONG_PERIOD, "period", "wrong_period.period", period, month.label());
        }
        f.requireNotFuture("submitted_at", submittedAt, month);
        if (f.ok() && submittedAt.isBefore(month.start())) {
            f.fail(RejectCode.WRONG_PERIOD, "submitted_at", "wrong_period.before_month", submittedAt, month.label());
        }
        if (!f.ok()) {
            return Checked.rejected(f.reject(id));
        }
        return Checked.accepted(new PeriodicReport(id, agencyId, period, submittedAt, policies, activities,
                hasData, hasAgenda));
    }
}
