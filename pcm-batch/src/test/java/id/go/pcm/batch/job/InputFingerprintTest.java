package id.go.pcm.batch.job;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The input files' fingerprint, a job parameter that tells a resumable run from a new one
 * ({@link MonthlyLauncher#fingerprint}): it fits the job repository's parameter column (2,500
 * characters) with the hundreds of workbooks of a nation's {@code submissions/}, and still changes
 * when one of them is sent again.
 */
class InputFingerprintTest {

    /** Spring Batch's {@code BATCH_JOB_EXECUTION_PARAMS.PARAMETER_VALUE}. */
    private static final int PARAMETER_COLUMN = 2_500;

    @TempDir
    Path month;
    Path submissions;

    @BeforeEach
    void monthOfSubmissions() throws IOException {
        for (String file : new String[]{"agencies.csv", "narratives.csv", "media.csv"}) {
            Files.writeString(month.resolve(file), "header\n");
        }
        submissions = Files.createDirectory(month.resolve("submissions"));
        for (int i = 0; i < 600; i++) {
            Files.writeString(submissions.resolve(String.format("KAB-%02d.%02d.xlsx", i / 100, i % 100)), "workbook " + i);
        }
    }

    @Test
    void sixHundredSubmissionsFitTheJobRepositorysParameterColumn() throws IOException {
        String print = MonthlyLauncher.fingerprint(month);
        assertTrue(print.length() < PARAMETER_COLUMN, print.length() + " characters");
        assertTrue(print.contains("submissions/:600:"), print);
    }

    @Test
    void aSubmissionSentAgainOrAddedIsAnotherInput() throws IOException {
        String before = MonthlyLauncher.fingerprint(month);
        assertEquals(before, MonthlyLauncher.fingerprint(month), "the same files, the same print");
        Path one = submissions.resolve("KAB-03.07.xlsx");
        FileTime time = Files.getLastModifiedTime(one);
        Files.writeString(one, "workbook 307, corrected");
        Files.setLastModifiedTime(one, time);
        String resent = MonthlyLauncher.fingerprint(month);
        assertNotEquals(before, resent, "one workbook of 600 replaced by a longer one, its time kept");
        Files.setLastModifiedTime(one, FileTime.fromMillis(time.toMillis() + 1_000));
        assertNotEquals(resent, MonthlyLauncher.fingerprint(month), "the same workbook saved again");
        resent = MonthlyLauncher.fingerprint(month);
        Files.writeString(submissions.resolve("KAB-99.99.xlsx"), "late");
        assertNotEquals(resent, MonthlyLauncher.fingerprint(month));
    }

    @Test
    void aMonthWithoutSubmissionsKeepsItsPrintOfNamesSizesAndTimes() throws IOException {
        Path plain = Files.createDirectory(month.resolve("plain"));
        Files.writeString(plain.resolve("agencies.csv"), "header\n");
        Files.setLastModifiedTime(plain.resolve("agencies.csv"), FileTime.fromMillis(1_000));
        assertEquals("agencies.csv:7:1000;narratives.csv:-;reports.csv:-;dissemination.csv:-;media.csv:-;",
                MonthlyLauncher.fingerprint(plain));
    }
}
