package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.evaluation.AgencyFigures;

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
     * @param words    the words on the document: issuer, addressee, region, agencies-word
     * @param out      where to write; not closed
     */
    default void render(FiguresDocument document, Locale locale, DocumentWords words, OutputStream out) {
        render(document, locale, words, null, out);
    }

    /**
     * Writes the report; the signature itself is added to the written PDF afterwards
     * ({@link id.go.pcm.batch.sign.PdfSigner}).
     *
     * @param document the evaluation and its context
     * @param locale   the report's language: Indonesian ({@code id}) or English
     * @param words    the words on the document: issuer, addressee, region, agencies-word
     * @param signer   who signs the report (the signing certificate's subject), named on the cover with
     *                 the as-of time; {@code null} when the run signs nothing
     * @param out      where to write; not closed
     */
    void render(FiguresDocument document, Locale locale, DocumentWords words, String signer, OutputStream out);

    /**
     * The month's scorecards (SPEC 7), one per active agency, written from the same document with the
     * report's page frame, fonts, tables, chart style and words.
     *
     * @param document the evaluation and its context
     * @param locale   the scorecards' language
     * @param words    the words on the scorecards: issuer, region, agencies-word
     * @return the writer of each agency's scorecard; safe to use from several threads at once
     */
    Scorecards scorecards(FiguresDocument document, Locale locale, DocumentWords words);

    /** Writes the scorecard of each active agency of one document. */
    interface Scorecards {
        /**
         * @param agency an active agency of the document
         * @param out    where to write; not closed
         */
        void write(AgencyFigures agency, OutputStream out);
    }
}
