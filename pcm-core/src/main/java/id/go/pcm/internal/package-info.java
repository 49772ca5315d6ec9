/**
 * The machinery behind the rules, not exported by the module and free to change in any release: the
 * value forms people type ({@link id.go.pcm.internal.Values}), enumerations with their Indonesian
 * synonyms ({@link id.go.pcm.internal.Vocabulary}), the first-fault reading of a row
 * ({@link id.go.pcm.internal.Fields}, {@link id.go.pcm.internal.Fault}), the fingerprints of ids
 * already seen ({@link id.go.pcm.internal.SeenKeys}) and the message catalogue
 * ({@link id.go.pcm.internal.Messages}).
 */
package id.go.pcm.internal;
