package id.go.pcm.samples;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agencies of PCM's samples: 32 ministries and 12 non-ministerial agencies, the 38 provinces,
 * and the 514 regencies and cities under them, each regional government under its real name and
 * Kemendagri code ("Pemerintah Kabupaten Bandung", {@code KAB-32.04}). The regions come from Cahya
 * DSN's {@code wilayah} dataset (MIT licence), copied into {@code regions/} beside this class with
 * its attribution and licence.
 */
public final class SampleAgencies {

    /**
     * One sample agency.
     *
     * @param id         the agency id
     * @param name       its name
     * @param type       its type
     * @param parentId   the province's id for a regency or city
     * @param regionCode the Kemendagri code for a regional government
     */
    public record Entry(String id, String name, AgencyType type, String parentId, String regionCode) {
    }

    /** The provinces of the nation, all of them in {@link #all()}. */
    public static final int PROVINCES = 38;

    private SampleAgencies() {
    }

    /** @return every sample agency: central bodies, then each province followed by its regencies and cities */
    public static List<Entry> all() {
        return withFirstProvinces(PROVINCES);
    }

    /**
     * A part of the nation: every central body, and the first provinces in Kemendagri code order (Aceh,
     * Sumatera Utara, …), each followed by its regencies and cities. {@code withFirstProvinces(PROVINCES)}
     * is {@link #all()}.
     *
     * @param provinces how many provinces, 1 to {@link #PROVINCES}
     * @return the central bodies, then each of those provinces followed by its regencies and cities
     * @throws IllegalArgumentException when {@code provinces} is outside 1 to {@link #PROVINCES}
     */
    public static List<Entry> withFirstProvinces(int provinces) {
        if (provinces < 1 || provinces > PROVINCES) {
            throw new IllegalArgumentException("provinces must be within 1-" + PROVINCES + ", not " + provinces);
        }
        List<Entry> all = new ArrayList<>();
        for (String[] row : rows("central.csv")) {
            all.add(new Entry(row[0], row[1], AgencyTypes.national().find(row[2]).orElseThrow(), null, null));
        }
        Map<String, String> provinceNames = new HashMap<>();
        for (CSVRecord province : records("regions/provinsi.csv")) {
            provinceNames.put(province.get("kode"), name(province));
        }
        Map<String, List<CSVRecord>> regions = new HashMap<>();
        for (CSVRecord region : records("regions/kabupaten_kota.csv")) {
            regions.computeIfAbsent(region.get("kode_provinsi"), code -> new ArrayList<>()).add(region);
        }
        for (String[] row : rows("provinces.csv").subList(0, provinces)) {
            String code = row[0];
            String provinceId = row[1];
            String province = provinceNames.get(code);
            if (province == null) {
                throw new IllegalStateException("provinces.csv names province " + code + ", which regions/provinsi.csv lacks");
            }
            all.add(new Entry(provinceId, "Pemerintah Provinsi " + province, AgencyType.PROVINSI, null, code));
            // In code order: the regencies (NN.01 upwards), then the cities (NN.71 upwards).
            List<CSVRecord> under = regions.getOrDefault(code, List.of()).stream()
                    .sorted(Comparator.comparing(region -> region.get("kode"))).toList();
            for (CSVRecord region : under) {
                String regionCode = region.get("kode");
                AgencyType type = AgencyTypes.national().find(region.get("jenis")).orElseThrow(); // KABUPATEN or KOTA, as the list says
                String prefix = AgencyType.KOTA.equals(type) ? "KOTA-" : "KAB-";
                all.add(new Entry(prefix + regionCode, "Pemerintah " + name(region), type, provinceId, regionCode));
            }
        }
        return all;
    }

    /** @return the priority programs: tag, narrative title, and the shares of positive, neutral, negative press */
    public static List<String[]> programs() {
        return rows("programs.csv");
    }

    /** A region's name as the list gives it, trimmed: the published list keeps a trailing space on one (31.72). */
    private static String name(CSVRecord region) {
        return region.get("nama").strip();
    }

    /** Reads one of the bundled lists: CSV with '#' comments and a header. */
    static List<String[]> rows(String resource) {
        return records(resource).stream().map(CSVRecord::values).toList();
    }

    /** The records of one of the bundled lists, their fields reachable by the header's names. */
    static List<CSVRecord> records(String resource) {
        try (InputStream in = SampleAgencies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from pcm-samples");
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
