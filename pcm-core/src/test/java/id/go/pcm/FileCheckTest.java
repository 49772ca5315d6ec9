package id.go.pcm;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/**
 * The self-check of SPEC 6: a check of one file gives exactly the rejects the month's run records
 * for that file; with a sender, those plus one {@code OTHER_AGENCY} per row of another agency.
 */
class FileCheckTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");

    @TempDir
    Path dir;

    private Path newFolder() {
        try {
            return Files.createTempDirectory(dir, "month");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCheckOfEachFileGivesThatFilesRejectsInTheMonthsRun() {
        qt().withExamples(MonthFolderPropertiesTest.EXAMPLES).forAll(MonthFolderPropertiesTest.shapes()).checkAssert(shape -> {
            GeneratedMonth generated = MonthGenerator.generate(shape, true);
            Path folder = newFolder();
            MonthFolderWriter.write(generated, folder, MonthFolderPropertiesTest.layoutFor(shape.seed()), null,
                    new Random(shape.seed()));
            Monev monev = Monev.of(generated.period(), generated.asOf());
            MonevResult run = monev.evaluate(folder);
            FileCheck check = monev.checkAgainst(folder.resolve("agencies.csv"), folder.resolve("narratives.csv"));
            for (MonthFile file : MonthFile.values()) {
                FileCheck.Result result = check.check(folder.resolve(file.fileName()), null);
                List<Reject> expected = run.rejects().stream().filter(r -> r.file().equals(file.fileName())).toList();
                assertEquals(expected, result.rejects(), file.fileName());
                assertEquals(run.input(file.fileName()), result.summary(), file.fileName());
            }
        });
    }

    @Test
    void aSenderMakesEveryAcceptedRowOfAnotherAgencyOtherAgencyAndLeavesItsOwnRowsAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("month"));
        Files.writeString(folder.resolve("agencies.csv"), """
                agency_id,name,type,parent_id,region_code
                PROV-JABAR,Provinsi Jawa Barat,PROVINSI,,32
                KOTA-BDG,Kota Bandung,KOTA,PROV-JABAR,32.73
                KEMENKES,Kementerian Kesehatan,KEMENTERIAN,,
                """);
        Files.writeString(folder.resolve("narratives.csv"), """
                narrative_id,title,program,issued_at,targets
                N-1,Makan bergizi,makan-bergizi-gratis,2024-09-02T08:00:00+07:00,ALL
                """);
        String dissemination = """
                evidence_id,narrative_id,agency_id,channel,published_at,url
                E-1,N-1,KOTA-BDG,WEBSITE,2024-09-02T10:00:00+07:00,https://bandung.go.id/a
                E-2,N-1,KEMENKES,WEBSITE,2024-09-02T11:00:00+07:00,https://kemkes.go.id/a
                E-3,N-1,KOTA-BDG,WEBSITE,2024-09-02T12:00:00+07:00,https://bandung.go.id/a
                E-2,N-1,KOTA-BDG,WEBSITE,2024-09-02T13:00:00+07:00,https://bandung.go.id/b
                E-4,N-1,KEMENKES,WEBSITE,2024-09-02T14:00:00+07:00,https://kemkes.go.id/a
                E-5,N-1,NOBODY,WEBSITE,2024-09-02T15:00:00+07:00,https://x.go.id/a
                """;
        Monev monev = Monev.of(SEPTEMBER, AS_OF);
        FileCheck check = monev.checkAgainst(folder.resolve("agencies.csv"), folder.resolve("narratives.csv"));

        FileCheck.Result without = check.check(MonthFile.DISSEMINATION, stream(dissemination), null);
        FileCheck.Result with = check.check(MonthFile.DISSEMINATION, stream(dissemination), "KOTA-BDG");

        // The month's rules: E-3 repeats E-1's link, the second E-2 repeats an id, E-4 repeats E-2's
        // link (E-2 counts as accepted for that rule although another agency's), NOBODY is unknown.
        assertEquals(List.of("4 E-3 DUPLICATE_EVIDENCE", "5 E-2 DUPLICATE_ID", "6 E-4 DUPLICATE_EVIDENCE", "7 E-5 UNKNOWN_AGENCY"),
                brief(without.rejects()));
        assertEquals(List.of("3 E-2 OTHER_AGENCY", "4 E-3 DUPLICATE_EVIDENCE", "5 E-2 DUPLICATE_ID",
                "6 E-4 DUPLICATE_EVIDENCE", "7 E-5 UNKNOWN_AGENCY"), brief(with.rejects()));
        Reject other = with.rejects().get(0);
        assertEquals("agency_id", other.column());
        assertEquals("this row is for KEMENKES; the file is sent by KOTA-BDG: send this row from KEMENKES, or correct agency_id.",
                other.messageEn());
        assertEquals("baris ini untuk KEMENKES; berkas dikirim oleh KOTA-BDG: kirim baris ini dari KEMENKES, atau perbaiki agency_id.",
                other.messageId());
        assertEquals(1, with.summary().accepted(), "only the sender's own E-1");
        assertEquals(5, with.summary().rejected());

        // The month's run never has the rule.
        Files.writeString(folder.resolve("dissemination.csv"), dissemination);
        Files.writeString(folder.resolve("reports.csv"), "report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda\n");
        Files.writeString(folder.resolve("media.csv"), "item_id,published_at,outlet,media_type,sentiment\n");
        assertEquals(without.rejects(), monev.evaluate(folder).rejects());
    }

    @Test
    void aSenderOfReportsToo() {
        FileCheck check = Monev.of(SEPTEMBER, AS_OF).checkAgainst(Fixtures.agencies().all(), null);
        String reports = """
                report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda
                R-1,%s,2024-09,2024-09-30T10:00:00+07:00,1,1,ya,ya
                R-2,%s,2024-09,2024-09-30T10:00:00+07:00,1,1,ya,ya
                """.formatted(Fixtures.KEMKES, Fixtures.BANDUNG);
        FileCheck.Result result = check.check(MonthFile.REPORTS, stream(reports), Fixtures.KEMKES);
        assertEquals(List.of("3 R-2 OTHER_AGENCY"), brief(result.rejects()));
    }

    @Test
    void aSenderThatIsNoAcceptedAgencyIsRefused() {
        FileCheck check = Monev.of(SEPTEMBER, AS_OF).checkAgainst(Fixtures.agencies().all(), null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> check.check(MonthFile.REPORTS, stream("report_id\n"), "NOBODY"));
        assertEquals("the sender NOBODY is not an accepted agency of the month's agencies.csv", refused.getMessage());
    }

    @Test
    void anUnusableFileIsItsOneRefusal() {
        FileCheck check = Monev.of(SEPTEMBER, AS_OF).checkAgainst(Fixtures.agencies().all(), null);
        UnusableFileException refused = assertThrows(UnusableFileException.class,
                () -> check.check(MonthFile.REPORTS, stream("report_id,agency_id\nR-1,X\n"), null));
        assertTrue(refused.getMessage().startsWith("reports.csv lacks the required column(s) period"), refused.getMessage());
    }

    @Test
    void aRefusalIsListedAsOneUnusableFileRowWithBothMessages() {
        FileCheck check = Monev.of(SEPTEMBER, AS_OF).checkAgainst(Fixtures.agencies().all(), null);
        UnusableFileException refused = assertThrows(UnusableFileException.class,
                () -> check.check(MonthFile.REPORTS, stream("report_id,agency_id\nR-1,X\n"), null));
        assertEquals(new Reject("reports.csv", 1, null, id.go.pcm.validation.RejectCode.UNUSABLE_FILE, null, refused.messageId(),
                refused.getMessage(), null), FileCheck.refusal(refused));
    }

    @Test
    void aFileOnDiskThatIsNotThereIsNamedWithoutTheMonthsRuleOfFive() {
        FileCheck check = Monev.of(SEPTEMBER, AS_OF).checkAgainst(Fixtures.agencies().all(), null);
        UnusableFileException refused = assertThrows(UnusableFileException.class,
                () -> check.check(dir.resolve("reports.csv"), null, reject -> { }));
        assertEquals("reports.csv is not in " + dir.toAbsolutePath() + ": check the file's name and folder.", refused.getMessage());
    }

    @Test
    void manyChecksAtOnceOnOneReferenceGiveWhatTheyGiveOneByOne() throws Exception {
        Path folder = newFolder();
        GeneratedMonth generated = MonthGenerator.generate(new MonthGenerator.Shape(8, 4, 12, 15, 15, 30, 7L), true);
        MonthFolderWriter.write(generated, folder, MonthFolderPropertiesTest.layoutFor(7L), null, new Random(7L));
        FileCheck check = Monev.of(generated.period(), generated.asOf())
                .checkAgainst(folder.resolve("agencies.csv"), folder.resolve("narratives.csv"));
        List<FileCheck.Result> alone = new ArrayList<>();
        for (MonthFile file : MonthFile.values()) {
            alone.add(check.check(folder.resolve(file.fileName()), null));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<FileCheck.Result>> together = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                MonthFile file = MonthFile.values()[i % 5];
                together.add(threads.submit(() -> check.check(folder.resolve(file.fileName()), null)));
            }
            for (int i = 0; i < together.size(); i++) {
                assertEquals(alone.get(i % 5), together.get(i).get(), MonthFile.values()[i % 5].fileName());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> brief(List<Reject> rejects) {
        return rejects.stream().map(r -> r.line() + " " + r.recordId() + " " + r.code()).toList();
    }
}
