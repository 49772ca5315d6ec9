package id.go.pcm.batch.fonts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Where the charts' AWT fonts are read from: files extracted once into {@code PCM_HOME/fonts}
 * (the environment variable, else {@code ~/.pcm}, the job's own default home), because
 * {@code Font.createFont} given a stream copies the font to a {@code +~JF….tmp} file in the system's
 * temporary folder that only a normal exit removes: every run killed with {@code kill -9} left about
 * 10 MiB there. Each file is named for its content (name, CRC-32, size), written under a name of its
 * own and renamed into place, and compared byte for byte with the font before each use; when the
 * folder cannot be written the font is read from a stream, as before.
 */
final class FontFolder {

    private static final Logger LOG = LoggerFactory.getLogger(FontFolder.class);

    private final Path folder;

    /** @param folder the folder the font files go to */
    FontFolder(Path folder) {
        this.folder = folder;
    }

    /** @return {@code PCM_HOME/fonts}, or {@code ~/.pcm/fonts} without {@code PCM_HOME} (tests, library users) */
    static FontFolder ofHome() {
        String home = System.getenv("PCM_HOME");
        Path base = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".pcm") : Path.of(home);
        return new FontFolder(base.resolve("fonts"));
    }

    /**
     * @param resource the font's path on the class path, for its file's name
     * @param bytes    the font
     * @return the font for AWT, at 1 pt, read from its file in this folder when it can be there
     */
    Font awt(String resource, byte[] bytes) throws IOException, FontFormatException {
        Path file = extracted(resource, bytes);
        return file != null ? Font.createFont(Font.TRUETYPE_FONT, file.toFile())
                : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
    }

    /** The font's file, written if it is not there whole; {@code null} when it cannot be. */
    Path extracted(String resource, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        String base = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.ttf$", "");
        Path file = folder.resolve(String.format(Locale.ROOT, "%s-%08x-%d.ttf", base, crc.getValue(), bytes.length));
        Path partial = folder.resolve(file.getFileName() + ".part-" + ProcessHandle.current().pid());
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return file;
            }
            Files.createDirectories(folder);
            try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer content = ByteBuffer.wrap(bytes);
                while (content.hasRemaining()) {
                    out.write(content);
                }
                out.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Font {} read from a temporary copy: {} cannot be written", resource, file, e);
            try {
                Files.deleteIfExists(partial);
            } catch (IOException | RuntimeException ignored) {
                // nothing was written
            }
            return null;
        }
    }
}
