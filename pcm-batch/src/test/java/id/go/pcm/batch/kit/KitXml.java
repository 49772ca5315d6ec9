package id.go.pcm.batch.kit;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;

/**
 * Test helper: a kit read back as a spreadsheet program reads it, by unzipping it and parsing its
 * SpreadsheetML with the JDK's XML parser (no PCM code): its sheets, cells, column formats and
 * validations.
 */
final class KitXml {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A sheet as the workbook lists it. */
    record Sheet(String name, String state, String part) {
    }

    /** One {@code <dataValidation>}. */
    record Validation(String sqref, String type, String errorStyle, String promptTitle, String prompt, String errorTitle,
                      String error, String formula, boolean showInputMessage) {
    }

    private final Map<String, Document> parts = new LinkedHashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final List<Sheet> sheets = new ArrayList<>();

    KitXml(Path kit) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (ZipFile zip = new ZipFile(kit.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), builder.parse(in));
                    }
                }
            }
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (Element rel : elements(part("xl/_rels/workbook.xml.rels").getDocumentElement(), "*", "Relationship")) {
            targets.put(rel.getAttribute("Id"), "xl/" + rel.getAttribute("Target").replaceFirst("^/xl/", ""));
        }
        for (Element sheet : elements(part("xl/workbook.xml").getDocumentElement(), MAIN, "sheet")) {
            sheets.add(new Sheet(sheet.getAttribute("name"), sheet.getAttribute("state"),
                    targets.get(sheet.getAttributeNS(REL, "id"))));
        }
        if (parts.containsKey("xl/sharedStrings.xml")) {
            for (Element si : elements(part("xl/sharedStrings.xml").getDocumentElement(), MAIN, "si")) {
                sharedStrings.add(si.getTextContent());
            }
        }
    }

    Document part(String name) {
        Document document = parts.get(name);
        if (document == null) {
            throw new AssertionError("no part " + name + " in " + parts.keySet());
        }
        return document;
    }

    List<Sheet> sheets() {
        return sheets;
    }

    Sheet sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet " + name + " in " + sheets));
    }

    /** @return the sheet's cells by reference ({@code A1}), as text */
    Map<String, String> cells(String sheetName) {
        Map<String, String> cells = new TreeMap<>();
        for (Element c : elements(part(sheet(sheetName).part()).getDocumentElement(), MAIN, "c")) {
            String type = c.getAttribute("t");
            String value;
            if (type.equals("inlineStr")) {
                value = c.getTextContent();
            } else {
                NodeList v = c.getElementsByTagNameNS(MAIN, "v");
                value = v.getLength() == 0 ? "" : v.item(0).getTextContent();
                if (type.equals("s")) {
                    value = sharedStrings.get(Integer.parseInt(value));
                }
            }
            cells.put(c.getAttribute("r"), value);
        }
        return cells;
    }

    /** @return a row's values, from column A on, up to its last cell */
    List<String> row(String sheetName, int row) {
        Map<String, String> cells = cells(sheetName);
        List<String> values = new ArrayList<>();
        for (int c = 0; ; c++) {
            String value = cells.get(Validations.letter(c) + row);
            if (value == null) {
                return values;
            }
            values.add(value);
        }
    }

    /** @return a column's values from a row down, until the first row without it */
    List<String> column(String sheetName, String letter, int fromRow) {
        Map<String, String> cells = cells(sheetName);
        List<String> values = new ArrayList<>();
        for (int r = fromRow; cells.containsKey(letter + r); r++) {
            values.add(cells.get(letter + r));
        }
        return values;
    }

    /** @return the number format of each column's own style ({@code <col style>}), by 1-based column; null for none */
    Map<Integer, String> columnFormats(String sheetName) {
        Map<Integer, String> formats = new TreeMap<>();
        for (Element col : elements(part(sheet(sheetName).part()).getDocumentElement(), MAIN, "col")) {
            String style = col.getAttribute("style");
            formats.put(Integer.parseInt(col.getAttribute("min")), style.isEmpty() ? null : format(Integer.parseInt(style)));
        }
        return formats;
    }

    /** @return the format code of a cell style ({@code s}), or {@code General} */
    String format(int style) {
        Element styleSheet = part("xl/styles.xml").getDocumentElement();
        Element cellXfs = elements(styleSheet, MAIN, "cellXfs").get(0);
        Element xf = elements(cellXfs, MAIN, "xf").get(style);
        String id = xf.getAttribute("numFmtId");
        for (Element numFmt : elements(styleSheet, MAIN, "numFmt")) {
            if (numFmt.getAttribute("numFmtId").equals(id)) {
                return numFmt.getAttribute("formatCode");
            }
        }
        return id.equals("0") ? "General" : "built-in " + id;
    }

    /** @return the format of one cell ({@code B2}) */
    String cellFormat(String sheetName, String ref) {
        for (Element c : elements(part(sheet(sheetName).part()).getDocumentElement(), MAIN, "c")) {
            if (c.getAttribute("r").equals(ref)) {
                return c.getAttribute("s").isEmpty() ? "General" : format(Integer.parseInt(c.getAttribute("s")));
            }
        }
        throw new AssertionError("no cell " + ref);
    }

    /** @return the sheet's validations, in order */
    List<Validation> validations(String sheetName) {
        List<Validation> validations = new ArrayList<>();
        for (Element v : elements(part(sheet(sheetName).part()).getDocumentElement(), MAIN, "dataValidation")) {
            NodeList formula = v.getElementsByTagNameNS(MAIN, "formula1");
            validations.add(new Validation(v.getAttribute("sqref"), v.getAttribute("type"), v.getAttribute("errorStyle"),
                    v.getAttribute("promptTitle"), v.getAttribute("prompt"), v.getAttribute("errorTitle"), v.getAttribute("error"),
                    formula.getLength() == 0 ? null : formula.item(0).getTextContent(),
                    v.getAttribute("showInputMessage").equals("1") || v.getAttribute("showInputMessage").equals("true")));
        }
        return validations;
    }

    private static List<Element> elements(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
