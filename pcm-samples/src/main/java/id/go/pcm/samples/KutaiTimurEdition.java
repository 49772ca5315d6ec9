package id.go.pcm.samples;

import org.apache.commons.csv.CSVRecord;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A regional month (SPEC 9.5): the Dinas Komunikasi, Informatika, Statistik dan Persandian of
 * Kabupaten Kutai Timur evaluating its own units, in WITA. Its units are the regional secretariat, the
 * DPRD's secretariat, the inspectorate, the dinas and badan ({@code kutai-timur/perangkat-daerah.csv}),
 * the 18 kecamatan under their real names and Kemendagri codes, and the desa and kelurahan of some of
 * them under their kecamatan ({@code regions/kutai_timur.csv}, Cahya DSN's {@code wilayah} dataset):
 * those of the two Sangatta, the regency's seat, and above scale 1 of two more kecamatan per unit of
 * scale, in code order, up to all 18. Its types are {@code kutai-timur/types.csv}; its narratives
 * relay the regent's programs ({@code kutai-timur/programs.csv}) beside the first national ones;
 * its outlets are Kalimantan Timur's.
 */
final class KutaiTimurEdition implements Edition {

    /** The regency's Kemendagri code. */
    public static final String REGENCY_CODE = "64.08";
    /** The office's zone: WITA. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    /** Narratives in a month. */
    public static final int NARRATIVES = 24;
    /** Evidence rows at scale 1. */
    public static final int EVIDENCE_PER_SCALE = 3_000;
    /** Media items at scale 1. */
    public static final int MEDIA_PER_SCALE = 2_000;
    /** The kecamatan whose desa and kelurahan every month has: Sangatta Utara and Sangatta Selatan. */
    public static final List<String> SEAT_DISTRICTS = List.of("64.08.04", "64.08.12");

    /** Programs in a month: the regent's, then as many national ones as make ten. */
    private static final int PROGRAMS = 10;
    private static final String[] OUTLET_STEMS = {"Kaltim Post", "Tribun Kaltim", "Kaltim Today", "Kaltimkece",
            "Sapos", "Antara Kaltim", "Niaga Asia", "IDN Times Kaltim", "Pranala", "Koran Kaltim", "RRI Samarinda",
            "TVRI Kalimantan Timur"};

    private final int villageDistricts;

    /** @param scale the month's volume: above 1, more kecamatan have their desa and kelurahan in the month */
    KutaiTimurEdition(double scale) {
        this.villageDistricts = villageDistricts(scale);
    }

    /**
     * @param scale a month's volume
     * @return how many kecamatan have their desa and kelurahan in a month of that volume: two up to scale 1,
     *         two more per unit of scale above it, at most the 18
     */
    static int villageDistricts(double scale) {
        return (int) Math.min(18, Math.max(SEAT_DISTRICTS.size(), Math.ceil(SEAT_DISTRICTS.size() * scale)));
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    @Override
    public List<Body> bodies() {
        List<Body> bodies = new ArrayList<>();
        for (String[] unit : SampleAgencies.rows("kutai-timur/perangkat-daerah.csv")) {
            bodies.add(new Body(unit[0], unit[1], unit[2], null, null));
        }
        Map<String, List<CSVRecord>> villages = new LinkedHashMap<>();
        List<CSVRecord> districts = new ArrayList<>();
        for (CSVRecord region : SampleAgencies.records("regions/kutai_timur.csv")) {
            if (region.get("jenis").equals("KECAMATAN")) {
                districts.add(region);
            } else {
                villages.computeIfAbsent(region.get("kode_induk"), code -> new ArrayList<>()).add(region);
            }
        }
        districts.sort(Comparator.comparing(region -> region.get("kode")));
        // The seat's kecamatan first, then the others in code order: the first of them have their villages.
        List<String> withVillages = Stream.concat(SEAT_DISTRICTS.stream(), districts.stream().map(d -> d.get("kode"))
                .filter(code -> !SEAT_DISTRICTS.contains(code))).limit(villageDistricts).toList();
        for (CSVRecord district : districts) {
            String code = district.get("kode");
            String id = id(district);
            bodies.add(new Body(id, name(district), district.get("jenis"), null, code));
            if (withVillages.contains(code)) {
                villages.getOrDefault(code, List.of()).stream().sorted(Comparator.comparing(village -> village.get("kode")))
                        .forEach(village -> bodies.add(new Body(id(village), name(village), village.get("jenis"), id,
                                village.get("kode"))));
            }
        }
        return bodies;
    }

    /** A region's id: its kind's prefix and its code ({@code KEC-64.08.04}, {@code DESA-64.08.04.2001}, {@code KEL-…}). */
    private static String id(CSVRecord region) {
        String prefix = switch (region.get("jenis")) {
            case "KECAMATAN" -> "KEC-";
            case "KELURAHAN" -> "KEL-";
            default -> "DESA-";
        };
        return prefix + region.get("kode");
    }

    /** A region's name as documents write it: "Kecamatan Sangatta Utara", "Desa Singa Gembara". */
    private static String name(CSVRecord region) {
        String kind = region.get("jenis");
        return kind.charAt(0) + kind.substring(1).toLowerCase() + " " + region.get("nama").strip();
    }

    @Override
    public String domain(Body body) {
        return body.id().toLowerCase().replace('.', '-') + ".kutaitimurkab.go.id";
    }

    @Override
    public List<String[]> types() {
        return SampleAgencies.rows("kutai-timur/types.csv");
    }

    @Override
    public int narratives() {
        return NARRATIVES;
    }

    @Override
    public int evidencePerScale() {
        return EVIDENCE_PER_SCALE;
    }

    @Override
    public int mediaPerScale() {
        return MEDIA_PER_SCALE;
    }

    @Override
    public List<String[]> programs() {
        List<String[]> regent = SampleAgencies.rows("kutai-timur/programs.csv");
        return Stream.concat(regent.stream(), SampleAgencies.programs().stream().limit(PROGRAMS - regent.size())).toList();
    }

    @Override
    public Targeting targeting() {
        return new Targeting("KECAMATAN|desa|kelurahan", "SEKRETARIAT|INSPEKTORAT|DINAS|BADAN", "KECAMATAN", 6);
    }

    @Override
    public List<Object[]> registryRows(YearMonth period, List<MonthGenerator.Agency> agencies, boolean faulty) {
        List<Object[]> rows = new ArrayList<>();
        String seat = SEAT_DISTRICTS.get(0);
        String seatId = "KEC-" + seat;
        // A dinas merged into another last year and a badan created next month: in the registry, not evaluated.
        rows.add(new Object[]{"DINAS-LAMA", "Dinas Kebersihan dan Pertamanan", "DINAS", "", "", "01/01/2010",
                period.minusYears(1).atEndOfMonth().toString()});
        rows.add(new Object[]{"BRIDA", "Badan Riset dan Inovasi Daerah", "BADAN", "", "", period.plusMonths(1).atDay(1).toString(), ""});
        if (faulty) {
            // A desa whose code is Sangatta Selatan's under Sangatta Utara: BAD_REGION_CODE.
            rows.add(new Object[]{"DESA-SALAH", "Desa dengan kode di luar kecamatannya", "DESA", seatId,
                    SEAT_DISTRICTS.get(1) + ".2099", "", ""});
            // A desa under a dinas: BAD_PARENT.
            rows.add(new Object[]{"DESA-INDUK-DINAS", "Desa yang induknya dinas", "DESA", "DPMD", seat + ".2098", "", ""});
            // A dinas given a parent, though a dinas has none: BAD_PARENT.
            rows.add(new Object[]{"DINAS-BERINDUK", "Dinas yang diberi induk", "DINAS", "SETDA", "", "", ""});
            // A badan given the regency's code, though a badan carries none: BAD_REGION_CODE.
            rows.add(new Object[]{"BADAN-BERKODE", "Badan yang diberi kode wilayah", "BADAN", "", REGENCY_CODE, "", ""});
            // Codes of the wrong length, a digit lost and a digit too many: BAD_REGION_CODE.
            rows.add(new Object[]{"KEC-KODE-PENDEK", "Kecamatan dengan kode terlalu pendek", "KECAMATAN", "", "64.08.4", "", ""});
            rows.add(new Object[]{"DESA-KODE-PANJANG", "Desa dengan kode terlalu panjang", "DESA", seatId, seat + ".20011", "", ""});
            // The national registry's type, which the regency's types do not have: BAD_VALUE.
            rows.add(new Object[]{"KAB-KUTIM", "Pemerintah Kabupaten Kutai Timur", "KABUPATEN", "", REGENCY_CODE, "", ""});
        }
        return rows;
    }

    @Override
    public String inactiveId() {
        return "DINAS-LAMA";
    }

    @Override
    public String[] unknownTargetNarrative() {
        return new String[]{"Narasi untuk perangkat daerah tak terdaftar", programs().get(0)[0],
                "KECAMATAN|" + MonthGenerator.UNREGISTERED};
    }

    @Override
    public String[] outletStems() {
        return OUTLET_STEMS.clone();
    }

    @Override
    public int outlets() {
        return 40;
    }
}
