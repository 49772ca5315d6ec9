package id.go.pcm;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.internal.rules.FileColumns;
import id.go.pcm.internal.workbook.RowFiles;
import id.go.pcm.internal.workbook.WorkbookFile;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The agencies' workbooks of a month folder's {@code submissions/} (SPEC 10.2), as one look at the
 * folder finds them: for {@code reports} and {@code dissemination}, the sheets that give the month rows,
 * in reading order; the submissions refused, each as its one {@code UNUSABLE_FILE} reject; the other
 * files, ignored.
 *
 * <p>Every submission is opened and each of its two sheets read through once here, so that one
 * agency's broken workbook is found before any row is fed and gives no row at all; reading the month
 * then opens the sheets again. {@link MonthFolder#submissions()} makes it; it is immutable.
 */
public final class Submissions {

    /** The folder's name inside a month folder. */
    public static final String FOLDER = "submissions";
    /** The files that give the month rows, each from the sheet of its base name. */
    private static final List<MonthFile> SHEETS = List.of(MonthFile.REPORTS, MonthFile.DISSEMINATION);
    /** Spreadsheets and CSV files that are refused there rather than ignored: an agency meant them as its submission. */
    private static final List<String> REFUSED_FORMS = List.of(".xls", ".xlsm", ".xlsb", ".ods", ".csv");
    private static final String WORKBOOK = ".xlsx";

    private static final Submissions NONE = new Submissions(new EnumMap<>(MonthFile.class), List.of(), List.of());

    private final Map<MonthFile, List<InputSource>> sheets;
    private final List<Reject> refused;
    private final List<String> ignored;

    private Submissions(Map<MonthFile, List<InputSource>> sheets, List<Reject> refused, List<String> ignored) {
        this.sheets = new EnumMap<>(MonthFile.class);
        for (MonthFile file : SHEETS) {
            this.sheets.put(file, List.copyOf(sheets.getOrDefault(file, List.of())));
        }
        this.refused = List.copyOf(refused);
        this.ignored = List.copyOf(ignored);
    }

    /** @return a month folder's submissions when it has no {@code submissions/} */
    static Submissions none() {
        return NONE;
    }

    /**
     * Looks at a month folder's {@code submissions/}: the regular files directly in it whose names end
     * in {@code .xlsx} (any case) and start with neither {@code ~$} nor {@code .}, in the code-point
     * order of their names in Unicode NFC.
     *
     * @param folder the {@code submissions/} folder
     * @return what it holds
     */
    static Submissions scan(Path folder) {
        Map<MonthFile, List<InputSource>> sheets = new EnumMap<>(MonthFile.class);
        List<Reject> refused = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Path entry : entries(folder)) {
            String fileName = entry.getFileName().toString();
            String name = FOLDER + "/" + fileName;
            String lower = fileName.toLowerCase(Locale.ROOT);
            boolean regular = Files.isRegularFile(entry);
            if (regular && lower.endsWith(WORKBOOK) && !fileName.startsWith("~$") && !fileName.startsWith(".")) {
                read(entry, name, sheets, refused);
            } else if (regular && REFUSED_FORMS.stream().anyMatch(lower::endsWith)) {
                refused.add(reject(new UnusableFileException(name, 0, "submission.form")));
            } else {
                ignored.add(name);
            }
        }
        return new Submissions(sheets, refused, ignored);
    }

    /**
     * One submission given alone (a check, an upload): its two sheets, named {@code FILE.xlsx#reports}
     * and {@code FILE.xlsx#dissemination}.
     *
     * @param path the workbook
     * @param name what its rejects call it, {@code A.xlsx}
     * @return its sheets, or the refusal of one of them
     * @throws UnusableFileException when the workbook is unusable or has neither sheet: the file's one refusal
     */
    static Submissions of(Path path, String name) {
        Map<MonthFile, List<InputSource>> sheets = new EnumMap<>(MonthFile.class);
        List<Reject> refused = new ArrayList<>();
        Optional<UnusableFileException> whole = read(path, name, sheets, refused);
        if (whole.isPresent()) {
            throw whole.get();
        }
        return new Submissions(sheets, refused, List.of());
    }

    /**
     * Reads one submission through: its usable sheets go to {@code sheets}, each refusal to {@code refused}.
     *
     * @return the refusal of the workbook as a whole, when it is one
     */
    private static Optional<UnusableFileException> read(Path path, String name, Map<MonthFile, List<InputSource>> sheets,
                                                        List<Reject> refused) {
        List<String> names;
        try {
            names = WorkbookFile.worksheetNames(path, name).stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        } catch (UnusableFileException e) {
            refused.add(reject(e));
            return Optional.of(e);
        }
        List<MonthFile> present = SHEETS.stream().filter(file -> names.contains(file.baseName())).toList();
        if (present.isEmpty()) {
            UnusableFileException neither = new UnusableFileException(name, 0, "submission.no_sheets");
            refused.add(reject(neither));
            return Optional.of(neither);
        }
        for (MonthFile file : present) {
            InputSource sheet = new InputSource(path, name + "#" + file.baseName(), file.baseName());
            try (RowFile rows = RowFiles.open(sheet, FileColumns.of(file), FileColumns.kitColumns(file))) {
                while (rows.nextRow() != null) {
                    // read through, so that a sheet that breaks half-way gives no row at all
                }
                sheets.computeIfAbsent(file, f -> new ArrayList<>()).add(sheet);
            } catch (UnusableFileException e) {
                refused.add(reject(e));
            }
        }
        return Optional.empty();
    }

    /** A refusal as the month's rejects list it: line 1, no id, no column, the refusal's messages. */
    private static Reject reject(UnusableFileException refusal) {
        return new Reject(refusal.file(), 1, null, RejectCode.UNUSABLE_FILE, null, refusal.messageId(), refusal.getMessage(), null);
    }

    /** The folder's entries in the code-point order of their names in Unicode NFC (the same on every system). */
    private static List<Path> entries(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted(Comparator.comparing((Path p) -> nfc(p), Submissions::compareCodePoints)
                    .thenComparing(p -> p.getFileName().toString(), Submissions::compareCodePoints)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nfc(Path path) {
        return Normalizer.normalize(path.getFileName().toString(), Normalizer.Form.NFC);
    }

    /** Code-point order: {@link String#compareTo} compares UTF-16 units, which differs above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * @param file one of the five
     * @return whether submissions give it rows ({@code reports} and {@code dissemination}): then a month
     *         folder with {@code submissions/} may lack it
     */
    public static boolean takes(MonthFile file) {
        return SHEETS.contains(file);
    }

    /**
     * @param file {@code reports} or {@code dissemination}
     * @return the submissions' sheets that give it rows, in reading order (none for the other files)
     */
    public List<InputSource> sheets(MonthFile file) {
        return sheets.getOrDefault(file, List.of());
    }

    /**
     * @return every refused submission or sheet, as its one {@code UNUSABLE_FILE} reject, in the
     *         submissions' order (for one workbook, {@code reports} before {@code dissemination})
     */
    public List<Reject> refused() {
        return refused;
    }

    /** @return the other entries of the folder, ignored, as {@code submissions/NAME}, for a warning */
    public List<String> ignored() {
        return ignored;
    }
}
