package id.go.pcm.internal.rules;

import id.go.pcm.internal.Checked;
import id.go.pcm.Fixtures;
import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.media.MediaItem;
import id.go.pcm.media.MediaType;
import id.go.pcm.media.Sentiment;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.TestRows.TestRow;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static id.go.pcm.Fixtures.N1;
import static id.go.pcm.validation.RejectAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaRulesTest {

    private static final String FILE = "media.csv";
    private static final String LINK = "https://www.kompas.com/edu/read/2024/09/05/mbg";

    private final MediaRules rules = new MediaRules(Fixtures.MONTH, Fixtures.narratives());

    private static TestRow item(long line, String id) {
        return TestRows.row(FILE, line,
                "item_id", id,
                "published_at", "2024-09-05T08:00:00+07:00",
                "outlet", "Kompas",
                "media_type", "ONLINE",
                "program", "makan-bergizi-gratis",
                "sentiment", "POSITIF",
                "reach", "12.500",
                "narrative_id", N1,
                "url", LINK);
    }

    private static TestRow item(String column, String value) {
        return item(2, "M-1").with(column, value);
    }

    private static MediaItem accepted(Checked<MediaItem> checked) {
        assertTrue(checked.isAccepted(), () -> "rejected: " + checked.reject());
        return checked.value();
    }

    // --- accepted rows ---

    @Test
    void acceptedItemCarriesItsValues() {
        assertEquals(new MediaItem("M-1", Instant.parse("2024-09-05T01:00:00Z"), "Kompas", MediaType.ONLINE,
                        "makan-bergizi-gratis", Sentiment.POSITIVE, 12500L, N1, EvidenceUrl.of(LINK)),
                accepted(rules.check(item(2, "M-1"))));
    }

    @Test
    void optionalColumnsMayBeEmpty() {
        MediaItem item = accepted(rules.check(item(2, "M-1").without("program").without("reach")
                .without("narrative_id").without("url")));

        assertNull(item.program());
        assertNull(item.reach());
        assertNull(item.narrativeId());
        assertNull(item.url());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"POSITIVE, POSITIVE", "POSITIF, POSITIVE", "positif, POSITIVE", "Positive, POSITIVE",
            "NEUTRAL, NEUTRAL", "NETRAL, NEUTRAL", "Netral, NEUTRAL", "neutral, NEUTRAL",
            "NEGATIVE, NEGATIVE", "NEGATIF, NEGATIVE", "negatif, NEGATIVE", "Negative, NEGATIVE"})
    void sentimentAcceptsNamesAndIndonesianWordsInAnyCase(String word, Sentiment expected) {
        assertEquals(expected, accepted(rules.check(item("sentiment", word))).sentiment());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"online, ONLINE", "Print, PRINT", "TV, TV", "radio, RADIO", "social, SOCIAL"})
    void mediaTypeIsReadInAnyCase(String word, MediaType expected) {
        assertEquals(expected, accepted(rules.check(item("media_type", word))).mediaType());
    }

    @Test
    void dayFirstPublicationTimeIsReadInWib() {
        assertEquals(Instant.parse("2024-09-05T01:00:00Z"),
                accepted(rules.check(item("published_at", "05/09/2024 08:00"))).publishedAt());
    }

    // --- MALFORMED_ROW ---

    @Test
    void malformedRowIsRejectedWithoutId() {
        assertRejected(rules.check(TestRows.malformed(FILE, 3, 2, 9, "item_id", "M-1")), FILE, 3, null,
                RejectCode.MALFORMED_ROW, null, "2", "9");
    }

    // --- MISSING_VALUE ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"item_id", "published_at", "outlet", "media_type", "sentiment"})
    void requiredColumnLeftEmptyIsMissing(String column) {
        assertRejected(rules.check(item(8, "M-1").with(column, "")), FILE, 8,
                column.equals("item_id") ? null : "M-1", RejectCode.MISSING_VALUE, column);
    }

    // --- BAD_VALUE ---

    @Test
    void outletOfTwoHundredCharactersIsAccepted() {
        assertEquals(200, accepted(rules.check(item("outlet", "o".repeat(200)))).outlet().length());
    }

    @Test
    void outletOfTwoHundredCodePointsIsAccepted() {
        String outlet = "\uD83D\uDCF0".repeat(200); // a newspaper, outside the BMP
        assertEquals(outlet, accepted(rules.check(item("outlet", outlet))).outlet());
    }

    @Test
    void outletOfTwoHundredAndOneCharactersIsBadValue() {
        assertRejected(rules.check(item("outlet", "o".repeat(201))), FILE, 2, "M-1", RejectCode.BAD_VALUE,
                "outlet", "outlet", "201", "200");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"BLOG", "ONLINE NEWS", "KORAN", "MEDSOS"})
    void unknownMediaTypeIsBadValue(String word) {
        assertRejected(rules.check(item("media_type", word)), FILE, 2, "M-1", RejectCode.BAD_VALUE, "media_type",
                "media_type", word, "SOCIAL");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"BAIK", "BURUK", "POS", "MIXED", "0"})
    void unknownSentimentIsBadValue(String word) {
        assertRejected(rules.check(item("sentiment", word)), FILE, 2, "M-1", RejectCode.BAD_VALUE, "sentiment",
                "sentiment", word, "POSITIVE, NEUTRAL, NEGATIVE");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Makan-Bergizi-Gratis", "MBG", "makan bergizi", "makan_bergizi"})
    void programTagThatIsNotLowerCaseIsBadValue(String program) {
        assertRejected(rules.check(item("program", program)), FILE, 2, "M-1", RejectCode.BAD_VALUE, "program",
                "program", program);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-1", "12.50", "12,5 rb", "banyak"})
    void reachThatIsNotAWholeNumberIsBadValue(String reach) {
        assertRejected(rules.check(item("reach", reach)), FILE, 2, "M-1", RejectCode.BAD_VALUE, "reach",
                "reach", reach);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"/edu/read/1", "kompas.com/edu", "ftp://kompas.com/a", "javascript:alert(1)",
            "mailto:redaksi@kompas.com"})
    void linkThatIsNotAbsoluteHttpIsBadValue(String link) {
        assertRejected(rules.check(item("url", link)), FILE, 2, "M-1", RejectCode.BAD_VALUE, "url", "url", link);
    }

    @Test
    void linkWithUserInfoIsBadValue() {
        assertRejected(rules.check(item("url", "https://redaksi:sandi@kompas.com/a")), FILE, 2, "M-1",
                RejectCode.BAD_VALUE, "url");
    }

    @Test
    void linkOfTwoThousandCharactersIsAcceptedAndOneMoreIsBadValue() {
        String prefix = "https://kompas.com/";
        String exact = prefix + "a".repeat(2000 - prefix.length());

        assertEquals(exact, accepted(rules.check(item("url", exact))).url().text());
        assertRejected(rules.check(item(3, "M-2").with("url", exact + "b")), FILE, 3, "M-2", RejectCode.BAD_VALUE,
                "url");
    }

    @Test
    void sameLinkTwiceIsNotADuplicateForMedia() {
        accepted(rules.check(item(2, "M-1")));
        accepted(rules.check(item(3, "M-2")));
    }

    @Test
    void firstMalformedValueInColumnOrderIsTheOneReported() {
        assertRejected(rules.check(item(2, "M-1").with("media_type", "BLOG").with("sentiment", "BAIK")
                        .with("published_at", "2024-08-01T00:00:00+07:00")),
                FILE, 2, "M-1", RejectCode.BAD_VALUE, "media_type");
    }

    // --- DUPLICATE_ID ---

    @Test
    void laterRowRepeatingAnItemIdIsDuplicate() {
        accepted(rules.check(item(2, "M-1")));

        assertRejected(rules.check(item(3, "M-1")), FILE, 3, "M-1", RejectCode.DUPLICATE_ID, "item_id", "item_id", "M-1");
    }

    @Test
    void repeatOfARejectedItemIsStillDuplicate() {
        rules.check(item(2, "M-1").with("sentiment", "BAIK"));

        assertRejected(rules.check(item(3, "M-1")), FILE, 3, "M-1", RejectCode.DUPLICATE_ID, "item_id");
    }

    @Test
    void itemIdsDifferingOnlyInCaseAreDifferent() {
        accepted(rules.check(item(2, "m-1")));
        accepted(rules.check(item(3, "M-1")));
    }

    // --- UNKNOWN_NARRATIVE ---

    @Test
    void citedNarrativeNotAcceptedIsUnknown() {
        assertRejected(rules.check(item("narrative_id", "N-2024-09-999")), FILE, 2, "M-1",
                RejectCode.UNKNOWN_NARRATIVE, "narrative_id", "narrative_id", "N-2024-09-999");
    }

    @Test
    void citedNarrativeIdIsCaseSensitive() {
        assertRejected(rules.check(item("narrative_id", "n-2024-09-001")), FILE, 2, "M-1",
                RejectCode.UNKNOWN_NARRATIVE, "narrative_id", "n-2024-09-001");
    }

    @Test
    void citedNarrativeWhoseRowWasRejectedIsUnknown() {
        MediaRules withoutNarratives = new MediaRules(Fixtures.MONTH, new NarrativeRegistry(List.of()));

        accepted(withoutNarratives.check(item(2, "M-1").without("narrative_id")));
        assertRejected(withoutNarratives.check(item(3, "M-2")), FILE, 3, "M-2", RejectCode.UNKNOWN_NARRATIVE,
                "narrative_id", N1);
    }

    // --- WRONG_PERIOD ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-09-01T00:00:00+07:00", "2024-08-31T17:00:00Z", "01/09/2024 00:00",
            "2024-09-30T23:59:59+07:00", "2024-09-30T16:59:59Z"})
    void publicationInsideTheMonthIsAccepted(String publishedAt) {
        accepted(rules.check(item("published_at", publishedAt)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-31T23:59:59+07:00", "2024-08-31T16:59:59Z", "31/08/2024 23:59:59",
            "2024-10-01T00:00:00+07:00", "2024-09-30T17:00:00Z", "01/10/2024 00:00"})
    void publicationOutsideTheMonthIsWrongPeriod(String publishedAt) {
        assertRejected(rules.check(item("published_at", publishedAt)), FILE, 2, "M-1", RejectCode.WRONG_PERIOD,
                "published_at", "published_at", "2024-09");
    }

    // --- FUTURE ---

    @Test
    void publicationAtTheAsOfTimeIsAccepted() {
        MediaRules midMonth = new MediaRules(Fixtures.monthAsOf("2024-09-20T12:00:00+07:00"), Fixtures.narratives());

        accepted(midMonth.check(item("published_at", "2024-09-20T12:00:00+07:00")));
    }

    @Test
    void publicationOneSecondAfterAsOfIsFuture() {
        MediaRules midMonth = new MediaRules(Fixtures.monthAsOf("2024-09-20T12:00:00+07:00"), Fixtures.narratives());

        assertRejected(midMonth.check(item("published_at", "2024-09-20T12:00:01+07:00")), FILE, 2, "M-1",
                RejectCode.FUTURE, "published_at", "published_at", "2024-09-20T12:00:01+07:00");
    }

    @Test
    void publicationAfterAsOfAndOutsideTheMonthIsFuture() {
        assertRejected(rules.check(item("published_at", "2024-10-10T00:00:01+07:00")), FILE, 2, "M-1",
                RejectCode.FUTURE, "published_at");
    }
}
