/**
 * Dissemination (diseminasi): the evidence agencies send that they spread a narrative, on online
 * and offline channels, with a link or a proof hash; its rules (internal) check {@code dissemination.csv}
 * (SPEC 1.5), including the recognition of the same evidence sent twice.
 */
package id.go.pcm.dissemination;
