package id.go.pcm.samples.portal;

import id.go.pcm.FileCheck;
import id.go.pcm.MonthFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Multipart bodies as browsers and other clients send them, read by the portal (Commons FileUpload's
 * streaming reader): parts exactly as sent, and what is not form data refused as a broken upload.
 */
class CheckPortalMultipartTest {

    private static final String B = MultipartBody.BOUNDARY;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static CheckPortal portal;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        portal = CheckPortal.run(PortalTestData.portalArgs(), new PrintStream(OutputStream.nullOutputStream()));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        URI check = portal.uri().resolve("check");
        return http.send(HttpRequest.newBuilder(check).header("Content-Type", "multipart/form-data; boundary=" + B)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileHoldingWhatLooksAlmostLikeABoundaryIsCheckedByteForByte() throws Exception {
        // Near misses of the delimiter, CRs and LFs, in a file larger than any reader's buffer: the
        // check's SHA-256 of what it read is the file's own.
        StringBuilder text = new StringBuilder("item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url\n");
        Random random = new Random(11);
        String[] pieces = {"\r", "\n", "\r\n", "\r\n-", "\r\n--", "\r\n--" + B.substring(0, B.length() - 1), "x--" + B,
                "\r\r\n--" + B.substring(0, 10), "a", "bcd", "é", "\r\n\r\n"};
        while (text.length() < 200_000) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        assertFalse(text.toString().contains("\r\n--" + B), "a part never holds a whole delimiter (RFC 2046)");
        String expected = PortalTestData.checkDirectly(MonthFile.MEDIA, content, null).summary().sha256();
        HttpResponse<String> answer = post(new MultipartBody().field("lang", "en").file("file", "media.csv", content)
                .field("after", "x").bytes());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(expected, JSON.readTree(answer.body()).get("sha256").asString());
    }

    @Test
    void thePreambleTheEpilogueAndTransportPaddingAreIgnored() throws Exception {
        byte[] csv = Files.readAllBytes(PortalTestData.REFERENCE.resolve("reports.csv"));
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.REPORTS, csv, null);
        byte[] body = new MultipartBody().raw("This is the preamble.\r\n").field("a", "1")
                .file("file", "reports.csv", csv).raw("--" + B + "--  \t\r\nepilogue --" + B + "\r\n").cutOff();
        HttpResponse<String> answer = post(body);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode json = JSON.readTree(answer.body());
        assertEquals(expected.summary().rows(), json.get("rows").asLong());
        assertEquals(expected.summary().sha256(), json.get("sha256").asString());
    }

    @Test
    void fileNamesAreTakenAsBrowsersWriteThem() throws Exception {
        byte[] csv = Files.readAllBytes(PortalTestData.REFERENCE.resolve("reports.csv"));
        HttpResponse<String> answer = post(new MultipartBody().file("file", "C:\\Data\\reports.csv", csv).bytes());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("reports.csv", JSON.readTree(answer.body()).get("file").asString());
        assertEquals("a;b.csv", UploadCheck.baseName("C:\\Data\\a;b.csv"));
        assertEquals("reports.csv", UploadCheck.baseName("/home/clerk/reports.csv"));
        assertEquals("reports.csv", UploadCheck.baseName("reports.csv"));
    }

    @Test
    void whatIsNotWholeFormDataIsRefused() throws Exception {
        String csv = "\r\n\r\nreport_id\r\n";
        String file = "--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"reports.csv\"";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put(file + "\r\nX-Long: " + "x".repeat(9000) + csv + "--" + B + "--\r\n", "BAD_UPLOAD"); // part headers over 8 KB
        bodies.put(file + csv, "BAD_UPLOAD"); // no closing boundary
        // a part that is no form field is skipped, as is a body with no boundary: no file is left
        bodies.put("--" + B + "\r\nContent-Type: text/plain" + csv + "--" + B + "--\r\n", "NO_FILE");
        bodies.put("no boundary at all", "NO_FILE");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            HttpResponse<String> answer = post(body.getKey().getBytes(StandardCharsets.UTF_8));
            String what = body.getKey().substring(0, Math.min(120, body.getKey().length()));
            assertEquals(400, answer.statusCode(), what);
            assertEquals(body.getValue(), JSON.readTree(answer.body()).get("error").get("code").asString(), what);
        }
        MultipartBody many = new MultipartBody();
        for (int i = 0; i <= UploadCheck.PARTS_MAX; i++) {
            many.field("f" + i, "v");
        }
        assertEquals("BAD_UPLOAD", JSON.readTree(post(many.bytes()).body()).get("error").get("code").asString(),
                "more parts than any form of the portal has");
    }
}
