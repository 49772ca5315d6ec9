package id.go.pcm.batch.check;

import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.validation.Reject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file's rejects as they are found: the first {@value CheckCommand#PRINTED} kept for printing, all counted
 * and, with {@code --output}, written to a working file at once, so that memory stays flat however
 * many rows are rejected (SPEC 6).
 */
final class FileRejects implements AutoCloseable {
    private final Path path;
    private RejectSpool spool;
    private final List<Reject> first = new ArrayList<>();
    private long count;

    /** @param path the working file of {@code --output}, or {@code null} when the rejects are only printed */
    FileRejects(Path path) {
        this.path = path;
        this.spool = path == null ? null : new RejectSpool(path);
    }

    /** @param reject the next reject of the file */
    void add(Reject reject) {
        count++;
        if (first.size() < CheckCommand.PRINTED) {
            first.add(reject);
        }
        if (spool != null) {
            spool.add(reject);
        }
    }

    /** Replaces what was found with the one row of the file's refusal. */
    void refused(Reject refusal) {
        first.clear();
        count = 0;
        if (spool != null) {
            spool.close();
            spool = new RejectSpool(path); // starts the working file afresh
        }
        add(refusal);
    }

    /** @return the first rejects, for printing */
    List<Reject> first() {
        return first;
    }

    /** @return every reject found */
    long count() {
        return count;
    }

    @Override
    public void close() {
        if (spool != null) {
            spool.close();
        }
    }
}
