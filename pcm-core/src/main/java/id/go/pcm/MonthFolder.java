package id.go.pcm;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.workbook.RowFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a month folder's files are (SPEC 1 and 10.1): each of the six, {@code NAME.csv} or the Excel
 * workbook {@code NAME.xlsx}. The one place every reader of a folder (the library, the batch, the
 * check, the portal's reference month) asks, so that all refuse alike: a folder holding both forms of a
 * file, and a file of the six saved in a form PCM does not read ({@code .xls}, {@code .xlsm},
 * {@code .xlsb}, {@code .ods}), whether or not a usable form is beside it.
 *
 * <p>Names are compared ignoring case, the base name and the extension ({@code Reports.XLSX} is the
 * reports workbook): that is what Windows and macOS, where clerks save these files, do anyway, and so
 * a folder gives the same result on every system. Two names that differ only in case (possible on
 * Linux) are refused as both forms are. The folder is listed on each call, except its
 * {@code submissions/}, looked at once per instance ({@link #submissions()}).
 *
 * <pre>{@code
 * MonthFolder folder = MonthFolder.of(Path.of("data/2024-09"));
 * Path reports = folder.file(MonthFile.REPORTS);   // reports.csv or reports.xlsx
 * List<InputSource> all = folder.sources(MonthFile.REPORTS); // and the submissions' sheets (SPEC 10.2)
 * }</pre>
 */
public final class MonthFolder {

    /** The forms a file of the six is refused in by its name alone, each with its message's key. */
    private static final Map<String, String> REFUSED_FORMS = Map.of(".xls", "folder.form.xls", ".xlsm", "folder.form.xlsm",
            ".xlsb", "folder.form.xlsb", ".ods", "folder.form.ods");

    private final Path folder;
    /** The folder's submissions, looked at once (each is read through): see {@link #submissions()}. */
    private Submissions submissions;

    private MonthFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * @param folder a month folder; it need not exist (then every file is missing)
     * @return the folder's files
     */
    public static MonthFolder of(Path folder) {
        return new MonthFolder(Objects.requireNonNull(folder, "folder"));
    }

    /** @return the folder */
    public Path path() {
        return folder;
    }

    /**
     * @param file one of the five
     * @return where it is: {@code NAME.csv} or {@code NAME.xlsx}, named as the folder names it
     * @throws UnusableFileException when it is missing, present in both forms, or also present in a form
     *                               PCM does not read
     */
    public Path file(MonthFile file) {
        return find(file).orElseThrow(() -> new UnusableFileException(file.fileName(), 0, "folder.missing",
                folder.toAbsolutePath(), file.workbookName()));
    }

    /**
     * @param file one of the five
     * @return where it is, or empty when the folder has it in neither form
     * @throws UnusableFileException when it is present in both forms, or also in a form PCM does not read
     */
    public Optional<Path> find(MonthFile file) {
        return find(file.baseName());
    }

    /**
     * Where a month's file is read from (SPEC 10.2): the folder's own file, then each submission's sheet
     * of that file, in reading order. With a {@code submissions/} folder, {@code reports} and
     * {@code dissemination} may be absent from the folder itself.
     *
     * @param file one of the five
     * @return its sources, in reading order; for {@code reports} and {@code dissemination}, possibly none
     * @throws UnusableFileException when the file is missing (and may not be), present in both forms, or
     *                               also present in a form PCM does not read
     */
    public List<InputSource> sources(MonthFile file) {
        List<InputSource> sources = new ArrayList<>();
        Optional<Path> own = find(file);
        if (own.isPresent()) {
            sources.add(InputSource.of(own.get()));
        } else if (!hasSubmissions() || !Submissions.takes(file)) {
            file(file); // throws: the file is missing
        }
        sources.addAll(submissions().sheets(file));
        return List.copyOf(sources);
    }

    /** @return whether the folder holds a {@code submissions/} folder (SPEC 10.2) */
    public boolean hasSubmissions() {
        return Files.isDirectory(folder.resolve(Submissions.FOLDER));
    }

    /**
     * The agencies' workbooks of the folder's {@code submissions/} (SPEC 10.2). They are looked at on the
     * first call, each opened and read through, and kept: a later change to the folder is seen by a new
     * {@code MonthFolder}.
     *
     * @return its submissions; none when the folder has no {@code submissions/}
     */
    public synchronized Submissions submissions() {
        if (submissions == null) {
            submissions = hasSubmissions() ? Submissions.scan(folder.resolve(Submissions.FOLDER)) : Submissions.none();
        }
        return submissions;
    }

    /**
     * @return the month's {@code types.csv} or {@code types.xlsx} (SPEC 9.1), or empty when it has none
     *         (then its types are the national ones)
     * @throws UnusableFileException when it is present in both forms, or also in a form PCM does not read
     */
    public Optional<Path> types() {
        return find(MonthFile.typesBaseName());
    }

    /**
     * Checks every one of the six the folder holds, missing ones aside: for a check of a folder, which
     * checks the files it finds.
     *
     * @return the files found, {@code types} first, then the five in {@link MonthFile} order
     * @throws UnusableFileException at the first file present in both forms, or in a form PCM does not read
     */
    public List<Path> present() {
        List<Path> found = new ArrayList<>();
        for (String base : MonthFile.baseNames()) {
            find(base).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private Optional<Path> find(String base) {
        List<Path> usable = new ArrayList<>();
        for (Path entry : entries()) {
            String name = entry.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals(base + MonthFile.CSV) || lower.equals(base + MonthFile.WORKBOOK)) {
                usable.add(entry);
            }
            Optional<UnusableFileException> refused = refusedForm(name, base);
            if (refused.isPresent()) {
                throw refused.get();
            }
        }
        if (usable.size() > 1) {
            throw new UnusableFileException(usable.get(0).getFileName().toString(), 0, "folder.both",
                    usable.get(1).getFileName().toString(), folder.toAbsolutePath());
        }
        return usable.stream().findFirst();
    }

    /** The folder's entries in name order (so that a message naming two of them is the same on every system). */
    private List<Path> entries() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of(); // every file is then missing, which is what the caller says
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The refusal of a single file given by name (a check, an upload) when it is one of the six in a form
     * PCM does not read.
     *
     * @param fileName a file's name, for example {@code agencies.xls}
     * @return its refusal, or empty when the name is not one of the six in a refused form
     */
    public static Optional<UnusableFileException> refusedForm(String fileName) {
        // given alone (not found in a folder), the file is told how to be saved and sent again
        return MonthFile.baseNames().stream().flatMap(base -> refusedForm(fileName, base).stream()).findFirst()
                .map(inFolder -> RowFiles.refusal(fileName));
    }

    /** @return the refusal of {@code name} when it is the file {@code base} in a form PCM does not read */
    private static Optional<UnusableFileException> refusedForm(String name, String base) {
        String lower = name.toLowerCase(Locale.ROOT);
        return REFUSED_FORMS.entrySet().stream().filter(form -> lower.equals(base + form.getKey())).findFirst()
                .map(form -> new UnusableFileException(name, 0, form.getValue(), base + MonthFile.WORKBOOK, base + MonthFile.CSV));
    }
}
