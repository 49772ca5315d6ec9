package id.go.pcm.samples;

import id.go.pcm.month.EvaluationMonth;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The nation's month (or a part of the nation's): the ministry evaluating the ministries, agencies,
 * provinces, regencies and cities of {@link SampleAgencies}, in WIB, with the national types.
 */
final class NationalEdition implements Edition {

    private static final String[] OUTLET_STEMS = {"Kompas", "Detik", "Tempo", "Antara", "Republika", "Media Indonesia",
            "CNN Indonesia", "Kumparan", "Liputan6", "Okezone", "Sindonews", "Tribun", "Jawa Pos", "Bisnis Indonesia",
            "Kontan", "Suara", "IDN Times", "Katadata", "Metro TV", "TVRI", "RRI", "Radar", "Pikiran Rakyat", "Suara Merdeka"};

    private final int provinces;

    /** @param provinces how many provinces the month has, 1 to {@link SampleAgencies#PROVINCES} */
    NationalEdition(int provinces) {
        if (provinces < 1 || provinces > SampleAgencies.PROVINCES) {
            throw new IllegalArgumentException("provinces must be within 1-" + SampleAgencies.PROVINCES + ", not " + provinces);
        }
        this.provinces = provinces;
    }

    @Override
    public ZoneId zone() {
        return EvaluationMonth.WIB;
    }

    @Override
    public List<Body> bodies() {
        // The type as the registry writes it (String.valueOf: the word agencies.csv has always carried).
        return SampleAgencies.withFirstProvinces(provinces).stream()
                .map(e -> new Body(e.id(), e.name(), e.type().code(), e.parentId(), e.regionCode())).toList();
    }

    @Override
    public String domain(Body body) {
        return body.id().toLowerCase().replace('.', '-') + ".go.id";
    }

    @Override
    public List<String[]> types() {
        return List.of();
    }

    @Override
    public int narratives() {
        return MonthGenerator.NARRATIVES;
    }

    @Override
    public int evidencePerScale() {
        return MonthGenerator.EVIDENCE_PER_SCALE;
    }

    @Override
    public int mediaPerScale() {
        return MonthGenerator.MEDIA_PER_SCALE;
    }

    @Override
    public List<String[]> programs() {
        return SampleAgencies.programs();
    }

    @Override
    public Targeting targeting() {
        return new Targeting("KABUPATEN|KOTA", "KEMENTERIAN|lembaga", "PROVINSI", 8);
    }

    @Override
    public List<Object[]> registryRows(YearMonth period, List<MonthGenerator.Agency> agencies, boolean faulty) {
        List<Object[]> rows = new ArrayList<>();
        // A regency merged away last year and a body created next month: in the registry, not evaluated.
        Body merged = province(agencies, "PROV-JABAR");
        rows.add(new Object[]{"KAB-LAMA", "Pemerintah Kabupaten yang telah dimekarkan", "KABUPATEN", merged.id(),
                merged.regionCode() + ".99", "01/01/2015", period.minusYears(1).atEndOfMonth().toString()});
        rows.add(new Object[]{"BADAN-BARU", "Badan yang dibentuk bulan depan", "LEMBAGA", "", "",
                period.plusMonths(1).atDay(1).toString(), ""});
        if (faulty) {
            // Jawa Tengah's code (33) under another province: BAD_REGION_CODE.
            rows.add(new Object[]{"KOTA-SALAH", "Kota dengan kode wilayah keliru", "KOTA", province(agencies, "PROV-JATIM").id(),
                    "33.71", "", ""});
            rows.add(new Object[]{"KAB-YATIM", "Kabupaten tanpa induk", "KABUPATEN", "PROV-TIDAK-ADA", "99.01", "", ""});
        }
        return rows;
    }

    /**
     * The province of that id when the month has it, else the month's first province (Aceh): never
     * Jawa Tengah, whose code the miscoded city carries.
     */
    private static Body province(List<MonthGenerator.Agency> agencies, String id) {
        List<Body> provinces = agencies.stream().map(MonthGenerator.Agency::body)
                .filter(b -> b.type().equals("PROVINSI")).toList();
        return provinces.stream().filter(b -> b.id().equals(id)).findFirst().orElse(provinces.get(0));
    }

    @Override
    public String inactiveId() {
        return "KAB-LAMA";
    }

    @Override
    public String[] unknownTargetNarrative() {
        return new String[]{"Narasi untuk instansi tak terdaftar", "makan-bergizi-gratis", "KOTA|" + MonthGenerator.UNREGISTERED};
    }

    @Override
    public String[] outletStems() {
        return OUTLET_STEMS.clone();
    }

    @Override
    public int outlets() {
        return 150;
    }
}
