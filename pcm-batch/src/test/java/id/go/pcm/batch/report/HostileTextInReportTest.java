package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text copied from the agencies' files into the report cannot inject anything: names that look like
 * PDF operators, scripts or links are printed as text, and the document holds no script and no link
 * to anything but http/https (issue 6, "hostile text").
 */
class HostileTextInReportTest {

    private static final String OPERATOR_NAME = "Pemerintah Kota Uji\") Tj /F1 99 Tf (";
    private static final String SCRIPT_TITLE = "<script>app.alert(1)</script> javascript:void(0)";
    private static final String LINK_OUTLET = "=HYPERLINK(\"file:///etc/passwd\")";

    @TempDir
    Path month;

    @Test
    void hostileTextIsPrintedAsTextAndLinksNowhere() throws IOException {
        Files.writeString(month.resolve("agencies.csv"), "agency_id,name,type,parent_id,region_code\n"
                + "PROV-UJI,Pemerintah Provinsi Uji,PROVINSI,,32\n"
                + "KOTA-UJI,\"" + OPERATOR_NAME.replace("\"", "\"\"") + "\",KOTA,PROV-UJI,32.71\n", StandardCharsets.UTF_8);
        Files.writeString(month.resolve("narratives.csv"), "narrative_id,title,program,issued_at,targets\n"
                + "N-1,\"" + SCRIPT_TITLE + "\",makan-bergizi-gratis,2024-09-02T09:00:00+07:00,ALL\n", StandardCharsets.UTF_8);
        Files.writeString(month.resolve("reports.csv"),
                "report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda\n", StandardCharsets.UTF_8);
        Files.writeString(month.resolve("dissemination.csv"), "evidence_id,narrative_id,agency_id,channel,published_at,url\n"
                + "E-1,N-1,KOTA-UJI,WEBSITE,2024-09-02T10:00:00+07:00,javascript:alert(1)\n"
                + "E-2,N-1,KOTA-UJI,WEBSITE,2024-09-02T11:00:00+07:00,https://kota-uji.go.id/n-1\n", StandardCharsets.UTF_8);
        Files.writeString(month.resolve("media.csv"), "item_id,published_at,outlet,media_type,sentiment,url\n"
                + "M-1,2024-09-05T10:00:00+07:00,\"" + LINK_OUTLET.replace("\"", "\"\"") + "\",ONLINE,POSITIVE,https://media.example.id/1\n",
                StandardCharsets.UTF_8);
        FiguresDocument document = ReportFixtures.evaluate(month, YearMonth.of(2024, 9),
                OffsetDateTime.parse("2024-10-10T00:00:00+07:00"), List.of(), null);

        for (var locale : List.of(ReportFixtures.INDONESIAN, java.util.Locale.ENGLISH)) {
            try (PDDocument pdf = Loader.loadPDF(ReportFixtures.render(document, locale))) {
                assertNull(pdf.getDocumentCatalog().getNames() == null ? null
                        : pdf.getDocumentCatalog().getNames().getJavaScript(), "no document-level script");
                assertTrue(pdf.getDocumentCatalog().getOpenAction() == null
                        || !(pdf.getDocumentCatalog().getOpenAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript),
                        "no script on opening");
                for (PDPage page : pdf.getPages()) {
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                            assertTrue(uri.getURI().startsWith("http://") || uri.getURI().startsWith("https://"), uri.getURI());
                        }
                    }
                }
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertTrue(text.contains("Tj /F1 99 Tf"), "the operator-like name is printed as text");
                assertTrue(text.contains("<script>app.alert(1)</script>"), "the script-like title is printed as text");
                assertTrue(text.contains("HYPERLINK"), "the formula-like outlet is printed as text");
                assertTrue(text.contains("javascript:alert(1)"), "the rejected link appears only as text in data quality");
            }
        }
    }
}
