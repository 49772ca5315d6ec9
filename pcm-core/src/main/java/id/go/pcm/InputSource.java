package id.go.pcm;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file, or one sheet of a workbook, that rows of a month's file are read from (SPEC 10.2): the
 * month folder's own {@code reports.csv} (or {@code .xlsx}), or the {@code reports} sheet of an
 * agency's submission. A month's file is read from its sources in order, as one file.
 *
 * @param path  where the file is
 * @param name  what rejects and the JSON's {@code files} call it: the file's own name
 *              ({@code reports.xlsx}), or a submission's sheet as {@code submissions/A.xlsx#reports}
 * @param sheet the worksheet read, by name, for a submission; {@code null} for a file of its own,
 *              whose sheet (a workbook's) is chosen as SPEC 10.1 says
 */
public record InputSource(Path path, String name, String sheet) {

    /**
     * Checks that the source has its place and name.
     *
     * @param path  where the file is
     * @param name  what rejects call it
     * @param sheet the worksheet read, or {@code null}
     */
    public InputSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }

    /**
     * @param path a file of its own, named as it is
     * @return it as a source
     */
    public static InputSource of(Path path) {
        return new InputSource(path, path.getFileName().toString(), null);
    }
}
