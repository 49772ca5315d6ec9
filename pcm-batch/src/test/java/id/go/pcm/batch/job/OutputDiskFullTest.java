package id.go.pcm.batch.job;

import id.go.pcm.Language;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.cli.RunRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output disk runs full in the middle of a run. The output folder is on a size-limited in-memory
 * disk (Jimfs), filled with ballast to leave exactly the room wanted, so the failure comes at the same
 * place on every machine. The run must end with one line that says to free space and names the file
 * it was writing, leave the folder exactly as it was (no partial output, no working file, the earlier
 * outputs untouched), and the same run once space is back must end as an uninterrupted run.
 */
@SpringBootTest(classes = PcmBatchApplication.class)
class OutputDiskFullTest {

    private static final int BLOCK = 1024;
    private static final List<String> SEPTEMBER = List.of("pcm-rejects-2024-09.csv", "pcm-figures-2024-09.json",
            "pcm-report-2024-09.pdf");

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTests.embeddedHome(registry, home);
    }

    @Autowired
    MonthlyLauncher launcher;

    private FileSystem disk;
    private Path out;
    private Path ballast;

    @BeforeEach
    void smallDisk() throws IOException {
        disk = Jimfs.newFileSystem("pcm-" + UUID.randomUUID(), Configuration.unix().toBuilder()
                .setBlockSize(BLOCK).setMaxSize(64L * 1024 * 1024).build());
        DISKS.add(disk);
        out = disk.getPath("/out");
        ballast = disk.getPath("/ballast");
    }

    /**
     * Disks stay open until the class is done: the job database keeps each run's output folder, and a
     * test that failed midway leaves an execution the next test's launcher reads.
     */
    private static final List<FileSystem> DISKS = new java.util.ArrayList<>();

    @AfterAll
    static void closeDisks() throws IOException {
        for (FileSystem disk : DISKS) {
            disk.close();
        }
    }

    @Test
    void aDiskThatFillsWhileTheReportIsWrittenLeavesTheFolderAsItWasAndTheNextRunCompletes() throws Exception {
        Map<String, String> before = earlierOutputs();
        long rejects = Files.size(out.resolve("pcm-rejects-2024-09.csv"));
        long figures = Files.size(out.resolve("pcm-figures-2024-09.json"));
        long report = Files.size(out.resolve("pcm-report-2024-09.pdf"));
        long scorecards = 0;
        try (var cards = Files.list(out.resolve("pcm-rapor-2024-09"))) {
            for (Path card : cards.toList()) {
                scorecards += (Files.size(card) + BLOCK - 1) / BLOCK * BLOCK;
            }
        }
        // Room for the spools (no larger than the rejects file), the rejects file, the figures and the
        // scorecards (written while the report renders), each rounded up to whole blocks, and for half of
        // the report: the disk fills while the PDF is written, the last of the set.
        leaveFree(2 * rejects + figures + scorecards + 16L * BLOCK + report / 2);

        Outcome full = september(out);

        assertEquals(Outcome.UNEXPECTED, full.exitCode(), full.message());
        assertOneLineSaying(full.message(), "pcm-report-2024-09.pdf");
        assertEquals(before, contents(out), "no partial output, no working file, the earlier outputs untouched");
        spaceBackThenTheSameRunEndsAsAnUninterruptedOne();
    }

    @Test
    void aDiskThatIsFullWhenRejectsAreSpooledFailsTheStepAndLeavesNoWorkingFile() throws Exception {
        Map<String, String> before = earlierOutputs();
        // The agencies step writes its spool after reading the whole file, from a listener whose
        // exceptions Spring Batch would only log: the step must fail, not pass without its rejects.
        leaveFree(0);

        Outcome full = september(out);

        assertEquals(Outcome.UNEXPECTED, full.exitCode(), full.message());
        assertOneLineSaying(full.message(), ".pcm-2024-09-rejects-agencies.csv.part");
        assertEquals(before, contents(out), "no spool left behind, the earlier outputs untouched");
        spaceBackThenTheSameRunEndsAsAnUninterruptedOne();
    }

    /** Frees the disk, runs the same month again, and compares with a run that nothing interrupted. */
    private void spaceBackThenTheSameRunEndsAsAnUninterruptedOne() throws Exception {
        Files.delete(ballast);
        Outcome again = september(out);
        assertEquals(Outcome.DONE, again.exitCode(), again.message());
        Path uninterrupted = disk.getPath("/uninterrupted");
        assertEquals(Outcome.DONE, september(uninterrupted).exitCode());
        for (String file : SEPTEMBER) {
            assertArrayEquals(Files.readAllBytes(uninterrupted.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(8, files.count(), "August's and September's outputs and scorecards, no working file: "
                    + contents(out).keySet());
        }
    }

    private static void assertOneLineSaying(String message, String file) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.contains("disk is full"), message);
        assertTrue(message.contains("free space on the disk that holds /out"), message);
        assertTrue(message.contains(file), "names the file it was writing: " + message);
        assertTrue(message.contains("run the same command again"), message);
    }

    /**
     * August's outputs, and September's from an earlier run with another as-of (so other bytes), as
     * an operator's folder holds them before the run that meets the full disk.
     */
    private Map<String, String> earlierOutputs() throws Exception {
        assertEquals(Outcome.DONE, launcher.run(request("2024-08", out, "2024-09-30T00:00:00+07:00")).exitCode());
        assertEquals(Outcome.DONE, launcher.run(request("2024-09", out, "2024-10-09T00:00:00+07:00")).exitCode());
        Map<String, String> before = contents(out);
        assertEquals(6, before.keySet().stream().filter(name -> !name.contains("/")).count(), before.keySet().toString());
        return before;
    }

    private Outcome september(Path output) throws Exception {
        return launcher.run(request("2024-09", output, "2024-10-10T00:00:00+07:00"));
    }

    /** Fills the disk with ballast until exactly {@code bytes} (rounded down to whole blocks) are free. */
    private void leaveFree(long bytes) throws IOException {
        long fill = disk.getFileStores().iterator().next().getUsableSpace() - bytes / BLOCK * BLOCK;
        byte[] chunk = new byte[64 * BLOCK];
        try (OutputStream ballastOut = Files.newOutputStream(ballast)) {
            for (long left = fill; left > 0; left -= chunk.length) {
                ballastOut.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        assertEquals(bytes / BLOCK * BLOCK, disk.getFileStores().iterator().next().getUsableSpace());
    }

    /** Each file of the folder by its path in it (the scorecards' folders walked into), with the SHA-256 of its bytes. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return contents;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunRequest request(String period, Path output, String asOf) throws URISyntaxException {
        Path month = Path.of(OutputDiskFullTest.class.getResource("/months/" + period).toURI());
        return new RunRequest(YearMonth.parse(period), month, output, OffsetDateTime.parse(asOf), Language.ID, 0.5);
    }
}
