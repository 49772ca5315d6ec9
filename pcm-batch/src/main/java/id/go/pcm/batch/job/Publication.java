package id.go.pcm.batch.job;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.batch.cli.RunRequest;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.evaluation.MonthHistory;
import id.go.pcm.batch.job.internal.WrongPeriods;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.output.FiguresJson;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputSet;
import id.go.pcm.batch.output.OutputWriteException;
import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.batch.output.RejectsFile;
import id.go.pcm.batch.output.ScorecardNames;
import id.go.pcm.batch.report.ReportRenderer;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.batch.sign.DetachedSignature;
import id.go.pcm.batch.sign.PdfSigner;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.RejectCount;
import id.go.pcm.validation.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The last step. Unless too many rows were rejected (then only {@code pcm-rejects-YYYY-MM-refused.csv}
 * is written, beside the month's set, which stays as it was), the month's set: the rejects file, the
 * JSON twin and the report are staged whole, the history is replaced in one transaction, and the set
 * is published as one ({@link OutputSet}). A run with a signing key signs the report and gives the
 * JSON and the rejects (the refused ones too) their {@code .p7s} (SPEC 8). Running it twice gives the
 * same bytes.
 */
public final class Publication implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(Publication.class);

    private final CurrentRun run;
    private final HistoryStore history;
    private final ReportRenderer renderer;
    private final FiguresJson json = new FiguresJson();
    private final String issuer;
    private final SigningKey signingKey;

    /**
     * @param run        the run
     * @param history    the history tables
     * @param renderer   the report renderer
     * @param issuer     the issuing unit printed on the report
     * @param signingKey the key that signs the outputs, opened for this run, or {@code null} when the
     *                   run signs nothing
     */
    public Publication(CurrentRun run, HistoryStore history, ReportRenderer renderer, String issuer, SigningKey signingKey) {
        this.run = run;
        this.history = history;
        this.renderer = renderer;
        this.issuer = issuer;
        this.signingKey = signingKey;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MonthRun month = run.get();
        OutputFiles files = new OutputFiles(month.request().output(), month.month().period());
        List<Path> spools = Monev.FILES.stream().map(month::rejectSpool).toList();
        try {
            List<InputSummary> inputs = month.inputs();
            // Signed at the as-of time: the same run gives the same signatures (SPEC 8).
            OffsetDateTime asOf = month.month().asOf();
            DetachedSignature data = signingKey == null ? null : new DetachedSignature(signingKey, asOf);
            PdfSigner pdfs = signingKey == null ? null : new PdfSigner(signingKey, asOf);
            if (signingKey != null) {
                LOG.info("Signing the outputs of {} with {} at {}", month.month().period(), signingKey, asOf);
            }
            try {
                checkRejectRatio(month, inputs, files);
            } catch (TooManyRejectsException e) {
                // The published set stays as it was; the operator gets the rejects to fix the files.
                writeRefused(files, RejectsFile.joining(spools), data);
                throw e;
            }
            // The whole set is written before any of it is moved into place, and the history is
            // stored in between: a full disk or a lost database leaves the previous set as it was.
            MonthlyFigures figures = month.evaluation().figures();
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), figures.agencies().size() + 1));
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "pcm-render");
                thread.setDaemon(true);
                return thread;
            });
            try (OutputSet.Staging staging = new OutputSet(files).stage()) {
                List<MonthHistory> earlier = history.before(figures.period());
                FiguresDocument document = new FiguresDocument(figures, inputs, earlier, month.settings(),
                        firstRejects(month), rejectCounts(month), history.previous(figures.period()).orElse(null));
                Locale locale = month.request().language() == RunRequest.Language.EN
                        ? Locale.ENGLISH : Locale.forLanguageTag("id");
                String signer = signingKey == null ? null : signingKey.subject();
                // The report, the longest single document, renders beside everything else: the rejects
                // and the JSON on this thread, then the scorecards on the pool's other threads.
                LOG.info("Rendering the report of {}", figures.period());
                Future<byte[]> report = pool.submit(() -> bytes(pdf(out -> renderer.render(document, locale, issuer, signer, out), pdfs)));
                staging.write(files.rejects(), RejectsFile.joining(spools));
                signBeside(staging, files, files.rejects(), data);
                staging.write(files.figures(), json.of(document));
                signBeside(staging, files, files.figures(), data);
                writeScorecards(staging.folder(files.scorecards()), figures, renderer.scorecards(document, locale, issuer), pdfs,
                        pool);
                byte[] rendered = done(report);
                staging.write(files.report(), out -> out.write(rendered));
                LOG.info("Storing the history of {}", figures.period());
                history.replace(figures, inputsSha256(inputs));
                LOG.info("Publishing the outputs of {}", figures.period());
                staging.publish();
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

    /**
     * Writes the refused run's rejects, and its signature when the run signs. An earlier refused run's
     * signature goes first: at no moment does a signature lie beside a file it does not sign.
     */
    private static void writeRefused(OutputFiles files, OutputFiles.Content rejects, DetachedSignature data) {
        Path refused = files.refusedRejects();
        Path signature = files.signatureOf(refused);
        try {
            Files.deleteIfExists(signature);
        } catch (IOException e) {
            throw new OutputWriteException(signature, e);
        }
        files.writeAlone(refused, rejects);
        if (data != null) {
            files.writeAlone(signature, out -> {
                try (InputStream in = Files.newInputStream(refused)) {
                    out.write(data.sign(in));
                }
            });
        }
    }

    /**
     * Refuses the month when a file has too many rejected rows. When nearly all of a failing file's
     * rows are for another month, that is said first: the operator gave the wrong month or folder.
     */
    private static void checkRejectRatio(MonthRun month, List<InputSummary> inputs, OutputFiles files) {
        double max = month.request().maxRejectRatio();
        String ratio = java.math.BigDecimal.valueOf(max).stripTrailingZeros().toPlainString();
        YearMonth period = month.month().period();
        List<InputSummary> failing = inputs.stream().filter(input -> input.rejectRatio() > max).toList();
        for (InputSummary input : failing) {
            WrongPeriods wrong = month.wrongPeriods(input.file());
            Optional<YearMonth> other = wrong.otherMonth(input.rows(), period);
            if (other.isPresent()) {
                throw new TooManyRejectsException(String.format(Locale.ROOT,
                        "the rows of %s are for %s, not %s: check --period and --input (%d of its %d rows rejected as"
                                + " WRONG_PERIOD, more than --max-reject-ratio=%s allows; listed in %s).",
                        input.file(), other.get(), period, wrong.count(), input.rows(), ratio, files.refusedRejects()));
            }
        }
        for (InputSummary input : failing) {
            throw new TooManyRejectsException(String.format(Locale.ROOT,
                    "%s: %d of %d rows rejected (%.1f%%), more than --max-reject-ratio=%s allows; fix the rows listed in %s and run again.",
                    input.file(), input.rejected(), input.rows(), 100 * input.rejectRatio(), ratio, files.refusedRejects()));
        }
    }

    /** The digest the history records: SHA-256 over the five files' own digests, in file order. */
    static String inputsSha256(List<InputSummary> inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (InputSummary input : inputs) {
                sha.update((input.file() + ":" + input.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first rejected rows of the month, file by file in reading order. */
    private static List<Reject> firstRejects(MonthRun month) {
        return month.rejects().stream().flatMap(tally -> tally.first().stream()).limit(RejectSpool.FIRST_KEPT).toList();
    }

    /** Rejected rows by file and rule, files in reading order, rules in code order. */
    private static List<RejectCount> rejectCounts(MonthRun month) {
        List<RejectCount> counts = new ArrayList<>();
        for (int i = 0; i < Monev.FILES.size(); i++) {
            String file = Monev.FILES.get(i);
            month.rejects().get(i).byRule().forEach((rule, n) -> counts.add(new RejectCount(file, rule, n)));
        }
        return counts;
    }
}
