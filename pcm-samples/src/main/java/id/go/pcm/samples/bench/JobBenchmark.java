package id.go.pcm.samples.bench;

import id.go.pcm.samples.MonthGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timed harness of issue 5, outside the test suite: for each volume (1x, 10x, 30x the national
 * month by default) it generates a month, then times, each in a fresh JVM and start-up included,
 * the bare Commons CSV parse of the five files (the baseline) and the whole monthly job with
 * {@code -Xmx512m}, and prints rows/s, the ratio job/parse and the job's peak heap. Each is run
 * {@code --repeat} times and the best time is kept, as the least disturbed by the machine.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp "pcm-samples/target/pcm-samples-0.1.0-SNAPSHOT.jar:$(ls ~/.m2/repository/org/apache/commons/commons-csv/1.14.1/*.jar)" \
 *      id.go.pcm.samples.bench.JobBenchmark --jar=pcm-batch/target/pcm-batch.jar --work=target/bench
 * </pre>
 */
public final class JobBenchmark {

    private static final Pattern PEAK_HEAP = Pattern.compile("peak heap used (\\d+) MiB");

    private JobBenchmark() {
    }

    /**
     * @param args {@code --jar=} the packaged job, {@code --work=} a scratch folder, optionally
     *             {@code --scales=1,10,30}, {@code --repeat=3}, {@code --heap=512m}
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        String jar = option(args, "jar", "pcm-batch/target/pcm-batch.jar");
        Path work = Path.of(option(args, "work", "target/bench")).toAbsolutePath();
        int repeat = Integer.parseInt(option(args, "repeat", "3"));
        String heap = option(args, "heap", "512m");
        String classpath = System.getProperty("java.class.path");
        System.out.printf(Locale.ROOT, "%-6s %10s %10s %10s %12s %12s %9s %9s %10s%n",
                "scale", "rows", "parse s", "job s", "parse rows/s", "job rows/s", "job/parse", "marginal", "peak heap");
        // The floor: the nation's agencies, narratives and reports with almost no evidence or media. What
        // the job spends on it (start-up, database, report) it spends on every month whatever its size.
        Measured floor = measure(FLOOR_SCALE, jar, work, repeat, heap, classpath);
        floor.print("floor", floor);
        for (String scaleText : option(args, "scales", "1,10,30").split(",")) {
            measure(Double.parseDouble(scaleText), jar, work, repeat, heap, classpath).print(scaleText + "x", floor);
        }
    }

    /** The floor month's scale: 30 evidence rows and 20 media items. */
    private static final double FLOOR_SCALE = 0.001;

    /**
     * One month's best times.
     *
     * @param rows  its rows
     * @param parse the bare parse's best time, in seconds
     * @param job   the job's best time, in seconds
     * @param peak  the job's largest peak heap, in MiB
     */
    private record Measured(long rows, double parse, double job, long peak) {

        /** Prints the row; "marginal" is what the rows above the floor cost the job against their parse. */
        void print(String label, Measured floor) {
            String marginal = this == floor ? "-" : String.format(Locale.ROOT, "%.2f", (job - floor.job) / (parse - floor.parse));
            System.out.printf(Locale.ROOT, "%-6s %10d %10.2f %10.2f %12.0f %12.0f %9.2f %9s %7d MiB%n", label, rows,
                    parse, job, rows / parse, rows / job, job / parse, marginal, peak);
        }
    }

    private static Measured measure(double scale, String jar, Path work, int repeat, String heap, String classpath)
            throws IOException, InterruptedException {
        String name = scale == FLOOR_SCALE ? "floor" : String.format(Locale.ROOT, "%sx", scale);
        Path month = work.resolve("month-" + name);
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), scale, 42, 0.005);
        long rows = generator.writeTo(month).total();
        double parse = Double.MAX_VALUE;
        double job = Double.MAX_VALUE;
        long peak = 0;
        for (int i = 0; i < repeat; i++) {
            parse = Math.min(parse, time(List.of(java(), "-cp", classpath, BareParse.class.getName(), month.toString()), null).seconds);
            Path home = work.resolve("home-" + name + "-" + i);
            deleteTree(home); // a fresh job database every run, as on a first run of the month
            Run run = time(List.of(java(), "-Xmx" + heap, "-jar", jar, "--period=2024-09", "--input=" + month,
                    "--output=" + work.resolve("out-" + name), "--as-of=" + generator.asOf()), home);
            job = Math.min(job, run.seconds);
            peak = Math.max(peak, peakHeap(home));
        }
        return new Measured(rows, parse, job, peak);
    }

    private record Run(double seconds) {
    }

    private static Run time(List<String> command, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (home != null) {
            builder.environment().put("PCM_HOME", home.toString());
        }
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + " from " + command);
        }
        return new Run(seconds);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The job logs its peak heap when it ends. */
    private static long peakHeap(Path home) throws IOException {
        Matcher m = PEAK_HEAP.matcher(Files.readString(home.resolve("logs/pcm-batch.log")));
        long peak = 0;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String option(String[] args, String name, String fallback) {
        List<String> found = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                found.add(arg.substring(name.length() + 3));
            }
        }
        return found.isEmpty() ? fallback : found.get(found.size() - 1);
    }
}
