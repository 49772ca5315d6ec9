package id.go.pcm.internal.workbook;

import id.go.pcm.csv.UnusableFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A workbook's bytes as a file, which the zip reader needs: the file itself, or a temporary copy of a
 * stream (an upload), deleted once read. Its SHA-256 is taken as it is first read.
 *
 * @param name      the file name used in messages and rejects
 * @param file      where the bytes are
 * @param size      their number
 * @param sha256    their SHA-256, lower-case hexadecimal
 * @param temporary whether the file is a copy to delete
 */
record WorkbookSource(String name, Path file, long size, String sha256, boolean temporary) {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** The stream an encrypted Office document keeps its package in, as its compound file names it. */
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    static WorkbookSource of(Path path) {
        return of(path, path.getFileName().toString());
    }

    /** The file on disk under another name than its own (a submission's, {@code submissions/FILE.xlsx}, SPEC 10.2). */
    static WorkbookSource of(Path path, String name) {
        if (Files.isDirectory(path)) {
            throw new UnusableFileException(name, 0, "file.folder", path.toAbsolutePath());
        }
        try (InputStream in = Files.newInputStream(path)) {
            DigestInputStream digest = new DigestInputStream(in, sha256Digest());
            long size = digest.transferTo(OutputStream.nullOutputStream());
            return new WorkbookSource(name, path, size, HexFormat.of().formatHex(digest.getMessageDigest().digest()), false);
        } catch (NoSuchFileException e) {
            throw new UnusableFileException(name, 0, "file.missing", path.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UnusableFileException(name, 0, "file.unreadable", e, e.getMessage());
        }
    }

    static WorkbookSource spooled(String name, InputStream in) {
        Path copy = null;
        try (InputStream bytes = in) {
            copy = Files.createTempFile("pcm-", ".xlsx");
            DigestInputStream digest = new DigestInputStream(bytes, sha256Digest());
            long size;
            try (OutputStream out = Files.newOutputStream(copy)) {
                size = digest.transferTo(out);
            }
            return new WorkbookSource(name, copy, size, HexFormat.of().formatHex(digest.getMessageDigest().digest()), true);
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new UnusableFileException(name, 0, "file.unreadable", e, e.getMessage());
        }
    }

    /**
     * Refuses bytes that are no zip for what they are: an encrypted workbook (Excel keeps a
     * password-protected {@code .xlsx} in an OLE2 compound file), an old {@code .xls}, anything else.
     */
    void checkSignature() {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] prefix = in.readNBytes(OLE2.length);
            if (startsWith(prefix, ZIP)) {
                return;
            }
            if (startsWith(prefix, OLE2)) {
                throw new UnusableFileException(name, 0, holds(in, ENCRYPTED_PACKAGE) ? "file.encrypted" : "file.xls_named_xlsx");
            }
            throw new UnusableFileException(name, 0, "file.not_zip");
        } catch (IOException e) {
            throw new UnusableFileException(name, 0, "file.unreadable", e, e.getMessage());
        }
    }

    /** Whether the rest of a stream holds the bytes (a naive search: the pattern has no repeated prefix). */
    private static boolean holds(InputStream in, byte[] pattern) throws IOException {
        int matched = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = in.read(buffer)) >= 0; ) {
            for (int i = 0; i < read; i++) {
                matched = buffer[i] == pattern[matched] ? matched + 1 : (buffer[i] == pattern[0] ? 1 : 0);
                if (matched == pattern.length) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] prefix, byte[] signature) {
        if (prefix.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (prefix[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Deletes a temporary copy. */
    void delete() {
        if (temporary) {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            if (path != null) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is the system's to clean; the reading's outcome stands
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
