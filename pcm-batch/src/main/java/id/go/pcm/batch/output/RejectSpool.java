package id.go.pcm.batch.output;

import id.go.pcm.validation.Reject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rejects of one input file as its step finds them, in a working file; {@link RejectsFile}
 * joins the five into {@code pcm-rejects-YYYY-MM.csv}. Memory stays flat however many rows are rejected.
 */
public final class RejectSpool implements AutoCloseable {

    /** The columns of the rejects file (SPEC 3). */
    public static final String[] HEADER = {"file", "line", "record_id", "rule", "column", "message_id", "message_en"};

    /** How many of a file's rejected rows are kept for the report's data-quality section. */
    public static final int FIRST_KEPT = 50;

    private final Path path;
    private final CSVPrinter printer;
    private final Map<String, Long> byRule = new TreeMap<>();
    private final List<Reject> first = new ArrayList<>();
    private long count;

    /**
     * Starts a spool, replacing any left by an interrupted run.
     *
     * @param path the working file
     */
    public RejectSpool(Path path) {
        this.path = path;
        try {
            // a killed run's spool (or whatever sits at the name) is replaced, never written through
            Files.deleteIfExists(path);
            BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            this.printer = new CSVPrinter(writer, format());
        } catch (IOException e) {
            throw new OutputWriteException(path, e);
        }
    }

    /** Prints one reject as the rejects file's row, neutralising text that a spreadsheet would run as a formula. */
    static void printRecord(CSVPrinter printer, Reject reject) throws IOException {
        printer.printRecord(SafeCell.of(reject.file()), reject.line(), SafeCell.of(reject.recordId()),
                reject.code().name(), SafeCell.of(reject.column()), SafeCell.of(reject.messageId()),
                SafeCell.of(reject.messageEn()));
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
            printRecord(printer, reject);
            count++;
            byRule.merge(reject.code().name(), 1L, Long::sum);
            if (first.size() < FIRST_KEPT) {
                first.add(reject);
            }
        } catch (IOException e) {
            throw new OutputWriteException(path, e);
        }
    }

    /** @return the rejects recorded */
    public long count() {
        return count;
    }

    /** @return what the report shows of this file's rejects: counts by rule and the first rows, as rejected */
    public Tally tally() {
        return new Tally(Collections.unmodifiableMap(new TreeMap<>(byRule)), List.copyOf(first));
    }

    /**
     * One file's rejects in brief, kept while spooling so the report need not read the spool back.
     *
     * @param byRule rejected rows by rule code, in code order
     * @param first  the first {@value #FIRST_KEPT} rejected rows, in line order
     */
    public record Tally(Map<String, Long> byRule, List<Reject> first) {
    }

    /** @return the working file */
    public Path path() {
        return path;
    }

    /**
     * Writes out what is buffered and closes the file.
     *
     * @throws OutputWriteException when the rest cannot be written (the disk is full): the spool is then incomplete
     */
    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new OutputWriteException(path, e);
        }
    }
}
