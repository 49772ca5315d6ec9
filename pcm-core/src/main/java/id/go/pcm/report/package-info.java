/**
 * Periodic reports (laporan berkala): what agencies send each month, their completeness, whether
 * they arrived on time, and the rules of {@code reports.csv} (SPEC 1.3).
 */
package id.go.pcm.report;
