package id.go.pcm.batch;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test helper: the text of a run's PDFs as a reader copies it, white space folded. */
final class ReportText {

    private ReportText() {
    }

    /** @return the PDF's text, each run of white space one space */
    static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** @return whether some scorecard of the month in {@code out} shows {@code text} */
    static boolean onAScorecard(Path out, String period, String text) throws IOException {
        try (Stream<Path> cards = Files.list(out.resolve("pcm-rapor-" + period))) {
            for (Path card : cards.toList()) {
                if (of(card).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
