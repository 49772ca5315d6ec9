package id.go.pcm.batch.report;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.batch.Texts;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.SubsetNames;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.output.UndrawnText;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The minister's report of SPEC 5: cover, executive summary, periodic reports, narratives and
 * dissemination, media monitoring, agency performance, trend, data quality, method and the appendix of
 * every agency, with vector charts, in Bahasa Indonesia or English, PDF/A-1b, the same bytes for the
 * same document.
 *
 * <p>Rendered in one pass: the contents' page numbers and the footers' total ("Halaman 3 dari 18")
 * are small boxes drawn in once known, as each section starts and when the document closes.
 */
public final class MinisterReport implements ReportRenderer {

    /** The report's and the scorecards' words: {@code texts.properties} (English), {@code texts_id.properties}. */
    static final String TEXTS = "id.go.pcm.batch.report.texts";

    /** The sections after the cover, in the order of SPEC 5. */
    private static final List<Section> SECTIONS = List.of(new SummarySection(), new ReportsSection(),
            new DisseminationSection(), new MediaSection(), new PerformanceSection(), new TrendSection(),
            new DataQualitySection(), new MethodSection(), new AppendixSection());

    /**
     * @param locale a document's language
     * @param words  the installation's words
     * @return the report's and the scorecards' texts in that language, with the words filled in
     */
    static Texts texts(Locale locale, DocumentWords words) {
        return words.fill(new Texts(TEXTS, locale));
    }

    /** The texts of a month's documents: a regional month's types speak for no ministry (SPEC 9.3). */
    static Texts texts(Locale locale, DocumentWords words, AgencyTypes types) {
        return words.fill(new Texts(TEXTS, locale), types.isNational());
    }

    @Override
    public void render(FiguresDocument document, Locale locale, DocumentWords words, String signer, OutputStream out) {
        write(document, locale, words, signer, out);
    }

    @Override
    public Scorecards scorecards(FiguresDocument document, Locale locale, DocumentWords words) {
        return new AgencyScorecard(document, locale, words);
    }

    private static void write(FiguresDocument document, Locale locale, DocumentWords words, String signer, OutputStream out) {
        byte[] id = DocumentId.of(document, locale, words, signer, null);
        UndrawnText undrawn = document.undrawn();
        EmbeddedFonts fonts = EmbeddedFonts.get();
        // The fonts are shared; the scope gives this document's subsets names from its own id.
        try (SubsetNames.Scope names = fonts.subsetNames(ByteBuffer.wrap(id).getLong())) {
            compose(document, locale, words, signer, out, id, new Styles(new PdfFonts(fonts, undrawn.printing())));
        }
    }

    private static void compose(FiguresDocument document, Locale locale, DocumentWords words, String signer, OutputStream out,
                                byte[] id, Styles styles) {
        Texts texts = texts(locale, words, document.figures().types());
        Formats formats = new Formats(texts, document.figures().zone());
        String month = formats.month(document.figures().period());
        ReportFrame.Metadata metadata = new ReportFrame.Metadata(texts.format("meta.title", words.titled(texts.get("title"), texts), month),
                texts.format("meta.subject", month), words.issuer(), texts.get("meta.keywords"), document.figures().asOf(), id);
        ReportFrame frame = new ReportFrame(out, metadata, styles, texts, formats,
                texts.format("footer.title", words.titled(texts.get("title.short"), texts), month));
        ReportContext report = new ReportContext(document, words, signer, texts, formats, styles, frame);
        Map<String, String> headings = new LinkedHashMap<>();
        int number = 0;
        for (Section section : SECTIONS) {
            String title = texts.get("section." + section.key());
            headings.put(section.key(), section.numbered() ? texts.format("section.numbered", ++number, title) : title);
        }
        CoverPage.write(report, headings);
        for (Section section : SECTIONS) {
            frame.section(section.key(), headings.get(section.key()));
            section.write(report);
        }
        frame.finish();
    }
}
