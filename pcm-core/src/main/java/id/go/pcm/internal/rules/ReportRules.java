package id.go.pcm.internal.rules;

import id.go.pcm.internal.Checked;
import id.go.pcm.internal.Draft;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.RuleList;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.internal.SharedRules;
import id.go.pcm.internal.ValueRules;
import id.go.pcm.internal.Values;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The rules of {@code reports.csv} (SPEC 1.3), one row at a time: the list {@link #rules} is the file's
 * fault order. A resubmission is accepted here; which report counts is the evaluation's business. Not
 * thread-safe: it remembers the file's ids.
 */
public final class ReportRules {

    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("report_id", "agency_id", "period", "submitted_at", "policies_count",
                    "activities_count", "has_data", "has_agenda"),
            List.of());

    /**
     * The columns an agency fills in a kit's row (SPEC 10.1, 10.3): a workbook row with none of them is a
     * row left unfilled, skipped like a blank row.
     */
    public static final List<String> FILLED_BY_AGENCY = List.of("submitted_at", "policies_count", "activities_count",
            "has_data", "has_agenda");

    private final RuleList<ReportDraft, PeriodicReport> rules;

    /**
     * Rules for one month's reports.
     *
     * @param month    the evaluation month and as-of time
     * @param agencies the accepted agencies
     */
    public ReportRules(EvaluationMonth month, AgencyRegistry agencies) {
        this.rules = new RuleList<>(rules(month, agencies, new SeenKeys()), ReportDraft::new, ReportDraft::report);
    }

    /** SPEC 1.3 in fault order: the first rule a row breaks is its reject. */
    static List<Rule<ReportDraft>> rules(EvaluationMonth month, AgencyRegistry agencies, SeenKeys ids) {
        return List.of(
                SharedRules.wellFormed(),
                ValueRules.present("report_id"),
                SharedRules.uniqueId("report_id", ids),
                ValueRules.present("agency_id", (d, v) -> d.agencyId = v),
                ValueRules.present("period"),
                ValueRules.parsed("period", Values::yearMonth, "bad.period", (d, v) -> d.period = v),
                ValueRules.present("submitted_at"),
                ValueRules.timestamp("submitted_at", month.zone(), (d, v) -> d.submittedAt = v),
                ValueRules.present("policies_count"),
                ValueRules.count("policies_count", (d, v) -> d.policies = v),
                ValueRules.present("activities_count"),
                ValueRules.count("activities_count", (d, v) -> d.activities = v),
                ValueRules.present("has_data"),
                ValueRules.bool("has_data", (d, v) -> d.hasData = v),
                ValueRules.present("has_agenda"),
                ValueRules.bool("has_agenda", (d, v) -> d.hasAgenda = v),
                SharedRules.knownAgency(agencies, d -> d.agencyId),
                SharedRules.activeAgency(agencies, d -> d.agencyId),
                new Rule<>("period is the evaluation month", RejectCode.WRONG_PERIOD, "period", "wrong_period.period",
                        d -> d.period.equals(month.period()) ? null : new Rule.Broken(d.period, d.period, month.label())),
                SharedRules.notFuture("submitted_at", month, d -> d.submittedAt),
                new Rule<>("submitted_at is not before the month", RejectCode.WRONG_PERIOD, "submitted_at",
                        "wrong_period.before_month", d -> d.submittedAt.isBefore(month.start())
                        ? new Rule.Broken(SharedRules.monthOf(d.submittedAt, month), SharedRules.onClock(d.submittedAt, month),
                        month.label()) : null));
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted report or the reject naming its fault
     */
    public Checked<PeriodicReport> check(Row row) {
        return rules.check(row);
    }

    /** A report row as its rules read it. */
    static final class ReportDraft extends Draft {
        private String agencyId;
        private YearMonth period;
        private Instant submittedAt;
        private Long policies;
        private Long activities;
        private Boolean hasData;
        private Boolean hasAgenda;

        ReportDraft(Row row) {
            super(row);
        }

        PeriodicReport report() {
            return new PeriodicReport(id(), agencyId, period, submittedAt, policies, activities, hasData, hasAgenda);
        }
    }
}
