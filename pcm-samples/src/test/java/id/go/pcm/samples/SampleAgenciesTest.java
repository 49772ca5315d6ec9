package id.go.pcm.samples;

import id.go.pcm.agency.AgencyType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample agencies name each regional government by the real name of its Kemendagri code. */
class SampleAgenciesTest {

    /** A Kemendagri code of a regency or city ("32.04") inside a name. */
    private static final Pattern REGION_CODE = Pattern.compile("\\d{2}\\.\\d{2}");

    private static final Map<String, SampleAgencies.Entry> NATION = SampleAgencies.all().stream()
            .collect(Collectors.toMap(SampleAgencies.Entry::id, Function.identity()));

    @Test
    void everyRegencyAndCityIsTheOneOfItsCodeInTheKemendagriList() throws IOException {
        Map<String, CSVRecord> list = new TreeMap<>();
        for (CSVRecord region : regions("kabupaten_kota.csv")) {
            list.put(region.get("kode"), region);
        }
        Map<String, SampleAgencies.Entry> sample = new TreeMap<>();
        SampleAgencies.all().stream().filter(e -> e.type().hasParent()).forEach(e -> sample.put(e.regionCode(), e));
        assertEquals(514, list.size());
        assertEquals(list.keySet(), sample.keySet(), "the 514 real codes, no others");
        for (CSVRecord region : list.values()) {
            SampleAgencies.Entry agency = sample.get(region.get("kode"));
            AgencyType type = id.go.pcm.agency.AgencyTypes.national().find(region.get("jenis")).orElseThrow();
            assertEquals("Pemerintah " + region.get("nama").strip(), agency.name(), region.get("kode"));
            assertEquals(type, agency.type(), region.get("kode"));
            assertEquals((AgencyType.KOTA.equals(type) ? "KOTA-" : "KAB-") + region.get("kode"), agency.id());
            assertEquals(region.get("kode_provinsi"), NATION.get(agency.parentId()).regionCode(), agency.id());
        }
    }

    @Test
    void everyProvinceIsNamedForItsCode() throws IOException {
        List<CSVRecord> list = regions("provinsi.csv");
        List<SampleAgencies.Entry> provinces = SampleAgencies.all().stream().filter(e -> e.type().equals(AgencyType.PROVINSI)).toList();
        assertEquals(SampleAgencies.PROVINCES, list.size());
        assertEquals(list.stream().map(p -> p.get("kode")).toList(), provinces.stream().map(SampleAgencies.Entry::regionCode).toList());
        for (int i = 0; i < list.size(); i++) {
            assertEquals("Pemerintah Provinsi " + list.get(i).get("nama").strip(), provinces.get(i).name());
        }
    }

    @Test
    void wellKnownRegionsByName() {
        Map<String, String> known = Map.of(
                "KAB-32.04", "Pemerintah Kabupaten Bandung",
                "KOTA-32.73", "Pemerintah Kota Bandung",
                "KOTA-31.72", "Pemerintah Kota Administrasi Jakarta Utara", // published with a trailing space
                "KAB-31.01", "Pemerintah Kabupaten Administrasi Kepulauan Seribu",
                "KAB-64.08", "Pemerintah Kabupaten Kutai Timur",
                "KAB-71.09", "Pemerintah Kabupaten Kep. Siau Tagulandang Biaro",
                "PROV-DKI", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta",
                "PROV-JABAR", "Pemerintah Provinsi Jawa Barat");
        known.forEach((id, name) -> assertEquals(name, NATION.get(id).name(), id));
        assertEquals("PROV-KALTIM", NATION.get("KAB-64.08").parentId());
    }

    @Test
    void noNameCarriesACodeOrStraySpaceAndEachFitsTheRegistry() {
        for (SampleAgencies.Entry agency : SampleAgencies.all()) {
            String name = agency.name();
            assertFalse(REGION_CODE.matcher(name).find(), agency.id() + ": " + name);
            assertEquals(name.strip(), name, agency.id());
            assertFalse(name.contains("  "), agency.id() + ": " + name);
            assertTrue(name.length() >= 1 && name.length() <= 200, "SPEC 1.2: 1-200 chars: " + name);
        }
    }

    private static List<CSVRecord> regions(String file) throws IOException {
        try (InputStream in = SampleAgencies.class.getResourceAsStream("regions/" + file)) {
            assertNotNull(in, file);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }
}
