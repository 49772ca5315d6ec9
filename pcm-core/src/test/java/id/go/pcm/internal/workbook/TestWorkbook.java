package id.go.pcm.internal.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a workbook's parts by hand, for the cells a writing library cannot make: formulas without a
 * saved result, inline strings, {@code _xHHHH_} escapes, phonetic runs, merged ranges, the 1904 date
 * system, errors and custom formats. Each cell is given as the sheet's XML has it.
 */
final class TestWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private record Sheet(String name, String state, String rows, String tail) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    /** Custom formats by id (164 on). */
    private final Map<Integer, String> customFormats = new LinkedHashMap<>();
    /** The styles: each a number format id; style 0 is General. */
    private final List<Integer> styles = new ArrayList<>(List.of(0));
    private final List<String> sharedStrings = new ArrayList<>();
    private boolean date1904;
    private String documentRelationship = REL + "/officeDocument";

    /** Adds a visible worksheet; its rows are {@code <row>} elements, its tail what follows {@code sheetData}. */
    TestWorkbook sheet(String name, String rows) {
        return sheet(name, null, rows, "");
    }

    TestWorkbook sheet(String name, String state, String rows, String tail) {
        sheets.add(new Sheet(name, state, rows, tail));
        return this;
    }

    /** @return the style index of a cell in that built-in format */
    int style(int numFmtId) {
        styles.add(numFmtId);
        return styles.size() - 1;
    }

    /** @return the style index of a cell in that custom format */
    int style(String formatCode) {
        int id = 164 + customFormats.size();
        customFormats.put(id, formatCode);
        return style(id);
    }

    /** @return the index of a shared string, given as the XML of its {@code <si>} content */
    int shared(String siXml) {
        sharedStrings.add(siXml);
        return sharedStrings.size() - 1;
    }

    TestWorkbook date1904() {
        date1904 = true;
        return this;
    }

    /** Makes the package a Strict one, as Excel saves "Strict Open XML Spreadsheet". */
    TestWorkbook strict() {
        documentRelationship = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < sheets.size(); i++) {
                Sheet sheet = sheets.get(i);
                int n = i + 1;
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
                list.append("<sheet name=\"").append(sheet.name()).append("\" sheetId=\"").append(n).append("\"")
                        .append(sheet.state() == null ? "" : " state=\"" + sheet.state() + "\"")
                        .append(" r:id=\"rId").append(n).append("\"/>");
                put(zip, "xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
                        + "\" xmlns:r=\"" + REL + "\"><sheetData>" + sheet.rows() + "</sheetData>" + sheet.tail() + "</worksheet>");
            }
            types.append("</Types>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>")
                    .append("<Relationship Id=\"rIdT\" Type=\"").append(REL).append("/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    .append("</Relationships>");
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + documentRelationship + "\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                    + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>" + list + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            StringBuilder styleXml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\">");
            if (!customFormats.isEmpty()) {
                styleXml.append("<numFmts count=\"").append(customFormats.size()).append("\">");
                customFormats.forEach((id, code) -> styleXml.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"")
                        .append(code.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")).append("\"/>"));
                styleXml.append("</numFmts>");
            }
            styleXml.append("<cellXfs count=\"").append(styles.size()).append("\">");
            styles.forEach(id -> styleXml.append("<xf numFmtId=\"").append(id).append("\" applyNumberFormat=\"1\"/>"));
            styleXml.append("</cellXfs></styleSheet>");
            put(zip, "xl/styles.xml", styleXml.toString());
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            sharedStrings.forEach(si -> sst.append("<si>").append(si).append("</si>"));
            put(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // --- cells, as a sheet's XML writes them ---

    static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    /** A row of inline strings from column A on; {@code null} leaves a cell out. */
    static String texts(int number, String... values) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                cells.add(inline(ref(i, number), values[i]));
            }
        }
        return row(number, cells.toArray(new String[0]));
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
    }

    static String sharedCell(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    static String number(String ref, String value, int style) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    static String bool(String ref, boolean value) {
        return "<c r=\"" + ref + "\" t=\"b\"><v>" + (value ? 1 : 0) + "</v></c>";
    }

    static String error(String ref, String shown) {
        return "<c r=\"" + ref + "\" t=\"e\"><v>" + escape(shown) + "</v></c>";
    }

    /** A formula; {@code result} {@code null} for one whose result was never saved. */
    static String formula(String ref, String formula, String type, String result) {
        return "<c r=\"" + ref + "\"" + (type == null ? "" : " t=\"" + type + "\"") + "><f>" + escape(formula) + "</f>"
                + (result == null ? "" : "<v>" + escape(result) + "</v>") + "</c>";
    }

    static String merged(String... refs) {
        StringBuilder xml = new StringBuilder("<mergeCells count=\"" + refs.length + "\">");
        for (String ref : refs) {
            xml.append("<mergeCell ref=\"").append(ref).append("\"/>");
        }
        return xml.append("</mergeCells>").toString();
    }

    /** {@code A1}-style reference of a column (from 0) and row (from 1). */
    static String ref(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
