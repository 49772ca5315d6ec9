package id.go.pcm.batch.sign;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;

/**
 * A detached CMS signature (RFC 5652 SignedData without the content), DER-encoded: what
 * {@code openssl cms -verify -binary -inform DER -content FILE -in FILE.p7s} verifies (SPEC 8), and
 * what a PDF's {@code adbe.pkcs7.detached} signature holds over the document's signed byte range.
 *
 * <p>SHA-256, the key's certificate chain, and exactly three signed attributes: content type (data),
 * message digest and signing time, the time being the run's as-of time. Nothing else varies, so with
 * an RSA key (PKCS#1 v1.5 signatures are deterministic) the same content gives the same bytes.
 */
public final class DetachedSignature {

    private final SigningKey key;
    private final OffsetDateTime signingTime;

    /**
     * @param key         the run's key
     * @param signingTime the time the signature states: the run's as-of time, PCM's statement of when
     *                    the month was evaluated, not a trusted timestamp
     */
    public DetachedSignature(SigningKey key, OffsetDateTime signingTime) {
        this.key = Objects.requireNonNull(key, "key");
        this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
    }

    /**
     * Signs content read to its end from a stream (a file of any size: it is digested as it is read).
     *
     * @param content the bytes to sign; not closed
     * @return the DER-encoded CMS SignedData, without the content
     * @throws IOException when the content cannot be read
     */
    public byte[] sign(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo());
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new Streamed(content), false).getEncoded(ASN1Encoding.DER);
        } catch (CMSException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("cannot sign with " + key + ": " + e.getMessage(), e);
        } catch (CertificateEncodingException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + key + ": " + e.getMessage(), e);
        }
    }

    private SignerInfoGenerator signerInfo() throws OperatorCreationException, CertificateEncodingException {
        return new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new SignedAttributes(Date.from(signingTime.toInstant())))
                .build(key.contentSigner(), key.chain().get(0));
    }

    /** @return e.g. {@code DetachedSignature[SigningKey[…], 2024-10-10T00:00+07:00]} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DetachedSignature[%s, %s]", key, signingTime);
    }

    /**
     * Content type, signing time and message digest; BouncyCastle's default generator would add the
     * CMS algorithm-protection attribute, which SPEC 8 does not list.
     */
    private record SignedAttributes(Date signingTime) implements CMSAttributeTableGenerator {

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") java.util.Map parameters) {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType,
                    new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(signingTime))));
            attributes.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            return new AttributeTable(attributes);
        }
    }

    /** Content for the generator that it digests as it reads it, once. */
    private record Streamed(InputStream in) implements CMSTypedData {

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
