package id.go.pcm.samples.portal;

import id.go.pcm.FileCheck;
import id.go.pcm.InputSummary;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.go.pcm.samples.portal.PortalTestData.SENDER;
import static id.go.pcm.samples.portal.PortalTestData.SUBMISSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agency's submission uploaded to the portal (SPEC 10.2): a workbook not named like one of the
 * month's files is checked sheet by sheet, its rejects named {@code FILE.xlsx#SHEET}, as the library's
 * {@link FileCheck#checkSubmission} gives them, on the page in both languages and in the JSON answer.
 */
class CheckPortalSubmissionTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern REJECT_ROW = Pattern.compile(
            "<tr><td><code>(\\w+)</code></td><td class=\"num\">(\\d+)</td><td>.*?</td><td class=\"id\">(.*?)</td><td><code>(\\w+)</code></td><td>(.*?)</td></tr>");

    private static CheckPortal portal;
    private static URI uri;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        portal = CheckPortal.run(PortalTestData.portalArgs(), new PrintStream(out, true, StandardCharsets.UTF_8));
        Matcher url = Pattern.compile("listening on (http://\\S+/)").matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(url.find());
        uri = URI.create(url.group(1));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static HttpResponse<String> post(MultipartBody body, String query, boolean json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.resolve("check" + query)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> rejectTable(String page) {
        Matcher row = REJECT_ROW.matcher(page);
        List<String> shown = new ArrayList<>();
        while (row.find()) {
            shown.add(String.join(" | ", row.group(1), row.group(2), row.group(3), row.group(4), row.group(5)));
        }
        return shown;
    }

    private static List<String> expectedTable(List<Reject> rejects, boolean english) {
        return rejects.stream().map(r -> String.join(" | ", r.file().substring(r.file().indexOf('#') + 1), Long.toString(r.line()),
                r.recordId() == null ? "\u2014" : CheckPortalHttpTest.escape(r.recordId()), r.code().name(),
                CheckPortalHttpTest.escape(english ? r.messageEn() : r.messageId()))).toList();
    }

    @Test
    void aSubmissionIsCheckedSheetBySheetOnThePageInBothLanguages() throws Exception {
        byte[] workbook = PortalTestData.submission();
        List<InputSummary> sheets = new ArrayList<>();
        FileCheck.Result expected = PortalTestData.checkSubmissionDirectly(workbook, null, sheets);
        assertEquals(List.of(SUBMISSION + "#reports", SUBMISSION + "#dissemination"), sheets.stream().map(InputSummary::readFrom).toList());
        assertEquals(List.of(RejectCode.BAD_VALUE, RejectCode.UNKNOWN_NARRATIVE), expected.rejects().stream().map(Reject::code).toList(),
                "the test workbook's faults");

        HttpResponse<String> answer = post(new MultipartBody().field("sender", "").file("file", SUBMISSION, workbook), "", false);
        assertEquals(200, answer.statusCode(), answer.body());
        String page = answer.body();
        assertTrue(page.contains("Hasil pemeriksaan: " + SUBMISSION), page);
        assertTrue(page.contains("<code>" + SUBMISSION + "#reports</code>: 2 baris, 1 diterima, 1 ditolak"), page);
        assertTrue(page.contains("<code>" + SUBMISSION + "#dissemination</code>: 3 baris, 2 diterima, 1 ditolak"), page);
        assertTrue(page.contains("id=\"rows\">5<") && page.contains("id=\"rejected\">2<"), page);
        assertTrue(page.contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(workbook))), "the workbook's SHA-256");
        assertTrue(page.contains("<th scope=\"col\">Lembar</th>"), page);
        assertEquals(expectedTable(expected.rejects(), false), rejectTable(page));

        String english = post(new MultipartBody().file("file", SUBMISSION, workbook), "?lang=en", false).body();
        assertTrue(english.contains("<code>" + SUBMISSION + "#reports</code>: 2 rows, 1 accepted, 1 rejected"), english);
        assertTrue(english.contains("<th scope=\"col\">Sheet</th>"), english);
        assertEquals(expectedTable(expected.rejects(), true), rejectTable(english));
    }

    @Test
    void theJsonAnswerListsTheSheetsAndNamesEachRejectsSheetWithTheSendersRule() throws Exception {
        byte[] workbook = PortalTestData.submission();
        List<InputSummary> sheets = new ArrayList<>();
        FileCheck.Result expected = PortalTestData.checkSubmissionDirectly(workbook, SENDER, sheets);
        JsonNode json = JSON.readTree(post(new MultipartBody().field("sender", SENDER).file("file", SUBMISSION, workbook), "", true).body());
        assertEquals(SUBMISSION, json.get("file").asString());
        assertEquals(SENDER, json.get("sender").asString());
        assertEquals(sheets.stream().mapToLong(InputSummary::rows).sum(), json.get("rows").asLong());
        assertEquals(sheets.stream().mapToLong(InputSummary::rejected).sum(), json.get("rejected").asLong());
        for (int i = 0; i < sheets.size(); i++) {
            JsonNode sheet = json.get("sheets").get(i);
            assertEquals(sheets.get(i).readFrom(), sheet.get("file").asString());
            assertEquals(sheets.get(i).rows(), sheet.get("rows").asLong());
            assertEquals(sheets.get(i).accepted(), sheet.get("accepted").asLong());
            assertEquals(sheets.get(i).rejected(), sheet.get("rejected").asLong());
        }
        List<Reject> got = new ArrayList<>();
        for (JsonNode r : json.get("rejects")) {
            got.add(new Reject(r.get("file").asString(), r.get("line").asLong(), r.get("record_id").isNull() ? null : r.get("record_id").asString(),
                    RejectCode.valueOf(r.get("rule").asString()), r.get("column").isNull() ? null : r.get("column").asString(),
                    r.get("message_id").asString(), r.get("message_en").asString(), null));
        }
        assertEquals(expected.rejects(), got);

        // a file of the month keeps its answer's keys: no sheets, no file per reject
        JsonNode file = JSON.readTree(post(new MultipartBody().file("file", "media.csv", PortalTestData.hostileMedia()), "", true).body());
        assertTrue(file.get("sheets") == null && file.get("rejects").get(0).get("file") == null, file.toString());
    }

    @Test
    void aWorkbookThatIsNoWorkbookOrHasNeitherSheetIsRefusedWhole() throws Exception {
        HttpResponse<String> broken = post(new MultipartBody().file("file", SUBMISSION, "bukan".getBytes(StandardCharsets.UTF_8)), "?lang=en", true);
        assertEquals(422, broken.statusCode(), broken.body());
        assertEquals(SUBMISSION, JSON.readTree(broken.body()).get("file").asString());
    }

    @Test
    void theFormSaysSubmissionsAreTaken() throws Exception {
        String form = http.send(HttpRequest.newBuilder(uri.resolve("?lang=en")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(form.contains("Or an agency&#39;s own workbook, its submission"), form);
    }
}
