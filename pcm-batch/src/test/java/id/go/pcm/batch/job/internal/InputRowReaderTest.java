package id.go.pcm.batch.job.internal;

import id.go.pcm.MonthFile;
import id.go.pcm.batch.cli.RunRequest;
import id.go.pcm.batch.job.JobTests;
import id.go.pcm.batch.job.MonthRun;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.internal.csv.CsvFile;
import id.go.pcm.internal.rules.FileColumns;
import id.go.pcm.validation.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.PrintStream;
import java.io.OutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputRowReaderTest {

    private static final String THREAD = ReadAhead.THREAD_PREFIX + "dissemination.csv";

    @TempDir
    Path output;
    @TempDir
    Path input;

    /** The test month with a dissemination.csv of many batches, so that the step is still reading after its first row. */
    private RunRequest month() throws IOException {
        RunRequest september = JobTests.september(output);
        try (Stream<Path> files = Files.list(september.input())) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 20 * ReadAhead.BATCH; i++) {
            rows.append("EX").append(i).append(",N1,JABAR,X,2024-09-02T10:00:00+07:00,https://x.com/jabar/").append(i).append(",,,\n");
        }
        Files.writeString(input.resolve("dissemination.csv"), rows, StandardOpenOption.APPEND);
        return new RunRequest(september.period(), input, output, september.asOf(), september.language(), september.maxRejectRatio(), september.signing());
    }

    private static InputRowReader dissemination(RunRequest request) {
        MonthRun run = new MonthRun(request, request.month(request.asOf(), ZoneId.of("Asia/Jakarta")), EvaluationSettings.DEFAULTS);
        return new InputRowReader(MonthFile.DISSEMINATION, run, new Progress(new PrintStream(OutputStream.nullOutputStream())));
    }

    private static boolean readingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().equals(THREAD));
    }

    @Test
    void aCsvSourceIsParsedAheadOnAThreadOfItsOwnThatEndsWhenTheStepClosesEarly() throws Exception {
        InputRowReader reader = dissemination(month());
        reader.open(new ExecutionContext());
        reader.read();

        assertTrue(readingThreadAlive(), "the bundled dissemination.csv is read ahead");
        reader.close();
        assertFalse(readingThreadAlive(), "closing the step ends its reading thread");
    }

    @Test
    void theStepReadsTheFilesRowsInOrderWithTheirLinesAndChecksum() throws Exception {
        RunRequest request = month();
        Path file = request.input().resolve("dissemination.csv");
        List<String> expected = new ArrayList<>();
        String sha256;
        try (CsvFile csv = CsvFile.open(file, FileColumns.of(MonthFile.DISSEMINATION))) {
            for (Row row : csv) {
                expected.add(row.file() + ":" + row.line() + ":" + row.value("agency_id"));
            }
            sha256 = csv.sha256();
        }

        InputRowReader reader = dissemination(request);
        reader.open(new ExecutionContext());
        List<String> read = new ArrayList<>();
        Row row;
        while ((row = reader.read()) != null) {
            read.add(row.file() + ":" + row.line() + ":" + row.value("agency_id"));
        }
        reader.close();

        assertEquals(5 + 20 * ReadAhead.BATCH, read.size());
        assertEquals(expected, read);
        assertEquals(sha256, reader.sourcesRead().get(0).sha256());
        assertFalse(readingThreadAlive());
    }
}
