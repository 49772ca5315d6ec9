package id.go.pcm.batch.job;

import id.go.pcm.Language;
import id.go.pcm.InputSummary;
import id.go.pcm.MonthFile;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.output.FiguresJson;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputSet;
import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.batch.output.RejectsFile;
import id.go.pcm.batch.output.ScorecardNames;
import id.go.pcm.batch.report.DocumentWords;
import id.go.pcm.batch.report.ReportRenderer;
import id.go.pcm.batch.sign.DetachedSignature;
import id.go.pcm.batch.sign.PdfSigner;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.MonthHistory;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.RejectCount;
import id.go.pcm.validation.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The step that renders the month's set ({@code render}), once the gate let the month through: the
 * rejects file, the JSON twin, the scorecards and the report, each written whole into the set's
 * staging ({@link StagedSet}), which the {@code publish} step puts in place after the history is
 * stored. A run with a signing key signs the report and the scorecards and gives the JSON and the
 * rejects their {@code .p7s} (SPEC 8). Rendering twice gives the same bytes.
 */
public final class Publication implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(Publication.class);

    private final MonthRun month;
    private final StagedSet staged;
    private final HistoryStore history;
    private final ReportRenderer renderer;
    private final FiguresJson json = new FiguresJson();
    private final DocumentWords words;
    private final SigningKey signingKey;

    /**
     * @param month      the month run of the execution, its files read
     * @param staged     the execution's new set, written here
     * @param history    the history tables, for the earlier months the figures compare with
     * @param renderer   the report renderer
     * @param words      the installation's words on the report and the scorecards
     * @param signingKey the key that signs the outputs, opened for this run, or {@code null} when the
     *                   run signs nothing
     */
    public Publication(MonthRun month, StagedSet staged, HistoryStore history, ReportRenderer renderer, DocumentWords words,
                       SigningKey signingKey) {
        this.month = month;
        this.staged = staged;
        this.history = history;
        this.renderer = renderer;
        this.words = words;
        this.signingKey = signingKey;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        OutputFiles files = month.outputs();
        List<Path> spools = Arrays.stream(MonthFile.values()).map(month::rejectSpool).toList();
        try {
            List<InputSummary> inputs = month.inputs();
            // Signed at the as-of time: the same run gives the same signatures (SPEC 8).
            OffsetDateTime asOf = month.month().asOf();
            DetachedSignature data = signingKey == null ? null : new DetachedSignature(signingKey, asOf);
            PdfSigner pdfs = signingKey == null ? null : new PdfSigner(signingKey, asOf);
            if (signingKey != null) {
                LOG.info("Signing the outputs of {} with {} at {}", month.month().period(), signingKey, asOf);
            }
            MonthlyFigures figures = month.evaluation().figures();
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), figures.agencies().size() + 1));
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "pcm-render");
                thread.setDaemon(true);
                return thread;
            });
            try {
                OutputSet.Staging staging = staged.start();
                List<MonthHistory> earlier = history.before(figures.period());
                FiguresDocument document = new FiguresDocument(figures, inputs, earlier, month.settings(),
                        firstRejects(month), rejectCounts(month), history.previous(figures.period()).orElse(null),
                        month.submissions().refused());
                Locale locale = month.request().language() == Language.EN
                        ? Locale.ENGLISH : Locale.forLanguageTag("id");
                String signer = signingKey == null ? null : signingKey.subject();
                // The report, the longest single document, renders beside everything else: the rejects
                // and the JSON on this thread, then the scorecards on the pool's other threads.
                LOG.info("Rendering the report of {}", figures.period());
                Future<byte[]> report = pool.submit(() -> bytes(pdf(out -> renderer.render(document, locale, words, signer, out), pdfs)));
                staging.write(files.rejects(), RejectsFile.joining(spools, month.submissions().refused()));
                signBeside(staging, files, files.rejects(), data);
                staging.write(files.figures(), json.of(document));
                signBeside(staging, files, files.figures(), data);
                writeScorecards(staging.folder(files.scorecards()), figures, renderer.scorecards(document, locale, words), pdfs,
                        pool);
                byte[] rendered = done(report);
                staging.write(files.report(), out -> out.write(rendered));
            } finally {
                pool.shutdownNow();
            }
        } finally {
            spools.forEach(OutputFiles::deleteQuietly);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * One scorecard per active agency (SPEC 7), on every core: each is a document of its own, so the
     * bytes do not depend on which thread wrote it.
     */
    private static void writeScorecards(OutputSet.Folder folder, MonthlyFigures figures, ReportRenderer.Scorecards cards,
                                        PdfSigner pdfs, ExecutorService pool) {
        LOG.info("Writing {} scorecards", figures.agencies().size());
        Map<String, String> names = ScorecardNames.of(figures.agencies().stream().map(AgencyFigures::agencyId).toList());
        List<Future<?>> written = new ArrayList<>();
        for (AgencyFigures agency : figures.agencies()) {
            written.add(pool.submit(() -> folder.write(names.get(agency.agencyId()), pdf(out -> cards.write(agency, out), pdfs))));
        }
        for (Future<?> future : written) {
            done(future);
        }
    }

    /** @return what a task of the render pool gave, its failure thrown as it was (a full disk is told as such) */
    private static <T> T done(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a document could not be rendered", e.getCause());
        }
    }

    /** @return what a content writes, in memory: the report rendered off this thread, a PDF before its signature */
    private static byte[] bytes(OutputFiles.Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.writeTo(out);
        return out.toByteArray();
    }

    /**
     * A PDF of the month's set as it is written: signed when the run signs, as is. The report and
     * every scorecard go through here, so that all of the set's PDFs carry the run's signature.
     *
     * @param unsigned writes the PDF as rendered
     * @param signer   the run's PDF signer, or {@code null} when it signs nothing
     */
    static OutputFiles.Content pdf(OutputFiles.Content unsigned, PdfSigner signer) {
        if (signer == null) {
            return unsigned;
        }
        return out -> signer.sign(bytes(unsigned), out);
    }

    /**
     * Writes a data file's detached signature into the staging beside it, from the staged bytes, so
     * that what is signed is what is published; the two are published together or not at all.
     */
    private static void signBeside(OutputSet.Staging staging, OutputFiles files, Path signed, DetachedSignature data) {
        if (data != null) {
            staging.write(files.signatureOf(signed), out -> {
                try (InputStream in = staging.read(signed)) {
                    out.write(data.sign(in));
                }
            });
        }
    }

    /** The first rejected rows of the month, file by file in reading order. */
    private static List<Reject> firstRejects(MonthRun month) {
        return month.rejects().stream().flatMap(tally -> tally.first().stream()).limit(RejectSpool.FIRST_KEPT).toList();
    }

    /**
     * Rejected rows by file and rule, files in reading order, rules in code order; each file named as its
     * rejects name it ({@code dissemination.xlsx} for a workbook, SPEC 10.1).
     */
    private static List<RejectCount> rejectCounts(MonthRun month) {
        List<RejectCount> counts = new ArrayList<>();
        MonthFile[] files = MonthFile.values();
        for (int i = 0; i < files.length; i++) {
            String file = month.evaluation().input(files[i]).readFrom();
            month.rejects().get(i).byRule().forEach((rule, n) -> counts.add(new RejectCount(file, rule, n)));
        }
        return counts;
    }
}
