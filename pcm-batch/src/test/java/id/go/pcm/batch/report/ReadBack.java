package id.go.pcm.batch.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rendered report read back with PDFBox: each page's text, the outline, fonts and images. */
final class ReadBack {

    final List<String> pages = new ArrayList<>();
    /** Outline titles and the page (from 1) each points to, in outline order. */
    final Map<String, Integer> outline = new LinkedHashMap<>();
    final String title;
    final String subject;
    final String author;
    final String keywords;
    final java.util.Calendar created;
    /** Every font on every page and in every form (chart) drawn on it: name and whether it is embedded. */
    final Map<String, Boolean> fonts = new LinkedHashMap<>();
    int rasterImages;
    /** Forms of vector drawing taller than a page number: the charts. */
    int forms;
    private static final float PAGE_NUMBER_HEIGHT = 20;

    ReadBack(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    PDPage page = item.findDestinationPage(doc);
                    outline.put(item.getTitle(), page == null ? -1 : doc.getPages().indexOf(page) + 1);
                }
            }
            title = doc.getDocumentInformation().getTitle();
            subject = doc.getDocumentInformation().getSubject();
            author = doc.getDocumentInformation().getAuthor();
            keywords = doc.getDocumentInformation().getKeywords();
            created = doc.getDocumentInformation().getCreationDate();
            for (PDPage page : doc.getPages()) {
                resources(page.getResources());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void resources(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.merge(font.getName(), font.isEmbedded(), Boolean::logicalAnd);
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                rasterImages++;
            } else if (object instanceof PDFormXObject form) {
                // a chart; the small forms are the page numbers drawn in when known (footer total, contents)
                forms += form.getBBox().getHeight() > PAGE_NUMBER_HEIGHT ? 1 : 0;
                resources(form.getResources());
            }
        }
    }

    /** @return the page count */
    int pageCount() {
        return pages.size();
    }

    /** @return every page's text, joined */
    String text() {
        return String.join("\n", pages);
    }

    /** @return the text of page {@code n}, counted from 1 */
    String page(int n) {
        return pages.get(n - 1);
    }

    /** @return the lines of every page */
    List<String> lines() {
        return text().lines().map(String::strip).toList();
    }
}
