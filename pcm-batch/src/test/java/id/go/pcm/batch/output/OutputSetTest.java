package id.go.pcm.batch.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The month's outputs as one set: a publication stopped after any of its steps, by a kill (the next
 * run completes it) or by a failure in the run (undone at once), leaves the new set whole or the
 * earlier one whole, and no working file.
 */
class OutputSetTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

    @TempDir
    Path dir;

    /** What a kill does: the process stops there, nothing of it runs on. */
    private static final class Kill extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static final Map<String, String> EARLIER = Map.of(
            "pcm-report-2024-09.pdf", "earlier report", "pcm-figures-2024-09.json", "earlier figures",
            "pcm-rejects-2024-09.csv", "earlier rejects", "pcm-rejects-2024-09-refused.csv", "earlier refused rejects",
            "pcm-report-2024-08.pdf", "August's report");
    private static final Map<String, String> NEW = Map.of(
            "pcm-report-2024-09.pdf", "new report", "pcm-figures-2024-09.json", "new figures",
            "pcm-rejects-2024-09.csv", "new rejects", "pcm-report-2024-08.pdf", "August's report");

    private Path folderWithTheEarlierSet(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, String> file : EARLIER.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    /** Publishes the new set, with {@code stop} run after every step; returns the steps seen. */
    private static List<String> publish(Path folder, OutputSet.Steps stop) {
        List<String> steps = new ArrayList<>();
        OutputFiles files = new OutputFiles(folder, SEPTEMBER);
        OutputSet set = new OutputSet(files, step -> {
            steps.add(step);
            stop.done(step);
        });
        try (OutputSet.Staging staging = set.stage()) {
            staging.write(files.rejects(), text("new rejects"));
            staging.write(files.figures(), text("new figures"));
            staging.write(files.report(), text("new report"));
            staging.publish();
        }
        return steps;
    }

    private static OutputFiles.Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aKillAfterAnyStepIsCompletedByTheNextRun() throws IOException {
        int all = publish(folderWithTheEarlierSet("uninterrupted"), step -> { }).size();
        assertTrue(all >= 8, "journal, three asides, three moves in, one removal, the journal's end: " + all);
        for (int k = 1; k <= all; k++) {
            Path folder = folderWithTheEarlierSet("killed-after-" + k);
            int stopAt = k;
            int[] seen = {0};
            assertThrows(Kill.class, () -> publish(folder, step -> {
                if (++seen[0] == stopAt) {
                    throw new Kill();
                }
            }));

            new OutputSet(new OutputFiles(folder, SEPTEMBER)).recover();

            assertEquals(NEW, contents(folder), "killed after step " + k + " and recovered");
        }
    }

    @Test
    void aKillWhileTheSetIsStagedLeavesTheEarlierSetAndTheNextRunRemovesTheStaging() throws IOException {
        Path folder = folderWithTheEarlierSet("killed-staging");
        OutputFiles files = new OutputFiles(folder, SEPTEMBER);
        OutputSet.Staging staging = new OutputSet(files).stage();
        staging.write(files.rejects(), text("new rejects"));
        // killed here: the staging is never closed

        new OutputSet(files).recover();

        assertEquals(EARLIER, contents(folder));
    }

    @Test
    void aFailureAfterAnyStepIsUndoneInTheRun() throws IOException {
        int all = publish(folderWithTheEarlierSet("uninterrupted"), step -> { }).size();
        // The journal's removal is the end: a failure after it is a failure of clean-up only.
        int lastUndoable = all - 1;
        for (int k = 1; k < lastUndoable; k++) {
            Path folder = folderWithTheEarlierSet("failed-after-" + k);
            int failAt = k;
            int[] seen = {0};
            OutputWriteException failure = assertThrows(OutputWriteException.class, () -> publish(folder, step -> {
                if (++seen[0] == failAt) {
                    throw new IOException("refused by the file system after: " + step);
                }
            }));

            assertEquals(EARLIER, contents(folder), "failed after step " + k + ", undone: " + failure.getMessage());
            assertFalse(failure.operatorLine().contains("completes the publication"), failure.operatorLine());
        }
    }

    @Test
    void aFolderInTheWayStopsThePublicationBeforeAnythingMoves() throws IOException {
        Path folder = folderWithTheEarlierSet("in-the-way");
        Files.delete(folder.resolve("pcm-figures-2024-09.json"));
        Files.createDirectories(folder.resolve("pcm-figures-2024-09.json").resolve("inside"));
        Map<String, String> before = contents(folder);

        OutputWriteException failure = assertThrows(OutputWriteException.class, () -> publish(folder, step -> { }));

        assertEquals(before, contents(folder));
        assertEquals("A folder stands where " + folder.resolve("pcm-figures-2024-09.json") + " goes: move it away or"
                + " remove it, then run the same command again; the month's earlier outputs are as they were.",
                failure.operatorLine());
    }

    @Test
    void anotherMonthsFilesAndForeignFilesAreNeverTouched() throws IOException {
        Path folder = folderWithTheEarlierSet("foreign");
        Files.writeString(folder.resolve("notes.txt"), "the operator's");
        Files.createDirectories(folder.resolve("pcm-rejects-2024-09-refused.csv.d"));

        publish(folder, step -> { });

        Map<String, String> expected = new TreeMap<>(NEW);
        expected.put("notes.txt", "the operator's");
        expected.put("pcm-rejects-2024-09-refused.csv.d/", "");
        assertEquals(expected, contents(folder));
    }

    /** Every entry of the folder, hidden ones included, with its text (a folder as {@code name/}). */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    contents.put(name + "/", "");
                } else {
                    contents.put(name, Files.readString(entry));
                }
            }
        }
        return contents;
    }
}
