package id.go.pcm.internal.rules;

import id.go.pcm.internal.Checked;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.internal.Draft;
import id.go.pcm.internal.Fault;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.RuleList;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.internal.SharedRules;
import id.go.pcm.internal.ValueRules;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static id.go.pcm.internal.Rule.Broken.because;

/**
 * The rules of {@code agencies.csv} (SPEC 1.2 in the general form of 9.1), one row at a time like every
 * file's rules, for a month's types. A child (nationally a regency or city) may name a parent that comes
 * later in the file, so its parent is settled once the whole file is read: {@link #check(Row)} accepts it
 * for now, and {@link #parentFault} is the rule applied to it at the end of the file, from the top types
 * down ({@link id.go.pcm.MonthEvaluation} does both). Not thread-safe: it remembers the file's ids.
 */
public final class AgencyRules {

    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("agency_id", "name", "type"),
            List.of("parent_id", "region_code", "active_from", "active_until"));

    /** 1–40 characters of {@code A-Z a-z 0-9 . _ -}. */
    public static final Pattern AGENCY_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    /** Every shape is a beginning of this code, which messages give as an example. */
    private static final String EXAMPLE_CODE = "64.08.01.2001";

    private final RuleList<AgencyDraft, Agency> rules;

    /**
     * Rules for one file's rows.
     *
     * @param types the month's types
     */
    public AgencyRules(AgencyTypes types) {
        this.rules = new RuleList<>(rules(new SeenKeys(), types), AgencyDraft::new, AgencyDraft::agency);
    }

    /**
     * SPEC 1.2 and 9.1 in fault order, a row on its own: the first rule a row breaks is its reject. A
     * child's parent is {@link #parentFault}'s, at the end of the file. With the national types the
     * messages speak of provinces, regencies and cities as they always have.
     */
    static List<Rule<AgencyDraft>> rules(SeenKeys ids, AgencyTypes types) {
        boolean national = types.isNational();
        Fault.Whole allowed = new Fault.Whole(types.all().stream().map(AgencyType::code).collect(Collectors.joining(", ")));
        List<Rule<AgencyDraft>> rules = new ArrayList<>(List.of(
                SharedRules.wellFormed(),
                ValueRules.present("agency_id"),
                SharedRules.uniqueId("agency_id", ids),
                ValueRules.matching("agency_id", AGENCY_ID, "bad.agency_id", (d, v) -> { }),
                ValueRules.present("name"),
                ValueRules.text("name", 200, (d, v) -> d.name = v),
                ValueRules.present("type"),
                new Rule<>("type is one of the month's types", RejectCode.BAD_VALUE, "type", "bad.word", d -> {
                    d.type = types.find(d.value("type")).orElse(null);
                    return d.type == null ? because("type", d.value("type"), allowed) : null;
                }),
                ValueRules.date("active_from", (d, v) -> d.from = v),
                ValueRules.date("active_until", (d, v) -> d.until = v),
                new Rule<>("active_until is not before active_from", RejectCode.BAD_VALUE, "active_until", "bad.active_until",
                        d -> d.from != null && d.until != null && d.until.isBefore(d.from) ? because(d.until, d.from) : null),
                new Rule<>("a type with a parent type has a parent_id", RejectCode.MISSING_VALUE, "parent_id", "missing",
                        d -> d.type.hasParent() && d.parentId() == null ? because("parent_id") : null),
                new Rule<>("only a type with a parent type has a parent_id", RejectCode.BAD_PARENT, "parent_id",
                        national ? "bad.parent.not_allowed" : "bad.type.parent_not_allowed",
                        d -> !d.type.hasParent() && d.parentId() != null ? because(d.type) : null),
                new Rule<>("only a type with a code shape has a region_code", RejectCode.BAD_REGION_CODE, "region_code",
                        national ? "bad.region.not_allowed" : "bad.type.region_not_allowed",
                        d -> !d.type.hasRegionCode() && d.regionCode() != null ? because(d.type) : null),
                new Rule<>("a type with a code shape has a region_code", RejectCode.MISSING_VALUE, "region_code", "missing",
                        d -> d.type.hasRegionCode() && d.regionCode() == null ? because("region_code") : null)));
        if (national) {
            // Worded as they always were: a province's code is NN, a regency's or city's NN.NN.
            rules.add(new Rule<>("a province's region_code is NN", RejectCode.BAD_REGION_CODE, "region_code",
                    "bad.region.province", d -> !d.type.hasParent() && misshapen(d) ? because(d.regionCode()) : null));
            rules.add(new Rule<>("a regency's or city's region_code is NN.NN", RejectCode.BAD_REGION_CODE, "region_code",
                    "bad.region.regency", d -> d.type.hasParent() && misshapen(d) ? because(d.regionCode()) : null));
        } else {
            rules.add(new Rule<>("the region_code has its type's shape", RejectCode.BAD_REGION_CODE, "region_code",
                    "bad.type.region_shape", d -> misshapen(d) ? because(d.regionCode(), d.type.regionShape(), d.type,
                    EXAMPLE_CODE.substring(0, d.type.regionShape().length())) : null));
        }
        return List.copyOf(rules);
    }

    private static boolean misshapen(AgencyDraft d) {
        return d.type.hasRegionCode() && !d.type.fitsShape(d.regionCode());
    }

    /**
     * Checks one row on its own. A child that passes is accepted subject to its parent, which
     * {@link #parentFault} settles at the end of the file.
     *
     * @param row the row, in file order
     * @return the agency, or the reject naming its fault
     */
    public Checked<Agency> check(Row row) {
        return rules.check(row);
    }

    /** An agency row as its rules read it. */
    static final class AgencyDraft extends Draft {
        private String name;
        private AgencyType type;
        private LocalDate from;
        private LocalDate until;

        AgencyDraft(Row row) {
            super(row);
        }

        String parentId() {
            return value("parent_id");
        }

        String regionCode() {
            return value("region_code");
        }

        Agency agency() {
            return new Agency(id(), name, type, parentId(), regionCode(), from, until);
        }
    }

    /**
     * The rule of a child's parent, applied once the whole file is read and every agency of the
     * parent type is settled: its {@code parent_id} must be an accepted agency of its type's parent
     * type, and when that type has a code shape, its region code must lie under the parent's.
     *
     * @param agency   an agency of a type with a parent type, which {@link #check} accepted
     * @param row      its row, for the reject's file and line
     * @param accepted the file's agencies accepted so far (every agency of the parent type settled), by id
     * @param types    the month's types
     * @return the reject, or empty when its parent is right
     */
    public static Optional<Reject> parentFault(Agency agency, Row row, Map<String, Agency> accepted, AgencyTypes types) {
        Agency parent = accepted.get(agency.parentId());
        if (parent == null || !parent.type().code().equals(agency.type().parentCode())) {
            return Optional.of(Fault.of(RejectCode.BAD_PARENT, "parent_id", "bad.parent.wrong_type", agency.parentId(),
                    agency.type().parentCode()).reject(row, agency.id()));
        }
        if (parent.type().hasRegionCode() && agency.regionCode() != null
                && !agency.regionCode().startsWith(parent.regionCode() + ".")) {
            Fault fault = types.isNational()
                    ? Fault.of(RejectCode.BAD_REGION_CODE, "region_code", "bad.region.parent",
                    agency.regionCode(), parent.id(), parent.regionCode())
                    : Fault.of(RejectCode.BAD_REGION_CODE, "region_code", "bad.type.region_parent",
                    agency.regionCode(), parent.id(), parent.regionCode(), parent.type());
            return Optional.of(fault.reject(row, agency.id()));
        }
        return Optional.empty();
    }
}
