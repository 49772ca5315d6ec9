package id.go.pcm.internal.csv;

import id.go.pcm.csv.UnusableFileException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads one input file as agencies really send it (SPEC 1.1), streaming: UTF-8 with or without a
 * byte-order mark, comma or semicolon, RFC 4180 quoting with line breaks inside fields, the header
 * in any order and case, unknown columns ignored, blank lines skipped. Each record after the header
 * becomes a {@link CsvRow} with the physical line it starts on; a record with the wrong number of
 * fields is still returned, {@link CsvRow#malformed() malformed}, for the rules to reject.
 *
 * <p>A file that cannot be used at all is refused with an {@link UnusableFileException}: when it is
 * opened (no header, a required column missing, a column named twice) or while it is read (a byte
 * that is not UTF-8, a quote never closed). Rows already returned then belong to a refused file.
 * Excel's text exports are refused for what they are, not for what they lack: a tab-separated file
 * ("Text (Tab delimited)") whose header holds the columns once split on tabs, a UTF-16 file
 * ("Unicode Text") refused while its header is read, and an Excel workbook ({@code .xlsx} or
 * {@code .xls} bytes under a CSV name) refused before any text is read.
 *
 * <p>Not thread-safe; close it when done. The file's SHA-256 is known once every row has been read.
 */
public final class CsvFile implements RowFile, Iterable<CsvRow> {

    private static final int HEADER_SCAN_LIMIT = 1 << 20;

    private final String name;
    private final DigestingInputStream bytes;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private final Map<String, Integer> index;
    private final int[] sourceIndex;
    private final int headerCount;
    private final Set<String> unknownColumns;
    /** Physical lines consumed by the records read so far. */
    private long linesBefore;
    private long recordStartLine;
    private long rows;
    private final Utf8Reader utf8;
    private CsvRow next;
    private String sha256;

    private CsvFile(String name, InputStream in, Columns columns) throws IOException {
        this.name = name;
        this.bytes = new DigestingInputStream(in, name);
        byte[] prefix = new byte[0];
        try {
            // The first bytes are kept aside (and put back) to tell a UTF-16 file if the header is refused.
            PushbackInputStream start = new PushbackInputStream(bytes, Utf16Text.PREFIX_LENGTH);
            prefix = start.readNBytes(Utf16Text.PREFIX_LENGTH);
            start.unread(prefix);
            String workbook = Workbook.refusalKey(prefix);
            if (workbook != null) {
                throw new UnusableFileException(name, 0, workbook);
            }
            this.utf8 = new Utf8Reader(start);
            BufferedReader text = new BufferedReader(utf8, 64 * 1024);
            HeaderLine headerLine = HeaderLine.peek(text, HEADER_SCAN_LIMIT);
            this.delimiter = headerLine.delimiter();
            this.parser = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false) // blank lines are skipped here, so that line numbers stay exact
                    .setTrailingData(true)
                    .get()
                    .parse(text);
            this.records = parser.iterator();
            List<String> header = readHeader();
            this.headerCount = header.size();
            List<String> known = columns.all();
            this.index = new HashMap<>();
            this.sourceIndex = new int[known.size()];
            for (int slot = 0; slot < known.size(); slot++) {
                index.put(known.get(slot), slot);
                sourceIndex[slot] = header.indexOf(known.get(slot));
            }
            this.unknownColumns = checkHeader(header, headerLine, columns);
        } catch (Utf8Reader.NotUtf8Exception e) {
            bytes.close();
            throw Utf16Text.startsWith(prefix) ? utf16(e) : notUtf8(e);
        } catch (UnusableFileException e) {
            bytes.close();
            // Read as UTF-8, UTF-16 without a byte-order mark has a NUL by every letter: no column matches.
            throw Utf16Text.startsWith(prefix) ? utf16(e) : e;
        } catch (RuntimeException | IOException e) {
            bytes.close();
            throw e;
        }
    }

    /**
     * Opens a file for reading.
     *
     * @param path    the file
     * @param columns the columns the file must and may hold
     * @return the open file, positioned after its header
     * @throws UnusableFileException when the file is missing, unreadable, or its header is unusable
     */
    public static CsvFile open(Path path, Columns columns) {
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new UnusableFileException(name, 0, "file.folder", path.toAbsolutePath());
        }
        try {
            return new CsvFile(name, Files.newInputStream(path), columns);
        } catch (NoSuchFileException e) {
            throw new UnusableFileException(name, 0, "file.missing", path.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UnusableFileException(name, 0, "file.unreadable", e, e.getMessage());
        }
    }

    /**
     * Opens a stream for reading, for systems whose files do not live on a file system.
     *
     * @param name    the file name used in messages and rejects, for example {@code reports.csv}
     * @param in      the file's bytes; closed with this file
     * @param columns the columns the file must and may hold
     * @return the open file, positioned after its header
     * @throws UnusableFileException when the stream cannot be read or its header is unusable
     */
    public static CsvFile open(String name, InputStream in, Columns columns) {
        try {
            return new CsvFile(name, in, columns);
        } catch (IOException e) {
            throw new UnusableFileException(name, 0, "file.unreadable", e, e.getMessage());
        }
    }

    private List<String> readHeader() {
        CSVRecord record = nextNonBlankRecord();
        if (record == null) {
            throw new UnusableFileException(name, 0, "file.no_header");
        }
        List<String> header = new ArrayList<>(record.size());
        for (String column : record) {
            header.add(HeaderLine.columnName(column));
        }
        return header;
    }

    private Set<String> checkHeader(List<String> header, HeaderLine headerLine, Columns columns) {
        List<String> missing = columns.required().stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            if (headerLine.isTabSeparated(header, columns.required())) {
                throw new UnusableFileException(name, linesBefore, "file.tab_separated");
            }
            throw new UnusableFileException(name, linesBefore, "file.missing_columns", String.join(", ", missing));
        }
        return columns.unknownIn(name, linesBefore, header);
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the lines of quotes and spaces the reader keeps ahead of the parser */
    int quotedBlankLinesKept() {
        return utf8.quotedBlankLinesKept();
    }

    /** @return the delimiter found in the header line: {@code ,} or {@code ;} */
    public char delimiter() {
        return delimiter;
    }

    @Override
    public Set<String> unknownColumns() {
        return unknownColumns;
    }

    @Override
    public long rows() {
        return rows;
    }

    /**
     * The SHA-256 of the file's bytes, as the figures record it.
     *
     * @return the lower-case hexadecimal digest
     * @throws IllegalStateException when the file has not been read to its end
     */
    @Override
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException(name + " has not been read to its end");
        }
        return sha256;
    }

    /**
     * Reads the next row.
     *
     * @return the next row, or {@code null} at the end of the file
     * @throws UnusableFileException when the rest of the file cannot be read
     */
    @Override
    public CsvRow nextRow() {
        if (next != null) {
            CsvRow row = next;
            next = null;
            return row;
        }
        CSVRecord record = nextNonBlankRecord();
        if (record == null) {
            finish();
            return null;
        }
        String[] values = new String[sourceIndex.length];
        if (record.size() == headerCount) {
            for (int slot = 0; slot < sourceIndex.length; slot++) {
                if (sourceIndex[slot] >= 0) {
                    values[slot] = Text.trimToNull(record.get(sourceIndex[slot]));
                }
            }
        }
        rows++;
        return new CsvRow(name, recordStartLine, index, values, record.size(), headerCount);
    }

    /** Skips blank lines (empty or only spaces) and remembers the line the returned record starts on. */
    private CSVRecord nextNonBlankRecord() {
        try {
            while (true) {
                long start = linesBefore + 1;
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                linesBefore = parser.getCurrentLineNumber();
                utf8.forgetBefore(start);
                if (record.size() == 1 && Text.trimToNull(record.get(0)) == null && !utf8.isQuotedBlank(start)) {
                    continue; // a blank line; "" alone on a line is a record of one empty value
                }
                recordStartLine = start;
                return record;
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8Reader.NotUtf8Exception notUtf8) {
                throw notUtf8(notUtf8);
            }
            if (String.valueOf(e.getCause().getMessage()).contains("EOF reached before encapsulated token finished")) {
                // Commons CSV's words for a quote opened and never closed: the clerk gets ours, in both languages.
                throw new UnusableFileException(name, linesBefore + 1, "file.broken_record", e);
            }
            throw new UnusableFileException(name, linesBefore + 1, "file.unreadable", e, e.getCause().getMessage());
        } catch (IllegalStateException e) {
            throw new UnusableFileException(name, linesBefore + 1, "file.broken_record", e);
        }
    }

    private UnusableFileException notUtf8(Utf8Reader.NotUtf8Exception e) {
        return new UnusableFileException(name, e.line(), "file.not_utf8", e, e.line());
    }

    /** The whole file is UTF-16, so no line is named; the refusal it replaces is kept as the cause. */
    private UnusableFileException utf16(Exception replaced) {
        return new UnusableFileException(name, 0, "file.utf16", replaced);
    }

    private void finish() {
        try {
            // Drain what the parser did not need, so that the digest covers every byte.
            bytes.transferTo(OutputStream.nullOutputStream());
            if (sha256 == null) {
                sha256 = HexFormat.of().formatHex(bytes.digest());
            }
        } catch (IOException e) {
            throw new UnusableFileException(name, 0, "file.unreadable", e, e.getMessage());
        }
    }

    @Override
    public Iterator<CsvRow> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = nextRow();
                }
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRow row = next;
                next = null;
                return row;
            }
        };
    }

    /**
     * Closes the file.
     *
     * @throws UncheckedIOException when the file system fails to close it
     */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
