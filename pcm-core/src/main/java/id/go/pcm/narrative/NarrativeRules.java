package id.go.pcm.narrative;

import id.go.pcm.agency.AgencyRegistry;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.csv.Columns;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.validation.Checked;
import id.go.pcm.internal.Fields;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.internal.SeenKeys;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of {@code narratives.csv} (SPEC 1.4), one row at a time. Not thread-safe: it remembers
 * the file's ids.
 */
public final class NarrativeRules {

    /** The file these rules read. */
    public static final String FILE = "narratives.csv";
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

    private final EvaluationMonth month;
    private final AgencyRegistry agencies;
    private final int defaultDueHours;
    private final SeenKeys ids = new SeenKeys();

    /**
     * Rules for one month's narratives.
     *
     * @param month           the evaluation month and as-of time
     * @param agencies        the accepted agencies, which targets may name
     * @param defaultDueHours the window when {@code due_hours} is empty (72 by default)
     */
    public NarrativeRules(EvaluationMonth month, AgencyRegistry agencies, int defaultDueHours) {
        this.month = month;
        this.agencies = agencies;
        this.defaultDueHours = defaultDueHours;
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted narrative or the reject naming its fault
     */
    public Checked<Narrative> check(Row row) {
        Fields f = new Fields(row);
        String id = f.id("narrative_id", ids);
        String title = f.text("title", 300);
        String program = f.matching("program", PROGRAM, "bad.program");
        Instant issuedAt = f.timestamp("issued_at");
        Priority priority = f.optionalWord("priority", Priority.vocabulary());
        Long dueHours = f.optionalCount("due_hours");
        if (dueHours != null && (dueHours < MIN_DUE_HOURS || dueHours > MAX_DUE_HOURS)) {
            f.fail(RejectCode.BAD_VALUE, "due_hours", "bad.due_hours", dueHours, MIN_DUE_HOURS, MAX_DUE_HOURS);
        }
        String targetText = f.required("targets");
        f.requireInMonth("issued_at", issuedAt, month);
        Targets targets = f.ok() ? targets(f, targetText) : null;
        if (!f.ok()) {
            return Checked.rejected(f.reject(id));
        }
        return Checked.accepted(new Narrative(id, title, program, issuedAt,
                priority == null ? Priority.NORMAL : priority,
                dueHours == null ? defaultDueHours : dueHours.intValue(), targets));
    }

    /**
     * Reads {@code ALL} or a {@code |}-separated list of agency types and ids. A word that names an
     * agency type is the type, even if an agency had that id; any other word must be an accepted agency.
     */
    private Targets targets(Fields f, String text) {
        boolean all = false;
        Set<AgencyType> types = EnumSet.noneOf(AgencyType.class);
        Set<String> ids = new LinkedHashSet<>();
        for (String part : text.split("\\|")) {
            String word = part.strip();
            if (word.isEmpty()) {
                continue;
            }
            Optional<AgencyType> type = AgencyType.parse(word);
            if (word.toUpperCase(Locale.ROOT).equals("ALL")) {
                all = true;
            } else if (type.isPresent()) {
                types.add(type.get());
            } else if (agencies.contains(word)) {
                ids.add(word);
            } else {
                return f.fail(RejectCode.UNKNOWN_TARGET, "targets", "unknown.target", word);
            }
        }
        if (!all && types.isEmpty() && ids.isEmpty()) {
            return f.fail(RejectCode.MISSING_VALUE, "targets", "missing", "targets");
        }
        return all ? Targets.ALL : new Targets(false, types, ids);
    }
}
