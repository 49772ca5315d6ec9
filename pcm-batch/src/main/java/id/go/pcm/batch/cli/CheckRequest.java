package id.go.pcm.batch.cli;

import id.go.pcm.Language;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code --check} was asked for (SPEC 6): the month, the folder or file to check, the reference
 * agencies and narratives when given apart, the sending agency, the as-of time, the language of the
 * messages and where to write every reject.
 *
 * @param period     the evaluation month
 * @param input      a month folder, or one of its five files
 * @param agencies   {@code --agencies}, else the folder's own {@code agencies.csv}
 * @param narratives {@code --narratives}, else the folder's own {@code narratives.csv}
 * @param sender     {@code --sender}, or {@code null}
 * @param asOf       {@code --as-of}, or {@code null} for now
 * @param language   the language of the printed messages
 * @param output     {@code --output}, or {@code null}
 */
public record CheckRequest(YearMonth period, Path input, Optional<Path> agencies, Optional<Path> narratives,
                           String sender, OffsetDateTime asOf, Language language, Path output) {

    /** Checks the required parts. */
    public CheckRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(agencies, "agencies");
        Objects.requireNonNull(narratives, "narratives");
        Objects.requireNonNull(language, "language");
    }

    /** @return the folder the reference files are taken from when not given: the input, or the file's folder */
    public Path folder() {
        return Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
    }

    /**
     * @return the files to check: those of the five found in the folder, in reading order, or the one
     *         file given. A folder bearing one of the five names is listed too, so that it is refused
     *         as a folder rather than skipped without a word.
     */
    public List<Path> filesToCheck() {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        return MonthFile.names().stream().map(input::resolve).filter(Files::exists).toList();
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
