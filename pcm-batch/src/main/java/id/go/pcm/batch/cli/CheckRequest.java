package id.go.pcm.batch.cli;

import id.go.pcm.Language;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;
import id.go.pcm.agency.AgencyTypes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code --check} was asked for (SPEC 6): the month, the folder or file to check, the reference
 * agencies, narratives and types of body (SPEC 9.1) when given apart, the sending agency, the as-of time,
 * the language of the messages and where to write every reject.
 *
 * @param period     the evaluation month
 * @param input      a month folder, or one of its five files
 * @param agencies   {@code --agencies}, else the folder's own {@code agencies.csv}
 * @param narratives {@code --narratives}, else the folder's own {@code narratives.csv}
 * @param types      {@code --types}, else the {@code types.csv} beside the reference agencies, else the
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

    /** @return the folder the reference files are taken from when not given: the input, or the file's folder */
    public Path folder() {
        return Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
    }

    /**
     * @return the {@code types.csv} the checked files are read with (SPEC 9.1): {@code --types} when given,
     *         else the one beside the reference {@code agencies.csv} when there is one; empty for the
     *         national types
     */
    public Optional<Path> referenceTypes() {
        if (types.isPresent()) {
            return types;
        }
        Path beside = agencies.orElse(folder().resolve(MonthFile.AGENCIES.fileName())).resolveSibling(AgencyTypes.FILE_NAME);
        return Files.exists(beside) ? Optional.of(beside) : Optional.empty();
    }

    /**
     * @return the files to check: the folder's {@code types.csv} when it has one, then those of the five
     *         found in it, in reading order; or the one file given. A folder bearing one of those names
     *         is listed too, so that it is refused as a folder rather than skipped without a word.
     */
    public List<Path> filesToCheck() {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        return checkedNames().stream().map(input::resolve).filter(Files::exists).toList();
    }

    /** @return the names of the files a check takes, in reading order: {@code types.csv}, then the five */
    public static List<String> checkedNames() {
        List<String> names = new ArrayList<>(List.of(AgencyTypes.FILE_NAME));
        names.addAll(MonthFile.names());
        return List.copyOf(names);
    }

    /** @return the names of the five that a folder given as the input lacks (none when a file is given) */
    public List<String> lackingFiles() {
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        return MonthFile.names().stream().filter(name -> !Files.exists(input.resolve(name))).toList();
    }

    /** @return whether messages are printed in English */
    public boolean english() {
        return language == Language.EN;
    }
}
