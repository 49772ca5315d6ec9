package id.go.pcm;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.GeneratedMonth.AgencyRecord;
import id.go.pcm.GeneratedMonth.EvidenceRecord;
import id.go.pcm.GeneratedMonth.MediaRecord;
import id.go.pcm.GeneratedMonth.NarrativeRecord;
import id.go.pcm.GeneratedMonth.ReportRecord;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.media.MediaType;
import id.go.pcm.media.Sentiment;
import id.go.pcm.validation.RejectCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes up a valid-shaped month: real-looking agencies, narratives, reports, evidence and media items,
 * in the forms people type (day-first and ISO timestamps, {@code 12.500}, {@code ya/tidak}, Indonesian
 * words, any case), mixed with faulty rows of random kinds, each faulty row holding exactly one fault
 * so that its reject code is known in advance.
 *
 * <p>Everything random comes from one {@link Random} seeded by the shape, so a shape always gives the
 * same month. Good rows refer only to good rows; faulty rows never change any figure.
 */
final class MonthGenerator {

    /**
     * What to make: how many good rows of each kind, the share of faulty rows, and the seed of everything
     * else. The sizes are drawn by QuickTheories and shrink towards small months.
     */
    record Shape(int agencies, int narratives, int reports, int evidence, int media, int faultPercent, long seed) {
    }

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    private static final List<YearMonth> PERIODS = List.of(YearMonth.of(2024, 9), YearMonth.of(2024, 2),
            YearMonth.of(2024, 12), YearMonth.of(2025, 1));

    /** Provinces with a few of their regencies and cities, with their Kemendagri codes. */
    private static final List<String[][]> PROVINCES = List.of(
            new String[][] {{"11", "Provinsi Aceh"}, {"11.71", "Kota Banda Aceh"}, {"11.01", "Kabupaten Aceh Selatan"}},
            new String[][] {{"32", "Provinsi Jawa Barat"}, {"32.73", "Kota Bandung"}, {"32.04", "Kabupaten Bandung"},
                    {"32.01", "Kabupaten Bogor"}, {"32.71", "Kota Bogor"}},
            new String[][] {{"33", "Provinsi Jawa Tengah"}, {"33.74", "Kota Semarang"}, {"33.72", "Kota Surakarta"},
                    {"33.01", "Kabupaten Cilacap"}},
            new String[][] {{"35", "Provinsi Jawa Timur"}, {"35.78", "Kota Surabaya"}, {"35.01", "Kabupaten Pacitan"}},
            new String[][] {{"51", "Provinsi Bali"}, {"51.71", "Kota Denpasar"}, {"51.02", "Kabupaten Tabanan"}},
            new String[][] {{"64", "Provinsi Kalimantan Timur"}, {"64.72", "Kota Samarinda"}, {"64.71", "Kota Balikpapan"}},
            new String[][] {{"73", "Provinsi Sulawesi Selatan"}, {"73.71", "Kota Makassar"}, {"73.02", "Kabupaten Bulukumba"}});

    private static final List<String[]> CENTRAL = List.of(
            new String[] {"KEMENKES", "Kementerian Kesehatan", "KEMENTERIAN"},
            new String[] {"KEMENKEU", "Kementerian Keuangan", "KEMENTERIAN"},
            new String[] {"KEMENDAGRI", "Kementerian Dalam Negeri", "KEMENTERIAN"},
            new String[] {"KOMDIGI", "Kementerian Komunikasi dan Digital", "KEMENTERIAN"},
            new String[] {"KEMENDIKDASMEN", "Kementerian Pendidikan Dasar dan Menengah", "KEMENTERIAN"},
            new String[] {"KEMENTAN", "Kementerian Pertanian", "KEMENTERIAN"},
            new String[] {"BGN", "Badan Gizi Nasional", "LEMBAGA"},
            new String[] {"BPS", "Badan Pusat Statistik", "LEMBAGA"},
            new String[] {"BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika", "LEMBAGA"},
            new String[] {"BNPB", "Badan Nasional Penanggulangan Bencana", "LEMBAGA"},
            new String[] {"BPOM", "Badan Pengawas Obat dan Makanan", "LEMBAGA"},
            new String[] {"LKPP", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", "LEMBAGA"});

    private static final List<String> PROGRAMS = List.of("makan-bergizi-gratis", "cek-kesehatan-gratis",
            "sekolah-rakyat", "tiga-juta-rumah", "koperasi-desa-merah-putih", "swasembada-pangan");
    private static final List<String> TITLES = List.of("Makan Bergizi Gratis untuk 3 juta penerima",
            "Cek Kesehatan Gratis: mulai di puskesmas", "Sekolah Rakyat, sekolah berasrama bagi anak keluarga miskin",
            "Program \"Tiga Juta Rumah\"", "Koperasi Desa Merah Putih\ndi 80.000 desa", "Swasembada pangan; panen raya");
    private static final List<String> OUTLETS = List.of("Kompas", "Tempo", "Detikcom", "Antara", "CNN Indonesia",
            "Kumparan", "Republika", "Media Indonesia", "Bisnis Indonesia", "Tribun Jabar", "Pikiran Rakyat", "TVRI",
            "RRI", "Jawa Pos", "Suara Merdeka, Semarang");
    private static final List<String> NOTES = List.of("", "", "dicek", "perlu verifikasi", "kiriman ulang, lihat email",
            "catatan \"penting\"", "sesuai; lampiran");

    /**
     * A regency's office's types (SPEC 9.1): units without a code, kecamatan, their desa and kelurahan, and
     * a desa's dusun without a code (a chain of three, a child without shape under a shaped parent).
     */
    static final AgencyTypes REGIONAL = AgencyTypes.of(List.of(
            new AgencyType("SEKRETARIAT", "Sekretariat", "Secretariat", null, null),
            // listed before its parent type, whose agencies are settled first all the same
            new AgencyType("DUSUN", "Dusun", "Hamlet", "DESA", null),
            new AgencyType("DINAS", "Dinas", "Office", null, null),
            new AgencyType("BADAN", "Badan", null, null, null),
            new AgencyType("KECAMATAN", "Kecamatan", "District", null, "NN.NN.NN"),
            new AgencyType("DESA", "Desa", "Village", "KECAMATAN", "NN.NN.NN.NNNN"),
            new AgencyType("KELURAHAN", "Kelurahan", "Urban Village", "KECAMATAN", "NN.NN.NN.NNNN")));

    /** A regency's units without a code: id, name, type. */
    private static final List<String[]> UNITS = List.of(
            new String[] {"SETDA", "Sekretariat Daerah", "SEKRETARIAT"},
            new String[] {"SETWAN", "Sekretariat DPRD", "SEKRETARIAT"},
            new String[] {"DISKOMINFO", "Dinas Komunikasi, Informatika, Statistik dan Persandian", "DINAS"},
            new String[] {"DINKES", "Dinas Kesehatan", "DINAS"},
            new String[] {"DISDIK", "Dinas Pendidikan dan Kebudayaan", "DINAS"},
            new String[] {"DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DINAS"},
            new String[] {"DISHUB", "Dinas Perhubungan", "DINAS"},
            new String[] {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "BADAN"},
            new String[] {"BPBD", "Badan Penanggulangan Bencana Daerah", "BADAN"},
            new String[] {"BKPSDM", "Badan Kepegawaian dan Pengembangan SDM", "BADAN"});

    static final List<String> TYPE_COLUMNS = List.of("type", "name", "name_en", "parent_type", "region_code");
    static final List<String> AGENCY_COLUMNS = List.of("agency_id", "name", "type", "parent_id", "region_code",
            "active_from", "active_until");
    static final List<String> NARRATIVE_COLUMNS = List.of("narrative_id", "title", "program", "issued_at", "priority",
            "due_hours", "targets");
    static final List<String> REPORT_COLUMNS = List.of("report_id", "agency_id", "period", "submitted_at",
            "policies_count", "activities_count", "has_data", "has_agenda");
    static final List<String> EVIDENCE_COLUMNS = List.of("evidence_id", "narrative_id", "agency_id", "channel",
            "published_at", "url", "proof_sha256", "reach", "engagement");
    static final List<String> MEDIA_COLUMNS = List.of("item_id", "published_at", "outlet", "media_type", "program",
            "sentiment", "reach", "narrative_id", "url");

    /** A row being made: its values by column, and what must become of it. */
    private static final class Draft {
        final Map<String, String> values = new LinkedHashMap<>();
        final String expectedId;
        final RejectCode code;
        boolean malformed;

        Draft(String expectedId, RejectCode code) {
            this.expectedId = expectedId;
            this.code = code;
        }

        Draft put(String column, String value) {
            values.put(column, value == null ? "" : value);
            return this;
        }

        Draft copy(String expectedId, RejectCode code) {
            Draft copy = new Draft(expectedId, code);
            copy.values.putAll(values);
            return copy;
        }
    }

    private final Shape shape;
    private final boolean orderDependentFaults;
    private final AgencyTypes types;
    private final Random rnd;
    private final YearMonth period;
    private final Instant start;
    private final Instant end;
    private final Instant asOf;
    private final Instant latestInMonth;
    private final Set<Long> usedReportSeconds = new HashSet<>();
    private int serial;

    private final List<AgencyRecord> agencies = new ArrayList<>();
    private final List<NarrativeRecord> narratives = new ArrayList<>();
    private final List<ReportRecord> reports = new ArrayList<>();
    private final List<EvidenceRecord> evidence = new ArrayList<>();
    private final List<MediaRecord> media = new ArrayList<>();
    private final List<String> faultyAgencyIds = new ArrayList<>();
    private final List<String> faultyNarrativeIds = new ArrayList<>();
    private final List<String[]> faultyKecamatan = new ArrayList<>();
    private String inactiveAgencyId;

    private MonthGenerator(Shape shape, boolean orderDependentFaults, AgencyTypes types) {
        this.shape = shape;
        this.orderDependentFaults = orderDependentFaults;
        this.types = types;
        this.rnd = new Random(shape.seed());
        this.period = PERIODS.get(rnd.nextInt(PERIODS.size()));
        this.start = period.atDay(1).atStartOfDay(JAKARTA).toInstant();
        this.end = period.plusMonths(1).atDay(1).atStartOfDay(JAKARTA).toInstant();
        // as-of from five days before the month's end to twenty days after it: some reports are late
        this.asOf = start.plus(Duration.ofDays(period.lengthOfMonth() - 5L + rnd.nextInt(26)))
                .plusSeconds(rnd.nextInt(86_400));
        this.latestInMonth = asOf.isBefore(end) ? asOf : end.minusSeconds(1);
    }

    /**
     * Makes a month.
     *
     * @param shape                the sizes and the seed
     * @param orderDependentFaults whether to make {@code DUPLICATE_ID} and {@code DUPLICATE_EVIDENCE} rows,
     *                             whose outcome depends on row order
     * @return the month
     */
    static GeneratedMonth generate(Shape shape, boolean orderDependentFaults) {
        return new MonthGenerator(shape, orderDependentFaults, AgencyTypes.national()).month();
    }

    /**
     * Makes a regional month: a {@code types.csv} of {@link #REGIONAL}, and agencies of those types,
     * with faulty agency rows of the kinds SPEC 9.1 names.
     *
     * @param shape                the sizes and the seed
     * @param orderDependentFaults as for {@link #generate}
     * @return the month
     */
    static GeneratedMonth generateRegional(Shape shape, boolean orderDependentFaults) {
        return new MonthGenerator(shape, orderDependentFaults, REGIONAL).month();
    }

    private boolean regional() {
        return !types.isNational();
    }

    private GeneratedMonth month() {
        List<GeneratedMonth.File> files = new ArrayList<>();
        if (regional()) {
            List<Draft> typeRows = new ArrayList<>();
            for (AgencyType type : types.all()) {
                typeRows.add(new Draft(null, null).put("type", type.code()).put("name", type.nameId())
                        .put("name_en", type.nameEn()).put("parent_type", type.parentCode()).put("region_code", type.regionShape()));
            }
            files.add(file(AgencyTypes.FILE_NAME, TYPE_COLUMNS, typeRows));
        }
        files.add(file("agencies.csv", AGENCY_COLUMNS, regional() ? regionalAgencyRows() : agencyRows()));
        files.add(file("narratives.csv", NARRATIVE_COLUMNS, narrativeRows()));
        files.add(file("reports.csv", REPORT_COLUMNS, reportRows()));
        files.add(file("dissemination.csv", EVIDENCE_COLUMNS, evidenceRows()));
        files.add(file("media.csv", MEDIA_COLUMNS, mediaRows()));
        return new GeneratedMonth(period, asOf.atOffset(WIB), files, agencies, narratives, reports, evidence, media,
                rnd.nextInt(5) > 0, types);
    }

    // ------------------------------------------------------------------------------------------ agencies

    private List<Draft> agencyRows() {
        List<Draft> rows = new ArrayList<>();
        List<String[][]> provinces = new ArrayList<>(PROVINCES);
        Collections.shuffle(provinces, rnd);
        List<String[]> central = new ArrayList<>(CENTRAL);
        Collections.shuffle(central, rnd);
        int provinceCount = 1 + rnd.nextInt(1 + Math.min(2, shape.agencies() / 3));
        List<String[][]> chosen = new ArrayList<>(provinces.subList(0, provinceCount));
        List<String[]> regencies = new ArrayList<>();
        for (String[][] province : chosen) {
            rows.add(goodAgency("PROV-" + province[0][0], province[0][1], AgencyType.PROVINSI, null, province[0][0]));
            for (int i = 1; i < province.length; i++) {
                regencies.add(new String[] {province[i][0], province[i][1], "PROV-" + province[0][0]});
            }
        }
        Collections.shuffle(regencies, rnd);
        for (int i = 0; i < shape.agencies(); i++) {
            if (rnd.nextBoolean() && !regencies.isEmpty()) {
                String[] r = regencies.remove(regencies.size() - 1);
                boolean city = Integer.parseInt(r[0].substring(3)) >= 71;
                rows.add(goodAgency((city ? "KOTA-" : "KAB-") + r[0], r[1], city ? AgencyType.KOTA : AgencyType.KABUPATEN,
                        r[2], r[0]));
            } else if (central.size() > 1) {
                String[] c = central.remove(central.size() - 1);
                rows.add(goodAgency(c[0], c[1], AgencyTypes.national().find(c[2]).orElseThrow(), null, null));
            }
        }
        // one accepted agency that is not active in the month
        String[] c = central.remove(central.size() - 1);
        Draft inactive = agencyDraft(c[0], c[1], AgencyTypes.national().find(c[2]).orElseThrow(), null, null, null, null);
        if (rnd.nextBoolean()) {
            inactive.put("active_until", date(period.atDay(1).minusDays(1 + rnd.nextInt(400))));
        } else {
            inactive.put("active_from", date(period.atEndOfMonth().plusDays(1 + rnd.nextInt(60))));
        }
        rows.add(inactive);
        agencies.add(new AgencyRecord(c[0], AgencyTypes.national().find(c[2]).orElseThrow(), false));
        inactiveAgencyId = c[0];
        Collections.shuffle(rows, rnd);
        addFaulty(rows, this::faultyAgency);
        return rows;
    }

    private Draft goodAgency(String id, String name, AgencyType type, String parent, String code) {
        LocalDate from = null;
        LocalDate until = null;
        switch (rnd.nextInt(6)) {
            // active on the month's edges: from its last day, until its first day
            case 0 -> from = period.atEndOfMonth();
            case 1 -> until = period.atDay(1);
            case 2 -> {
                from = period.atDay(1).minusYears(3);
                until = period.atEndOfMonth().plusMonths(rnd.nextInt(24));
            }
            default -> {
            }
        }
        agencies.add(new AgencyRecord(id, type, true, parent));
        return agencyDraft(id, decorate(name), type, parent, code, from, until);
    }

    /** A regency's units, kecamatan, desa, kelurahan and dusun, as {@link #agencyRows} makes the national ones. */
    private List<Draft> regionalAgencyRows() {
        List<Draft> rows = new ArrayList<>();
        List<String[]> units = new ArrayList<>(UNITS);
        Collections.shuffle(units, rnd);
        List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18));
        Collections.shuffle(numbers, rnd);
        int kecamatanCount = 1 + rnd.nextInt(1 + Math.min(2, shape.agencies() / 3));
        List<String[]> villages = new ArrayList<>();
        for (int k = 0; k < kecamatanCount; k++) {
            String code = String.format(Locale.ROOT, "64.08.%02d", numbers.get(k));
            rows.add(goodAgency("KEC-" + code, "Kecamatan Contoh " + code, type("KECAMATAN"), null, code));
            for (int v = 1; v <= 3; v++) {
                villages.add(new String[] {code + ".20" + String.format(Locale.ROOT, "%02d", v), "DESA", "KEC-" + code});
                villages.add(new String[] {code + ".10" + String.format(Locale.ROOT, "%02d", v), "KELURAHAN", "KEC-" + code});
            }
        }
        Collections.shuffle(villages, rnd);
        List<String> desa = new ArrayList<>();
        for (int i = 0; i < shape.agencies(); i++) {
            int kind = rnd.nextInt(3);
            if (kind == 0 && !villages.isEmpty()) {
                String[] v = villages.remove(villages.size() - 1);
                String id = v[1] + "-" + v[0];
                rows.add(goodAgency(id, v[1].charAt(0) + v[1].substring(1).toLowerCase(Locale.ROOT) + " Contoh " + v[0],
                        type(v[1]), v[2], v[0]));
                if (v[1].equals("DESA")) {
                    desa.add(id);
                }
            } else if (kind == 1 && !desa.isEmpty()) {
                String id = "DUSUN-" + ++serial;
                rows.add(goodAgency(id, "Dusun " + serial, type("DUSUN"), desa.get(rnd.nextInt(desa.size())), null));
            } else if (units.size() > 1) {
                String[] u = units.remove(units.size() - 1);
                rows.add(goodAgency(u[0], u[1], type(u[2]), null, null));
            }
        }
        String[] u = units.remove(units.size() - 1);
        Draft inactive = agencyDraft(u[0], u[1], type(u[2]), null, null, null, null);
        inactive.put("active_until", date(period.atDay(1).minusDays(1 + rnd.nextInt(400))));
        rows.add(inactive);
        agencies.add(new AgencyRecord(u[0], type(u[2]), false));
        inactiveAgencyId = u[0];
        Collections.shuffle(rows, rnd);
        addFaulty(rows, this::faultyRegionalAgency);
        return rows;
    }

    private AgencyType type(String code) {
        return types.find(code).orElseThrow();
    }

    /** A faulty row of a regional {@code agencies.csv}, with exactly one fault of SPEC 9.1's. */
    private Draft faultyRegionalAgency(List<Draft> rows) {
        String id = "SALAH-" + ++serial;
        faultyAgencyIds.add(id);
        Draft badan = agencyDraft(id, "Badan Contoh " + serial, type("BADAN"), null, null, null, null);
        Draft kecamatan = rows.stream().filter(r -> r.code == null && r.values.get("agency_id").startsWith("KEC-"))
                .findFirst().orElseThrow();
        String kecamatanId = kecamatan.values.get("agency_id");
        String kecamatanCode = kecamatan.values.get("region_code");
        String unitId = rows.stream().filter(r -> r.code == null && r.values.get("region_code").isEmpty()
                && r.values.get("parent_id").isEmpty()).findFirst().orElseThrow().values.get("agency_id");
        return switch (rnd.nextInt(orderDependentFaults ? 6 : 5)) {
            case 0 -> malformed(badan);
            case 1 -> switch (rnd.nextInt(3)) {
                case 0 -> badan.copy(id, RejectCode.MISSING_VALUE).put("name", "");
                case 1 -> badan.copy(id, RejectCode.MISSING_VALUE).put("type", "Desa").put("parent_id", kecamatanId);
                default -> badan.copy(id, RejectCode.MISSING_VALUE).put("type", "DUSUN");
            };
            case 2 -> switch (rnd.nextInt(4)) {
                // a national type in a regional month
                case 0 -> badan.copy(id, RejectCode.BAD_VALUE).put("type", word(List.of("KOTA", "KABUPATEN", "LEMBAGA").get(rnd.nextInt(3))));
                case 1 -> badan.copy(id, RejectCode.BAD_VALUE).put("type", "PUSKESMAS");
                case 2 -> badan.copy(id, RejectCode.BAD_VALUE).put("active_until", "31/09/2024");
                default -> badan.copy(id + "/1", RejectCode.BAD_VALUE).put("agency_id", id + "/1");
            };
            case 3 -> {
                List<Draft> kinds = new ArrayList<>(List.of(
                        badan.copy(id, RejectCode.BAD_PARENT).put("type", "DESA").put("parent_id", "KEC-TIDAK-ADA")
                                .put("region_code", kecamatanCode + ".2099"),
                        badan.copy(id, RejectCode.BAD_PARENT).put("type", "kelurahan").put("parent_id", unitId)
                                .put("region_code", kecamatanCode + ".1099"),
                        badan.copy(id, RejectCode.BAD_PARENT).put("parent_id", kecamatanId),
                        badan.copy(id, RejectCode.BAD_PARENT).put("type", "DUSUN").put("parent_id", kecamatanId)));
                if (!faultyKecamatan.isEmpty()) {
                    // the child of a rejected kecamatan
                    String[] parent = faultyKecamatan.get(rnd.nextInt(faultyKecamatan.size()));
                    kinds.add(badan.copy(id, RejectCode.BAD_PARENT).put("type", "DESA").put("parent_id", parent[0])
                            .put("region_code", parent[1] + ".2001"));
                }
                yield kinds.get(rnd.nextInt(kinds.size()));
            }
            case 4 -> switch (rnd.nextInt(5)) {
                case 0 -> {
                    faultyKecamatan.add(new String[] {id, "64.08.99"});
                    yield badan.copy(id, RejectCode.BAD_REGION_CODE).put("type", "KECAMATAN").put("region_code", "64.08.9");
                }
                case 1 -> badan.copy(id, RejectCode.BAD_REGION_CODE).put("type", "DESA").put("parent_id", kecamatanId)
                        .put("region_code", (kecamatanCode.equals("64.08.99") ? "64.08.98" : "64.08.99") + ".2001");
                case 2 -> badan.copy(id, RejectCode.BAD_REGION_CODE).put("region_code", kecamatanCode);
                case 3 -> badan.copy(id, RejectCode.BAD_REGION_CODE).put("type", "KELURAHAN").put("parent_id", kecamatanId)
                        .put("region_code", kecamatanCode + ".101");
                default -> badan.copy(id, RejectCode.BAD_REGION_CODE).put("type", "DUSUN").put("parent_id", unitId)
                        .put("region_code", kecamatanCode + ".2001");
            };
            default -> duplicateOf(rows, "agency_id", "name", "Duplikat " + serial);
        };
    }

    private Draft agencyDraft(String id, String name, AgencyType type, String parent, String code, LocalDate from,
                              LocalDate until) {
        return new Draft(null, null).put("agency_id", id).put("name", name).put("type", word(type.code()))
                .put("parent_id", parent).put("region_code", code)
                .put("active_from", from == null ? "" : date(from)).put("active_until", until == null ? "" : date(until));
    }

    private Draft faultyAgency(List<Draft> rows) {
        String id = "SALAH-" + ++serial;
        faultyAgencyIds.add(id);
        Draft central = agencyDraft(id, "Badan Contoh " + serial, AgencyType.LEMBAGA, null, null, null, null);
        Draft province = rows.stream().filter(r -> r.code == null && r.values.get("agency_id").startsWith("PROV-"))
                .findFirst().orElseThrow();
        String provinceId = province.values.get("agency_id");
        String provinceCode = province.values.get("region_code");
        return switch (rnd.nextInt(orderDependentFaults ? 6 : 5)) {
            case 0 -> malformed(central);
            case 1 -> central.copy(id, RejectCode.MISSING_VALUE).put("name", "");
            case 2 -> switch (rnd.nextInt(4)) {
                case 0 -> central.copy(id, RejectCode.BAD_VALUE).put("type", "DINAS");
                case 1 -> central.copy(id + " X", RejectCode.BAD_VALUE).put("agency_id", id + " X");
                case 2 -> central.copy(id, RejectCode.BAD_VALUE).put("active_from", "31/02/2024");
                default -> central.copy(id, RejectCode.BAD_VALUE).put("active_from", "2024-06-01").put("active_until", "2024-05-31");
            };
            case 3 -> switch (rnd.nextInt(3)) {
                // a city whose province is not in the registry, or whose parent is no province
                case 0 -> central.copy(id, RejectCode.BAD_PARENT).put("type", "KOTA").put("parent_id", "PROV-99")
                        .put("region_code", "99.71");
                case 1 -> central.copy(id, RejectCode.BAD_PARENT).put("type", "kabupaten")
                        .put("parent_id", CENTRAL.get(0)[0]).put("region_code", provinceCode + ".05");
                default -> central.copy(id, RejectCode.BAD_PARENT).put("parent_id", provinceId);
            };
            case 4 -> switch (rnd.nextInt(4)) {
                case 0 -> central.copy(id, RejectCode.BAD_REGION_CODE).put("type", "PROVINSI").put("region_code", "3");
                case 1 -> central.copy(id, RejectCode.BAD_REGION_CODE).put("type", "KOTA").put("parent_id", provinceId)
                        .put("region_code", (provinceCode.equals("99") ? "98" : "99") + ".71");
                case 2 -> central.copy(id, RejectCode.BAD_REGION_CODE).put("region_code", provinceCode);
                default -> central.copy(id, RejectCode.BAD_REGION_CODE).put("type", "KOTA").put("parent_id", provinceId)
                        .put("region_code", provinceCode + "71");
            };
            default -> duplicateOf(rows, "agency_id", "name", "Duplikat " + serial);
        };
    }

    // ---------------------------------------------------------------------------------------- narratives

    private List<Draft> narrativeRows() {
        List<Draft> rows = new ArrayList<>();
        for (int i = 0; i < shape.narratives(); i++) {
            String id = String.format(Locale.ROOT, "N-%s-%03d", period, i + 1);
            Instant issued = edgeOr(start, latestInMonth, start);
            int due = switch (rnd.nextInt(5)) {
                case 0 -> 72;
                case 1 -> List.of(1, 24, 48, 120, 720).get(rnd.nextInt(5));
                default -> 1 + rnd.nextInt(720);
            };
            boolean defaultDue = due == 72 && rnd.nextBoolean();
            boolean all = rnd.nextInt(5) == 0;
            Set<AgencyType> types = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            List<String> parts = new ArrayList<>();
            if (all) {
                parts.add(word("ALL"));
            } else {
                for (int p = 0, n = 1 + rnd.nextInt(3); p < n; p++) {
                    if (rnd.nextBoolean()) {
                        AgencyType type = this.types.all().get(rnd.nextInt(this.types.all().size()));
                        types.add(type);
                        parts.add(word(type.code()));
                    } else {
                        String agency = agencies.get(rnd.nextInt(agencies.size())).id();
                        ids.add(agency);
                        parts.add(agency);
                    }
                }
            }
            narratives.add(new NarrativeRecord(id, issued, due, all, types, ids));
            rows.add(new Draft(null, null).put("narrative_id", id).put("title", TITLES.get(rnd.nextInt(TITLES.size())))
                    .put("program", PROGRAMS.get(rnd.nextInt(PROGRAMS.size()))).put("issued_at", timestamp(issued))
                    .put("priority", List.of("", "", "NORMAL", "HIGH", "tinggi", "Normal").get(rnd.nextInt(6)))
                    .put("due_hours", defaultDue ? "" : String.valueOf(due))
                    .put("targets", String.join(rnd.nextBoolean() ? "|" : " | ", parts)));
        }
        addFaulty(rows, this::faultyNarrative);
        return rows;
    }

    private Draft faultyNarrative(List<Draft> rows) {
        String id = "N-SALAH-" + ++serial;
        faultyNarrativeIds.add(id);
        Draft good = new Draft(null, null).put("narrative_id", id).put("title", "Narasi " + serial)
                .put("program", "makan-bergizi-gratis").put("issued_at", timestamp(between(start, latestInMonth)))
                .put("priority", "").put("due_hours", "").put("targets", "ALL");
        int kinds = rows.stream().anyMatch(r -> r.code == null) && orderDependentFaults ? 8 : 7;
        return switch (rnd.nextInt(kinds)) {
            case 0 -> malformed(good);
            case 1 -> good.copy(id, RejectCode.MISSING_VALUE)
                    .put(List.of("title", "program", "issued_at", "targets").get(rnd.nextInt(4)), "");
            case 2 -> switch (rnd.nextInt(5)) {
                case 0 -> good.copy(id, RejectCode.BAD_VALUE).put("program", "Makan Bergizi Gratis");
                case 1 -> good.copy(id, RejectCode.BAD_VALUE).put("due_hours", rnd.nextBoolean() ? "0" : "721");
                case 2 -> good.copy(id, RejectCode.BAD_VALUE).put("due_hours", "tiga hari");
                case 3 -> good.copy(id, RejectCode.BAD_VALUE).put("priority", "URGENT");
                default -> good.copy(id, RejectCode.BAD_VALUE).put("issued_at", period + "-32T10:00:00");
            };
            case 3 -> good.copy(id, RejectCode.WRONG_PERIOD)
                    .put("issued_at", timestamp(start.minusSeconds(1 + rnd.nextInt(10 * 86_400))));
            case 4 -> good.copy(id, RejectCode.FUTURE).put("issued_at", timestamp(future()));
            case 5, 6 -> good.copy(id, RejectCode.UNKNOWN_TARGET).put("targets", "KOTA|TIDAK-ADA-" + serial);
            default -> duplicateOf(rows, "narrative_id", "title", "Narasi revisi " + serial);
        };
    }

    // ------------------------------------------------------------------------------------------- reports

    private List<Draft> reportRows() {
        List<Draft> rows = new ArrayList<>();
        List<AgencyRecord> active = agencies.stream().filter(AgencyRecord::active).toList();
        for (int i = 0; i < shape.reports() && !active.isEmpty(); i++) {
            AgencyRecord agency = active.get(rnd.nextInt(active.size()));
            Instant deadline = period.plusMonths(1).atDay(6).atStartOfDay(JAKARTA).toInstant();
            Instant submitted = edgeOr(start, asOf, deadline.minusSeconds(1), deadline);
            if (!usedReportSeconds.add(submitted.getEpochSecond())) {
                submitted = uniqueReportTime(start, asOf);
            }
            long policies = count();
            long activities = count();
            boolean data = rnd.nextBoolean();
            boolean agenda = rnd.nextBoolean();
            reports.add(new ReportRecord(agency.id(), submitted,
                    ((policies > 0 ? 1 : 0) + (activities > 0 ? 1 : 0) + (data ? 1 : 0) + (agenda ? 1 : 0)) / 4.0));
            rows.add(reportDraft("LB-" + ++serial, agency.id(), period.toString(), timestamp(submitted), policies,
                    activities, data, agenda));
        }
        addFaulty(rows, this::faultyReport);
        return rows;
    }

    private Draft reportDraft(String id, String agency, String month, String submitted, long policies, long activities,
                              boolean data, boolean agenda) {
        return new Draft(null, null).put("report_id", id).put("agency_id", agency).put("period", month)
                .put("submitted_at", submitted).put("policies_count", integer(policies))
                .put("activities_count", integer(activities)).put("has_data", bool(data)).put("has_agenda", bool(agenda));
    }

    private Draft faultyReport(List<Draft> rows) {
        String id = "LB-SALAH-" + ++serial;
        String agency = agencies.stream().filter(AgencyRecord::active).findFirst().orElseThrow().id();
        Draft good = reportDraft(id, agency, period.toString(), timestamp(uniqueReportTime(start, asOf)), 1, 1, true, true);
        int kinds = rows.stream().anyMatch(r -> r.code == null) && orderDependentFaults ? 9 : 8;
        return switch (rnd.nextInt(kinds)) {
            case 0 -> malformed(good);
            case 1 -> good.copy(id, RejectCode.MISSING_VALUE).put(List.of("agency_id", "period", "submitted_at",
                    "policies_count", "has_data", "has_agenda").get(rnd.nextInt(6)), "");
            case 2 -> switch (rnd.nextInt(5)) {
                case 0 -> good.copy(id, RejectCode.BAD_VALUE).put("policies_count", List.of("1,5", "-1", "12.50", "1.2345", "dua").get(rnd.nextInt(5)));
                case 1 -> good.copy(id, RejectCode.BAD_VALUE).put("has_data", "mungkin");
                case 2 -> good.copy(id, RejectCode.BAD_VALUE).put("period", rnd.nextBoolean() ? "2024-9" : "09-2024");
                case 3 -> good.copy(id, RejectCode.BAD_VALUE).put("submitted_at", "32/01/2024 10:00");
                default -> good.copy(id, RejectCode.BAD_VALUE).put("activities_count", "1.000.00");
            };
            case 3 -> good.copy(id, RejectCode.UNKNOWN_AGENCY).put("agency_id",
                    faultyAgencyIds.isEmpty() || rnd.nextBoolean() ? "TIDAK-ADA" : faultyAgencyIds.get(rnd.nextInt(faultyAgencyIds.size())));
            case 4 -> good.copy(id, RejectCode.INACTIVE_AGENCY).put("agency_id", inactiveAgencyId);
            case 5 -> good.copy(id, RejectCode.WRONG_PERIOD).put("period", period.minusMonths(1).toString());
            case 6 -> good.copy(id, RejectCode.WRONG_PERIOD)
                    .put("submitted_at", timestamp(uniqueReportTime(start.minus(Duration.ofDays(20)), start.minusSeconds(1))));
            case 7 -> good.copy(id, RejectCode.FUTURE).put("submitted_at", timestamp(future()));
            default -> duplicateOf(rows, "report_id", "submitted_at", timestamp(uniqueReportTime(start, asOf)));
        };
    }

    private Instant uniqueReportTime(Instant from, Instant to) {
        // no two reports share a submitted_at: ties are decided by row order (SPEC 1.3), which the
        // shuffling property must not depend on
        while (true) {
            Instant t = between(from, to);
            if (usedReportSeconds.add(t.getEpochSecond())) {
                return t;
            }
        }
    }

    // ------------------------------------------------------------------------------------- dissemination

    private List<Draft> evidenceRows() {
        List<Draft> rows = new ArrayList<>();
        List<AgencyRecord> active = agencies.stream().filter(AgencyRecord::active).toList();
        for (int i = 0; i < shape.evidence() && !narratives.isEmpty() && !active.isEmpty(); i++) {
            NarrativeRecord narrative = narratives.get(rnd.nextInt(narratives.size()));
            AgencyRecord agency = active.get(rnd.nextInt(active.size()));
            Channel channel = Channel.values()[rnd.nextInt(Channel.values().length)];
            Instant due = narrative.issuedAt().plus(Duration.ofHours(narrative.dueHours()));
            Instant published = edgeOr(narrative.issuedAt(), asOf, narrative.issuedAt(), due, due.plusSeconds(1));
            Long reach = rnd.nextBoolean() ? null : (long) rnd.nextInt(50_000);
            Long engagement = rnd.nextBoolean() ? null : (long) rnd.nextInt(5_000);
            evidence.add(new EvidenceRecord(narrative.id(), agency.id(), channel, published, reach, engagement));
            String url = channel.isOnline() || rnd.nextBoolean() ? uniqueUrl(agency.id()) : null;
            rows.add(new Draft(null, null).put("evidence_id", "E-" + ++serial).put("narrative_id", narrative.id())
                    .put("agency_id", agency.id()).put("channel", channelWord(channel)).put("published_at", timestamp(published))
                    .put("url", url).put("proof_sha256", url == null ? sha256() : "")
                    .put("reach", reach == null ? "" : integer(reach)).put("engagement", engagement == null ? "" : integer(engagement)));
        }
        addFaulty(rows, this::faultyEvidence);
        return rows;
    }

    private Draft faultyEvidence(List<Draft> rows) {
        String id = "E-SALAH-" + ++serial;
        AgencyRecord agency = agencies.stream().filter(AgencyRecord::active).findFirst().orElseThrow();
        NarrativeRecord narrative = narratives.isEmpty() ? null : narratives.get(rnd.nextInt(narratives.size()));
        Draft good = new Draft(null, null).put("evidence_id", id)
                .put("narrative_id", narrative == null ? "N-TIDAK-ADA" : narrative.id()).put("agency_id", agency.id())
                .put("channel", "WEBSITE").put("url", uniqueUrl(agency.id())).put("proof_sha256", "")
                .put("published_at", timestamp(narrative == null ? between(start, asOf) : between(narrative.issuedAt(), asOf)))
                .put("reach", "").put("engagement", "");
        List<Supplier<Draft>> kinds = new ArrayList<>();
        kinds.add(() -> malformed(good));
        kinds.add(() -> switch (rnd.nextInt(3)) {
            case 0 -> good.copy(id, RejectCode.MISSING_VALUE).put("channel", "INSTAGRAM").put("url", "");
            case 1 -> good.copy(id, RejectCode.MISSING_VALUE).put("channel", "spanduk").put("url", "");
            default -> good.copy(id, RejectCode.MISSING_VALUE).put("narrative_id", "");
        });
        kinds.add(() -> switch (rnd.nextInt(6)) {
            case 0 -> good.copy(id, RejectCode.BAD_VALUE).put("channel", "FAX");
            case 1 -> good.copy(id, RejectCode.BAD_VALUE).put("url", List.of("ftp://files.go.id/a", "www.jabarprov.go.id/berita",
                    "https://admin:rahasia@bandung.go.id/x").get(rnd.nextInt(3)));
            case 2 -> good.copy(id, RejectCode.BAD_VALUE).put("channel", "RADIO").put("url", "").put("proof_sha256", "abc123");
            case 3 -> good.copy(id, RejectCode.BAD_VALUE).put("reach", rnd.nextBoolean() ? "-5" : "1.2345");
            case 4 -> good.copy(id, RejectCode.BAD_VALUE).put("engagement", "banyak");
            default -> good.copy(id, RejectCode.BAD_VALUE).put("published_at", "kemarin");
        });
        kinds.add(() -> good.copy(id, RejectCode.UNKNOWN_NARRATIVE).put("narrative_id",
                faultyNarrativeIds.isEmpty() || rnd.nextBoolean() ? "N-TIDAK-ADA" : faultyNarrativeIds.get(rnd.nextInt(faultyNarrativeIds.size()))));
        if (narrative != null) {
            kinds.add(() -> good.copy(id, RejectCode.UNKNOWN_AGENCY).put("agency_id",
                    faultyAgencyIds.isEmpty() || rnd.nextBoolean() ? "TIDAK-ADA" : faultyAgencyIds.get(rnd.nextInt(faultyAgencyIds.size()))));
            kinds.add(() -> good.copy(id, RejectCode.INACTIVE_AGENCY).put("agency_id", inactiveAgencyId));
            kinds.add(() -> good.copy(id, RejectCode.BEFORE_ISSUE)
                    .put("published_at", timestamp(narrative.issuedAt().minusSeconds(1 + rnd.nextInt(3 * 86_400)))));
            kinds.add(() -> good.copy(id, RejectCode.FUTURE).put("published_at", timestamp(future())));
        }
        List<Draft> linked = rows.stream().filter(r -> r.code == null && !r.values.get("url").isEmpty()).toList();
        if (orderDependentFaults && !rows.isEmpty() && rows.stream().anyMatch(r -> r.code == null)) {
            kinds.add(() -> duplicateOf(rows, "evidence_id", "url", uniqueUrl("duplikat")));
        }
        if (orderDependentFaults && !linked.isEmpty()) {
            kinds.add(() -> {
                Draft original = linked.get(rnd.nextInt(linked.size()));
                Draft repeat = original.copy(id, RejectCode.DUPLICATE_EVIDENCE).put("evidence_id", id)
                        .put("url", sameLinkWrittenOtherwise(original.values.get("url")))
                        .put("reach", integer(rnd.nextInt(100)));
                repeat.values.put("$after", original.values.get("evidence_id"));
                return repeat;
            });
        }
        return kinds.get(rnd.nextInt(kinds.size())).get();
    }

    /** The same link as SPEC 1.5 normalises it: scheme and host in capitals, the trailing / toggled, a fragment. */
    private static String sameLinkWrittenOtherwise(String url) {
        int path = url.indexOf('/', url.indexOf("://") + 3);
        String head = url.substring(0, path).toUpperCase(Locale.ROOT);
        String tail = url.substring(path);
        tail = tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail + "/";
        return head + tail + "#bagikan";
    }

    // --------------------------------------------------------------------------------------------- media

    private List<Draft> mediaRows() {
        List<Draft> rows = new ArrayList<>();
        for (int i = 0; i < shape.media(); i++) {
            Instant published = edgeOr(start, latestInMonth, start, end.minusSeconds(1));
            String outlet = OUTLETS.get(rnd.nextInt(OUTLETS.size()));
            String program = rnd.nextInt(4) == 0 ? null : PROGRAMS.get(rnd.nextInt(PROGRAMS.size()));
            Sentiment sentiment = Sentiment.values()[rnd.nextInt(Sentiment.values().length)];
            String narrative = narratives.isEmpty() || rnd.nextBoolean() ? null : narratives.get(rnd.nextInt(narratives.size())).id();
            media.add(new MediaRecord(published, outlet, program, sentiment, narrative));
            rows.add(new Draft(null, null).put("item_id", "MED-" + ++serial).put("published_at", timestamp(published))
                    .put("outlet", outlet).put("media_type", word(MediaType.values()[rnd.nextInt(MediaType.values().length)].name()))
                    .put("program", program).put("sentiment", sentimentWord(sentiment))
                    .put("reach", rnd.nextBoolean() ? "" : integer(rnd.nextInt(2_000_000)))
                    .put("narrative_id", narrative).put("url", rnd.nextBoolean() ? "" : uniqueUrl("media")));
        }
        addFaulty(rows, this::faultyMedia);
        return rows;
    }

    private Draft faultyMedia(List<Draft> rows) {
        String id = "MED-SALAH-" + ++serial;
        Draft good = new Draft(null, null).put("item_id", id).put("published_at", timestamp(between(start, latestInMonth)))
                .put("outlet", "Kompas").put("media_type", "ONLINE").put("program", "").put("sentiment", "NETRAL")
                .put("reach", "").put("narrative_id", "").put("url", "");
        int kinds = rows.stream().anyMatch(r -> r.code == null) && orderDependentFaults ? 7 : 6;
        return switch (rnd.nextInt(kinds)) {
            case 0 -> malformed(good);
            case 1 -> good.copy(id, RejectCode.MISSING_VALUE)
                    .put(List.of("published_at", "outlet", "media_type", "sentiment").get(rnd.nextInt(4)), "");
            case 2 -> switch (rnd.nextInt(5)) {
                case 0 -> good.copy(id, RejectCode.BAD_VALUE).put("sentiment", "BAGUS");
                case 1 -> good.copy(id, RejectCode.BAD_VALUE).put("media_type", "BLOG");
                case 2 -> good.copy(id, RejectCode.BAD_VALUE).put("program", "Makan Gratis");
                case 3 -> good.copy(id, RejectCode.BAD_VALUE).put("reach", "1.2345");
                default -> good.copy(id, RejectCode.BAD_VALUE).put("url", "javascript:alert(1)");
            };
            case 3 -> good.copy(id, RejectCode.UNKNOWN_NARRATIVE).put("narrative_id",
                    faultyNarrativeIds.isEmpty() || rnd.nextBoolean() ? "N-TIDAK-ADA" : faultyNarrativeIds.get(rnd.nextInt(faultyNarrativeIds.size())));
            case 4 -> good.copy(id, RejectCode.WRONG_PERIOD).put("published_at", timestamp(
                    asOf.isAfter(end) && rnd.nextBoolean() ? between(end, asOf) : start.minusSeconds(1 + rnd.nextInt(5 * 86_400))));
            case 5 -> good.copy(id, RejectCode.FUTURE).put("published_at", timestamp(future()));
            default -> duplicateOf(rows, "item_id", "outlet", "Tempo");
        };
    }

    // ----------------------------------------------------------------------------------- faulty rows

    /**
     * Adds faulty rows at random places: about {@code faultPercent} of the good ones, and a few more
     * chances so that small files get some too. A duplicate goes after the row it repeats.
     */
    private void addFaulty(List<Draft> rows, java.util.function.Function<List<Draft>, Draft> faulty) {
        int chances = rows.size() + 3;
        for (int i = 0; i < chances; i++) {
            if (rnd.nextInt(100) < shape.faultPercent()) {
                Draft row = faulty.apply(rows);
                String after = row.values.remove("$after");
                int min = 0;
                if (after != null) {
                    for (int r = 0; r < rows.size(); r++) {
                        if (rows.get(r).values.containsValue(after) && rows.get(r).code == null) {
                            min = r + 1;
                        }
                    }
                }
                rows.add(min + rnd.nextInt(rows.size() - min + 1), row);
            }
        }
    }

    /** A row repeating a good row's id, with another value in one column; it goes after the original. */
    private Draft duplicateOf(List<Draft> rows, String idColumn, String column, String value) {
        List<Draft> good = rows.stream().filter(r -> r.code == null).toList();
        Draft original = good.get(rnd.nextInt(good.size()));
        String id = original.values.get(idColumn);
        Draft repeat = original.copy(id, RejectCode.DUPLICATE_ID).put(column, value);
        repeat.values.put("$after", id);
        return repeat;
    }

    private static Draft malformed(Draft good) {
        Draft row = good.copy(null, RejectCode.MALFORMED_ROW);
        row.malformed = true;
        return row;
    }

    // ------------------------------------------------------------------------------------- the files

    private GeneratedMonth.File file(String name, List<String> columns, List<Draft> drafts) {
        List<String> header = new ArrayList<>(columns);
        if (rnd.nextInt(3) == 0) {
            Collections.shuffle(header, rnd);
        }
        String unknown = rnd.nextInt(4) == 0 ? List.of("catatan", "keterangan", "petugas").get(rnd.nextInt(3)) : null;
        int unknownAt = unknown == null ? -1 : rnd.nextInt(header.size() + 1);
        List<GeneratedMonth.Row> rows = new ArrayList<>();
        for (Draft draft : drafts) {
            List<String> fields = new ArrayList<>();
            for (String column : header) {
                fields.add(draft.values.getOrDefault(column, ""));
            }
            if (unknown != null) {
                fields.add(unknownAt, NOTES.get(rnd.nextInt(NOTES.size())));
            }
            if (draft.malformed) {
                if (rnd.nextBoolean()) {
                    fields.add("lebih");
                } else {
                    fields.remove(fields.size() - 1);
                }
            }
            rows.add(new GeneratedMonth.Row(List.copyOf(fields), draft.expectedId, draft.code));
        }
        List<String> written = new ArrayList<>();
        for (String column : header) {
            written.add(rnd.nextInt(4) == 0 ? column.toUpperCase(Locale.ROOT) : column);
        }
        if (unknown != null) {
            written.add(unknownAt, unknown);
        }
        return new GeneratedMonth.File(name, List.copyOf(written), rows);
    }

    // ------------------------------------------------------------------------------------ value forms

    private Instant between(Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        Instant t = Instant.ofEpochSecond(from.getEpochSecond() + (span <= 0 ? 0 : (long) (rnd.nextDouble() * (span + 1))));
        if (t.isBefore(from)) {
            t = Instant.ofEpochSecond(from.getEpochSecond());
        }
        // whole minutes now and then, so that the day-first form without seconds is used too
        Instant minute = Instant.ofEpochSecond(t.getEpochSecond() / 60 * 60);
        return rnd.nextInt(3) == 0 && !minute.isBefore(from) ? minute : t;
    }

    /** One of the edges that lie in [from, to] one time in five, else any instant between. */
    private Instant edgeOr(Instant from, Instant to, Instant... edges) {
        Instant edge = edges[rnd.nextInt(edges.length)];
        if (rnd.nextInt(5) == 0 && !edge.isBefore(from) && !edge.isAfter(to)) {
            return edge;
        }
        return between(from, to);
    }

    private Instant future() {
        return asOf.plusSeconds(1 + rnd.nextInt(3 * 86_400));
    }

    private String timestamp(Instant t) {
        LocalDateTime wib = LocalDateTime.ofInstant(t, JAKARTA);
        return switch (rnd.nextInt(5)) {
            case 0 -> t.atOffset(WIB).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx"));
            case 1 -> t.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'"));
            case 2 -> wib.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
            case 3 -> wib.format(DateTimeFormatter.ofPattern("d/M/uuuu H:mm:ss"));
            default -> wib.getSecond() == 0
                    ? wib.format(DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm"))
                    : wib.format(DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss"));
        };
    }

    private String date(LocalDate d) {
        return rnd.nextBoolean() ? d.toString() : d.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    }

    private long count() {
        return switch (rnd.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1_000 + rnd.nextInt(20_000);
            default -> rnd.nextInt(30);
        };
    }

    /** Plain digits, or Indonesian thousands ({@code 12.500}) now and then. */
    private String integer(long n) {
        if (n >= 1000 && rnd.nextBoolean()) {
            return String.format(Locale.GERMANY, "%,d", n);
        }
        return Long.toString(n);
    }

    private String bool(boolean b) {
        String[] pair = List.of(new String[] {"true", "false"}, new String[] {"ya", "tidak"}, new String[] {"y", "n"},
                new String[] {"1", "0"}).get(rnd.nextInt(4));
        return word(b ? pair[0] : pair[1]);
    }

    /** A word in upper, lower or title case. */
    private String word(String w) {
        return switch (rnd.nextInt(3)) {
            case 0 -> w.toUpperCase(Locale.ROOT);
            case 1 -> w.toLowerCase(Locale.ROOT);
            default -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    private String channelWord(Channel channel) {
        if (channel == Channel.OUTDOOR && rnd.nextBoolean()) {
            return word(List.of("baliho", "spanduk", "umbul-umbul").get(rnd.nextInt(3)));
        }
        return word(channel.name());
    }

    private String sentimentWord(Sentiment sentiment) {
        String indonesian = switch (sentiment) {
            case POSITIVE -> "POSITIF";
            case NEUTRAL -> "NETRAL";
            case NEGATIVE -> "NEGATIF";
        };
        return word(rnd.nextBoolean() ? indonesian : sentiment.name());
    }

    private String decorate(String name) {
        return switch (rnd.nextInt(6)) {
            case 0 -> name + ", Biro Humas";
            case 1 -> name + " \"Pusat\"";
            default -> name;
        };
    }

    private String uniqueUrl(String owner) {
        String host = owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".go.id";
        return "https://" + (rnd.nextBoolean() ? "www." : "") + host + "/berita/" + period + "/" + ++serial
                + (rnd.nextBoolean() ? "/" : "");
    }

    private String sha256() {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            hex.append("0123456789abcdefABCDEF".charAt(rnd.nextInt(22)));
        }
        return hex.toString();
    }
}
