package id.go.pcm.batch.job;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.batch.cli.RunRequest;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.batch.history.MonthHistory;
import id.go.pcm.batch.job.internal.RowCheck;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.output.FiguresJson;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.RejectsFile;
import id.go.pcm.batch.report.ReportRenderer;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last step: the rejects file, then (unless too many rows were rejected) the figures, the JSON
 * twin, the report and the month's history. Every file is written whole under a temporary name and
 * moved into place; the history is replaced in one transaction. Running it twice gives the same bytes.
 */
public final class Publication implements Tasklet {

    /** How many rejected rows the report lists in its data-quality section. */
    static final int FIRST_REJECTS = 50;

    private final CurrentRun run;
    private final HistoryStore history;
    private final ReportRenderer renderer;
    private final FiguresJson json = new FiguresJson();
    private final String issuer;

    /**
     * @param run      the run
     * @param history  the history tables
     * @param renderer the report renderer
     * @param issuer   the issuing unit printed on the report
     */
    public Publication(CurrentRun run, HistoryStore history, ReportRenderer renderer, String issuer) {
        this.run = run;
        this.history = history;
        this.renderer = renderer;
        this.issuer = issuer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MonthRun month = run.get();
        OutputFiles files = new OutputFiles(month.request().output(), month.month().period());
        List<Path> spools = Monev.FILES.stream().map(file -> RowCheck.spoolPath(month, file)).toList();
        files.writeWhole(files.rejects(), RejectsFile.joining(spools));
        List<InputSummary> inputs = month.inputs();
        try {
            checkRejectRatio(month, inputs, files);
        } catch (TooManyRejectsException e) {
            spools.forEach(OutputFiles::deleteQuietly);
            throw e;
        }

        MonthlyFigures figures = month.evaluator().figures();
        List<MonthHistory> earlier = history.before(figures.period());
        RejectDigest rejects = digest(spools);
        FiguresDocument document = new FiguresDocument(figures, inputs, earlier, month.settings(), rejects.first(),
                rejects.counts(), history.previous(figures.period()).orElse(null));
        files.writeWhole(files.figures(), json.of(document));
        Locale locale = month.request().language() == RunRequest.Language.EN
                ? Locale.ENGLISH : Locale.forLanguageTag("id");
        files.writeWhole(files.report(), out -> renderer.render(document, locale, issuer, out));
        history.replace(figures, inputsSha256(inputs));
        spools.forEach(OutputFiles::deleteQuietly);
        return RepeatStatus.FINISHED;
    }

    private static void checkRejectRatio(MonthRun month, List<InputSummary> inputs, OutputFiles files) {
        double max = month.request().maxRejectRatio();
        for (InputSummary input : inputs) {
            if (input.rejectRatio() > max) {
                throw new TooManyRejectsException(String.format(Locale.ROOT,
                        "%s: %d of %d rows rejected (%.1f%%), more than --max-reject-ratio=%s allows; fix the rows listed in %s and run again.",
                        input.file(), input.rejected(), input.rows(), 100 * input.rejectRatio(),
                        java.math.BigDecimal.valueOf(max).stripTrailingZeros().toPlainString(), files.rejects()));
            }
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

    private record RejectDigest(List<Reject> first, List<FiguresDocument.RejectCount> counts) {
    }

    /** Reads the spools back: counts by file and rule, and the first rejected rows, in memory that stays flat. */
    private static RejectDigest digest(List<Path> spools) {
        List<Reject> first = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        List<FiguresDocument.RejectCount> ordered = new ArrayList<>();
        for (Path spool : spools) {
            counts.clear();
            String file = null;
            try (Reader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
                for (CSVRecord record : parser) {
                    file = unquote(record.get(0));
                    counts.merge(record.get(3), 1L, Long::sum);
                    if (first.size() < FIRST_REJECTS) {
                        first.add(new Reject(file, Long.parseLong(record.get(1)), emptyToNull(unquote(record.get(2))),
                                RejectCode.valueOf(record.get(3)), emptyToNull(unquote(record.get(4))),
                                unquote(record.get(5)), unquote(record.get(6))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String fileName = file;
            counts.forEach((rule, count) -> ordered.add(new FiguresDocument.RejectCount(fileName, rule, count)));
        }
        return new RejectDigest(first, ordered);
    }

    /** Undoes the formula guard for the report: the PDF shows the value as the agency sent it. */
    private static String unquote(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
