package id.go.pcm.samples;

import id.go.pcm.agency.AgencyType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The agencies of PCM's samples: 32 ministries and 12 non-ministerial agencies, the 38 provinces
 * with their Kemendagri codes, and the 514 regencies and cities under them (their codes follow the
 * Kemendagri scheme: {@code NN.01} upwards for regencies, {@code NN.71} upwards for cities).
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
            all.add(new Entry(row[0], row[1], AgencyType.valueOf(row[2]), null, null));
        }
        for (String[] row : rows("provinces.csv").subList(0, provinces)) {
            String code = row[0];
            String province = row[1];
            String provinceId = row[2];
            all.add(new Entry(provinceId, "Pemerintah Provinsi " + province, AgencyType.PROVINSI, null, code));
            int regencies = Integer.parseInt(row[3]);
            int cities = Integer.parseInt(row[4]);
            for (int i = 1; i <= regencies; i++) {
                String region = code + "." + two(i);
                all.add(new Entry("KAB-" + region, "Pemerintah Kabupaten " + region + " (" + province + ")",
                        AgencyType.KABUPATEN, provinceId, region));
            }
            for (int i = 71; i < 71 + cities; i++) {
                String region = code + "." + two(i);
                all.add(new Entry("KOTA-" + region, "Pemerintah Kota " + region + " (" + province + ")",
                        AgencyType.KOTA, provinceId, region));
            }
        }
        return all;
    }

    /** @return the priority programs: tag, narrative title, and the shares of positive, neutral, negative press */
    public static List<String[]> programs() {
        return rows("programs.csv");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Reads one of the bundled lists: CSV with '#' comments and a header. */
    static List<String[]> rows(String resource) {
        try (InputStream in = SampleAgencies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from pcm-samples");
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rows.add(record.values());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
