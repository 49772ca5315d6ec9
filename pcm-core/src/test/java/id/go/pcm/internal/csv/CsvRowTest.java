package id.go.pcm.internal.csv;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvRowTest {

    private static final Map<String, Integer> INDEX = Map.of("id", 0, "name", 1);

    private static CsvRow row(int fieldCount, int headerCount) {
        return new CsvRow("reports.csv", 7, INDEX, new String[] {"R-1", null}, fieldCount, headerCount);
    }

    @Test
    void valueOfAKnownColumn() {
        assertEquals("R-1", row(2, 2).value("id"));
    }

    @Test
    void absentValueIsNull() {
        assertNull(row(2, 2).value("name"));
    }

    @Test
    void columnOutsideTheLayoutIsNull() {
        assertNull(row(2, 2).value("note"));
    }

    @Test
    void columnNamesAreTheLayoutsLowerCaseNames() {
        assertNull(row(2, 2).value("ID"));
    }

    @Test
    void sameFieldCountAsTheHeaderIsWellFormed() {
        assertFalse(row(2, 2).malformed());
    }

    @Test
    void differentFieldCountIsMalformed() {
        assertTrue(row(3, 2).malformed());
        assertTrue(row(1, 2).malformed());
    }

    @Test
    void malformedRowHidesItsValues() {
        assertNull(row(3, 2).value("id"));
    }

    @Test
    void countsAreKeptForTheMalformedRowMessage() {
        CsvRow row = row(5, 2);

        assertEquals(5, row.fieldCount());
        assertEquals(2, row.headerCount());
    }

    @Test
    void knowsItsFileAndLine() {
        CsvRow row = row(2, 2);

        assertEquals("reports.csv", row.file());
        assertEquals(7, row.line());
    }

    @Test
    void toStringIsFileColonLine() {
        assertEquals("reports.csv:7", row(2, 2).toString());
    }
}
