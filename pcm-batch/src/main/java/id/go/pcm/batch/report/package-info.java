/**
 * The minister's report (SPEC 5): {@link id.go.pcm.batch.report.ReportRenderer} takes the same
 * {@link id.go.pcm.batch.output.FiguresDocument} the JSON twin is written from and writes a PDF/A-1b
 * document; {@link id.go.pcm.batch.report.MinisterReport} is the edition with charts. Inside: the page
 * frame (metadata, determinism, footer, outline), one class per section, the charts (JFreeChart drawn
 * as vectors), formats and texts (resource bundles {@code texts*.properties}). No Spring, no CSV.
 */
package id.go.pcm.batch.report;
