package id.go.pcm.evaluation;

/**
 * A band of hours from a narrative's issue to an agency's first evidence, with the covered pairs in it.
 * The lower bound is included, the upper one is not.
 *
 * @param fromHours the lower bound, in hours
 * @param toHours   the upper bound, in hours, or {@code null} for the open last band
 * @param pairs     covered (narrative, agency) pairs whose first evidence came that long after issue
 */
public record HourBand(int fromHours, Integer toHours, long pairs) {

    /** @return the band's name in the JSON: {@code 0-6}, …, {@code 168+} */
    public String key() {
        return toHours == null ? fromHours + "+" : fromHours + "-" + toHours;
    }
}
