/**
 * The machinery every rule of SPEC 1 shares: a {@link id.go.pcm.validation.Row} of text values, the
 * value forms people type ({@link id.go.pcm.validation.Values}), enumerations with their Indonesian
 * synonyms ({@link id.go.pcm.validation.Vocabulary}), the first-fault reading of a row
 * ({@link id.go.pcm.validation.Fields}), and the outcome: an accepted value or a
 * {@link id.go.pcm.validation.Reject} with a stable {@link id.go.pcm.validation.RejectCode} and a
 * message in Bahasa Indonesia and English. The rules themselves live with their domain.
 */
package id.go.pcm.validation;
