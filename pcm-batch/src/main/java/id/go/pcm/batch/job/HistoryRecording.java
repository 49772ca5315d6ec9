package id.go.pcm.batch.job;

import id.go.pcm.InputSummary;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.evaluation.MonthlyFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The step between rendering the set and publishing it ({@code history}): the month's figures replace
 * what the history held for it, in one transaction of their own. It runs after the set is written and
 * before it is moved into place, so that a full disk leaves the history as it was and a lost database
 * the published set as it was.
 */
public final class HistoryRecording implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecording.class);

    private final MonthRun month;
    private final HistoryStore history;

    /**
     * @param month   the month run of the execution, its files read
     * @param history the history tables
     */
    public HistoryRecording(MonthRun month, HistoryStore history) {
        this.month = month;
        this.history = history;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MonthlyFigures figures = month.evaluation().figures();
        LOG.info("Storing the history of {}", figures.period());
        history.replace(figures, inputsSha256(month.inputs()));
        return RepeatStatus.FINISHED;
    }

    /**
     * The digest the history records: SHA-256 over every file read, by the name it was read under and
     * its own digest, in reading order (for a month of CSV files, the five files' names and digests; a
     * CSV file replaced by its workbook is another input).
     */
    static String inputsSha256(List<InputSummary> inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (InputSummary input : inputs) {
                for (InputSummary.SourceFile file : input.files()) {
                    sha.update((file.file() + ":" + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
