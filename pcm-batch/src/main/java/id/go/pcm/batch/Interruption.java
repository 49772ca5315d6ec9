package id.go.pcm.batch;

import id.go.pcm.batch.job.RunStop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a signal to end the process does to a run: Ctrl-C ({@code SIGINT}), {@code kill} or a
 * scheduler's stop ({@code SIGTERM}), a closed terminal ({@code SIGHUP}). The run is stopped
 * gracefully ({@link RunStop}), its job database records it {@code STOPPED} before the connection
 * pool closes, its working files are removed, and the operator reads one line: {@link #line()}.
 * The process then exits with the status a shell gives a process ended by that signal, 128 + its
 * number (130 for Ctrl-C, 143 for {@code SIGTERM}).
 *
 * <p>The process's own handlers replace the JVM's for these signals, so that nothing starts
 * closing (Spring's context, the pool, H2's database, the log) until the run has ended: the JVM's
 * shutdown hooks would all run at once, beside the run being stopped. A signal ignored when the
 * process started (under {@code nohup}, or in a shell's background job) stays ignored.
 *
 * <p>When the run has not ended {@link #GRACE} after the signal (a job database that hangs), it is
 * ended as a {@code kill -9} would, which the next run recovers from, still with its working files
 * removed and the one line. A publication under way is let finish: it has {@link #PUBLISHING_GRACE}.
 */
final class Interruption {

    /** How long a run has to stop before it is ended anyway. */
    static final Duration GRACE = Duration.ofSeconds(10);
    /**
     * How long a publication under way has to end: cutting it short while it moves the files into
     * place would leave the next run a half-moved set to complete or undo, so it is let finish (the
     * report, the longest part, takes seconds), unless it is stuck.
     */
    static final Duration PUBLISHING_GRACE = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(Interruption.class);
    private static final List<String> SIGNALS = List.of("INT", "TERM", "HUP");
    private static final long POLL_MILLIS = 50;
    private static final int NOT_YET = -1;
    private static final int CTRL_C = 2; // SIGINT's number

    private final PrintStream console;
    private final AtomicReference<Received> received = new AtomicReference<>();
    /** The exit status of whichever ends the run first, the run or the fallback; its line is the last printed. */
    private final AtomicInteger lastWord = new AtomicInteger(NOT_YET);
    private volatile RunStop stop;

    private Interruption(PrintStream console) {
        this.console = console;
    }

    /**
     * Takes over {@code SIGINT}, {@code SIGTERM} and {@code SIGHUP} for this process.
     *
     * @param console where the operator reads the line
     * @return the interruption, watching those signals
     */
    static Interruption onSignals(PrintStream console) {
        Interruption interruption = new Interruption(console);
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> interruption.onSignal(new Received(signal.getName(), signal.getNumber())));
            } catch (IllegalArgumentException e) {
                // The JVM keeps this signal (-Xrs): it ends the process as a kill would.
                LOG.warn("SIG{} cannot be handled here ({}); it ends the run without a graceful stop", name, e.getMessage());
            }
        }
        return interruption;
    }

    /**
     * @return an interruption that no signal reaches, for a run inside a process that handles its own
     *         (tests call {@link PcmBatchApplication#run(String[], PrintStream, PrintStream)})
     */
    static Interruption none() {
        return new Interruption(System.err);
    }

    /**
     * Connects the job's stop, once the job exists: a signal received during start-up stops it now.
     *
     * @param jobStop the job's stop
     */
    void watch(RunStop jobStop) {
        this.stop = jobStop;
        if (isRequested()) {
            jobStop.request();
        }
    }

    /** @return whether a signal asked the run to end */
    boolean isRequested() {
        return received.get() != null;
    }

    /**
     * @return the exit status for the signal received: 128 + its number, as a shell reports a
     *         process that the signal ended
     * @throws IllegalStateException when none was received
     */
    int exitCode() {
        Received signal = received.get();
        if (signal == null) {
            throw new IllegalStateException("no signal received");
        }
        return 128 + signal.number();
    }

    /** @return the operator's line for an interrupted run */
    String line() {
        return "pcm: interrupted (" + received.get() + "); run the same command to resume.";
    }

    /**
     * Ends an interrupted run: prints {@link #line()}, unless the fallback already ended it.
     *
     * @return the exit status
     */
    int endInterrupted() {
        return end(exitCode(), this::printLine);
    }

    private void printLine() {
        if (received.get().number() == CTRL_C && atTerminal()) {
            console.println(); // the terminal echoed "^C" with no line break after it
        }
        console.println(line());
        console.flush();
    }

    /** Whether the operator types at a terminal, which is where Ctrl-C comes from. */
    private static boolean atTerminal() {
        Console terminal = System.console();
        if (terminal == null) {
            return false;
        }
        try {
            // Java 22 and later give a console to redirected streams too, and say whether it is a terminal.
            return (boolean) Console.class.getMethod("isTerminal").invoke(terminal);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console is a terminal
        }
    }

    /**
     * Ends the run with its last words, unless the fallback already ended it with the interrupted
     * line: the operator reads one final line, never two.
     *
     * @param exitCode  the run's exit status
     * @param lastWords prints the run's final lines
     * @return the exit status the process ends with
     */
    int end(int exitCode, Runnable lastWords) {
        if (lastWord.compareAndSet(NOT_YET, exitCode)) {
            lastWords.run();
        }
        return lastWord.get();
    }

    /** Runs in a thread of its own, one per signal received. */
    private void onSignal(Received signal) {
        if (!received.compareAndSet(null, signal)) {
            LOG.info("{} received while the run is stopping: still stopping", signal);
            return;
        }
        LOG.warn("{} received: stopping the run", signal);
        RunStop jobStop = stop;
        if (jobStop != null) {
            jobStop.request();
        }
        boolean publishing = awaitRunEnd();
        if (lastWord.compareAndSet(NOT_YET, exitCode())) {
            LOG.warn("The run did not stop in time after {}: ending it now, as a kill would; the next run recovers it", signal);
            jobStop = stop;
            if (publishing) {
                // The publication's own files are what the next run needs to complete or undo it.
                LOG.warn("The publication under way is left for the next run to complete or undo");
            } else if (jobStop != null) {
                jobStop.removeOwnedWorkFiles();
            }
            printLine();
        } else {
            // The run has said its last word and is closing down (the pool, the log): give it as long again.
            sleep(GRACE.toMillis());
            LOG.warn("The run took more than {} s to close down after {}: ending it now", GRACE.toSeconds(), signal);
        }
        Runtime.getRuntime().halt(lastWord.get());
    }

    /**
     * Waits until the run has said its last word, for {@link #GRACE} at most, or {@link #PUBLISHING_GRACE}
     * while a publication is under way.
     *
     * @return whether a publication was under way when the wait ended
     */
    private boolean awaitRunEnd() {
        long start = System.nanoTime();
        boolean publishing = false;
        while (lastWord.get() == NOT_YET) {
            RunStop jobStop = stop;
            boolean nowPublishing = jobStop != null && jobStop.isPublishing();
            if (nowPublishing && !publishing) {
                LOG.info("Waiting for the publication under way to end");
            }
            publishing = nowPublishing;
            if (System.nanoTime() - start >= (publishing ? PUBLISHING_GRACE : GRACE).toNanos()) {
                break;
            }
            sleep(POLL_MILLIS);
        }
        return publishing;
    }

    /** A signal, as the JVM names it ({@code INT}) and numbers it (2). */
    private record Received(String name, int number) {
        @Override
        public String toString() {
            return "SIG" + name;
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            // Nothing interrupts a signal's thread; waiting less only brings the fallback sooner.
        }
    }
}
