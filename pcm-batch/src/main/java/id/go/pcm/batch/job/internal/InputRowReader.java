package id.go.pcm.batch.job.internal;

import id.go.pcm.InputSource;
import id.go.pcm.InputSummary;
import id.go.pcm.MonthFile;
import id.go.pcm.batch.job.MonthRun;
import id.go.pcm.internal.csv.CsvFile;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.internal.rules.FileColumns;
import id.go.pcm.internal.workbook.RowFiles;
import id.go.pcm.validation.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.file.MultiResourceItemReader;
import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one input file of the month as rows, over pcm-core's streaming {@link RowFile}s: the file the
 * month folder holds, {@code NAME.csv} or the workbook {@code NAME.xlsx} (SPEC 10.1), then, for
 * {@code reports} and {@code dissemination}, each submission's sheet (SPEC 10.2), as one stream.
 *
 * <p>The sources are Spring Batch's resources read one after the other by its
 * {@link MultiResourceItemReader}, each through a {@link SourceReader}; the order is the month's
 * reading order, kept as given (the reader would otherwise sort by file name). It keeps no position
 * for restarts: the rows it feeds go into in-memory state that a restart rebuilds, so a restarted step
 * reads its sources again from the top. A CSV source is parsed ahead of the step's thread, on one of
 * its own ({@link ReadAhead}); the step still takes its rows one by one, in file order.
 */
public final class InputRowReader implements ItemStreamReader<Row> {

    private static final Logger LOG = LoggerFactory.getLogger(InputRowReader.class);

    private final MonthFile file;
    private final MonthRun run;
    private final Progress progress;
    private MultiResourceItemReader<Row> sources;
    private SourceReader reader;

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
        List<InputSource> found = run.sources(file);
        if (file == MonthFile.REPORTS) { // once a run: what submissions/ holds that gives no row
            run.submissions().ignored().forEach(name -> {
                LOG.warn("{}: ignored: only Excel workbooks (.xlsx) are read from submissions/", name);
                progress.warn(name, "ignored: only Excel workbooks (.xlsx) are read from submissions/");
            });
            run.submissions().refused().forEach(refused -> {
                LOG.warn("{}: refused: {}", refused.file(), refused.messageEn());
                progress.warn(refused.file(), "refused (UNUSABLE_FILE): " + refused.messageEn());
            });
        }
        Resource[] resources = new Resource[found.size()];
        for (int i = 0; i < resources.length; i++) {
            resources[i] = new SourceResource(found.get(i), i);
        }
        reader = new SourceReader();
        sources = new MultiResourceItemReader<>(reader);
        sources.setResources(resources);
        sources.setComparator(Comparator.comparingInt(resource -> ((SourceResource) resource).index));
        sources.setSaveState(false);
        sources.setStrict(false); // a month's reports may come from no file at all: then it has no row
        sources.open(context);
    }

    @Override
    public Row read() throws Exception {
        return sources.read();
    }

    @Override
    public void close() {
        if (sources != null) {
            sources.close();
        }
    }

    /** @return the sources read to their end, in reading order, each with its SHA-256 and rows (the JSON's {@code files}) */
    public List<InputSummary.SourceFile> sourcesRead() {
        return List.copyOf(reader.read);
    }

    /** @return the header columns that no rule reads, of every source, in the order first seen */
    public List<String> unknownColumns() {
        return List.copyOf(reader.unknown);
    }

    /** A source as a Spring resource: the file on disk, with the source's name and place in the reading order. */
    private static final class SourceResource extends PathResource {
        private final InputSource source;
        private final int index;

        SourceResource(InputSource source, int index) {
            super(source.path());
            this.source = source;
            this.index = index;
        }

        @Override
        public String getFilename() {
            return source.name();
        }

        @Override
        public String getDescription() {
            return source.name();
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Reads one source; when it ends, records its name, checksum and rows. */
    private final class SourceReader implements ResourceAwareItemReaderItemStream<Row> {
        private final List<InputSummary.SourceFile> read = new ArrayList<>();
        private final Set<String> unknown = new LinkedHashSet<>();
        private InputSource source;
        private RowFile rows;
        private Progress.Tracker tracker;
        /** Whether the open source was read to its end (and recorded): a read after the end records nothing more. */
        private boolean ended;

        @Override
        public void setResource(Resource resource) {
            source = ((SourceResource) resource).source;
        }

        @Override
        public void open(ExecutionContext context) {
            RowFile opened = RowFiles.open(source, FileColumns.of(file), FileColumns.kitColumns(file));
            // A CSV file is parsed on a thread of its own, ahead of the checking (a workbook's rows consult their sheet).
            rows = opened instanceof CsvFile ? new ReadAhead(opened) : opened;
            ended = false;
            tracker = progress.track(rows.name());
            if (!rows.unknownColumns().isEmpty()) {
                String warning = "unknown column(s) ignored: " + String.join(", ", rows.unknownColumns())
                        + " (check the header's spelling if one of them should count)";
                LOG.warn("{}: {}", rows.name(), warning);
                progress.warn(rows.name(), warning);
            }
            unknown.addAll(rows.unknownColumns());
        }

        @Override
        public Row read() {
            Row row = rows.nextRow();
            if (row != null) {
                tracker.row();
            } else if (!ended) {
                ended = true;
                tracker.done();
                read.add(new InputSummary.SourceFile(rows.name(), rows.sha256(), rows.rows()));
            }
            return row;
        }

        @Override
        public void close() {
            if (rows != null) {
                rows.close();
                rows = null;
            }
        }
    }
}
