package id.go.pcm.agency;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One K/L/D of the registry ({@code agencies.csv}). Agencies are data, not code: ministries are split,
 * merged and renamed with each cabinet, so the registry's active dates say who is evaluated when.
 *
 * @param id          the agency id, case-sensitive, for example {@code KOTA-BANDUNG}
 * @param name        the agency's name
 * @param type        the K/L/D type
 * @param parentId    the province's agency id for a {@code KABUPATEN} or {@code KOTA}, else {@code null}
 * @param regionCode  the Kemendagri code ({@code 32}, {@code 32.73}) for a regional government, else {@code null}
 * @param activeFrom  the first day the agency exists, or {@code null} when always
 * @param activeUntil the last day the agency exists, or {@code null} when still
 */
public record Agency(String id, String name, AgencyType type, String parentId, String regionCode,
                     LocalDate activeFrom, LocalDate activeUntil) {

    /**
     * Checks the required parts.
     *
     * @param id the agency id, case-sensitive, for example {@code KOTA-BANDUNG}
     * @param name the agency's name
     * @param type the K/L/D type
     * @param parentId the province's agency id for a {@code KABUPATEN} or {@code KOTA}, else {@code null}
     * @param regionCode the Kemendagri code ({@code 32}, {@code 32.73}) for a regional government, else {@code null}
     * @param activeFrom the first day the agency exists, or {@code null} when always
     * @param activeUntil the last day the agency exists, or {@code null} when still
     * @throws NullPointerException when the id, name or type is missing
     */
    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Whether the agency is active in a month: {@code activeFrom}, if any, on or before the month's
     * last day, and {@code activeUntil}, if any, on or after its first day (SPEC 1.2).
     *
     * @param month the month
     * @return whether the agency is evaluated in that month
     */
    public boolean isActiveIn(YearMonth month) {
        return (activeFrom == null || !activeFrom.isAfter(month.atEndOfMonth()))
                && (activeUntil == null || !activeUntil.isBefore(month.atDay(1)));
    }
}
