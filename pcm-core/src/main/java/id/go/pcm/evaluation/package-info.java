/**
 * The monthly evaluation (monev) of SPEC 2: the (internal) evaluator accumulates
 * accepted records and gives {@link id.go.pcm.evaluation.MonthlyFigures}; the arithmetic is in
 * the (internal) scoring functions and {@link id.go.pcm.evaluation.CategoryBounds}, the
 * configuration in {@link id.go.pcm.evaluation.EvaluationSettings}; what the report, the scorecards and
 * the JSON print beyond the figures (rankings, movers, deadlines, next steps) is
 * {@link id.go.pcm.evaluation.Findings}, made once a run. Plain arithmetic, no I/O.
 */
package id.go.pcm.evaluation;

