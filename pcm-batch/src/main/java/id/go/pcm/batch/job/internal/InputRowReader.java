package id.go.pcm.batch.job.internal;

import id.go.pcm.MonthFile;
import id.go.pcm.batch.job.MonthRun;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.internal.workbook.RowFiles;
import id.go.pcm.internal.rules.FileColumns;
import id.go.pcm.validation.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one input file of the month as rows, over pcm-core's streaming {@link RowFile}: the file the
 * month folder holds, {@code NAME.csv} or the workbook {@code NAME.xlsx} (SPEC 10.1). It keeps no
 * position for restarts: the rows it feeds go into in-memory state that a restart rebuilds, so a
 * restarted step reads its file again from the top.
 */
public final class InputRowReader implements ItemStreamReader<Row> {

    private static final Logger LOG = LoggerFactory.getLogger(InputRowReader.class);

    private final MonthFile file;
    private final MonthRun run;
    private final Progress progress;
    private RowFile csv;
    private Progress.Tracker tracker;

    /**
     * @param file     the file, one of the five of SPEC 1
     * @param run      the month run of the execution, which knows the input folder
     * @param progress where progress goes
     */
    public InputRowReader(MonthFile file, MonthRun run, Progress progress) {
        this.file = file;
        this.run = run;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        csv = RowFiles.open(run.input(file), FileColumns.of(file), FileColumns.kitColumns(file));
        tracker = progress.track(csv.name());
        if (!csv.unknownColumns().isEmpty()) {
            String warning = "unknown column(s) ignored: " + String.join(", ", csv.unknownColumns())
                    + " (check the header's spelling if one of them should count)";
            LOG.warn("{}: {}", csv.name(), warning);
            progress.warn(csv.name(), warning);
        }
    }

    @Override
    public Row read() {
        Row row = csv.nextRow();
        if (row != null) {
            tracker.row();
        } else {
            tracker.done();
        }
        return row;
    }

    @Override
    public void close() {
        if (csv != null) {
            csv.close();
        }
    }

    /** @return the open file, for its name, checksum, row count and unknown columns once read */
    public RowFile file() {
        return csv;
    }
}
