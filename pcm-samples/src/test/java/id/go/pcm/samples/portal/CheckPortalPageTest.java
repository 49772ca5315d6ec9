package id.go.pcm.samples.portal;

import id.go.pcm.Language;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's pieces: the sentences, the two languages' formats, JSON and content negotiation. */
class CheckPortalPageTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The portal's messages as Spring Boot sets them up for it ({@link CheckPortal#settings}). */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CheckPortalPageTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void aSentencesArgumentsAreFilledInOnceSoThatAnArgumentHoldingAPlaceholderStaysAsItIs() {
        String text = messages().getMessage("problem.WRONG_NAME", new Object[]{"{1}.csv", "agencies.csv"}, PageFormats.of(Language.EN).locale());
        assertEquals("\u201C{1}.csv\u201D is not one of the month's files. Name the file one of: agencies.csv (or the same name"
                + " ending .xlsx for an Excel workbook), or send an agency's submission as an Excel workbook (.xlsx).", text);
        assertEquals("Bukan unggahan formulir", messages().getMessage("problem.NOT_MULTIPART.title", null, PageFormats.of(Language.ID).locale()));
    }

    @Test
    void everySentenceHasBothLanguagesAndTheyDiffer() throws IOException {
        Properties english = bundle("messages.properties");
        Properties indonesian = bundle("messages_id.properties");
        assertEquals(english.keySet(), indonesian.keySet(), "the same keys in both languages");
        for (Problem problem : Problem.values()) {
            assertTrue(english.containsKey(problem.messageKey()) && english.containsKey(problem.messageKey() + ".title"), problem.name());
        }
        for (Object key : english.keySet()) {
            String en = messages().getMessage((String) key, null, PageFormats.of(Language.EN).locale());
            String id = messages().getMessage((String) key, null, PageFormats.of(Language.ID).locale());
            assertFalse(en.isBlank() || id.isBlank(), (String) key);
            assertNotEquals(en, id, (String) key);
            assertFalse(en.contains("''") || id.contains("''"), "an apostrophe written for MessageFormat: " + key);
        }
        assertTrue(messages().getMessage("submit", null, PageFormats.of(Language.ID).locale()).startsWith("Periksa"));
        assertTrue(messages().getMessage("submit", null, PageFormats.of(Language.EN).locale()).startsWith("Check"));
    }

    @Test
    void numbersMonthsAndTimesAreWrittenTheLanguagesWay() {
        assertEquals("12.500", PageFormats.of(Language.ID).number(12_500));
        assertEquals("12,500", PageFormats.of(Language.EN).number(12_500));
        assertEquals("Oktober 2024", PageFormats.of(Language.ID).month(YearMonth.of(2024, 10)));
        assertEquals("October 2024", PageFormats.of(Language.EN).month(YearMonth.of(2024, 10)));
        OffsetDateTime utc = OffsetDateTime.parse("2024-10-09T17:00:00Z");
        assertEquals("10 Oktober 2024 00.00 WIB", PageFormats.of(Language.ID).time(utc, java.time.ZoneId.of("Asia/Jakarta")));
        assertEquals("10 October 2024 00:00 WIB", PageFormats.of(Language.EN).time(utc, java.time.ZoneId.of("Asia/Jakarta")));
        // an office in WITA sees its own clock (SPEC 9.2)
        assertEquals("10 Oktober 2024 01.00 WITA", PageFormats.of(Language.ID).time(utc, java.time.ZoneId.of("Asia/Makassar")));
    }

    @Test
    void theLanguageIsEnglishOnlyWhenAskedFor() {
        assertEquals(Language.EN, PageFormats.ofQuery("lang=en").language());
        assertEquals(Language.EN, PageFormats.ofQuery("x=1&lang=EN").language());
        assertEquals(Language.ID, PageFormats.ofQuery("lang=fr").language());
        assertEquals(Language.ID, PageFormats.ofQuery(null).language());
        assertEquals(Language.ID, PageFormats.ofQuery("language=en").language());
        assertEquals(Language.ID, PageFormats.ofQuery("lang=%zz").language());
        assertEquals(Language.EN, PageFormats.ofQuery("x=%zz&lang=en").language());
        assertEquals(Language.EN, PageFormats.ofQuery("lang=+En+").language(), "as before: a code is read in any case, spaces around it ignored");
        assertEquals("", PageFormats.of(Language.ID).query());
        assertEquals("?lang=en", PageFormats.of(Language.EN).query());
    }

    @Test
    void jsonIsAnsweredWhenAskedForBeforeHtml() {
        assertTrue(PortalController.wantsJson("application/json"));
        assertTrue(PortalController.wantsJson("application/json, text/plain;q=0.5"));
        assertTrue(PortalController.wantsJson("text/html;q=0.5, application/json"));
        assertFalse(PortalController.wantsJson("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), "a browser");
        assertFalse(PortalController.wantsJson("text/html, application/json;q=0.9"));
        assertFalse(PortalController.wantsJson("application/json;q=0"));
        assertFalse(PortalController.wantsJson(null));
        assertFalse(PortalController.wantsJson("application/json;q=x, text/html"), "a broken header is a browser's");
    }

    @Test
    void jsonStringsSurviveAParserWhateverTheyHold() {
        List<String> strings = List.of("plain", "quote \" and backslash \\ and slash /", "line\nbreak\r\ttab",
                "\u0000\u0001\u001f control", "<script>alert(1)</script> & \u2028\u2029", "Bahasa: é ü 漢字 \uD83D\uDE00");
        for (String s : strings) {
            String quoted = AnswerJson.MAPPER.writeValueAsString(s);
            assertEquals(s, JSON.readTree(quoted).stringValue(), quoted);
            assertFalse(quoted.contains("<") || quoted.contains(">") || quoted.contains("&") || quoted.contains("\u2028")
                    || quoted.contains("\u2029"), quoted);
        }
        assertEquals("null", AnswerJson.MAPPER.writeValueAsString(null));
        // as the portal's hand-written JSON wrote them, so that an answer to the same upload is the same bytes
        assertEquals("\"\\u003cb\\u003e \\u0026 \\u001f\\u0008\\n\\u2028 \u00e9/\"",
                AnswerJson.MAPPER.writeValueAsString("<b> & \u001f\b\n\u2028 \u00e9/"));
    }

    @Test
    void aFailedUploadsJsonNamesItsProblemInBothLanguages() {
        String out = AnswerJson.MAPPER.writeValueAsString(AnswerJson.of(Outcome.Failed.of(Problem.TOO_LARGE, "50"), messages(), java.time.ZoneId.of("Asia/Jakarta")));
        var error = JSON.readTree(out).get("error");
        assertEquals(413, error.get("status").asInt());
        assertEquals("TOO_LARGE", error.get("code").asString());
        assertTrue(error.get("message_id").asString().contains("batas 50\u00A0MB"), error.toString());
        assertTrue(error.get("message_en").asString().contains("50\u00A0MB limit"), error.toString());
    }
}
