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
 * The timed harness of issues 5 and 14, outside the test suite: for each volume (1x, 10x, 30x the
 * national month by default) it generates a month, then times, each in a fresh JVM and start-up
 * included, the bare Commons CSV parse of the five files (the baseline) and the whole monthly job as
 * an operator runs it: through the launcher {@code bin/pcm-batch} with no option of its own, so with
 * the JVM options and the class-data archive the launcher chooses, on a fresh job database. It prints
 * rows/s, the ratio job/parse, the job's peak heap (from its log) and the peak RSS of its whole
 * process. Each is run {@code --repeat} times and the best time is kept, as the least disturbed by
 * the machine; the largest peaks are kept.
 *
 * <p>The launcher's first run of a build writes its class-data archive (a few seconds more): the
 * harness makes it once with a run of the floor month and gives every measured run a copy, as an
 * operator's every run after the first has.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp pcm-samples/target/pcm-samples-0.1.0-SNAPSHOT.jar id.go.pcm.samples.bench.JobBenchmark \
 *      --launcher=pcm-batch/target/bin/pcm-batch --work=target/bench [--scales=1,10,30] [--repeat=3]
 * </pre>
 */
public final class JobBenchmark {

    private static final Pattern PEAK_HEAP = Pattern.compile("peak heap used (\\d+) MiB");
    private static final Pattern HIGH_WATER_MARK = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    private JobBenchmark() {
    }

    /**
     * @param args {@code --launcher=} the job's launcher, {@code --work=} a scratch folder, optionally
     *             {@code --scales=1,10,30}, {@code --repeat=3}
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(option(args, "launcher", "pcm-batch/target/bin/pcm-batch")).toAbsolutePath();
        Path work = Path.of(option(args, "work", "target/bench")).toAbsolutePath();
        int repeat = Integer.parseInt(option(args, "repeat", "3"));
        String classpath = System.getProperty("java.class.path");
        Path archives = work.resolve("cds-home");
        deleteTree(archives);
        System.out.printf(Locale.ROOT, "%-6s %10s %10s %10s %12s %12s %9s %9s %10s %10s%n",
                "scale", "rows", "parse s", "job s", "parse rows/s", "job rows/s", "job/parse", "marginal", "peak heap", "peak RSS");
        // The floor: the nation's agencies, narratives and reports with almost no evidence or media. What
        // the job spends on it (start-up, database, report) it spends on every month whatever its size.
        Bench bench = new Bench(launcher, work, repeat, classpath, archives);
        bench.trainArchive();
        Measured floor = bench.measure(FLOOR_SCALE);
        floor.print("floor", floor);
        for (String scaleText : option(args, "scales", "1,10,30").split(",")) {
            bench.measure(Double.parseDouble(scaleText)).print(scaleText + "x", floor);
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
     * @param heap  the job's largest peak heap, in MiB
     * @param rss   the job's largest peak resident set, in MiB: the JVM's whole memory as the system counts it
     */
    private record Measured(long rows, double parse, double job, long heap, long rss) {

        /** Prints the row; "marginal" is what the rows above the floor cost the job against their parse. */
        void print(String label, Measured floor) {
            String marginal = this == floor ? "-" : String.format(Locale.ROOT, "%.2f", (job - floor.job) / (parse - floor.parse));
            System.out.printf(Locale.ROOT, "%-6s %10d %10.2f %10.2f %12.0f %12.0f %9.2f %9s %6d MiB %6d MiB%n", label, rows,
                    parse, job, rows / parse, rows / job, job / parse, marginal, heap, rss);
        }
    }

    /** The runs of one sitting: the same launcher, scratch folder and class-data archive. */
    private record Bench(Path launcher, Path work, int repeat, String classpath, Path archives) {

        /** The launcher's first run: it leaves the class-data archive in {@code archives/cds/}. */
        void trainArchive() throws IOException, InterruptedException {
            Path month = work.resolve("month-training");
            MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), FLOOR_SCALE, 42, 0.005);
            generator.writeTo(month);
            time(List.of(launcher.toString(), "--period=2024-09", "--input=" + month, "--output=" + work.resolve("out-training"),
                    "--as-of=" + generator.asOf()), archives);
            if (!Files.isDirectory(archives.resolve("cds"))) {
                System.out.println("(the launcher wrote no class-data archive: the runs start without one)");
            }
        }

        Measured measure(double scale) throws IOException, InterruptedException {
            String name = scale == FLOOR_SCALE ? "floor" : String.format(Locale.ROOT, "%sx", scale);
            Path month = work.resolve("month-" + name);
            MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), scale, 42, 0.005);
            long rows = generator.writeTo(month).total();
            double parse = Double.MAX_VALUE;
            double job = Double.MAX_VALUE;
            long heap = 0;
            long rss = 0;
            for (int i = 0; i < repeat; i++) {
                parse = Math.min(parse, time(List.of(java(), "-cp", classpath, BareParse.class.getName(), month.toString()), null).seconds);
                Path home = work.resolve("home-" + name + "-" + i);
                deleteTree(home); // a fresh job database every run, as on a first run of the month
                copyArchive(home);
                Run run = time(List.of(launcher.toString(), "--period=2024-09", "--input=" + month,
                        "--output=" + work.resolve("out-" + name), "--as-of=" + generator.asOf()), home);
                job = Math.min(job, run.seconds);
                heap = Math.max(heap, peakHeap(home));
                rss = Math.max(rss, run.peakRssMiB);
            }
            return new Measured(rows, parse, job, heap, rss);
        }

        /** Links the trained archive into a run's fresh home, where the launcher looks for it. */
        private void copyArchive(Path home) throws IOException {
            Path trained = archives.resolve("cds");
            if (Files.isDirectory(trained)) {
                Files.createDirectories(home.resolve("cds"));
                try (var files = Files.list(trained)) {
                    for (Path file : files.toList()) {
                        Files.createLink(home.resolve("cds").resolve(file.getFileName()), file);
                    }
                }
            }
        }
    }

    /**
     * @param seconds    the wall time, start-up included
     * @param peakRssMiB the process's peak resident set (the kernel's high-water mark), in MiB
     */
    private record Run(double seconds, long peakRssMiB) {
    }

    private static Run time(List<String> command, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (home != null) {
            builder.environment().put("PCM_HOME", home.toString());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        // The launcher execs java: its process is the JVM. The kernel keeps its peak RSS (VmHWM) until
        // it ends; read every 50 ms, the last reading misses at most the final 50 ms of growth.
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peakKiB = 0;
        while (!process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peakKiB = Math.max(peakKiB, highWaterMark(status));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int exit = process.exitValue();
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + " from " + command);
        }
        return new Run(seconds, peakKiB / 1024);
    }

    /** The process's VmHWM in KiB; 0 once it is gone (or where there is no /proc). */
    private static long highWaterMark(Path status) {
        try {
            Matcher m = HIGH_WATER_MARK.matcher(Files.readString(status));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
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
