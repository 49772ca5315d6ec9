package id.go.pcm.batch.report;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.batch.Texts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words on the documents (SPEC 9.4) as the report's texts read them. */
class DocumentWordsTest {

    private static final DocumentWords REGIONAL = new DocumentWords("Diskominfo Kutai Timur", "Bupati Kutai Timur",
            "Kabupaten Kutai Timur", "perangkat daerah", "regional units");
    /** The texts that keep the national words on purpose: the types' names, the children of a province, the law. */
    private static final Pattern KEPT = Pattern.compile("type\\..*|types\\..*|card\\.children\\..*|method\\.law");

    @Test
    void theEnglishSingularFollowsTheRegularRuleOnTheLastWord() {
        assertEquals(Optional.of("agency"), DocumentWords.englishSingular("agencies"));
        assertEquals(Optional.of("regional unit"), DocumentWords.englishSingular("regional units"));
        assertEquals(Optional.of("office"), DocumentWords.englishSingular("offices"));
        assertEquals(Optional.of("branch"), DocumentWords.englishSingular("branches"));
        assertEquals(Optional.of("class"), DocumentWords.englishSingular("classes"));
        assertEquals(Optional.of("box"), DocumentWords.englishSingular("boxes"));
        assertEquals(Optional.of("OPD unit"), DocumentWords.englishSingular("OPD units"));
        assertEquals(Optional.of("AGENCY"), DocumentWords.englishSingular("AGENCIES"));
        assertEquals(Optional.empty(), DocumentWords.englishSingular("staff"), "no regular plural");
        assertEquals(Optional.empty(), DocumentWords.englishSingular("business"), "-ss is no plural");
        assertEquals(Optional.empty(), DocumentWords.englishSingular("units of the regency"), "the noun is not last");
        assertEquals(Optional.empty(), DocumentWords.englishSingular("s"));
        assertThrows(IllegalArgumentException.class, () -> new DocumentWords("", "", "", "instansi", "staff"));
        assertThrows(IllegalArgumentException.class, () -> new DocumentWords("", "", "", " ", "agencies"));
    }

    @Test
    void theArticleFollowsTheSoundOfTheFirstLetters() {
        assertEquals("an", DocumentWords.article("agency"));
        assertEquals("an", DocumentWords.article("office"));
        assertEquals("a", DocumentWords.article("regional unit"));
        assertEquals("a", DocumentWords.article("unit"));
        assertEquals("a", DocumentWords.article("user body"));
    }

    @Test
    void regionalWordsReplaceEveryNationalWordOfTheRunningText() {
        List<String> left = new ArrayList<>();
        left.addAll(wordsLeft(ReportFixtures.INDONESIAN, Pattern.compile("(?i)\\binstansi\\b|\\bnasional\\b|kementerian, lembaga")));
        left.addAll(wordsLeft(Locale.ENGLISH, Pattern.compile("(?i)\\bagenc(y|ies)\\b|\\bnational\\b|ministries, agencies")));
        assertEquals(List.of(), left);
    }

    /** Every text of a language, filled with the regional words, that still holds a national word. */
    private static List<String> wordsLeft(Locale locale, Pattern national) {
        Texts texts = MinisterReport.texts(locale, REGIONAL);
        List<String> left = new ArrayList<>();
        for (String key : keys(locale)) {
            if (!KEPT.matcher(key).matches() && !key.startsWith("word.") && national.matcher(texts.get(key)).find()) {
                left.add(locale + " " + key + ": " + texts.get(key));
            }
        }
        return left;
    }

    @Test
    void theNationalWordsFillTheTextsAsTheyWereWritten() {
        Texts id = MinisterReport.texts(ReportFixtures.INDONESIAN, ReportFixtures.NATIONAL);
        assertEquals("Laporan ini menyajikan hasil monitoring dan evaluasi pengelolaan komunikasi publik bulan September 2024"
                + " atas 3 instansi aktif (kementerian, lembaga, dan pemerintah daerah), dengan data per kemarin.",
                id.format("summary.intro", "September 2024", "3", "kemarin"));
        assertEquals("Lampiran: Nilai Setiap Instansi Aktif", id.get("section.appendix"));
        assertEquals("Skor rata-rata nasional (0\u2013100)", id.get("headline.mean_score"));
        Texts en = MinisterReport.texts(Locale.ENGLISH, ReportFixtures.NATIONAL);
        assertEquals("Appendix: Every Active Agency", en.get("section.appendix"));
        assertEquals("Data rows that break a rule are rejected and count in no figure. The full list, with messages an"
                + " agency clerk can act on, is in the file x.csv.", en.format("quality.intro", "x.csv"));
        assertEquals("No row of reports.csv or dissemination.csv in this agency\u2019s name was rejected.", en.format("card.rejected.none"));
    }

    @Test
    void aMonthOfOtherTypesSpeaksForNoMinistryEvenWithTheNationalWords() {
        AgencyTypes regional = AgencyTypes.of(List.of(new AgencyType("DINAS", "Dinas", null, null, null)));
        Texts id = MinisterReport.texts(ReportFixtures.INDONESIAN, ReportFixtures.NATIONAL, regional);
        assertEquals("Laporan ini menyajikan hasil monitoring dan evaluasi pengelolaan komunikasi publik bulan September 2024"
                + " atas 3 instansi aktif, dengan data per kemarin.", id.format("summary.intro", "September 2024", "3", "kemarin"));
        assertEquals("Skor rata-rata keseluruhan (0\u2013100)", id.get("headline.mean_score"));
        Texts national = MinisterReport.texts(ReportFixtures.INDONESIAN, ReportFixtures.NATIONAL, AgencyTypes.national());
        assertEquals("Skor rata-rata nasional (0\u2013100)", national.get("headline.mean_score"));
    }

    @Test
    void regionalWordsAreCapitalisedWhereTheSentenceOrTheHeadingWantsIt() {
        Texts id = MinisterReport.texts(ReportFixtures.INDONESIAN, REGIONAL);
        assertEquals("Laporan ini menyajikan hasil monitoring dan evaluasi pengelolaan komunikasi publik bulan September 2024"
                + " atas 3 perangkat daerah aktif, dengan data per kemarin.", id.format("summary.intro", "September 2024", "3", "kemarin"));
        assertEquals("Kinerja Perangkat Daerah", id.get("section.performance"));
        assertEquals("Perangkat daerah aktif", id.get("headline.active_agencies"));
        assertEquals("Skor rata-rata keseluruhan (0\u2013100)", id.get("headline.mean_score"));
        Texts en = MinisterReport.texts(Locale.ENGLISH, REGIONAL);
        assertEquals("Appendix: Every Active Regional Unit", en.get("section.appendix"));
        assertEquals("Regional unit id", en.get("col.agency_id"));
        assertEquals("Overall mean score (0\u2013100)", en.get("headline.mean_score"));
        assertEquals("Data rows that break a rule are rejected and count in no figure. The full list, with messages a"
                + " regional unit clerk can act on, is in the file x.csv.", en.format("quality.intro", "x.csv"));
    }

    @Test
    void aWordWithAQuoteOrABraceIsPrintedAsGivenInPatternsToo() {
        DocumentWords odd = new DocumentWords("", "", "", "unit {0} 'kerja'", "people's }{units");
        Texts id = MinisterReport.texts(ReportFixtures.INDONESIAN, odd);
        assertEquals("Unit {0} 'kerja' aktif", id.get("headline.active_agencies"));
        assertEquals("Tidak ada unit {0} 'kerja' yang skornya naik dibanding Agustus.", id.format("finding.rises_none", "Agustus"));
        Texts en = MinisterReport.texts(Locale.ENGLISH, odd);
        assertEquals("No people's }{unit\u2019s score rose since August.", en.format("finding.rises_none", "August"));
    }

    @Test
    void everyTextOfBothLanguagesFillsAndFormatsWithEitherWords() {
        for (Locale locale : List.of(ReportFixtures.INDONESIAN, Locale.ENGLISH)) {
            for (DocumentWords words : List.of(ReportFixtures.NATIONAL, REGIONAL)) {
                Texts texts = MinisterReport.texts(locale, words);
                for (String key : keys(locale)) {
                    String text = texts.get(key);
                    assertFalse(Pattern.compile("\\{[A-Za-z]").matcher(text).find(), locale + " " + key + ": " + text);
                    if (!key.startsWith("format.")) {
                        texts.format(key, 1, 2, 3, 4, 5, 6, 7); // a pattern that parses
                    }
                }
            }
        }
    }

    @Test
    void aTitleEndsWithTheRegionWhenOneIsSet() {
        Texts id = MinisterReport.texts(ReportFixtures.INDONESIAN, REGIONAL);
        assertEquals("Rapor Pengelolaan Komunikasi Publik Kabupaten Kutai Timur", REGIONAL.titled(id.get("card.title"), id));
        Texts en = MinisterReport.texts(Locale.ENGLISH, REGIONAL);
        assertEquals("Public Communication Management Scorecard, Kabupaten Kutai Timur", REGIONAL.titled(en.get("card.title"), en));
        assertEquals("Rapor Pengelolaan Komunikasi Publik", ReportFixtures.NATIONAL.titled(id.get("card.title"), id));
    }

    private static List<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(MinisterReport.TEXTS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = Collections.list(bundle.getKeys());
        assertTrue(keys.size() > 300, "the whole bundle");
        return keys;
    }
}
