package id.go.pcm.samples.portal;

import com.sun.net.httpserver.HttpServer;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.month.EvaluationMonth;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The check portal: a page on which a clerk picks the sending agency, uploads one of the month's five
 * files and sees its rows, accepted and rejected, and every rejected row with its line, column, rule
 * and message (SPEC 6), in Bahasa Indonesia or, with {@code lang=en}, English. {@code POST /check}
 * answers JSON to {@code Accept: application/json}.
 *
 * <pre>java -cp pcm-samples/target/pcm-samples-VERSION.jar id.go.pcm.samples.portal.CheckPortal \
 *     --period=2024-09 --reference=pcm-samples/months/2024-09 [--port=8080] [--host=ADDRESS] \
 *     [--as-of=2024-10-10T00:00:00+07:00] [--max-upload-mb=50] [--read-timeout=30]</pre>
 *
 * <p>Served by the JDK's own HTTP server on a small pool of threads, on loopback unless told
 * otherwise: in front of clerks it belongs behind the ministry's front end (TLS, sign-in). Uploads
 * stream through the check and are never written to disk.
 */
public final class CheckPortal implements AutoCloseable {

    /**
     * Threads that serve requests. A thread waits as long as its client sends slowly, so there are
     * enough for slow uploads not to keep {@code GET /} and other checks waiting; each check streams
     * its upload with bounded memory.
     */
    static final int THREADS = 32;

    /**
     * The JDK server's cap on a whole request, headers and body, in seconds ({@code
     * sun.net.httpserver.maxReqTime}) and on writing an answer ({@code maxRspTime}), unless set with
     * {@code -D}: ten minutes take an upload of the default 50 MB limit at 85 KB/s. It also ends a
     * client that sends its headers a byte at a time, before any handler runs.
     */
    static final String REQUEST_TIME_CAP_SECONDS = "600";

    private final HttpServer server;
    private final ExecutorService executor;
    private final ReadDeadline deadline;
    private final URI uri;

    private CheckPortal(HttpServer server, ExecutorService executor, ReadDeadline deadline) {
        this.server = server;
        this.executor = executor;
        this.deadline = deadline;
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress() instanceof Inet6Address
                ? "[" + address.getAddress().getHostAddress() + "]" : address.getAddress().getHostAddress();
        this.uri = URI.create("http://" + host + ":" + address.getPort() + "/");
    }

    /**
     * Reads the reference data and starts listening.
     *
     * @param options how to run
     * @return the running portal
     * @throws UnusableFileException when a reference file is missing or unusable
     * @throws UncheckedIOException  when the address cannot be listened on (a port in use)
     * @throws IllegalArgumentException when the month has not begun and no as-of time is fixed
     */
    public static CheckPortal start(PortalOptions options) {
        if (options.asOf().isEmpty()) {
            // Checked as of each check's own time, every row of a month not yet begun would be FUTURE.
            Instant start = new EvaluationMonth(options.period(), OffsetDateTime.now()).start();
            if (Instant.now().isBefore(start)) {
                throw new IllegalArgumentException("--period=" + options.period() + " has not begun (it begins "
                        + start.atZone(EvaluationMonth.WIB).toOffsetDateTime() + ") and each check is as of its own time:"
                        + " start the portal when the month begins, or give --as-of.");
            }
        }
        Reference reference = new Reference(options.period(), options.reference(), options.asOf().orElse(null));
        ReadDeadline deadline = new ReadDeadline(options.readTimeout());
        PortalHandler handler = new PortalHandler(new PortalPage(options.period(), options.maxUploadMb()), reference,
                new UploadCheck(options, reference), options.maxUploadBytes(), deadline);
        // read by the JDK's server once, when the first server of the process is made
        capIfUnset("sun.net.httpserver.maxReqTime", REQUEST_TIME_CAP_SECONDS);
        capIfUnset("sun.net.httpserver.maxRspTime", REQUEST_TIME_CAP_SECONDS);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        } catch (IOException e) {
            deadline.close();
            throw new UncheckedIOException("cannot listen on " + options.host().getHostAddress() + ":" + options.port()
                    + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, named());
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        return new CheckPortal(server, executor, deadline);
    }

    private static void capIfUnset(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** @return the address the portal listens on, for example {@code http://127.0.0.1:8080/} */
    public URI uri() {
        return uri;
    }

    /** Stops listening, lets the checks under way finish (at most two seconds), and ends the threads. */
    @Override
    public void close() {
        server.stop(2);
        executor.shutdownNow();
        deadline.close();
    }

    /**
     * Starts the portal from the command line and prints the address it listens on. Exit status:
     * 2 for bad arguments or an address that cannot be listened on, 3 for unusable reference files.
     *
     * @param args see {@link PortalOptions#parse(String...)}
     */
    public static void main(String[] args) {
        try {
            CheckPortal portal = run(args, System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "pcm-portal-stop"));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (UnusableFileException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }

    /**
     * Starts the portal as {@link #main} does, telling where it listens.
     *
     * @param args the command line
     * @param out  where to say where it listens
     * @return the running portal
     * @throws IllegalArgumentException when an argument is wrong
     * @throws UnusableFileException    when a reference file is missing or unusable
     * @throws UncheckedIOException     when the address cannot be listened on
     */
    public static CheckPortal run(String[] args, PrintStream out) {
        PortalOptions options = PortalOptions.parse(args);
        CheckPortal portal = start(options);
        out.println("PCM check portal listening on " + portal.uri());
        out.println("Month " + options.period() + ", reference " + options.reference().toAbsolutePath().normalize()
                + ", as of " + options.asOf().map(JsonAnswer::iso).orElse("the time of each check")
                + ", uploads up to " + options.maxUploadMb() + " MB, heap up to "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB.");
        return portal;
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, "pcm-portal-" + count.incrementAndGet());
    }
}
