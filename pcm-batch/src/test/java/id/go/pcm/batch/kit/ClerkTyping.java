package id.go.pcm.batch.kit;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Test helper: a kit filled in as a clerk's spreadsheet program saves it. The values typed go into the
 * {@code reports} and {@code dissemination} sheets' XML and nothing else of the workbook changes (its
 * instructions, formats, lists and messages stay): a typed cell takes its column's format, as Excel
 * gives a new cell the column's style; a date-time is the serial number Excel keeps (1900 system); a
 * number is a number; a word is a string. The sheets are found by name through the workbook's
 * relationships ({@link KitXml}), not by part name.
 */
final class ClerkTyping {

    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern COLUMN = Pattern.compile("<col [^>]*/>");
    private static final Pattern MIN = Pattern.compile(" min=\"(\\d+)\"");
    private static final Pattern MAX = Pattern.compile(" max=\"(\\d+)\"");
    private static final Pattern STYLE = Pattern.compile(" style=\"(\\d+)\"");

    private final Path kit;
    private final List<Object> report = new ArrayList<>();
    private final List<List<Object>> evidence = new ArrayList<>();

    private ClerkTyping(Path kit) {
        this.kit = kit;
    }

    /** @return a clerk about to fill in {@code kit} */
    static ClerkTyping open(Path kit) {
        return new ClerkTyping(kit);
    }

    /**
     * Types the report into the pre-filled row, from {@code submitted_at} (column D) on.
     *
     * @param values {@code submitted_at}, {@code policies_count}, {@code activities_count}, {@code has_data}, {@code has_agenda}
     * @return this clerk
     */
    ClerkTyping report(Object... values) {
        report.addAll(List.of(values));
        return this;
    }

    /**
     * Types one evidence row under the header (or under the last one typed), from column A; a {@code null}
     * value is a cell left empty.
     *
     * @param values the row, in the header's order
     * @return this clerk
     */
    ClerkTyping evidence(Object... values) {
        evidence.add(java.util.Arrays.asList(values));
        return this;
    }

    /**
     * Saves the workbook under {@code to}.
     *
     * @param to where the filled-in workbook goes
     * @throws Exception when the kit cannot be read or written
     */
    void saveAs(Path to) throws Exception {
        KitXml xml = new KitXml(kit);
        String reportsPart = xml.sheet("reports").part();
        String evidencePart = xml.sheet("dissemination").part();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(kit.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        parts.computeIfPresent(reportsPart, (name, bytes) -> utf8(typeReport(text(bytes))));
        parts.computeIfPresent(evidencePart, (name, bytes) -> utf8(typeEvidence(text(bytes))));
        try (OutputStream out = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    private String typeReport(String sheet) {
        if (report.isEmpty()) {
            return sheet;
        }
        Map<Integer, String> styles = columnStyles(sheet);
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < report.size(); i++) {
            cells.append(cell(4 + i, 2, report.get(i), styles));
        }
        int rowStart = sheet.indexOf("<row r=\"2\"");
        int rowEnd = sheet.indexOf("</row>", rowStart);
        if (rowStart < 0) {
            throw new IllegalStateException("the kit's reports sheet has no pre-filled row 2");
        }
        return sheet.substring(0, rowEnd) + cells + sheet.substring(rowEnd);
    }

    private String typeEvidence(String sheet) {
        Map<Integer, String> styles = columnStyles(sheet);
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < evidence.size(); r++) {
            int row = r + 2;
            rows.append("<row r=\"").append(row).append("\">");
            List<Object> values = evidence.get(r);
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null) {
                    rows.append(cell(c + 1, row, values.get(c), styles));
                }
            }
            rows.append("</row>");
        }
        int end = sheet.indexOf("</sheetData>");
        return sheet.substring(0, end) + rows + sheet.substring(end);
    }

    /** A typed cell: the column's style, a number for a date-time or a number, an inline string for a word. */
    private static String cell(int column, int row, Object value, Map<Integer, String> styles) {
        String ref = (char) ('A' + column - 1) + Integer.toString(row);
        String style = styles.containsKey(column) ? " s=\"" + styles.get(column) + "\"" : "";
        if (value instanceof LocalDateTime at) {
            return "<c r=\"" + ref + "\"" + style + "><v>" + serial(at) + "</v></c>";
        }
        if (value instanceof Number number) {
            return "<c r=\"" + ref + "\"" + style + "><v>" + number + "</v></c>";
        }
        String text = value.toString().replace("&", "&amp;").replace("<", "&lt;");
        return "<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** Excel's serial number of a local date-time: days since 1899-12-30, the time as the fraction of a day. */
    static String serial(LocalDateTime at) {
        long seconds = ChronoUnit.DAYS.between(EPOCH, at.toLocalDate()) * 86_400L + at.toLocalTime().toSecondOfDay();
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400L), MathContext.DECIMAL64).toPlainString();
    }

    /** The style of each column ({@code <col style>}), which a cell typed into it takes. */
    private static Map<Integer, String> columnStyles(String sheet) {
        Map<Integer, String> styles = new LinkedHashMap<>();
        Matcher m = COLUMN.matcher(sheet);
        while (m.find()) {
            Matcher min = MIN.matcher(m.group());
            Matcher max = MAX.matcher(m.group());
            Matcher style = STYLE.matcher(m.group());
            if (min.find() && max.find() && style.find()) {
                for (int c = Integer.parseInt(min.group(1)); c <= Integer.parseInt(max.group(1)); c++) {
                    styles.put(c, style.group(1));
                }
            }
        }
        return styles;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
