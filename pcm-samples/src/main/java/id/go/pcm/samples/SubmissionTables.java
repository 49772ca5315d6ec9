package id.go.pcm.samples;

import id.go.pcm.samples.workbook.WorkbookWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A month's {@code reports} and {@code dissemination} as the agencies send them (SPEC 10.2): one workbook
 * per agency, {@code submissions/<agency_id>.xlsx} (the kit's name, SPEC 10.3), with the sheets
 * {@code reports} and {@code dissemination} in this order, each with its header in row 1 (no row under it
 * when the agency sent none of that kind) and its cells as {@link ClerkSheet} types them; an agency that
 * sent no row sends no workbook. Each agency's rows keep the generator's order; across agencies, the month
 * reads them in the order of the files' names, which is the order of {@code agency_id} here
 * (docs/decisions.md, "The generator's submissions").
 *
 * <p>The rows are held until the month is drawn, because a workbook's sheets are written one after the
 * other and the draws give an agency's reports before its evidence: memory grows with these two files'
 * rows, which suits the months this is for (the samples, an office's loop), not a 30x benchmark month.
 */
final class SubmissionTables {

    /** The folder's name in a month folder (SPEC 10.2). */
    static final String FOLDER = "submissions";
    /**
     * What a sample's {@code agency_id} is, so that {@code <agency_id>.xlsx} is the kit's name as it is
     * (SPEC 7 renames only ids starting with {@code .} or {@code -}, device names and ids equal ignoring
     * case) and a file name on every system: ASCII, so that the order of names is that of {@code String}.
     */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Z][A-Z0-9._-]*");

    private final Table reports = new Table("reports");
    private final Table dissemination = new Table("dissemination");

    /**
     * @param name   {@code reports} or {@code dissemination}
     * @param header the columns
     * @return the table whose rows go to each sender's workbook
     */
    MonthTable table(String name, String... header) {
        Table table = switch (name) {
            case "reports" -> reports;
            case "dissemination" -> dissemination;
            default -> throw new IllegalArgumentException(name + " is not sent as a submission");
        };
        table.header = header;
        return table;
    }

    /**
     * Writes each agency's workbook into {@code submissions/} of the month folder.
     *
     * @param folder  the month folder
     * @param created the creation time each workbook records
     * @throws IOException when a workbook cannot be written
     */
    void writeTo(Path folder, Instant created) throws IOException {
        Path submissions = Files.createDirectories(folder.resolve(FOLDER));
        Set<String> files = new TreeSet<>(reports.rows.keySet());
        files.addAll(dissemination.rows.keySet());
        for (String file : files) {
            try (WorkbookWriter workbook = WorkbookWriter.create(submissions.resolve(file), created)) {
                for (Table table : List.of(reports, dissemination)) {
                    try (ClerkSheet sheet = ClerkSheet.in(workbook, table.name, table.header)) {
                        for (Object[] row : table.rows.getOrDefault(file, List.of())) {
                            sheet.row(row);
                        }
                    }
                }
            }
        }
    }

    /**
     * Writes the same rows as {@code reports.xlsx} and {@code dissemination.xlsx} in the month folder, in
     * the order the month reads the submissions: what an office that pasted every workbook into one file,
     * in the order of their names, would have. The month of submissions is the same month as this one.
     *
     * @param folder  the month folder
     * @param created the creation time each workbook records
     * @throws IOException when a workbook cannot be written
     */
    void writeAsOneFileTo(Path folder, Instant created) throws IOException {
        for (Table table : List.of(reports, dissemination)) {
            try (ClerkSheet sheet = new ClerkSheet(folder.resolve(MonthFormat.XLSX.fileName(table.name)), table.name, created,
                    table.header)) {
                for (List<Object[]> rows : table.rows.values()) {
                    for (Object[] row : rows) {
                        sheet.row(row);
                    }
                }
            }
        }
    }

    /**
     * @param agencyId a sample's {@code agency_id}
     * @return its submission's file name, its kit's
     * @throws IllegalStateException when the id is not a plain file name
     */
    static String fileName(String agencyId) {
        if (!PLAIN_ID.matcher(agencyId).matches()) {
            throw new IllegalStateException("agency_id " + agencyId + " is not a plain file name; the samples' ids are");
        }
        return agencyId + ".xlsx";
    }

    /**
     * One of the two files, its rows by the sender's file name, in the order of the names: not of the ids,
     * since {@code A-B.xlsx} comes before {@code A.xlsx} though {@code A} comes before {@code A-B}.
     */
    private static final class Table implements MonthTable {
        private final String name;
        private final Map<String, List<Object[]>> rows = new TreeMap<>();
        private String[] header;

        private Table(String name) {
            this.name = name;
        }

        @Override
        public void row(Object... values) {
            throw new IllegalStateException("every row of " + name + " has its sender: sent(agency_id, values)");
        }

        @Override
        public void sent(String sender, Object... values) {
            rows.computeIfAbsent(fileName(sender), s -> new ArrayList<>()).add(values.clone());
        }

        @Override
        public void brokenRow(String column, Object... values) {
            throw new IllegalStateException("the generator breaks no row of " + name + " so");
        }

        @Override
        public void close() {
            // the rows are written with the month: a workbook's sheets go one after the other
        }
    }
}
