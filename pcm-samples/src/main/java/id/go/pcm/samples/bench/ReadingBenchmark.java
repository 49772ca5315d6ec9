package id.go.pcm.samples.bench;

import id.go.pcm.internal.csv.CsvFile;
import id.go.pcm.internal.rules.EvidenceRules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What reading an evidence file costs the thread that reads it (issue 24), outside the test suite:
 * {@link CsvFile} over the file, every row taken and the SHA-256 asked for, timed as wall time, the
 * reading thread's CPU and the whole process's CPU (the file's digest runs on a thread of its own).
 * The reading thread's CPU is the figure a busy machine disturbs least; the wall time shows the
 * digest's thread only when a core is free for it. Best of {@code rounds}; run it with the launcher's
 * JIT, which is the one the job reads with:
 *
 * <pre>
 * java -Xmx320m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp pcm-samples/target/pcm-samples-0.1.0-SNAPSHOT.jar \
 *      id.go.pcm.samples.bench.ReadingBenchmark MONTH/dissemination.csv [rounds=5]
 * </pre>
 */
public final class ReadingBenchmark {

    private ReadingBenchmark() {
    }

    /**
     * @param args the evidence file, optionally the rounds
     */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double wall = Double.MAX_VALUE;
        double reader = Double.MAX_VALUE;
        double process = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long startWall = System.nanoTime();
            long startThread = threads.getCurrentThreadCpuTime();
            long startProcess = system.getProcessCpuTime();
            long rows = 0;
            String sha256;
            try (CsvFile csv = CsvFile.open(file, EvidenceRules.COLUMNS)) {
                while (csv.nextRow() != null) {
                    rows++;
                }
                sha256 = csv.sha256();
            }
            double w = (System.nanoTime() - startWall) / 1e9;
            double t = (threads.getCurrentThreadCpuTime() - startThread) / 1e9;
            double p = (system.getProcessCpuTime() - startProcess) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d rows, wall %.2f s, reading thread %.2f s CPU, process %.2f s CPU, sha256 %s%n",
                    round, rows, w, t, p, sha256);
            wall = Math.min(wall, w);
            reader = Math.min(reader, t);
            process = Math.min(process, p);
        }
        System.out.printf(Locale.ROOT, "best of %d: wall %.2f s, reading thread %.2f s CPU, process %.2f s CPU%n",
                rounds, wall, reader, process);
    }
}
