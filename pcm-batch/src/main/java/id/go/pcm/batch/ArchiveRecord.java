package id.go.pcm.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The small record beside a class-data archive, {@code pcm-….jsa.cksum}, that lets the launcher tell
 * a whole archive from a damaged one before the JVM maps it: a truncated archive is not refused by
 * Java 17 but crashes it (SIGBUS) on every run. Its first line is what POSIX {@code cksum < archive}
 * prints ({@code CRC SIZE}), so that the launcher compares one line with one command; its second line
 * is the installation the archive belongs to, so that archives of installations that are gone can be
 * removed and those of others kept.
 *
 * @param checksum     the first line: POSIX cksum's CRC and the size in bytes
 * @param installation the folder of the installation (or build tree) the archive was made for
 */
record ArchiveRecord(String checksum, String installation) {

    /** What a record's name adds to its archive's. */
    static final String SUFFIX = ".cksum";

    /** The CRC-32 of POSIX cksum: polynomial 0x04C11DB7, most significant bit first (not zlib's). */
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80000000) != 0 ? crc << 1 ^ 0x04C11DB7 : crc << 1;
            }
            TABLE[i] = crc;
        }
    }

    /** @return the record's file for an archive */
    static Path of(Path archive) {
        return archive.resolveSibling(archive.getFileName() + SUFFIX);
    }

    /**
     * @param archive      a whole archive, on disk
     * @param installation the installation it belongs to
     * @return its record
     */
    static ArchiveRecord describe(Path archive, String installation) throws IOException {
        return new ArchiveRecord(cksum(archive), installation);
    }

    /**
     * Reads a record.
     *
     * @param record the record's file
     * @return the record, or empty when it is not one (unreadable, cut short)
     */
    static Optional<ArchiveRecord> read(Path record) {
        try {
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            return lines.size() == 2 ? Optional.of(new ArchiveRecord(lines.get(0), lines.get(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the record to its file, flushed to the disk before it takes the file's name. */
    void writeTo(Path record, Path partial) throws IOException {
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap((checksum + "\n" + installation + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        Files.move(partial, record, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * @param file a file
     * @return what {@code cksum < file} prints: the CRC and the size, separated by a space
     */
    static String cksum(Path file) throws IOException {
        int crc = 0;
        long size = 0;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        try (FileChannel in = FileChannel.open(file)) {
            for (int read; (read = in.read(buffer.clear())) >= 0; ) {
                byte[] bytes = buffer.array();
                for (int i = 0; i < read; i++) {
                    crc = crc << 8 ^ TABLE[(crc >>> 24 ^ bytes[i]) & 0xFF];
                }
                size += read;
            }
        }
        for (long n = size; n != 0; n >>>= 8) { // POSIX: the length follows the data, least significant byte first
            crc = crc << 8 ^ TABLE[(crc >>> 24 ^ (int) n) & 0xFF];
        }
        return Integer.toUnsignedString(~crc) + " " + size;
    }
}
