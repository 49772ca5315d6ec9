package id.go.pcm.samples;

import id.go.pcm.samples.workbook.Cell;
import id.go.pcm.samples.workbook.WorkbookWriter;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A month file as a workbook ({@code NAME.xlsx}): one sheet named like the file, the header in row 1, and
 * each value in the cell that a clerk's Excel (Indonesian locale, day-first) would hold after the clerk
 * typed the CSV's text into it (docs/decisions.md, "The generator's workbooks"):
 * <ul>
 *   <li>timestamps typed day-first ({@code 03/09/2024 10:15}) become date-times in
 *       {@code dd/mm/yyyy hh:mm}; ISO timestamps with an offset stay text, as Excel leaves them;</li>
 *   <li>dates ({@code 2024-09-03}, {@code 03/09/2024}) become dates in {@code dd/mm/yyyy};</li>
 *   <li>{@code period} ({@code 2024-09}) becomes the month's first day in {@code yyyy-mm};</li>
 *   <li>counts, {@code due_hours}, {@code reach} and {@code engagement} become numbers, those written with
 *       Indonesian thousands separators ({@code 12.500}) in {@code #,##0};</li>
 *   <li>{@code has_data} and {@code has_agenda} become booleans;</li>
 *   <li>everything else (ids, codes, names, enumerations, URLs, hashes) stays text, as in a column
 *       formatted as Text; so does any value that does not read as its column's kind (a clerk's fault).</li>
 * </ul>
 * Text that repeats (the header, enumerations, types, programs, outlets, targets) goes to the
 * shared-strings table as Excel writes it; other text (ids, names, URLs, hashes, timestamps) is written
 * inline, because a shared-strings table is held whole by its writer and its reader: so a 30x month is
 * written with memory flat in the rows, and both kinds of string are read.
 * The CSV path reads every one of these the same as the text it came from.
 */
final class ClerkSheet implements MonthTable {

    private static final DateTimeFormatter DAY_FIRST_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DIGITS = Pattern.compile("\\d{1,15}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");
    /** The text columns whose values repeat: shared strings. */
    private static final java.util.Set<String> REPEATING = java.util.Set.of("type", "parent_type", "program", "priority",
            "targets", "channel", "outlet", "media_type", "sentiment");

    /** What a column holds, as far as Excel's typing goes. */
    enum Kind {
        TEXT, TIMESTAMP, DATE, PERIOD, INTEGER, BOOLEAN;

        static Kind of(String column) {
            return switch (column) {
                case "submitted_at", "issued_at", "published_at" -> TIMESTAMP;
                case "active_from", "active_until" -> DATE;
                case "period" -> PERIOD;
                case "policies_count", "activities_count", "due_hours", "reach", "engagement" -> INTEGER;
                case "has_data", "has_agenda" -> BOOLEAN;
                default -> TEXT;
            };
        }
    }

    /** The workbook this sheet closes, or {@code null} when it is one of several sheets of a workbook closed by its writer. */
    private final WorkbookWriter workbook;
    private final WorkbookWriter.Sheet sheet;
    private final List<String> header;
    private final Kind[] kinds;

    ClerkSheet(Path file, String sheetName, java.time.Instant created, String... header) {
        this(WorkbookWriter.create(file, created), true, sheetName, header);
    }

    private ClerkSheet(WorkbookWriter workbook, boolean owned, String sheetName, String... header) {
        this.header = List.of(header);
        this.kinds = Arrays.stream(header).map(Kind::of).toArray(Kind[]::new);
        this.workbook = owned ? workbook : null;
        this.sheet = workbook.sheet(sheetName);
        sheet.row(this.header.stream().map(Cell::text).toList());
    }

    /**
     * A sheet added to a workbook of several sheets, such as an agency's submission; closing the sheet
     * leaves the workbook open for its next sheet.
     *
     * @param workbook  the workbook, closed by its writer
     * @param sheetName the sheet's name
     * @param header    the columns
     * @return the sheet, its header in row 1
     */
    static ClerkSheet in(WorkbookWriter workbook, String sheetName, String... header) {
        return new ClerkSheet(workbook, false, sheetName, header);
    }

    @Override
    public void row(Object... values) {
        sheet.row(cells(values));
    }

    @Override
    public void brokenRow(String column, Object... values) {
        int at = header.indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        List<Cell> cells = cells(values);
        // A formula a clerk typed and no program calculated: the cell has no saved result, so no value.
        cells.set(at, Cell.formula("UPPER(\"" + text(values[at]).replace("\"", "\"\"") + "\")"));
        sheet.row(cells);
    }

    private List<Cell> cells(Object... values) {
        List<Cell> cells = new ArrayList<>(values.length);
        for (int c = 0; c < values.length; c++) {
            Cell cell = cell(c < kinds.length ? kinds[c] : Kind.TEXT, text(values[c]));
            if (cell instanceof Cell.Text t && (c >= kinds.length || !REPEATING.contains(header.get(c)))) {
                cell = Cell.inlineText(t.value());
            }
            cells.add(cell);
        }
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * @param kind  the column's kind
     * @param value the CSV's text
     * @return the cell a clerk's Excel holds for it, {@code null} for no cell
     */
    static Cell cell(Kind kind, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            switch (kind) {
                case TIMESTAMP -> {
                    if (Character.isDigit(value.charAt(0)) && value.indexOf('/') == 2) {
                        LocalDateTime at = LocalDateTime.parse(value, DAY_FIRST_TIME);
                        return Cell.dateTime(at, at.getSecond() == 0 ? "dd/mm/yyyy hh:mm" : "dd/mm/yyyy hh:mm:ss");
                    }
                }
                case DATE -> {
                    LocalDate date = value.indexOf('/') == 2 ? LocalDate.parse(value, DAY_FIRST_DATE) : LocalDate.parse(value);
                    return Cell.dateTime(date.atStartOfDay(), "dd/mm/yyyy");
                }
                case PERIOD -> {
                    if (PERIOD.matcher(value).matches()) {
                        return Cell.dateTime(YearMonth.parse(value).atDay(1).atStartOfDay(), "yyyy-mm");
                    }
                }
                case INTEGER -> {
                    if (DIGITS.matcher(value).matches()) {
                        return Cell.number(new BigDecimal(value), null);
                    }
                    if (GROUPED.matcher(value).matches()) {
                        return Cell.number(new BigDecimal(value.replace(".", "")), "#,##0");
                    }
                }
                case BOOLEAN -> {
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "true", "ya", "y", "1" -> {
                            return Cell.bool(true);
                        }
                        case "false", "tidak", "n", "0" -> {
                            return Cell.bool(false);
                        }
                        default -> {
                        }
                    }
                }
                case TEXT -> {
                }
            }
        } catch (DateTimeParseException notOfItsKind) {
            // Excel keeps what it cannot read as text; so does the clerk's sheet.
        }
        return Cell.text(value);
    }

    @Override
    public void close() {
        if (workbook != null) {
            workbook.close();
        }
    }
}
