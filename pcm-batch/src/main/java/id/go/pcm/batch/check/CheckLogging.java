package id.go.pcm.batch.check;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The log of {@code --check} and {@code --kits}: {@code PCM_HOME/logs/pcm-check.log}, nothing on the
 * console. A run's log is set up by Spring Boot, which neither starts: without this, logback's default
 * would print every log line on the console.
 *
 * <p>Set up in code rather than from an XML file: logback's XML configurator and the JDK's XML parser
 * are 340 classes that no month run loads, so the class-data archive does not hold them, and they cost
 * a check about 70 ms of its start (issue 24). The appender and encoder are those a run's log uses.
 */
public final class CheckLogging {

    /** The file's line: as a run's log, with the offset. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} : %msg%n";

    private CheckLogging() {
    }

    /**
     * Sends the check's log to its file, at INFO; when the file cannot be opened, there is no log
     * rather than a log on the console.
     *
     * @param home PCM's home, as the settings give it ({@code PCM_HOME}, {@code --pcm.home=})
     */
    public static void configure(Path home) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another logging back end: its own configuration applies
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(home.resolve("logs").resolve("pcm-check.log").toString());
        file.setEncoder(encoder);
        file.start();
        if (!file.isStarted()) {
            context.reset();
            return;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
