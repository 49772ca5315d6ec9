package id.go.pcm.agency;

import id.go.pcm.csv.Columns;
import id.go.pcm.validation.Checked;
import id.go.pcm.internal.Fault;
import id.go.pcm.internal.Fields;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.internal.SeenKeys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of {@code agencies.csv} (SPEC 1.2), one row at a time like every file's rules. A regency
 * or city may name a province that comes later in the file, so its parent is settled once the whole
 * file is read: {@link #check(Row)} accepts it for now, and {@link #parentFault(Agency, Row, Map)} is the
 * rule applied to it at the end of the file ({@link id.go.pcm.MonthEvaluation} does both). Not
 * thread-safe: it remembers the file's ids.
 */
public final class AgencyRules {

    /** The file these rules read. */
    public static final String FILE = "agencies.csv";
    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("agency_id", "name", "type"),
            List.of("parent_id", "region_code", "active_from", "active_until"));

    /** 1–40 characters of {@code A-Z a-z 0-9 . _ -}. */
    public static final Pattern AGENCY_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern REGENCY_CODE = Pattern.compile("[0-9]{2}\\.[0-9]{2}");

    private final SeenKeys ids = new SeenKeys();

    /** Rules for one file's rows. */
    public AgencyRules() {
    }

    /**
     * Checks one row on its own. A regency or city that passes is accepted subject to its parent,
     * which {@link #parentFault} settles at the end of the file.
     *
     * @param row the row, in file order
     * @return the agency, or the reject naming its fault
     */
    public Checked<Agency> check(Row row) {
        Fields f = new Fields(row);
        String id = f.id("agency_id", ids);
        f.matching("agency_id", AGENCY_ID, "bad.agency_id");
        String name = f.text("name", 200);
        AgencyType type = f.word("type", AgencyType.vocabulary());
        String parentId = f.raw("parent_id");
        String regionCode = f.raw("region_code");
        LocalDate from = f.optionalDate("active_from");
        LocalDate until = f.optionalDate("active_until");
        if (from != null && until != null && until.isBefore(from)) {
            f.fail(RejectCode.BAD_VALUE, "active_until", "bad.active_until", until, from);
        }
        if (f.ok()) {
            checkHierarchy(f, type, parentId, regionCode);
        }
        if (!f.ok()) {
            return Checked.rejected(f.reject(id));
        }
        return Checked.accepted(new Agency(id, name, type, parentId, regionCode, from, until));
    }

    private static void checkHierarchy(Fields f, AgencyType type, String parentId, String regionCode) {
        if (type.hasParentProvince()) {
            f.required("parent_id");
        } else if (parentId != null) {
            f.fail(RejectCode.BAD_PARENT, "parent_id", "bad.parent.not_allowed", type);
        }
        if (!type.isRegional()) {
            if (regionCode != null) {
                f.fail(RejectCode.BAD_REGION_CODE, "region_code", "bad.region.not_allowed", type);
            }
            return;
        }
        f.required("region_code");
        Pattern shape = type == AgencyType.PROVINSI ? PROVINCE_CODE : REGENCY_CODE;
        if (regionCode != null && !shape.matcher(regionCode).matches()) {
            f.fail(RejectCode.BAD_REGION_CODE, "region_code",
                    type == AgencyType.PROVINSI ? "bad.region.province" : "bad.region.regency", regionCode);
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
