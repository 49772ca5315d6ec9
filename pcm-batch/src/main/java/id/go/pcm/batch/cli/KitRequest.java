package id.go.pcm.batch.cli;

import id.go.pcm.Language;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What {@code --kits} was asked for (SPEC 10.3): the month, the folder holding its reference files,
 * where the kit folder goes, the time the kits are made at and their language.
 *
 * @param period   the evaluation month
 * @param input    the month folder holding {@code agencies}, {@code narratives} and, when the month has
 *                 its own types, {@code types}
 * @param output   the folder {@code pcm-kit-YYYY-MM/} is written into
 * @param asOf     {@code --as-of}, or {@code null} for now: the time the kits record as made
 * @param language the language of the instructions, the input messages and the yes/no list
 */
public record KitRequest(YearMonth period, Path input, Path output, OffsetDateTime asOf, Language language) {

    /** Checks the required parts. */
    public KitRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(language, "language");
    }
}
