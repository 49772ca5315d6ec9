/**
 * The evaluation month: its bounds in the office's zone (WIB unless another is given) and the as-of time of a run.
 * Every rule that speaks of "the month", "the deadline" or "the future" reads it from here.
 */
package id.go.pcm.month;
