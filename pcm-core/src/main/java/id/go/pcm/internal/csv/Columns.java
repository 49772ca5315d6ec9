package id.go.pcm.internal.csv;

import id.go.pcm.csv.UnusableFileException;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Checks a header's names as SPEC 1.1 has them, for a CSV file and a workbook's sheet alike: a
     * known column named twice refuses the file; unknown ones are listed.
     *
     * @param file   the file's name, for the refusal
     * @param line   the header's line or row
     * @param header the header's names, trimmed and lower case; empty for an empty cell
     * @return the unknown columns, in header order
     * @throws UnusableFileException when a known column is named twice
     */
    public Set<String> unknownIn(String file, long line, List<String> header) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        List<String> known = all();
        for (String column : header) {
            if (!seen.add(column) && known.contains(column)) {
                throw new UnusableFileException(file, line, "file.duplicate_column", column);
            }
            if (!known.contains(column) && !column.isEmpty()) {
                unknown.add(column);
            }
        }
        return Collections.unmodifiableSet(unknown);
    }
}
