package id.go.pcm.evaluation;

/**
 * An outlet and its number of items in the month.
 *
 * @param outlet the outlet's name
 * @param items  its accepted items
 */
public record OutletCount(String outlet, long items) {
}
