package id.go.pcm.samples.portal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's pieces: the one escape, the sentences, the two languages' formats, JSON and content negotiation. */
class CheckPortalPageTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void theEscapeTurnsEveryCharacterThatCouldOpenMarkupOrLeaveAnAttributeIntoAReference() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", Html.escape("\"><img src=x onerror=alert(1)>"));
        assertEquals("&#39; onmouseover=&#39;x", Html.escape("' onmouseover='x"));
        assertEquals("a &amp;amp; b", Html.escape("a &amp; b"));
        assertEquals("Kota Bandung é 12.500", Html.escape("Kota Bandung é 12.500"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void anElementsTextIsEscapedAndItsMarkupIsNot() {
        assertEquals("<td class=\"id\">&lt;b&gt;</td>", new Html().element("<td class=\"id\">", "<b>").toString());
    }

    @Test
    void aSentencesArgumentsAreFilledInOnceSoThatAnArgumentHoldingAPlaceholderStaysAsItIs() {
        String text = Text.WRONG_NAME.in(Language.EN, "{1}.csv", "agencies.csv");
        assertEquals("\u201C{1}.csv\u201D is not one of the month's files. Name the file exactly one of: agencies.csv.", text);
        assertEquals("Bukan unggahan formulir", Text.NOT_MULTIPART_TITLE.in(Language.ID));
    }

    @Test
    void everySentenceHasBothLanguagesAndTheyDiffer() {
        for (Text text : Text.values()) {
            assertFalse(text.in(Language.ID).isBlank(), text.name());
            assertFalse(text.in(Language.EN).isBlank(), text.name());
        }
        assertTrue(Text.SUBMIT.in(Language.ID).startsWith("Periksa"));
        assertTrue(Text.SUBMIT.in(Language.EN).startsWith("Check"));
    }

    @Test
    void numbersMonthsAndTimesAreWrittenTheLanguagesWay() {
        assertEquals("12.500", Language.ID.number(12_500));
        assertEquals("12,500", Language.EN.number(12_500));
        assertEquals("Oktober 2024", Language.ID.month(YearMonth.of(2024, 10)));
        assertEquals("October 2024", Language.EN.month(YearMonth.of(2024, 10)));
        OffsetDateTime utc = OffsetDateTime.parse("2024-10-09T17:00:00Z");
        assertEquals("10 Oktober 2024 00.00 WIB", Language.ID.time(utc));
        assertEquals("10 October 2024 00:00 WIB", Language.EN.time(utc));
    }

    @Test
    void theLanguageIsEnglishOnlyWhenAskedFor() {
        assertEquals(Language.EN, Language.ofQuery("lang=en"));
        assertEquals(Language.EN, Language.ofQuery("x=1&lang=EN"));
        assertEquals(Language.ID, Language.ofQuery("lang=fr"));
        assertEquals(Language.ID, Language.ofQuery(null));
        assertEquals(Language.ID, Language.ofQuery("language=en"));
        assertEquals(Language.ID, Language.ofQuery("lang=%zz"));
        assertEquals(Language.EN, Language.ofQuery("x=%zz&lang=en"));
        assertEquals("", Language.ID.query());
        assertEquals("?lang=en", Language.EN.query());
    }

    @Test
    void jsonIsAnsweredWhenAskedForBeforeHtml() {
        assertTrue(Answer.wantsJson("application/json"));
        assertTrue(Answer.wantsJson("application/json, text/plain;q=0.5"));
        assertTrue(Answer.wantsJson("text/html;q=0.5, application/json"));
        assertFalse(Answer.wantsJson("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), "a browser");
        assertFalse(Answer.wantsJson("text/html, application/json;q=0.9"));
        assertFalse(Answer.wantsJson("application/json;q=0"));
        assertFalse(Answer.wantsJson(null));
    }

    @Test
    void jsonStringsSurviveAParserWhateverTheyHold() {
        List<String> strings = List.of("plain", "quote \" and backslash \\ and slash /", "line\nbreak\r\ttab",
                "\u0000\u0001\u001f control", "<script>alert(1)</script> & \u2028\u2029", "Bahasa: é ü 漢字 \uD83D\uDE00");
        for (String s : strings) {
            String quoted = Json.quote(s);
            assertEquals(s, JSON.readTree(quoted).stringValue(), quoted);
            assertFalse(quoted.contains("<") || quoted.contains(">") || quoted.contains("\u2028"), quoted);
        }
        assertEquals("null", Json.quote(null));
    }

    @Test
    void aFailedUploadsJsonNamesItsProblemInBothLanguages() throws Exception {
        StringWriter out = new StringWriter();
        JsonAnswer.write(Outcome.Failed.of(Problem.TOO_LARGE, "50"), out);
        var error = JSON.readTree(out.toString()).get("error");
        assertEquals(413, error.get("status").asInt());
        assertEquals("TOO_LARGE", error.get("code").asString());
        assertTrue(error.get("message_id").asString().contains("batas 50\u00A0MB"), error.toString());
        assertTrue(error.get("message_en").asString().contains("50\u00A0MB limit"), error.toString());
    }
}
