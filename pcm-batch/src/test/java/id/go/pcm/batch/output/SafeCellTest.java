package id.go.pcm.batch.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeCellTest {

    @Test
    void neutralisesTextThatASpreadsheetWouldRun() {
        assertEquals("'=HYPERLINK(\"http://x\")", SafeCell.of("=HYPERLINK(\"http://x\")"));
        assertEquals("'+62 812", SafeCell.of("+62 812"));
        assertEquals("'-5", SafeCell.of("-5"));
        assertEquals("'@SUM(A1)", SafeCell.of("@SUM(A1)"));
    }

    @Test
    void leavesOtherTextAlone() {
        assertEquals("KOTA-BDG", SafeCell.of("KOTA-BDG"));
        assertEquals("a=b", SafeCell.of("a=b"));
        assertEquals("'quoted", SafeCell.of("'quoted"));
    }

    @Test
    void writesAbsentValuesAsEmptyCells() {
        assertEquals("", SafeCell.of(null));
        assertEquals("", SafeCell.of(""));
    }
}
