/**
 * Narratives (narasi tunggal): the single narrative per priority program that the communication
 * ministry issues, whom it targets and its dissemination window, and the rules of
 * {@code narratives.csv} (SPEC 1.4).
 */
package id.go.pcm.narrative;
