package id.go.pcm.internal;

import id.go.pcm.validation.RejectCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import static id.go.pcm.internal.Rule.Broken.because;

/**
 * The rules of a single value's form (SPEC 1.1): a required value is given ({@code MISSING_VALUE}),
 * and a given value has its column's form ({@code BAD_VALUE}). A form rule passes an empty value,
 * which is the presence rule's business, so a required column is {@link #present} followed by its
 * form and an optional column is its form alone. A form rule keeps the value it parsed in the draft.
 */
public final class ValueRules {

    private ValueRules() {
    }

    /**
     * A required value is given.
     *
     * @param column the column
     * @param <D>    the draft
     * @return the rule ({@code MISSING_VALUE})
     */
    public static <D extends Draft> Rule<D> present(String column) {
        return new Rule<>(column + " is given", RejectCode.MISSING_VALUE, column, "missing", new Presence(column));
    }

    /**
     * The check of {@link #present(String)}, a class of its own so that {@link RuleList} can run it
     * without a call: a third of a file's rules are these, and they run for every row.
     *
     * @param column the column
     */
    record Presence(String column) implements Rule.Check<Draft> {
        @Override
        public Rule.Broken test(Draft d) {
            return d.value(column) == null ? because(column) : null;
        }
    }

    /**
     * A required value is given, and kept as it is, for a column whose value has no form of its own
     * (an id that later rules look up).
     *
     * @param column the column
     * @param keep   keeps the value in the draft
     * @param <D>    the draft
     * @return the rule ({@code MISSING_VALUE})
     */
    public static <D extends Draft> Rule<D> present(String column, BiConsumer<D, String> keep) {
        return new Rule<>(column + " is given", RejectCode.MISSING_VALUE, column, "missing", d -> {
            String text = d.value(column);
            if (text == null) {
                return because(column);
            }
            keep.accept(d, text);
            return null;
        });
    }

    /**
     * A text of at most {@code maxLength} characters (code points).
     *
     * @param column    the column
     * @param maxLength the most characters allowed
     * @param keep      keeps the text in the draft
     * @param <D>       the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> text(String column, int maxLength, BiConsumer<D, String> keep) {
        return new Rule<>(column + " has at most " + maxLength + " characters", RejectCode.BAD_VALUE, column, "bad.length",
                d -> {
                    String text = d.value(column);
                    if (text == null) {
                        return null;
                    }
                    int length = Values.length(text);
                    if (length > maxLength) {
                        return because(column, length, maxLength);
                    }
                    keep.accept(d, text);
                    return null;
                });
    }

    /**
     * A text of the whole-value pattern.
     *
     * @param column  the column
     * @param pattern the pattern
     * @param key     the message key explaining the form; its {@code {0}} is the column and {@code {1}} the value
     * @param keep    keeps the text in the draft
     * @param <D>     the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> matching(String column, Pattern pattern, String key, BiConsumer<D, String> keep) {
        return new Rule<>(column + " matches " + pattern, RejectCode.BAD_VALUE, column, key, d -> {
            String text = d.value(column);
            if (text == null) {
                return null;
            }
            if (!pattern.matcher(text).matches()) {
                return because(column, text);
            }
            keep.accept(d, text);
            return null;
        });
    }

    /**
     * A value read by a parser.
     *
     * @param column the column
     * @param parser reads the trimmed text; empty when it is not of the form
     * @param key    the message key explaining the form; its {@code {0}} is the column and {@code {1}} the value
     * @param keep   keeps the value in the draft
     * @param <D>    the draft
     * @param <T>    the value
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft, T> Rule<D> parsed(String column, Function<String, Optional<T>> parser, String key,
                                                       BiConsumer<D, T> keep) {
        return new Rule<>(column + " is of the form of " + key, RejectCode.BAD_VALUE, column, key, d -> {
            String text = d.value(column);
            if (text == null) {
                return null;
            }
            Optional<T> value = parser.apply(text);
            if (value.isEmpty()) {
                return because(column, text);
            }
            keep.accept(d, value.get());
            return null;
        });
    }

    /**
     * A word of an enumeration, by name or synonym, in any case.
     *
     * @param column     the column
     * @param vocabulary the enumeration's words
     * @param keep       keeps the value in the draft
     * @param <D>        the draft
     * @param <E>        the enumeration
     * @return the rule ({@code BAD_VALUE}, its message listing the allowed words)
     */
    public static <D extends Draft, E extends Enum<E>> Rule<D> word(String column, Vocabulary<E> vocabulary, BiConsumer<D, E> keep) {
        Fault.Whole allowed = new Fault.Whole(vocabulary.allowed());
        return new Rule<>(column + " is one of " + allowed, RejectCode.BAD_VALUE, column, "bad.word", d -> {
            String text = d.value(column);
            if (text == null) {
                return null;
            }
            Optional<E> value = vocabulary.find(text);
            if (value.isEmpty()) {
                return because(column, text, allowed);
            }
            keep.accept(d, value.get());
            return null;
        });
    }

    /**
     * A whole number of zero or more ({@code 12500} or {@code 12.500}).
     *
     * @param column the column
     * @param keep   keeps the number in the draft
     * @param <D>    the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> count(String column, BiConsumer<D, Long> keep) {
        return new Rule<>(column + " is a whole number of zero or more", RejectCode.BAD_VALUE, column, "bad.integer", d -> {
            String text = d.value(column);
            if (text == null) {
                return null;
            }
            OptionalLong value = Values.nonNegativeInteger(text);
            if (value.isEmpty()) {
                return because(column, text);
            }
            keep.accept(d, value.getAsLong());
            return null;
        });
    }

    /**
     * A yes/no value.
     *
     * @param column the column
     * @param keep   keeps the value in the draft
     * @param <D>    the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> bool(String column, BiConsumer<D, Boolean> keep) {
        return parsed(column, Values::bool, "bad.boolean", keep);
    }

    /**
     * A timestamp in any form of SPEC 1.1.
     *
     * @param column the column
     * @param zone   the office's zone, in which a time written without an offset is read (SPEC 9.2)
     * @param keep   keeps the instant in the draft
     * @param <D>    the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> timestamp(String column, ZoneId zone, BiConsumer<D, Instant> keep) {
        return parsed(column, Values.timestamps(zone), "bad.timestamp", keep);
    }

    /**
     * A date in any form of SPEC 1.1.
     *
     * @param column the column
     * @param keep   keeps the date in the draft
     * @param <D>    the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> date(String column, BiConsumer<D, LocalDate> keep) {
        return parsed(column, Values::date, "bad.date", keep);
    }
}
