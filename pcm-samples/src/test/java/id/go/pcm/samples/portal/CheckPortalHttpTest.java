package id.go.pcm.samples.portal;

import id.go.pcm.FileCheck;
import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.unbescape.html.HtmlEscape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.go.pcm.samples.portal.PortalTestData.IMG;
import static id.go.pcm.samples.portal.PortalTestData.LIMIT_BYTES;
import static id.go.pcm.samples.portal.PortalTestData.SCRIPT;
import static id.go.pcm.samples.portal.PortalTestData.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal over real HTTP, with the JDK's client and multipart bodies built byte by byte: every
 * answer is compared with {@link FileCheck} run directly on the same bytes.
 */
class CheckPortalHttpTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern REJECT_ROW = Pattern.compile(
            "<tr><td class=\"num\">(\\d+)</td><td>(.*?)</td><td class=\"id\">(.*?)</td><td><code>(\\w+)</code></td><td>(.*?)</td></tr>");

    private static CheckPortal portal;
    private static URI uri;
    private static String startLines;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        portal = CheckPortal.run(PortalTestData.portalArgs(), new PrintStream(out, true, StandardCharsets.UTF_8));
        startLines = out.toString(StandardCharsets.UTF_8);
        Matcher url = Pattern.compile("listening on (http://\\S+/)").matcher(startLines);
        assertTrue(url.find(), startLines);
        uri = URI.create(url.group(1));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static HttpResponse<String> post(MultipartBody body, String query, boolean json) throws IOException, InterruptedException {
        return post(body.contentType(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()), query, json);
    }

    private static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body, String query, boolean json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.resolve("check" + query)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(body);
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Thymeleaf's escape of th:text: {@code & < > " '} as character references. */
    static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }

    static void assertProtected(HttpResponse<String> response, String contentType) {
        // Tomcat writes "text/html;charset=UTF-8": the same type and charset, spelt its way
        MediaType expected = MediaType.parseMediaType(contentType);
        MediaType got = MediaType.parseMediaType(response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(expected.equalsTypeAndSubtype(got) && expected.getCharset().equals(got.getCharset()), got.toString());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
    }

    /** Every row of the page's rejects table is the check's reject, in the same order, its text escaped. */
    private static void assertRejectTable(String page, List<Reject> expected, boolean english) {
        Matcher row = REJECT_ROW.matcher(page);
        List<String> shown = new ArrayList<>();
        while (row.find()) {
            shown.add(String.join(" | ", row.group(1), row.group(2), row.group(3), row.group(4), row.group(5)));
        }
        List<String> wanted = expected.stream().map(r -> String.join(" | ", Long.toString(r.line()),
                r.column() == null ? "\u2014" : "<code>" + escape(r.column()) + "</code>",
                r.recordId() == null ? "\u2014" : escape(r.recordId()), r.code().name(),
                escape(english ? r.messageEn() : r.messageId()))).toList();
        assertEquals(wanted, shown);
    }

    private static String shown(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(page);
        assertTrue(m.find(), id + " in " + page);
        return m.group(1);
    }

    @Test
    void theProgramSaysWhereItListensOnTheFreePortItPicked() {
        assertTrue(uri.getPort() > 0, startLines);
        assertEquals("127.0.0.1", uri.getHost(), "loopback unless told otherwise");
        assertEquals(portal.uri(), uri);
        assertTrue(startLines.contains("uploads up to 1 MB"), startLines);
    }

    @Test
    void theFormListsEveryAcceptedAgencyAndAsksForTheSenderBeforeTheFile() throws Exception {
        HttpResponse<String> form = get("/");
        assertEquals(200, form.statusCode());
        assertProtected(form, "text/html; charset=utf-8");
        String page = form.body();
        MonthEvaluation month = Monev.of(PortalTestData.PERIOD, OffsetDateTime.parse(PortalTestData.AS_OF)).start();
        month.read(MonthFile.AGENCIES, PortalTestData.REFERENCE.resolve("agencies.csv"), r -> { });
        int accepted = month.agencies().size();
        assertTrue(accepted > 500);
        assertEquals(accepted, page.split("<option value=", -1).length - 1);
        assertTrue(page.contains("<option value=\"KOTA-32.73\">"), "Bandung can be picked");
        assertTrue(page.contains("enctype=\"multipart/form-data\"") && page.contains("action=\"check\""), page);
        assertTrue(page.indexOf("name=\"sender\"") < page.indexOf("name=\"file\""), "the sender is sent first");
        assertTrue(page.contains("<html lang=\"id\">") && page.contains("Periksa berkas sebelum dikirim"));
        assertTrue(page.contains("10 Oktober 2024 00.00 WIB"), "the fixed as-of is shown");
        assertFalse(page.contains("<script"), "the page has no script");
    }

    @Test
    void theFormIsInEnglishWithLangEnAndPostsInEnglish() throws Exception {
        String page = get("/?lang=en").body();
        assertTrue(page.contains("<html lang=\"en\">") && page.contains("Check a file before sending it"), page);
        assertTrue(page.contains("action=\"check?lang=en\""), page);
    }

    @Test
    void aFaultyFileShowsItsRowsAndEveryRejectAsTheCheckGivesThem() throws Exception {
        byte[] csv = PortalTestData.faultyDissemination();
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.DISSEMINATION, csv, null);
        HttpResponse<String> answer = post(new MultipartBody().field("sender", "").file("file", "dissemination.csv", csv), "", false);
        assertEquals(200, answer.statusCode());
        assertProtected(answer, "text/html; charset=utf-8");
        String page = answer.body();
        assertEquals(Long.toString(expected.summary().rows()), shown(page, "rows"));
        assertEquals(Long.toString(expected.summary().accepted()), shown(page, "accepted"));
        assertEquals(Long.toString(expected.summary().rejected()), shown(page, "rejected"));
        assertEquals("catatan", shown(page, "unknown-columns"));
        assertEquals(List.of(RejectCode.UNKNOWN_NARRATIVE, RejectCode.BAD_VALUE, RejectCode.DUPLICATE_ID, RejectCode.FUTURE,
                RejectCode.MALFORMED_ROW, RejectCode.MISSING_VALUE, RejectCode.UNKNOWN_AGENCY),
                expected.rejects().stream().map(Reject::code).toList(), "the test file's faults");
        assertRejectTable(page, expected.rejects(), false);
        assertTrue(page.contains(expected.summary().sha256()));
    }

    @Test
    void theJsonAnswerHoldsTheSummaryAndEveryRejectWithTheSendersOtherAgencyRows() throws Exception {
        byte[] csv = PortalTestData.faultyDissemination();
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.DISSEMINATION, csv, SENDER);
        assertEquals(2, expected.rejects().stream().filter(r -> r.code() == RejectCode.OTHER_AGENCY).count(),
                "the sample's rows of other provinces");
        HttpResponse<String> answer = post(new MultipartBody().field("sender", SENDER).file("file", "dissemination.csv", csv), "", true);
        assertEquals(200, answer.statusCode());
        assertProtected(answer, "application/json; charset=utf-8");
        JsonNode json = JSON.readTree(answer.body());
        assertEquals("dissemination.csv", json.get("file").asString());
        assertEquals(expected.summary().sha256(), json.get("sha256").asString());
        assertEquals("2024-09", json.get("period").asString());
        assertEquals("2024-10-10T00:00:00+07:00", json.get("as_of").asString());
        assertEquals(SENDER, json.get("sender").asString());
        assertEquals(expected.summary().rows(), json.get("rows").asLong());
        assertEquals(expected.summary().accepted(), json.get("accepted").asLong());
        assertEquals(expected.summary().rejected(), json.get("rejected").asLong());
        assertEquals("catatan", json.get("unknown_columns").get(0).asString());
        assertEquals(0, json.get("rejects_omitted").asLong());
        List<Reject> got = new ArrayList<>();
        for (JsonNode r : json.get("rejects")) {
            got.add(new Reject("dissemination.csv", r.get("line").asLong(), r.get("record_id").isNull() ? null : r.get("record_id").asString(),
                    RejectCode.valueOf(r.get("rule").asString()), r.get("column").isNull() ? null : r.get("column").asString(),
                    r.get("message_id").asString(), r.get("message_en").asString(), null));
        }
        assertEquals(expected.rejects(), got);
    }

    @Test
    void withASenderThePageNamesItAndShowsTheRowsOfOtherAgenciesInEnglishWhenAsked() throws Exception {
        byte[] csv = PortalTestData.faultyDissemination();
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.DISSEMINATION, csv, SENDER);
        String page = post(new MultipartBody().field("sender", SENDER).file("file", "dissemination.csv", csv), "?lang=en", false).body();
        assertTrue(page.contains("<html lang=\"en\">") && page.contains("Check result: dissemination.csv"), page);
        assertEquals(SENDER, shown(page, "sender-shown"));
        assertTrue(page.contains("(Pemerintah Provinsi Sumatera Utara)"), page);
        assertRejectTable(page, expected.rejects(), true);
        assertTrue(page.contains("<code>OTHER_AGENCY</code>"));
    }

    @Test
    void valuesHoldingMarkupAreShownAsTextAndStayIntactInJson() throws Exception {
        byte[] csv = PortalTestData.hostileMedia();
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.MEDIA, csv, null);
        assertEquals(3, expected.rejects().size());
        String page = post(new MultipartBody().file("file", "media.csv", csv), "", false).body();
        assertFalse(page.contains(SCRIPT), "no raw script element");
        assertFalse(page.contains("<img"), "no raw image element");
        assertFalse(page.contains(IMG), "no attribute left open");
        assertTrue(page.contains(escape(SCRIPT)) && page.contains(escape(IMG)), page);
        assertRejectTable(page, expected.rejects(), false);

        JsonNode json = JSON.readTree(post(new MultipartBody().file("file", "media.csv", csv), "", true).body());
        assertEquals(SCRIPT, json.get("rejects").get(0).get("record_id").asString());
        assertEquals(IMG, json.get("rejects").get(2).get("record_id").asString());
    }

    @Test
    void aFileNamedNoneOfTheFiveIsRefusedNamingItEscaped() throws Exception {
        String name = "<img src=x onerror=alert(1)>.csv";
        HttpResponse<String> answer = post(new MultipartBody().file("file", name, "a\n".getBytes(StandardCharsets.UTF_8)), "", false);
        assertEquals(400, answer.statusCode());
        assertProtected(answer, "text/html; charset=utf-8");
        assertFalse(answer.body().contains("<img"));
        assertTrue(answer.body().contains("\u201C" + escape(name) + "\u201D bukan salah satu berkas bulanan"), answer.body());
        JsonNode json = JSON.readTree(post(new MultipartBody().file("file", "laporan.csv", new byte[0]), "", true).body());
        assertEquals("WRONG_NAME", json.get("error").get("code").asString());
        assertTrue(json.get("error").get("message_en").asString().contains("laporan.csv"), json.toString());
    }

    /** Names are compared ignoring case (SPEC 10.1's decision): the upload is checked as that file and named as uploaded. */
    @Test
    void anUploadIsCheckedAsTheFileItsNameIsWhateverItsCaseAndNamedAsUploaded() throws Exception {
        byte[] csv = Files.readAllBytes(PortalTestData.REFERENCE.resolve("reports.csv"));
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.REPORTS, csv, null);
        JsonNode json = JSON.readTree(post(new MultipartBody().file("file", "Reports.CSV", csv), "", true).body());
        assertEquals("Reports.CSV", json.get("file").asString());
        assertEquals(expected.summary().rows(), json.get("rows").asLong());
        assertEquals(expected.summary().rejected(), json.get("rejected").asLong());
        assertTrue(post(new MultipartBody().file("file", "Reports.CSV", csv), "", false).body().contains("Reports.CSV"));
    }

    @Test
    void anUploadOfAMonthFileInAFormPcmDoesNotReadIsRefusedSayingHowToSaveIt() throws Exception {
        byte[] bytes = "not read".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> id = post(new MultipartBody().file("file", "dissemination.xls", bytes), "", false);
        assertEquals(422, id.statusCode());
        assertTrue(id.body().contains("dissemination.xls adalah buku kerja Excel 97-2003 lama (.xls)"), id.body());
        JsonNode json = JSON.readTree(post(new MultipartBody().file("file", "dissemination.ods", bytes), "?lang=en", true).body());
        assertTrue(json.get("refused").get("message_en").asString().startsWith("dissemination.ods is an OpenDocument spreadsheet"),
                json.toString());
    }

    @Test
    void theFormSaysWorkbooksAreTaken() throws Exception {
        String form = get("/?lang=en").body();
        assertTrue(form.contains("Each may be CSV UTF-8 or an Excel workbook of the same name ending .xlsx"), form);
        assertTrue(form.contains("accept=\".csv,.xlsx,"), form);
    }

    @Test
    void anUploadWithoutAFileAsksForOne() throws Exception {
        HttpResponse<String> noPart = post(new MultipartBody().field("sender", SENDER), "", false);
        assertEquals(400, noPart.statusCode());
        assertTrue(noPart.body().contains("Pilih berkas yang akan diperiksa."), noPart.body());
        HttpResponse<String> noneChosen = post(new MultipartBody().file("file", "", new byte[0]), "", true);
        assertEquals(400, noneChosen.statusCode());
        assertEquals("NO_FILE", JSON.readTree(noneChosen.body()).get("error").get("code").asString());
    }

    @Test
    void aSenderThatIsNotAnAcceptedAgencyIsRefusedNamingItEscaped() throws Exception {
        byte[] csv = Files.readAllBytes(PortalTestData.REFERENCE.resolve("reports.csv"));
        HttpResponse<String> answer = post(new MultipartBody().field("sender", SCRIPT).file("file", "reports.csv", csv), "", false);
        assertEquals(400, answer.statusCode());
        assertFalse(answer.body().contains(SCRIPT));
        assertTrue(answer.body().contains("\u201C" + escape(SCRIPT) + "\u201D bukan instansi yang diterima"), answer.body());
        JsonNode json = JSON.readTree(post(new MultipartBody().field("sender", "KOTA-99.99").file("file", "reports.csv", csv), "", true).body());
        assertEquals("UNKNOWN_SENDER", json.get("error").get("code").asString());
        assertEquals(400, json.get("error").get("status").asInt());
    }

    @Test
    void theSenderAfterTheFileAndASecondFileAreRefused() throws Exception {
        byte[] csv = Files.readAllBytes(PortalTestData.REFERENCE.resolve("reports.csv"));
        HttpResponse<String> late = post(new MultipartBody().file("file", "reports.csv", csv).field("sender", SENDER), "", true);
        assertEquals(400, late.statusCode());
        assertEquals("SENDER_AFTER_FILE", JSON.readTree(late.body()).get("error").get("code").asString());
        HttpResponse<String> two = post(new MultipartBody().file("file", "reports.csv", csv).file("file", "media.csv", csv), "", true);
        assertEquals(400, two.statusCode());
        assertEquals("TWO_FILES", JSON.readTree(two.body()).get("error").get("code").asString());
    }

    @Test
    void anUnusableFileGetsItsOneRefusalInThePagesLanguage() throws Exception {
        byte[] csv = "item_id,published_at,outlet\nMI-1,2024-09-10T06:07:21+07:00,Kompas\n".getBytes(StandardCharsets.UTF_8);
        UnusableFileException refusal = null;
        try {
            PortalTestData.checkDirectly(MonthFile.MEDIA, csv, null);
        } catch (UnusableFileException e) {
            refusal = e;
        }
        assertTrue(refusal != null && refusal.getMessage().contains("media_type"), "the test file lacks columns");
        HttpResponse<String> id = post(new MultipartBody().file("file", "media.csv", csv), "", false);
        assertEquals(422, id.statusCode());
        assertTrue(id.body().contains(escape(refusal.messageId())), id.body());
        HttpResponse<String> en = post(new MultipartBody().file("file", "media.csv", csv), "?lang=en", false);
        assertTrue(en.body().contains(escape(refusal.getMessage())), en.body());
        JsonNode json = JSON.readTree(post(new MultipartBody().file("file", "media.csv", csv), "", true).body());
        assertEquals(refusal.messageId(), json.get("refused").get("message_id").asString());
        assertEquals(refusal.getMessage(), json.get("refused").get("message_en").asString());

        byte[] latin1 = "item_id,outlet\nMI-1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> notUtf8 = post(new MultipartBody().file("file", "media.csv", latin1), "?lang=en", false);
        assertEquals(422, notUtf8.statusCode());
        assertTrue(notUtf8.body().contains("media.csv is not UTF-8 (first bad byte on line 2)"), notUtf8.body());
    }

    @Test
    void whatIsNotAFormUploadOrNotAPageIsRefused() throws Exception {
        HttpResponse<String> form = post("application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("file=reports.csv"), "", false);
        assertEquals(415, form.statusCode());
        HttpResponse<String> getCheck = get("/check");
        assertEquals(405, getCheck.statusCode());
        assertEquals("POST", getCheck.headers().firstValue("Allow").orElse(null));
        assertEquals(404, get("/admin").statusCode());
        assertEquals(404, get("/checks").statusCode());
    }

    @Test
    void anUploadCutOffBeforeItsEndIsABrokenUpload() throws Exception {
        MultipartBody body = new MultipartBody().file("file", "reports.csv", Files.readAllBytes(PortalTestData.REFERENCE.resolve("reports.csv")));
        HttpResponse<String> answer = post(body.contentType(), HttpRequest.BodyPublishers.ofByteArray(body.cutOff()), "", true);
        assertEquals(400, answer.statusCode());
        assertEquals("BAD_UPLOAD", JSON.readTree(answer.body()).get("error").get("code").asString());
    }

    @Test
    void anUploadOverTheLimitGets413AndTheLimitPage() throws Exception {
        MultipartBody body = new MultipartBody().file("file", "media.csv", PortalTestData.mediaOfSize((int) (2 * LIMIT_BYTES)));
        HttpResponse<String> answer = post(body, "", false);
        assertEquals(413, answer.statusCode());
        assertProtected(answer, "text/html; charset=utf-8");
        assertTrue(answer.body().contains("<h1 id=\"problem\">Berkas terlalu besar</h1>"), answer.body());
        assertTrue(answer.body().contains("batas 1\u00A0MB"), answer.body());
        HttpResponse<String> json = post(body, "", true);
        assertEquals(413, json.statusCode());
        assertEquals("TOO_LARGE", JSON.readTree(json.body()).get("error").get("code").asString());
        assertEquals(200, get("/").statusCode(), "the portal goes on serving");
    }

    @Test
    void anUploadWithoutADeclaredLengthIsStoppedAtTheLimitWhileItStreams() throws Exception {
        MultipartBody body = new MultipartBody().file("file", "media.csv", PortalTestData.mediaAllRejected(60_000));
        byte[] bytes = body.bytes();
        assertTrue(bytes.length > 3 * LIMIT_BYTES);
        // ofInputStream has no length: the client sends it chunked.
        HttpResponse<String> answer = post(body.contentType(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
                "?lang=en", false);
        assertEquals(413, answer.statusCode());
        assertTrue(answer.body().contains("The upload is larger than the 1\u00A0MB limit"), answer.body());
    }

    @Test
    void anUploadOfExactlyTheLimitIsCheckedAndOneByteMoreIsNot() throws Exception {
        int overhead = new MultipartBody().file("file", "media.csv", new byte[0]).bytes().length;
        byte[] csv = PortalTestData.mediaOfSize((int) LIMIT_BYTES - overhead);
        MultipartBody exact = new MultipartBody().file("file", "media.csv", csv);
        assertEquals(LIMIT_BYTES, exact.bytes().length);
        HttpResponse<String> atLimit = post(exact, "", true);
        assertEquals(200, atLimit.statusCode(), atLimit.body());
        assertEquals(1, JSON.readTree(atLimit.body()).get("rows").asLong());

        byte[] oneMore = new MultipartBody().file("file", "media.csv", PortalTestData.mediaOfSize(csv.length + 1)).bytes();
        assertEquals(413, post(exact.contentType(), HttpRequest.BodyPublishers.ofByteArray(oneMore), "", true).statusCode());
        assertEquals(413, post(exact.contentType(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oneMore)),
                "", true).statusCode(), "counted while streaming too");
    }

    @Test
    void aHugeFaultyFileListsTheFirstThousandRejectsOnThePageAndAllInJson() throws Exception {
        byte[] csv = PortalTestData.mediaAllRejected(1_500);
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.MEDIA, csv, null);
        String page = post(new MultipartBody().file("file", "media.csv", csv), "", false).body();
        assertEquals("1.500", shown(page, "rejected"));
        assertRejectTable(page, expected.rejects().subList(0, UploadCheck.PAGE_REJECTS), false);
        assertTrue(page.contains("Ditampilkan 1.000 baris pertama dari 1.500 baris yang ditolak; 500 lainnya tidak ditampilkan."), page);
        JsonNode json = JSON.readTree(post(new MultipartBody().file("file", "media.csv", csv), "", true).body());
        assertEquals(1_500, json.get("rejects").size());
        assertEquals(0, json.get("rejects_omitted").asLong());
        assertEquals(expected.rejects().get(1_499).messageEn(), json.get("rejects").get(1_499).get("message_en").asString());
    }

    @Test
    void agenciesCsvIsCheckedOnItsOwnRules() throws Exception {
        byte[] csv = Files.readAllBytes(PortalTestData.REFERENCE.resolve("agencies.csv"));
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.AGENCIES, csv, null);
        JsonNode json = JSON.readTree(post(new MultipartBody().file("file", "agencies.csv", csv), "", true).body());
        assertEquals(expected.summary().rows(), json.get("rows").asLong());
        assertEquals(expected.summary().rejected(), json.get("rejected").asLong());
    }

    @Test
    void checksMadeAtTheSameTimeEachGiveTheirOwnFilesRejects() throws Exception {
        byte[] faulty = PortalTestData.faultyDissemination();
        byte[] hostile = PortalTestData.hostileMedia();
        long faultyRejects = PortalTestData.checkDirectly(MonthFile.DISSEMINATION, faulty, SENDER).summary().rejected();
        long hostileRejects = PortalTestData.checkDirectly(MonthFile.MEDIA, hostile, null).summary().rejected();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                MultipartBody body = i % 2 == 0 ? new MultipartBody().field("sender", SENDER).file("file", "dissemination.csv", faulty)
                        : new MultipartBody().file("file", "media.csv", hostile);
                answers.add(clients.submit(() -> JSON.readTree(post(body, "", true).body())));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(i % 2 == 0 ? faultyRejects : hostileRejects, answers.get(i).get().get("rejected").asLong(), "answer " + i);
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
