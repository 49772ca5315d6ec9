package id.go.pcm.batch.report;

import id.go.pcm.evaluation.PreviousMonth;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.ProgramFigures;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The executive summary's findings for a month with and without a stored month to compare with. */
class SummarySectionTest {

    private static String summary(FiguresDocument document, Locale locale) {
        ReadBack pdf = new ReadBack(ReportFixtures.render(document, locale));
        // A line may break after a hyphen inside a program tag; read it whole again.
        return pdf.page(2).replaceAll("(?<=\\p{L})-\\s*\\R\\s*", "-").replaceAll("\\s+", " ");
    }

    @Test
    void withoutAStoredMonthItSaysWhatCannotBeComparedYet() {
        String summary = summary(ReportFixtures.small(), ReportFixtures.INDONESIAN);
        assertTrue(summary.contains("Skor per instansi bulan sebelumnya belum tersimpan"), summary);
        assertTrue(summary.contains("Sentimen per program bulan sebelumnya belum tersimpan"), summary);
        assertTrue(summary.contains("Bulan sebelumnya"), "the comparison column is headed but empty: " + summary);
    }

    @Test
    void namesTheProgramsWhoseNetSentimentTurnedNegative() {
        FiguresDocument august = ReportFixtures.smallWithAugust();
        MonthlyFigures f = august.figures();
        MediaFigures m = f.media();
        Map<String, ProgramFigures> programs = new TreeMap<>(m.programs());
        // makan-bergizi-gratis had a neutral and a negative item out of two: net sentiment -50%.
        programs.put("makan-bergizi-gratis", new ProgramFigures(2, 0, 1, 1, -0.5, 1.0));
        MonthlyFigures turned = new MonthlyFigures(f.period(), f.asOf(), f.zone(), f.types(), f.national(), new MediaFigures(m.items(),
                m.sentiment(), m.netSentiment(), programs, m.daily(), m.topOutlets(), m.narrativePickup()), f.agencies(),
                f.narratives());
        PreviousMonth before = new PreviousMonth(august.previous().period(), august.previous().scores(),
                Map.of("makan-bergizi-gratis", 0.125));
        FiguresDocument document = new FiguresDocument(turned, august.inputs(), august.history(), august.settings(),
                august.firstRejects(), august.rejectCounts(), before);
        String indonesian = summary(document, ReportFixtures.INDONESIAN);
        assertTrue(indonesian.contains("Sentimen bersih berbalik negatif dibanding Agustus 2024 pada program "
                + "makan-bergizi-gratis (dari +12,5% menjadi -50,0%)."), indonesian);
        String english = summary(document, Locale.ENGLISH);
        assertTrue(english.contains("Net sentiment turned negative since August 2024 for makan-bergizi-gratis "
                + "(from +12.5% to -50.0%)."), english);
    }

    @Test
    void namesAtMostFiveProgramsThatTurnedNegativeAndCountsTheRest() {
        FiguresDocument august = ReportFixtures.smallWithAugust();
        MonthlyFigures f = august.figures();
        MediaFigures m = f.media();
        Map<String, ProgramFigures> programs = new TreeMap<>();
        Map<String, Double> before = new TreeMap<>();
        for (int i = 1; i <= 7; i++) {
            programs.put("program-" + i, new ProgramFigures(4, 1, 0, 3, -0.5, 1.0 / 7));
            before.put("program-" + i, 0.25);
        }
        MonthlyFigures turned = new MonthlyFigures(f.period(), f.asOf(), f.zone(), f.types(), f.national(), new MediaFigures(m.items(),
                m.sentiment(), m.netSentiment(), programs, m.daily(), m.topOutlets(), m.narrativePickup()), f.agencies(),
                f.narratives());
        FiguresDocument document = new FiguresDocument(turned, august.inputs(), august.history(), august.settings(),
                august.firstRejects(), august.rejectCounts(),
                new PreviousMonth(august.previous().period(), august.previous().scores(), before));
        String summary = summary(document, ReportFixtures.INDONESIAN);
        assertTrue(summary.contains("program-5 (dari +25,0% menjadi -50,0%); 2 program lainnya (lihat bagian "
                + "\u201cPemantauan Media\u201d)."), summary);
        assertTrue(!summary.contains("program-6 (dari"), summary);
    }

    @Test
    void withAStoredMonthItComparesScoresAndSentiment() {
        String summary = summary(ReportFixtures.smallWithAugust(), ReportFixtures.INDONESIAN);
        // Bundled months: JABAR 100 -> 92.5, KOTA-BDG 22.5 -> 71.25, KEMENKES 65 -> 0.
        assertTrue(summary.contains("Kenaikan skor terbesar dibanding Agustus 2024: "), summary);
        assertTrue(summary.contains("(+48,8, dari 22,5 menjadi 71,3)"), summary);
        assertTrue(summary.contains("(-65,0, dari 65,0 menjadi 0,0)"), summary);
        assertTrue(summary.contains("Tidak ada program yang sentimen bersihnya berbalik negatif dibanding Agustus 2024"), summary);
    }
}
