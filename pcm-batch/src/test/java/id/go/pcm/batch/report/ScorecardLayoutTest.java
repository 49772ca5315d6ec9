package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.evaluation.AgencyFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scorecard whose agency name (200 characters) and narrative titles (300) are as long as SPEC 1
 * allows, and one of names in several scripts: every word is printed, the footer counts the pages
 * there are, and two renders give the same bytes.
 */
class ScorecardLayoutTest {

    @TempDir
    Path dir;

    private static final String LONG_NAME = ("Dinas Komunikasi Informatika Statistik dan Persandian Pemerintah Kabupaten "
            + "Kepulauan Seribu Bagian Utara Wilayah Pengembangan ").repeat(2).substring(0, 200).strip();
    private static final String LONG_TITLE = ("Percepatan penyaluran makan bergizi gratis bagi peserta didik ibu hamil "
            + "dan balita di seluruh kabupaten dan kota ").repeat(4).substring(0, 300).strip();

    private FiguresDocument longMonth() throws IOException {
        Path month = Files.createDirectories(dir.resolve("long"));
        Files.writeString(month.resolve("agencies.csv"), "agency_id,name,type,parent_id,region_code\n"
                + "PROV-UJI,Pemerintah Provinsi Uji,PROVINSI,,32\n"
                + "KAB-PANJANG,\"" + LONG_NAME + "\",KABUPATEN,PROV-UJI,32.01\n", StandardCharsets.UTF_8);
        StringBuilder narratives = new StringBuilder("narrative_id,title,program,issued_at,targets\n");
        for (int n = 1; n <= 30; n++) {
            narratives.append("N-").append(n).append(",\"").append(LONG_TITLE).append("\",makan-bergizi-gratis,2024-09-0")
                    .append(1 + n % 9).append("T09:00:00+07:00,ALL\n");
        }
        Files.writeString(month.resolve("narratives.csv"), narratives, StandardCharsets.UTF_8);
        Files.writeString(month.resolve("reports.csv"), "report_id,agency_id,period,submitted_at,policies_count,"
                + "activities_count,has_data,has_agenda\nR-1,KAB-PANJANG,2024-09,2024-10-02T10:00:00+07:00,1,1,ya,ya\n");
        Files.writeString(month.resolve("dissemination.csv"), "evidence_id,narrative_id,agency_id,channel,published_at,url\n"
                + "E-1,N-1,KAB-PANJANG,WEBSITE,2024-09-02T10:00:00+07:00,https://panjang.go.id/n-1\n");
        Files.writeString(month.resolve("media.csv"), "item_id,published_at,outlet,media_type,sentiment\n");
        return ReportFixtures.evaluate(month, YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"),
                List.of(), null);
    }

    private static byte[] scorecard(FiguresDocument document, String agencyId) {
        AgencyFigures agency = document.figures().agencies().stream().filter(a -> a.agencyId().equals(agencyId))
                .findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinisterReport().scorecards(document, ReportFixtures.INDONESIAN, DocumentWords.national("Kementerian Uji")).write(agency, out);
        return out.toByteArray();
    }

    @Test
    void longNamesAndTitlesArePrintedWholeOverAsManyPagesAsTheyNeed() throws IOException {
        FiguresDocument document = longMonth();
        byte[] pdf = scorecard(document, "KAB-PANJANG");
        ReadBack card = new ReadBack(pdf);
        String text = String.join("\n", card.pages).replaceAll("\\s+", " ");

        assertTrue(text.contains(LONG_NAME), "the whole name: " + text);
        assertTrue(card.title.contains(LONG_NAME), card.title);
        String firstWords = LONG_TITLE.substring(0, 120);
        for (int n = 1; n <= 30; n++) {
            assertTrue(text.contains("N-" + n + " "), "narrative N-" + n);
        }
        assertTrue(text.contains(firstWords), "the titles' words are printed: " + text);
        int pages = card.pages.size();
        assertTrue(pages >= 2, "thirty long titles need more than a page: " + pages);
        for (int p = 1; p <= pages; p++) {
            assertTrue(card.pages.get(p - 1).replaceAll("\\s+", " ").contains("Halaman " + p + " dari " + pages),
                    "page " + p + ": " + card.pages.get(p - 1));
        }
        assertArrayEquals(pdf, scorecard(document, "KAB-PANJANG"), "the same bytes for the same document");
    }

    @Test
    void namesInSeveralScriptsPrintAsThemselvesOrAsTheirCodePoints() {
        FiguresDocument document = ReportFixtures.scripts();
        for (AgencyFigures agency : document.figures().agencies()) {
            ReadBack card = new ReadBack(scorecard(document, agency.agencyId()));
            String text = String.join("\n", card.pages);
            assertTrue(text.contains("ID instansi " + agency.agencyId()), agency.agencyId() + ": " + text);
            assertEquals(card.pages.size(), card.pages.stream().filter(p -> p.contains("dari " + card.pages.size())).count());
        }
    }
}
