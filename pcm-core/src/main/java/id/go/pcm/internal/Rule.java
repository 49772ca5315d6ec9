package id.go.pcm.internal;

import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One rule of an input file (SPEC 1): its name, the reject code and column of a row that breaks it,
 * the message key, and its check. A file's rules are a {@link RuleList} in SPEC order, and the first
 * rule a row breaks is its reject (SPEC 1.7: one reject, naming a real fault).
 *
 * <p>A check sees the row's {@link Draft}: the values the rules before it have read. A value rule
 * also stores the value it parsed there, so that later rules and the accepted record use it without
 * parsing again.
 *
 * @param name   what the rule says, for people reading a rule list and its tests
 * @param code   the reject code of a row that breaks it
 * @param column the column at fault, or {@code null} when the fault is the whole row's
 * @param key    the message key in {@code id/go/pcm/validation/messages*.properties}
 * @param check  the check
 * @param <D>    the file's draft
 */
public record Rule<D extends Draft>(String name, RejectCode code, String column, String key, Check<? super D> check) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the name, code, key or check is missing
     */
    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(check, "check");
    }

    /**
     * The check of one rule.
     *
     * @param <D> the draft it reads
     */
    @FunctionalInterface
    public interface Check<D extends Draft> {

        /**
         * @param draft the row and the values the earlier rules read
         * @return {@code null} when the row keeps the rule, else what breaks it
         */
        Broken test(D draft);
    }

    /**
     * What breaks a rule: the message arguments and, when the rule read the month the row is for
     * and found it is not the evaluation month, that month. Made only for a row that breaks a rule.
     *
     * @param month the month the row is for, read by a {@code WRONG_PERIOD} rule, else {@code null}
     * @param args  the message arguments, as {@link Fault#of} takes them
     */
    public record Broken(YearMonth month, Object... args) {

        /**
         * @param args the message arguments
         * @return what breaks a rule
         */
        public static Broken because(Object... args) {
            return new Broken(null, args);
        }
    }

    /**
     * The reject of a row that breaks this rule.
     *
     * @param row    the row
     * @param id     its id, or {@code null} when unreadable
     * @param broken what breaks the rule
     * @return the reject, with both messages
     */
    Reject reject(Row row, String id, Broken broken) {
        return Fault.of(code, column, key, broken.args()).reject(row, id, broken.month());
    }
}
