package id.go.pcm.batch.report;

import id.go.pcm.InputSummary;
import id.go.pcm.batch.output.FiguresDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The file identifier of a document written from a month's figures: an MD5 of what it is made of (month,
 * as-of, edition, the installation's words, signer, input digests, stored history), so that re-runs of a month agree and
 * two editions, or two agencies' scorecards, differ.
 */
final class DocumentId {

    private DocumentId() {
    }

    /**
     * @param document the month's document
     * @param locale   the edition
     * @param words    the installation's words
     * @param signer   who signs, or {@code null}
     * @param agencyId the agency of a scorecard, or {@code null} for the minister's report
     * @return the identifier's 16 bytes
     */
    static byte[] of(FiguresDocument document, Locale locale, DocumentWords words, String signer, String agencyId) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(document.figures().period().toString().getBytes(StandardCharsets.UTF_8));
            md5.update(document.figures().asOf().toString().getBytes(StandardCharsets.UTF_8));
            md5.update(locale.toLanguageTag().getBytes(StandardCharsets.UTF_8));
            md5.update(words.issuer().getBytes(StandardCharsets.UTF_8));
            if (!words.equals(DocumentWords.national(words.issuer()))) {
                // Only the words of SPEC 9.4 beyond the issuer: the national documents keep their ids.
                md5.update(("words " + words).getBytes(StandardCharsets.UTF_8));
            }
            if (signer != null) {
                md5.update(("signed by " + signer).getBytes(StandardCharsets.UTF_8));
            }
            for (InputSummary input : document.inputs()) {
                input.files().forEach(file -> md5.update(file.sha256().getBytes(StandardCharsets.US_ASCII)));
            }
            document.history().forEach(h -> md5.update(h.toString().getBytes(StandardCharsets.UTF_8)));
            if (document.previous() != null) {
                md5.update(document.previous().toString().getBytes(StandardCharsets.UTF_8));
            }
            if (agencyId != null) {
                md5.update(("scorecard of " + agencyId).getBytes(StandardCharsets.UTF_8));
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
