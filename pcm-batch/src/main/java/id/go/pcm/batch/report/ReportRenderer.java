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
     * Writes the report of a run that signs nothing.
     *
     * @param document the evaluation and its context
     * @param locale   the report's language: Indonesian ({@code id}) or English
     * @param issuer   the issuing unit printed on the cover
     * @param out      where to write; not closed
     */
    default void render(FiguresDocument document, Locale locale, String issuer, OutputStream out) {
        render(document, locale, issuer, null, out);
    }

    /**
     * Writes the report; the signature itself is added to the written PDF afterwards
     * ({@link id.go.pcm.batch.sign.PdfSigner}).
     *
     * @param document the evaluation and its context
     * @param locale   the report's language: Indonesian ({@code id}) or English
     * @param issuer   the issuing unit printed on the cover
     * @param signer   who signs the report (the signing certificate's subject), named on the cover with
     *                 the as-of time; {@code null} when the run signs nothing
     * @param out      where to write; not closed
     */
    void render(FiguresDocument document, Locale locale, String issuer, String signer, OutputStream out);
}
