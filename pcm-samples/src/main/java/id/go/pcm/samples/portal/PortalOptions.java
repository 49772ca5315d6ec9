package id.go.pcm.samples.portal;

import id.go.pcm.month.EvaluationMonth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the portal is started:
 * {@code --period=YYYY-MM --reference=DIR [--port=8080] [--host=ADDRESS] [--as-of=TIMESTAMP] [--max-upload-mb=50]
 * [--read-timeout=30] [--zone=Asia/Jakarta]}.
 *
 * @param period         the evaluation month
 * @param reference      the folder holding the month's {@code agencies.csv} and {@code narratives.csv}, and
 *                       its {@code types.csv} when its types of body are not the national ones (SPEC 9.1)
 * @param host           the address to listen on; loopback unless told otherwise
 * @param port           the port, {@code 0} for any free one
 * @param asOf           a fixed evaluation time (for demonstrations and tests), or empty for the time of each check
 * @param maxUploadBytes the largest request body accepted, in bytes
 * @param readTimeout    how long a request body may send nothing before its request is ended
 * @param zone           the office's zone (SPEC 9.2), as the job's {@code pcm.zone}: the month's rules read
 *                       it, and the page shows times in it
 */
public record PortalOptions(YearMonth period, Path reference, InetAddress host, int port,
                            Optional<OffsetDateTime> asOf, long maxUploadBytes, Duration readTimeout, ZoneId zone) {

    /** The command line, for messages. */
    public static final String USAGE = "usage: CheckPortal --period=YYYY-MM --reference=DIR [--port=8080] [--host=ADDRESS]"
            + " [--as-of=TIMESTAMP] [--max-upload-mb=50] [--read-timeout=30] [--zone=Asia/Jakarta]";
    /** The default upload limit, in MB (1 MB = 1,048,576 bytes). */
    public static final int DEFAULT_MAX_UPLOAD_MB = 50;
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default read timeout, in seconds: a link that sends nothing for so long has dropped. */
    public static final int DEFAULT_READ_TIMEOUT_SECONDS = 30;

    private static final Set<String> KNOWN = Set.of("period", "reference", "port", "host", "as-of", "max-upload-mb",
            "read-timeout", "zone");

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the port is outside 0–65535, the limit is not positive, or the
     *                                  as-of time is before the month begins
     */
    public PortalOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(zone, "zone");
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("--read-timeout must be at least 1 second");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port=" + port + " is not a port: use 1-65535, or 0 for any free port");
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("the upload limit must be at least 1 MB");
        }
        asOf.ifPresent(time -> {
            // Every row of the month would be FUTURE: an argument's mistake, refused as the job and --check refuse it.
            Instant start = new EvaluationMonth(period, time, zone).start();
            if (time.toInstant().isBefore(start)) {
                throw new IllegalArgumentException("--as-of=" + time + " is before " + period + " begins ("
                        + start.atZone(zone).toOffsetDateTime() + "): check --as-of and --period;"
                        + " the evaluation time is at or after the month's start, usually after its reporting deadline.");
            }
        });
    }

    /**
     * Reads the command line.
     *
     * @param args the arguments, each {@code --name=value}
     * @return the options
     * @throws IllegalArgumentException naming the argument that is wrong and what to write instead
     */
    public static PortalOptions parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException(arg + " is not of the form --name=value; " + USAGE);
            }
            String name = arg.substring(2, eq);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("--" + name + " is not an option of the portal; " + USAGE);
            }
            if (given.put(name, arg.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("--" + name + " is given twice: give it once");
            }
        }
        return new PortalOptions(period(required(given, "period")), Path.of(required(given, "reference")),
                host(given.get("host")), number(given, "port", DEFAULT_PORT),
                Optional.ofNullable(given.get("as-of")).map(PortalOptions::asOf),
                number(given, "max-upload-mb", DEFAULT_MAX_UPLOAD_MB) * 1024L * 1024L,
                Duration.ofSeconds(number(given, "read-timeout", DEFAULT_READ_TIMEOUT_SECONDS)),
                zone(given.getOrDefault("zone", EvaluationMonth.WIB.getId())));
    }

    /** @return the upload limit in whole MB, as the page states it */
    public long maxUploadMb() {
        return maxUploadBytes / (1024 * 1024);
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required; " + USAGE);
        }
        return value;
    }

    private static YearMonth period(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--period=" + value + " is not a month: write it as YYYY-MM, for example 2024-09", e);
        }
    }

    private static OffsetDateTime asOf(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of=" + value
                    + " is not a time with its offset: write it as 2024-10-10T00:00:00+07:00", e);
        }
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--zone=" + value + " is not a time zone: write one such as Asia/Jakarta (WIB),"
                    + " Asia/Makassar (WITA) or Asia/Jayapura (WIT), as the job's pcm.zone", e);
        }
    }

    private static InetAddress host(String value) {
        if (value == null) {
            // Loopback unless told otherwise: the page is meant to sit behind the ministry's own front end.
            return InetAddress.getLoopbackAddress();
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host=" + value + " is not an address of this machine", e);
        }
    }

    private static int number(Map<String, String> given, String name, int otherwise) {
        String value = given.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + "=" + value + " is not a whole number", e);
        }
    }
}
