package id.go.pcm.narrative;

import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;

import java.util.Objects;
import java.util.Set;

/**
 * Whom a narrative is addressed to: everyone, or any agency of the listed types or ids
 * (the {@code targets} column, {@code ALL} or {@code KOTA|KEMENKES|...}).
 *
 * @param all   every agency
 * @param types agency types addressed
 * @param ids   agency ids addressed, case-sensitive
 */
public record Targets(boolean all, Set<AgencyType> types, Set<String> ids) {

    /** Every agency. */
    public static final Targets ALL = new Targets(true, Set.of(), Set.of());

    /**
     * Freezes the sets.
     *
     * @param all every agency
     * @param types agency types addressed
     * @param ids agency ids addressed, case-sensitive
     */
    public Targets {
        types = Set.copyOf(types);
        ids = Set.copyOf(ids);
    }

    /**
     * Whether an agency is addressed; the caller decides whether it is active.
     *
     * @param agency the agency
     * @return whether it matches {@code ALL}, one of the types or one of the ids
     */
    public boolean matches(Agency agency) {
        Objects.requireNonNull(agency, "agency");
        return all || types.contains(agency.type()) || ids.contains(agency.id());
    }
}
