package id.go.pcm.batch.output;

import id.go.pcm.validation.Reject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rejects of one input file as its step finds them, in a working file; {@link RejectsFile}
 * joins the five into {@code pcm-rejects-YYYY-MM.csv}. Memory stays flat however many rows are rejected.
 */
public final class RejectSpool implements AutoCloseable {

    /** The columns of the rejects file (SPEC 3). */
    public static final String[] HEADER = {"file", "line", "record_id", "rule", "column", "message_id", "message_en"};

    private final Path path;
    private final CSVPrinter printer;
    private long count;

    /**
     * Starts a spool, replacing any left by an interrupted run.
     *
     * @param path the working file
     */
    public RejectSpool(Path path) {
        this.path = path;
        try {
            BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(writer, format());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    }

    /**
     * Records a reject, neutralising text that a spreadsheet would run as a formula.
     *
     * @param reject the reject
     */
    public void add(Reject reject) {
        try {
            printer.printRecord(SafeCell.of(reject.file()), reject.line(), SafeCell.of(reject.recordId()),
                    reject.code().name(), SafeCell.of(reject.column()), SafeCell.of(reject.messageId()),
                    SafeCell.of(reject.messageEn()));
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** @return the rejects recorded */
    public long count() {
        return count;
    }

    /** @return the working file */
    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
