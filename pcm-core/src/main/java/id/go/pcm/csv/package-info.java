/**
 * The refusal of a month file that cannot be used at all ({@link id.go.pcm.csv.UnusableFileException}:
 * missing, not UTF-8, tab-separated, a required column missing), which {@code Monev} and
 * {@code FileCheck} throw or report. The CSV reader itself is internal.
 */
package id.go.pcm.csv;
