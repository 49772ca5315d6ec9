/**
 * The accumulation of a month's accepted records into its figures
 * ({@link id.go.pcm.internal.evaluation.MonthlyEvaluator} and its tallies). Not exported: embedders
 * get the figures from {@code MonthEvaluation}.
 */
package id.go.pcm.internal.evaluation;
