package id.go.pcm.batch.cli;

import id.go.pcm.FileCheck;
import id.go.pcm.Language;
import id.go.pcm.MonthFile;
import id.go.pcm.MonthFolder;
import id.go.pcm.Submissions;
import id.go.pcm.agency.AgencyTypes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code --check} was asked for (SPEC 6): the month, the folder or file to check, the reference
 * agencies, narratives and types of body (SPEC 9.1) when given apart, the sending agency, the as-of time,
 * the language of the messages and where to write every reject.
 *
 * @param period     the evaluation month
 * @param input      a month folder, or one of its files (CSV or workbook)
 * @param agencies   {@code --agencies}, else the folder's own {@code agencies.csv} or {@code agencies.xlsx}
 * @param narratives {@code --narratives}, else the folder's own {@code narratives.csv} or {@code narratives.xlsx}
 * @param types      {@code --types}, else the types file beside the reference agencies, else the
 *                   national types ({@link #referenceTypes()})
 * @param sender     {@code --sender}, or {@code null}
 * @param asOf       {@code --as-of}, or {@code null} for now
 * @param language   the language of the printed messages
 * @param output     {@code --output}, or {@code null}
 */
public record CheckRequest(YearMonth period, Path input, Optional<Path> agencies, Optional<Path> narratives,
                           Optional<Path> types, String sender, OffsetDateTime asOf, Language language, Path output) {

    /** Checks the required parts. */
    public CheckRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(agencies, "agencies");
        Objects.requireNonNull(narratives, "narratives");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(language, "language");
    }

    /**
     * @return the folder the reference files are taken from when not given: the input, or the file's
     *         folder; for a submission in a month folder's {@code submissions/}, that month folder (SPEC 10.2)
     */
    public Path folder() {
        if (Files.isDirectory(input)) {
            return input;
        }
        Path parent = input.toAbsolutePath().getParent();
        boolean inSubmissions = parent != null && parent.getParent() != null
                && String.valueOf(parent.getFileName()).equals(Submissions.FOLDER);
        return isSubmission() && inSubmissions ? parent.getParent() : parent;
    }

    /**
     * @return whether the input is an agency's submission (SPEC 10.2): a workbook not named like one of
     *         the month's files, whose {@code reports} and {@code dissemination} sheets are checked
     */
    public boolean isSubmission() {
        return !Files.isDirectory(input) && FileCheck.isSubmission(String.valueOf(input.getFileName()));
    }

    /**
     * @return the types file the checked files are read with (SPEC 9.1): {@code --types} when given, else
     *         the {@code types.csv} or {@code types.xlsx} beside the reference agencies when there is one;
     *         empty for the national types
     * @throws id.go.pcm.csv.UnusableFileException when that folder holds the types in both forms, or in a form PCM does not read
     */
    public Optional<Path> referenceTypes() {
        if (types.isPresent()) {
            return types;
        }
        return MonthFolder.of(agencies.map(Path::getParent).orElse(folder())).types();
    }

    /**
     * @return the files to check: the folder's {@code types} when it has them, then those of the five
     *         found in it, in reading order, each as CSV or as a workbook ({@link MonthFolder}); or the one
     *         file given. A folder bearing one of those names is listed too, so that it is refused as a
     *         folder rather than skipped without a word.
     * @throws id.go.pcm.csv.UnusableFileException when the folder holds a file in both forms, or in a form PCM does not read
     */
    public List<Path> filesToCheck() {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        return MonthFolder.of(input).present();
    }

    /** @return the names of the files a check takes, in reading order: {@code types.csv}, then the five */
    public static List<String> checkedNames() {
        List<String> names = new ArrayList<>(List.of(AgencyTypes.FILE_NAME));
        names.addAll(MonthFile.names());
        return List.copyOf(names);
    }

    /**
     * @param fileName a file's name
     * @return whether it names one of the files a check takes, as CSV or workbook, or one of them in a form
     *         PCM does not read (which the check then refuses, saying how to save it)
     */
    public static boolean isMonthFileName(String fileName) {
        return MonthFile.logicalName(fileName).isPresent() || MonthFolder.refusedForm(fileName).isPresent();
    }

    /**
     * @return the five that a folder given as the input lacks in both forms, by their names (none when a
     *         file is given); with a {@code submissions/} folder, {@code reports} and {@code dissemination}
     *         are never lacking, as the month may take them from the submissions alone (SPEC 10.2)
     */
    public List<MonthFile> lackingFiles() {
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        MonthFolder folder = MonthFolder.of(input);
        boolean submissions = folder.hasSubmissions();
        return Arrays.stream(MonthFile.values()).filter(file -> folder.find(file).isEmpty())
                .filter(file -> !submissions || !Submissions.takes(file)).toList();
    }

    /** @return whether messages are printed in English */
    public boolean english() {
        return language == Language.EN;
    }
}
