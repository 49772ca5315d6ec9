package id.go.pcm;

import java.util.List;
import java.util.Objects;

/**
 * What became of one of the month's files (the {@code inputs} object of SPEC 4 and 10.1): the file as
 * the month knows it, whatever its form, and the files its rows were read from.
 *
 * @param file           the file's name as SPEC 1 gives it ({@code dissemination.csv}, {@code types.csv}),
 *                       whether it was read from CSV or from a workbook
 * @param rows           records after the header, blank lines not counted, from all its files
 * @param accepted       rows accepted (superseded reports included)
 * @param rejected       rows rejected
 * @param unknownColumns header columns PCM does not know, ignored
 * @param files          the files read, in reading order, each as rejects name it
 *                       ({@code dissemination.xlsx}); none for rows that came from no file
 */
public record InputSummary(String file, long rows, long accepted, long rejected, List<String> unknownColumns,
                           List<SourceFile> files) {

    /**
     * One file that rows of a month's file were read from (SPEC 10.1's {@code files}).
     *
     * @param file   its name as rejects name it: {@code dissemination.csv}, {@code dissemination.xlsx}
     * @param sha256 the SHA-256 of its bytes, lower-case hexadecimal
     * @param rows   the rows read from it
     */
    public record SourceFile(String file, String sha256, long rows) {

        /**
         * Checks that the file is named and has its checksum.
         *
         * @param file   its name as rejects name it
         * @param sha256 the SHA-256 of its bytes
         * @param rows   the rows read from it
         */
        public SourceFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * Checks that every row ended accepted or rejected.
     *
     * @param file           the file's name as SPEC 1 gives it
     * @param rows           records after the header, blank lines not counted
     * @param accepted       rows accepted (superseded reports included)
     * @param rejected       rows rejected
     * @param unknownColumns header columns PCM does not know, ignored
     * @param files          the files read, in reading order
     * @throws IllegalArgumentException when accepted + rejected differs from rows
     */
    public InputSummary {
        Objects.requireNonNull(file, "file");
        unknownColumns = List.copyOf(unknownColumns);
        files = List.copyOf(files);
        if (accepted + rejected != rows) {
            throw new IllegalArgumentException(file + ": " + accepted + " accepted + " + rejected
                    + " rejected != " + rows + " rows");
        }
    }

    /**
     * The summary of rows read from one file under the month's name for it, or from no file.
     *
     * @param file           the file name
     * @param sha256         the SHA-256 of its bytes, lower-case hexadecimal, or {@code null} for rows that came from no file
     * @param rows           records after the header, blank lines not counted
     * @param accepted       rows accepted (superseded reports included)
     * @param rejected       rows rejected
     * @param unknownColumns header columns PCM does not know, ignored
     * @throws IllegalArgumentException when accepted + rejected differs from rows
     */
    public InputSummary(String file, String sha256, long rows, long accepted, long rejected, List<String> unknownColumns) {
        this(file, rows, accepted, rejected, unknownColumns,
                sha256 == null ? List.of() : List.of(new SourceFile(file, sha256, rows)));
    }

    /**
     * @return the SHA-256 of the one file the rows were read from, or {@code null} when they were read
     *         from several files or from none (SPEC 10.1: then each of {@link #files()} has its own)
     */
    public String sha256() {
        return files.size() == 1 ? files.get(0).sha256() : null;
    }

    /**
     * @return the name of the one file the rows were read from, as rejects name it
     *         ({@code dissemination.xlsx}); else (several files, or none) the month's name for it, {@link #file()}
     */
    public String readFrom() {
        return files.size() == 1 ? files.get(0).file() : file;
    }

    /** @return rejected / rows, 0 for a file without rows */
    public double rejectRatio() {
        return rows == 0 ? 0 : (double) rejected / rows;
    }

    /** @return 100 × rejected / rows, or {@code null} for a file without rows */
    public Double rejectedPct() {
        return id.go.pcm.internal.evaluation.Scoring.percent(rejected, rows);
    }
}
