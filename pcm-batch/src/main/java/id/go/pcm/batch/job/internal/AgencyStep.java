package id.go.pcm.batch.job.internal;

import id.go.pcm.InputSummary;
import id.go.pcm.agency.AgencyCheck;
import id.go.pcm.agency.AgencyRules;
import id.go.pcm.batch.job.CurrentRun;
import id.go.pcm.batch.job.MonthRun;
import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.csv.CsvFile;
import id.go.pcm.csv.CsvRow;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.List;

/**
 * The writer of the agencies step. A regency may name a province further down the file, so the rows
 * are only settled once the whole file is read: the registry and the rejects come in {@link #afterStep}.
 */
public final class AgencyStep implements ItemWriter<CsvRow>, StepExecutionListener {

    private final CsvRowReader reader;
    private final CurrentRun run;
    private AgencyRules rules;

    /**
     * @param reader the step's reader
     * @param run    the run
     */
    public AgencyStep(CsvRowReader reader, CurrentRun run) {
        this.reader = reader;
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        rules = new AgencyRules(run.get().month().period());
    }

    @Override
    public void write(Chunk<? extends CsvRow> chunk) {
        chunk.forEach(rules::add);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            return stepExecution.getExitStatus(); // failed or stopped: the file was not read to its end
        }
        MonthRun month = run.get();
        AgencyCheck check = rules.finish();
        try (RejectSpool spool = new RejectSpool(month.rejectSpool(AgencyRules.FILE))) {
            check.rejects().forEach(spool::add);
            month.rejects(AgencyRules.FILE, spool.tally());
        } catch (RuntimeException e) {
            // Spring Batch only logs what afterStep throws: the step must fail, not pass without its rejects.
            return StepFailure.fail(stepExecution, e);
        }
        month.agencies(check.registry());
        CsvFile csv = reader.file();
        long rejected = check.rejects().size();
        month.summary(new InputSummary(AgencyRules.FILE, csv.sha256(), csv.rows(), csv.rows() - rejected, rejected,
                List.copyOf(csv.unknownColumns())));
        return stepExecution.getExitStatus();
    }
}
