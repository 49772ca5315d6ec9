package id.go.pcm;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One language type picks between the two messages every reject and refusal carries. */
class LanguageTest {

    @Test
    void aCodeNamesALanguageInAnyCaseAndNothingElseDoes() {
        assertEquals(Optional.of(Language.ID), Language.ofCode("id"));
        assertEquals(Optional.of(Language.EN), Language.ofCode("EN"));
        assertEquals(Optional.empty(), Language.ofCode("fr"));
        assertEquals(Optional.empty(), Language.ofCode(""));
        assertEquals(Optional.empty(), Language.ofCode(null));
        for (Language language : Language.values()) {
            assertEquals(Optional.of(language), Language.ofCode(language.code()));
        }
    }

    @Test
    void aRejectGivesItsMessageInTheLanguageAsked() {
        Reject reject = new Reject("reports.csv", 2, "R-1", RejectCode.MISSING_VALUE, "period", "pesan", "message", null);
        assertEquals("pesan", reject.message(Language.ID));
        assertEquals("message", reject.message(Language.EN));
    }

    @Test
    void aRefusalGivesItsMessageInTheLanguageAsked() {
        UnusableFileException refusal = new UnusableFileException("reports.csv", 0, "file.missing", "/in");
        assertEquals(refusal.messageId(), refusal.message(Language.ID));
        assertEquals(refusal.getMessage(), refusal.message(Language.EN));
        assertNotEquals(refusal.getMessage(), refusal.messageId());
    }
}
