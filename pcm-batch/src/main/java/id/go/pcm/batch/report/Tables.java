package id.go.pcm.batch.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's tables: a dark header row repeated on every page the table spans, light stripes,
 * numbers right-aligned, rows never split across pages. Short tables are kept on one page.
 */
final class Tables {

    /** Tables up to this many rows are moved whole to the next page rather than split. */
    private static final int KEEP_TOGETHER_ROWS = 15;

    /**
     * The cells measured so far, for every document this JVM writes: a cell's measurement depends only
     * on what {@link CellHeights.Content} holds (fonts are the JVM's), and a month's scorecards repeat
     * most of their cells. A few hundred bytes a cell.
     */
    static final CellHeights HEIGHTS = new CellHeights(20_000);

    private final Styles styles;

    Tables(Styles styles) {
        this.styles = styles;
    }

    /**
     * @param widths  the columns' relative widths
     * @param headers the header row
     * @return a table to fill
     */
    Builder of(float[] widths, String... headers) {
        return new Builder(widths, headers);
    }

    /** A table being filled, row by row. */
    final class Builder {
        private final float[] widths;
        private final String[] headers;
        private final int[] alignments;
        private final List<String[]> rows = new ArrayList<>();
        private final List<Font> fonts = new ArrayList<>();
        private final java.util.Set<Integer> monoColumns = new java.util.HashSet<>();
        private Font cellFont = styles.tableCell;
        private Font headerFont = styles.tableHeader;

        private Builder(float[] widths, String[] headers) {
            if (widths.length != headers.length) {
                throw new IllegalArgumentException(widths.length + " widths for " + headers.length + " headers");
            }
            this.widths = widths.clone();
            this.headers = headers.clone();
            this.alignments = new int[widths.length];
            java.util.Arrays.fill(alignments, Element.ALIGN_LEFT);
        }

        /** Right-aligns the columns given (numbers). */
        Builder right(int... columns) {
            for (int column : columns) {
                alignments[column] = Element.ALIGN_RIGHT;
            }
            return this;
        }

        /** Uses a larger font, for the summary's headline figures. */
        Builder large() {
            cellFont = styles.tableCellLarge;
            headerFont = styles.tableHeaderLarge;
            return this;
        }

        /** Uses a smaller font for the body, for wide tables. */
        Builder small() {
            cellFont = styles.smallCell;
            return this;
        }

        /** Adds a row. */
        Builder row(String... cells) {
            return row(cellFont, cells);
        }

        /** Adds a row in bold (a total). */
        Builder boldRow(String... cells) {
            return row(cellFont == styles.tableCellLarge ? styles.tableCellLargeBold : styles.tableCellBold, cells);
        }

        /** Writes the column in the fixed-width font (digests). */
        Builder mono(int column) {
            monoColumns.add(column);
            return this;
        }

        private Builder row(Font font, String... cells) {
            if (cells.length != widths.length) {
                throw new IllegalArgumentException(cells.length + " cells for " + widths.length + " columns");
            }
            rows.add(cells.clone());
            fonts.add(font);
            return this;
        }

        /** @return whether no row was added */
        boolean isEmpty() {
            return rows.isEmpty();
        }

        /** @return the table */
        PdfPTable build() {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSplitRows(false);
            table.setSpacingBefore(2);
            table.setSpacingAfter(8);
            table.setKeepTogether(rows.size() <= KEEP_TOGETHER_ROWS);
            CellHeights.Content[][] contents = new CellHeights.Content[rows.size() + 1][widths.length];
            for (int c = 0; c < headers.length; c++) {
                PdfPCell cell = cell(headers[c], headerFont, alignments[c], contents[0], c);
                cell.setBackgroundColor(Palette.HEADER_FILL);
                table.addCell(cell);
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < widths.length; c++) {
                    PdfPCell cell = cell(rows.get(r)[c], monoColumns.contains(c) ? styles.mono : fonts.get(r), alignments[c],
                            contents[r + 1], c);
                    if (r % 2 == 1) {
                        cell.setBackgroundColor(Palette.STRIPE);
                    }
                    table.addCell(cell);
                }
            }
            HEIGHTS.measure(table, contents);
            return table;
        }

        /** Makes a cell, and puts what decides its height in {@code contents[column]}. */
        private PdfPCell cell(String text, Font font, int alignment, CellHeights.Content[] contents, int column) {
            com.lowagie.text.Phrase phrase = styles.phrase(text, font);
            PdfPCell cell = new PdfPCell(phrase);
            // Room under the last line for a fallback font's deeper glyphs, in those rows only.
            boolean deeper = styles.reachesBelow(phrase);
            contents[column] = HEIGHTS.content(phrase, alignment, deeper);
            cell.setUseDescender(deeper);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(Palette.GRID);
            cell.setBorderWidth(0.4f);
            cell.setHorizontalAlignment(alignment);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            cell.setPaddingTop(2.2f);
            cell.setPaddingBottom(3.2f);
            cell.setPaddingLeft(3);
            cell.setPaddingRight(3);
            return cell;
        }
    }
}
