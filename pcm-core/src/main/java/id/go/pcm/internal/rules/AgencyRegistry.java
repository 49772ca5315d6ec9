package id.go.pcm.internal.rules;

import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyTypes;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The accepted agencies of a month's registry, by id, and those of them active in the month, with
 * the month's types they are of. Immutable.
 */
public final class AgencyRegistry {

    private final YearMonth month;
    private final AgencyTypes types;
    private final Map<String, Agency> byId;
    private final List<Agency> all;
    private final List<Agency> active;

    /**
     * A registry of accepted agencies.
     *
     * @param month    the evaluation month that decides who is active
     * @param types    the month's types
     * @param accepted the accepted agencies, ids unique
     * @throws IllegalArgumentException when two agencies share an id, or one is of a type not the month's
     */
    public AgencyRegistry(YearMonth month, AgencyTypes types, Collection<Agency> accepted) {
        this.month = month;
        this.types = types;
        Map<String, Agency> map = new TreeMap<>();
        for (Agency agency : accepted) {
            if (map.put(agency.id(), agency) != null) {
                throw new IllegalArgumentException("agency id " + agency.id() + " appears twice");
            }
            if (!types.all().contains(agency.type())) {
                throw new IllegalArgumentException("agency " + agency.id() + " is of type " + agency.type()
                        + ", which is not one of the month's types (" + types + ")");
            }
        }
        this.byId = Map.copyOf(map); // looked up several times a row: hashed, not a tree walk
        this.all = List.copyOf(map.values());
        this.active = all.stream().filter(a -> a.isActiveIn(month)).toList();
    }

    /** @return the month's types */
    public AgencyTypes types() {
        return types;
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

    /** @return every accepted agency, sorted by id */
    public Collection<Agency> all() {
        return all;
    }

    /** @return the agencies active in the month, sorted by id */
    public List<Agency> active() {
        return active;
    }
}
