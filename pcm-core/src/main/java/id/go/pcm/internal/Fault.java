package id.go.pcm.internal;

import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one row: the rule broken, the column at fault, and the message to show,
 * as a key into the reject message catalogue with its arguments.
 *
 * @param code    the stable rule code
 * @param column  the column at fault, or {@code null} when the fault is the whole row's
 * @param key     the message key in {@code id/go/pcm/validation/messages*.properties}
 * @param args    the message arguments, already shortened for display
 */
public record Fault(RejectCode code, String column, String key, List<Object> args) {

    /**
     * Checks the parts and freezes the arguments.
     *
     * @throws NullPointerException when the code or the key is missing
     */
    public Fault {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /**
     * A fault with its message arguments.
     *
     * @param code   the rule code
     * @param column the column at fault, or {@code null}
     * @param key    the message key
     * @param args   the message arguments; long texts are shortened so a message stays readable
     * @return the fault
     */
    public static Fault of(RejectCode code, String column, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i]);
        }
        return new Fault(code, column, key, List.of(shown));
    }

    /**
     * The reject of a row with this fault, with both messages.
     *
     * @param row the row at fault
     * @param id  the row's id, or {@code null} when unreadable
     * @return the reject
     */
    public Reject reject(Row row, String id) {
        return reject(row, id, null);
    }

    /**
     * The reject of a row with this fault, carrying the month the row is for.
     *
     * @param row      the row at fault
     * @param id       the row's id, or {@code null} when unreadable
     * @param rowMonth the month a {@code WRONG_PERIOD} rule read from the row, else {@code null}
     * @return the reject
     */
    public Reject reject(Row row, String id, YearMonth rowMonth) {
        return new Reject(row.file(), row.line(), id, code, column, Messages.INDONESIAN.format(this),
                Messages.ENGLISH.format(this), rowMonth);
    }

    /**
     * PCM's own text, shown whole: a rule's list of allowed words must name every word, while texts
     * copied from a row are shortened.
     *
     * @param text the text
     */
    public record Whole(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * Texts are shortened. Rules give times on the office's clock ({@code SharedRules.onClock}), which
     * only they know; an instant here would be a rule that forgot, so it is refused rather than shown in
     * some zone.
     */
    private static Object shown(Object arg) {
        if (arg instanceof String s) {
            return Messages.shorten(s);
        }
        if (arg instanceof Whole whole) {
            return whole.text();
        }
        if (arg instanceof Instant instant) {
            throw new IllegalArgumentException("an instant has no clock; give it on the office's: " + instant);
        }
        return arg == null ? "" : arg instanceof Number ? arg : arg.toString();
    }
}
