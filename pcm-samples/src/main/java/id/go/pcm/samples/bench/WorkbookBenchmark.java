package id.go.pcm.samples.bench;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.samples.MonthFormat;
import id.go.pcm.samples.MonthGenerator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Issue 22's benchmark, outside the test suite: the workbook reader against the CSV path on the same rows.
 * For each volume (the national month and 30 times it by default) it writes the month once as CSV and once
 * as workbooks ({@code GenerateMonth --format=xlsx}, the same values), then reads {@code dissemination}
 * through {@link MonthEvaluation#read(MonthFile, Path, java.util.function.Consumer)} (reading, rules and
 * evaluation, as a month's run does) in each form, alternately, {@code --repeat} times, in this one JVM. It
 * prints rows/s of each, the ratio workbook/CSV of the best times, and each form's peak heap above what the
 * registries hold (the heap pools' peak after a full collection; the largest of the repeats).
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -Xmx512m -cp pcm-samples/target/pcm-samples-0.1.0-SNAPSHOT.jar id.go.pcm.samples.bench.WorkbookBenchmark \
 *      --work=target/bench-workbook [--scales=1,30] [--repeat=5]
 * </pre>
 */
public final class WorkbookBenchmark {

    private static final YearMonth PERIOD = YearMonth.of(2024, 9);

    private WorkbookBenchmark() {
    }

    /**
     * @param args {@code --work=} a scratch folder, optionally {@code --scales=1,30}, {@code --repeat=5}
     * @throws Exception when a file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(option(args, "work", "target/bench-workbook")).toAbsolutePath();
        int repeat = Integer.parseInt(option(args, "repeat", "5"));
        System.out.printf(Locale.ROOT, "%-6s %9s %10s %10s %12s %12s %8s %10s %10s%n", "scale", "rows", "xlsx MB", "csv MB",
                "csv rows/s", "xlsx rows/s", "xlsx/csv", "csv heap", "xlsx heap");
        for (String scaleText : option(args, "scales", "1,30").split(",")) {
            double scale = Double.parseDouble(scaleText);
            MonthGenerator generator = new MonthGenerator(PERIOD, scale, 42, 0.005);
            Path csv = work.resolve(scaleText + "x-csv");
            Path xlsx = work.resolve(scaleText + "x-xlsx");
            if (!Files.exists(csv.resolve("dissemination.csv"))) {
                generator.writeTo(csv);
            }
            if (!Files.exists(xlsx.resolve("dissemination.xlsx"))) {
                generator.withFormat(MonthFormat.XLSX).writeTo(xlsx);
            }
            Measure csvRead = new Measure();
            Measure xlsxRead = new Measure();
            for (int i = 0; i < repeat; i++) {
                csvRead.run(generator, csv, csv.resolve("dissemination.csv"));
                xlsxRead.run(generator, csv, xlsx.resolve("dissemination.xlsx"));
            }
            if (csvRead.rows != xlsxRead.rows) {
                throw new IllegalStateException("the two forms read " + csvRead.rows + " and " + xlsxRead.rows + " rows");
            }
            System.out.printf(Locale.ROOT, "%-6s %9d %10.1f %10.1f %12.0f %12.0f %8.2f %7d MiB %6d MiB%n", scaleText + "x", csvRead.rows,
                    Files.size(xlsx.resolve("dissemination.xlsx")) / 1e6, Files.size(csv.resolve("dissemination.csv")) / 1e6,
                    csvRead.rows / csvRead.best, xlsxRead.rows / xlsxRead.best, xlsxRead.best / csvRead.best,
                    csvRead.heap >> 20, xlsxRead.heap >> 20);
        }
    }

    /** The best time, rows and largest peak heap of one form's reads. */
    private static final class Measure {
        double best = Double.MAX_VALUE;
        long rows;
        long heap;

        void run(MonthGenerator generator, Path registries, Path file) {
            MonthEvaluation month = Monev.of(PERIOD, generator.asOf()).start();
            month.read(MonthFile.AGENCIES, registries.resolve("agencies.csv"), reject -> { });
            month.read(MonthFile.NARRATIVES, registries.resolve("narratives.csv"), reject -> { });
            System.gc();
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            long before = 0;
            for (MemoryPoolMXBean pool : pools) {
                before += pool.getUsage().getUsed();
                pool.resetPeakUsage();
            }
            long start = System.nanoTime();
            InputSummary summary = month.read(MonthFile.DISSEMINATION, file, reject -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : pools) {
                peak += pool.getPeakUsage().getUsed();
            }
            best = Math.min(best, seconds);
            rows = summary.rows();
            heap = Math.max(heap, peak - before);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
