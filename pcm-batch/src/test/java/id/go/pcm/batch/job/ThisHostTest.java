package id.go.pcm.batch.job;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThisHostTest {

    private static final ProcessHandle SELF = ProcessHandle.current();
    private static final Instant STARTED = SELF.info().startInstant().orElseThrow();

    @Test
    void aRunningProcessIsNotGone() {
        assertFalse(ThisHost.isGone(SELF.pid(), STARTED));
    }

    @Test
    void aStartReadALittleDifferentlyIsTheSameProcess() {
        // the kernel's boot time, from which start times are counted, can be stepped by NTP
        assertFalse(ThisHost.isGone(SELF.pid(), STARTED.plusMillis(1_500)));
        assertFalse(ThisHost.isGone(SELF.pid(), STARTED.minusMillis(1_500)));
    }

    @Test
    void aProcessIdNowHeldByAProcessStartedAtAnotherTimeIsGone() {
        assertTrue(ThisHost.isGone(SELF.pid(), STARTED.minusSeconds(3_600)));
    }

    @Test
    void anEndedProcessIsGone() throws Exception {
        Process ended = new ProcessBuilder("sleep", "60").start();
        Instant started = ended.info().startInstant().orElseThrow();
        ended.destroyForcibly().waitFor();

        assertTrue(ThisHost.isGone(ended.pid(), started));
    }

    @Test
    void theHostsFingerprintIsTwelveHexDigitsAndTheSameEachTime() {
        String id = ThisHost.id().orElseThrow();

        assertTrue(id.matches("[0-9a-f]{12}"), id);
        assertEquals(id, ThisHost.id().orElseThrow());
    }
}
