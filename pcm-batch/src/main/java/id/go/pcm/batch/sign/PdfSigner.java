package id.go.pcm.batch.sign;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.Certificate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs a PDF of the month's set (SPEC 8): the report and every scorecard go through
 * {@link #sign(byte[], OutputStream)}. One invisible signature ({@code adbe.pkcs7.detached}: a
 * {@link DetachedSignature} over the signed byte range, with SHA-256 and the chain) whose signing time
 * and {@code /M} are the run's as-of time, added in one incremental update that leaves the document as
 * it was: its information dictionary and XMP metadata say the same, its file id is kept, so it stays
 * PDF/A-1b, and the same PDF and key give the same bytes. It keeps no state between calls: one
 * signer may sign every PDF of a run, from several threads.
 */
public final class PdfSigner {

    /** Room for what a signature holds besides the certificates: the signer info, its value, the structure. */
    private static final int SIGNATURE_ROOM = 4096;

    private final SigningKey key;
    private final OffsetDateTime signingTime;
    private final DetachedSignature cms;

    /**
     * @param key         the run's key
     * @param signingTime the time the signature states: the run's as-of time
     */
    public PdfSigner(SigningKey key, OffsetDateTime signingTime) {
        this.key = Objects.requireNonNull(key, "key");
        this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
        this.cms = new DetachedSignature(key, signingTime);
    }

    /**
     * Writes the PDF with the run's signature.
     *
     * @param pdf a whole PDF as PCM writes it (PDF/A-1b, unsigned)
     * @param out where the signed PDF is written: the same bytes, then the signature's update; not closed
     * @throws IOException when the PDF cannot be read or the output written
     */
    public void sign(byte[] pdf, OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            Calendar when = GregorianCalendar.from(signingTime.toZonedDateTime());
            PdfStamper stamper = PdfStamper.createSignature(reader, new Unclosed(out), '\0', null, true);
            keepDocumentAsItWas(reader, stamper, when);

            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setSignDate(when);
            appearance.setCrypto(null, key.chain().toArray(Certificate[]::new), null, null);
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, PdfName.ADBE_PKCS7_DETACHED);
            dictionary.setDate(new PdfDate(when));
            commonName(key.subject()).ifPresent(dictionary::setName);
            appearance.setCryptoDictionary(dictionary);

            int reserved = key.chainSize() + SIGNATURE_ROOM;
            Map<PdfName, Integer> exclusions = new HashMap<>();
            exclusions.put(PdfName.CONTENTS, reserved * 2 + 2); // hex digits and the angle brackets
            appearance.preClose(exclusions);

            byte[] signature;
            try (InputStream range = appearance.getRangeStream()) {
                signature = cms.sign(range);
            }
            if (signature.length > reserved) {
                throw new IllegalStateException("the signature of " + key + " takes " + signature.length
                        + " bytes, more than the " + reserved + " reserved for it");
            }
            PdfDictionary contents = new PdfDictionary();
            contents.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(signature, reserved)).setHexWriting(true));
            appearance.close(contents);
        } catch (DocumentException e) {
            throw new IOException("the PDF cannot be signed: " + e.getMessage(), e);
        } finally {
            reader.close();
        }
    }

    /**
     * The update rewrites the information dictionary (the stamper always does): with the same
     * modification date and producer it says what it said, and the XMP metadata, which PDF/A requires
     * to agree with it, is left alone. The file id stays the document's, as a reader expects of an
     * incremental update, and no random id is made.
     */
    private static void keepDocumentAsItWas(PdfReader reader, PdfStamper stamper, Calendar when) {
        Map<String, String> info = reader.getInfo();
        String modified = info.get("ModDate");
        stamper.setEnforcedModificationDate(modified == null ? when : PdfDate.decode(modified));
        Map<String, String> kept = new HashMap<>();
        if (info.get("Producer") != null) {
            kept.put("Producer", info.get("Producer")); // else the stamper appends "; modified using OpenPDF"
        }
        stamper.setInfoDictionary(kept);
        stamper.setUpdateMetadata(false);
        PdfArray id = reader.getTrailer().getAsArray(PdfName.ID);
        if (id != null && id.size() == 2 && id.getAsString(0) != null && id.getAsString(1) != null) {
            stamper.setOverrideFileId(PdfEncryption.createInfoId(id.getAsString(0).getBytes(), id.getAsString(1).getBytes()));
        }
    }

    /** The signer's common name, for the signature's {@code /Name} that readers show. */
    private static java.util.Optional<String> commonName(String subject) {
        try {
            return new LdapName(subject).getRdns().stream().filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                    .map(Rdn::getValue).map(String::valueOf).reduce((first, second) -> second);
        } catch (InvalidNameException e) {
            return java.util.Optional.empty();
        }
    }

    /** The caller's stream, which the stamper closes when it is done: the caller closes it. */
    private static final class Unclosed extends java.io.FilterOutputStream {

        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** @return e.g. {@code PdfSigner[SigningKey[…], 2024-10-10T00:00+07:00]} */
    @Override
    public String toString() {
        return "PdfSigner[" + key + ", " + signingTime + "]";
    }
}
