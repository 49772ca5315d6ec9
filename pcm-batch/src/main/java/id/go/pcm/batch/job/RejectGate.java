package id.go.pcm.batch.job;

import id.go.pcm.InputSummary;
import id.go.pcm.MonthFile;
import id.go.pcm.batch.job.internal.WrongPeriods;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputWriteException;
import id.go.pcm.batch.output.RejectsFile;
import id.go.pcm.batch.sign.DetachedSignature;
import id.go.pcm.batch.sign.SigningKey;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The step after the reading ({@code gate}): the month is refused when a file has more rejected rows
 * than {@code --max-reject-ratio} allows (exit status 4). Then only {@code pcm-rejects-YYYY-MM-refused.csv}
 * is written, beside the month's set, which stays as it was: the operator gets the rows to fix. A run
 * with a signing key gives it its {@code .p7s} (SPEC 8).
 */
public final class RejectGate implements Tasklet {

    private final MonthRun run;
    private final SigningKey signingKey;

    /**
     * @param run        the month run of the execution
     * @param signingKey the key that signs the outputs, or {@code null} when the run signs nothing
     */
    public RejectGate(MonthRun run, SigningKey signingKey) {
        this.run = run;
        this.signingKey = signingKey;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        OutputFiles files = run.outputs();
        try {
            checkRejectRatio(run, run.inputs(), files);
        } catch (TooManyRejectsException e) {
            List<Path> spools = Arrays.stream(MonthFile.values()).map(run::rejectSpool).toList();
            try {
                // Signed at the as-of time: the same run gives the same signature (SPEC 8).
                DetachedSignature data = signingKey == null ? null : new DetachedSignature(signingKey, run.month().asOf());
                writeRefused(files, RejectsFile.joining(spools, run.submissions().refused()), data);
            } finally {
                spools.forEach(OutputFiles::deleteQuietly);
            }
            throw e;
        }
        return RepeatStatus.FINISHED;
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
            WrongPeriods wrong = month.wrongPeriods(MonthFile.named(input.file()).orElseThrow());
            Optional<YearMonth> other = wrong.otherMonth(input.rows(), period);
            if (other.isPresent()) {
                throw new TooManyRejectsException(String.format(Locale.ROOT,
                        "the rows of %s are for %s, not %s: check --period and --input (%d of its %d rows rejected as"
                                + " WRONG_PERIOD, more than --max-reject-ratio=%s allows; listed in %s).",
                        input.readFrom(), other.get(), period, wrong.count(), input.rows(), ratio, files.refusedRejects()));
            }
        }
        for (InputSummary input : failing) {
            throw new TooManyRejectsException(String.format(Locale.ROOT,
                    "%s: %d of %d rows rejected (%.1f%%), more than --max-reject-ratio=%s allows; fix the rows listed in %s and run again.",
                    input.readFrom(), input.rejected(), input.rows(), 100 * input.rejectRatio(), ratio, files.refusedRejects()));
        }
    }
}
