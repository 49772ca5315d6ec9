package id.go.pcm.batch.job.internal;

import id.go.pcm.InputSummary;
import id.go.pcm.batch.job.CurrentRun;
import id.go.pcm.batch.job.MonthRun;
import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.csv.CsvFile;
import id.go.pcm.csv.CsvRow;
import id.go.pcm.validation.Checked;
import id.go.pcm.validation.Row;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The processor and writer of a reading step: each row goes through its file's rules from pcm-core;
 * accepted values go to the run, rejects to the file's spool. When the step ends, the file's summary
 * is recorded in the run.
 *
 * @param <T> the accepted value's type
 */
public final class RowCheck<T> implements ItemProcessor<CsvRow, Checked<T>>, ItemWriter<Checked<T>>,
        StepExecutionListener {

    /** A file's rules for this run. */
    @FunctionalInterface
    public interface Rules<T> extends Function<MonthRun, Function<Row, Checked<T>>> {
    }

    private final String file;
    private final CsvRowReader reader;
    private final CurrentRun run;
    private final Rules<T> rules;
    private final BiConsumer<MonthRun, T> accept;
    private final Consumer<MonthRun> finish;
    private Function<Row, Checked<T>> check;
    private RejectSpool spool;
    private long accepted;

    /**
     * @param file   the file name
     * @param reader the step's reader
     * @param run    the run
     * @param rules  makes the file's rules for the run (rules remember ids, so each run gets new ones)
     * @param accept takes an accepted value
     * @param finish called once the file is read, before the summary is recorded
     */
    public RowCheck(String file, CsvRowReader reader, CurrentRun run, Rules<T> rules, BiConsumer<MonthRun, T> accept,
                    Consumer<MonthRun> finish) {
        this.file = file;
        this.reader = reader;
        this.run = run;
        this.rules = rules;
        this.accept = accept;
        this.finish = finish;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        MonthRun month = run.get();
        spool = null; // an earlier execution's, already closed
        check = rules.apply(month);
        spool = new RejectSpool(month.rejectSpool(file));
        accepted = 0;
    }

    @Override
    public Checked<T> process(CsvRow row) {
        return check.apply(row);
    }

    @Override
    public void write(Chunk<? extends Checked<T>> chunk) {
        MonthRun month = run.get();
        for (Checked<T> checked : chunk) {
            if (checked.isAccepted()) {
                accept.accept(month, checked.value());
                accepted++;
            } else {
                spool.add(checked.reject());
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            if (spool != null) {
                spool.close();
            }
        } catch (RuntimeException e) {
            // Spring Batch only logs what afterStep throws: without this the step would count as done
            // with its rejects half written.
            return StepFailure.fail(stepExecution, e);
        }
        if (stepExecution.getStatus() != BatchStatus.COMPLETED || spool == null) {
            return stepExecution.getExitStatus(); // failed or stopped: the file was not read to its end
        }
        MonthRun month = run.get();
        finish.accept(month);
        CsvFile csv = reader.file();
        month.summary(new InputSummary(file, csv.sha256(), csv.rows(), accepted, spool.count(),
                List.copyOf(csv.unknownColumns())));
        month.rejects(file, spool.tally());
        return stepExecution.getExitStatus();
    }
}
