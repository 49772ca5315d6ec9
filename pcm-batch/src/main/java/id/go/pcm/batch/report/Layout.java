package id.go.pcm.batch.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a render put things: its number of pages and the page each section starts on. The first
 * pass learns it; the second prints it ("Halaman 3 dari 18", the contents on the cover).
 *
 * @param pages        the number of pages, or 0 when not yet known
 * @param sectionPages the first page of each section, by section key, in document order
 */
record Layout(int pages, Map<String, Integer> sectionPages) {

    /** Before the first pass. */
    static final Layout UNKNOWN = new Layout(0, Map.of());

    /**
     * For a document written in one pass: the footer's total is drawn once the document closes (a
     * document without contents to fill in needs no second pass).
     */
    static final Layout ONE_PASS = new Layout(-1, Map.of());

    /** Freezes the map in document order. */
    Layout {
        sectionPages = Collections.unmodifiableMap(new LinkedHashMap<>(sectionPages));
    }

    /** @return whether the page count is known */
    boolean known() {
        return pages > 0;
    }

    /** @return whether the page count is to be drawn when the document closes */
    boolean totalAtClose() {
        return pages < 0;
    }
}
