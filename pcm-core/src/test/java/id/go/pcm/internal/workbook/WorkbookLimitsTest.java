package id.go.pcm.internal.workbook;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.internal.rules.EvidenceRules;
import id.go.pcm.validation.Row;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A workbook is read as a stream, and one that unpacks to far more than its size is refused (SPEC 10.1). */
class WorkbookLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookUnpackingToFarMoreThanItsSizeIsRefusedQuicklyBeforeTheLibraryHoldsIt() throws Exception {
        // a valid workbook whose one shared string is 150 MB of one letter: the library would hold it whole
        Path bomb = new TestWorkbook().sheet("media", TestWorkbook.texts(1, "item_id", "outlet")).write(dir.resolve("media.xlsx"));
        Path file = dir.resolve("bomb.xlsx");
        try (var source = new java.util.zip.ZipFile(bomb.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    zip.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>".getBytes(StandardCharsets.UTF_8));
                    byte[] letters = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 150; i++) {
                        zip.write(letters);
                    }
                    zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
                } else {
                    source.getInputStream(entry).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        long size = Files.size(file);
        assertTrue(size < 1 << 20, "the bomb is small: " + size);
        long start = System.nanoTime();
        UnusableFileException refusal = assertThrows(UnusableFileException.class,
                () -> WorkbookFile.open(Files.copy(file, dir.resolve("media2.xlsx")), WorkbookFileTest.LAYOUT, List.of()));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(refusal.getMessage().contains("unpacks to more than"), refusal.getMessage());
        assertTrue(millis < 5_000, "refused in " + millis + " ms");
        // with memory flat: a heap far smaller than the string refuses it just the same
        String log = readInChild("-Xmx32m", Files.copy(file, dir.resolve("dissemination.xlsx")));
        assertTrue(log.contains("refused: dissemination.xlsx unpacks to more than"), log);
    }

    /** Reads a workbook with {@link ReadWorkbook} in a child JVM with that heap; its output. */
    private String readInChild(String heap, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ReadWorkbook.class.getName(),
                file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the reading ends");
        String log = Files.readString(dir.resolve("child.log"));
        assertEquals(0, process.exitValue(), log);
        return log;
    }

    /** The launcher's heap bound, as its script sets it. */
    private static String launcherHeap() throws IOException {
        String script = Files.readString(Path.of("..", "pcm-batch", "src", "main", "dist", "bin", "pcm-batch"));
        Matcher xmx = Pattern.compile("-Xmx[0-9]+[mg]").matcher(script);
        assertTrue(xmx.find(), "the launcher bounds the heap");
        return xmx.group();
    }

    @Test
    void a300000RowDisseminationWorkbookIsReadWithinTheLaunchersHeap() throws Exception {
        int rows = 300_000;
        Path file = dir.resolve("dissemination.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "PCM", "1.0");
            Worksheet sheet = workbook.newWorksheet("dissemination");
            List<String> header = EvidenceRules.COLUMNS.all();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                sheet.value(r, 0, "EV-" + r);
                sheet.value(r, 1, "N-2024-09-" + (r % 40));
                sheet.value(r, 2, "KAB-" + (r % 514));
                sheet.value(r, 3, r % 3 == 0 ? "WEBSITE" : "INSTAGRAM");
                sheet.value(r, 4, LocalDateTime.of(2024, 9, 1 + r % 28, r % 24, r % 60));
                sheet.style(r, 4).format("dd/mm/yyyy hh:mm").set();
                sheet.value(r, 5, "https://example.go.id/berita/" + r + "?utm=" + "x".repeat(r % 40));
                sheet.value(r, 7, r % 10_000);
                sheet.value(r, 8, r % 777);
                if (r % 50_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        String log = readInChild(launcherHeap(), file);
        assertTrue(log.contains(rows + " rows, " + rows + " timestamps"), log);
    }

    /** Reads a dissemination workbook in a child JVM with the launcher's heap bound. */
    public static final class ReadWorkbook {
        public static void main(String[] args) {
            long rows = 0;
            long timestamps = 0;
            try (RowFile file = RowFiles.open(Path.of(args[0]), EvidenceRules.COLUMNS, List.of())) {
                for (Row row = file.nextRow(); row != null; row = file.nextRow()) {
                    rows++;
                    if (row.value("published_at") != null && row.value("url") != null) {
                        timestamps++;
                    }
                }
                System.out.println(rows + " rows, " + timestamps + " timestamps, sha256 " + file.sha256());
            } catch (UnusableFileException refusal) {
                System.out.println("refused: " + refusal.getMessage());
            }
        }
    }
}
