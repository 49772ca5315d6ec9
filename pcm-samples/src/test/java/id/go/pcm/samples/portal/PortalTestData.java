package id.go.pcm.samples.portal;

import id.go.pcm.FileCheck;
import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;
import id.go.pcm.samples.workbook.Cell;
import id.go.pcm.samples.workbook.WorkbookWriter;
import id.go.pcm.validation.Reject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** Test helper: the bundled month as reference, and files with known faults. */
final class PortalTestData {

    static final YearMonth PERIOD = YearMonth.of(2024, 9);
    static final String AS_OF = "2024-10-10T00:00:00+07:00";
    static final Path REFERENCE = Path.of("months", "2024-09");
    /** A province whose own rows and others' are both in the sample's dissemination.csv. */
    static final String SENDER = "PROV-SUMUT";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    /** The test portal's upload limit, small so that the limit is quick to pass. */
    static final int LIMIT_MB = 1;
    static final long LIMIT_BYTES = LIMIT_MB * 1024L * 1024L;

    private PortalTestData() {
    }

    /** @return the arguments of a test portal on a free port, as of a fixed time */
    static String[] portalArgs() {
        return new String[]{"--period=2024-09", "--reference=" + REFERENCE, "--port=0", "--as-of=" + AS_OF,
                "--max-upload-mb=" + LIMIT_MB};
    }

    /** @return the check the portal must agree with, made the documented way: from the reference files */
    static FileCheck directCheck() {
        return Monev.of(PERIOD, OffsetDateTime.parse(AS_OF))
                .checkAgainst(REFERENCE.resolve("agencies.csv"), REFERENCE.resolve("narratives.csv"));
    }

    static FileCheck.Result checkDirectly(MonthFile file, byte[] content, String sender) {
        return directCheck().check(file, new ByteArrayInputStream(content), sender);
    }

    /**
     * Five rows of the sample's dissemination.csv, three of the {@link #SENDER}'s and two of other
     * provinces, then one row of each of seven faults; one unknown column too.
     */
    static byte[] faultyDissemination() {
        List<String> sample = lines(REFERENCE.resolve("dissemination.csv"));
        List<String> senders = sample.stream().filter(line -> line.contains("," + SENDER + ",")).limit(3).toList();
        StringBuilder csv = new StringBuilder(sample.get(0)).append(",catatan\n");
        List.of(senders.get(0), sample.get(2), senders.get(1), senders.get(2), sample.get(3))
                .forEach(line -> csv.append(line).append(",\n"));
        csv.append("""
                BD-X-1,N-2099-01-001,PROV-SUMUT,WEBSITE,2024-09-05T10:00:00+07:00,https://sumutprov.go.id/p/x1,,,,
                BD-X-2,N-2024-09-001,PROV-SUMUT,BALIHO-BESAR,2024-09-05T10:00:00+07:00,,,,,
                BD-2024-09-1,N-2024-09-001,PROV-SUMUT,WEBSITE,2024-09-05T10:00:00+07:00,https://sumutprov.go.id/p/x2,,,,
                BD-X-3,N-2024-09-001,PROV-SUMUT,WEBSITE,2024-12-01T10:00:00+07:00,https://sumutprov.go.id/p/x3,,,,
                BD-X-4,N-2024-09-001,PROV-SUMUT

                BD-X-5,N-2024-09-001,PROV-SUMUT,INSTAGRAM,2024-09-05T10:00:00+07:00,,,,,
                BD-X-6,N-2024-09-001,KAB-99.99,WEBSITE,2024-09-05T10:00:00+07:00,https://example.go.id/p/x6,,,,dicek
                BD-X-7,N-2024-09-001,PROV-SUMUT,WEBSITE,2024-09-05T10:00:00+07:00,https://sumutprov.go.id/p/x7,,12.500,7,
                """);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The name of {@link #submission()}'s workbook, as the {@link #SENDER} sends it. */
    static final String SUBMISSION = SENDER + ".xlsx";

    /**
     * An agency's submission (SPEC 10.2), as the {@link #SENDER} fills in its kit: a sheet of instructions,
     * then {@code reports} with its report and a row whose count is no number, and {@code dissemination}
     * with its sample rows and one for a narrative that does not exist.
     */
    static byte[] submission() {
        try {
            Path file = Files.createTempFile("pcm-submission", ".xlsx");
            try {
                try (WorkbookWriter workbook = WorkbookWriter.create(file, Instant.parse("2024-10-01T00:00:00Z"))) {
                    workbook.sheet("petunjuk").row(List.of(Cell.text("Isi lembar reports dan dissemination.")));
                    WorkbookWriter.Sheet reports = workbook.sheet("reports");
                    List<String> reportLines = lines(REFERENCE.resolve("reports.csv"));
                    textRow(reports, reportLines.get(0));
                    reportLines.stream().filter(line -> line.contains("," + SENDER + ",")).forEach(line -> textRow(reports, line));
                    textRow(reports, "LB-X-1," + SENDER + ",2024-09,2024-10-02T10:00:00+07:00,banyak,3,ya,ya");
                    WorkbookWriter.Sheet dissemination = workbook.sheet("dissemination");
                    List<String> sample = lines(REFERENCE.resolve("dissemination.csv"));
                    textRow(dissemination, sample.get(0));
                    sample.stream().filter(line -> line.contains("," + SENDER + ",")).limit(2).forEach(line -> textRow(dissemination, line));
                    textRow(dissemination, "BD-X-1,N-2099-01-001," + SENDER + ",WEBSITE,2024-09-05T10:00:00+07:00,https://sumutprov.go.id/p/x1,,,");
                }
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void textRow(WorkbookWriter.Sheet sheet, String csvLine) {
        sheet.row(java.util.Arrays.stream(csvLine.split(",", -1)).map(v -> v.isEmpty() ? null : Cell.text(v)).toList());
    }

    /** @return what the documented library call gives for the workbook: its sheets' summaries and every reject */
    static FileCheck.Result checkSubmissionDirectly(byte[] workbook, String sender, List<InputSummary> sheets) {
        List<Reject> rejects = new java.util.ArrayList<>();
        sheets.addAll(directCheck().checkSubmission(SUBMISSION, new ByteArrayInputStream(workbook), sender, rejects::add));
        InputSummary first = sheets.get(0);
        return new FileCheck.Result(first, rejects);
    }

    /** A media.csv whose ids and values are markup, each row rejected so that they appear in the page. */
    static byte[] hostileMedia() {
        String csv = "item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url\n"
                + quoted(SCRIPT) + ",2024-09-10T06:07:21+07:00," + quoted(IMG) + "," + quoted(IMG) + ",,POSITIF,,,\n"
                + quoted(SCRIPT) + ",2024-09-10T06:07:21+07:00,Kompas,ONLINE,,POSITIF,,,\n"
                + quoted(IMG) + ",2024-09-10T06:07:21+07:00," + quoted(SCRIPT) + ",ONLINE,,POSITIF,,,"
                + quoted("javascript:alert(1)") + "\n"
                + "MI-OK,2024-09-10T06:07:21+07:00," + quoted(IMG) + ",ONLINE,,NETRAL,,,\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** A media.csv of {@code rows} rows, every one rejected (WRONG_PERIOD). */
    static byte[] mediaAllRejected(int rows) {
        StringBuilder csv = new StringBuilder("item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("MI-").append(i).append(",2024-08-10T06:07:21+07:00,Kompas,ONLINE,,POSITIF,,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A media.csv of valid rows, then a last line of spaces (blank, so skipped) to reach {@code size} bytes. */
    static byte[] mediaOfSize(int size) {
        StringBuilder csv = new StringBuilder("item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url\n");
        csv.append("MI-1,2024-09-10T06:07:21+07:00,Kompas,ONLINE,,POSITIF,,,\n");
        while (csv.length() < size) {
            csv.append(' ');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
