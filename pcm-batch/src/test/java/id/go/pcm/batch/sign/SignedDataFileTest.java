package id.go.pcm.batch.sign;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detached signature of a data file (SPEC 8): DER CMS without the content, the chain, exactly
 * content type, message digest and signing time = the as-of; {@code openssl cms -verify} accepts it
 * and refuses changed content; RSA gives the same bytes twice, EC verifies too.
 */
class SignedDataFileTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");
    private static final byte[] CONTENT = "file,line,record_id\nreports.csv,3,R-1\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private byte[] sign(TestKeys keys, String name) throws Exception {
        Path store = keys.pkcs12(dir.resolve(name + ".p12"));
        try (SigningKey key = SigningKey.open(new KeySource(KeySource.Kind.PKCS12, store, null), TestKeys.environment(), AS_OF,
                Instant.now())) {
            return new DetachedSignature(key, AS_OF).sign(new ByteArrayInputStream(CONTENT));
        }
    }

    @Test
    void anRsaSignatureHoldsTheChainAndExactlyThreeSignedAttributesAndIsTheSameTwice() throws Exception {
        TestKeys keys = TestKeys.create();
        byte[] p7s = sign(keys, "rsa");

        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(CONTENT), p7s);
        assertNull(new CMSSignedData(p7s).getSignedContent(), "detached: the content is not inside");
        assertArrayEquals(p7s, cms.getEncoded("DER"), "DER-encoded");
        assertEquals(2, cms.getCertificates().getMatches(null).size(), "the signing certificate and its CA");
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID(), "SHA-256");
        assertEquals(Set.of(CMSAttributes.contentType, CMSAttributes.signingTime, CMSAttributes.messageDigest),
                Arrays.stream(signer.getSignedAttributes().toASN1Structure().getAttributes())
                        .map(Attribute::getAttrType).collect(Collectors.toSet()), "no other signed attribute");
        assertEquals(3, signer.getSignedAttributes().size());
        assertEquals(AS_OF.toInstant(), org.bouncycastle.asn1.cms.Time.getInstance(signer.getSignedAttributes()
                .get(CMSAttributes.signingTime).getAttrValues().getObjectAt(0)).getDate().toInstant());
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(new JcaX509CertificateHolder(keys.signer()))));

        assertArrayEquals(p7s, sign(keys, "rsa-again"), "PKCS#1 v1.5 is deterministic: the same bytes");
        assertOpensslVerifiesAndRefusesAChange(keys, p7s);
    }

    @Test
    void anEcKeySignsTooThoughItsSignatureVariesFromRunToRun() throws Exception {
        TestKeys keys = TestKeys.createEc();
        byte[] p7s = sign(keys, "ec");
        assertOpensslVerifiesAndRefusesAChange(keys, p7s);
    }

    private void assertOpensslVerifiesAndRefusesAChange(TestKeys keys, byte[] p7s) throws Exception {
        Path content = Files.write(dir.resolve("data.csv"), CONTENT);
        Path signature = Files.write(dir.resolve("data.csv.p7s"), p7s);
        Path ca = keys.caPem(dir.resolve("ca.pem"));
        Tools.Ran verified = Tools.opensslVerify(content, signature, ca);
        assertEquals(0, verified.exit(), verified.output());
        Files.write(content, "file,line,record_id\nreports.csv,4,R-1\n".getBytes(StandardCharsets.UTF_8));
        Tools.Ran refused = Tools.opensslVerify(content, signature, ca);
        assertFalse(refused.exit() == 0, refused.output());
    }
}
