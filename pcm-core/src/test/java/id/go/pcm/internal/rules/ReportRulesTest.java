package id.go.pcm.internal.rules;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.internal.Checked;
import id.go.pcm.Fixtures;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.TestRows.TestRow;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static id.go.pcm.Fixtures.BRIN;
import static id.go.pcm.Fixtures.KEMKES;
import static id.go.pcm.Fixtures.OLD_MINISTRY;
import static id.go.pcm.validation.RejectAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRulesTest {

    private static final String FILE = "reports.csv";

    private final ReportRules rules = new ReportRules(Fixtures.MONTH, Fixtures.agencies());

    private static TestRow report(long line, String id) {
        return TestRows.row(FILE, line,
                "report_id", id,
                "agency_id", KEMKES,
                "period", "2024-09",
                "submitted_at", "2024-10-03T10:00:00+07:00",
                "policies_count", "2",
                "activities_count", "12.500",
                "has_data", "ya",
                "has_agenda", "tidak");
    }

    private static TestRow report(String column, String value) {
        return report(2, "R-1").with(column, value);
    }

    private static void assertAccepted(Checked<PeriodicReport> checked) {
        assertTrue(checked.isAccepted(), () -> "rejected: " + checked.reject());
    }

    // --- accepted rows ---

    @Test
    void acceptedReportCarriesItsValues() {
        Checked<PeriodicReport> checked = rules.check(report(2, "R-1"));

        assertAccepted(checked);
        assertEquals(new PeriodicReport("R-1", KEMKES, YearMonth.of(2024, 9),
                Instant.parse("2024-10-03T03:00:00Z"), 2, 12500, true, false), checked.value());
    }

    @Test
    void dayFirstSubmissionTimeIsReadInWib() {
        Checked<PeriodicReport> checked = rules.check(report("submitted_at", "03/10/2024 10:15"));

        assertEquals(Instant.parse("2024-10-03T03:15:00Z"), checked.value().submittedAt());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"TRUE, FALSE, true, false", "y, n, true, false", "1, 0, true, false", "Tidak, YA, false, true"})
    void booleansAcceptEveryListedForm(String hasData, String hasAgenda, boolean data, boolean agenda) {
        PeriodicReport value = rules.check(report(2, "R-1").with("has_data", hasData).with("has_agenda", hasAgenda)).value();

        assertEquals(data, value.hasData());
        assertEquals(agenda, value.hasAgenda());
    }

    @Test
    void zeroCountsAreAccepted() {
        PeriodicReport value = rules.check(report(2, "R-1").with("policies_count", "0").with("activities_count", "0")).value();

        assertEquals(0, value.policiesCount());
        assertEquals(0, value.activitiesCount());
    }

    @Test
    void resubmissionWithAnotherIdIsAccepted() {
        assertAccepted(rules.check(report(2, "R-1")));
        assertAccepted(rules.check(report(3, "R-2").with("submitted_at", "2024-10-04T10:00:00+07:00")));
    }

    // --- MALFORMED_ROW ---

    @Test
    void malformedRowIsRejectedWithoutId() {
        Checked<PeriodicReport> checked = rules.check(TestRows.malformed(FILE, 9, 7, 8, "report_id", "R-1"));

        assertRejected(checked, FILE, 9, null, RejectCode.MALFORMED_ROW, null, "7", "8");
        assertAccepted(rules.check(report(10, "R-1")));
    }

    // --- MISSING_VALUE ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"report_id", "agency_id", "period", "submitted_at", "policies_count",
            "activities_count", "has_data", "has_agenda"})
    void requiredColumnLeftEmptyIsMissing(String column) {
        Checked<PeriodicReport> checked = rules.check(report(4, "R-1").without(column));

        assertRejected(checked, FILE, 4, column.equals("report_id") ? null : "R-1", RejectCode.MISSING_VALUE, column);
    }

    // --- BAD_VALUE ---

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-9", "09-2024", "2024/09", "2024-13", "2024-00", "September 2024", "202409",
            "2024-09-01", "24-09"})
    void periodNotWrittenYyyyMmIsBadValue(String period) {
        assertRejected(rules.check(report("period", period)), FILE, 2, "R-1", RejectCode.BAD_VALUE, "period",
                "period", period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-10-03", "3 Oktober 2024", "2024-10-32T10:00:00", "03/10/2024 25:00"})
    void submissionTimeOfTheWrongFormIsBadValue(String value) {
        assertRejected(rules.check(report("submitted_at", value)), FILE, 2, "R-1", RejectCode.BAD_VALUE,
                "submitted_at", "submitted_at", value);
    }

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @CsvSource({"policies_count, -1", "policies_count, 2.5", "policies_count, dua", "activities_count, 12.50",
            "activities_count, '12,500'", "activities_count, 1.2345"})
    void countsThatAreNotWholeNumbersOfZeroOrMoreAreBadValue(String column, String value) {
        assertRejected(rules.check(report(column, value)), FILE, 2, "R-1", RejectCode.BAD_VALUE, column, column, value);
    }

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @CsvSource({"has_data, yes", "has_data, benar", "has_agenda, 2", "has_agenda, no"})
    void booleansOtherThanTheListedWordsAreBadValue(String column, String value) {
        assertRejected(rules.check(report(column, value)), FILE, 2, "R-1", RejectCode.BAD_VALUE, column, column, value);
    }

    // --- DUPLICATE_ID ---

    @Test
    void laterRowRepeatingAReportIdIsDuplicate() {
        assertAccepted(rules.check(report(2, "R-1")));

        assertRejected(rules.check(report(3, "R-1")), FILE, 3, "R-1", RejectCode.DUPLICATE_ID, "report_id",
                "report_id", "R-1");
    }

    @Test
    void repeatOfARejectedReportIsStillDuplicate() {
        rules.check(report(2, "R-1").with("agency_id", "NOBODY"));

        assertRejected(rules.check(report(3, "R-1")), FILE, 3, "R-1", RejectCode.DUPLICATE_ID, "report_id");
    }

    @Test
    void duplicateIdIsReportedBeforeOtherFaults() {
        rules.check(report(2, "R-1"));

        assertRejected(rules.check(report(3, "R-1").with("has_data", "mungkin").with("period", "2024-08")),
                FILE, 3, "R-1", RejectCode.DUPLICATE_ID, "report_id");
    }

    @Test
    void reportIdsDifferingOnlyInCaseAreDifferent() {
        assertAccepted(rules.check(report(2, "r-1")));
        assertAccepted(rules.check(report(3, "R-1")));
    }

    // --- UNKNOWN_AGENCY / INACTIVE_AGENCY ---

    @Test
    void agencyNotInTheRegistryIsUnknown() {
        assertRejected(rules.check(report("agency_id", "KEMENKES-X")), FILE, 2, "R-1", RejectCode.UNKNOWN_AGENCY,
                "agency_id", "agency_id", "KEMENKES-X");
    }

    @Test
    void agencyIdIsCaseSensitive() {
        assertRejected(rules.check(report("agency_id", "kemkes")), FILE, 2, "R-1", RejectCode.UNKNOWN_AGENCY,
                "agency_id", "kemkes");
    }

    @Test
    void acceptedAgencyNotActiveInTheMonthIsInactive() {
        assertRejected(rules.check(report("agency_id", OLD_MINISTRY)), FILE, 2, "R-1", RejectCode.INACTIVE_AGENCY,
                "agency_id", OLD_MINISTRY, "2024-09");
    }

    @ParameterizedTest(name = "from {0} until {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "2024-09-30, -, true",
            "2024-10-01, -, false",
            "-, 2024-09-01, true",
            "-, 2024-08-31, false"})
    void agencyIsActiveWhenItsDatesTouchTheMonth(String from, String until, boolean active) {
        AgencyRegistry registry = new AgencyRegistry(Fixtures.SEPTEMBER, AgencyTypes.national(), List.of(new Agency("EDGE", "Instansi Tepi",
                AgencyType.LEMBAGA, null, null, from == null ? null : LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until))));
        Checked<PeriodicReport> checked = new ReportRules(Fixtures.MONTH, registry).check(report("agency_id", "EDGE"));

        if (active) {
            assertAccepted(checked);
        } else {
            assertRejected(checked, FILE, 2, "R-1", RejectCode.INACTIVE_AGENCY, "agency_id", "EDGE");
        }
    }

    @Test
    void agencyWhoseRowWasRejectedIsUnknown() {
        AgencyCheck agencies = AgencyCheck.of(Fixtures.SEPTEMBER,
                TestRows.row("agencies.csv", 2, "agency_id", KEMKES, "name", "Kemenkes", "type", "KEMENTERIAN"),
                TestRows.row("agencies.csv", 3, "agency_id", BRIN, "name", "BRIN", "type", "LEMBAGA",
                "region_code", "32"));
        ReportRules cascade = new ReportRules(Fixtures.MONTH, agencies.registry());

        assertEquals(RejectCode.BAD_REGION_CODE, agencies.rejects().get(0).code());
        assertAccepted(cascade.check(report(2, "R-1")));
        assertRejected(cascade.check(report(3, "R-2").with("agency_id", BRIN)), FILE, 3, "R-2",
                RejectCode.UNKNOWN_AGENCY, "agency_id", BRIN);
    }

    @Test
    void malformedValueIsReportedBeforeAnUnknownAgency() {
        assertRejected(rules.check(report(2, "R-1").with("agency_id", "NOBODY").with("has_agenda", "x")),
                FILE, 2, "R-1", RejectCode.BAD_VALUE, "has_agenda");
    }

    // --- WRONG_PERIOD ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08", "2024-10", "2023-09"})
    void periodOtherThanTheEvaluationMonthIsWrongPeriod(String period) {
        assertRejected(rules.check(report("period", period)), FILE, 2, "R-1", RejectCode.WRONG_PERIOD, "period",
                "period", period, "2024-09");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-09-01T00:00:00+07:00", "2024-08-31T17:00:00Z", "01/09/2024 00:00",
            "2024-09-01T00:00:00"})
    void submissionAtTheMonthsFirstInstantIsAccepted(String submittedAt) {
        assertAccepted(rules.check(report("submitted_at", submittedAt)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-31T23:59:59+07:00", "2024-08-31T16:59:59Z", "31/08/2024 23:59:59",
            "2024-08-15T10:00:00+07:00"})
    void submissionBeforeTheMonthBeganIsWrongPeriod(String submittedAt) {
        assertRejected(rules.check(report("submitted_at", submittedAt)), FILE, 2, "R-1", RejectCode.WRONG_PERIOD,
                "submitted_at", "submitted_at", "2024-09");
    }

    @ParameterizedTest(name = "{0} is for {1}")
    @CsvSource({"period, 2024-08, 2024-08", "period, 2023-09, 2023-09", "submitted_at, 2024-08-31T23:59:59+07:00, 2024-08",
            "submitted_at, 2024-08-31T17:00:00+08:00, 2024-08", "submitted_at, 2024-07-31T17:30:00Z, 2024-08"})
    void wrongPeriodRejectCarriesTheMonthTheRuleRead(String column, String value, String month) {
        // the batch tells a folder of another month by these, without reading the value again
        assertEquals(YearMonth.parse(month), rules.check(report(column, value)).reject().rowMonth());
    }

    @Test
    void rejectsForOtherFaultsCarryNoMonth() {
        assertEquals(null, rules.check(report("period", "2024-13")).reject().rowMonth());
        assertEquals(null, rules.check(report("submitted_at", "2024-10-10T00:00:01+07:00")).reject().rowMonth());
    }

    @Test
    void submissionAfterTheMonthButBeforeAsOfIsAccepted() {
        assertAccepted(rules.check(report("submitted_at", "2024-10-01T00:00:00+07:00")));
        assertAccepted(rules.check(report(3, "R-2").with("submitted_at", "2024-10-09T23:59:59+07:00")));
    }

    @Test
    void periodIsCheckedBeforeTheSubmissionTime() {
        assertRejected(rules.check(report(2, "R-1").with("period", "2024-08")
                        .with("submitted_at", "2024-08-31T10:00:00+07:00")),
                FILE, 2, "R-1", RejectCode.WRONG_PERIOD, "period");
    }

    // --- FUTURE ---

    @Test
    void submissionAtTheAsOfTimeIsAccepted() {
        assertAccepted(rules.check(report("submitted_at", "2024-10-10T00:00:00+07:00")));
    }

    @Test
    void submissionOneSecondAfterAsOfIsFuture() {
        assertRejected(rules.check(report("submitted_at", "2024-10-10T00:00:01+07:00")), FILE, 2, "R-1",
                RejectCode.FUTURE, "submitted_at", "submitted_at", "2024-10-10T00:00:01+07:00");
    }

    @Test
    void submissionAfterAsOfIsFutureInUtcToo() {
        assertRejected(rules.check(report("submitted_at", "2024-10-09T17:00:01Z")), FILE, 2, "R-1",
                RejectCode.FUTURE, "submitted_at");
    }

    @Test
    void submissionAfterAnAsOfInsideTheMonthIsFuture() {
        EvaluationMonth midMonth = Fixtures.monthAsOf("2024-09-20T12:00:00+07:00");
        ReportRules early = new ReportRules(midMonth, Fixtures.agencies());

        assertAccepted(early.check(report("submitted_at", "2024-09-20T12:00:00+07:00")));
        assertRejected(early.check(report(3, "R-2").with("submitted_at", "2024-10-03T10:00:00+07:00")),
                FILE, 3, "R-2", RejectCode.FUTURE, "submitted_at");
    }
}
