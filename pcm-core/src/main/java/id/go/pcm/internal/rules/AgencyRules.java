package id.go.pcm.internal.rules;

import id.go.pcm.internal.Checked;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.internal.Draft;
import id.go.pcm.internal.Fault;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.RuleList;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.internal.SharedRules;
import id.go.pcm.internal.ValueRules;
import id.go.pcm.internal.Vocabulary;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static id.go.pcm.internal.Rule.Broken.because;

/**
 * The rules of {@code agencies.csv} (SPEC 1.2), one row at a time like every file's rules. A regency
 * or city may name a province that comes later in the file, so its parent is settled once the whole
 * file is read: {@link #check(Row)} accepts it for now, and {@link #parentFault(Agency, Row, Map)} is the
 * rule applied to it at the end of the file ({@link id.go.pcm.MonthEvaluation} does both). Not
 * thread-safe: it remembers the file's ids.
 */
public final class AgencyRules {

    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("agency_id", "name", "type"),
            List.of("parent_id", "region_code", "active_from", "active_until"));

    /** 1–40 characters of {@code A-Z a-z 0-9 . _ -}. */
    public static final Pattern AGENCY_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern REGENCY_CODE = Pattern.compile("[0-9]{2}\\.[0-9]{2}");

    private final RuleList<AgencyDraft, Agency> rules = new RuleList<>(rules(new SeenKeys()), AgencyDraft::new,
            AgencyDraft::agency);

    /** Rules for one file's rows. */
    public AgencyRules() {
    }

    /**
     * SPEC 1.2 in fault order, a row on its own: the first rule a row breaks is its reject. A regency's
     * or city's parent is {@link #parentFault}'s, at the end of the file.
     */
    static List<Rule<AgencyDraft>> rules(SeenKeys ids) {
        return List.of(
                SharedRules.wellFormed(),
                ValueRules.present("agency_id"),
                SharedRules.uniqueId("agency_id", ids),
                ValueRules.matching("agency_id", AGENCY_ID, "bad.agency_id", (d, v) -> { }),
                ValueRules.present("name"),
                ValueRules.text("name", 200, (d, v) -> d.name = v),
                ValueRules.present("type"),
                ValueRules.word("type", Vocabulary.of(AgencyType.class), (d, v) -> d.type = v),
                ValueRules.date("active_from", (d, v) -> d.from = v),
                ValueRules.date("active_until", (d, v) -> d.until = v),
                new Rule<>("active_until is not before active_from", RejectCode.BAD_VALUE, "active_until", "bad.active_until",
                        d -> d.from != null && d.until != null && d.until.isBefore(d.from) ? because(d.until, d.from) : null),
                new Rule<>("a regency or city has a parent_id", RejectCode.MISSING_VALUE, "parent_id", "missing",
                        d -> d.type.hasParentProvince() && d.parentId() == null ? because("parent_id") : null),
                new Rule<>("only a regency or city has a parent_id", RejectCode.BAD_PARENT, "parent_id", "bad.parent.not_allowed",
                        d -> !d.type.hasParentProvince() && d.parentId() != null ? because(d.type) : null),
                new Rule<>("a ministry or agency has no region_code", RejectCode.BAD_REGION_CODE, "region_code",
                        "bad.region.not_allowed", d -> !d.type.isRegional() && d.regionCode() != null ? because(d.type) : null),
                new Rule<>("a region has a region_code", RejectCode.MISSING_VALUE, "region_code", "missing",
                        d -> d.type.isRegional() && d.regionCode() == null ? because("region_code") : null),
                new Rule<>("a province's region_code is NN", RejectCode.BAD_REGION_CODE, "region_code", "bad.region.province",
                        d -> d.type == AgencyType.PROVINSI && !PROVINCE_CODE.matcher(d.regionCode()).matches()
                                ? because(d.regionCode()) : null),
                new Rule<>("a regency's or city's region_code is NN.NN", RejectCode.BAD_REGION_CODE, "region_code",
                        "bad.region.regency", d -> d.type.hasParentProvince() && !REGENCY_CODE.matcher(d.regionCode()).matches()
                                ? because(d.regionCode()) : null));
    }

    /**
     * Checks one row on its own. A regency or city that passes is accepted subject to its parent,
     * which {@link #parentFault} settles at the end of the file.
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
     * The rule of a regency's or city's parent, applied once the whole file is read: its
     * {@code parent_id} must be an accepted {@code PROVINSI} and its region code lie under that
     * province's.
     *
     * @param agency    a {@code KABUPATEN} or {@code KOTA} that {@link #check} accepted
     * @param row       its row, for the reject's file and line
     * @param provinces the file's accepted provinces by id
     * @return the reject, or empty when its parent is right
     */
    public static Optional<Reject> parentFault(Agency agency, Row row, Map<String, Agency> provinces) {
        Agency province = provinces.get(agency.parentId());
        if (province == null) {
            return Optional.of(Fault.of(RejectCode.BAD_PARENT, "parent_id", "bad.parent.not_province", agency.parentId())
                    .reject(row, agency.id()));
        }
        if (!agency.regionCode().startsWith(province.regionCode() + ".")) {
            return Optional.of(Fault.of(RejectCode.BAD_REGION_CODE, "region_code", "bad.region.parent",
                    agency.regionCode(), province.id(), province.regionCode()).reject(row, agency.id()));
        }
        return Optional.empty();
    }
}
