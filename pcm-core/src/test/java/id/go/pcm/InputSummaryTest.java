package id.go.pcm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A month's file and the files its rows came from (SPEC 10.1's {@code files}). */
class InputSummaryTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void aFileReadFromOneSourceHasThatSourcesChecksum() {
        InputSummary one = new InputSummary("dissemination.csv", 3, 2, 1, List.of(),
                List.of(new InputSummary.SourceFile("dissemination.xlsx", A, 3)));

        assertEquals("dissemination.csv", one.file());
        assertEquals(A, one.sha256());
        assertEquals("dissemination.xlsx", one.readFrom());
    }

    @Test
    void aFileReadFromSeveralSourcesOrFromNoneHasNoChecksumOfItsOwn() {
        InputSummary several = new InputSummary("reports.csv", 5, 5, 0, List.of(), List.of(
                new InputSummary.SourceFile("reports.xlsx", A, 2), new InputSummary.SourceFile("submissions/x.xlsx#reports", B, 3)));
        InputSummary none = new InputSummary("reports.csv", null, 5, 5, 0, List.of());

        assertNull(several.sha256());
        assertNull(none.sha256());
        assertEquals("reports.csv", several.readFrom());
        assertEquals("reports.csv", none.readFrom());
        assertEquals(List.of(), none.files());
    }

    @Test
    void theOneFileFormIsItsOwnSource() {
        InputSummary csv = new InputSummary("media.csv", A, 4, 4, 0, List.of("extra"));

        assertEquals(List.of(new InputSummary.SourceFile("media.csv", A, 4)), csv.files());
        assertEquals(A, csv.sha256());
    }

    @Test
    void everyRowEndsAcceptedOrRejected() {
        assertThrows(IllegalArgumentException.class, () -> new InputSummary("media.csv", 4, 3, 0, List.of(), List.of()));
    }
}
