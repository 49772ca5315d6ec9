package id.go.pcm.dissemination;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The plain-link shortcut of {@link EvidenceUrl} decides exactly as {@link java.net.URI} would: on
 * every text it accepts, the {@code URI} route accepts too and gives the same normal form.
 */
class PlainLinkPropertyTest {

    /** Pieces of links, well formed and not: labels, separators, escapes, odd characters. */
    private static final List<String> PIECES = List.of("kemkes", "go", "id", "X", "a", "b9", "9", "123", "-", ".",
            "..", "/", "?", "=", "&", "#", ":", "8080", "@", "%", "%2F", "%2", "%G1", " ", "\u00e9", "[", "]", "_", "~",
            "+", ",", ";", "!", "*", "'", "(", ")", "$", "\\", "|", "\"", "{", "1.2.3.4", "xn--80ak6aa92e", "www.",
            ".com", "\t");

    private static final Gen<String> SCHEMES = pick(List.of("http://", "https://", "https://", "http://", "HTTPS://",
            "ftp://", "http:", "https:/", ""));

    private static final List<String> HOST_PIECES = List.of("kemkes", "go", "id", "X", "a", "b9", "9", "123", "-",
            ".", "xn--80ak6aa92e", "_", "@", "1.2.3.4", "%2F");

    /** A scheme, host-like pieces, a top label most of the time, a separator, then anything. */
    private static final Gen<String> TEXTS = SCHEMES.zip(
            lists().of(pick(HOST_PIECES)).ofSizeBetween(1, 5),
            pick(List.of(".go.id", ".com", ".9", "-.id", ".", "")),
            pick(List.of("/", "/", "?", "", "#", ":", "//")),
            lists().of(pick(PIECES)).ofSizeBetween(0, 8),
            (scheme, host, top, separator, rest) -> scheme + String.join("", host) + top + separator + String.join("", rest));

    /** Links of the shape evidence usually has, which the shortcut must take. */
    private static final Gen<String> PLAIN = lists().of(pick(List.of("kemkes", "go", "id", "X", "a", "b9", "xn--80ak6aa92e")))
            .ofSizeBetween(1, 4).zip(lists().of(pick(List.of("/", "berita", "2024", "?", "id=7", "&", "%20", "-", "_", ".", "~")))
                    .ofSizeBetween(0, 8), (labels, path) -> "https://" + String.join(".", labels) + ".co/" + String.join("", path));

    @Test
    void whateverTheShortcutAcceptsUriAcceptsWithTheSameNormalForm() {
        AtomicInteger taken = new AtomicInteger();
        qt().withExamples(20_000).forAll(TEXTS).checkAssert(text -> {
            String plain = EvidenceUrl.plainNormalised(text);
            if (plain != null) {
                taken.incrementAndGet();
                assertEquals(Optional.empty(), EvidenceUrl.problem(text), text);
                assertEquals(EvidenceUrl.of(text).normalised(), plain, text);
            }
        });
        assertTrue(taken.get() > 100, "the random texts reached the shortcut only " + taken + " times");
    }

    @Test
    void theUsualShapeOfEvidenceTakesTheShortcut() {
        qt().forAll(PLAIN).checkAssert(text -> {
            String plain = EvidenceUrl.plainNormalised(text);
            assertNotNull(plain, text);
            assertEquals(EvidenceUrl.of(text).normalised(), plain, text);
        });
    }
}
