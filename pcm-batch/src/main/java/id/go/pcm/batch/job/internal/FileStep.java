package id.go.pcm.batch.job.internal;

import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.batch.job.MonthRun;
import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.Row;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;


/**
 * The writer of a reading step: a thin adapter that feeds the file's rows to the month's
 * {@link MonthEvaluation}, which knows the file's rules and registries, and spools the rejects it
 * hands back. When the step ends the file is finished and its summary and rejects recorded in the run.
 */
public final class FileStep implements ItemWriter<Row>, StepExecutionListener {

    private final MonthFile file;
    private final InputRowReader reader;
    private final MonthRun run;
    private MonthEvaluation.Feed feed;
    private RejectSpool spool;
    private WrongPeriods wrongPeriods;

    /**
     * @param file   the file the step reads
     * @param reader the step's reader
     * @param run    the month run of the execution
     */
    public FileStep(MonthFile file, InputRowReader reader, MonthRun run) {
        this.file = file;
        this.reader = reader;
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        spool = null; // an earlier execution's, already closed
        spool = new RejectSpool(run.rejectSpool(file));
        wrongPeriods = new WrongPeriods();
        if (file == MonthFile.AGENCIES) {
            run.readTypes(); // the types the agencies are of come first (SPEC 9.1), before their feed opens
        }
        feed = run.evaluation().open(file, this::rejected);
    }

    private void rejected(Reject reject) {
        spool.add(reject);
        wrongPeriods.note(reject);
    }

    @Override
    public void write(Chunk<? extends Row> chunk) {
        for (Row row : chunk) {
            feed.accept(row);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (spool == null) {
            return stepExecution.getExitStatus();
        }
        try {
            if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
                // agencies.csv hands its rejects back here, once its parents are settled
                feed.finishFrom(reader.sourcesRead(), reader.unknownColumns());
            }
            spool.close();
        } catch (RuntimeException e) {
            // Spring Batch only logs what afterStep throws: without this the step would count as done
            // with its rejects half written.
            return StepFailure.fail(stepExecution, e);
        }
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            return stepExecution.getExitStatus(); // failed or stopped: the file was not read to its end
        }
        run.rejects(file, spool.tally());
        run.wrongPeriods(file, wrongPeriods);
        return stepExecution.getExitStatus();
    }
}
