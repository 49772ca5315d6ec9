/**
 * The machinery behind the rules, not exported by the module and free to change in any release: the
 * value forms people type ({@link id.go.pcm.internal.Values}), enumerations with their Indonesian
 * synonyms ({@link id.go.pcm.internal.Vocabulary}), rules as named values in a file's list
 * ({@link id.go.pcm.internal.Rule}, {@link id.go.pcm.internal.RuleList}, the value forms in
 * {@link id.go.pcm.internal.ValueRules}, the rules several files share in
 * {@link id.go.pcm.internal.SharedRules}, {@link id.go.pcm.internal.Fault}), the fingerprints of ids
 * already seen ({@link id.go.pcm.internal.SeenKeys}) and the message catalogue
 * ({@link id.go.pcm.internal.Messages}).
 */
package id.go.pcm.internal;
