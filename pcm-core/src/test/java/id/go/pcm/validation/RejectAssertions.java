package id.go.pcm.validation;

import id.go.pcm.internal.Checked;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a reject the way SPEC 1.7 describes it: where it is, which rule and column, and two messages a
 * clerk can act on, one in Bahasa Indonesia and one in English.
 */
public final class RejectAssertions {

    private static final Pattern UNFILLED_PLACE = Pattern.compile("\\{[0-9]+}");

    private RejectAssertions() {
    }

    /**
     * Asserts that a rule rejected its row as expected.
     *
     * @param checked  the outcome of the rule
     * @param file     the expected file
     * @param line     the expected line
     * @param recordId the expected record id, or {@code null} when unreadable
     * @param code     the expected rule code
     * @param column   the expected column, or {@code null}
     * @param mentions texts both messages must contain; when none are given, the column
     * @return the reject, for further checks
     */
    public static Reject assertRejected(Checked<?> checked, String file, long line, String recordId,
                                        RejectCode code, String column, String... mentions) {
        assertNotNull(checked.reject(), () -> "expected a " + code + " reject but the row was accepted: " + checked.value());
        assertFalse(checked.isAccepted(), "a rejected row is not accepted");
        return assertReject(checked.reject(), file, line, recordId, code, column, mentions);
    }

    /**
     * Asserts a reject's parts and messages.
     *
     * @param reject   the reject
     * @param file     the expected file
     * @param line     the expected line
     * @param recordId the expected record id, or {@code null} when unreadable
     * @param code     the expected rule code
     * @param column   the expected column, or {@code null}
     * @param mentions texts both messages must contain; when none are given, the column
     * @return the reject
     */
    public static Reject assertReject(Reject reject, String file, long line, String recordId,
                                      RejectCode code, String column, String... mentions) {
        assertNotNull(reject, "reject");
        assertEquals(code, reject.code(), () -> "code of " + reject);
        assertEquals(column, reject.column(), () -> "column of " + reject);
        assertEquals(file, reject.file(), () -> "file of " + reject);
        assertEquals(line, reject.line(), () -> "line of " + reject);
        assertEquals(recordId, reject.recordId(), () -> "record id of " + reject);
        assertMessages(reject, mentions.length == 0 ? new String[] {column} : mentions);
        return reject;
    }

    private static void assertMessages(Reject reject, String... mentions) {
        String id = reject.messageId();
        String en = reject.messageEn();
        assertFalse(id == null || id.isBlank(), () -> "Indonesian message is blank: " + reject);
        assertFalse(en == null || en.isBlank(), () -> "English message is blank: " + reject);
        assertNotEquals(en, id, () -> "the Indonesian message is the English one: " + reject);
        assertFalse(UNFILLED_PLACE.matcher(id).find(), () -> "unfilled place in " + id);
        assertFalse(UNFILLED_PLACE.matcher(en).find(), () -> "unfilled place in " + en);
        for (String mention : mentions) {
            assertNotNull(mention, "a message must mention the column or the value");
            assertTrue(id.contains(mention), () -> "Indonesian message does not mention '" + mention + "': " + id);
            assertTrue(en.contains(mention), () -> "English message does not mention '" + mention + "': " + en);
        }
    }
}
