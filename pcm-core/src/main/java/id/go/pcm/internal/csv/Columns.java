package id.go.pcm.internal.csv;

import java.util.List;
import java.util.stream.Stream;

/**
 * The columns a file of SPEC 1 may hold: those it must have, and those it may have.
 * Names are lower case; headers are matched to them case-insensitively after trimming.
 *
 * @param required columns whose absence refuses the file
 * @param optional columns that may be absent
 */
public record Columns(List<String> required, List<String> optional) {

    /**
     * Freezes both lists.
     *
     * @param required columns whose absence refuses the file
     * @param optional columns that may be absent
     */
    public Columns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** @return every known column, required first */
    public List<String> all() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }
}
