package id.go.pcm.batch.report;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.SubsetNames;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.evaluation.AgencyFigures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/**
 * The scorecard against its floor (issue 24), outside the test suite: in one JVM and one sitting, the
 * CPU a month's scorecards take and the CPU of their floor, a PDF/A-1b document per agency of two A4
 * pages with the same embedded fonts (seeded subsets, as the scorecards have them), the same text (each
 * scorecard's own lines, taken from it beforehand) and one drawn rule per line, drawn directly on the
 * page with OpenPDF's {@link PdfContentByte}: no layout, no tables, no chart. Each round renders every
 * scorecard, then every floor document, on this thread; its CPU time is measured (so that other
 * processes on the machine disturb it less than wall time); the best of the rounds is kept after a
 * warm-up round. Run it with the launcher's JVM options, so that the JIT is the job's:
 *
 * <pre>
 * mvn -B -q -o test-compile -pl pcm-batch -am
 * mvn -B -q -o -pl pcm-batch dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx320m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
 *      -cp pcm-batch/target/test-classes:pcm-batch/target/classes:$(cat pcm-batch/target/bench.cp) \
 *      id.go.pcm.batch.report.ScorecardFloorBenchmark pcm-samples/months/2024-09 [rounds=3] [id|en]
 * </pre>
 *
 * It lives beside the report's tests, not in pcm-samples' {@code bench} with the other harnesses:
 * pcm-batch's tests use pcm-samples, so pcm-samples cannot use pcm-batch.
 */
public final class ScorecardFloorBenchmark {

    private static final float MARGIN = 50;
    private static final float LEADING = 12;

    private ScorecardFloorBenchmark() {
    }

    /**
     * @param args the month's folder, optionally the rounds (3) and the language ({@code id})
     * @throws IOException when a scorecard cannot be read back
     */
    public static void main(String[] args) throws IOException {
        Path month = Path.of(args.length > 0 ? args[0] : "pcm-samples/months/2024-09");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Locale locale = Locale.forLanguageTag(args.length > 2 ? args[2] : "id");
        FiguresDocument document = ReportFixtures.evaluate(month, YearMonth.of(2024, 9),
                OffsetDateTime.parse("2024-10-10T00:00:00+07:00"), List.of(), null);
        List<AgencyFigures> agencies = document.figures().agencies();
        ReportRenderer.Scorecards cards = new MinisterReport().scorecards(document, locale, ReportFixtures.NATIONAL);

        // What each floor document draws: its scorecard's lines, read back once, outside the timing.
        List<List<String>> texts = new ArrayList<>();
        long pages = 0;
        long characters = 0;
        for (AgencyFigures agency : agencies) {
            byte[] pdf = scorecard(cards, agency);
            try (PDDocument read = Loader.loadPDF(pdf)) {
                pages += read.getNumberOfPages();
                List<String> lines = read.getNumberOfPages() == 0 ? List.of()
                        : List.of(new PDFTextStripper().getText(read).split("\\R"));
                texts.add(lines);
                characters += lines.stream().mapToLong(String::length).sum();
            }
        }
        System.out.printf(Locale.ROOT, "%d scorecards, %d pages, %d characters of text%n", agencies.size(), pages, characters);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestCards = Double.MAX_VALUE;
        double bestFloor = Double.MAX_VALUE;
        long cardBytes = 0;
        long floorBytes = 0;
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            long start = threads.getCurrentThreadCpuTime();
            cardBytes = 0;
            for (AgencyFigures agency : agencies) {
                cardBytes += scorecard(cards, agency).length;
            }
            double cardsCpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            start = threads.getCurrentThreadCpuTime();
            floorBytes = 0;
            for (int i = 0; i < agencies.size(); i++) {
                floorBytes += floor(document, agencies.get(i), texts.get(i)).length;
            }
            double floorCpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d%s: scorecards %.2f s CPU, floor %.2f s CPU, %.2fx%n", round,
                    round == 0 ? " (warm-up)" : "", cardsCpu, floorCpu, cardsCpu / floorCpu);
            if (round > 0) {
                bestCards = Math.min(bestCards, cardsCpu);
                bestFloor = Math.min(bestFloor, floorCpu);
            }
        }
        int n = agencies.size();
        // What the JVM-wide reuse did in all (the scorecards read back, then each round both kinds): the fonts'
        // streams serve scorecards and floor documents alike; only scorecards have tables.
        System.out.printf(Locale.ROOT, "font streams made: %d for %d documents; table cells laid out to be measured: %d%n",
                EmbeddedFonts.get().subsetProgramsMade(), (long) n * (2 * rounds + 3), Tables.HEIGHTS.measured());
        System.out.printf(Locale.ROOT, "best of %d: a scorecard %.1f ms CPU (%d bytes), its floor %.1f ms (%d bytes): %.2fx the floor%n",
                rounds, bestCards * 1000 / n, cardBytes / n, bestFloor * 1000 / n, floorBytes / n, bestCards / bestFloor);
    }

    private static byte[] scorecard(ReportRenderer.Scorecards cards, AgencyFigures agency) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cards.write(agency, out);
        return out.toByteArray();
    }

    /** The floor: the scorecard's frame (PDF/A-1b, metadata, fonts) and its text and lines, drawn directly. */
    private static byte[] floor(FiguresDocument figures, AgencyFigures agency, List<String> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] id = DocumentId.of(figures, Locale.ROOT, ReportFixtures.NATIONAL, null, agency.agencyId());
        EmbeddedFonts fonts = EmbeddedFonts.get();
        try (SubsetNames.Scope names = fonts.subsetNames(java.nio.ByteBuffer.wrap(id).getLong())) {
            Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_4);
            writer.setPDFXConformance(PdfWriter.PDFA1B);
            document.addTitle(agency.name());
            document.addAuthor(ReportFixtures.ISSUER);
            document.addCreator("PCM");
            document.open();
            GregorianCalendar created = GregorianCalendar.from(figures.figures().asOf().toZonedDateTime());
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(created));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(created));
            writer.getInfo().put(PdfName.PRODUCER, new PdfString("PCM"));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            writer.createXmpMetadata();
            BaseFont regular = fonts.pdf(EmbeddedFonts.Face.REGULAR, 0);
            BaseFont bold = fonts.pdf(EmbeddedFonts.Face.BOLD, 0);
            int perPage = (lines.size() + 1) / 2;
            for (int page = 0; page < 2; page++) {
                if (page > 0) {
                    document.newPage();
                }
                PdfContentByte canvas = writer.getDirectContent();
                float y = PageSize.A4.getHeight() - MARGIN;
                List<String> part = lines.subList(Math.min(lines.size(), page * perPage), Math.min(lines.size(), (page + 1) * perPage));
                canvas.setLineWidth(0.5f);
                for (int i = 0; i < part.size(); i++) {
                    canvas.moveTo(MARGIN, y - 3);
                    canvas.lineTo(PageSize.A4.getWidth() - MARGIN, y - 3);
                    y -= LEADING * 0.6f;
                }
                canvas.stroke();
                y = PageSize.A4.getHeight() - MARGIN;
                canvas.beginText();
                for (int i = 0; i < part.size(); i++) {
                    canvas.setFontAndSize(i == 0 ? bold : regular, i == 0 ? 12 : 7);
                    canvas.setTextMatrix(MARGIN, y);
                    canvas.showText(part.get(i));
                    y -= LEADING * 0.6f;
                }
                canvas.endText();
            }
            document.close();
        }
        return out.toByteArray();
    }
}
