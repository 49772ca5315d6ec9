package id.go.pcm;

import java.util.List;

/**
 * What became of one input file (the {@code inputs} object of SPEC 4).
 *
 * @param file           the file name
 * @param sha256         the SHA-256 of its bytes, lower-case hexadecimal
 * @param rows           records after the header, blank lines not counted
 * @param accepted       rows accepted (superseded reports included)
 * @param rejected       rows rejected
 * @param unknownColumns header columns PCM does not know, ignored
 */
public record InputSummary(String file, String sha256, long rows, long accepted, long rejected,
                           List<String> unknownColumns) {

    /**
     * Checks that every row ended accepted or rejected.
     *
     * @param file the file name
     * @param sha256 the SHA-256 of its bytes, lower-case hexadecimal
     * @param rows records after the header, blank lines not counted
     * @param accepted rows accepted (superseded reports included)
     * @param rejected rows rejected
     * @param unknownColumns header columns PCM does not know, ignored
     * @throws IllegalArgumentException when accepted + rejected differs from rows
     */
    public InputSummary {
        unknownColumns = List.copyOf(unknownColumns);
        if (accepted + rejected != rows) {
            throw new IllegalArgumentException(file + ": " + accepted + " accepted + " + rejected
                    + " rejected != " + rows + " rows");
        }
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
