/**
 * Reading the agencies' CSV files as they really send them (SPEC 1.1): {@link id.go.pcm.internal.csv.CsvFile}
 * streams a file into {@link id.go.pcm.internal.csv.CsvRow}s, with exact physical line numbers, and refuses a
 * file that cannot be used at all with an {@link id.go.pcm.csv.UnusableFileException}.
 * Nothing here knows what the columns mean; the rules do. Not exported.
 */
package id.go.pcm.internal.csv;
