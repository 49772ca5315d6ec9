/**
 * Signed outputs (SPEC 8). {@link id.go.pcm.batch.sign.KeySource} is the key the operator named
 * ({@code --sign-keystore}, {@code --sign-pkcs11}, {@code --sign-alias});
 * {@link id.go.pcm.batch.sign.SigningKey} is that key opened with the password of
 * {@code PCM_SIGN_PASSWORD} and checked, once per run, before any input is read;
 * {@link id.go.pcm.batch.sign.PdfSigner} signs a PDF of the month's set (the report, each scorecard)
 * in an incremental update that keeps it PDF/A-1b; {@link id.go.pcm.batch.sign.DetachedSignature}
 * makes the detached CMS ({@code .p7s}) of a data file. Both sign at the run's as-of time, so the same
 * inputs and key give the same bytes. No Spring here: the key is handed to the job as a bean.
 */
package id.go.pcm.batch.sign;
