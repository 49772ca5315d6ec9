package id.go.pcm.internal;

import id.go.pcm.agency.AgencyRegistry;
import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.month.EvaluationMonth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a row's values column by column and keeps the first fault found, so that a row with several
 * faults gets one reject naming a real one (SPEC 1.7). Once a fault is found, every further read
 * returns {@code null} and every further check is skipped.
 *
 * <p>A rule reads the values it needs, then asks {@link #ok()}; it is not thread-safe and lives for one row.
 */
public final class Fields {

    private final Row row;
    private Fault fault;

    /**
     * Starts reading a row. A record whose fields do not line up with the header is faulty from the
     * start ({@code MALFORMED_ROW}): none of its values can be trusted, not even its id.
     *
     * @param row the row
     */
    public Fields(Row row) {
        this.row = row;
        if (row.malformed()) {
            fault = Fault.of(RejectCode.MALFORMED_ROW, null, "malformed", row.fieldCount(), row.headerCount());
        }
    }

    /**
     * Reads the row's id: required, and not seen earlier in the same file ({@code DUPLICATE_ID}),
     * whatever became of the earlier row.
     *
     * @param column the id column
     * @param seen   the ids seen so far in the file; this row's id is added to it
     * @return the id as read, even when it repeats an earlier one, or {@code null} when unreadable
     */
    public String id(String column, SeenKeys seen) {
        String id = required(column);
        if (id != null && !seen.add(id)) {
            fail(RejectCode.DUPLICATE_ID, column, "duplicate.id", column, id);
        }
        return id;
    }

    /**
     * The reject for the fault found.
     *
     * @param id the row's id, or {@code null} when unreadable
     * @return the reject naming the first fault
     * @throws IllegalStateException when no fault was found
     */
    public Reject reject(String id) {
        if (fault == null) {
            throw new IllegalStateException("row " + row.file() + ":" + row.line() + " has no fault");
        }
        return fault.reject(row, id);
    }

    /** @return the row being read */
    public Row row() {
        return row;
    }

    /** @return whether no fault has been found so far */
    public boolean ok() {
        return fault == null;
    }

    /** @return the first fault found, or {@code null} */
    public Fault fault() {
        return fault;
    }

    /**
     * Records a fault unless one was found before.
     *
     * @param code   the rule code
     * @param column the column at fault, or {@code null}
     * @param key    the message key
     * @param args   the message arguments
     * @return always {@code null}, so that a read can {@code return fail(...)}
     * @param <T> the type of the read that failed
     */
    public <T> T fail(RejectCode code, String column, String key, Object... args) {
        if (fault == null) {
            fault = Fault.of(code, column, key, args);
        }
        return null;
    }

    /**
     * The raw trimmed value of a column, without any check.
     *
     * @param column the column
     * @return the value, or {@code null} when empty
     */
    public String raw(String column) {
        return row.value(column);
    }

    /**
     * A required text of bounded length.
     *
     * @param column    the column
     * @param maxLength the most characters allowed
     * @return the text, or {@code null} after a fault
     */
    public String text(String column, int maxLength) {
        return checkLength(column, required(column), maxLength);
    }

    /**
     * An optional text of bounded length.
     *
     * @param column    the column
     * @param maxLength the most characters allowed
     * @return the text, or {@code null} when empty or after a fault
     */
    public String optionalText(String column, int maxLength) {
        return checkLength(column, optional(column), maxLength);
    }

    private String checkLength(String column, String text, int maxLength) {
        if (text != null && Values.length(text) > maxLength) {
            return fail(RejectCode.BAD_VALUE, column, "bad.length", column, Values.length(text), maxLength);
        }
        return text;
    }

    /**
     * A required text that must match a pattern.
     *
     * @param column  the column
     * @param pattern the whole-value pattern
     * @param key     the message key explaining the expected form; its {@code {0}} is the column and {@code {1}} the value
     * @return the text, or {@code null} after a fault
     */
    public String matching(String column, Pattern pattern, String key) {
        return checkPattern(column, required(column), pattern, key);
    }

    /**
     * An optional text that must match a pattern when present.
     *
     * @param column  the column
     * @param pattern the whole-value pattern
     * @param key     the message key explaining the expected form
     * @return the text, or {@code null} when empty or after a fault
     */
    public String optionalMatching(String column, Pattern pattern, String key) {
        return checkPattern(column, optional(column), pattern, key);
    }

    private String checkPattern(String column, String text, Pattern pattern, String key) {
        if (text != null && !pattern.matcher(text).matches()) {
            return fail(RejectCode.BAD_VALUE, column, key, column, text);
        }
        return text;
    }

    /**
     * A required value read by a parser.
     *
     * @param column the column
     * @param parser reads the trimmed text; empty when the text is not of the expected form
     * @param key    the message key explaining the expected form; its {@code {0}} is the column and {@code {1}} the value
     * @param <T>    the value type
     * @return the value, or {@code null} after a fault
     */
    public <T> T parsed(String column, Function<String, Optional<T>> parser, String key) {
        return parse(column, required(column), parser, key);
    }

    /**
     * An optional value read by a parser.
     *
     * @param column the column
     * @param parser reads the trimmed text
     * @param key    the message key explaining the expected form
     * @param <T>    the value type
     * @return the value, or {@code null} when empty or after a fault
     */
    public <T> T optionalParsed(String column, Function<String, Optional<T>> parser, String key) {
        return parse(column, optional(column), parser, key);
    }

    private <T> T parse(String column, String text, Function<String, Optional<T>> parser, String key) {
        if (text == null) {
            return null;
        }
        Optional<T> value = parser.apply(text);
        return value.isPresent() ? value.get() : fail(RejectCode.BAD_VALUE, column, key, column, text);
    }

    /**
     * A required enumeration value, by name or synonym.
     *
     * @param column     the column
     * @param vocabulary the enumeration's words
     * @param <E>        the enumeration
     * @return the value, or {@code null} after a fault
     */
    public <E extends Enum<E>> E word(String column, Vocabulary<E> vocabulary) {
        return checkWord(column, required(column), vocabulary);
    }

    /**
     * An optional enumeration value, by name or synonym.
     *
     * @param column     the column
     * @param vocabulary the enumeration's words
     * @param <E>        the enumeration
     * @return the value, or {@code null} when empty or after a fault
     */
    public <E extends Enum<E>> E optionalWord(String column, Vocabulary<E> vocabulary) {
        return checkWord(column, optional(column), vocabulary);
    }

    private <E extends Enum<E>> E checkWord(String column, String text, Vocabulary<E> vocabulary) {
        if (text == null) {
            return null;
        }
        Optional<E> value = vocabulary.find(text);
        return value.isPresent() ? value.get() : fail(RejectCode.BAD_VALUE, column, "bad.word", column, text, new Fault.Whole(vocabulary.allowed()));
    }

    /**
     * A required whole number of zero or more ({@code 12500} or {@code 12.500}).
     *
     * @param column the column
     * @return the number, or {@code null} after a fault
     */
    public Long count(String column) {
        return checkCount(column, required(column));
    }

    /**
     * An optional whole number of zero or more.
     *
     * @param column the column
     * @return the number, or {@code null} when empty or after a fault
     */
    public Long optionalCount(String column) {
        return checkCount(column, optional(column));
    }

    private Long checkCount(String column, String text) {
        if (text == null) {
            return null;
        }
        OptionalLong value = Values.nonNegativeInteger(text);
        return value.isPresent() ? value.getAsLong() : fail(RejectCode.BAD_VALUE, column, "bad.integer", column, text);
    }

    /**
     * A required yes/no value.
     *
     * @param column the column
     * @return the value, or {@code null} after a fault
     */
    public Boolean bool(String column) {
        return parsed(column, Values::bool, "bad.boolean");
    }

    /**
     * A required timestamp.
     *
     * @param column the column
     * @return the instant, or {@code null} after a fault
     */
    public Instant timestamp(String column) {
        return parsed(column, Values::timestamp, "bad.timestamp");
    }

    /**
     * An optional date.
     *
     * @param column the column
     * @return the date, or {@code null} when empty or after a fault
     */
    public LocalDate optionalDate(String column) {
        return optionalParsed(column, Values::date, "bad.date");
    }

    /**
     * The as-of rule shared by every timestamp: none may be after the evaluation time ({@code FUTURE}).
     *
     * @param column  the timestamp's column
     * @param instant the timestamp read from it
     * @param month   the evaluation month and as-of time
     */
    public void requireNotFuture(String column, Instant instant, EvaluationMonth month) {
        if (ok() && month.isFuture(instant)) {
            fail(RejectCode.FUTURE, column, "future", column, instant, month.asOf());
        }
    }

    /**
     * The month rule of timestamps that must fall inside the evaluation month: after the as-of time
     * is {@code FUTURE}, otherwise outside the month is {@code WRONG_PERIOD}.
     *
     * @param column  the timestamp's column
     * @param instant the timestamp read from it
     * @param month   the evaluation month and as-of time
     */
    public void requireInMonth(String column, Instant instant, EvaluationMonth month) {
        requireNotFuture(column, instant, month);
        if (ok() && !month.contains(instant)) {
            fail(RejectCode.WRONG_PERIOD, column, "wrong_period.timestamp", column, instant, month.label());
        }
    }

    /**
     * A required value, empty giving {@code MISSING_VALUE}.
     *
     * @param column the column
     * @return the trimmed value, or {@code null} after a fault
     */
    public String required(String column) {
        if (fault != null) {
            return null;
        }
        String text = row.value(column);
        return text != null ? text : fail(RejectCode.MISSING_VALUE, column, "missing", column);
    }

    private String optional(String column) {
        return fault != null ? null : row.value(column);
    }

    /**
     * The agency rule shared by every file that names an agency: an accepted row of
     * {@code agencies.csv} ({@code UNKNOWN_AGENCY}), active in the month ({@code INACTIVE_AGENCY}).
     *
     * @param agencies the month's accepted agencies
     * @param agencyId the agency id read from the row's {@code agency_id} column
     */
    public void requireActiveAgency(AgencyRegistry agencies, String agencyId) {
        if (!agencies.contains(agencyId)) {
            fail(RejectCode.UNKNOWN_AGENCY, "agency_id", "unknown.agency", agencyId);
        } else if (!agencies.isActive(agencyId)) {
            fail(RejectCode.INACTIVE_AGENCY, "agency_id", "inactive.agency", agencyId, agencies.month());
        }
    }

    /**
     * Reads an optional link column, recording a {@code BAD_VALUE} fault when the link is not
     * acceptable. Evidence and media items take links of the same form.
     *
     * @param column the link column
     * @return the link, or {@code null} when empty or faulty
     */
    public EvidenceUrl url(String column) {
        String text = optionalText(column, Integer.MAX_VALUE);
        if (text == null) {
            return null;
        }
        EvidenceUrl.Reading reading = EvidenceUrl.read(text);
        if (reading.url() != null) {
            return reading.url();
        }
        return switch (reading.problem()) {
            case TOO_LONG -> fail(RejectCode.BAD_VALUE, column, "bad.length", column, Values.length(text), EvidenceUrl.MAX_LENGTH);
            case NOT_HTTP -> fail(RejectCode.BAD_VALUE, column, "bad.url", column, text);
            case USER_INFO -> fail(RejectCode.BAD_VALUE, column, "bad.url.user_info", column);
        };
    }
}
