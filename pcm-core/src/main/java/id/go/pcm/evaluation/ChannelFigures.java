package id.go.pcm.evaluation;

/**
 * Accepted evidence on one channel, targeted or not.
 *
 * @param evidence   accepted evidence rows
 * @param reach      the sum of the reach values given
 * @param engagement the sum of the engagement values given
 */
public record ChannelFigures(long evidence, long reach, long engagement) {

    /** No evidence. */
    public static final ChannelFigures NONE = new ChannelFigures(0, 0, 0);
}
