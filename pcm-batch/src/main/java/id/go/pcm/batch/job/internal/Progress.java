package id.go.pcm.batch.job.internal;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Tells the operator how a long file is going: rows read and rows per second, at most every few
 * seconds, and once when the file is done.
 */
public class Progress {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));

    /** @param out where the operator reads progress */
    public Progress(PrintStream out) {
        this.out = out;
    }

    /** One file's progress; not shared between threads. */
    public class Tracker {
        private final String file;
        private final long started = System.nanoTime();
        private long lastPrinted = started;
        private long rows;

        /** @param file the file being read */
        protected Tracker(String file) {
            this.file = file;
        }

        /** Counts one row, printing a line when enough time has passed. */
        public void row() {
            rows++;
            if ((rows & 0x3FF) == 0) {
                long now = System.nanoTime();
                if (now - lastPrinted >= INTERVAL_NANOS) {
                    lastPrinted = now;
                    print("reading");
                }
            }
        }

        /** Prints the final count. */
        public void done() {
            print("read");
        }

        /** @return the rows counted so far */
        protected long rows() {
            return rows;
        }

        private void print(String verb) {
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            String line = String.format("  %-18s %s %s rows (%s rows/s)", file, verb, format(rows), format((long) (rows / seconds)));
            synchronized (out) {
                out.println(line);
            }
        }
    }

    /**
     * Tells the operator something about a file that does not stop the run (SPEC 1.1: unknown
     * columns are listed once as a warning).
     *
     * @param file    the file
     * @param warning what to say
     */
    public void warn(String file, String warning) {
        synchronized (out) {
            out.println("  " + file + ": " + warning);
        }
    }

    /**
     * @param file the file being read
     * @return a tracker for it
     */
    public Tracker track(String file) {
        return new Tracker(file);
    }

    private String format(long n) {
        synchronized (numbers) {
            return numbers.format(n);
        }
    }
}
