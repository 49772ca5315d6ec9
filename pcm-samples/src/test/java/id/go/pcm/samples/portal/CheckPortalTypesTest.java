package id.go.pcm.samples.portal;

import id.go.pcm.FileCheck;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static id.go.pcm.samples.portal.CheckPortalHttpTest.escape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal with types of body as data (SPEC 9.1): a reference month whose {@code types.csv} gives a
 * regency's units, checked with those types; an upload named {@code types.csv}, accepted or refused with
 * its line and column in both languages; a faulty reference {@code types.csv}, which stops the portal.
 */
class CheckPortalTypesTest {

    /** A regency's types: offices, districts with a code, villages under a district. */
    static final String TYPES = """
            type,name,name_en,parent_type,region_code
            DINAS,Dinas,Office,,
            KECAMATAN,Kecamatan,District,,NN.NN.NN
            DESA,Desa,Village,KECAMATAN,NN.NN.NN.NNNN
            """;
    /** The same with a parent type that names no row: refused at line 4, column parent_type. */
    static final String FAULTY_TYPES = TYPES.replace("DESA,Desa,Village,KECAMATAN", "DESA,Desa,Village,KELURAHAN");

    private static final String AGENCIES = """
            agency_id,name,type,parent_id,region_code,active_from,active_until
            DISKOMINFO,"Dinas Komunikasi, Informatika, Statistik dan Persandian",DINAS,,,,
            KEC-SANGATTA-UTARA,Kecamatan Sangatta Utara,KECAMATAN,,64.08.04,,
            DESA-SANGATTA-UTARA,Desa Sangatta Utara,DESA,KEC-SANGATTA-UTARA,64.08.04.2001,,
            DESA-MUARA-BENGALON,Desa Muara Bengalon,DESA,KEC-SANGATTA-UTARA,64.08.09.2008,,
            """;
    private static final String NARRATIVES = """
            narrative_id,title,program,issued_at,priority,due_hours,targets
            N1,Gerakan Etam Mengaji,etam-mengaji,2024-09-02T09:00:00+07:00,TINGGI,,DINAS|KECAMATAN|desa
            """;
    private static final byte[] REPORTS = """
            report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda
            R1,DISKOMINFO,2024-09,2024-10-03T10:00:00+07:00,2,5,ya,ya
            R2,KEC-SANGATTA-UTARA,2024-09,2024-10-06T10:00:00+07:00,1,3,ya,tidak
            R3,DESA-SANGATTA-UTARA,2024-09,2024-10-02T10:00:00+07:00,0,1,ya,ya
            R4,DESA-MUARA-BENGALON,2024-09,2024-10-02T10:00:00+07:00,1,1,ya,ya
            """.getBytes(StandardCharsets.UTF_8);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;
    private static Path reference;
    private static CheckPortal portal;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        reference = Files.createDirectories(dir.resolve("regional"));
        Files.writeString(reference.resolve("types.csv"), TYPES);
        Files.writeString(reference.resolve("agencies.csv"), AGENCIES);
        Files.writeString(reference.resolve("narratives.csv"), NARRATIVES);
        portal = CheckPortal.run(args(reference), new PrintStream(OutputStream.nullOutputStream()));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    private static String[] args(Path folder) {
        return new String[]{"--period=2024-09", "--reference=" + folder, "--port=0", "--as-of=" + PortalTestData.AS_OF};
    }

    private static HttpResponse<String> post(MultipartBody body, String query, boolean json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.uri() + "check" + query)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> rejects(JsonNode answer) {
        List<String> rejects = new ArrayList<>();
        answer.get("rejects").forEach(r -> rejects.add(r.get("line").asLong() + " " + r.get("rule").asString() + " "
                + r.get("column").asString() + " " + r.get("message_en").asString()));
        return rejects;
    }

    private static List<String> rejects(FileCheck.Result result) {
        return result.rejects().stream().map(r -> r.line() + " " + r.code().name() + " " + r.column() + " " + r.messageEn()).toList();
    }

    private static FileCheck directCheck(AgencyTypes types) {
        return Monev.of(PortalTestData.PERIOD, OffsetDateTime.parse(PortalTestData.AS_OF)).withTypes(types)
                .checkAgainst(reference.resolve("agencies.csv"), reference.resolve("narratives.csv"));
    }

    @Test
    void aFileIsCheckedWithTheTypesOfTheReferenceMonth() throws Exception {
        HttpResponse<String> answer = post(new MultipartBody().file("file", "reports.csv", REPORTS), "", true);
        assertEquals(200, answer.statusCode(), answer.body());
        FileCheck.Result expected = directCheck(AgencyTypes.read(reference.resolve("types.csv")))
                .check(MonthFile.REPORTS, new ByteArrayInputStream(REPORTS), null);
        assertEquals(rejects(expected), rejects(JSON.readTree(answer.body())));
        assertEquals(1, expected.rejects().size(), "only the report of the desa outside its kecamatan: " + expected.rejects());
        FileCheck.Result national = directCheck(AgencyTypes.national()).check(MonthFile.REPORTS, new ByteArrayInputStream(REPORTS), null);
        assertNotEquals(rejects(national), rejects(expected), "the types make the difference");

        String form = http.send(HttpRequest.newBuilder(portal.uri()).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(form.contains("<option value=\"DESA-SANGATTA-UTARA\">Desa Sangatta Utara</option>"),
                "the regional units are the senders to pick from");
        assertTrue(form.contains("media.csv, types.csv. "), "the form names types.csv among the files it takes");
    }

    @Test
    void anUploadedTypesCsvIsAcceptedWhole() throws Exception {
        HttpResponse<String> answer = post(new MultipartBody().file("file", "types.csv", TYPES.getBytes(StandardCharsets.UTF_8)), "", true);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode json = JSON.readTree(answer.body());
        assertEquals("types.csv", json.get("file").asString());
        assertEquals(3, json.get("rows").asLong());
        assertEquals(3, json.get("accepted").asLong());
        assertEquals(0, json.get("rejected").asLong());

        HttpResponse<String> page = post(new MultipartBody().file("file", "types.csv", TYPES.getBytes(StandardCharsets.UTF_8)), "", false);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Semua baris diterima: berkas siap dikirim."), page.body());
    }

    @Test
    void anUploadedFaultyTypesCsvIsRefusedWithItsLineAndColumnInBothLanguages() throws Exception {
        byte[] csv = FAULTY_TYPES.getBytes(StandardCharsets.UTF_8);
        UnusableFileException refusal = assertThrows(UnusableFileException.class,
                () -> directCheck(AgencyTypes.national()).checkTypes(new ByteArrayInputStream(csv)));
        assertTrue(refusal.getMessage().startsWith("types.csv line 4, column parent_type: \"KELURAHAN\""), refusal.getMessage());

        HttpResponse<String> id = post(new MultipartBody().file("file", "types.csv", csv), "", false);
        assertEquals(422, id.statusCode());
        assertTrue(id.body().contains(escape(refusal.messageId())), id.body());
        assertTrue(refusal.messageId().startsWith("types.csv baris 4, kolom parent_type: "), refusal.messageId());
        HttpResponse<String> en = post(new MultipartBody().file("file", "types.csv", csv), "?lang=en", false);
        assertEquals(422, en.statusCode());
        assertTrue(en.body().contains(escape(refusal.getMessage())), en.body());
        JsonNode json = JSON.readTree(post(new MultipartBody().file("file", "types.csv", csv), "", true).body());
        assertEquals(4, json.get("refused").get("line").asLong());
        assertEquals(refusal.messageId(), json.get("refused").get("message_id").asString());
        assertEquals(refusal.getMessage(), json.get("refused").get("message_en").asString());
    }

    @Test
    void aFaultyReferenceTypesCsvStopsThePortalNamingItsLineAndColumn() throws IOException {
        Path faulty = Files.createDirectories(dir.resolve("faulty"));
        Files.writeString(faulty.resolve("types.csv"), FAULTY_TYPES);
        Files.writeString(faulty.resolve("agencies.csv"), AGENCIES);
        Files.writeString(faulty.resolve("narratives.csv"), NARRATIVES);
        UnusableFileException refusal = assertThrows(UnusableFileException.class,
                () -> CheckPortal.run(args(faulty), new PrintStream(OutputStream.nullOutputStream())).close());
        assertTrue(refusal.getMessage().startsWith("types.csv line 4, column parent_type: "), refusal.getMessage());
    }
}
