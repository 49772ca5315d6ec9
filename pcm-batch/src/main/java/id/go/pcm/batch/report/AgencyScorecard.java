package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.SubsetNames;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.output.UndrawnText;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.Findings;
import id.go.pcm.report.ReportStatus;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An agency's scorecard (SPEC 7): a letter to one K/L/D on its month, with the report's page frame,
 * fonts, tables, chart style and words. Header, score and how it compares, its periodic report, the
 * narratives it was asked to spread, its evidence by channel, its rejected rows, the next steps and,
 * for a province, its regencies and cities. What is the same for every agency of the month (the
 * printing of undrawable text, the agencies by id) is prepared once; each scorecard is then written
 * on its own, so several may be written at once.
 */
final class AgencyScorecard implements ReportRenderer.Scorecards {

    private final FiguresDocument document;
    private final Locale locale;
    private final DocumentWords words;
    private final UndrawnText undrawn;
    private final Map<String, AgencyFigures> byId;

    AgencyScorecard(FiguresDocument document, Locale locale, DocumentWords words) {
        this.document = document;
        this.locale = locale;
        this.words = words;
        this.undrawn = document.undrawn();
        this.byId = document.figures().agencies().stream().collect(Collectors.toMap(AgencyFigures::agencyId, Function.identity()));
    }

    @Override
    public void write(AgencyFigures agency, OutputStream out) {
        byte[] id = DocumentId.of(document, locale, words, null, agency.agencyId());
        EmbeddedFonts fonts = EmbeddedFonts.get();
        try (SubsetNames.Scope names = fonts.subsetNames(ByteBuffer.wrap(id).getLong())) {
            Styles styles = new Styles(new PdfFonts(fonts, undrawn.printing()));
            Texts texts = MinisterReport.texts(locale, words, document.figures().types());
            Formats formats = new Formats(texts, document.figures().zone());
            String month = formats.month(document.figures().period());
            ReportFrame.Metadata metadata = new ReportFrame.Metadata(
                    texts.format("card.meta.title", words.titled(texts.get("card.title"), texts), agency.name(), month),
                    texts.format("card.meta.subject", agency.name(), month), words.issuer(), texts.get("meta.keywords"),
                    document.figures().asOf(), id);
            ReportFrame frame = new ReportFrame(out, metadata, styles, texts, formats,
                    texts.format("card.footer", agency.agencyId(), month));
            ReportContext r = new ReportContext(document, words, null, texts, formats, styles, frame);
            header(r, agency);
            score(r, agency);
            report(r, agency);
            narratives(r, agency);
            channels(r, agency);
            rejected(r, agency);
            nextSteps(r, agency);
            if (document.figures().types().isParent(agency.type())) { // SPEC 9.3: every parent type
                children(r, agency);
            }
            frame.finish();
        }
    }

    /** 1. Who and when. */
    private void header(ReportContext r, AgencyFigures a) {
        r.frame.bookmark("header", a.name());
        r.frame.add(r.styles.paragraph(r.issuerHead(), r.styles.h2, 0, 4));
        r.frame.add(new LineSeparator(1.2f, 100, Palette.NAVY, Element.ALIGN_LEFT, -4));
        r.frame.add(r.styles.paragraph(r.title("card.title"), r.styles.coverMonth, 10, 0));
        r.frame.add(r.styles.paragraph(r.t("card.month", r.month(), r.formats.dateTime(r.figures.asOf())), r.styles.body, 2, 8));
        r.frame.add(r.styles.paragraph(a.name(), r.styles.h1, 4, 2));
        String who = r.t("card.who", a.agencyId(), r.types.one(a.type()));
        if (a.detail().parentId() != null) {
            who = r.t("card.who.province", who, a.detail().parentName() == null ? a.detail().parentId() : a.detail().parentName());
        }
        r.frame.add(r.styles.paragraph(who, r.styles.body, 0, 6));
    }

    /** 2. The score, its parts and how it compares. */
    private void score(ReportContext r, AgencyFigures a) {
        Formats fm = r.formats;
        AgencyDetail d = a.detail();
        r.frame.bookmark("score", r.t("card.section.score"));
        r.frame.subheading(r.t("card.section.score"), 120);
        Double typeMean = r.figures.national().meanScoreByType().get(a.type());
        Double national = r.figures.national().meanScore();
        Findings.Change change = r.findings.scoreChanges().get(a.agencyId());
        r.frame.paragraph(r.t("card.score.sentence", fm.decimal(a.score()), r.name("category", a.category()),
                fm.integer(d.rankInType()), fm.integer(d.ofType()), r.types.manyInText(a.type())));
        Tables.Builder t = r.tables.of(new float[]{4.2f, 2.0f}, r.t("card.col.measure"), r.t("col.value")).right(1).large();
        t.row(r.t("card.score"), fm.decimal(a.score()));
        t.row(r.t("col.category"), r.name("category", a.category()));
        t.row(r.t("card.r"), fm.decimal(a.r()));
        t.row(r.t("card.c"), fm.decimal(a.c()));
        t.row(r.t("card.t"), fm.decimal(a.t()));
        t.row(r.t("card.national_mean"), fm.decimal(national));
        t.row(r.t("card.type_mean", r.types.manyInText(a.type())), fm.decimal(typeMean));
        t.row(r.t("card.rank"), r.t("card.rank.value", fm.integer(d.rankInType()), fm.integer(d.ofType())));
        String then = document.previousMonth().map(p -> fm.month(p.period())).orElse(null);
        t.row(then == null ? r.t("card.previous.none_month") : r.t("card.previous", then),
                change == null ? Formats.NONE : fm.decimal(change.then()) + " (" + fm.change(change.change()) + ")");
        r.frame.table(t.build());
        r.frame.figure(scoreChart(r, a, typeMean, national), 96, r.t("card.chart.caption"));
    }

    /**
     * The agency's score beside the mean of its type and the national mean, on the 0–100 scale of
     * scores; a mean there is none of is left out.
     */
    private static ScoreChartDrawing scoreChart(ReportContext r, AgencyFigures a, Double typeMean, Double national) {
        java.text.NumberFormat values = r.formats.decimalFormat(1);
        List<ScoreChart.Bar> bars = new ArrayList<>();
        bars.add(new ScoreChart.Bar(Charts.shorten(a.name(), 44), a.score(), values.format(a.score()), true));
        if (typeMean != null) {
            bars.add(new ScoreChart.Bar(r.t("card.type_mean", r.types.manyInText(a.type())), typeMean, values.format(typeMean), false));
        }
        if (national != null) {
            bars.add(new ScoreChart.Bar(r.texts.get("card.chart.national"), national, values.format(national), false));
        }
        List<String> ticks = new ArrayList<>();
        for (int i = 0; i * ScoreChart.STEP <= 100; i++) {
            ticks.add(r.formats.integerFormat().format(i * ScoreChart.STEP));
        }
        return new ScoreChartDrawing(r.styles.fonts, bars, ticks, r.texts.get("card.chart.axis"));
    }

    /** 3. The periodic report. */
    private void report(ReportContext r, AgencyFigures a) {
        AgencyDetail d = a.detail();
        r.frame.bookmark("report", r.t("card.section.report"));
        r.frame.subheading(r.t("card.section.report"), 80);
        r.frame.paragraph(r.t("card.report." + a.report().name(), r.formats.date(d.deadline()),
                d.submittedAt() == null ? "" : r.formats.dateTime(d.submittedAt())));
        if (a.report() != ReportStatus.MISSING) {
            Tables.Builder t = r.tables.of(new float[]{4.2f, 2.0f}, r.t("card.col.item"), r.t("card.col.present"));
            AgencyDetail.CompletenessItems items = d.completenessItems();
            t.row(r.t("card.item.policies"), mark(r, items.policies()));
            t.row(r.t("card.item.activities"), mark(r, items.activities()));
            t.row(r.t("card.item.has_data"), mark(r, items.hasData()));
            t.row(r.t("card.item.has_agenda"), mark(r, items.hasAgenda()));
            r.frame.table(t.build());
            if (d.superseded() > 0) {
                r.frame.paragraph(r.t("card.report.superseded", r.formats.integer(d.superseded())));
            }
        }
    }

    /** 4. The narratives that targeted it. */
    private void narratives(ReportContext r, AgencyFigures a) {
        AgencyDetail d = a.detail();
        r.frame.bookmark("narratives", r.t("card.section.narratives"));
        r.frame.subheading(r.t("card.section.narratives"), 60);
        if (d.pairs().isEmpty()) {
            r.frame.paragraph(r.t("card.narratives.none"));
        } else {
            r.frame.paragraph(r.t("card.narratives.intro", r.formats.integer(d.pairs().size()), r.formats.integer(a.covered()),
                    r.formats.integer(a.onTime())));
            Tables.Builder t = r.tables.of(new float[]{2.2f, 4.0f, 2.0f, 2.0f, 2.0f, 2.2f}, r.t("col.narrative_id"),
                    r.t("col.title"), r.t("col.issued"), r.t("card.col.window_end"), r.t("card.col.first_evidence"),
                    r.t("card.col.status")).small();
            for (AgencyDetail.PairFigures p : d.pairs()) {
                t.row(p.narrativeId(), p.title(), r.formats.shortDateTime(p.issuedAt()), r.formats.shortDateTime(p.dueAt()),
                        p.firstEvidence() == null ? Formats.NONE : r.formats.shortDateTime(p.firstEvidence()), r.name("pair", p.status()));
            }
            r.frame.table(t.build());
        }
        if (d.untargetedEvidence() > 0) {
            r.frame.paragraph(r.t("card.narratives.untargeted", r.formats.integer(d.untargetedEvidence())));
        }
    }

    /** 5. Its accepted evidence by channel. */
    private void channels(ReportContext r, AgencyFigures a) {
        r.frame.bookmark("channels", r.t("card.section.channels"));
        r.frame.subheading(r.t("card.section.channels"), 40);
        List<Map.Entry<Channel, ChannelFigures>> used = Charts.byUse(a.detail().channels()).stream()
                .filter(e -> e.getValue().evidence() > 0).toList();
        if (used.isEmpty()) {
            r.frame.paragraph(r.t("card.channels.none"));
            return;
        }
        Tables.Builder t = r.tables.of(new float[]{3.0f, 1.6f, 1.6f, 1.8f}, r.t("col.channel"), r.t("col.evidence"),
                r.t("col.reach"), r.t("col.engagement")).right(1, 2, 3);
        for (Map.Entry<Channel, ChannelFigures> e : used) {
            t.row(r.name("channel", e.getKey()), r.formats.integer(e.getValue().evidence()), r.formats.integer(e.getValue().reach()),
                    r.formats.integer(e.getValue().engagement()));
        }
        r.frame.table(t.build());
    }

    /** 6. Its rejected rows. */
    private void rejected(ReportContext r, AgencyFigures a) {
        AgencyDetail d = a.detail();
        r.frame.bookmark("rejected", r.t("card.section.rejected"));
        r.frame.subheading(r.t("card.section.rejected"), 40);
        long total = d.rejectedTotal();
        if (total == 0) {
            r.frame.paragraph(r.t("card.rejected.none"));
            return;
        }
        r.frame.paragraph(r.t("card.rejected.intro", r.formats.integer(total)));
        Tables.Builder counts = r.tables.of(new float[]{3.0f, 1.2f}, r.t("col.rule"), r.t("col.rows")).right(1);
        for (Map.Entry<RejectCode, Long> e : d.rejectedRows().entrySet()) {
            counts.row(e.getKey().name(), r.formats.integer(e.getValue()));
        }
        r.frame.table(counts.build());
        Tables.Builder first = r.tables.of(new float[]{2.0f, 0.9f, 2.0f, 2.2f, 1.5f, 5.2f}, r.t("col.file"), r.t("col.line"),
                r.t("col.record_id"), r.t("col.rule"), r.t("col.column"), r.t("col.message")).right(1).small();
        boolean english = r.texts.locale().getLanguage().equals("en");
        for (Reject reject : d.rejectedFirst()) {
            first.row(reject.file(), r.formats.integer(reject.line()), orNone(reject.recordId()), reject.code().name(),
                    orNone(reject.column()), english ? reject.messageEn() : reject.messageId());
        }
        if (total > d.rejectedFirst().size()) {
            r.frame.paragraph(r.t("card.rejected.first", r.formats.integer(d.rejectedFirst().size()),
                    "pcm-rejects-" + r.figures.period() + ".csv"));
        }
        r.frame.table(first.build());
    }

    /** 7. What to do next. */
    private void nextSteps(ReportContext r, AgencyFigures a) {
        r.frame.bookmark("next", r.t("card.section.next"));
        r.frame.subheading(r.t("card.section.next"), 30);
        r.frame.bullets(NextSteps.of(r.findings.nextSteps().get(a.agencyId()), r.findings.deadline(), r.figures.period(),
                r.texts, r.formats));
    }

    /** 8. A province's regencies and cities. */
    private void children(ReportContext r, AgencyFigures a) {
        AgencyDetail d = a.detail();
        // the national types keep their words; a parent type of types.csv is named from the types (SPEC 9.3)
        boolean national = r.figures.types().isNational();
        TypeNames n = r.types;
        String title = national ? r.t("card.section.children")
                : r.t("card.section.children.of", DocumentWords.capitalised(n.childrenInText(a.type(), "words.and"), r.texts.locale()), n.oneInText(a.type()));
        r.frame.bookmark("children", title);
        r.frame.subheading(title, 40);
        if (d.children().isEmpty()) {
            r.frame.paragraph(national ? r.t("card.children.none")
                    : r.t("card.children.none.of", n.childrenInText(a.type(), "words.or"), n.oneInText(a.type())));
            return;
        }
        String count = r.formats.integer(d.children().size());
        String mean = r.formats.decimal(d.childrenMeanScore());
        r.frame.paragraph(national ? r.t("card.children.intro", count, mean)
                : r.t("card.children.intro.of", count, n.childrenInText(a.type(), "words.and"), n.oneInText(a.type()), mean));
        Tables.Builder t = r.tables.of(new float[]{2.2f, 5.0f, 1.3f, 1.8f, 1.8f}, r.t("col.agency_id"), r.t("col.agency"),
                r.t("col.score"), r.t("col.category"), r.t("col.report")).right(2).small();
        List<AgencyFigures> children = new ArrayList<>();
        d.children().forEach(id -> children.add(byId.get(id)));
        for (AgencyFigures child : children) {
            t.row(child.agencyId(), child.name(), r.formats.decimal(child.score()), r.name("category", child.category()),
                    r.name("status", child.report()));
        }
        r.frame.table(t.build());
    }

    private static String mark(ReportContext r, boolean present) {
        return r.t(present ? "card.present" : "card.absent");
    }

    private static String orNone(String text) {
        return text == null ? Formats.NONE : text;
    }


}
