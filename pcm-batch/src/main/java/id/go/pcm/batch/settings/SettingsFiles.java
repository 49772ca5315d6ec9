package id.go.pcm.batch.settings;

import org.springframework.core.env.Environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings files Spring could not read, found again to say where. Spring's properties reader
 * stops at a malformed {@code \\u} escape with "Malformed \\uxxxx encoding." and names neither the file
 * nor the line; this finds both by reading the files Spring was asked to read, as it reads them.
 */
final class SettingsFiles {

    private SettingsFiles() {
    }

    /**
     * @param environment the settings as given before the files were read
     * @param failure     what reading them failed with
     * @return the one line for the operator
     */
    static SettingsException unreadable(Environment environment, RuntimeException failure) {
        for (Path file : files(environment)) {
            Optional<Message> escape = badEscape(file);
            if (escape.isPresent()) {
                return new SettingsException(escape.get());
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new SettingsException(new Message("unreadable.other",
                String.valueOf(root.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip()));
    }

    /** The properties files a run reads: those named by spring.config.*, then Spring's default places. */
    private static List<Path> files(Environment environment) {
        List<Path> files = new ArrayList<>();
        for (String property : List.of("spring.config.location", "spring.config.additional-location", "spring.config.import")) {
            String value = environment.getProperty(property, "");
            for (String location : value.split("[,;]")) {
                String path = location.strip().replaceFirst("^optional:", "").replaceFirst("^file:", "");
                if (!path.isEmpty() && !path.startsWith("classpath:")) {
                    Path named = Path.of(path);
                    files.add(Files.isDirectory(named) ? named.resolve("application.properties") : named);
                }
            }
        }
        files.add(Path.of("application.properties"));
        files.add(Path.of("config", "application.properties"));
        return files.stream().filter(Files::isRegularFile).toList();
    }

    /**
     * @param file a properties file
     * @return the first escape {@code \\u} not followed by four hexadecimal digits, with its line,
     *         outside comments (which Spring does not read); empty when there is none
     */
    static Optional<Message> badEscape(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1); // bytes as characters: only ASCII matters here
        } catch (IOException e) {
            return Optional.empty();
        }
        int line = 1;
        boolean lineStart = true; // at the start of a logical line: a comment may begin
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = true;
                comment = false;
                continue;
            }
            if (comment || c == '\r') {
                continue;
            }
            if (lineStart && (c == ' ' || c == '\t' || c == '\f')) {
                continue;
            }
            if (lineStart && (c == '#' || c == '!')) {
                comment = true;
                continue;
            }
            lineStart = false;
            if (c != '\\' || i + 1 >= text.length()) {
                continue;
            }
            char next = text.charAt(++i); // the escaped character, skipped whatever it is
            if (next == '\n') {
                line++; // a continuation: the logical line goes on
            } else if (next == 'u' && !hex4(text, i + 1)) {
                String shown = text.substring(i - 1, Math.min(text.length(), i + 5)).split("\\R", 2)[0];
                return Optional.of(new Message("unreadable", file.toAbsolutePath().normalize().toString(),
                        String.valueOf(line), shown));
            }
        }
        return Optional.empty();
    }

    private static boolean hex4(String text, int from) {
        if (from + 4 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
