package id.go.pcm.samples.workbook;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Excel workbook ({@code .xlsx}) sheet by sheet and row by row, with
 * {@code org.dhatim:fastexcel}, memory flat in the rows, and the same bytes for the same cells: fastexcel
 * stamps the time of writing into {@code docProps/core.xml} and into every zip entry, so the finished
 * file is rewritten once with the given creation time in both places (STACK.md).
 *
 * <pre>{@code
 * try (WorkbookWriter workbook = WorkbookWriter.create(Path.of("reports.xlsx"), created)) {
 *     WorkbookWriter.Sheet sheet = workbook.sheet("reports");
 *     sheet.row(List.of(Cell.text("report_id"), Cell.text("policies_count")));
 *     sheet.row(Arrays.asList(Cell.text("LB-1"), null));   // null: no cell
 * }
 * }</pre>
 */
public final class WorkbookWriter implements Closeable {

    /** Rows kept by fastexcel before they are written out: it holds a sheet's rows until flushed. */
    private static final int FLUSH_EVERY = 1_000;
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private final Path file;
    private final Path partial;
    private final Instant created;
    private final OutputStream out;
    private final Workbook workbook;
    private final List<Sheet> sheets = new ArrayList<>();
    private boolean closed;

    private WorkbookWriter(Path file, Instant created) throws IOException {
        this.file = file;
        this.partial = file.resolveSibling(file.getFileName() + ".part");
        this.created = created.truncatedTo(ChronoUnit.SECONDS);
        this.out = Files.newOutputStream(partial);
        this.workbook = new Workbook(out, "PCM", "1.0");
    }

    /**
     * Starts a workbook; nothing is at {@code file} until {@link #close()}.
     *
     * @param file    where the workbook goes (replaced when it exists)
     * @param created the creation time the file records, in place of the time of writing
     * @return the writer
     * @throws UncheckedIOException when the scratch file beside {@code file} cannot be written
     */
    public static WorkbookWriter create(Path file, Instant created) {
        try {
            return new WorkbookWriter(file, created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a worksheet after the others; the sheets before it take no more rows.
     *
     * @param name the sheet's name, as its tab shows it
     * @return the sheet
     */
    public Sheet sheet(String name) {
        if (!sheets.isEmpty()) {
            sheets.get(sheets.size() - 1).finish();
        }
        Sheet sheet = new Sheet(workbook.newWorksheet(name));
        sheets.add(sheet);
        return sheet;
    }

    /** One worksheet, written from its first row down. */
    public static final class Sheet {
        private final Worksheet worksheet;
        private int next;

        private Sheet(Worksheet worksheet) {
            this.worksheet = worksheet;
        }

        /** @return the worksheet itself, for what this class does not say (column styles, validation, visibility) */
        public Worksheet worksheet() {
            return worksheet;
        }

        /** @return the row number (from 1, as Excel shows it) that the next {@link #row} gets */
        public int nextRow() {
            return next + 1;
        }

        /**
         * Writes the next row, its cells from column A on.
         *
         * @param cells the cells; a {@code null} one is left without a cell
         */
        public void row(List<Cell> cells) {
            int r = next++;
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (cell != null) {
                    write(r, c, cell);
                }
            }
            if (next % FLUSH_EVERY == 0) {
                try {
                    worksheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /**
         * Leaves the next row without any cell, as a blank line in the sheet.
         */
        public void blankRow() {
            row(Collections.emptyList());
        }

        private void write(int r, int c, Cell cell) {
            if (cell instanceof Cell.Text text) {
                if (text.inline()) {
                    worksheet.inlineString(r, c, text.value());
                } else {
                    worksheet.value(r, c, text.value());
                }
            } else if (cell instanceof Cell.Number number) {
                worksheet.value(r, c, plain(number.value()));
                if (number.format() != null) {
                    worksheet.style(r, c).format(number.format()).set();
                }
            } else if (cell instanceof Cell.Bool bool) {
                worksheet.value(r, c, bool.value());
            } else if (cell instanceof Cell.Formula formula) {
                worksheet.formula(r, c, formula.formula());
            }
        }

        /** A whole number as a long (written as its digits), any other as the double a spreadsheet keeps. */
        private static java.lang.Number plain(BigDecimal value) {
            try {
                return value.longValueExact();
            } catch (ArithmeticException notWhole) {
                return value.doubleValue();
            }
        }

        private void finish() {
            try {
                worksheet.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Finishes the workbook and puts it at its place with its fixed times.
     *
     * @throws UncheckedIOException when it cannot be written
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            try (out) {
                workbook.finish();
            }
            Path fixed = file.resolveSibling(file.getFileName() + ".fixed");
            try (ZipFile zip = new ZipFile(partial.toFile());
                 ZipOutputStream rewritten = new ZipOutputStream(Files.newOutputStream(fixed))) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    // The local form: setTime would turn the instant into DOS time in the machine's zone.
                    copy.setTimeLocal(LocalDateTime.ofInstant(created, ZoneOffset.UTC));
                    rewritten.putNextEntry(copy);
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (entry.getName().equals("docProps/core.xml")) {
                            rewritten.write(withCreated(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8));
                        } else {
                            in.transferTo(rewritten);
                        }
                    }
                    rewritten.closeEntry();
                }
            }
            Files.move(fixed, file, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private String withCreated(String coreXml) {
        Matcher matcher = CREATED.matcher(coreXml);
        if (!matcher.find()) {
            throw new IllegalStateException("fastexcel's docProps/core.xml has no dcterms:created: " + coreXml);
        }
        return matcher.replaceFirst("$1" + created + "$2");
    }
}
