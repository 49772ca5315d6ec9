package id.go.pcm.batch.job.internal;

import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.validation.Row;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A CSV file's rows parsed on a thread of the file's own, ahead of the step that checks them (issue
 * 24): on a 30x month the dissemination step is the last to end, and its thread both parsed the file
 * and checked every row while the other core waited. The checking stays on the step's thread, in file
 * order (duplicates and resubmission ties depend on it); only the parsing moves.
 *
 * <p>The reading thread hands rows over in batches of {@value #BATCH}, at most {@value #BATCHES}
 * batches in flight (it waits when the checking falls behind), so memory stays flat whatever the
 * file's size. The step sees exactly what the file itself would give: the same rows in the same order
 * with their lines, and a fault in the file (not UTF-8 half-way, a quote never closed) thrown as the
 * same exception after the rows before it. {@link #close} stops the reading thread, waits for it to
 * end, and the file is closed.
 *
 * <p>Only for CSV files: a workbook's row consults its sheet while it is checked (merged cells), which
 * another thread must not be reading at the same time. Not thread-safe: one step reads it.
 */
final class ReadAhead implements RowFile {

    /** Rows per hand-over: the queue's cost is paid once per batch, not per row. */
    static final int BATCH = 512;
    /** Batches in flight, the one being filled and the one being checked aside. */
    static final int BATCHES = 4;
    /** The reading threads' names start with it, then the file's name. */
    static final String THREAD_PREFIX = "pcm-read-";

    /**
     * Rows in file order; the last batch also holds how the file ended: its SHA-256 when read to
     * its end, or the fault that stopped the reading.
     */
    private record Batch(Row[] rows, int count, boolean last, String sha256, Throwable fault) {
    }

    private final RowFile file;
    private final String name;
    private final Set<String> unknownColumns;
    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile boolean closing;
    private Batch current;
    private int next;
    private long rows;
    private String sha256;
    private RuntimeException fault;
    private boolean ended;

    /**
     * Starts reading the file ahead; from here on the reading thread alone uses it, and closes it.
     *
     * @param file a CSV file, open and positioned after its header
     */
    ReadAhead(RowFile file) {
        this.file = file;
        this.name = file.name();
        this.unknownColumns = file.unknownColumns();
        this.reader = new Thread(this::readAll, THREAD_PREFIX + name);
        reader.setDaemon(true); // a process that ends without closing the step (kill) is not held by it
        reader.start();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> unknownColumns() {
        return unknownColumns;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException(name + " has not been read to its end");
        }
        return sha256;
    }

    @Override
    public Row nextRow() {
        while (current == null || next == current.count()) {
            if (fault != null) {
                throw fault; // a file refused stays refused, as it would read on
            }
            if (ended) {
                return null;
            }
            if (current != null && current.last()) {
                ended = true;
                if (current.fault() != null) {
                    fault = rethrown(current.fault());
                    throw fault;
                }
                sha256 = current.sha256();
                return null;
            }
            current = take();
            next = 0;
        }
        rows++;
        return current.rows()[next++];
    }

    /** Stops the reading thread, if it still reads, and waits for it to close the file. */
    @Override
    public void close() {
        closing = true;
        reader.interrupt();
        batches.clear(); // a reader waiting for room gets it, then sees it is closing
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true; // the file must still be closed: wait on, and keep the interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch; never waits on a reading thread that is gone (closed, or ended by an error outside the file's reading). */
    private Batch take() {
        try {
            while (true) {
                if (closing) {
                    throw new IllegalStateException(name + " is closed");
                }
                boolean readerEnded = !reader.isAlive();
                Batch batch = batches.poll(100, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    return batch;
                }
                if (readerEnded) {
                    throw new IllegalStateException(name + ": its reading thread ended before the file did");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted while its rows were read", e);
        }
    }

    /** The reading thread: the whole file, in batches, then how it ended; it closes the file. */
    private void readAll() {
        try {
            while (!closing) {
                Row[] batch = new Row[BATCH];
                int count = 0;
                Throwable fault = null;
                boolean last = false;
                try {
                    while (count < BATCH) {
                        Row row = file.nextRow();
                        if (row == null) {
                            last = true;
                            break;
                        }
                        batch[count++] = row;
                    }
                } catch (RuntimeException | Error e) {
                    fault = e;
                    last = true;
                }
                String digest = last && fault == null ? file.sha256() : null;
                batches.put(new Batch(batch, count, last, digest, fault));
                if (last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed while waiting for room: the step no longer wants the rows
        } finally {
            Thread.interrupted(); // the file's close must not see the interrupt that ended the reading
            file.close();
        }
    }

    /** The file's own fault, as it would have reached the step without the read-ahead. */
    private static RuntimeException rethrown(Throwable fault) {
        if (fault instanceof Error error) {
            throw error;
        }
        return (RuntimeException) fault;
    }
}
