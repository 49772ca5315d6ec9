package id.go.pcm.internal.csv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.pcm.internal.csv.DigestingInputStream.BLOCK;
import static id.go.pcm.internal.csv.DigestingInputStream.BLOCKS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class DigestingInputStreamTest {

    @Test
    void theDigestIsTheSha256OfEveryByteWhateverTheSizeAndTheReads() {
        // Sizes around the block boundaries and across several blocks; reads of one byte, of a few
        // bytes, skips and whole buffers, in an order the seed chooses.
        qt().withExamples(60).forAll(integers().between(0, 5 * BLOCK + 3), longs().all()).checkAssert((size, seed) -> {
            byte[] bytes = bytes(size, seed);
            byte[] passed = new byte[size];
            Random random = new Random(seed);
            try (DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(bytes), "x.csv")) {
                int at = 0;
                while (true) {
                    int n;
                    switch (random.nextInt(4)) {
                        case 0 -> {
                            int b = in.read();
                            n = b < 0 ? -1 : 1;
                            if (b >= 0) {
                                passed[at] = (byte) b;
                            }
                        }
                        case 1 -> {
                            long skipped = in.skip(random.nextInt(3 * BLOCK));
                            System.arraycopy(bytes, at, passed, at, (int) skipped);
                            n = skipped == 0 && at == size ? -1 : (int) skipped;
                        }
                        default -> n = in.read(passed, at, Math.min(size - at, 1 + random.nextInt(2 * BLOCK)));
                    }
                    if (n < 0 || at == size && n == 0) {
                        break;
                    }
                    at += n;
                }
                assertArrayEquals(bytes, passed);
                assertArrayEquals(sha256(bytes), in.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void transferToDigestsEveryByte() throws IOException {
        byte[] bytes = bytes(3 * BLOCK + 17, 1);
        try (DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(bytes), "x.csv")) {
            assertEquals(bytes.length, in.transferTo(OutputStream.nullOutputStream()));
            assertArrayEquals(sha256(bytes), in.digest());
        }
    }

    @Test
    void aLargeFileIsDigestedOnAThreadOfItsOwn() throws IOException {
        byte[] bytes = bytes(2 * BLOCK, 2);
        try (DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(bytes), "large.csv")) {
            in.transferTo(OutputStream.nullOutputStream());
            assertTrue(digestThreadFor("large.csv"), "a digest thread for large.csv");
            assertArrayEquals(sha256(bytes), in.digest());
        }
    }

    @Test
    void aFileShorterThanABlockStartsNoThread() throws IOException {
        byte[] bytes = bytes(BLOCK - 1, 3);
        try (DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(bytes), "small.csv")) {
            in.transferTo(OutputStream.nullOutputStream());
            assertArrayEquals(sha256(bytes), in.digest());
            assertFalse(digestThreadFor("small.csv"));
        }
    }

    @Test
    void theReaderWaitsForTheDigestRatherThanHoldMoreThanItsBlocks() throws Exception {
        // A file of 20 blocks whose digest is held back: the reader gets no further than the blocks the
        // digest has not taken (and the one read it is copying), so memory stays flat whatever the size.
        byte[] bytes = bytes(20 * BLOCK, 4);
        AtomicInteger read = new AtomicInteger();
        InputStream counting = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, Math.min(len, BLOCK));
                read.addAndGet(Math.max(n, 0));
                return n;
            }
        };
        CountDownLatch release = new CountDownLatch(1);
        MessageDigest real = MessageDigest.getInstance("SHA-256");
        MessageDigest held = new MessageDigest("SHA-256") {
            @Override
            protected void engineUpdate(byte input) {
                real.update(input);
            }

            @Override
            protected void engineUpdate(byte[] input, int offset, int len) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                real.update(input, offset, len);
            }

            @Override
            protected byte[] engineDigest() {
                return real.digest();
            }

            @Override
            protected void engineReset() {
                real.reset();
            }
        };
        DigestingInputStream in = new DigestingInputStream(counting, "held.csv", held);
        Thread reader = new Thread(() -> {
            try {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        reader.start();
        for (int i = 0; i < 500 && reader.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(10);
        }
        assertEquals(Thread.State.WAITING, reader.getState(), "the reader waits for the digest");
        assertTrue(read.get() <= (BLOCKS + 1) * BLOCK, read.get() + " bytes read ahead of the digest");
        release.countDown();
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(reader.isAlive());
        assertEquals(bytes.length, read.get());
        assertArrayEquals(sha256(bytes), in.digest());
        in.close();
    }

    @Test
    void closingBeforeTheEndEndsTheDigestThread() throws Exception {
        byte[] bytes = bytes(3 * BLOCK, 5);
        DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(bytes), "left.csv");
        in.readNBytes(2 * BLOCK + 1);
        assertTrue(digestThreadFor("left.csv"));
        in.close();
        for (int i = 0; i < 500 && digestThreadFor("left.csv"); i++) {
            Thread.sleep(10);
        }
        assertFalse(digestThreadFor("left.csv"), "the digest thread of a closed file ends");
    }

    private static boolean digestThreadFor(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("pcm-sha256-" + name) && t.isAlive());
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(bytes, bytes.length));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
