package id.go.pcm.samples.portal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends the requests whose body has sent nothing for the read timeout. The JDK's server has no read
 * timeout of its own (only a cap on a whole request's time, {@code sun.net.httpserver.maxReqTime}), so
 * an upload that stalls (a clerk's link that dropped, or a client that sends its headers and a few
 * kilobytes and then nothing) would hold a thread for as long as the connection lives. A clerk on a
 * slow link is not cut off: only a read that has waited the whole timeout without a byte counts.
 */
final class ReadDeadline implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ReadDeadline.class.getName());

    private final long timeoutNanos;
    private final ScheduledExecutorService clock;
    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();

    /**
     * @param timeout how long one read of a request body may wait for a byte
     */
    ReadDeadline(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pcm-portal-read-deadline");
            thread.setDaemon(true);
            return thread;
        });
        long tick = Math.max(50, timeout.toMillis() / 4);
        clock.scheduleWithFixedDelay(this::endStalled, tick, tick, TimeUnit.MILLISECONDS);
    }

    /**
     * Watches a request body until {@link Watched#close()}.
     *
     * @param body  the request body
     * @param abort what ends the request when it stalls (closing its exchange closes its connection,
     *              and the blocked read then fails)
     * @return the body to read instead
     */
    Watched watch(InputStream body, Runnable abort) {
        Watched stream = new Watched(body, abort);
        watched.add(stream);
        return stream;
    }

    private void endStalled() {
        long now = System.nanoTime();
        for (Watched stream : watched) {
            long since = stream.waitingSince;
            if (since != 0 && now - since >= timeoutNanos) {
                watched.remove(stream);
                stream.stalled = true;
                LOG.log(System.Logger.Level.INFO, "an upload sent nothing for " + timeoutNanos / 1_000_000_000L
                        + " s: its connection is closed");
                stream.abort.run();
            }
        }
    }

    /** Stops watching. */
    @Override
    public void close() {
        clock.shutdownNow();
    }

    /** A request body whose reads are timed; closing it only stops the watch (the exchange closes the body). */
    final class Watched extends FilterInputStream {

        private final Runnable abort;
        /** {@link System#nanoTime()} when the read under way began, 0 when none is under way. */
        private volatile long waitingSince;
        private volatile boolean stalled;

        private Watched(InputStream in, Runnable abort) {
            super(in);
            this.abort = abort;
        }

        @Override
        public int read() throws IOException {
            begin();
            try {
                return in.read();
            } finally {
                waitingSince = 0;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            begin();
            try {
                return in.read(b, off, len);
            } finally {
                waitingSince = 0;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            begin();
            try {
                return in.skip(n);
            } finally {
                waitingSince = 0;
            }
        }

        private void begin() throws IOException {
            if (stalled) {
                throw new IOException("the upload sent nothing for the read timeout");
            }
            waitingSince = Math.max(1, System.nanoTime());
        }

        /** @return whether the request was ended for stalling */
        boolean stalled() {
            return stalled;
        }

        @Override
        public void close() {
            watched.remove(this);
        }
    }
}
