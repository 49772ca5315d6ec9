package id.go.pcm.batch.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The process that runs a job execution: host, process id and the process's start time. A stored
 * execution still marked running whose owner is a process of this host that no longer exists was
 * left behind by a killed run, and can be recovered without touching the database by hand.
 *
 * @param host    the host name
 * @param pid     the process id
 * @param started when the process started, to tell a reused process id apart
 */
public record RunOwner(String host, long pid, String started) {

    private static final String HOST = "pcm.owner.host";
    private static final String PID = "pcm.owner.pid";
    private static final String STARTED = "pcm.owner.started";

    /** @return this process */
    public static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(hostName(), self.pid(), startOf(self));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse("");
    }

    /** @param context the execution's context, where the owner is kept */
    void writeTo(ExecutionContext context) {
        context.putString(HOST, host);
        context.putLong(PID, pid);
        context.putString(STARTED, started);
    }

    /**
     * @param context an execution's context
     * @return its owner, when recorded
     */
    static Optional<RunOwner> readFrom(ExecutionContext context) {
        if (!context.containsKey(HOST) || !context.containsKey(PID)) {
            return Optional.empty();
        }
        return Optional.of(new RunOwner(context.getString(HOST), context.getLong(PID), context.getString(STARTED, "")));
    }

    /**
     * @return whether this owner is known to be gone: a process of this host that no longer runs (or
     *         whose id now belongs to a process started at another time)
     */
    boolean isGone() {
        if (!host.equals(hostName())) {
            return false;
        }
        return ProcessHandle.of(pid).map(p -> !Objects.equals(startOf(p), started)).orElse(true);
    }
}
