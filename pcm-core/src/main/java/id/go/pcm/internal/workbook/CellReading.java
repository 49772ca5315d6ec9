package id.go.pcm.internal.workbook;

import id.go.pcm.internal.Fault;
import id.go.pcm.internal.csv.Text;
import id.go.pcm.validation.RejectCode;
import org.dhatim.fastexcel.reader.Cell;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workbook cell as a column reads it (SPEC 10.1, "What is a value" and "Values as the rules read
 * them"): text trimmed with Excel's {@code _xHHHH_} escapes decoded, a date-time in a date format as
 * the text the column's rule reads ({@code 2024-09-03T10:15:00}, {@code 2024-09-03}, {@code 2024-09}),
 * a number as its digits or its shortest decimal, a boolean as {@code true}/{@code false}; or a fault
 * of the cell in that column, or the reason the cell is empty.
 */
final class CellReading {

    /** Whole numbers below 2^53 are exact in a double, and so are their digits. */
    private static final double EXACT_WHOLE = 9_007_199_254_740_992d;
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal FIRST_REAL_DATE = BigDecimal.valueOf(61);
    /** More days than lie between 1899 and the end of 9999, so that the seconds cannot overflow. */
    private static final BigDecimal PAST_9999 = BigDecimal.valueOf(3_000_000);
    private static final LocalDateTime EPOCH_1900 = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final LocalDateTime EPOCH_1904 = LocalDateTime.of(1904, 1, 1, 0, 0);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    /** What Excel shows for an error; a formula's saved text is taken for one when it is one of these. */
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
            "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!");

    private CellReading() {
    }

    /**
     * What a cell holds for a column.
     *
     * @param text         the value as the rules read it, or {@code null}
     * @param fault        the cell's fault in its column, or {@code null}
     * @param numberAsText whether the text is a number's, in a column read as text
     * @param noResult     whether the cell is a formula without a saved result
     */
    record Reading(String text, Fault fault, boolean numberAsText, boolean noResult) {
        static final Reading EMPTY = new Reading(null, null, false, false);
        static final Reading NO_RESULT = new Reading(null, null, false, true);

        static Reading text(String text) {
            return text == null ? EMPTY : new Reading(text, null, false, false);
        }

        static Reading fault(Fault fault) {
            return new Reading(null, fault, false, false);
        }
    }

    /**
     * @param cell   the cell, or {@code null} when the row has none there
     * @param column the column, lower case
     * @param kind   how the column reads cells
     * @param formats  what each number format says, by format id: a cache the caller keeps per workbook
     * @param date1904 whether the workbook counts days from 1904
     * @return what the cell holds for the column
     */
    static Reading read(Cell cell, String column, ColumnKind kind, Map<Integer, CellFormat> formats, boolean date1904) {
        if (cell == null) {
            return Reading.EMPTY;
        }
        Object value = cell.getValue();
        switch (cell.getType()) {
            case EMPTY:
                return Reading.EMPTY;
            case STRING:
                return Reading.text(text(value));
            case BOOLEAN:
                return Reading.text(String.valueOf(value));
            case ERROR:
                return Reading.fault(error(column, String.valueOf(value)));
            case NUMBER:
                return number((BigDecimal) value, cell, column, kind, formats, date1904);
            case FORMULA:
                if (value == null) {
                    return Reading.NO_RESULT;
                }
                if (value instanceof BigDecimal number) {
                    return number(number, cell, column, kind, formats, date1904);
                }
                if (value instanceof Boolean) {
                    return Reading.text(value.toString());
                }
                String shown = String.valueOf(value);
                return ERRORS.contains(shown) ? Reading.fault(error(column, shown)) : Reading.text(text(shown));
            default:
                throw new IllegalStateException("a cell type fastexcel did not have: " + cell.getType());
        }
    }

    /**
     * @param cell a cell
     * @return whether it holds a value (SPEC 10.1): a number, a boolean, an error, or text not empty once trimmed
     */
    static boolean hasValue(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return false;
        }
        Object value = cell.getValue();
        return !(value instanceof String text) || Text.trimToNull(text) != null;
    }

    /**
     * A cell's text, for a header: what a text column would read.
     *
     * @param cell the cell, or {@code null}
     * @return its text, trimmed; {@code null} when it has none
     */
    static String headerText(Cell cell) {
        return hasValue(cell) ? read(cell, "", ColumnKind.TEXT, new java.util.HashMap<>(), false).text() : null;
    }

    /** Text trimmed, with Excel's {@code _xHHHH_} escapes decoded ({@code _x000D_} a carriage return). */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.indexOf("_x") >= 0) {
            Matcher escape = ESCAPE.matcher(text);
            StringBuilder decoded = new StringBuilder(text.length());
            while (escape.find()) {
                escape.appendReplacement(decoded, Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
            }
            escape.appendTail(decoded);
            text = decoded.toString();
        }
        return Text.trimToNull(text);
    }

    private static Reading number(BigDecimal value, Cell cell, String column, ColumnKind kind, Map<Integer, CellFormat> formats,
                                  boolean date1904) {
        Integer id = cell.getDataFormatId();
        CellFormat format = id == null ? CellFormat.NUMBER : formats.computeIfAbsent(id, i -> CellFormat.of(i, cell.getDataFormatString()));
        if (format.date()) {
            return dateTime(value, format, column, kind, date1904);
        }
        double number = value.doubleValue();
        String text = decimal(number);
        boolean whole = Math.rint(number) == number && Math.abs(number) < EXACT_WHOLE;
        if (kind == ColumnKind.INTEGER && !whole) {
            return Reading.fault(Fault.of(RejectCode.BAD_VALUE, column, "cell.not_whole", column, text));
        }
        return new Reading(text, null, kind.readsText(), false);
    }

    /**
     * A number as SPEC 10.1 writes it: a whole number below 2^53 as its digits, any other as the shortest
     * decimal that reads back to the same double, in plain notation ({@code 2.5}, {@code 0.00001}).
     *
     * @param number the number
     * @return its text
     */
    static String decimal(double number) {
        if (Math.rint(number) == number && Math.abs(number) < EXACT_WHOLE) {
            return Long.toString((long) number);
        }
        BigDecimal exact = new BigDecimal(number);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == number) {
                return rounded.stripTrailingZeros().toPlainString();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    private static Reading dateTime(BigDecimal days, CellFormat format, String column, ColumnKind kind, boolean date1904) {
        String number = days.stripTrailingZeros().toPlainString();
        if (format.elapsed()) {
            return Reading.fault(Fault.of(RejectCode.BAD_VALUE, column, "cell.elapsed", column, number));
        }
        if (days.compareTo(FIRST_REAL_DATE) < 0) {
            return Reading.fault(Fault.of(RejectCode.BAD_VALUE, column, "cell.date_too_early", column, number));
        }
        if (days.compareTo(PAST_9999) > 0) {
            return Reading.fault(Fault.of(RejectCode.BAD_VALUE, column, "cell.date_too_late", column, number));
        }
        BigDecimal seconds = days.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP);
        // on the calendar alone: a LocalDateTime knows no zone, so Jakarta's 1899 offset plays no part
        LocalDateTime local = (date1904 ? EPOCH_1904 : EPOCH_1900).plusSeconds(seconds.longValueExact());
        if (local.getYear() > 9999) {
            return Reading.fault(Fault.of(RejectCode.BAD_VALUE, column, "cell.date_too_late", column, number));
        }
        String shown = local.format(SHOWN);
        return switch (kind) {
            case TIMESTAMP -> format.hour() ? Reading.text(local.format(LOCAL))
                    : Reading.fault(Fault.of(RejectCode.BAD_VALUE, column, "cell.date_without_time", column, local.toLocalDate().toString()));
            case DATE -> Reading.text(local.toLocalDate().toString());
            case PERIOD -> Reading.text(local.toLocalDate().toString().substring(0, 7));
            default -> Reading.fault(Fault.of(kind.misplaced(), column, "cell.misplaced_date", column, shown));
        };
    }

    /** An error cell (SPEC 10.1): {@code BAD_VALUE} in its column, whatever the column. */
    private static Fault error(String column, String shown) {
        return Fault.of(RejectCode.BAD_VALUE, column, "cell.error", column, shown);
    }
}
