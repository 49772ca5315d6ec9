package id.go.pcm;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A month folder's {@code submissions/} (SPEC 10.2): agencies' workbooks read after the folder's own files, as one file. */
class SubmissionsTest {

    static final Monev MONEV = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"));
    static final String[] REPORT_HEADER = {"report_id", "agency_id", "period", "submitted_at", "policies_count",
            "activities_count", "has_data", "has_agenda"};
    static final String[] EVIDENCE_HEADER = {"evidence_id", "narrative_id", "agency_id", "channel", "published_at", "url"};

    @TempDir
    Path dir;
    Path submissions;

    @BeforeEach
    void month() throws IOException {
        Files.writeString(dir.resolve("agencies.csv"), "agency_id,name,type\nA1,Satu,KEMENTERIAN\nA2,Dua,KEMENTERIAN\nA3,Tiga,LEMBAGA\n");
        Files.writeString(dir.resolve("narratives.csv"),
                "narrative_id,title,program,issued_at,targets\nN1,Satu,mbg,2024-09-02T10:00:00+07:00,ALL\n");
        Files.writeString(dir.resolve("media.csv"), "item_id,published_at,outlet,media_type,sentiment\n");
        submissions = Files.createDirectory(dir.resolve("submissions"));
    }

    static String[] report(String id, String agency, String submittedAt, String policies) {
        return new String[]{id, agency, "2024-09", submittedAt, policies, "1", "ya", "ya"};
    }

    static String[] evidence(String id, String agency, String url) {
        return new String[]{id, "N1", agency, "WEBSITE", "2024-09-03T10:00:00+07:00", url};
    }

    /** Writes a workbook whose sheets are given by name, each as rows of text cells. */
    static Path workbook(Path file, Map<String, List<String[]>> sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "PCM", "1.0");
            for (Map.Entry<String, List<String[]>> sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                for (int r = 0; r < sheet.getValue().size(); r++) {
                    String[] row = sheet.getValue().get(r);
                    for (int c = 0; c < row.length; c++) {
                        ws.value(r, c, row[c]);
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }

    /** A submission with a {@code reports} sheet and a {@code dissemination} sheet (either may be {@code null}: no such sheet). */
    Path submission(String name, List<String[]> reports, List<String[]> evidence) throws IOException {
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        if (reports != null) {
            List<String[]> rows = new ArrayList<>(List.<String[]>of(REPORT_HEADER));
            rows.addAll(reports);
            sheets.put("reports", rows);
        }
        if (evidence != null) {
            List<String[]> rows = new ArrayList<>(List.<String[]>of(EVIDENCE_HEADER));
            rows.addAll(evidence);
            sheets.put("dissemination", rows);
        }
        if (sheets.isEmpty()) {
            sheets.put("Sheet1", List.<String[]>of(REPORT_HEADER));
        }
        return workbook(submissions.resolve(name), sheets);
    }

    static AgencyFigures agency(MonevResult result, String id) {
        return result.figures().agencies().stream().filter(a -> a.agencyId().equals(id)).findFirst().orElseThrow();
    }

    static List<String> places(List<Reject> rejects) {
        return rejects.stream().map(r -> r.file() + ":" + r.line() + " " + r.code()).toList();
    }

    @Test
    void theFoldersOwnFileIsReadFirstThenEachSubmissionAsOneFileRejectsNamingTheSheet() throws IOException {
        Files.writeString(dir.resolve("reports.csv"), String.join(",", REPORT_HEADER) + "\nR-1,A1,2024-09,2024-09-03T10:00:00+07:00,1,1,ya,ya\n");
        submission("b.xlsx", List.<String[]>of(report("R-2", "A2", "2024-09-04T10:00:00+07:00", "1")),
                List.<String[]>of(evidence("E-1", "A2", "https://a2.go.id/1"), evidence("E-1", "A2", "https://a2.go.id/2")));
        submission("A.xlsx", List.<String[]>of(report("R-1", "A3", "2024-09-04T10:00:00+07:00", "1")), null);

        MonevResult result = MONEV.evaluate(dir);

        assertEquals(List.of("submissions/A.xlsx#reports:2 DUPLICATE_ID", "submissions/b.xlsx#dissemination:3 DUPLICATE_ID"),
                places(result.rejects()), "reports.csv first, then A.xlsx before b.xlsx");
        InputSummary reports = result.input("reports.csv");
        assertEquals(List.of(3L, 2L, 1L), List.of(reports.rows(), reports.accepted(), reports.rejected()));
        assertEquals(List.of("reports.csv", "submissions/A.xlsx#reports", "submissions/b.xlsx#reports"),
                reports.files().stream().map(InputSummary.SourceFile::file).toList());
        assertEquals(null, reports.sha256(), "several files: each has its own");
        assertEquals(List.of(1L, 1L, 1L), reports.files().stream().map(InputSummary.SourceFile::rows).toList());
        InputSummary evidence = result.input("dissemination.csv");
        assertEquals(List.of("submissions/b.xlsx#dissemination"), evidence.files().stream().map(InputSummary.SourceFile::file).toList());
        assertEquals(List.of(2L, 1L, 1L), List.of(evidence.rows(), evidence.accepted(), evidence.rejected()));
        assertEquals(1, result.figures().national().coveredPairs());
    }

    @Test
    void withoutSubmissionsReportsAndDisseminationMustStillBeInTheFolder() throws IOException {
        Files.delete(submissions);
        assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        Files.createDirectory(submissions);
        MonevResult empty = MONEV.evaluate(dir);
        assertEquals(0, empty.input("reports.csv").rows());
        assertEquals(List.of(), empty.input("reports.csv").files());
    }

    @Test
    void duplicatesAndResubmissionsAcrossFilesFollowTheCodePointOrderOfTheNamesInNfc() throws IOException {
        // "B" (U+0042) comes before "a" (U+0061): a.xlsx is the later file, and its report, at the same time, counts
        submission("a.xlsx", List.<String[]>of(report("R-a", "A1", "2024-09-03T10:00:00+07:00", "0")), null);
        submission("B.xlsx", List.<String[]>of(report("R-B", "A1", "2024-09-03T10:00:00+07:00", "3")), null);
        // "É" written decomposed (E + U+0301) is U+00C9 in NFC: after "F", though its raw first unit, "E", is before it
        submission("E\u0301.xlsx", List.<String[]>of(report("R-X", "A2", "2024-09-03T10:00:00+07:00", "1")), null);
        submission("F.xlsx", List.<String[]>of(report("R-X", "A3", "2024-09-03T10:00:00+07:00", "1")), null);

        MonevResult result = MONEV.evaluate(dir);

        assertEquals(List.of("submissions/E\u0301.xlsx#reports:2 DUPLICATE_ID"), places(result.rejects()));
        assertEquals(0.75, agency(result, "A1").completeness(), "the later row of the tie, a.xlsx's (no policy), counts");
        assertEquals(1, agency(result, "A1").detail().superseded());
        assertEquals(List.of("submissions/B.xlsx#reports", "submissions/F.xlsx#reports", "submissions/a.xlsx#reports",
                "submissions/E\u0301.xlsx#reports"), result.input("reports.csv").files().stream().map(InputSummary.SourceFile::file).toList());
    }

    @Test
    void aStrayFileIsListedAndIgnoredAndLockAndHiddenWorkbooksAreNotRead() throws IOException {
        submission("A1.xlsx", List.<String[]>of(report("R-1", "A1", "2024-09-03T10:00:00+07:00", "1")), null);
        Files.writeString(submissions.resolve("catatan.txt"), "kirim ulang");
        submission("~$A1.xlsx", List.<String[]>of(report("R-9", "A2", "2024-09-03T10:00:00+07:00", "1")), null);
        submission(".A2.xlsx", List.<String[]>of(report("R-8", "A3", "2024-09-03T10:00:00+07:00", "1")), null);

        MonevResult result = MONEV.evaluate(dir);

        assertEquals(1, result.input("reports.csv").rows(), "only A1.xlsx is read");
        assertEquals(List.of(), result.rejects());
        assertEquals(List.of("submissions/.A2.xlsx", "submissions/catatan.txt", "submissions/~$A1.xlsx"), result.submissions().ignored());
        assertEquals(List.of(), result.submissions().refused());
    }

    @Test
    void oneAgencysBrokenWorkbookIsItsOwnUnusableFileRejectAndTheOthersRowsAreAllEvaluated() throws IOException {
        submission("A1.xlsx", List.<String[]>of(report("R-1", "A1", "2024-09-03T10:00:00+07:00", "1")),
                List.<String[]>of(evidence("E-1", "A1", "https://a1.go.id/1")));
        Files.writeString(submissions.resolve("A2.xlsx"), "this is no workbook");
        Files.write(submissions.resolve("A3-lama.xls"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.writeString(submissions.resolve("A3.CSV"), String.join(",", REPORT_HEADER) + "\n");
        submission("B-none.xlsx", null, null);
        Map<String, List<String[]>> half = new LinkedHashMap<>();
        half.put("Reports ", List.<String[]>of(new String[]{"report_id", "agency_id"}, new String[]{"R-3", "A3"}));
        half.put("DISSEMINATION", List.<String[]>of(EVIDENCE_HEADER, evidence("E-3", "A3", "https://a3.go.id/1")));
        workbook(submissions.resolve("C-half.xlsx"), half);

        MonevResult result = MONEV.evaluate(dir);

        List<String> refused = List.of("submissions/A2.xlsx:1 UNUSABLE_FILE", "submissions/A3-lama.xls:1 UNUSABLE_FILE",
                "submissions/A3.CSV:1 UNUSABLE_FILE", "submissions/B-none.xlsx:1 UNUSABLE_FILE",
                "submissions/C-half.xlsx#reports:1 UNUSABLE_FILE");
        assertEquals(refused, places(result.submissions().refused()));
        assertEquals(refused, places(result.rejects()), "the refused submissions come after the files' rejects");
        Reject half1 = result.submissions().refused().get(4);
        assertEquals(null, half1.recordId());
        assertEquals(null, half1.column());
        assertTrue(half1.messageEn().contains("submitted_at") && half1.messageId().contains("submitted_at"), half1.messageEn());
        assertTrue(result.submissions().refused().get(3).messageEn().contains("neither"), "neither sheet");
        assertEquals(List.of(1L, 1L, 0L), List.of(result.input("reports.csv").rows(), result.input("reports.csv").accepted(),
                result.input("reports.csv").rejected()), "refusals count in no file's rows");
        assertEquals(List.of(2L, 2L, 0L), List.of(result.input("dissemination.csv").rows(),
                result.input("dissemination.csv").accepted(), result.input("dissemination.csv").rejected()));
        assertEquals(List.of("submissions/A1.xlsx#dissemination", "submissions/C-half.xlsx#dissemination"),
                result.input("dissemination.csv").files().stream().map(InputSummary.SourceFile::file).toList());
        assertEquals(2, result.figures().national().coveredPairs(), "A1's and C-half's dissemination sheets are read");
    }

    @Test
    void aScorecardsFirstRejectedRowsFollowTheLogicalFileThenTheReadingOrderThenTheRow() throws IOException {
        Files.writeString(dir.resolve("reports.csv"), String.join(",", REPORT_HEADER) + "\n\n\n\nR-1,A1,2024-08,2024-09-03T10:00:00+07:00,1,1,ya,ya\n");
        submission("A1.xlsx", List.<String[]>of(report("R-2", "A1", "2024-09-03T10:00:00+07:00", "x")),
                List.<String[]>of(evidence("E-1", "A1", "nota-url")));
        submission("A1-b.xlsx", List.<String[]>of(new String[0], new String[0], new String[0],
                report("R-3", "A1", "2024-09-03T10:00:00+07:00", "y"), report("R-4", "A1", "2024-09-03T10:00:00+07:00", "z")), null);

        MonevResult result = MONEV.evaluate(dir);

        assertEquals(List.of("reports.csv:5 WRONG_PERIOD", "submissions/A1-b.xlsx#reports:5 BAD_VALUE",
                        "submissions/A1-b.xlsx#reports:6 BAD_VALUE", "submissions/A1.xlsx#reports:2 BAD_VALUE",
                        "submissions/A1.xlsx#dissemination:2 BAD_VALUE"),
                places(agency(result, "A1").detail().rejectedFirst()));
    }

    @Test
    void aCheckOfASubmissionReadsItsTwoSheetsAloneWithTheSenderRule() throws IOException {
        Path file = submission("A1.xlsx", List.<String[]>of(report("R-1", "A1", "2024-09-03T10:00:00+07:00", "1"),
                        report("R-1", "A1", "2024-09-03T10:00:00+07:00", "1"), report("R-2", "A2", "2024-09-03T10:00:00+07:00", "1")),
                List.<String[]>of(evidence("E-1", "A1", "https://a1.go.id/1"), evidence("E-2", "A1", "https://a1.go.id/1")));
        FileCheck check = MONEV.checkAgainst(dir.resolve("agencies.csv"), dir.resolve("narratives.csv"));
        assertTrue(FileCheck.isSubmission("A1.xlsx"));
        assertTrue(!FileCheck.isSubmission("Reports.xlsx") && !FileCheck.isSubmission("A1.csv"));

        List<Reject> rejects = new ArrayList<>();
        List<InputSummary> summaries = check.checkSubmission(file, "A1", rejects::add);

        assertEquals(List.of("A1.xlsx#reports:3 DUPLICATE_ID", "A1.xlsx#reports:4 OTHER_AGENCY",
                "A1.xlsx#dissemination:3 DUPLICATE_EVIDENCE"), places(rejects));
        assertEquals(List.of("reports.csv", "dissemination.csv"), summaries.stream().map(InputSummary::file).toList());
        assertEquals(List.of("A1.xlsx#reports"), summaries.get(0).files().stream().map(InputSummary.SourceFile::file).toList());

        // without the sender, the month's own rejects of that submission under its month's name
        List<Reject> alone = new ArrayList<>();
        check.checkSubmission(file, null, alone::add);
        List<Reject> month = MONEV.evaluate(dir).rejects();
        assertEquals(places(month), places(alone).stream().map(p -> "submissions/" + p).toList());

        Files.writeString(submissions.resolve("broken.xlsx"), "no workbook");
        assertThrows(UnusableFileException.class, () -> check.checkSubmission(submissions.resolve("broken.xlsx"), null, r -> { }));
    }
}
