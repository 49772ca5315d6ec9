package id.go.pcm.internal.rules;

import id.go.pcm.Fixtures;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.validation.FaultOrderProperty.Fault;
import id.go.pcm.validation.FaultOrderProperty;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fault order of {@code reports.csv}: the first rule of SPEC 1.3's list that a row breaks is its reject. */
class ReportRulesPropertyTest {

    /**
     * The fault order of reports.csv as SPEC 1.3 and 1.7 give it and PCM has always reported it, written
     * out here so that a change of the list's order fails this test.
     */
    private static final List<String> ORDER = List.of(
            FaultOrderProperty.MALFORMED,
            "report_id is given", "report_id is not repeated in the file",
            "agency_id is given",
            "period is given", "period is of the form of bad.period",
            "submitted_at is given", "submitted_at is of the form of bad.timestamp",
            "policies_count is given", "policies_count is a whole number of zero or more",
            "activities_count is given", "activities_count is a whole number of zero or more",
            "has_data is given", "has_data is of the form of bad.boolean",
            "has_agenda is given", "has_agenda is of the form of bad.boolean",
            "agency_id is an accepted agency", "agency_id is active in the month",
            "period is the evaluation month",
            "submitted_at is not after the as-of time", "submitted_at is not before the month");

    private static List<Rule<ReportRules.ReportDraft>> rules() {
        return ReportRules.rules(Fixtures.MONTH, Fixtures.agencies(), new SeenKeys());
    }

    @Test
    void theListIsTheFileFaultOrder() {
        assertEquals(ORDER, rules().stream().map(Rule::name).toList());
    }

    @Test
    void theRejectIsTheFirstRuleInTheListThatARowBreaks() {
        new FaultOrderProperty("reports.csv", ORDER)
                .column("report_id", "R-1", new Fault(null, "report_id is given"),
                        new Fault("R-SEEN", "report_id is not repeated in the file"))
                .column("agency_id", Fixtures.KEMKES, new Fault(null, "agency_id is given"),
                        new Fault("KEMENTERIAN-X", "agency_id is an accepted agency"),
                        new Fault(Fixtures.OLD_MINISTRY, "agency_id is active in the month"))
                .column("period", "2024-09", new Fault(null, "period is given"),
                        new Fault("2024-13", "period is of the form of bad.period"),
                        new Fault("2024-08", "period is the evaluation month"))
                .column("submitted_at", "2024-10-03T10:00:00+07:00", new Fault(null, "submitted_at is given"),
                        new Fault("kemarin", "submitted_at is of the form of bad.timestamp"),
                        new Fault("2024-10-10T00:00:01+07:00", "submitted_at is not after the as-of time"),
                        new Fault("31/08/2024 23:59", "submitted_at is not before the month"))
                .column("policies_count", "2", new Fault(null, "policies_count is given"),
                        new Fault("-1", "policies_count is a whole number of zero or more"))
                .column("activities_count", "12.500", new Fault(null, "activities_count is given"),
                        new Fault("12.50", "activities_count is a whole number of zero or more"))
                .column("has_data", "ya", new Fault(null, "has_data is given"),
                        new Fault("maybe", "has_data is of the form of bad.boolean"))
                .column("has_agenda", "tidak", new Fault(null, "has_agenda is given"),
                        new Fault("2", "has_agenda is of the form of bad.boolean"))
                .check(rules(), () -> {
                    ReportRules rules = new ReportRules(Fixtures.MONTH, Fixtures.agencies());
                    rules.check(TestRows.row("reports.csv", 2, "report_id", "R-SEEN", "agency_id", Fixtures.KEMKES,
                            "period", "2024-09", "submitted_at", "2024-10-03T10:00:00+07:00", "policies_count", "1",
                            "activities_count", "1", "has_data", "ya", "has_agenda", "ya"));
                    return rules::check;
                });
    }
}
