package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;

import java.io.OutputStream;
import java.util.Locale;

/**
 * Renders the minister's report from the same document the JSON twin is written from. No Spring,
 * no CSV: figures in, PDF bytes out, the same bytes for the same figures.
 */
public interface ReportRenderer {

    /**
     * Writes the report.
     *
     * @param document the evaluation and its context
     * @param locale   the report's language: Indonesian ({@code id}) or English
     * @param issuer   the issuing unit printed on the cover
     * @param out      where to write; not closed
     */
    void render(FiguresDocument document, Locale locale, String issuer, OutputStream out);
}
