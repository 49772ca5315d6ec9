package id.go.pcm.report;

import id.go.pcm.Fixtures;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.validation.Checked;
import id.go.pcm.validation.TestRows;
import id.go.pcm.validation.TestRows.TestRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * For random report rows with any mix of faults, the reject is the fault whose rule comes first in
 * the list of SPEC 1.3: each fault below is a value that breaks one named rule and no earlier one,
 * so the test knows the rule each fault breaks without asking the rules.
 */
class ReportRulesPropertyTest {

    private record Fault(String value, String rule) {
    }

    /** Each column: its valid value, then the faults that can be put in its place. */
    private static final Map<String, List<Object>> COLUMNS = new LinkedHashMap<>();

    static {
        column("report_id", "R-1", new Fault(null, "report_id is given"), new Fault("R-SEEN", "report_id is not repeated in the file"));
        column("agency_id", Fixtures.KEMKES, new Fault(null, "agency_id is given"),
                new Fault("KEMENTERIAN-X", "agency_id is an accepted agency"),
                new Fault(Fixtures.OLD_MINISTRY, "agency_id is active in the month"));
        column("period", "2024-09", new Fault(null, "period is given"), new Fault("2024-13", "period is of the form of bad.period"),
                new Fault("2024-08", "period is the evaluation month"));
        column("submitted_at", "2024-10-03T10:00:00+07:00", new Fault(null, "submitted_at is given"),
                new Fault("kemarin", "submitted_at is of the form of bad.timestamp"),
                new Fault("2024-10-10T00:00:01+07:00", "submitted_at is not after the as-of time"),
                new Fault("31/08/2024 23:59", "submitted_at is not before the month"));
        column("policies_count", "2", new Fault(null, "policies_count is given"),
                new Fault("-1", "policies_count is a whole number of zero or more"));
        column("activities_count", "12.500", new Fault(null, "activities_count is given"),
                new Fault("12.50", "activities_count is a whole number of zero or more"));
        column("has_data", "ya", new Fault(null, "has_data is given"), new Fault("maybe", "has_data is of the form of bad.boolean"));
        column("has_agenda", "tidak", new Fault(null, "has_agenda is given"), new Fault("2", "has_agenda is of the form of bad.boolean"));
    }

    private static void column(String name, String valid, Fault... faults) {
        List<Object> options = new ArrayList<>();
        options.add(valid);
        options.addAll(List.of(faults));
        COLUMNS.put(name, options);
    }

    /**
     * The fault order of reports.csv as SPEC 1.3 and 1.7 give it and PCM has always reported it, written
     * out here so that a change of the list's order fails this test.
     */
    private static final List<String> ORDER = List.of(
            "the record has the header's number of fields",
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

    @Test
    void theListIsTheFileFaultOrder() {
        assertEquals(ORDER, ReportRules.rules(Fixtures.MONTH, Fixtures.agencies(), new SeenKeys()).stream().map(Rule::name).toList());
    }

    @Test
    void theRejectIsTheFirstRuleInTheListThatARowBreaks() {
        List<Rule<ReportRules.ReportDraft>> list = ReportRules.rules(Fixtures.MONTH, Fixtures.agencies(), new SeenKeys());
        List<String> order = ORDER;
        // each column picks its valid value most of the time, so that rows with one, two or no faults are common
        qt().withExamples(3000).forAll(lists().of(integers().between(0, 11)).ofSize(COLUMNS.size() + 1)).checkAssert(picks -> {
            ReportRules rules = new ReportRules(Fixtures.MONTH, Fixtures.agencies());
            rules.check(TestRows.row("reports.csv", 2, "report_id", "R-SEEN", "agency_id", Fixtures.KEMKES, "period", "2024-09",
                    "submitted_at", "2024-10-03T10:00:00+07:00", "policies_count", "1", "activities_count", "1",
                    "has_data", "ya", "has_agenda", "ya"));
            List<String> values = new ArrayList<>();
            String expected = null;
            int i = 0;
            for (Map.Entry<String, List<Object>> column : COLUMNS.entrySet()) {
                List<Object> options = column.getValue();
                int pick = picks.get(i++);
                Object option = pick < 12 - (options.size() - 1) * 2 ? options.get(0) : options.get(1 + pick % (options.size() - 1));
                String value = option instanceof Fault fault ? fault.value() : (String) option;
                if (option instanceof Fault fault && (expected == null || order.indexOf(fault.rule()) < order.indexOf(expected))) {
                    expected = fault.rule();
                }
                if (value != null) {
                    values.add(column.getKey());
                    values.add(value);
                }
            }
            boolean malformed = picks.get(i) == 0;
            TestRow row = malformed ? TestRows.malformed("reports.csv", 3, 7, 8, values.toArray(String[]::new))
                    : TestRows.row("reports.csv", 3, values.toArray(String[]::new));
            if (malformed) {
                expected = "the record has the header's number of fields";
            }
            Checked<PeriodicReport> checked = rules.check(row);
            if (expected == null) {
                assertTrue(checked.isAccepted(), () -> "a row without faults is accepted: " + checked.reject());
                return;
            }
            String broken = expected;
            Rule<ReportRules.ReportDraft> rule = list.stream().filter(r -> r.name().equals(broken)).findFirst().orElseThrow();
            assertEquals(rule.code(), checked.reject() == null ? null : checked.reject().code(), () -> row + " " + checked);
            assertEquals(rule.column(), checked.reject().column(), () -> row + " " + checked);
        });
    }
}
