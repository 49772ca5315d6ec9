package id.go.pcm.samples.embed;

import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.NationalFigures;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * How a system embeds pcm-core to evaluate a month folder: one call, then the figures and rejects.
 *
 * <pre>java -cp ... id.go.pcm.samples.embed.EvaluateFolder pcm-samples/months/2024-09 2024-09 2024-10-10T00:00:00+07:00</pre>
 */
public final class EvaluateFolder {

    private EvaluateFolder() {
    }

    /**
     * @param args the month folder, the month ({@code YYYY-MM}) and the as-of time
     */
    public static void main(String[] args) {
        try {
            MonevResult result = Monev.of(YearMonth.parse(args[1]), OffsetDateTime.parse(args[2]))
                    .evaluate(Path.of(args[0]));

            NationalFigures national = result.figures().national();
            System.out.printf("Active agencies: %d, mean score %.1f, coverage %.1f%%, timeliness %.1f%%%n",
                    national.activeAgencies(), national.meanScore(), national.coveragePct(), national.timelinessPct());
            result.inputs().forEach(input -> System.out.printf("%-18s %7d rows, %5d rejected%n",
                    input.file(), input.rows(), input.rejected()));
            result.figures().agencies().stream()
                    .sorted((a, b) -> Double.compare(b.score(), a.score()))
                    .limit(5)
                    .map(EvaluateFolder::line)
                    .forEach(System.out::println);
            result.rejects().stream().limit(5).forEach(reject -> System.out.printf("%s:%d %s %s%n",
                    reject.file(), reject.line(), reject.code(), reject.messageId()));
        } catch (UnusableFileException e) {
            // A file that cannot be used at all: tell the clerk which and why, in their language.
            System.err.println(e.messageId());
            System.exit(3);
        }
    }

    private static String line(AgencyFigures agency) {
        return String.format("%-20s %-12s %6.2f %s", agency.agencyId(), agency.type(), agency.score(), agency.category());
    }
}
