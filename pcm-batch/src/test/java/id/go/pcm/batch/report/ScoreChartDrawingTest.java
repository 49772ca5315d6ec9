package id.go.pcm.batch.report;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.PrintedText;
import id.go.pcm.batch.fonts.SubsetNames;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The score chart drawn with OpenPDF and read back with PDFBox: its labels are real text in the embedded fonts. */
class ScoreChartDrawingTest {

    private static final List<String> TICKS = List.of("0", "20", "40", "60", "80", "100");

    private static String drawnText(List<ScoreChart.Bar> bars) throws IOException {
        EmbeddedFonts files = EmbeddedFonts.get();
        PdfFonts fonts = new PdfFonts(files, PrintedText.lenient(files));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SubsetNames.Scope names = files.subsetNames(24)) {
            Document document = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            document.add(new ScoreChartDrawing(fonts, bars, TICKS, "Nilai (0\u2013100)").draw(writer.getDirectContent(), 495, 96));
            document.close();
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "a form on the page");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }

    @Test
    void theLabelsValuesTicksAndAxisLabelAreTextOnThePage() throws IOException {
        String text = drawnText(List.of(new ScoreChart.Bar("Badan Kepegawaian Negara", 85.22, "85,2", true),
                new ScoreChart.Bar("Rata-rata lembaga", 66.7, "66,7", false),
                new ScoreChart.Bar("Rata-rata nasional", 69.0, "69,0", false)));
        List<String> lines = text.lines().map(String::strip).toList();
        assertTrue(lines.contains("Badan Kepegawaian Negara 85,2"), text);
        assertTrue(lines.contains("Rata-rata lembaga 66,7"), text);
        assertTrue(lines.contains("Rata-rata nasional 69,0"), text);
        assertTrue(lines.contains("0 20 40 60 80 100"), text);
        assertTrue(lines.contains("Nilai (0\u2013100)"), text);
    }

    @Test
    void aMissingMeanIsNoBarAndALabelWiderThanHalfThePlotIsTwoLines() throws IOException {
        String wide = "MMMMMMMMMM MMMMMMMMMM MMMMMMMMMM MMMMMMMMMM"; // wider than 237.5 pt at 7.5 pt
        String text = drawnText(List.of(new ScoreChart.Bar(wide, 12.5, "12,5", true),
                new ScoreChart.Bar("Rata-rata nasional", 69.0, "69,0", false)));
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("MMMMMMMMMM MMMMMMMMMM MMMMMMMMMM", "MMMMMMMMMM 12,5", "Rata-rata nasional 69,0",
                "0 20 40 60 80 100", "Nilai (0\u2013100)"), lines, text);
    }

    @Test
    void aNameInAnotherScriptIsDrawnInTheFontOfItsChain() throws IOException {
        String text = drawnText(List.of(new ScoreChart.Bar(ReportFixtures.Scripts.CHINESE_AGENCY, 40, "40,0", true)));
        assertTrue(text.contains(ReportFixtures.Scripts.CHINESE_AGENCY), text);
    }
}
