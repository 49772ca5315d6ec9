package id.go.pcm.internal.csv;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderLineTest {

    private static final List<String> REQUIRED = List.of("agency_id", "name", "type");

    private static HeaderLine peek(String text) throws IOException {
        return HeaderLine.peek(new BufferedReader(new StringReader(text)), 1 << 20);
    }

    // --- the line ---

    @Test
    void peekReadsTheFirstLineThatIsNotBlankAndPutsTheReaderBack() throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader("\n \t\r\nid,name\r\n1,a\n"));

        assertEquals("id,name", HeaderLine.peek(reader, 1 << 20).text());
        assertEquals("", reader.readLine(), "the reader is back at the start");
    }

    @Test
    void peekStopsAtTheLimit() throws IOException {
        assertEquals("id,n", HeaderLine.peek(new BufferedReader(new StringReader("id,name\n")), 4).text());
    }

    @Test
    void fileOfBlankLinesGivesAnEmptyLine() throws IOException {
        assertEquals("", peek("\n  \r\n").text());
    }

    @Test
    void columnNamesAreTrimmedAndLowerCased() {
        assertEquals("agency_id", HeaderLine.columnName(" \tAgency_ID\u00A0"));
        assertEquals("", HeaderLine.columnName("  "));
    }

    // --- the delimiter (the cases through CsvFile are in CsvFileTest.Delimiter) ---

    @Test
    void semicolonOnlyWhenMoreSemicolonsThanCommas() {
        assertEquals(';', new HeaderLine("a;b;c,d").delimiter());
        assertEquals(',', new HeaderLine("a;b,c").delimiter());
        assertEquals(',', new HeaderLine("a\tb\tc").delimiter());
    }

    // --- tab-separated ---

    @Test
    void tabSeparatedHeaderIsTabSeparated() {
        HeaderLine line = new HeaderLine("agency_id\tname\ttype\tparent_id");

        assertTrue(line.isTabSeparated(List.of("agency_id\tname\ttype\tparent_id"), REQUIRED));
    }

    @Test
    void quotedNamesSplitOnTabsCount() {
        HeaderLine line = new HeaderLine("\"Agency_ID\"\t\" Name \"\tTYPE");

        assertTrue(line.isTabSeparated(List.of("\"agency_id\"\t\" name \"\ttype"), REQUIRED));
    }

    @Test
    void tabSeparatedHeaderLackingAColumnIsStillTabSeparated() {
        // an export of an older layout: the tabs are the first thing to fix, the missing column comes next
        HeaderLine line = new HeaderLine("agency_id\tname");

        assertTrue(line.isTabSeparated(List.of("agency_id\tname"), REQUIRED));
    }

    @Test
    void headerHoldingEveryRequiredColumnIsNeverTabSeparated() {
        HeaderLine line = new HeaderLine("agency_id,name,type,\"note\twith\ttabs\"");

        assertFalse(line.isTabSeparated(List.of("agency_id", "name", "type", "note\twith\ttabs"), REQUIRED));
    }

    @Test
    void lineWithoutATabIsNotTabSeparated() {
        assertFalse(new HeaderLine("agency_id,name").isTabSeparated(List.of("agency_id", "name"), REQUIRED));
    }

    @Test
    void tabsThatMendNoMissingColumnAreNotTabSeparated() {
        // a comma file that lacks type, with a tab inside an unknown column's name
        HeaderLine line = new HeaderLine("agency_id,name,remark\tx");

        assertFalse(line.isTabSeparated(List.of("agency_id", "name", "remark\tx"), REQUIRED));
    }

    @Test
    void tabsThatGiveAsManyRequiredColumnsAsTheDelimiterAreNotTabSeparated() {
        // split on commas: "agency_id\tname" and "type"; on tabs: "agency_id" and "name,type"
        HeaderLine line = new HeaderLine("agency_id\tname,type");

        assertFalse(line.isTabSeparated(List.of("agency_id\tname", "type"), REQUIRED));
    }

    @Test
    void quoteLeftOpenOnTheLineIsNotTabSeparated() {
        // a header whose quoted name goes on to the next line: only its first line is here
        HeaderLine line = new HeaderLine("agency_id\tname\t\"type");

        assertFalse(line.isTabSeparated(List.of("agency_id\tname\t\"type"), REQUIRED));
    }
}
