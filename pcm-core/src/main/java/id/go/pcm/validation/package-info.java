/**
 * What every rule of SPEC 1 reads and gives: a {@link id.go.pcm.validation.Row} of text values, and
 * the outcome of checking it, an accepted value or a {@link id.go.pcm.validation.Reject} with a stable
 * {@link id.go.pcm.validation.RejectCode} and a message in Bahasa Indonesia and English. The rules
 * themselves live with their domain; the machinery they share is internal to the library.
 */
package id.go.pcm.validation;
