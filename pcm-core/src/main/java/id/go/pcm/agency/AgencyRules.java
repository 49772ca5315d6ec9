package id.go.pcm.agency;

import id.go.pcm.csv.Columns;
import id.go.pcm.validation.Fault;
import id.go.pcm.validation.Fields;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.validation.SeenKeys;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of {@code agencies.csv} (SPEC 1.2). A regency or city may name a province that comes later
 * in the file, so rows are {@link #add(Row) added} one by one and the parents are settled when the
 * file is {@link #finish() finished}. Memory grows with the number of agencies, which is the registry.
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

    private final YearMonth month;
    private final SeenKeys ids = new SeenKeys();
    private final Map<String, Agency> provinces = new HashMap<>();
    private final List<Agency> accepted = new ArrayList<>();
    private final List<Row> waitingRows = new ArrayList<>();
    private final List<Agency> waiting = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();
    private long rows;

    /**
     * Rules for one month's registry.
     *
     * @param month the evaluation month, which decides who is active
     */
    public AgencyRules(YearMonth month) {
        this.month = month;
    }

    /**
     * Checks one row on its own; a regency or city waits for its parent until {@link #finish()}.
     *
     * @param row the row
     */
    public void add(Row row) {
        rows++;
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
            rejects.add(f.reject(id));
            return;
        }
        Agency agency = new Agency(id, name, type, parentId, regionCode, from, until);
        if (type.hasParentProvince()) {
            waitingRows.add(row);
            waiting.add(agency);
        } else {
            accepted.add(agency);
            if (type == AgencyType.PROVINSI) {
                provinces.put(id, agency);
            }
        }
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
     * Settles the regencies and cities against the accepted provinces and returns the registry.
     *
     * @return the accepted agencies and the rejected rows, in line order
     */
    public AgencyCheck finish() {
        for (int i = 0; i < waiting.size(); i++) {
            Agency agency = waiting.get(i);
            Fault fault = parentFault(agency);
            if (fault == null) {
                accepted.add(agency);
            } else {
                rejects.add(Reject.of(waitingRows.get(i), agency.id(), fault));
            }
        }
        waiting.clear();
        waitingRows.clear();
        rejects.sort(Comparator.comparingLong(Reject::line));
        return new AgencyCheck(new AgencyRegistry(month, accepted), List.copyOf(rejects), rows);
    }

    private Fault parentFault(Agency agency) {
        Agency province = provinces.get(agency.parentId());
        if (province == null) {
            return Fault.of(RejectCode.BAD_PARENT, "parent_id", "bad.parent.not_province", agency.parentId());
        }
        if (!agency.regionCode().startsWith(province.regionCode() + ".")) {
            return Fault.of(RejectCode.BAD_REGION_CODE, "region_code", "bad.region.parent",
                    agency.regionCode(), province.id(), province.regionCode());
        }
        return null;
    }
}
