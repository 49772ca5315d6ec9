package id.go.pcm.batch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heights of table cells already measured, for the cells that come again: a month's scorecards
 * have the same headers, labels, names and figures in the same columns, and OpenPDF measures a cell
 * by laying its text out in full (a fifth of a scorecard's cost) before it lays it out again to draw
 * it. A cell of {@link Tables} is its phrase (each piece of text in its font, as printed), alignment
 * and descender room in a column's place; everything else about it is the same in every table, so the
 * same key is the same measurement, to the bit: the bytes drawn do not change. Bounded: the least
 * recently used measurements go first.
 */
final class CellHeights {

    /**
     * What a cell of {@link Tables} holds, written out as one string (compared and hashed far faster
     * than records of records): its phrase's style, each piece of text in its font, its alignment and
     * its room below.
     *
     * @param key the string
     */
    record Content(String key) {
    }

    /**
     * A cell's content in its column's place, OpenPDF's own floats (the same widths can give other bits
     * elsewhere). Written out by hand: a record's generated methods are slow at the JIT tier the job
     * runs at, and the content string keeps its hash.
     */
    private record Key(String content, float left, float right, float top) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.left == left && k.right == right && k.top == top && k.content.equals(content);
        }

        @Override
        public int hashCode() {
            return ((content.hashCode() * 31 + Float.floatToIntBits(left)) * 31 + Float.floatToIntBits(right)) * 31
                    + Float.floatToIntBits(top);
        }
    }

    /** What measuring a cell leaves: its bottom and the height it answers. */
    private record Measure(float bottom, float height) {
    }

    private final int capacity;
    private final Map<Key, Measure> measured;
    /** The fonts met so far, numbered: OpenPDF's fonts compare by identity. */
    private final Map<BaseFont, Integer> fonts = new IdentityHashMap<>();
    private final AtomicLong measuredCount = new AtomicLong();

    /** @param capacity the measurements kept at most */
    CellHeights(int capacity) {
        this.capacity = capacity;
        this.measured = new LinkedHashMap<>(256, 0.75f, true);
    }

    /** @return how many cells were measured by laying them out (the others were known) */
    long measured() {
        return measuredCount.get();
    }

    /**
     * @param phrase       a cell's phrase, made by {@link Styles#phrase}
     * @param alignment    its horizontal alignment
     * @param useDescender whether it makes room for the descender
     * @return what decides the cell's height, besides its column's place
     */
    Content content(Phrase phrase, int alignment, boolean useDescender) {
        StringBuilder key = new StringBuilder(64).append(alignment).append(useDescender ? '+' : '-');
        style(key, phrase.getFont());
        for (Element e : phrase) {
            Chunk chunk = (Chunk) e; // Styles.phrase makes chunks only
            String text = chunk.getContent();
            style(key.append('|'), chunk.getFont());
            key.append(text.length()).append(':').append(text);
        }
        return new Content(key.toString());
    }

    /** A font as it lays text out: the font file, size, style and colour (OpenPDF's {@link Font} compares by identity). */
    private void style(StringBuilder key, Font font) {
        int id;
        synchronized (fonts) {
            id = fonts.computeIfAbsent(font.getBaseFont(), f -> fonts.size());
        }
        key.append(id).append(',').append(Float.floatToIntBits(font.getSize())).append(',').append(font.getStyle())
                .append(',').append(font.getColor() == null ? 0 : font.getColor().getRGB()).append(';');
    }

    /**
     * Has a table measure its rows through the heights known.
     *
     * @param table    a table whose rows are all complete
     * @param contents what each cell of each row holds ({@link #content}), header rows first
     */
    void measure(PdfPTable table, Content[][] contents) {
        // The table's own list: OpenPDF gives no other way to choose the rows it makes.
        List<PdfPRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            rows.set(r, new Row(rows.get(r).getCells(), contents[r]));
        }
    }

    /** As {@link PdfPCell#getMaxHeight()}, which it calls for a cell not known yet: the cell's bottom set, its height. */
    private float height(PdfPCell cell, Content content) {
        Key key = new Key(content.key(), cell.getLeft(), cell.getRight(), cell.getTop());
        Measure known;
        synchronized (this) {
            known = measured.get(key);
        }
        if (known != null) {
            cell.setBottom(known.bottom());
            return known.height();
        }
        float height = cell.getMaxHeight();
        measuredCount.incrementAndGet();
        synchronized (this) {
            measured.put(key, new Measure(cell.getBottom(), height));
            if (measured.size() > capacity) {
                measured.remove(measured.keySet().iterator().next());
            }
        }
        return height;
    }

    /** A table row whose heights come from the measurements known ({@link PdfPRow#calculateHeights()}'s loop). */
    private final class Row extends PdfPRow {
        private final Content[] contents;

        Row(PdfPCell[] cells, Content[] contents) {
            super(cells);
            this.contents = contents;
        }

        @Override
        public float calculateHeights() {
            maxHeight = 0;
            PdfPCell[] cells = getCells();
            for (int k = 0; k < cells.length; k++) {
                PdfPCell cell = cells[k];
                if (cell == null) {
                    continue;
                }
                float height = height(cell, contents[k]);
                if (height > maxHeight && cell.getRowspan() == 1) {
                    maxHeight = height;
                }
            }
            calculated = true;
            return maxHeight;
        }
    }
}
