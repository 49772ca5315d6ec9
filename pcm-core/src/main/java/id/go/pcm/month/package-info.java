/**
 * The evaluation month: its bounds in Western Indonesian Time (WIB) and the as-of time of a run.
 * Every rule that speaks of "the month", "the deadline" or "the future" reads it from here.
 */
package id.go.pcm.month;
