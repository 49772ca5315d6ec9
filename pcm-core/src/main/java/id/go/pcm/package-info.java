/**
 * PCM core: the embeddable library for the monthly monitoring and evaluation (monev) of public
 * communication under Presidential Instruction 9/2015.
 *
 * <p>{@link id.go.pcm.Monev} evaluates a month folder of the five CSV files of SPEC 1 and returns a
 * {@link id.go.pcm.MonevResult}: the figures, each file's summary and every rejected row. The pieces
 * it is made of are public for systems that keep their data elsewhere: the rules of each domain
 * package ({@code agency}, {@code report}, {@code narrative}, {@code dissemination}, {@code media}),
 * the CSV reader ({@code csv}) and the evaluator ({@code evaluation}).
 */
package id.go.pcm;
