package id.go.pcm.batch.output;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;

/**
 * Writes {@code pcm-figures-YYYY-MM.json} (SPEC 4): the fixed keys of the contract, unrounded numbers,
 * {@code null} for a ratio with a zero denominator, keys in a fixed order so that the same figures
 * give the same bytes. Keys beyond the contract ({@code narratives}, {@code reports_by_type},
 * {@code previous_period}, each agency's {@code previous_score}, each program's
 * {@code previous_net_sentiment}, {@code undrawable_text}, {@code headline}, {@code findings},
 * {@code rejects}, {@code settings}, the national totals and shares, ...) carry every other figure
 * the PDFs print, so that a reader of the JSON never has to work one out.
 *
 * <p>Written by Jackson's data binding from {@link FiguresView}'s records, which map the document's
 * figures and findings (made once, {@link FiguresDocument}) key for key: nothing is worked out here.
 */
public final class FiguresJson {

    /** The schema name written in the document. */
    public static final String SCHEMA = "pcm-figures/1";

    // Snake case names the keys from the records' components; components keep their declared order
    // (the document's key order), never sorted.
    private final JsonMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /**
     * @param document the evaluation and its context
     * @return the JSON writer of that document, for {@link OutputFiles.Staging#write}
     */
    public OutputFiles.Content of(FiguresDocument document) {
        return out -> write(document, out);
    }

    /**
     * Writes the document.
     *
     * @param document the evaluation and its context
     * @param out      where to write; not closed
     */
    public void write(FiguresDocument document, OutputStream out) {
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, FiguresView.Figures.of(document));
    }
}
