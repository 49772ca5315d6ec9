package id.go.pcm.batch.job.internal;

import id.go.pcm.MonthFile;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.internal.csv.CsvFile;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.internal.rules.FileColumns;
import id.go.pcm.validation.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadAheadTest {

    private static final Columns MEDIA = FileColumns.of(MonthFile.MEDIA);
    private static final String NAME = "media.csv";
    private static final String HEADER = "item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url\n";

    /** Rows over several batches, with blank lines, a field over two lines and a malformed row among them. */
    private static byte[] media(int rows, int malformedAt) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            if (i == malformedAt) {
                csv.append("MI-").append(i).append(",2024-09-10T06:07:21+07:00,Kompas\n");
                continue;
            }
            String outlet = i % 97 == 0 ? "\"Kompas\nPagi\"" : "Kompas";
            csv.append("MI-").append(i).append(",2024-09-10T06:07:21+07:00,").append(outlet)
                    .append(",ONLINE,,POSITIF,").append(i).append(",,https://media.example.id/berita/").append(i).append('\n');
            if (i % 250 == 0) {
                csv.append("\n  \n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static CsvFile open(byte[] bytes) {
        return CsvFile.open(NAME, new ByteArrayInputStream(bytes), MEDIA);
    }

    private static String describe(Row row) {
        StringBuilder text = new StringBuilder(row.file()).append(':').append(row.line());
        for (String column : MEDIA.all()) {
            text.append('|').append(row.value(column));
        }
        return text.append(row.malformed() ? "|malformed " + row.fieldCount() + "/" + row.headerCount() : "").toString();
    }

    /** What the step sees of a file: its rows, then its end (the checksum) or the fault that stopped it. */
    private record Reading(List<String> rows, long count, String sha256, UnusableFileException fault) {
    }

    private static Reading read(RowFile file) {
        List<String> rows = new ArrayList<>();
        try (file) {
            Row row;
            while ((row = file.nextRow()) != null) {
                rows.add(describe(row));
            }
            return new Reading(rows, file.rows(), file.sha256(), null);
        } catch (UnusableFileException e) {
            return new Reading(rows, file.rows(), null, e);
        }
    }

    private static void assertSameReading(Reading expected, Reading actual) {
        assertEquals(expected.rows(), actual.rows());
        assertEquals(expected.count(), actual.count());
        assertEquals(expected.sha256(), actual.sha256());
        if (expected.fault() == null) {
            assertEquals(null, actual.fault());
        } else {
            assertNotNull(actual.fault(), "the file's fault reaches the step");
            assertEquals(expected.fault().getMessage(), actual.fault().getMessage());
            assertEquals(expected.fault().messageId(), actual.fault().messageId());
            assertEquals(expected.fault().line(), actual.fault().line());
        }
    }

    private static boolean readingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && thread.getName().equals(ReadAhead.THREAD_PREFIX + NAME));
    }

    @Test
    void givesTheSameRowsInTheSameOrderWithTheirLinesAndTheFilesChecksum() {
        byte[] bytes = media(5 * ReadAhead.BATCH + 7, 1500);

        Reading plain = read(open(bytes));
        Reading ahead = read(new ReadAhead(open(bytes)));

        assertEquals(5 * ReadAhead.BATCH + 7, plain.rows().size());
        assertTrue(plain.rows().get(1499).endsWith("malformed 3/9"), plain.rows().get(1499));
        assertSameReading(plain, ahead);
        assertFalse(readingThreadAlive());
    }

    @Test
    void aByteThatIsNotUtf8HalfWayReachesTheStepAfterTheRowsBeforeIt() {
        byte[] good = media(3 * ReadAhead.BATCH, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(good, 0, good.length);
        bytes.writeBytes("MI-x,2024-09-10T06:07:21+07:00,K\u00f6mpas,ONLINE,,POSITIF,1,,https://x\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(media(2 * ReadAhead.BATCH, 0));

        Reading plain = read(open(bytes.toByteArray()));
        Reading ahead = read(new ReadAhead(open(bytes.toByteArray())));

        assertTrue(plain.fault().getMessage().startsWith("media.csv is not UTF-8 (first bad byte on line 1565)"), plain.fault().getMessage());
        assertSameReading(plain, ahead);
        assertFalse(readingThreadAlive());
    }

    @Test
    void aQuoteNeverClosedReachesTheStepAtTheSameRow() {
        byte[] good = media(2 * ReadAhead.BATCH + 3, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(good, 0, good.length);
        bytes.writeBytes("MI-x,2024-09-10T06:07:21+07:00,\"Kompas,ONLINE,,POSITIF,1,,https://x\n".getBytes(StandardCharsets.UTF_8));

        Reading plain = read(open(bytes.toByteArray()));
        Reading ahead = read(new ReadAhead(open(bytes.toByteArray())));

        assertTrue(plain.fault().getMessage().contains("is never closed"), plain.fault().getMessage());
        assertEquals(2 * ReadAhead.BATCH + 3, plain.rows().size());
        assertSameReading(plain, ahead);
    }

    @Test
    void aFileRefusedStaysRefused() {
        byte[] bytes = "item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url\n\"open\n"
                .getBytes(StandardCharsets.UTF_8);
        try (ReadAhead ahead = new ReadAhead(open(bytes))) {
            UnusableFileException first = assertThrows(UnusableFileException.class, ahead::nextRow);
            assertEquals(first, assertThrows(UnusableFileException.class, ahead::nextRow));
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThreadAndClosesTheFile() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        FilterInputStream bytes = new FilterInputStream(new ByteArrayInputStream(media(40 * ReadAhead.BATCH, 0))) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
        ReadAhead ahead = new ReadAhead(CsvFile.open(NAME, bytes, MEDIA));
        assertNotNull(ahead.nextRow());
        Thread.sleep(50); // let the reading thread fill the queue and wait for room
        assertTrue(readingThreadAlive(), "the file is read on a thread of its own");

        ahead.close();

        assertFalse(readingThreadAlive());
        assertTrue(closed.get());
        assertThrows(IllegalStateException.class, ahead::sha256);
    }

    @Test
    void aReadAfterCloseIsRefusedRatherThanWaitingForever() {
        ReadAhead ahead = new ReadAhead(open(media(40 * ReadAhead.BATCH, 0)));
        assertNotNull(ahead.nextRow());
        ahead.close();

        IllegalStateException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IllegalStateException.class, () -> {
                    while (ahead.nextRow() != null) {
                        // the batch already taken may still be given; then the refusal
                    }
                }));
        assertEquals("media.csv is closed", refused.getMessage());
    }

    @Test
    void closingWhileTheStepThreadIsInterruptedStillEndsTheReadingThread() {
        ReadAhead ahead = new ReadAhead(open(media(40 * ReadAhead.BATCH, 0)));
        assertNotNull(ahead.nextRow());

        Thread.currentThread().interrupt();
        ahead.close();

        assertTrue(Thread.interrupted(), "the step thread keeps its interrupt");
        assertFalse(readingThreadAlive());
    }
}
