package id.go.pcm.batch.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The process that runs a job execution: host, process id and the process's start time. A stored
 * execution still marked running whose owner is a process of this host that no longer exists was
 * left behind by a killed run, and can be recovered without touching the database by hand.
 *
 * @param host    the host name, {@code ?} when it could not be had
 * @param machine the host's fingerprint ({@link ThisHost#id()}), {@code ?} when unknown or not recorded
 * @param pid     the process id
 * @param started when the process started, to tell a reused process id apart
 */
public record RunOwner(String host, String machine, long pid, String started) {

    private static final String UNKNOWN = "?";
    private static final String HOST = "pcm.owner.host";
    private static final String MACHINE = "pcm.owner.machine";
    private static final String PID = "pcm.owner.pid";
    private static final String STARTED = "pcm.owner.started";

    /** @return this process */
    public static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(ThisHost.name().orElse(UNKNOWN), ThisHost.id().orElse(UNKNOWN), self.pid(),
                self.info().startInstant().map(Instant::toString).orElse(""));
    }

    /** @param context the execution's context, where the owner is kept */
    void writeTo(ExecutionContext context) {
        context.putString(HOST, host);
        context.putString(MACHINE, machine);
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
        return Optional.of(new RunOwner(context.getString(HOST), context.getString(MACHINE, UNKNOWN), context.getLong(PID),
                context.getString(STARTED, "")));
    }

    /**
     * @return whether this owner is known to be gone: a process of this host that no longer runs (or
     *         whose id now belongs to a process started at another time); an owner whose host or start
     *         cannot be told is taken as alive
     */
    boolean isGone() {
        boolean sameHost = machine.equals(UNKNOWN)
                ? !host.equals(UNKNOWN) && ThisHost.name().map(host::equals).orElse(false)
                : ThisHost.id().map(machine::equals).orElse(false);
        if (!sameHost) {
            return false;
        }
        try {
            return ThisHost.isGone(pid, Instant.parse(started));
        } catch (DateTimeParseException e) {
            return ProcessHandle.of(pid).isEmpty(); // no start recorded: only a vanished id tells
        }
    }
}
