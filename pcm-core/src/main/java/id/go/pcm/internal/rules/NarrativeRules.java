package id.go.pcm.internal.rules;

import id.go.pcm.internal.Checked;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.internal.Draft;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.RuleList;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.internal.SharedRules;
import id.go.pcm.internal.ValueRules;
import id.go.pcm.internal.Vocabulary;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.Priority;
import id.go.pcm.narrative.Targets;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of {@code narratives.csv} (SPEC 1.4), one row at a time: the list {@link #rules} is the
 * file's fault order. Not thread-safe: it remembers the file's ids.
 */
public final class NarrativeRules {

    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("narrative_id", "title", "program", "issued_at", "targets"),
            List.of("priority", "due_hours"));

    /** A program tag: lower-case {@code a-z 0-9 -}, for example {@code makan-bergizi-gratis}. */
    public static final Pattern PROGRAM = Pattern.compile("[a-z0-9-]+");
    /** The shortest and longest dissemination windows, in hours. */
    public static final int MIN_DUE_HOURS = 1;
    /** The longest dissemination window, in hours: thirty days. */
    public static final int MAX_DUE_HOURS = 720;

    private final RuleList<NarrativeDraft, Narrative> rules;

    /**
     * Rules for one month's narratives.
     *
     * @param month           the evaluation month and as-of time
     * @param agencies        the accepted agencies, which targets may name
     * @param defaultDueHours the window when {@code due_hours} is empty (72 by default)
     */
    public NarrativeRules(EvaluationMonth month, AgencyRegistry agencies, int defaultDueHours) {
        this.rules = new RuleList<>(rules(month, agencies, new SeenKeys()), NarrativeDraft::new,
                d -> d.narrative(defaultDueHours));
    }

    /** SPEC 1.4 in fault order: the first rule a row breaks is its reject. */
    static List<Rule<NarrativeDraft>> rules(EvaluationMonth month, AgencyRegistry agencies, SeenKeys ids) {
        return List.of(
                SharedRules.wellFormed(),
                ValueRules.present("narrative_id"),
                SharedRules.uniqueId("narrative_id", ids),
                ValueRules.present("title"),
                ValueRules.text("title", 300, (d, v) -> d.title = v),
                ValueRules.present("program"),
                ValueRules.matching("program", PROGRAM, "bad.program", (d, v) -> d.program = v),
                ValueRules.present("issued_at"),
                ValueRules.timestamp("issued_at", month.zone(), (d, v) -> d.issuedAt = v),
                ValueRules.word("priority", Vocabulary.of(Priority.class), (d, v) -> d.priority = v),
                ValueRules.count("due_hours", (d, v) -> d.dueHours = v),
                new Rule<>("due_hours is " + MIN_DUE_HOURS + " to " + MAX_DUE_HOURS, RejectCode.BAD_VALUE, "due_hours",
                        "bad.due_hours", d -> d.dueHours != null && (d.dueHours < MIN_DUE_HOURS || d.dueHours > MAX_DUE_HOURS)
                        ? Rule.Broken.because(d.dueHours, MIN_DUE_HOURS, MAX_DUE_HOURS) : null),
                ValueRules.present("targets"),
                SharedRules.notFuture("issued_at", month, d -> d.issuedAt),
                SharedRules.insideMonth("issued_at", month, d -> d.issuedAt),
                new Rule<>("every target is ALL, an agency type or an accepted agency", RejectCode.UNKNOWN_TARGET, "targets",
                        "unknown.target", d -> targets(d, agencies)),
                new Rule<>("targets names at least one target", RejectCode.MISSING_VALUE, "targets", "missing",
                        d -> d.targets == null ? Rule.Broken.because("targets") : null));
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted narrative or the reject naming its fault
     */
    public Checked<Narrative> check(Row row) {
        return rules.check(row);
    }

    /**
     * Reads {@code ALL} or a {@code |}-separated list of agency types and ids into the draft, which
     * keeps none when the list names nothing. A word that names an agency type is the type, even if an
     * agency had that id; any other word must be an accepted agency.
     */
    private static Rule.Broken targets(NarrativeDraft d, AgencyRegistry agencies) {
        boolean all = false;
        Set<AgencyType> types = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String part : d.value("targets").split("\\|")) {
            String word = part.strip();
            if (word.isEmpty()) {
                continue;
            }
            Optional<AgencyType> type = agencies.types().find(word);
            if (word.toUpperCase(Locale.ROOT).equals("ALL")) {
                all = true;
            } else if (type.isPresent()) {
                types.add(type.get());
            } else if (agencies.contains(word)) {
                ids.add(word);
            } else {
                return Rule.Broken.because(word);
            }
        }
        if (all || !types.isEmpty() || !ids.isEmpty()) {
            d.targets = all ? Targets.ALL : new Targets(false, types, ids);
        }
        return null;
    }

    /** A narrative row as its rules read it. */
    static final class NarrativeDraft extends Draft {
        private String title;
        private String program;
        private Instant issuedAt;
        private Priority priority;
        private Long dueHours;
        private Targets targets;

        NarrativeDraft(Row row) {
            super(row);
        }

        Narrative narrative(int defaultDueHours) {
            return new Narrative(id(), title, program, issuedAt, priority == null ? Priority.NORMAL : priority,
                    dueHours == null ? defaultDueHours : dueHours.intValue(), targets);
        }
    }
}
