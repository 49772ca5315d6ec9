package id.go.pcm.internal;

import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reject message catalogues: complete, in both languages, and usable by the code that names their keys. */
class MessagesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final String ENGLISH_FILE = "/id/go/pcm/validation/messages.properties";
    private static final String INDONESIAN_FILE = "/id/go/pcm/validation/messages_id.properties";

    /**
     * Calls whose third argument is a message key: {@code Fault.of(code, column, key, ...)},
     * {@code new UnusableFileException(file, line, key, ...)}, and the {@link ValueRules} that take the
     * key of their expected form.
     */
    private static final Pattern KEY_THIRD = Pattern.compile(
            "(?<!\\w)(?:fail|Fault\\.of|new\\s+UnusableFileException|parsed|optionalParsed|matching|optionalMatching)\\s*\\(");
    /** Calls whose fourth argument is a message key: {@code new Rule<>(name, code, column, key, check)}. */
    private static final Pattern KEY_FOURTH = Pattern.compile("(?<!\\w)new\\s+Rule\\s*<[^>]*>\\s*\\(");
    /** Calls whose first argument is a message key. */
    private static final Pattern KEY_FIRST = Pattern.compile("Messages\\.(?:INDONESIAN|ENGLISH)\\.text\\s*\\(");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PLACE = Pattern.compile("\\{([0-9]+)[^}]*}");

    private static Properties catalogue(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, () -> resource + " is not on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    // --- keys named by the code ---

    @Test
    void everyKeyTheCodeNamesIsInBothCatalogues() {
        Set<String> used = keysUsedInMainSources();
        Properties english = catalogue(ENGLISH_FILE);
        Properties indonesian = catalogue(INDONESIAN_FILE);

        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!english.containsKey(key)) {
                missing.add(key + " (English)");
            }
            if (!indonesian.containsKey(key)) {
                missing.add(key + " (Indonesian)");
            }
        }
        assertEquals(List.of(), missing, "keys named in src/main/java without a text");
    }

    @Test
    void keyScanFindsTheKeysOfEveryKindOfCall() {
        Set<String> used = keysUsedInMainSources();

        // one of each call form, so that a scanner that finds nothing cannot pass the test above
        for (String key : List.of("malformed", "duplicate.id", "missing", "bad.length", "bad.word", "future",
                "wrong_period.timestamp", "unknown.agency", "bad.parent.wrong_type", "bad.region.parent",
                "bad.region.province", "bad.region.regency", "bad.period", "bad.agency_id", "bad.program",
                "bad.sha256", "bad.boolean", "bad.timestamp", "bad.date", "bad.url", "file.missing",
                "file.not_utf8", "file.tab_separated", "file.utf16")) {
            assertTrue(used.contains(key), () -> "the scan missed " + key + "; found " + used);
        }
    }

    @Test
    void everyRejectCodeHasAKeyNamedInTheCode() {
        // a weak check that no code is raised without a message: each code name appears in a fail/Fault.of call
        String sources = mainSources();
        for (RejectCode code : RejectCode.values()) {
            assertTrue(sources.contains("RejectCode." + code.name()), () -> code + " is never raised");
        }
    }

    // --- the catalogues ---

    @Test
    void bothCataloguesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(catalogue(ENGLISH_FILE).stringPropertyNames()),
                new TreeSet<>(catalogue(INDONESIAN_FILE).stringPropertyNames()));
    }

    @Test
    void everyTextIsWordedInIndonesianNotCopiedFromEnglish() {
        Properties english = catalogue(ENGLISH_FILE);
        Properties indonesian = catalogue(INDONESIAN_FILE);

        for (String key : english.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), () -> key + " is blank in English");
            assertFalse(indonesian.getProperty(key, "").isBlank(), () -> key + " is blank in Indonesian");
            assertNotEquals(english.getProperty(key), indonesian.getProperty(key), () -> key + " is not translated");
        }
    }

    @Test
    void bothLanguagesUseTheSameArgumentPlaces() {
        Properties english = catalogue(ENGLISH_FILE);
        Properties indonesian = catalogue(INDONESIAN_FILE);

        for (String key : english.stringPropertyNames()) {
            assertEquals(places(english.getProperty(key)), places(indonesian.getProperty(key, "")),
                    () -> "argument places of " + key);
        }
    }

    @Test
    void everyTextShowsEveryArgumentItNames() {
        // a lone apostrophe makes MessageFormat print the rest literally and drop its arguments
        Object[] args = {"«a0»", "«a1»", "«a2»", "«a3»", "«a4»", "«a5»"};
        for (Messages messages : List.of(Messages.ENGLISH, Messages.INDONESIAN)) {
            Properties texts = catalogue(messages == Messages.ENGLISH ? ENGLISH_FILE : INDONESIAN_FILE);
            for (String key : texts.stringPropertyNames()) {
                String text = messages.text(key, args);
                for (int place : places(texts.getProperty(key))) {
                    assertTrue(text.contains("«a" + place + "»"), () -> key + " does not show argument " + place + ": " + text);
                }
                assertFalse(PLACE.matcher(text).find(), () -> key + " leaves a place unfilled: " + text);
            }
        }
    }

    @Test
    void catalogueIsChosenByLanguageNotByTheMachine() {
        assertEquals("name is empty: fill it in.", Messages.ENGLISH.text("missing", "name"));
        assertEquals("name kosong: isi kolom ini.", Messages.INDONESIAN.text("missing", "name"));
    }

    @Test
    void unknownKeyIsAProgrammingError() {
        assertThrows(MissingResourceException.class, () -> Messages.ENGLISH.text("no.such.key"));
    }

    // --- arguments as shown ---

    @Test
    void longValuesAreShortenedInMessages() {
        Fault fault = Fault.of(RejectCode.BAD_VALUE, "name", "bad.word", "name", "x".repeat(500), "A, B");
        String shown = (String) fault.args().get(1);

        assertEquals("x".repeat(80) + "…", shown);
        assertFalse(Messages.ENGLISH.format(fault).contains("x".repeat(81)));
    }

    @Test
    void valuesOfEightyCharactersAreShownWhole() {
        assertEquals("y".repeat(80), Messages.shorten("y".repeat(80)));
    }

    @Test
    void lineBreaksInValuesAreShownAsSpaces() {
        assertEquals("Jl. Merdeka  No. 1", Messages.shorten("Jl. Merdeka\r\nNo. 1"));
    }

    @Test
    void timesAreShownOnTheOfficesClockAndABareInstantIsRefused() {
        id.go.pcm.month.EvaluationMonth wita = new id.go.pcm.month.EvaluationMonth(java.time.YearMonth.of(2024, 9),
                java.time.OffsetDateTime.parse("2024-10-10T00:00:00+08:00"), java.time.ZoneId.of("Asia/Makassar"));
        Fault fault = Fault.of(RejectCode.FUTURE, "published_at", "future", "published_at",
                SharedRules.onClock(Instant.parse("2024-10-09T17:30:00Z"), wita), "2024-10-10T00:00+08:00");

        assertEquals("2024-10-10T01:30+08:00", fault.args().get(1));
        assertTrue(Messages.INDONESIAN.format(fault).contains("2024-10-10T01:30+08:00"));
        // a rule that forgot the clock is a programming mistake, not a time shown in some zone
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Fault.of(RejectCode.FUTURE,
                "published_at", "future", "published_at", Instant.parse("2024-10-09T17:30:00Z"), "x"));
    }

    @Test
    void missingArgumentsAreShownEmpty() {
        assertEquals("", Fault.of(RejectCode.MISSING_VALUE, "x", "missing", (Object) null).args().get(0));
    }

    // --- helpers ---

    private static Set<Integer> places(String text) {
        Set<Integer> places = new TreeSet<>();
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            places.add(Integer.parseInt(m.group(1)));
        }
        return places;
    }

    private static String mainSources() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.append(withoutComments(Files.readString(file))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    private static Set<String> keysUsedInMainSources() {
        String sources = mainSources();
        Set<String> keys = new TreeSet<>();
        collect(sources, KEY_THIRD, 2, keys);
        collect(sources, KEY_FOURTH, 3, keys);
        collect(sources, KEY_FIRST, 0, keys);
        return keys;
    }

    /** Adds the string literals found in argument {@code index} of every call the pattern finds. */
    private static void collect(String sources, Pattern call, int index, Set<String> keys) {
        Matcher m = call.matcher(sources);
        while (m.find()) {
            List<String> args = arguments(sources, m.end());
            if (args.size() > index) {
                Matcher literal = STRING_LITERAL.matcher(args.get(index));
                while (literal.find()) {
                    keys.add(literal.group(1));
                }
            }
        }
    }

    /** Splits a call's arguments at top-level commas, starting just after its opening parenthesis. */
    private static List<String> arguments(String text, int start) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(text, i);
                current.append(text, i, end);
                i = end - 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString().strip());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    private static int endOfLiteral(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    /** Removes comments, keeping string literals (a link like {@code "https://"} is not a comment). */
    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
