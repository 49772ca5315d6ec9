package id.go.pcm.dissemination;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceUrlTest {

    private static final String PREFIX = "https://kemkes.go.id/";

    private static String linkOfLength(int length) {
        return PREFIX + "a".repeat(length - PREFIX.length());
    }

    // --- acceptable links ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://kemkes.go.id", "http://kemkes.go.id/berita", "HTTPS://KEMKES.GO.ID/Berita",
            "https://www.instagram.com/p/C9xYz/?igsh=abc", "https://kemkes.go.id:8443/a#bagian",
            "https://x.com/kemkesri/status/1830000000000000000", "https://kemkes.go.id/berita/makan%20bergizi"})
    void absoluteHttpAndHttpsLinksAreAcceptable(String link) {
        assertEquals(Optional.empty(), EvidenceUrl.problem(link));
        assertEquals(link, EvidenceUrl.of(link).text());
    }

    @Test
    void linkOfExactlyTwoThousandCharactersIsAcceptable() {
        String link = linkOfLength(2000);

        assertEquals(2000, link.length());
        assertEquals(Optional.empty(), EvidenceUrl.problem(link));
    }

    @Test
    void linkOfTwoThousandAndOneCharactersIsTooLong() {
        assertEquals(Optional.of(EvidenceUrl.Problem.TOO_LONG), EvidenceUrl.problem(linkOfLength(2001)));
    }

    // --- unacceptable links ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/berita/1", "berita/1", "www.kemkes.go.id/berita", "kemkes.go.id",
            "ftp://kemkes.go.id/bukti.jpg", "javascript:alert(1)", "mailto:humas@kemkes.go.id",
            "file:///home/humas/bukti.jpg", "data:text/html,hai", "https://", "https:///berita",
            "https:berita", "http//kemkes.go.id", "https://kemkes go.id/", "tel:+62215201590"})
    void linksThatAreNotAbsoluteHttpAreRefused(String link) {
        assertEquals(Optional.of(EvidenceUrl.Problem.NOT_HTTP), EvidenceUrl.problem(link));
        assertThrows(IllegalArgumentException.class, () -> EvidenceUrl.of(link));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://humas:rahasia@kemkes.go.id/berita", "https://humas@kemkes.go.id/",
            "http://a:b@kemkes.go.id", "https://@kemkes.go.id/"})
    void linksWithUserInfoAreRefused(String link) {
        assertEquals(Optional.of(EvidenceUrl.Problem.USER_INFO), EvidenceUrl.problem(link));
    }

    // --- normal form ---

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "HTTPS://KEMKES.GO.ID/Berita/Satu, https://kemkes.go.id/Berita/Satu",
            "https://kemkes.go.id/berita/, https://kemkes.go.id/berita",
            "https://kemkes.go.id/, https://kemkes.go.id",
            "https://kemkes.go.id, https://kemkes.go.id",
            "https://kemkes.go.id/berita#bagian-2, https://kemkes.go.id/berita",
            "https://kemkes.go.id/berita/#atas, https://kemkes.go.id/berita",
            "https://kemkes.go.id/berita//, https://kemkes.go.id/berita/",
            "https://kemkes.go.id/b?ID=7&x=Y, https://kemkes.go.id/b?ID=7&x=Y",
            "Http://Kemkes.go.id:8080/A, http://kemkes.go.id:8080/A"})
    void normalFormLowerCasesSchemeAndHostAndDropsFragmentAndOneTrailingSlash(String link, String normal) {
        assertEquals(normal, EvidenceUrl.of(link).normalised());
    }

    @Test
    void pathCaseStaysSignificant() {
        assertNotEquals(EvidenceUrl.of("https://kemkes.go.id/Berita").normalised(),
                EvidenceUrl.of("https://kemkes.go.id/berita").normalised());
    }

    @Test
    void queryStaysSignificant() {
        assertNotEquals(EvidenceUrl.of("https://kemkes.go.id/b?id=1").normalised(),
                EvidenceUrl.of("https://kemkes.go.id/b?id=2").normalised());
        assertNotEquals(EvidenceUrl.of("https://kemkes.go.id/b?id=a").normalised(),
                EvidenceUrl.of("https://kemkes.go.id/b?id=A").normalised());
    }
}
