package id.go.pcm.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A laporan berkala: what an agency did in a month, sent to the communication ministry, with its
 * communication agenda for the next month.
 *
 * @param id              the report id
 * @param agencyId        the reporting agency
 * @param period          the month reported on
 * @param submittedAt     when it was submitted
 * @param policiesCount   policies reported
 * @param activitiesCount activities reported
 * @param hasData         data and supporting information attached
 * @param hasAgenda       next month's communication agenda attached
 */
public record PeriodicReport(String id, String agencyId, YearMonth period, Instant submittedAt,
                             long policiesCount, long activitiesCount, boolean hasData, boolean hasAgenda) {

    /**
     * Checks the required parts.
     *
     * @param id the report id
     * @param agencyId the reporting agency
     * @param period the month reported on
     * @param submittedAt when it was submitted
     * @param policiesCount policies reported
     * @param activitiesCount activities reported
     * @param hasData data and supporting information attached
     * @param hasAgenda next month's communication agenda attached
     * @throws NullPointerException     when an id, the period or the submission time is missing
     * @throws IllegalArgumentException when a count is negative
     */
    public PeriodicReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (policiesCount < 0 || activitiesCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * Completeness (SPEC 1.3): one quarter for each of policies reported, activities reported, data
     * attached and agenda attached.
     *
     * @return 0, 0.25, 0.5, 0.75 or 1
     */
    public double completeness() {
        int parts = (policiesCount > 0 ? 1 : 0) + (activitiesCount > 0 ? 1 : 0)
                + (hasData ? 1 : 0) + (hasAgenda ? 1 : 0);
        return parts / 4.0;
    }
}
