package id.go.pcm.internal.workbook;

import id.go.pcm.Fixtures;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.internal.Checked;
import id.go.pcm.internal.rules.AgencyRules;
import id.go.pcm.internal.rules.ReportRules;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static id.go.pcm.internal.workbook.TestWorkbook.bool;
import static id.go.pcm.internal.workbook.TestWorkbook.error;
import static id.go.pcm.internal.workbook.TestWorkbook.formula;
import static id.go.pcm.internal.workbook.TestWorkbook.inline;
import static id.go.pcm.internal.workbook.TestWorkbook.merged;
import static id.go.pcm.internal.workbook.TestWorkbook.number;
import static id.go.pcm.internal.workbook.TestWorkbook.row;
import static id.go.pcm.internal.workbook.TestWorkbook.sharedCell;
import static id.go.pcm.internal.workbook.TestWorkbook.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of cell of SPEC 10.1 as the rules read it, in a {@code reports} sheet (timestamps, a month,
 * counts, booleans, ids) and an {@code agencies} sheet (dates, region codes): the values accepted, and
 * the faults at the column's own place in the file's fault order.
 */
class WorkbookCellsTest {

    private static final String[] REPORT_HEADER = {"report_id", "agency_id", "period", "submitted_at", "policies_count",
            "activities_count", "has_data", "has_agenda"};
    private static final String[] REPORT = {"R-1", "KEMKES", "2024-09", "2024-10-03T10:00:00+07:00", "2", "12.500", "ya", "tidak"};

    @TempDir
    Path dir;

    /** A reports sheet of one row whose cells are the text of {@link #REPORT}, but for those given (column letter → cell XML). */
    private Checked<PeriodicReport> report(TestWorkbook workbook, String... replaced) throws IOException {
        return reports(workbook, "", replaced).get(0);
    }

    private List<Checked<PeriodicReport>> reports(TestWorkbook workbook, String tail, String... replaced) throws IOException {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < REPORT.length; c++) {
            String ref = TestWorkbook.ref(c, 2);
            String cell = inline(ref, REPORT[c]);
            for (int i = 0; i < replaced.length; i += 2) {
                if (replaced[i].equals(ref.substring(0, 1))) {
                    cell = replaced[i + 1];
                }
            }
            if (cell != null) {
                cells.add(cell);
            }
        }
        workbook.sheet("reports", null, texts(1, REPORT_HEADER) + row(2, cells.toArray(new String[0])) + extraRows, tail);
        extraRows = "";
        ReportRules rules = new ReportRules(Fixtures.MONTH, Fixtures.agencies());
        return WorkbookFileTest.check(workbook.write(dir.resolve("reports.xlsx")), ReportRules.COLUMNS, List.of(), rules::check);
    }

    private String extraRows = "";

    private static Reject rejected(Checked<?> checked, RejectCode code, String column, String says) {
        assertFalse(checked.isAccepted(), "accepted");
        Reject reject = checked.reject();
        assertEquals(code, reject.code(), reject::toString);
        assertEquals(column, reject.column(), reject::toString);
        assertEquals("reports.xlsx", reject.file());
        assertTrue(reject.messageEn().contains(says), reject.messageEn());
        assertFalse(reject.messageId().isBlank());
        return reject;
    }

    private static PeriodicReport accepted(Checked<PeriodicReport> checked) {
        assertTrue(checked.isAccepted(), () -> String.valueOf(checked.reject()));
        return checked.value();
    }

    private static OffsetDateTime wib(String local) {
        return OffsetDateTime.parse(local + "+07:00");
    }

    // --- dates and times ---

    @Test
    void aNumberInADateTimeFormatIsAMomentInTheOfficesZone() throws IOException {
        TestWorkbook workbook = new TestWorkbook();
        int style = workbook.style("dd/mm/yyyy hh:mm");
        // 45568 is 2024-10-03; .4375 of a day is 10:30
        PeriodicReport report = accepted(report(workbook, "D", number("D2", "45568.4375", style)));
        assertEquals(wib("2024-10-03T10:30:00").toInstant(), report.submittedAt());

        TestWorkbook builtIn = new TestWorkbook();
        assertEquals(wib("2024-10-03T10:30:00").toInstant(),
                accepted(report(builtIn, "D", number("D2", "45568.4375", builtIn.style(22)))).submittedAt());
    }

    @Test
    void secondsAreRoundedHalfUpOnTheCalendarAlone() throws IOException {
        TestWorkbook workbook = new TestWorkbook();
        int style = workbook.style("yyyy-mm-dd hh:mm:ss");
        // 45568 + 0.5 s: 0.5/86400 = 0.000005787037037...; a half second rounds up
        assertEquals(wib("2024-10-03T00:00:01").toInstant(),
                accepted(report(workbook, "D", number("D2", "45568.00000578703704", style))).submittedAt());
    }

    @Test
    void theWorkbooks1904DateSystemCountsFrom1904() throws IOException {
        TestWorkbook workbook = new TestWorkbook().date1904();
        int style = workbook.style(22);
        assertEquals(wib("2024-10-03T10:30:00").toInstant(),
                accepted(report(workbook, "D", number("D2", String.valueOf(45568.4375 - 1462), style))).submittedAt());
    }

    @Test
    void aTimestampInADateFormatWithoutAnHourIsRefusedToAddTheTime() throws IOException {
        TestWorkbook workbook = new TestWorkbook();
        rejected(report(workbook, "D", number("D2", "45568", workbook.style(14))), RejectCode.BAD_VALUE, "submitted_at",
                "add the time");
    }

    @Test
    void aDateInThePeriodColumnIsItsMonth() throws IOException {
        TestWorkbook workbook = new TestWorkbook();
        assertEquals(YearMonth.of(2024, 9), accepted(report(workbook, "C", number("C2", "45536", workbook.style("mmm yyyy")))).period());
    }

    @Test
    void aDateWhereNoDateBelongsAdvisesText() throws IOException {
        TestWorkbook workbook = new TestWorkbook();
        rejected(report(workbook, "E", number("E2", "45536", workbook.style(14))), RejectCode.BAD_VALUE, "policies_count",
                "the column as Text");
        TestWorkbook id = new TestWorkbook();
        Reject reject = rejected(report(id, "A", number("A2", "45536", id.style(15))), RejectCode.BAD_VALUE, "report_id",
                "the column as Text");
        assertNull(reject.recordId(), "the id column holds no id");
    }

    @Test
    void datesBefore61ElapsedTimesAndYearsAfter9999AreRefusedInAnyColumn() throws IOException {
        TestWorkbook early = new TestWorkbook();
        rejected(report(early, "D", number("D2", "60.5", early.style(22))), RejectCode.BAD_VALUE, "submitted_at", "1 March 1900");
        TestWorkbook elapsed = new TestWorkbook();
        rejected(report(elapsed, "D", number("D2", "45568.5", elapsed.style("[h]:mm"))), RejectCode.BAD_VALUE, "submitted_at",
                "elapsed-time");
        TestWorkbook builtInElapsed = new TestWorkbook();
        rejected(report(builtInElapsed, "C", number("C2", "45568.5", builtInElapsed.style(46))), RejectCode.BAD_VALUE, "period",
                "elapsed-time");
        TestWorkbook late = new TestWorkbook();
        rejected(report(late, "D", number("D2", "2958466", late.style(22))), RejectCode.BAD_VALUE, "submitted_at", "after the year 9999");
        TestWorkbook lastDay = new TestWorkbook();
        rejected(report(lastDay, "D", number("D2", "2958465.5", lastDay.style(22))), RejectCode.FUTURE, "submitted_at", "");
    }

    @Test
    void aFormatIsADateByItsFirstSectionWithoutQuotesEscapesAndBrackets() {
        assertTrue(CellFormat.of(164, "dd/mm/yyyy").date());
        assertTrue(CellFormat.of(164, "[$-421]dd mmmm yyyy;@").date());
        assertTrue(CellFormat.of(164, "[hh]:mm").date(), "[hh] is no elapsed format, but mm is a month or minute");
        assertFalse(CellFormat.of(164, "[hh]:mm").elapsed());
        assertTrue(CellFormat.of(164, "[H]:MM").elapsed());
        assertFalse(CellFormat.of(164, "\"days\" 0").date());
        assertFalse(CellFormat.of(164, "0\\d").date());
        assertFalse(CellFormat.of(164, "#,##0_s").date());
        assertFalse(CellFormat.of(164, "[Red]#,##0;dd").date(), "only the first section counts");
        assertFalse(CellFormat.of(164, "General").date());
        assertFalse(CellFormat.of(2, "0.00").date());
        assertTrue(CellFormat.of(14, "mm-dd-yy").date());
        assertFalse(CellFormat.of(14, "mm-dd-yy").hour());
        assertTrue(CellFormat.of(20, "h:mm").hour());
        assertTrue(CellFormat.of(47, null).date(), "built-in 45-47 are dates by their id");
        assertFalse(CellFormat.of(27, null).date(), "a locale's built-in format outside 14-22 and 45-47 is not");
    }

    // --- numbers ---

    @Test
    void numbersAreTheirDigitsOrTheirShortestDecimal() {
        assertEquals("12500", CellReading.decimal(12500));
        assertEquals("-3", CellReading.decimal(-3));
        assertEquals("2.5", CellReading.decimal(2.5));
        assertEquals("0.00001", CellReading.decimal(0.00001));
        assertEquals("32.1", CellReading.decimal(32.1));
        assertEquals("0.30000000000000004", CellReading.decimal(0.1 + 0.2));
        assertEquals("9007199254740991", CellReading.decimal(9007199254740991d));
        assertEquals("9007199254740992", CellReading.decimal(9007199254740992d));
        assertEquals("100000000000000000000", CellReading.decimal(1e20));
        assertEquals("282879384806159000", CellReading.decimal(2.82879384806159E17), "shortest, where Java 17 prints more");
    }

    @Test
    void aCountTakesAWholeNumberAndRefusesAFraction() throws IOException {
        assertEquals(3, accepted(report(new TestWorkbook(), "E", number("E2", "3"))).policiesCount());
        rejected(report(new TestWorkbook(), "E", number("E2", "2.5")), RejectCode.BAD_VALUE, "policies_count", "not a whole number");
        rejected(report(new TestWorkbook(), "F", number("F2", "9007199254740992")), RejectCode.BAD_VALUE, "activities_count",
                "not a whole number");
        rejected(report(new TestWorkbook(), "F", number("F2", "-3")), RejectCode.BAD_VALUE, "activities_count", "\"-3\"");
    }

    @Test
    void aNumberInAnIdColumnIsItsText() throws IOException {
        assertEquals("12", accepted(report(new TestWorkbook(), "A", number("A2", "12"))).id());
    }

    @Test
    void aBooleanCellIsTrueOrFalse() throws IOException {
        PeriodicReport report = accepted(report(new TestWorkbook(), "G", bool("G2", true), "H", bool("H2", false)));
        assertTrue(report.hasData());
        assertFalse(report.hasAgenda());
    }

    // --- errors, formulas, merged ranges, text ---

    @Test
    void anErrorIsABadValueInItsColumnAtThatColumnsPlace() throws IOException {
        Reject reject = rejected(report(new TestWorkbook(), "H", error("H2", "#N/A")), RejectCode.BAD_VALUE, "has_agenda",
                "shows the error #N/A");
        assertEquals("R-1", reject.recordId());
        assertEquals(2, reject.line());
        // an earlier column's fault comes first: period is checked before has_agenda
        rejected(report(new TestWorkbook(), "C", null, "H", error("H2", "#N/A")), RejectCode.MISSING_VALUE, "period", "");
        // and an error in the id makes the row's id unreadable, whatever else is wrong
        assertNull(rejected(report(new TestWorkbook(), "A", error("A2", "#REF!"), "C", null), RejectCode.BAD_VALUE, "report_id",
                "#REF!").recordId());
        rejected(report(new TestWorkbook(), "B", formula("B2", "VLOOKUP(X1,Y:Y,1,0)", "e", "#N/A")), RejectCode.BAD_VALUE,
                "agency_id", "#N/A");
    }

    @Test
    void aFormulasSavedResultIsItsValueAndOneWithoutIsEmpty() throws IOException {
        assertEquals("KEMKES", accepted(report(new TestWorkbook(), "B", formula("B2", "UPPER(\"kemkes\")", "str", "KEMKES"))).agencyId());
        assertEquals(7, accepted(report(new TestWorkbook(), "E", formula("E2", "3+4", null, "7"))).policiesCount());
        rejected(report(new TestWorkbook(), "E", formula("E2", "3+4", null, null)), RejectCode.MISSING_VALUE, "policies_count",
                "formula whose result was never saved");
    }

    @Test
    void aMergedRangesValueIsInItsFirstCellOnly() throws IOException {
        TestWorkbook workbook = new TestWorkbook();
        extraRows = texts(3, "R-2", null, "2024-09", "2024-10-03T11:00:00+07:00", "1", "1", "ya", "ya");
        List<Checked<PeriodicReport>> checked = reports(workbook, merged("B2:B3"));
        assertEquals("KEMKES", accepted(checked.get(0)).agencyId());
        Reject reject = rejected(checked.get(1), RejectCode.MISSING_VALUE, "agency_id", "merged range");
        assertTrue(reject.messageEn().contains("(B2)"), reject.messageEn());
        assertEquals("R-2", reject.recordId());
    }

    @Test
    void textHasItsEscapesDecodedAndItsPhoneticRunsDropped() throws IOException {
        assertEquals("R-1", accepted(report(new TestWorkbook(), "A", inline("A2", " R_x002D_1 "))).id());
        TestWorkbook workbook = new TestWorkbook();
        int kemkes = workbook.shared("<r><t>KEM</t></r><r><t>KES</t></r><rPh sb=\"0\" eb=\"3\"><t>けむ</t></rPh>");
        assertEquals("KEMKES", accepted(report(workbook, "B", sharedCell("B2", kemkes))).agencyId());
        assertEquals("a\rb", CellReading.text("a_x000D_b"));
        assertEquals("_x0041_", CellReading.text("_x005F_x0041_"), "Excel writes a literal _x as _x005F_x");
    }

    // --- agencies: dates and region codes ---

    private Checked<Agency> agency(IntFunction<String> regionCell, IntFunction<String> fromCell) throws IOException {
        TestWorkbook workbook = new TestWorkbook();
        String region = regionCell.apply(workbook.style(14));
        String from = fromCell.apply(workbook.style(14));
        workbook.sheet("agencies", texts(1, "agency_id", "name", "type", "parent_id", "region_code", "active_from")
                + texts(2, "PROV-JABAR", "Provinsi Jawa Barat", "PROVINSI", null, "32")
                + row(3, inline("A3", "KAB-X"), inline("B3", "Kabupaten X"), inline("C3", "KABUPATEN"), inline("D3", "PROV-JABAR"),
                region, from));
        AgencyRules rules = new AgencyRules(AgencyTypes.national());
        return WorkbookFileTest.check(workbook.write(dir.resolve("agencies.xlsx")), AgencyRules.COLUMNS, List.of(), rules::check).get(1);
    }

    @Test
    void aRegionCodeTypedAsANumberIsRefusedWithTheAdviceToUseText() throws IOException {
        Checked<Agency> checked = agency(style -> number("E3", "32.1"), style -> "");
        assertEquals(RejectCode.BAD_REGION_CODE, checked.reject().code());
        assertTrue(checked.reject().messageEn().contains("\"32.1\"") && checked.reject().messageEn().contains("the column as Text"),
                checked.reject().messageEn());
        assertTrue(checked.reject().messageId().contains("format kolom sebagai Text"), checked.reject().messageId());
        assertEquals("32.73", agency(style -> inline("E3", "32.73"), style -> "").value().regionCode());
    }

    @Test
    void aDateInARegionCodeIsABadRegionCodeAndADateColumnTakesItsDate() throws IOException {
        Checked<Agency> checked = agency(style -> number("E3", "45536", style), style -> "");
        assertEquals(RejectCode.BAD_REGION_CODE, checked.reject().code());
        assertTrue(checked.reject().messageEn().contains("the column as Text"), checked.reject().messageEn());
        Agency agency = agency(style -> inline("E3", "32.04"), style -> number("F3", "45536", style)).value();
        assertEquals(LocalDate.of(2024, 9, 1), agency.activeFrom());
    }
}
