package id.go.pcm.samples.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One cell as a spreadsheet holds it: text, a number (with the format a clerk would see it in), a
 * date-time (a number in a date format, SPEC 10.1), a boolean, or a formula whose result was never saved.
 */
public sealed interface Cell {

    /** The day from which Excel's 1900 date system counts: serial 0 is 1899-12-30 00:00 (SPEC 10.1). */
    LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    /**
     * @param value the text, written as a string cell whatever it looks like, in the shared-strings table (as
     *              Excel writes every text): for values that repeat (words, names, the header)
     * @return a text cell
     */
    static Cell text(String value) {
        return new Text(value, false);
    }

    /**
     * @param value the text, written inline in the sheet rather than in the shared-strings table, which a
     *              writer (and a reader) holds whole: for values that seldom repeat (ids, URLs), so that memory
     *              stays flat in the rows
     * @return a text cell
     */
    static Cell inlineText(String value) {
        return new Text(value, true);
    }

    /**
     * @param value  the number
     * @param format its number format, or {@code null} for General
     * @return a number cell
     */
    static Cell number(BigDecimal value, String format) {
        return new Number(value, format);
    }

    /**
     * @param value  the local date-time, as the clerk's computer shows it
     * @param format a date format (SPEC 10.1), e.g. {@code dd/mm/yyyy hh:mm}
     * @return the date-time as Excel keeps it: its 1900-system serial number in that format
     */
    static Cell dateTime(LocalDateTime value, String format) {
        long days = ChronoUnit.DAYS.between(EPOCH, value.toLocalDate());
        BigDecimal serial = BigDecimal.valueOf(days * 86_400L + value.toLocalTime().toSecondOfDay())
                .divide(BigDecimal.valueOf(86_400L), java.math.MathContext.DECIMAL64);
        return new Number(serial, Objects.requireNonNull(format, "format"));
    }

    /**
     * @param value the boolean
     * @return a boolean cell ({@code TRUE}/{@code FALSE} in Excel)
     */
    static Cell bool(boolean value) {
        return new Bool(value);
    }

    /**
     * @param formula the formula, without its {@code =}
     * @return a formula cell with no saved result, as a program that never calculated the sheet leaves it
     */
    static Cell formula(String formula) {
        return new Formula(formula);
    }

    /**
     * @param value  the text
     * @param inline whether it is written in the sheet itself rather than in the shared-strings table
     */
    record Text(String value, boolean inline) implements Cell {
        /**
         * @param value  the text
         * @param inline whether it is written in the sheet itself rather than in the shared-strings table
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * @param value  the number
     * @param format its number format, or {@code null} for General
     */
    record Number(BigDecimal value, String format) implements Cell {
        /**
         * @param value  the number
         * @param format its number format, or {@code null} for General
         */
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param value the boolean */
    record Bool(boolean value) implements Cell {
    }

    /** @param formula the formula, without its {@code =} */
    record Formula(String formula) implements Cell {
        /** @param formula the formula, without its {@code =} */
        public Formula {
            Objects.requireNonNull(formula, "formula");
        }
    }
}
