/**
 * Media monitoring (pemantauan media): the items the ministry's monitoring desk finds, with their
 * outlet, program and tone, and the rules of {@code media.csv} (SPEC 1.6).
 */
package id.go.pcm.media;
