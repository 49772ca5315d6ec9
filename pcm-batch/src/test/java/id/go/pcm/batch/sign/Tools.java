package id.go.pcm.batch.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The outside programs the signing tests read outputs with, as a reader would: poppler's
 * {@code pdfsig}, {@code openssl}, SoftHSM2's {@code softhsm2-util}. A missing one fails the test
 * (it is not skipped) with the Debian package to install; {@code ./verify} installs them.
 */
public final class Tools {

    /** What a program printed and how it ended. */
    public record Ran(int exit, String output) {
    }

    private Tools() {
    }

    /**
     * Fails unless a program is on the PATH.
     *
     * @param program e.g. {@code pdfsig}
     * @param debianPackage the package that installs it, e.g. {@code poppler-utils}
     * @return the program's path
     */
    public static Path require(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(program + " is not installed: the signing tests read the outputs with it;"
                + " install it with: apt-get install -y " + debianPackage);
    }

    /**
     * Runs a program to its end (at most a minute), its output and errors together.
     *
     * @param environment variables added to this process's environment
     * @param command     the program, found with {@link #require}, and its arguments
     * @return its exit status and output
     */
    public static Ran run(Map<String, String> environment, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
            builder.environment().putAll(environment);
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within a minute");
            }
            return new Ran(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    /**
     * @param pdf a PDF file
     * @return what {@code pdfsig} says of its signatures
     */
    public static Ran pdfsig(Path pdf) {
        return run(Map.of(), List.of(require("pdfsig", "poppler-utils").toString(), pdf.toString()));
    }

    /**
     * Verifies a detached signature as SPEC 8 says a reader does.
     *
     * @param content   the signed file
     * @param signature its {@code .p7s}
     * @param caPem     the CA that issued the signing certificate
     * @return what {@code openssl cms -verify} said; exit 0 when it verified
     */
    public static Ran opensslVerify(Path content, Path signature, Path caPem) {
        return run(Map.of(), List.of(require("openssl", "openssl").toString(), "cms", "-verify", "-binary",
                "-inform", "DER", "-content", content.toString(), "-in", signature.toString(), "-CAfile", caPem.toString(),
                "-purpose", "any", "-out", "/dev/null"));
    }
}
