package id.go.pcm.internal.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A file's first line that is not blank, read ahead of the parser: it decides the delimiter
 * (SPEC 1.1), and tells a tab-separated text export from a CSV whose header lacks columns.
 *
 * @param text the line without its line break; at most the scanned number of characters
 */
record HeaderLine(String text) {

    /**
     * Reads the first line that is not blank and puts the reader back where it was.
     *
     * @param reader the file's text, supporting {@link BufferedReader#mark(int)}
     * @param limit  at most this many characters are read
     * @return the line, empty when the file holds nothing but blank lines
     * @throws IOException when the text cannot be read
     */
    static HeaderLine peek(BufferedReader reader, int limit) throws IOException {
        reader.mark(limit);
        StringBuilder line = new StringBuilder();
        boolean blank = true;
        for (int read = 0, c; read < limit && (c = reader.read()) >= 0; read++) {
            if (c == '\n' || c == '\r') {
                if (!blank) {
                    break;
                }
                line.setLength(0);
            } else {
                line.append((char) c);
                blank &= Character.isWhitespace(c);
            }
        }
        reader.reset();
        return new HeaderLine(line.toString());
    }

    /**
     * @param raw a header field as parsed
     * @return the column name it gives: trimmed, lower case, empty when nothing is left
     */
    static String columnName(String raw) {
        String trimmed = Text.trimToNull(raw);
        return trimmed == null ? "" : trimmed.toLowerCase(Locale.ROOT);
    }

    /** @return semicolon when the line holds more semicolons than commas (Excel in the Indonesian locale), else comma */
    char delimiter() {
        long commas = text.chars().filter(c -> c == ',').count();
        long semicolons = text.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Whether the file is tab-separated text (Excel's "Text (Tab delimited)") rather than CSV: this
     * line, split on tabs, holds more of the required columns than the header as read with the
     * delimiter does. A header that holds every required column is never taken for one, whatever
     * tabs the file holds elsewhere; nor is one that splitting on tabs would not mend in part.
     *
     * @param header   the header's column names as read with the delimiter
     * @param required the columns the file must have
     * @return whether the header's missing columns are there once the line is split on tabs
     */
    boolean isTabSeparated(List<String> header, List<String> required) {
        if (text.indexOf('\t') < 0) {
            return false;
        }
        List<String> onTabs = namesSplitOnTabs();
        return required.stream().filter(onTabs::contains).count() > required.stream().filter(header::contains).count();
    }

    /** The names this line gives with tab as the delimiter and RFC 4180 quoting, or none when its quoting is broken. */
    private List<String> namesSplitOnTabs() {
        CSVFormat tabs = CSVFormat.RFC4180.builder().setDelimiter('\t').setTrailingData(true).get();
        try (CSVParser parser = tabs.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> names = new ArrayList<>();
            if (records.hasNext()) {
                for (String field : records.next()) {
                    names.add(columnName(field));
                }
            }
            return names;
        } catch (UncheckedIOException | IllegalStateException e) {
            return List.of(); // a quote left open (a header going on to the next line): not a tab export's header
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
    }
}
