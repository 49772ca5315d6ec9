package id.go.pcm.batch.job;

import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The set between the step that writes it and the step that publishes it: whatever way the job
 * execution ends before publishing, closing it leaves the folder as it was.
 */
class StagedSetTest {

    @TempDir
    Path folder;

    private OutputFiles files() {
        return new OutputFiles(folder, YearMonth.of(2024, 9));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(OutputSet.Staging staging, Path target, String text) {
        staging.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSetWrittenButNotPublishedIsRemovedWhenTheExecutionEnds() throws IOException {
        Files.writeString(files().report(), "earlier report");
        StagedSet staged = new StagedSet(files());
        write(staged.start(), files().report(), "new report");

        staged.close();

        assertEquals(List.of("pcm-report-2024-09.pdf"), names(), "no staging left beside the earlier set");
        assertEquals("earlier report", Files.readString(files().report()));
    }

    @Test
    void aPublishedSetStaysWhenTheExecutionEnds() throws IOException {
        StagedSet staged = new StagedSet(files());
        OutputSet.Staging staging = staged.start();
        write(staging, files().report(), "new report");
        write(staging, files().figures(), "new figures");

        staged.publish();
        staged.close();

        assertEquals(List.of("pcm-figures-2024-09.json", "pcm-report-2024-09.pdf"), names());
        assertEquals("new report", Files.readString(files().report()));
    }

    @Test
    void startingAgainDropsWhatAnEarlierStartWrote() throws IOException {
        StagedSet staged = new StagedSet(files());
        write(staged.start(), files().figures(), "figures of a render cut short");
        write(staged.start(), files().report(), "new report");

        staged.publish();

        assertEquals(List.of("pcm-report-2024-09.pdf"), names(), "only what the last start wrote is published");
    }

    @Test
    void publishingWithoutASetWrittenIsAStepOutOfOrder() throws IOException {
        StagedSet staged = new StagedSet(files());

        IllegalStateException e = assertThrows(IllegalStateException.class, staged::publish);

        assertEquals("no set written in this execution: the job's steps ran out of order", e.getMessage());
        assertEquals(List.of(), names(), "nothing moved");
    }
}
