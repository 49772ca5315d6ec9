package id.go.pcm.batch.output;

import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.PrintedText;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The texts of a document that the PDF cannot print exactly: those holding a character that no
 * embedded font draws, which the report prints as a mark such as {@code [U+1F4F0]} (see
 * {@link PrintedText}). The report's data-quality section and the figures JSON both show these, from
 * this one reckoning.
 *
 * @param printing   how the document prints text (strict when the lenient printing would print two
 *                   of its values alike)
 * @param values     the texts with at least one mark, in document order
 * @param codePoints every code point printed as a mark, ascending
 */
public record UndrawnText(PrintedText printing, List<Value> values, SortedSet<Integer> codePoints) {

    /** Freezes the collections. */
    public UndrawnText {
        values = List.copyOf(values);
        codePoints = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(codePoints));
    }

    /**
     * One text with marks.
     *
     * @param text       the text, exactly as in the input
     * @param codePoints its code points printed as marks, ascending
     */
    public record Value(InputText text, SortedSet<Integer> codePoints) {
    }

    /**
     * Reckoned once per document ({@link FiguresDocument#undrawn()}): the JSON and the PDFs read it.
     *
     * @param texts a document's texts from the input files, in document order
     * @return those that print with marks, under the printing chosen for all of them
     */
    static UndrawnText of(List<InputText> texts) {
        PrintedText printing = PrintedText.forValues(EmbeddedFonts.get(), texts.stream().map(InputText::text).toList());
        List<Value> values = new ArrayList<>();
        SortedSet<Integer> all = new TreeSet<>();
        for (InputText text : texts) {
            SortedSet<Integer> undrawn = printing.undrawn(text.text());
            if (!undrawn.isEmpty()) {
                values.add(new Value(text, undrawn));
                all.addAll(undrawn);
            }
        }
        return new UndrawnText(printing, values, all);
    }
}
