/**
 * PCM's history tables: each completed month's national figures, per-agency scores and per-program
 * media figures ({@link id.go.pcm.batch.history.HistoryStore}), read back as the trend
 * ({@link id.go.pcm.evaluation.MonthHistory}) and the month the summary compares with
 * ({@link id.go.pcm.evaluation.PreviousMonth}).
 */
package id.go.pcm.batch.history;
