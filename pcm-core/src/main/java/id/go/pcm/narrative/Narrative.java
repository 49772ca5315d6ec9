package id.go.pcm.narrative;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A narasi tunggal: the single narrative the communication ministry issues on a priority program so
 * that every agency speaks with one voice, and the window in which agencies are to spread it.
 *
 * @param id       the narrative id, for example {@code N-2024-09-001}
 * @param title    its title
 * @param program  the program tag, for example {@code makan-bergizi-gratis}
 * @param issuedAt when it was issued
 * @param priority its priority
 * @param dueHours the dissemination window in hours (1–720)
 * @param targets  whom it is addressed to
 */
public record Narrative(String id, String title, String program, Instant issuedAt, Priority priority,
                        int dueHours, Targets targets) {

    /**
     * Checks the parts.
     *
     * @param id the narrative id, for example {@code N-2024-09-001}
     * @param title its title
     * @param program the program tag, for example {@code makan-bergizi-gratis}
     * @param issuedAt when it was issued
     * @param priority its priority
     * @param dueHours the dissemination window in hours (1–720)
     * @param targets whom it is addressed to
     * @throws NullPointerException     when a part is missing
     * @throws IllegalArgumentException when the window is outside 1–720 hours
     */
    public Narrative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(targets, "targets");
        if (dueHours < 1 || dueHours > 720) {
            throw new IllegalArgumentException("due_hours must be 1-720, was " + dueHours);
        }
    }

    /**
     * The end of the dissemination window: evidence at or before it is on time (SPEC 1.5).
     *
     * @return {@code issuedAt + dueHours}
     */
    public Instant dueAt() {
        return issuedAt.plus(Duration.ofHours(dueHours));
    }
}
