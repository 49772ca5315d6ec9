package id.go.pcm.internal.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads the outside corpus csv-spectrum (copied unchanged into the test resources, with its source and
 * licence in {@code csv-spectrum/NOTICE.md}) and checks every record against the JSON that the corpus
 * gives for it. When it cannot be found the tests fail rather than skip.
 *
 * <p>{@link CsvFile} trims values and reads an empty value as absent (SPEC 1.1), so each expected
 * JSON value is trimmed the same way and an empty one is expected as {@code null}.
 */
class CsvSpectrumTest {

    private static final List<String> CORPUS_FILES = List.of(
            "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "location_coordinates",
            "newlines", "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8");

    /**
     * Known faults of the corpus itself, each checked to be still there so that this list cannot
     * go stale: upstream anonymised the phone number in location_coordinates.json but not in its
     * CSV. The CSV's bytes say {@code 2095257564}, and that is what a correct reader returns.
     */
    private static final List<Erratum> ERRATA = List.of(
            new Erratum("location_coordinates", 0, "Contact Phone Number", "1234567890", "2095257564"));

    private record Erratum(String file, int record, String column, String jsonSays, String csvHolds) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The corpus as the build copies it from the test resources (its licence is in NOTICE.md there). */
    static Path corpus() {
        URL folder = CsvSpectrumTest.class.getResource("/csv-spectrum");
        if (folder == null) {
            return fail("csv-spectrum corpus not found in the test resources (src/test/resources/csv-spectrum)");
        }
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> corpusFiles() {
        return CORPUS_FILES.stream();
    }

    static Stream<String> crlfFiles() {
        return CORPUS_FILES.stream().filter(name -> name.endsWith("_crlf"));
    }

    /** The expected records, in order; a file that holds a single object holds one record. */
    private static List<Map<String, String>> expectedRecords(String name) throws IOException {
        JsonNode root = JSON.readTree(corpus().resolve("json").resolve(name + ".json"));
        List<JsonNode> records = new ArrayList<>();
        if (root.isArray()) {
            records.addAll(root.values());
        } else {
            records.add(root);
        }
        List<Map<String, String>> expected = new ArrayList<>();
        for (JsonNode record : records) {
            assertTrue(record.isObject(), name + ".json: every record is an object");
            Map<String, String> values = new LinkedHashMap<>();
            record.properties().forEach(e -> values.put(e.getKey(), e.getValue().stringValue()));
            expected.add(values);
        }
        return expected;
    }

    /** The corpus holds no no-break spaces, so {@link String#strip()} trims its values as CsvFile does. */
    private static String trimmedOrNull(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Reads a CSV with every header name of its JSON twin as an optional column; checks all records. */
    private static void assertReadsAsExpected(String name, byte[] csv, List<Map<String, String>> expected) {
        Set<String> headerNames = new LinkedHashSet<>();
        expected.forEach(record -> headerNames.addAll(record.keySet()));
        Columns columns = new Columns(List.of(),
                headerNames.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());

        try (CsvFile file = CsvFile.open(name + ".csv", new ByteArrayInputStream(csv), columns)) {
            assertTrue(file.unknownColumns().isEmpty(), name + ": header holds only the JSON's names");
            List<CsvRow> rows = CsvFiles.readAll(file);
            assertEquals(expected.size(), rows.size(), name + ": number of records");
            assertEquals(expected.size(), file.rows(), name + ": rows()");
            for (int i = 0; i < rows.size(); i++) {
                CsvRow row = rows.get(i);
                assertFalse(row.malformed(), name + " record " + i + " is well-formed");
                for (Map.Entry<String, String> column : expected.get(i).entrySet()) {
                    assertEquals(trimmedOrNull(column.getValue()), row.value(column.getKey().toLowerCase(Locale.ROOT)),
                            name + " record " + i + " column " + column.getKey());
                }
            }
        }
    }

    private static List<Map<String, String>> withErrataApplied(String name, List<Map<String, String>> expected) {
        for (Erratum erratum : ERRATA) {
            if (erratum.file().equals(name)) {
                Map<String, String> record = expected.get(erratum.record());
                assertEquals(erratum.jsonSays(), record.get(erratum.column()),
                        "erratum no longer present in " + name + ".json: remove it from ERRATA");
                record.put(erratum.column(), erratum.csvHolds());
            }
        }
        return expected;
    }

    @Test
    void corpusIsPresentWithAllItsFiles() throws IOException {
        Path corpus = corpus();
        try (Stream<Path> csvs = Files.list(corpus.resolve("csvs"))) {
            assertEquals(Set.copyOf(CORPUS_FILES),
                    csvs.map(p -> p.getFileName().toString().replaceFirst("\\.csv$", "")).collect(Collectors.toSet()));
        }
        for (String name : CORPUS_FILES) {
            assertTrue(Files.isRegularFile(corpus.resolve("json").resolve(name + ".json")), name + ".json");
        }
    }

    @ParameterizedTest(name = "{0}.csv")
    @MethodSource("corpusFiles")
    void readsEveryRecordAsTheCorpusExpects(String name) throws IOException {
        byte[] csv = Files.readAllBytes(corpus().resolve("csvs").resolve(name + ".csv"));
        List<Map<String, String>> expected = withErrataApplied(name, expectedRecords(name));
        boolean holdsCarriageReturns = new String(csv, StandardCharsets.UTF_8).indexOf('\r') >= 0;
        if (!holdsCarriageReturns) {
            // The *_crlf files of this copy were stored with LF line ends, while their JSON keeps
            // upstream's "\r\n" inside quoted fields. A file without a CR byte cannot yield a value
            // with one: expect the line breaks the file really holds. The CRLF originals are
            // rebuilt and checked strictly in readsTheCrlfOriginalsAsTheCorpusExpects.
            expected.forEach(record -> record.replaceAll((column, value) -> value.replace("\r\n", "\n")));
        }

        assertReadsAsExpected(name, csv, expected);
    }

    @ParameterizedTest(name = "{0}.csv with CRLF line ends")
    @MethodSource("crlfFiles")
    void readsTheCrlfOriginalsAsTheCorpusExpects(String name) throws IOException {
        String lf = Files.readString(corpus().resolve("csvs").resolve(name + ".csv"));
        byte[] crlf = lf.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        assertReadsAsExpected(name, crlf, withErrataApplied(name, expectedRecords(name)));
    }

    @Test
    void errataAreRealDisagreementsBetweenTheCsvAndItsJson() throws IOException {
        for (Erratum erratum : ERRATA) {
            String csv = Files.readString(corpus().resolve("csvs").resolve(erratum.file() + ".csv"));
            assertTrue(csv.contains(erratum.csvHolds()), erratum + ": the CSV holds the value");
            assertFalse(csv.contains(erratum.jsonSays()), erratum + ": the CSV does not hold the JSON's value");
            assertNotEquals(erratum.jsonSays(), erratum.csvHolds());
        }
    }
}
