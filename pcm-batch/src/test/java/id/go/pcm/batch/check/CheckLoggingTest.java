package id.go.pcm.batch.check;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check's and a kit run's log: INFO and above into {@code PCM_HOME/logs/pcm-check.log}, nothing on the console. */
class CheckLoggingTest {

    @TempDir
    Path home;

    @AfterEach
    void logbackAsBefore() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void linesAtInfoAndAboveGoToTheCheckLogAndNoneToTheConsole() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            CheckLogging.configure(home);
            Logger log = LoggerFactory.getLogger(CheckLoggingTest.class);
            log.info("checked {}", "reports.csv");
            log.debug("not logged");
            log.warn("a warning");
        } finally {
            System.setOut(console);
        }
        ((LoggerContext) LoggerFactory.getILoggerFactory()).reset(); // closes the file

        List<String> lines = Files.readAllLines(home.resolve("logs/pcm-check.log"));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  \\[[^]]+] "
                + "\\S*CheckLoggingTest : checked reports\\.csv"), lines.get(0));
        assertTrue(lines.get(1).contains(" WARN  ") && lines.get(1).endsWith(" : a warning"), lines.get(1));
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("checked"), "nothing on the console");
    }

    @Test
    void aLogThatCannotBeWrittenIsNoLogRatherThanTheConsole() throws Exception {
        Files.writeString(home.resolve("logs"), "a file where the folder goes");
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            CheckLogging.configure(home);
            LoggerFactory.getLogger(CheckLoggingTest.class).warn("nowhere");
        } finally {
            System.setOut(console);
        }
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("nowhere"));
    }
}
