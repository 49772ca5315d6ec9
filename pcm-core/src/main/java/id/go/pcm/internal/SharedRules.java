package id.go.pcm.internal;

import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.NarrativeRegistry;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.validation.RejectCode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static id.go.pcm.internal.Rule.Broken.because;

/**
 * The rules several files share (SPEC 1.7), written once: a well-formed row, a unique id, a known and
 * active agency, a known narrative, a timestamp not after the as-of time and inside the month, and
 * the form of a link. Each is a {@link Rule} that a file's list puts in its place.
 */
public final class SharedRules {

    private SharedRules() {
    }

    /**
     * A record whose fields line up with the header ({@code MALFORMED_ROW}): none of the values of one
     * that does not can be trusted, not even its id, so it is every file's first rule.
     *
     * @param <D> the draft
     * @return the rule
     */
    public static <D extends Draft> Rule<D> wellFormed() {
        return new Rule<>("the record has the header's number of fields", RejectCode.MALFORMED_ROW, null, "malformed",
                d -> d.row().malformed() ? because(d.row().fieldCount(), d.row().headerCount()) : null);
    }

    /**
     * An id not seen earlier in the same file ({@code DUPLICATE_ID}), whatever became of the earlier
     * row. Follows the id's {@link ValueRules#present} rule; keeps the id as the row's, even when it
     * repeats an earlier one.
     *
     * @param column the id column
     * @param seen   the ids seen so far in the file; this row's id is added to it
     * @param <D>    the draft
     * @return the rule
     */
    public static <D extends Draft> Rule<D> uniqueId(String column, SeenKeys seen) {
        return new Rule<>(column + " is not repeated in the file", RejectCode.DUPLICATE_ID, column, "duplicate.id", d -> {
            String id = d.value(column);
            d.id(id);
            return seen.add(id) ? null : because(column, id);
        });
    }

    /**
     * The agency named is an accepted row of {@code agencies.csv} ({@code UNKNOWN_AGENCY}).
     *
     * @param agencies the month's accepted agencies
     * @param agencyId the agency id the row names
     * @param <D>      the draft
     * @return the rule
     */
    public static <D extends Draft> Rule<D> knownAgency(AgencyRegistry agencies, Function<D, String> agencyId) {
        return new Rule<>("agency_id is an accepted agency", RejectCode.UNKNOWN_AGENCY, "agency_id", "unknown.agency", d -> {
            String id = agencyId.apply(d);
            return agencies.contains(id) ? null : because(id);
        });
    }

    /**
     * The agency named is active in the month ({@code INACTIVE_AGENCY}); follows {@link #knownAgency}.
     *
     * @param agencies the month's accepted agencies
     * @param agencyId the agency id the row names
     * @param <D>      the draft
     * @return the rule
     */
    public static <D extends Draft> Rule<D> activeAgency(AgencyRegistry agencies, Function<D, String> agencyId) {
        return new Rule<>("agency_id is active in the month", RejectCode.INACTIVE_AGENCY, "agency_id", "inactive.agency", d -> {
            String id = agencyId.apply(d);
            return agencies.isActive(id) ? null : because(id, agencies.month());
        });
    }

    /**
     * The narrative named, when one is, is an accepted row of {@code narratives.csv}
     * ({@code UNKNOWN_NARRATIVE}).
     *
     * @param narratives  the month's accepted narratives
     * @param narrativeId the narrative id the row names, or {@code null} when it names none
     * @param keep        keeps the narrative in the draft
     * @param <D>         the draft
     * @return the rule
     */
    public static <D extends Draft> Rule<D> knownNarrative(NarrativeRegistry narratives, Function<D, String> narrativeId,
                                                           BiConsumer<D, Narrative> keep) {
        return new Rule<>("narrative_id is an accepted narrative", RejectCode.UNKNOWN_NARRATIVE, "narrative_id",
                "unknown.narrative", d -> {
                    String id = narrativeId.apply(d);
                    if (id == null) {
                        return null;
                    }
                    Optional<Narrative> narrative = narratives.find(id);
                    if (narrative.isEmpty()) {
                        return because(id);
                    }
                    keep.accept(d, narrative.get());
                    return null;
                });
    }

    /**
     * A timestamp not after the evaluation's as-of time ({@code FUTURE}), whatever the file.
     *
     * @param column  the timestamp's column
     * @param month   the evaluation month and as-of time
     * @param instant the timestamp, as its value rule read it
     * @param <D>     the draft
     * @return the rule
     */
    public static <D extends Draft> Rule<D> notFuture(String column, EvaluationMonth month, Function<D, Instant> instant) {
        return new Rule<>(column + " is not after the as-of time", RejectCode.FUTURE, column, "future", d -> {
            Instant at = instant.apply(d);
            return month.isFuture(at) ? because(column, onClock(at, month), month.asOf()) : null;
        });
    }

    /**
     * A timestamp inside the evaluation month ({@code WRONG_PERIOD}), where the month is required;
     * follows {@link #notFuture}, so that a timestamp after the as-of time is {@code FUTURE}. The
     * reject carries the month the timestamp is in.
     *
     * @param column  the timestamp's column
     * @param month   the evaluation month
     * @param instant the timestamp, as its value rule read it
     * @param <D>     the draft
     * @return the rule
     */
    public static <D extends Draft> Rule<D> insideMonth(String column, EvaluationMonth month, Function<D, Instant> instant) {
        return new Rule<>(column + " is inside the evaluation month", RejectCode.WRONG_PERIOD, column, "wrong_period.timestamp",
                d -> {
                    Instant at = instant.apply(d);
                    return month.contains(at) ? null
                            : new Rule.Broken(monthOf(at, month), column, onClock(at, month), month.label());
                });
    }

    /**
     * The month an instant is in, on the clock of the month's files (the office's zone).
     *
     * @param instant the instant
     * @param month   the evaluation month, whose zone is that clock
     * @return its month
     */
    public static YearMonth monthOf(Instant instant, EvaluationMonth month) {
        return YearMonth.from(instant.atZone(month.zone()));
    }

    /**
     * An instant as a reject's message shows it: on the clock clerks read, the office's zone, with its
     * offset ({@code 2024-09-03T10:15+08:00}).
     *
     * @param instant the instant
     * @param month   the evaluation month, whose zone is that clock
     * @return the time to show
     */
    public static OffsetDateTime onClock(Instant instant, EvaluationMonth month) {
        return instant.atZone(month.zone()).toOffsetDateTime();
    }

    /**
     * A link of at most {@link EvidenceUrl#MAX_LENGTH} characters (SPEC 1.5), the first of the three
     * link rules: it reads the link and keeps the reading in the draft for the next two.
     *
     * @param column the link column
     * @param keep   keeps the link's reading in the draft
     * @param <D>    the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> linkLength(String column, BiConsumer<D, EvidenceUrl.Reading> keep) {
        return new Rule<>(column + " has at most " + EvidenceUrl.MAX_LENGTH + " characters", RejectCode.BAD_VALUE, column,
                "bad.length", d -> {
                    String text = d.value(column);
                    if (text == null) {
                        return null;
                    }
                    EvidenceUrl.Reading reading = EvidenceUrl.read(text);
                    keep.accept(d, reading);
                    return reading.problem() == EvidenceUrl.Problem.TOO_LONG
                            ? because(column, Values.length(text), EvidenceUrl.MAX_LENGTH) : null;
                });
    }

    /**
     * A link is an absolute {@code http} or {@code https} URL; follows {@link #linkLength}.
     *
     * @param column  the link column
     * @param reading the link's reading, or {@code null} when the row has none
     * @param <D>     the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> linkHttp(String column, Function<D, EvidenceUrl.Reading> reading) {
        return new Rule<>(column + " is an http or https URL", RejectCode.BAD_VALUE, column, "bad.url", d -> {
            EvidenceUrl.Reading read = reading.apply(d);
            return read != null && read.problem() == EvidenceUrl.Problem.NOT_HTTP ? because(column, d.value(column)) : null;
        });
    }

    /**
     * A link names no user or password; follows {@link #linkHttp}.
     *
     * @param column  the link column
     * @param reading the link's reading, or {@code null} when the row has none
     * @param <D>     the draft
     * @return the rule ({@code BAD_VALUE})
     */
    public static <D extends Draft> Rule<D> linkWithoutUserInfo(String column, Function<D, EvidenceUrl.Reading> reading) {
        return new Rule<>(column + " names no user", RejectCode.BAD_VALUE, column, "bad.url.user_info", d -> {
            EvidenceUrl.Reading read = reading.apply(d);
            return read != null && read.problem() == EvidenceUrl.Problem.USER_INFO ? because(column) : null;
        });
    }
}
