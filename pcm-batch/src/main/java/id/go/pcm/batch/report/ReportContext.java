package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.output.UndrawnText;
import id.go.pcm.evaluation.Findings;
import id.go.pcm.evaluation.MonthHistory;
import id.go.pcm.evaluation.MonthlyFigures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a section writes with: the figures, the edition's words and formats, and the page. */
final class ReportContext {

    final FiguresDocument document;
    /** What the document's figures say: the sections print these, never work them out. */
    final Findings findings;
    /** The document's texts that print with marks. */
    final UndrawnText undrawn;
    final MonthlyFigures figures;
    /** The installation's words: issuer, addressee, region (the texts' agencies-word is filled in already). */
    final DocumentWords words;
    /** The signer the cover names, or null when the run signs nothing. */
    final String signer;
    final Texts texts;
    final Formats formats;
    final Styles styles;
    final Tables tables;
    final Charts charts;
    final TrendChart trend;
    final ReportFrame frame;
    /** The month's types as the documents name them. */
    final TypeNames types;

    ReportContext(FiguresDocument document, DocumentWords words, String signer, Texts texts, Formats formats, Styles styles,
                  ReportFrame frame) {
        this.document = document;
        this.findings = document.findings();
        this.undrawn = document.undrawn();
        this.figures = document.figures();
        this.words = words;
        this.signer = signer;
        this.texts = texts;
        this.formats = formats;
        this.styles = styles;
        this.tables = new Tables(styles);
        ChartStyle chartStyle = new ChartStyle(styles.fonts, formats);
        this.types = new TypeNames(figures.types(), texts);
        this.charts = new Charts(chartStyle, texts, formats, types);
        this.trend = new TrendChart(chartStyle, texts, formats);
        this.frame = frame;
    }

    /** @return the month in words, {@code September 2024} */
    String month() {
        return formats.month(figures.period());
    }

    /** @return the latest stored month before this one, as the trend has it, if any */
    Optional<MonthHistory> previous() {
        List<MonthHistory> history = document.history();
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** @return the stored months and this one, oldest first: the trend's points */
    List<MonthHistory> months() {
        List<MonthHistory> months = new ArrayList<>(document.history());
        months.add(MonthHistory.of(figures));
        return months;
    }

    /** @return the text of a title's key, ending with the region when one is set */
    String title(String key) {
        return words.titled(texts.get(key), texts);
    }

    /** @return the issuing unit as a document's head prints it, in capitals */
    String issuerHead() {
        return words.issuer().toUpperCase(texts.locale());
    }

    /** @return the text of a key */
    String t(String key) {
        return texts.get(key);
    }

    /** @return the text of {@code prefix.VALUE} */
    String name(String prefix, Enum<?> value) {
        return texts.name(prefix, value);
    }

    /** @return the sentence of a pattern with its arguments */
    String t(String key, Object... args) {
        return texts.format(key, args);
    }
}
