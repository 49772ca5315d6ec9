package id.go.pcm.evaluation;

import java.time.Instant;

/**
 * How one narrative was spread: its targets, and how many of them covered it and in time.
 *
 * @param narrativeId   the narrative id
 * @param title         its title
 * @param program       its program tag
 * @param issuedAt      when it was issued
 * @param dueHours      its window in hours
 * @param targeted      active agencies targeted
 * @param covered       of those, agencies with accepted evidence
 * @param onTime        of those, agencies whose first evidence came within the window
 * @param coveragePct   100 × covered / targeted, or {@code null} when it targeted none
 * @param timelinessPct 100 × on time / targeted, or {@code null} when it targeted none
 * @param pickup        accepted media items citing it
 */
public record NarrativeFigures(String narrativeId, String title, String program, Instant issuedAt, int dueHours,
                               int targeted, int covered, int onTime, Double coveragePct, Double timelinessPct,
                               long pickup) {

    /** @return 100 × agencies that covered it late / targeted, or {@code null} when it targeted none */
    public Double latePct() {
        return coveragePct == null ? null : coveragePct - timelinessPct;
    }
}
