package id.go.pcm.internal.workbook;

import id.go.pcm.csv.UnusableFileException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a {@code .xlsx} file is, before a row is read (SPEC 10.1): a zip that unpacks to a sane size
 * (the reading library has no guard of its own), holding a transitional SpreadsheetML workbook (not a
 * Strict one, not a binary one, not some other document), whose worksheets are known by their ids.
 * Only the package's small parts are read here ({@code [Content_Types].xml} and the relationships),
 * with a StAX reader that refuses DTDs; the sheets are the library's.
 *
 * @param zip        the open zip; closed by the caller
 * @param hasStyles  whether the workbook has a styles part (without it no number is a date)
 * @param date1904   whether the workbook counts days from 1904 ({@code workbookPr date1904}, which the
 *                   library reads as {@code true} only when written {@code "true"}, while Excel writes {@code "1"})
 * @param worksheets the worksheet parts by relationship id; chart and macro sheets are not worksheets
 */
record WorkbookPackage(ZipFile zip, boolean hasStyles, boolean date1904, Map<String, String> worksheets) {

    /** The most a workbook may unpack to, whatever its size. */
    static final long MAX_UNPACKED = 2L << 30;
    /** The most a workbook may unpack to, as a multiple of its size. */
    static final long MAX_RATIO = 100;

    private static final String TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final List<String> WORKBOOKS = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml");
    private static final String BINARY = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

    /**
     * Checks a zip's size as unpacked, then what it holds.
     *
     * @param zip  the zip
     * @param name the file's name, for refusals
     * @param size the file's size in bytes
     * @return the package
     * @throws UnusableFileException when it unpacks to too much, or is not a transitional workbook
     */
    static WorkbookPackage inspect(ZipFile zip, String name, long size) {
        checkUnpackedSize(zip, name, size);
        try {
            Relationship document = officeDocument(zip, name);
            if (document.type().startsWith(STRICT)) {
                throw new UnusableFileException(name, 0, "file.strict");
            }
            String workbook = document.target();
            Map<String, String> types = contentTypes(zip);
            String type = types.getOrDefault("/" + workbook, types.get(extension(workbook)));
            if (type != null && type.startsWith(BINARY)) {
                throw new UnusableFileException(name, 0, "file.xlsb_named_xlsx");
            }
            if (type == null || !WORKBOOKS.contains(type) || zip.getEntry(workbook) == null) {
                throw new UnusableFileException(name, 0, "file.no_workbook");
            }
            Map<String, String> worksheets = new HashMap<>();
            for (Relationship part : relationships(zip, relsOf(workbook), folderOf(workbook))) {
                if (part.type().equals(TRANSITIONAL + "worksheet")) {
                    worksheets.put(part.id(), part.target());
                }
            }
            return new WorkbookPackage(zip, types.containsValue(STYLES), date1904(zip, workbook), Map.copyOf(worksheets));
        } catch (XMLStreamException | IOException e) {
            throw new UnusableFileException(name, 0, "file.workbook_unreadable", e, e.getMessage());
        }
    }

    /**
     * Unpacks every part and counts its real bytes (a zip's declared sizes may lie), stopping as soon as
     * the total passes the cap: 100 times the file's size, at most 2 GiB (SPEC 10.1).
     */
    private static void checkUnpackedSize(ZipFile zip, String name, long size) {
        long cap = Math.min(MAX_UNPACKED, Math.max(size, 1) * MAX_RATIO);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        Enumeration<? extends ZipEntry> entries = zip.entries();
        try {
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read; (read = in.read(buffer)) >= 0; ) {
                        total += read;
                        if (total > cap) {
                            throw new UnusableFileException(name, 0, "file.unpacks_too_large", cap == MAX_UNPACKED ? "2 GiB"
                                    : MAX_RATIO + " × " + size + " bytes");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnusableFileException refusal) {
                throw refusal;
            }
            throw new UnusableFileException(name, 0, "file.workbook_unreadable", e, e.getMessage());
        }
    }

    private record Relationship(String id, String type, String target) {
    }

    private static Relationship officeDocument(ZipFile zip, String name) throws IOException, XMLStreamException {
        for (Relationship relationship : relationships(zip, "_rels/.rels", "")) {
            if (relationship.type().endsWith("/officeDocument")) {
                return relationship;
            }
        }
        throw new UnusableFileException(name, 0, "file.no_workbook");
    }

    /** A part's relationships, their targets resolved against the part's folder, without a leading {@code /}. */
    private static List<Relationship> relationships(ZipFile zip, String part, String folder) throws IOException, XMLStreamException {
        List<Relationship> relationships = new ArrayList<>();
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return relationships;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = xml.getAttributeValue(null, "Target");
                    String type = xml.getAttributeValue(null, "Type");
                    if (target != null && type != null && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                        relationships.add(new Relationship(xml.getAttributeValue(null, "Id"), type, resolve(folder, target)));
                    }
                }
            }
            xml.close();
        }
        return relationships;
    }

    /** The workbook part's {@code workbookPr date1904}, which comes before its sheets. */
    private static boolean date1904(ZipFile zip, String workbook) throws IOException, XMLStreamException {
        try (InputStream in = zip.getInputStream(zip.getEntry(workbook))) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        if (xml.getLocalName().equals("workbookPr")) {
                            String value = xml.getAttributeValue(null, "date1904");
                            return "1".equals(value) || "true".equalsIgnoreCase(value);
                        }
                        if (xml.getLocalName().equals("sheets")) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    /** Content types by part name ({@code /xl/workbook.xml}) and by extension ({@code xml}). */
    private static Map<String, String> contentTypes(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> types = new HashMap<>();
        ZipEntry entry = zip.getEntry("[Content_Types].xml");
        if (entry == null) {
            return types;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    String type = xml.getAttributeValue(null, "ContentType");
                    if (type != null && xml.getLocalName().equals("Override") && xml.getAttributeValue(null, "PartName") != null) {
                        types.put(xml.getAttributeValue(null, "PartName"), type);
                    } else if (type != null && xml.getLocalName().equals("Default") && xml.getAttributeValue(null, "Extension") != null) {
                        types.put(xml.getAttributeValue(null, "Extension").toLowerCase(java.util.Locale.ROOT), type);
                    }
                }
            }
            xml.close();
        }
        return types;
    }

    /**
     * The merged ranges of a worksheet (SPEC 10.1: a merged range's value is in its first cell only),
     * read when a reject needs them: they follow the rows in the sheet's XML.
     *
     * @param part the worksheet's part
     * @return its ranges
     * @throws IOException when the part cannot be read
     * @throws XMLStreamException when it is not well-formed
     */
    List<MergedRange> mergedRanges(String part) throws IOException, XMLStreamException {
        List<MergedRange> ranges = new ArrayList<>();
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return ranges;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
                    MergedRange range = MergedRange.parse(xml.getAttributeValue(null, "ref"));
                    if (range != null) {
                        ranges.add(range);
                    }
                }
            }
            xml.close();
        }
        return ranges;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        // "../" steps, as relationships may write them
        while (path.contains("/../")) {
            int up = path.indexOf("/../");
            int start = path.lastIndexOf('/', up - 1);
            path = path.substring(0, start + 1) + path.substring(up + 4);
        }
        return path;
    }

    private static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    private static String relsOf(String part) {
        return folderOf(part) + "_rels/" + part.substring(part.lastIndexOf('/') + 1) + ".rels";
    }

    private static String extension(String part) {
        return part.substring(part.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
