package id.go.pcm.internal.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Passes a file's bytes through unchanged and takes their SHA-256 on a thread of its own, so that the
 * digest does not hold the reading back (issue 24). The launcher keeps the JIT at its first tier, which
 * has no SHA-256 intrinsic: there the digest runs at about a tenth of the optimising tier's speed and
 * was 15% of a 30x month's CPU, on the reading thread. Here the reader copies what it reads into
 * blocks of 64 KiB that a digest thread consumes in order; at most {@value #BLOCKS} blocks are in
 * flight (the reader waits when the digest falls behind), so memory stays flat whatever the file's
 * size. A file shorter than one block is digested on the reader's thread and starts no thread.
 *
 * <p>{@link #skip} reads the bytes it skips, so that the digest still covers every byte; marks are
 * not supported. Not thread-safe: one reader.
 */
final class DigestingInputStream extends FilterInputStream {

    /** Large blocks: the digest's per-call work is paid once per 64 KiB. */
    static final int BLOCK = 64 * 1024;
    static final int BLOCKS = 4;

    /** A block to digest: its bytes and their count; {@code length < 0} ends the digest thread. */
    private record Block(byte[] bytes, int length) {
    }

    private static final Block END = new Block(new byte[0], -1);

    private final MessageDigest digest;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);
    private final BlockingQueue<Block> full = new LinkedBlockingQueue<>();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final String name;
    private int allocated;
    private byte[] filling;
    private int filled;
    private Thread digester;
    private boolean ended;

    /**
     * @param in   the bytes; closed with this stream
     * @param name the file's name, for the digest thread's name
     */
    DigestingInputStream(InputStream in, String name) {
        this(in, name, sha256());
    }

    /** With the digest given: a test holds it back to see the reader wait. */
    DigestingInputStream(InputStream in, String name, MessageDigest digest) {
        super(in);
        this.name = name;
        this.digest = digest;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            take(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        int n = in.read(target, offset, length);
        if (n > 0) {
            take(target, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        byte[] discard = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        while (skipped < n) {
            int read = read(discard, 0, (int) Math.min(n - skipped, discard.length));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /** Through {@link #read(byte[], int, int)}, whatever the stream beneath could do faster: every byte is digested. */
    @Override
    public long transferTo(java.io.OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = read(buffer, 0, buffer.length)) >= 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int limit) {
        // not supported: bytes read again would be digested twice
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /**
     * The SHA-256 of every byte read so far; call it once, at the end of the file.
     *
     * @return the digest
     * @throws InterruptedIOException when the thread is interrupted while the digest is finished
     */
    byte[] digest() throws InterruptedIOException {
        if (ended) {
            throw new IllegalStateException(name + ": digest already taken");
        }
        ended = true;
        if (digester == null) {
            if (filling != null) {
                digest.update(filling, 0, filled);
            }
            return digest.digest();
        }
        try {
            if (filling != null) {
                full.put(new Block(filling, filled));
            }
            full.put(END);
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(name + ": interrupted while its SHA-256 was finished");
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + ": the SHA-256 thread failed", e.getCause());
        }
    }

    /** Closes the bytes and lets the digest thread end, if the file was left before its end. */
    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            if (digester != null && !ended) {
                ended = true;
                full.add(END);
            }
        }
    }

    private void take(byte[] source, int offset, int length) throws InterruptedIOException {
        while (length > 0) {
            if (filling == null) {
                filling = nextFreeBlock();
                filled = 0;
            }
            int n = Math.min(length, BLOCK - filled);
            System.arraycopy(source, offset, filling, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == BLOCK) {
                if (digester == null) {
                    digester = new Thread(this::digestBlocks, "pcm-sha256-" + name);
                    digester.setDaemon(true);
                    digester.start();
                }
                full.add(new Block(filling, filled));
                filling = null;
            }
        }
    }

    private byte[] nextFreeBlock() throws InterruptedIOException {
        byte[] block = free.poll();
        if (block != null) {
            return block;
        }
        if (allocated < BLOCKS) {
            allocated++;
            return new byte[BLOCK];
        }
        try {
            return free.take(); // the digest is behind: wait for it rather than hold more of the file
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(name + ": interrupted while reading");
        }
    }

    /** The digest thread: blocks in the order they were read, until the end. */
    private void digestBlocks() {
        try {
            while (true) {
                Block block = full.take();
                if (block.length() < 0) {
                    result.complete(digest.digest());
                    return;
                }
                digest.update(block.bytes(), 0, block.length());
                free.add(block.bytes());
            }
        } catch (InterruptedException e) {
            result.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            throw e;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
