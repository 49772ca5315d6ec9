package id.go.pcm.samples.portal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that counts its bytes as they are read and fails once more than the limit have come,
 * so an upload is refused while it streams, whatever its declared length (a chunked body has none).
 * Not thread-safe.
 */
final class UploadLimit extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    /**
     * @param body  the request body
     * @param limit the most bytes it may hold
     */
    UploadLimit(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        failIfExceeded();
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        failIfExceeded();
        int n = in.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are bytes received too: read them so that they are counted.
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int read = read(scratch, 0, scratch.length);
        return Math.max(read, 0);
    }

    /** The request body belongs to the exchange, which closes it after the answer. */
    @Override
    public void close() {
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** @return whether more than the limit came; the check's failure is then the limit's */
    boolean exceeded() {
        return exceeded;
    }

    /** @return the bytes read so far */
    long count() {
        return count;
    }

    private void counted(int n) throws UploadTooLargeException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new UploadTooLargeException(limit);
        }
    }

    private void failIfExceeded() throws UploadTooLargeException {
        if (exceeded) {
            throw new UploadTooLargeException(limit);
        }
    }
}
