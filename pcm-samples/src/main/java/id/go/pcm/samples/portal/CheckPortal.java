package id.go.pcm.samples.portal;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.month.EvaluationMonth;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The check portal: a page on which a clerk picks the sending agency, uploads one of the month's five
 * files (or a regional office's {@code types.csv}) and sees its rows, accepted and rejected, and every rejected row with its line, column, rule
 * and message (SPEC 6), in Bahasa Indonesia or, with {@code lang=en}, English. {@code POST /check}
 * answers JSON to {@code Accept: application/json}.
 *
 * <pre>java -Xmx384m -XX:+UseSerialGC -cp pcm-samples/target/pcm-samples-VERSION.jar id.go.pcm.samples.portal.CheckPortal \
 *     --period=2024-09 --reference=pcm-samples/months/2024-09 [--port=8080] [--host=ADDRESS] \
 *     [--as-of=2024-10-10T00:00:00+07:00] [--max-upload-mb=50] [--read-timeout=30]</pre>
 *
 * <p>A Spring Boot application (Spring MVC on embedded Tomcat, {@link PortalConfiguration}) started
 * from the portal's own command line, on loopback unless told otherwise: in front of clerks it belongs
 * behind the ministry's front end (TLS, sign-in). Uploads stream through the check and are never
 * written to disk.
 */
public final class CheckPortal implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final URI uri;

    private CheckPortal(ConfigurableApplicationContext context, PortalOptions options) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String host = options.host() instanceof Inet6Address
                ? "[" + options.host().getHostAddress() + "]" : options.host().getHostAddress();
        this.uri = URI.create("http://" + host + ":" + port + "/");
    }

    /**
     * Reads the reference data and starts listening.
     *
     * @param options how to run
     * @return the running portal
     * @throws UnusableFileException    when a reference file is missing or unusable
     * @throws UncheckedIOException     when the address cannot be listened on (a port in use)
     * @throws IllegalArgumentException when the month has not begun and no as-of time is fixed
     */
    public static CheckPortal start(PortalOptions options) {
        if (options.asOf().isEmpty()) {
            // Checked as of each check's own time, every row of a month not yet begun would be FUTURE.
            Instant start = new EvaluationMonth(options.period(), OffsetDateTime.now(), options.zone()).start();
            if (Instant.now().isBefore(start)) {
                throw new IllegalArgumentException("--period=" + options.period() + " has not begun (it begins "
                        + start.atZone(options.zone()).toOffsetDateTime() + ") and each check is as of its own time:"
                        + " start the portal when the month begins, or give --as-of.");
            }
        }
        // Read before Spring starts, so that a wrong folder stops the portal with its own message.
        Reference reference = new Reference(options.period(), options.reference(), options.asOf().orElse(null),
                options.zone());
        SpringApplication application = new SpringApplication(PortalConfiguration.class);
        StandardEnvironment environment = new StandardEnvironment();
        // First, so that no environment variable or application.properties changes the portal's own options;
        // set before the run, so that logging and the banner follow them too.
        environment.getPropertySources().addFirst(new MapPropertySource("pcm-portal", settings(options)));
        application.setEnvironment(environment);
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("portalOptions", options);
            context.getBeanFactory().registerSingleton("reference", reference);
        });
        try {
            return new CheckPortal(application.run(), options);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PortInUseException || cause instanceof BindException) {
                    throw new UncheckedIOException(new BindException("cannot listen on " + options.host().getHostAddress()
                            + ":" + options.port() + ": the port is in use; give another with --port"));
                }
            }
            throw e;
        }
    }

    /**
     * The Spring Boot settings that the portal's options make. Uploads are read by {@link UploadCheck} as
     * they stream, so Spring's own multipart handling, which keeps whole uploads, is off.
     */
    static Map<String, Object> settings(PortalOptions options) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("server.address", options.host().getHostAddress());
        settings.put("server.port", options.port());
        // Tomcat's read timeout: a request body that sends nothing for so long has its connection closed.
        settings.put("server.tomcat.connection-timeout", options.readTimeout().toMillis() + "ms");
        // The rest of a refused upload is read and thrown away up to this, so that a client that reads no
        // answer before it has sent its whole upload gets the page rather than a reset.
        settings.put("server.tomcat.max-swallow-size", 4 * options.maxUploadBytes() + "B");
        settings.put("spring.servlet.multipart.enabled", false);
        settings.put("spring.web.resources.add-mappings", false);
        settings.put("spring.messages.fallback-to-system-locale", false);
        settings.put("spring.messages.always-use-message-format", true);
        settings.put("server.error.whitelabel.enabled", false);
        settings.put("server.shutdown", "graceful");
        settings.put("spring.lifecycle.timeout-per-shutdown-phase", "2s");
        settings.put("spring.main.banner-mode", "off");
        settings.put("logging.level.root", "WARN");
        return settings;
    }

    /** @return the address the portal listens on, for example {@code http://127.0.0.1:8080/} */
    public URI uri() {
        return uri;
    }

    /** Stops listening, letting the checks under way finish (at most two seconds). */
    @Override
    public void close() {
        context.close();
    }

    /**
     * Starts the portal from the command line and prints the address it listens on. Exit status:
     * 2 for bad arguments or an address that cannot be listened on, 3 for unusable reference files.
     *
     * @param args see {@link PortalOptions#parse(String...)}
     */
    public static void main(String[] args) {
        try {
            run(args, System.out); // Spring Boot stops it on SIGTERM
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
                + ", as of " + options.asOf().map(t -> AnswerJson.iso(t, options.zone())).orElse("the time of each check")
                + ", uploads up to " + options.maxUploadMb() + " MB, heap up to "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB.");
        return portal;
    }
}
