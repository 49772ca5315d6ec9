package id.go.pcm.internal.workbook;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.internal.csv.RowFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads one sheet of an Excel workbook ({@code .xlsx}) as the rows a CSV file would give (SPEC 10.1),
 * streaming: the sheet named like the file (any case, hidden or not), else the first visible
 * worksheet; its header among the first ten rows; each later row that holds a value, numbered as Excel
 * numbers it, with its cells read as the rules read them ({@link CellReading}). Memory does not grow
 * with the rows (the library holds the shared strings).
 *
 * <p>A workbook that cannot be used is refused with an {@link UnusableFileException} that says what
 * the file is and how to save it: not a zip or no workbook, Strict, encrypted or an old {@code .xls}
 * under the name, one that unpacks to more than 100 times its size or 2 GiB, one without a sheet to
 * read, or without the header. Not thread-safe; close it when done.
 */
public final class WorkbookFile implements RowFile {

    private static final int HEADER_ROWS = 10;
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    private static final ReadingOptions WITHOUT_FORMATS = new ReadingOptions(false, false);

    private final WorkbookSource source;
    private final String name;
    private final ZipFile zip;
    private final WorkbookPackage workbookPackage;
    private final ReadableWorkbook workbook;
    private final String sheetPart;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> sheetRows;
    private final boolean date1904;
    private final Map<Integer, CellFormat> formats = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] columns;
    private final ColumnKind[] kinds;
    private final int[] sheetColumns;
    /** Per sheet column, whether its header cell names a column: cells under an empty one are ignored. */
    private final boolean[] named;
    private final int[] kitSlots;
    private final Set<String> unknownColumns;
    private long headerLine;
    private long rows;
    private boolean finished;
    private List<MergedRange> mergedRanges;
    private boolean closed;

    private WorkbookFile(WorkbookSource source, String sheetName, Columns layout, List<String> kitColumns) {
        this.source = source;
        this.name = source.name();
        try {
            source.checkSignature();
            this.zip = new ZipFile(source.file().toFile());
        } catch (ZipException e) {
            source.delete();
            throw new UnusableFileException(name, 0, "file.not_zip", e);
        } catch (IOException e) {
            source.delete();
            throw new UnusableFileException(name, 0, "file.unreadable", e, e.getMessage());
        } catch (UnusableFileException e) {
            source.delete();
            throw e;
        }
        try {
            this.workbookPackage = WorkbookPackage.inspect(zip, name, source.size());
            this.workbook = new ReadableWorkbook(source.file().toFile(), workbookPackage.hasStyles() ? WITH_FORMATS : WITHOUT_FORMATS);
            this.date1904 = workbookPackage.date1904();
            Sheet sheet = sheetName == null ? chooseSheet() : namedSheet(sheetName);
            this.sheetPart = workbookPackage.worksheets().get(sheet.getId());
            this.stream = sheet.openStream();
            this.sheetRows = stream.iterator();
            List<String> header = readHeader(layout);
            List<String> known = layout.all();
            this.columns = known.toArray(new String[0]);
            this.kinds = new ColumnKind[columns.length];
            this.sheetColumns = new int[columns.length];
            for (int slot = 0; slot < columns.length; slot++) {
                index.put(columns[slot], slot);
                kinds[slot] = ColumnKind.of(columns[slot]);
                sheetColumns[slot] = header.indexOf(columns[slot]);
            }
            this.named = new boolean[header.size()];
            for (int c = 0; c < header.size(); c++) {
                named[c] = !header.get(c).isEmpty();
            }
            this.kitSlots = kitColumns.stream().mapToInt(index::get).toArray();
            this.unknownColumns = layout.unknownIn(name, headerLine, header);
        } catch (UnusableFileException e) {
            closeQuietly();
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw unreadable(e);
        }
    }

    /**
     * Opens a workbook on disk.
     *
     * @param path       the file
     * @param layout     the columns the sheet must and may hold
     * @param kitColumns columns that, all empty, make a row a kit's unfilled row, skipped (SPEC 10.1);
     *                   empty for files without kits
     * @return the open workbook, positioned after its header
     * @throws UnusableFileException when the file is missing, is not a workbook PCM reads, or its sheet
     *                               or header is unusable
     */
    public static WorkbookFile open(Path path, Columns layout, List<String> kitColumns) {
        return new WorkbookFile(WorkbookSource.of(path), null, layout, kitColumns);
    }

    /**
     * Opens one named sheet of a workbook on disk, under a name of its own: a submission's sheet
     * (SPEC 10.2), which is that sheet or nothing (no other sheet stands in for it).
     *
     * @param path       the file
     * @param name       the name messages and rejects give the sheet, {@code submissions/A.xlsx#reports}
     * @param sheet      the worksheet's name, matched trimmed and ignoring case, hidden or not
     * @param layout     the columns the sheet must and may hold
     * @param kitColumns see {@link #open(Path, Columns, List)}
     * @return the open sheet, positioned after its header
     * @throws UnusableFileException when the file is not a workbook PCM reads, has no such worksheet, or
     *                               its header is unusable
     */
    public static WorkbookFile open(Path path, String name, String sheet, Columns layout, List<String> kitColumns) {
        return new WorkbookFile(WorkbookSource.of(path, name), sheet, layout, kitColumns);
    }

    /**
     * The names of a workbook's worksheets, in tab order, hidden or not: a submission is told by the
     * sheets it holds (SPEC 10.2).
     *
     * @param path the file
     * @param name the name refusals give the file, {@code submissions/A.xlsx}
     * @return the worksheets' names as the workbook gives them
     * @throws UnusableFileException when the file is not a workbook PCM reads (SPEC 10.1)
     */
    public static List<String> worksheetNames(Path path, String name) {
        WorkbookSource source = WorkbookSource.of(path, name);
        source.checkSignature();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            WorkbookPackage inspected = WorkbookPackage.inspect(zip, name, source.size());
            try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile(), WITHOUT_FORMATS)) {
                return workbook.getSheets().filter(s -> inspected.worksheets().containsKey(s.getId()))
                        .map(s -> s.getName() == null ? "" : s.getName()).toList();
            }
        } catch (ZipException e) {
            throw new UnusableFileException(name, 0, "file.not_zip", e);
        } catch (UnusableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnusableFileException(name, 0, "file.workbook_unreadable", e, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Opens a workbook from a stream: it is copied to a temporary file first (a zip is read from its
     * end), deleted when the workbook is closed.
     *
     * @param name       the file name used in messages and rejects, {@code reports.xlsx}
     * @param in         the file's bytes; closed here
     * @param layout     the columns the sheet must and may hold
     * @param kitColumns see {@link #open(Path, Columns, List)}
     * @return the open workbook, positioned after its header
     * @throws UnusableFileException when the bytes are not a workbook PCM reads, or its sheet or header is unusable
     */
    public static WorkbookFile open(String name, java.io.InputStream in, Columns layout, List<String> kitColumns) {
        return new WorkbookFile(WorkbookSource.spooled(name, in), null, layout, kitColumns);
    }

    /** The worksheet named like the file, hidden or not; else the first visible one, in tab order. */
    private Sheet chooseSheet() {
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<Sheet> worksheets = workbook.getSheets().filter(s -> workbookPackage.worksheets().containsKey(s.getId())).toList();
        Optional<Sheet> named = worksheets.stream()
                .filter(s -> s.getName() != null && s.getName().strip().equalsIgnoreCase(base)).findFirst();
        return named.or(() -> worksheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst())
                .orElseThrow(() -> new UnusableFileException(name, 0, "file.no_sheet", base));
    }

    /** The worksheet of that name (trimmed, any case), hidden or not, the first in tab order; no other. */
    private Sheet namedSheet(String sheetName) {
        return workbook.getSheets().filter(s -> workbookPackage.worksheets().containsKey(s.getId()))
                .filter(s -> s.getName() != null && s.getName().strip().equalsIgnoreCase(sheetName)).findFirst()
                .orElseThrow(() -> new UnusableFileException(name, 0, "submission.no_sheet", sheetName));
    }

    /**
     * The first row among the first ten that holds every required column's name; rows above it (a
     * title) are passed over. Without one, the missing columns are those of the first row with a value.
     */
    private List<String> readHeader(Columns layout) {
        List<String> firstNames = null;
        long firstLine = 0;
        while (sheetRows.hasNext()) {
            org.dhatim.fastexcel.reader.Row row = sheetRows.next();
            List<String> names = new ArrayList<>(row.getCellCount());
            boolean any = false;
            for (int c = 0; c < row.getCellCount(); c++) {
                String text = CellReading.headerText(row.getCell(c));
                names.add(text == null ? "" : text.toLowerCase(Locale.ROOT));
                any |= text != null;
            }
            if (!any) {
                continue;
            }
            if (row.getRowNum() <= HEADER_ROWS && names.containsAll(layout.required())) {
                headerLine = row.getRowNum();
                return names;
            }
            if (firstNames == null) {
                firstNames = names;
                firstLine = row.getRowNum();
            }
            if (row.getRowNum() >= HEADER_ROWS) {
                break;
            }
        }
        if (firstNames == null) {
            throw new UnusableFileException(name, 0, "file.no_header");
        }
        List<String> seen = firstNames;
        List<String> missing = layout.required().stream().filter(c -> !seen.contains(c)).toList();
        throw new UnusableFileException(name, firstLine, "file.missing_columns.sheet", String.join(", ", missing));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> unknownColumns() {
        return unknownColumns;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public String sha256() {
        if (!finished) {
            throw new IllegalStateException(name + " has not been read to its end");
        }
        return source.sha256();
    }

    @Override
    public WorkbookRow nextRow() {
        try {
            while (sheetRows.hasNext()) {
                WorkbookRow row = read(sheetRows.next());
                if (row != null) {
                    rows++;
                    return row;
                }
            }
        } catch (UnusableFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
        finished = true;
        return null;
    }

    /** A sheet row as the rules read it, or {@code null} when it is blank or a kit's unfilled row. */
    private WorkbookRow read(org.dhatim.fastexcel.reader.Row sheetRow) {
        if (!hasValue(sheetRow)) {
            return null;
        }
        WorkbookRow row = new WorkbookRow(this, sheetRow.getRowNum(), index, sheetColumns);
        for (int slot = 0; slot < columns.length; slot++) {
            int c = sheetColumns[slot];
            if (c >= 0 && c < sheetRow.getCellCount()) {
                row.set(slot, CellReading.read(sheetRow.getCell(c), columns[slot], kinds[slot], formats, date1904));
            }
        }
        if (kitSlots.length > 0) {
            for (int slot : kitSlots) {
                if (row.hasValue(slot)) {
                    return row;
                }
            }
            return null; // a kit's row left unfilled (SPEC 10.1, 10.3): skipped like a blank row
        }
        return row;
    }

    /** Whether any cell under a named header cell holds a value: cells under an empty one are ignored. */
    private boolean hasValue(org.dhatim.fastexcel.reader.Row row) {
        int cells = Math.min(row.getCellCount(), named.length);
        for (int c = 0; c < cells; c++) {
            if (named[c] && CellReading.hasValue(row.getCell(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param line   a row number
     * @param column a sheet column, from 0
     * @return the merged range whose first cell alone holds the value of that cell, or {@code null}
     */
    MergedRange mergedRangeHiding(int line, int column) {
        if (mergedRanges == null) {
            if (closed) {
                throw new IllegalStateException(name + " is closed: its rows are checked while it is read");
            }
            try {
                mergedRanges = sheetPart == null ? List.of() : workbookPackage.mergedRanges(sheetPart);
            } catch (IOException | XMLStreamException e) {
                throw unreadable(e);
            }
        }
        for (MergedRange range : mergedRanges) {
            if (range.hides(line, column)) {
                return range;
            }
        }
        return null;
    }

    private UnusableFileException unreadable(Exception e) {
        return new UnusableFileException(name, 0, "file.workbook_unreadable", e, String.valueOf(e.getMessage()));
    }

    @Override
    public void close() {
        if (!closed && mergedRanges == null && sheetPart != null) {
            // A reader of many files one after the other (Spring Batch's, for a month's submissions) closes
            // this one before the rows it gave are checked: what a missing value's message asks of the sheet
            // is taken now, while the file is open.
            try {
                mergedRanges = workbookPackage.mergedRanges(sheetPart);
            } catch (IOException | XMLStreamException e) {
                mergedRanges = List.of(); // the rows were read: a sheet unreadable now loses only that hint
            }
        }
        closed = true;
        try {
            if (stream != null) {
                stream.close();
            }
            if (workbook != null) {
                workbook.close();
            }
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            source.delete();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException ignored) {
            // the refusal being thrown says more than a failure to close
        }
    }
}
