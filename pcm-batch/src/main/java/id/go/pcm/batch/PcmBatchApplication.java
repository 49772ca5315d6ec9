package id.go.pcm.batch;

import id.go.pcm.batch.check.CheckCommand;
import id.go.pcm.batch.check.CheckLogging;
import id.go.pcm.batch.cli.CheckRequest;
import id.go.pcm.batch.cli.CommandLine;
import id.go.pcm.batch.cli.KitRequest;
import id.go.pcm.batch.cli.RunRequest;
import id.go.pcm.batch.cli.UsageException;
import id.go.pcm.batch.job.EmbeddedDatabaseLock;
import id.go.pcm.batch.kit.KitCommand;
import id.go.pcm.batch.job.MonthlyLauncher;
import id.go.pcm.batch.job.Outcome;
import id.go.pcm.batch.job.RunStop;
import id.go.pcm.batch.settings.PcmSettings;
import id.go.pcm.batch.settings.Settings;
import id.go.pcm.batch.settings.SettingsException;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.batch.sign.SigningKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * The operator's entry point (SPEC 3). It reads PCM's own command line before Spring starts, so that
 * a mistake is told in one line within a second (a signing key that cannot be used among them), then
 * runs the month and exits with the status of SPEC 3. Ctrl-C or a {@code kill} stops the run gracefully ({@link Interruption}). Stack traces go
 * to the log file, never to the operator.
 *
 * <p>The context holds what a month uses and nothing else: the auto-configurations are imported by
 * name rather than found on the class path ({@code @EnableAutoConfiguration} applied 21 of them,
 * among them Jackson, JDBC templates, task executors and schedulers and AOP proxies that nothing
 * here uses), which spares every run the parsing of the others (docs/decisions.md, issue 24).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionManagerCustomizationAutoConfiguration.class,
        FlywayAutoConfiguration.class, BatchJdbcAutoConfiguration.class})
public class PcmBatchApplication {

    private static final Logger LOG = LoggerFactory.getLogger(PcmBatchApplication.class);

    /** The bean name of the operator's console: the stream {@link #run} prints to. */
    public static final String CONSOLE = "pcmConsole";
    /** Set by Spring's ahead-of-time processing while it runs {@link #main} at build time. */
    private static final String AOT_PROCESSING = "spring.aot.processing";
    /** The bean name of the run's signing key, present when the run signs (SPEC 8). */
    public static final String SIGNING_KEY = "pcmSigningKey";

    /**
     * @param args the operator's arguments
     */
    public static void main(String[] args) {
        if (Boolean.getBoolean(AOT_PROCESSING)) {
            // The build's process-aot (spring-boot-maven-plugin) calls main to find the context: it
            // stops the application once the context is defined, before any bean is made or job run.
            springApplication().run(args);
            return;
        }
        int status = run(args, System.getenv(), System.out, System.err, Interruption.onSignals(System.err));
        if (status == Outcome.DONE && isMonthRun(args)) {
            // After the month's outputs are out: a first run through the launcher leaves it the
            // archive later runs start from. Only a month run's classes are worth archiving.
            StartupArchive.writeIfAsked(System.getProperty(StartupArchive.PROPERTY),
                    System.getProperty(StartupArchive.INSTALLATION));
        }
        System.exit(status);
    }

    private static boolean isMonthRun(String[] args) {
        try {
            CommandLine commandLine = CommandLine.of(args);
            return !commandLine.wantsHelp() && !commandLine.wantsCheck() && !commandLine.wantsKits();
        } catch (UsageException e) {
            return false;
        }
    }

    /** The sum of the heap pools' peaks: what the run needed at most (the benchmark reads it from the log). */
    private static long peakHeapMiB() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** {@code --check}: no Spring context, no database; an unexpected failure is one line too. */
    private static int check(CheckRequest request, ZoneId zone, PrintStream out, PrintStream err) {
        try {
            return new CheckCommand(out, err, zone).run(request);
        } catch (RuntimeException e) {
            LOG.error("PCM check failed", e);
            err.println("pcm: the check could not complete: " + Outcome.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return CheckCommand.UNEXPECTED;
        }
    }

    /** {@code --kits}: no Spring context, no database, as the check; an unexpected failure is one line too. */
    private static int kits(KitRequest request, PcmSettings settings, PrintStream out, PrintStream err) {
        try {
            return new KitCommand(out, err, settings).run(request);
        } catch (RuntimeException e) {
            LOG.error("PCM kits failed", e);
            err.println("pcm: the kits could not be written: " + Outcome.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return Outcome.UNEXPECTED;
        }
    }

    /**
     * Runs the batch as the command line would, without exiting the JVM.
     *
     * @param args the operator's arguments
     * @param out  where progress and the final line go
     * @param err  where a failure's line goes
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err, Interruption.none());
    }

    /**
     * Runs the batch as the command line would, in a given environment, without exiting the JVM.
     *
     * @param args        the operator's arguments
     * @param environment the process environment as the run sees it: where {@code PCM_SIGN_PASSWORD} is read,
     *                    and the environment variables the settings are checked with
     * @param out         where progress and the final line go
     * @param err         where a failure's line goes
     * @return the exit status
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(args, environment, out, err, Interruption.none());
    }

    /**
     * Runs the batch, a signal to end the process stopping it gracefully.
     *
     * @param args         the operator's arguments
     * @param environment  the process environment, where {@code PCM_SIGN_PASSWORD} is read
     * @param out          where progress and the final line go
     * @param err          where a failure's line goes
     * @param interruption what a signal to end the process does to this run
     * @return the exit status: SPEC 3's, or 128 + the signal's number when a signal stopped the run
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err,
                   Interruption interruption) {
        RunRequest request;
        CommandLine commandLine;
        SigningKey signingKey;
        boolean english = false; // the settings' line is in the language asked for, once it is known
        PcmSettings settings;
        try {
            commandLine = CommandLine.of(args);
            if (commandLine.wantsHelp()) {
                out.print(CommandLine.HELP);
                return Outcome.DONE;
            }
            english = commandLine.wantsEnglish();
            // Before Spring starts: a settings mistake is one line, not a stack trace. Read before the
            // other options, whose --as-of is read in the office's zone (pcm.zone). A check is given
            // the same settings (the launcher's conf/ among them): a mistake there is told by it too.
            settings = Settings.given(commandLine.springArguments(), environment);
            if (commandLine.wantsKits()) {
                KitRequest kits = commandLine.kitRequest(settings.zone());
                warn(settings, english, err);
                CheckLogging.configure(settings.home()); // the check's quiet log: its home only receives the log
                return kits(kits, settings, out, err);
            }
            if (commandLine.wantsCheck()) {
                CheckRequest check = commandLine.checkRequest(settings.zone());
                // Its home only receives its log, which it goes on without.
                warn(settings, english, err);
                CheckLogging.configure(settings.home());
                return check(check, settings.zone(), out, err);
            }
            request = commandLine.request(settings.zone());
            // An unusable home is found before the log and the job database are set up in it.
            Settings.requireWritableHome(settings);
            warn(settings, english, err);
            signingKey = openSigningKey(request, settings.zone(), environment);
        } catch (UsageException | SigningKeyException e) {
            err.println("pcm: " + e.getMessage());
            return Outcome.BAD_ARGUMENTS;
        } catch (SettingsException e) {
            err.println("pcm: " + e.message(english));
            return Outcome.BAD_ARGUMENTS;
        }
        try {
            return runChecked(commandLine, request, settings.zone(), signingKey, out, err, interruption);
        } finally {
            if (signingKey != null) {
                signingKey.close(); // logs out of the token
            }
        }
    }

    private static void warn(PcmSettings settings, boolean english, PrintStream err) {
        settings.warnings(english).forEach(warning -> err.println("pcm: " + warning));
    }

    /**
     * The key is opened and checked with the arguments, before Spring starts and before any input is
     * read, so that a key that cannot be used refuses the run at once (SPEC 8); a token is logged in
     * to here, once for the run. Checked at the as-of given, else now (a resumed attempt's own as-of
     * is checked again once it is known).
     */
    private static SigningKey openSigningKey(RunRequest request, ZoneId zone, Map<String, String> environment) {
        if (request.signing() == null) {
            return null;
        }
        Instant now = Instant.now();
        OffsetDateTime asOf = Objects.requireNonNullElseGet(request.asOf(),
                () -> now.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
        return SigningKey.open(request.signing(), environment, asOf, now);
    }

    private static int runChecked(CommandLine commandLine, RunRequest request, ZoneId zone, SigningKey signingKey, PrintStream out,
                                  PrintStream err, Interruption interruption) {
        if (interruption.isRequested()) {
            return interruption.endInterrupted();
        }
        out.println("PCM: evaluating " + request.period() + " from " + request.input());
        SpringApplication application = springApplication();
        EmbeddedDatabaseLock database = new EmbeddedDatabaseLock(request, zone);
        application.addListeners(database);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton(CONSOLE, out));
        if (signingKey != null) {
            application.addInitializers(context -> context.getBeanFactory().registerSingleton(SIGNING_KEY, signingKey));
        }
        // The context is closed here, once the run has ended and its job database recorded how:
        // Boot's shutdown hook would close the connection pool under a run that is stopping.
        application.setRegisterShutdownHook(false);
        try (database; ConfigurableApplicationContext context = application.run(commandLine.springArguments().toArray(String[]::new))) {
            return runMonth(context, request, out, err, interruption);
        } catch (Exception e) {
            LOG.error("PCM run failed", e);
            if (interruption.isRequested()) {
                return interruption.endInterrupted(); // whatever broke while stopping, the next run recovers
            }
            Outcome known = Outcome.of(e).orElse(null);
            if (known != null) {
                return interruption.end(known.exitCode(), () -> err.println("pcm: " + Outcome.oneLine(known.message())));
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String cause = Outcome.oneLine(root.getClass().getSimpleName() + ": " + root.getMessage());
            return interruption.end(Outcome.UNEXPECTED, () -> err.println("pcm: the run could not complete: " + cause
                    + "; see the log for details and run the same command again once the cause is fixed."));
        }
    }

    /**
     * The job's application, as a run starts it and as the build's ahead-of-time processing sees it.
     * The launcher runs with {@code -Dspring.aot.enabled=true}: the context is then defined by the code
     * that processing generated ({@code PcmBatchApplication__ApplicationContextInitializer}) instead of
     * by parsing the configuration classes and evaluating their conditions at every start (issue 24).
     * The console and the signing key are registered as objects by each run, not defined by conditions.
     */
    private static SpringApplication springApplication() {
        SpringApplication application = new SpringApplication(PcmBatchApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        return application;
    }

    /** Runs the month in the started context, unless a signal came during start-up. */
    private static int runMonth(ConfigurableApplicationContext context, RunRequest request, PrintStream out, PrintStream err,
                                Interruption interruption) throws Exception {
        RunStop stop = context.getBean(RunStop.class);
        interruption.watch(stop);
        if (interruption.isRequested()) {
            return interruption.endInterrupted(); // during start-up: nothing started
        }
        Outcome outcome = context.getBean(MonthlyLauncher.class).run(request);
        LOG.info("Run ended with status {}; peak heap used {} MiB", outcome.exitCode(), peakHeapMiB());
        if (stop.tookEffect()) {
            return interruption.endInterrupted();
        }
        return interruption.end(outcome.exitCode(), () -> {
            (outcome.exitCode() == Outcome.DONE ? out : err).println((outcome.exitCode() == Outcome.DONE ? "PCM: " : "pcm: ")
                    + Outcome.oneLine(outcome.message()));
            if (outcome.exitCode() == Outcome.DONE) {
                out.println("PCM: outputs in " + request.output());
            }
        });
    }
}
