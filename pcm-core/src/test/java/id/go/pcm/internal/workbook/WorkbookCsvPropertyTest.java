package id.go.pcm.internal.workbook;

import id.go.pcm.Fixtures;
import id.go.pcm.internal.Checked;
import id.go.pcm.internal.csv.CsvFile;
import id.go.pcm.internal.rules.ReportRules;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Any row of values written into a workbook as text cells (by another program than the reader: the
 * fastexcel writer) and read back gives the values, and the verdict of the rules, that the CSV path
 * gives for the same text (SPEC 10.1: "Text: as in CSV").
 */
class WorkbookCsvPropertyTest {

    private static final List<String> COLUMNS = ReportRules.COLUMNS.all();
    /** Pieces of values: good ones, near misses, and the characters that make text hard. */
    private static final List<String> PIECES = List.of("R-1", "KEMKES", "BRIN", "2024-09", "2024-10", "2024-10-03T10:00:00+07:00",
            "03/10/2024 10:15", "2", "12.500", "0", "-1", "ya", "tidak", "TRUE", " ", "\u00A0", "\t", ",", "\"", "é", "日本", "𝔸",
            "=1+1", "_", "x", "\n");

    private static final Gen<String> VALUES = lists().of(pick(PIECES)).ofSizeBetween(0, 3).map(pieces -> String.join("", pieces));
    private static final Gen<List<String>> ROWS = lists().of(VALUES).ofSize(COLUMNS.size());

    @Test
    void aRowOfTextCellsReadsAsTheSameRowOfCsv() {
        qt().withExamples(150).forAll(ROWS)
                .assuming(row -> row.stream().anyMatch(v -> !v.isBlank() && !v.strip().equals("\u00A0")))
                .checkAssert(values -> {
                    List<String> csv = only(csvRow(values, WorkbookCsvPropertyTest::read));
                    List<String> workbook = only(workbookRow(values, WorkbookCsvPropertyTest::read));
                    assertEquals(csv, workbook, "values and the rules' verdict on " + values);
                });
    }

    /** A row's values by column, then the rules' verdict, read while its file is open. */
    private static List<String> read(Row row) {
        List<String> read = new ArrayList<>();
        COLUMNS.forEach(column -> read.add(row.value(column)));
        read.add(verdict(row));
        return read;
    }

    private static String verdict(Row row) {
        Checked<PeriodicReport> checked = new ReportRules(Fixtures.MONTH, Fixtures.agencies()).check(row);
        if (checked.isAccepted()) {
            return "accepted " + checked.value();
        }
        Reject reject = checked.reject();
        return reject.line() + " " + reject.recordId() + " " + reject.code() + " " + reject.column() + " " + reject.messageEn();
    }

    private static <T> T only(List<T> rows) {
        assertEquals(1, rows.size(), () -> "rows: " + rows);
        return Objects.requireNonNull(rows.get(0));
    }

    private static List<List<String>> csvRow(List<String> values, Function<Row, List<String>> read) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open("reports.csv", new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                ReportRules.COLUMNS)) {
            for (Row row = csv.nextRow(); row != null; row = csv.nextRow()) {
                rows.add(read.apply(row));
            }
        }
        return rows;
    }

    private static List<List<String>> workbookRow(List<String> values, Function<Row, List<String>> read) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "PCM", "1.0");
            Worksheet sheet = workbook.newWorksheet("reports");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
                if (!values.get(c).isEmpty()) {
                    sheet.value(1, c, values.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = new ArrayList<>();
        // the CSV line of a multi-line value is the line its record starts on: row 2 in both
        try (WorkbookFile workbook = WorkbookFile.open("reports.xlsx", new ByteArrayInputStream(bytes.toByteArray()),
                ReportRules.COLUMNS, List.of())) {
            for (Row row = workbook.nextRow(); row != null; row = workbook.nextRow()) {
                rows.add(read.apply(row));
            }
        }
        return rows;
    }
}
