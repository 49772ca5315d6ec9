package id.go.pcm.batch.check;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The log of {@code --check}: {@code PCM_HOME/logs/pcm-check.log}, nothing on the console. A run's log
 * is set up by Spring Boot, which a check does not start.
 */
public final class CheckLogging {

    private CheckLogging() {
    }

    /**
     * Sends the check's log to its file.
     *
     * @param home PCM's home, as the settings give it ({@code PCM_HOME}, {@code --pcm.home=})
     */
    public static void configure(Path home) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another logging back end: its own configuration applies
        }
        context.reset();
        context.putProperty("pcm.check.log", home.resolve("logs").resolve("pcm-check.log").toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(CheckLogging.class.getResource("logback-check.xml"));
        } catch (JoranException e) {
            context.reset(); // no log rather than a log on the console
        }
    }
}
