package id.go.pcm.batch.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the package fastexcel wrote so that the same kit gives the same bytes, and adds what
 * fastexcel does not write: fastexcel stamps the time of writing into {@code docProps/core.xml}
 * (replaced by the kit's as-of time, also every entry's time), and a sheet's validations with input
 * messages go into its XML before {@code <pageMargins>}, where SpreadsheetML wants them (STACK.md).
 * fastexcel's zip is read with {@link ZipFile}: {@code ZipInputStream} cannot read it.
 */
final class FixedPackage {

    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
    private static final String BEFORE = "<pageMargins";

    private FixedPackage() {
    }

    /**
     * @param written     fastexcel's package
     * @param created     the time the package records as its creation
     * @param validations per sheet part ({@code xl/worksheets/sheet2.xml}), its {@code <dataValidations>}
     * @param scratch     a folder for the one temporary file {@link ZipFile} needs
     * @return the fixed package
     */
    static byte[] fix(byte[] written, Instant created, Map<String, String> validations, Path scratch) {
        Instant at = created.truncatedTo(ChronoUnit.SECONDS);
        try {
            Path temporary = Files.createTempFile(scratch, ".kit-", ".zip");
            try {
                Files.write(temporary, written);
                return rewrite(temporary, at, validations);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rewrite(Path zipped, Instant created, Map<String, String> validations) throws IOException {
        ByteArrayOutputStream fixed = new ByteArrayOutputStream(16 * 1024);
        int inserted = 0;
        try (ZipFile zip = new ZipFile(zipped.toFile()); ZipOutputStream out = new ZipOutputStream(fixed)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                // the local form: setTime would turn the instant into DOS time in the machine's zone
                copy.setTimeLocal(LocalDateTime.ofInstant(created, ZoneOffset.UTC));
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    String name = entry.getName();
                    if (name.equals("docProps/core.xml")) {
                        out.write(withCreated(new String(in.readAllBytes(), StandardCharsets.UTF_8), created));
                    } else if (validations.containsKey(name)) {
                        out.write(withValidations(new String(in.readAllBytes(), StandardCharsets.UTF_8), validations.get(name)));
                        inserted++;
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        if (inserted != validations.size()) {
            throw new IllegalStateException("fastexcel wrote none of the sheet parts " + validations.keySet());
        }
        return fixed.toByteArray();
    }

    private static byte[] withCreated(String coreXml, Instant created) {
        Matcher matcher = CREATED.matcher(coreXml);
        if (!matcher.find()) {
            throw new IllegalStateException("fastexcel's docProps/core.xml has no dcterms:created: " + coreXml);
        }
        return matcher.replaceFirst("$1" + created + "$2").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withValidations(String sheetXml, String validations) {
        int at = sheetXml.indexOf(BEFORE);
        if (at < 0 || sheetXml.contains("<dataValidations")) {
            throw new IllegalStateException("fastexcel's sheet has no " + BEFORE + " or has validations of its own");
        }
        return (sheetXml.substring(0, at) + validations + sheetXml.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
}
