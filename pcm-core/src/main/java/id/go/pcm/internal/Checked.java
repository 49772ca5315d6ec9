package id.go.pcm.internal;

import id.go.pcm.validation.Reject;

import java.util.Objects;

/**
 * The outcome of checking one row: the accepted value, or the reject that names its fault.
 *
 * @param <T> the accepted value's type
 * @param value  the accepted value, or {@code null} when rejected
 * @param reject the reject, or {@code null} when accepted
 */
public record Checked<T>(T value, Reject reject) {

    /**
     * Checks that exactly one side is present.
     *
     * @param value  the accepted value, or {@code null} when rejected
     * @param reject the reject, or {@code null} when accepted
     * @throws IllegalArgumentException when both or neither are given
     */
    public Checked {
        if ((value == null) == (reject == null)) {
            throw new IllegalArgumentException("exactly one of value and reject must be given");
        }
    }

    /**
     * An accepted row.
     *
     * @param value the accepted value
     * @param <T>   its type
     * @return the outcome
     */
    public static <T> Checked<T> accepted(T value) {
        return new Checked<>(Objects.requireNonNull(value, "value"), null);
    }

    /**
     * A rejected row.
     *
     * @param reject the reject
     * @param <T>    the type an accepted row would have had
     * @return the outcome
     */
    public static <T> Checked<T> rejected(Reject reject) {
        return new Checked<>(null, Objects.requireNonNull(reject, "reject"));
    }

    /** @return whether the row was accepted */
    public boolean isAccepted() {
        return value != null;
    }
}
