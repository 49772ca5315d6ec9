package id.go.pcm.samples.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The portal's edges: stalled uploads, {@code HEAD /}, a sender longer than any agency id, and what Tomcat
 * answers on its own ({@code OPTIONS *}, huge headers, a huge address).
 */
class CheckPortalEdgesTest {

    /** The test portal's read timeout: short, so that a stalled upload is ended quickly. */
    private static final int READ_TIMEOUT_SECONDS = 2;

    private static CheckPortal portal;
    private static URI uri;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(PortalTestData.portalArgs()));
        args.add("--read-timeout=" + READ_TIMEOUT_SECONDS);
        portal = CheckPortal.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        Matcher url = Pattern.compile("listening on (http://\\S+/)").matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(url.find());
        uri = URI.create(url.group(1));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** Headers and 3 kB of a file part, of a body that declares 100 kB, then nothing. */
    private static Socket stalledUpload() throws IOException {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        String boundary = MultipartBody.BOUNDARY;
        String head = "POST /check HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: 100000\r\n\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"reports.csv\"\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write("R1,JABAR,2024-09\n".repeat(3000 / 17).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    void stalledUploadsDoNotKeepTheFormWaitingAndAreClosedAfterTheReadTimeout() throws Exception {
        // four stalled uploads froze the portal for minutes: twice as many, and more than the old pool's threads
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                stalled.add(stalledUpload());
            }
            Thread.sleep(200); // every upload is in a handler, waiting for its body
            long start = System.nanoTime();
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(READ_TIMEOUT_SECONDS - 1)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, form.statusCode());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(1).toNanos(), "the form answers at once");

            for (Socket socket : stalled) {
                socket.setSoTimeout((READ_TIMEOUT_SECONDS + 3) * 1000);
                InputStream in = socket.getInputStream();
                try {
                    byte[] rest = in.readAllBytes(); // the server closes the connection: the read ends
                    assertTrue(rest.length == 0 || new String(rest, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 "),
                            "nothing, or an answer");
                } catch (SocketTimeoutException e) {
                    fail("a stalled upload is still open " + (READ_TIMEOUT_SECONDS + 3) + " s after it stalled");
                } catch (IOException reset) {
                    // closed with unread bytes: a reset is a close too
                }
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** Sends a raw request and reads the answer to its end (the requests below ask the server to close). */
    private static String raw(byte[] request) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String header(String answer, String name) {
        Matcher value = Pattern.compile("(?im)^" + name + ": ([^\r\n]*)").matcher(answer);
        return value.find() ? value.group(1) : null;
    }

    @Test
    void optionsStarIsAnsweredByTheServerAsHttpAsks() throws Exception {
        String answer = raw("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(header(answer, "Allow").contains("POST"), answer);
        assertEquals("0", header(answer, "Content-Length"), "Tomcat's own answer, with nothing to show");
    }

    @Test
    void hugeHeadersAndAHugeAddressAreRefusedByTheServerWithTheProtectiveHeaders() throws Exception {
        // Tomcat answers 400 to each (not 431 or 414), before the portal sees the request; its own page
        // holds no script and carries the portal's headers.
        List<byte[]> requests = List.of(
                ("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                ("GET /?" + "a".repeat(1024 * 1024) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                ("GET / HTTP/1.1\r\nHost: x\r\n" + "X-H: 1\r\n".repeat(300) + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] request : requests) {
            String answer = raw(request);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer.substring(0, Math.min(200, answer.length())));
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, header(answer, "Content-Security-Policy"), answer);
            assertEquals("nosniff", header(answer, "X-Content-Type-Options"), answer);
            assertFalse(answer.contains("<script"), answer);
        }
        assertEquals(200, http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "the portal goes on serving");
    }

    @Test
    void headOfTheFormAnswersAsGetDoesWithoutABody() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        for (String header : List.of("Content-Type", "Content-Security-Policy", "X-Content-Type-Options", "Cache-Control")) {
            assertEquals(get.headers().firstValue(header), head.headers().firstValue(header), header);
        }
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length), head.headers().firstValue("Content-Length").orElse(null));
    }

    @Test
    void otherMethodsOfTheFormAreRefusedNamingGetAndHead() throws Exception {
        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(uri).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElse(null));
    }

    @Test
    void aSenderLongerThanAnyAgencyIdIsRefusedAsSuchNotAsACutOffUpload() throws Exception {
        MultipartBody body = new MultipartBody().field("sender", "K".repeat(100_000))
                .file("file", "reports.csv", "report_id\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri.resolve("check?lang=en"))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("Sending agency id too long"), answer.body());
        assertTrue(answer.body().contains("The sender is longer than 200 bytes, while an agency id (agency_id) has at most 40 characters"),
                answer.body());
    }
}
