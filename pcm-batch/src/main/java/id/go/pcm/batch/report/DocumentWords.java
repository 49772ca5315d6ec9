package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words an installation puts on its documents (SPEC 9.4): who issues them, for whom, the office's
 * region, and what running text calls the evaluated bodies. The defaults are the national edition's,
 * whose documents stay as they were.
 *
 * <p>The report's bundles name the evaluated bodies with placeholders filled in as the texts are read
 * ({@link #fill(Texts)}): {@code {agencies}} the word as configured, {@code {Agencies}} with its first
 * letter capitalised (a sentence's or a column header's start), {@code {Agencies:title}} with every
 * word's first letter capitalised (headings), and {@code {agency}}, {@code {Agency}},
 * {@code {Agency:title}} the same in the singular ({@code {an_agency}} with English's article): in
 * English derived from the configured plural by {@link #englishSingular}, in Indonesian the word itself
 * (it has no plural form). Phrases that speak for
 * the ministry are placeholders too: {@code {national}} and {@code {National}} ("nasional", "national"),
 * and {@code {national_kinds}} (the K/L/D in brackets), which a document whose agencies-word is not the
 * national one replaces with neutral words, read from the bundle's {@code word.*} keys.
 *
 * @param issuer         the issuing unit printed on covers, headers and metadata
 * @param addressee      for whom the report is written, printed on its cover; empty for none
 * @param region         the office's region as documents name it, ending the titles; empty for none
 * @param agenciesWord   what Indonesian running text calls the evaluated bodies
 * @param agenciesWordEn the same in English, a plural
 */
public record DocumentWords(String issuer, String addressee, String region, String agenciesWord, String agenciesWordEn) {

    /** The national edition's agencies-word in Indonesian. */
    public static final String NATIONAL_AGENCIES_WORD = "instansi";
    /** The national edition's agencies-word in English. */
    public static final String NATIONAL_AGENCIES_WORD_EN = "agencies";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+(?::title)?)}");
    /** The regular English plurals whose singular is derived; longest ending first. */
    private static final String[][] PLURAL_ENDINGS = {{"ches", "ch"}, {"shes", "sh"}, {"sses", "ss"}, {"xes", "x"},
            {"zes", "z"}, {"ies", "y"}, {"s", ""}};

    /** Checks the parts: the agencies-words are never empty, the English one a regular plural. */
    public DocumentWords {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(region, "region");
        if (agenciesWord.isBlank()) {
            throw new IllegalArgumentException("the agencies-word is empty");
        }
        if (englishSingular(agenciesWordEn).isEmpty()) {
            throw new IllegalArgumentException("not a regular English plural: " + agenciesWordEn);
        }
    }

    /**
     * @param issuer the issuing unit
     * @return the national edition's words with that issuer: no addressee, no region, "instansi"/"agencies"
     */
    public static DocumentWords national(String issuer) {
        return new DocumentWords(issuer, "", "", NATIONAL_AGENCIES_WORD, NATIONAL_AGENCIES_WORD_EN);
    }

    /**
     * The singular of an English plural, by the regular rule on its last word: {@code -ches, -shes,
     * -sses, -xes, -zes} lose {@code es}, {@code -ies} becomes {@code -y}, any other {@code -s} but
     * {@code -ss} is dropped ("agencies" → "agency", "regional units" → "regional unit", "branches" →
     * "branch").
     *
     * @param plural a plural, e.g. {@code regional units}
     * @return its singular, or empty when the value ends in no regular plural (an operator writes
     *         "regional units", not "units of the regency" or "staff")
     */
    public static Optional<String> englishSingular(String plural) {
        String lower = plural.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ss") || !lower.matches("(?s).*[a-z]s")) {
            return Optional.empty();
        }
        for (String[] ending : PLURAL_ENDINGS) {
            if (lower.endsWith(ending[0])) {
                String stem = plural.substring(0, plural.length() - ending[0].length());
                // the singular keeps the plural's case: AGENCIES gives AGENCY
                boolean upper = Character.isUpperCase(plural.charAt(plural.length() - 1));
                return Optional.of(stem + (upper ? ending[1].toUpperCase(Locale.ROOT) : ending[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * @param locale a document's language
     * @return whether that language's documents use the national agencies-word, and so speak for the
     *         ministry ("rata-rata nasional", the K/L/D in brackets)
     */
    boolean national(Locale locale) {
        return english(locale) ? agenciesWordEn.equals(NATIONAL_AGENCIES_WORD_EN) : agenciesWord.equals(NATIONAL_AGENCIES_WORD);
    }

    /**
     * @param title a document's title as the bundle has it
     * @param texts the document's texts
     * @return the title ending with the region ({@code title.region}), or as it is when none is set
     */
    String titled(String title, Texts texts) {
        return region.isEmpty() ? title : texts.format("title.region", title, region);
    }

    /**
     * @param plain the report's texts as the bundle has them
     * @return the same texts with the placeholders filled in, for a month of the national types
     */
    Texts fill(Texts plain) {
        return fill(plain, true);
    }

    /**
     * @param plain         the report's texts as the bundle has them
     * @param nationalTypes whether the month's types are the national K/L/D: a regional month's documents
     *                      do not speak for the ministry, whatever its words
     * @return the same texts with the placeholders filled in
     */
    Texts fill(Texts plain, boolean nationalTypes) {
        Locale locale = plain.locale();
        Map<String, String> words = agencyWords(locale);
        boolean national = nationalTypes && national(locale);
        String nationalWord = plain.get(national ? "word.national" : "word.overall");
        words.put("national", nationalWord);
        words.put("National", capitalised(nationalWord, locale));
        // A leading blank would not survive the bundle: the brackets come with their own space here.
        words.put("national_kinds", national ? " " + plain.get("word.national_kinds") : "");
        return plain.with((text, quote) -> fill(text, words, quote));
    }

    /**
     * Fills in the agencies-words alone: for texts that never speak for the ministry (an agency's kit,
     * SPEC 10.3), whose bundles hold no {@code word.*} keys.
     *
     * @param plain texts as their bundle has them, with {@code {agencies}}, {@code {Agency}}, … placeholders
     * @return the same texts with the agencies-words filled in
     */
    public Texts fillAgencyWords(Texts plain) {
        Map<String, String> words = agencyWords(plain.locale());
        return plain.with((text, quote) -> fill(text, words, quote));
    }

    /** The agencies-words in a language, plural and singular, as the placeholders name them. */
    private Map<String, String> agencyWords(Locale locale) {
        String plural = english(locale) ? agenciesWordEn : agenciesWord;
        String singular = english(locale) ? englishSingular(agenciesWordEn).orElseThrow() : agenciesWord;
        Map<String, String> words = new LinkedHashMap<>();
        words.put("agencies", plural);
        words.put("Agencies", capitalised(plural, locale));
        words.put("Agencies:title", titleCase(plural, locale));
        words.put("agency", singular);
        words.put("Agency", capitalised(singular, locale));
        words.put("Agency:title", titleCase(singular, locale));
        words.put("an_agency", english(locale) ? article(singular) + " " + singular : singular);
        return words;
    }

    private static String fill(String text, Map<String, String> words, UnaryOperator<String> quote) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String word = words.get(m.group(1));
            if (word == null) {
                throw new IllegalStateException("no word for the placeholder " + m.group() + " in: " + text);
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(quote.apply(word)));
        }
        return m.appendTail(filled).toString();
    }

    /**
     * English's article by the word's first letters: "an" before a vowel ("an agency", "an office"), "a"
     * otherwise ("a regional unit") and before the vowels said with a consonant ("a unit", "a user").
     */
    static String article(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean vowel = lower.matches("[aeiou].*") && !lower.matches("(uni|use|usu|uti|eu|one\\b|once).*");
        return vowel ? "an" : "a";
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    /** The first letter in upper case, for a sentence or a heading that begins with the word. */
    static String capitalised(String word, Locale locale) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.offsetByCodePoints(0, 1);
        return word.substring(0, first).toUpperCase(locale) + word.substring(first);
    }

    /** Every word's first letter capitalised, the rest as given ("perangkat daerah" → "Perangkat Daerah", OPD stays OPD). */
    private static String titleCase(String words, Locale locale) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < words.length(); ) {
            int cp = words.codePointAt(i);
            String c = new String(Character.toChars(cp));
            out.append(start ? c.toUpperCase(locale) : c);
            start = Character.isWhitespace(cp) || cp == '-' || cp == '/';
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
