package id.go.pcm.batch.job;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What tells a process that another one, recorded earlier, ran beside it and is gone: the same host
 * (name and process-id namespace, so that two containers sharing a host name are not taken for one)
 * and no process of that id started at that time. When in doubt — the host name cannot be had, the
 * start time cannot be read — a process is taken as alive: taking a live run for a dead one would let
 * two runs of a month go ahead.
 */
final class ThisHost {

    /** Start times read twice differ a little (the kernel counts from a boot time that NTP may step). */
    private static final Duration SAME_START = Duration.ofSeconds(2);

    private ThisHost() {
    }

    /** @return this host's name, or empty when it cannot be had (never a stand-in such as "localhost") */
    static Optional<String> name() {
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * @return a short fingerprint of the host name and the process-id namespace, empty when the name
     *         cannot be had; the same across reboots of one host, different in another container
     */
    static Optional<String> id() {
        return name().map(host -> {
            String namespace;
            try {
                namespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                namespace = ""; // not Linux: the host name alone
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((host + "\n" + namespace).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * @param pid     a process id of this host
     * @param started when that process started
     * @return whether no process of that id runs, or the one that does started at another time
     */
    static boolean isGone(long pid, Instant started) {
        return ProcessHandle.of(pid)
                .map(p -> p.info().startInstant()
                        .map(s -> Duration.between(s, started).abs().compareTo(SAME_START) > 0)
                        .orElse(false))
                .orElse(true);
    }
}
