package id.go.pcm;

import id.go.pcm.agency.AgencyTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a {@link GeneratedMonth} as a month folder, in a given CSV layout, and tells on which
 * physical line each row starts, counted the way SPEC 1.1 counts them.
 */
final class MonthFolderWriter {

    /**
     * How the files are written.
     *
     * @param delimiter {@code ,} or {@code ;}
     * @param bom       whether the files start with a UTF-8 byte-order mark
     * @param lineEnd   {@code \n} or {@code \r\n}
     */
    record Layout(char delimiter, boolean bom, String lineEnd) {

        static final Layout PLAIN = new Layout(',', false, "\n");

        /** @return every combination of comma/semicolon, with/without BOM, LF/CRLF */
        static List<Layout> all() {
            List<Layout> all = new ArrayList<>();
            for (char delimiter : new char[] {',', ';'}) {
                for (boolean bom : new boolean[] {false, true}) {
                    for (String lineEnd : List.of("\n", "\r\n")) {
                        all.add(new Layout(delimiter, bom, lineEnd));
                    }
                }
            }
            return all;
        }
    }

    /** A row as written: the generated row and the physical line it starts on. */
    record WrittenRow(GeneratedMonth.Row row, long line) {
    }

    private MonthFolderWriter() {
    }

    /**
     * Writes the month.
     *
     * @param month   the month
     * @param folder  an empty folder
     * @param layout  the CSV layout
     * @param shuffle when not {@code null}, shuffles each file's data rows with it (the header stays first)
     * @param blanks  when not {@code null}, puts blank lines (empty or only spaces) between rows with it
     * @return each file's rows in written order with their lines
     */
    static Map<String, List<WrittenRow>> write(GeneratedMonth month, Path folder, Layout layout, Random shuffle,
                                               Random blanks) {
        Map<String, List<WrittenRow>> written = new LinkedHashMap<>();
        for (GeneratedMonth.File file : month.files()) {
            List<GeneratedMonth.Row> rows = new ArrayList<>(file.rows());
            if (shuffle != null && !file.name().equals(AgencyTypes.FILE_NAME)) { // its order is the order of the types
                Collections.shuffle(rows, shuffle);
            }
            StringBuilder text = new StringBuilder();
            if (layout.bom()) {
                text.append('\uFEFF');
            }
            text.append(record(file.header(), layout.delimiter()));
            long line = 1;
            List<WrittenRow> lines = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                text.append(layout.lineEnd());
                line++;
                while (blanks != null && blanks.nextInt(6) == 0) {
                    text.append(List.of("", "   ", "\t").get(blanks.nextInt(3))).append(layout.lineEnd());
                    line++;
                }
                String record = record(rows.get(i).fields(), layout.delimiter());
                lines.add(new WrittenRow(rows.get(i), line));
                text.append(record);
                line += breaks(record);
            }
            if (month.finalLineEnd() || rows.isEmpty()) {
                text.append(layout.lineEnd());
            }
            try {
                Files.writeString(folder.resolve(file.name()), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.put(file.name(), lines);
        }
        return written;
    }

    /** One record: fields joined by the delimiter, quoted as RFC 4180 asks when they hold a delimiter, quote or line break. */
    static String record(List<String> fields, char delimiter) {
        StringBuilder record = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                record.append(delimiter);
            }
            String field = fields.get(i);
            if (field.indexOf(delimiter) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                record.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                record.append(field);
            }
        }
        return record.toString();
    }

    /** Line breaks inside a record: CRLF, LF and CR each count once. */
    private static long breaks(String record) {
        long breaks = 0;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == record.length() || record.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }
}
