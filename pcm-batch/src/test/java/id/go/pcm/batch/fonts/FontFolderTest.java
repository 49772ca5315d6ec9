package id.go.pcm.batch.fonts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FontFolderTest {

    private static final String FONT = "liberation/LiberationMono-Regular.ttf";

    @TempDir
    Path dir;

    @Test
    void aFontIsWrittenOnceUnderANameOfItsContentAndADamagedCopyIsWrittenAgain() throws Exception {
        byte[] bytes = font();
        FontFolder folder = new FontFolder(dir.resolve("fonts"));
        Path file = folder.extracted(FONT, bytes);
        assertEquals(dir.resolve("fonts"), file.getParent());
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(List.of(file.getFileName().toString()), names(dir.resolve("fonts")), "nothing else left there");

        Files.write(file, new byte[bytes.length]); // same name and size, other content
        assertEquals(file, folder.extracted(FONT, bytes));
        assertArrayEquals(bytes, Files.readAllBytes(file), "the damaged copy is replaced");

        assertEquals("Liberation Mono", folder.awt(FONT, bytes).getFamily());
    }

    @Test
    void aFolderThatCannotBeWrittenFallsBackToTheJdksTemporaryCopy() throws Exception {
        Files.writeString(dir.resolve("fonts"), "a file where the folder would go");
        FontFolder folder = new FontFolder(dir.resolve("fonts"));
        assertNull(folder.extracted(FONT, font()));
        assertEquals("Liberation Mono", folder.awt(FONT, font()).getFamily());
        assertNotEquals(List.of(), names(dir));
    }

    private static byte[] font() throws Exception {
        try (InputStream in = FontFolderTest.class.getClassLoader().getResourceAsStream(FONT)) {
            return in.readAllBytes();
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
