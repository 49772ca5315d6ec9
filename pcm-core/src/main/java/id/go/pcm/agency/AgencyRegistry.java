package id.go.pcm.agency;

import id.go.pcm.validation.Fields;
import id.go.pcm.validation.RejectCode;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The accepted agencies of a month's registry, by id, and those of them active in the month.
 * Immutable.
 */
public final class AgencyRegistry {

    private final YearMonth month;
    private final Map<String, Agency> byId;
    private final List<Agency> all;
    private final List<Agency> active;

    /**
     * A registry of accepted agencies.
     *
     * @param month    the evaluation month that decides who is active
     * @param accepted the accepted agencies, ids unique
     * @throws IllegalArgumentException when two agencies share an id
     */
    public AgencyRegistry(YearMonth month, Collection<Agency> accepted) {
        this.month = month;
        Map<String, Agency> map = new TreeMap<>();
        for (Agency agency : accepted) {
            if (map.put(agency.id(), agency) != null) {
                throw new IllegalArgumentException("agency id " + agency.id() + " appears twice");
            }
        }
        this.byId = Map.copyOf(map); // looked up several times a row: hashed, not a tree walk
        this.all = List.copyOf(map.values());
        this.active = all.stream().filter(a -> a.isActiveIn(month)).toList();
    }

    /** @return the month that decides who is active */
    public YearMonth month() {
        return month;
    }

    /**
     * Finds an accepted agency, active or not.
     *
     * @param id the agency id, case-sensitive
     * @return the agency, or empty when no accepted row has that id
     */
    public Optional<Agency> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Whether an id names an accepted agency, active or not.
     *
     * @param id the agency id
     * @return whether it is accepted
     */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /**
     * Whether an id names an accepted agency active in the month.
     *
     * @param id the agency id
     * @return whether it is evaluated this month
     */
    public boolean isActive(String id) {
        Agency agency = byId.get(id);
        return agency != null && agency.isActiveIn(month);
    }

    /**
     * The agency rule shared by every file that names an agency: an accepted row of
     * {@code agencies.csv} ({@code UNKNOWN_AGENCY}), active in the month ({@code INACTIVE_AGENCY}).
     *
     * @param f        the row being read; a fault is recorded in it
     * @param agencyId the agency id read from its {@code agency_id} column
     */
    public void requireActive(Fields f, String agencyId) {
        if (!contains(agencyId)) {
            f.fail(RejectCode.UNKNOWN_AGENCY, "agency_id", "unknown.agency", agencyId);
        } else if (!isActive(agencyId)) {
            f.fail(RejectCode.INACTIVE_AGENCY, "agency_id", "inactive.agency", agencyId, month);
        }
    }

    /** @return every accepted agency, sorted by id */
    public Collection<Agency> all() {
        return all;
    }

    /** @return the agencies active in the month, sorted by id */
    public List<Agency> active() {
        return active;
    }
}
