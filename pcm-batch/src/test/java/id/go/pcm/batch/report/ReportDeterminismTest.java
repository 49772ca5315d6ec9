package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The same document gives the same bytes: no wall clock, no random ids, no random font-subset names. */
class ReportDeterminismTest {

    @Test
    void twoRendersOfTheSameDocumentAreByteIdentical() {
        FiguresDocument document = ReportFixtures.national();
        assertArrayEquals(ReportFixtures.render(document, ReportFixtures.INDONESIAN),
                ReportFixtures.render(document, ReportFixtures.INDONESIAN));
        assertArrayEquals(ReportFixtures.render(document, Locale.ENGLISH), ReportFixtures.render(document, Locale.ENGLISH));
    }

    @Test
    void theBytesDoNotDependOnTheMachinesLocaleOrTimeZone() {
        FiguresDocument document = ReportFixtures.small();
        byte[] here = ReportFixtures.render(document, ReportFixtures.INDONESIAN);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertArrayEquals(here, ReportFixtures.render(document, ReportFixtures.INDONESIAN));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void theDocumentIsDatedAtTheAsOfTimeNotWhenItWasRendered() throws IOException {
        FiguresDocument document = ReportFixtures.small();
        try (PDDocument pdf = Loader.loadPDF(ReportFixtures.render(document, ReportFixtures.INDONESIAN))) {
            assertEquals(document.figures().asOf().toInstant(), pdf.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(document.figures().asOf().toInstant(), pdf.getDocumentInformation().getModificationDate().toInstant());
        }
    }

    @Test
    void theFileIdentifierComesFromTheInputsAndDiffersBetweenEditions() throws IOException {
        FiguresDocument document = ReportFixtures.small();
        String indonesian = fileId(ReportFixtures.render(document, ReportFixtures.INDONESIAN));
        assertEquals(indonesian, fileId(ReportFixtures.render(document, ReportFixtures.INDONESIAN)));
        assertNotEquals(indonesian, fileId(ReportFixtures.render(document, Locale.ENGLISH)));
        assertNotEquals(indonesian, fileId(ReportFixtures.render(ReportFixtures.smallWithAugust(), ReportFixtures.INDONESIAN)));
        assertFalse(indonesian.isEmpty());
    }

    private static String fileId(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            return id == null ? "" : id.toString();
        }
    }
}
