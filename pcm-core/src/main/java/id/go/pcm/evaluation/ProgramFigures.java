package id.go.pcm.evaluation;

import id.go.pcm.internal.evaluation.Scoring;
import id.go.pcm.media.Sentiment;

/**
 * Media items on one program.
 *
 * @param items        items tagged with the program
 * @param positive     of those, positive
 * @param neutral      of those, neutral
 * @param negative     of those, negative
 * @param netSentiment (positive − negative) / items
 * @param shareOfVoice items / all tagged items
 */
public record ProgramFigures(long items, long positive, long neutral, long negative, double netSentiment,
                             double shareOfVoice) {

    /**
     * @param sentiment a sentiment
     * @return 100 × the program's items of that sentiment / its items
     */
    public double sentimentPct(Sentiment sentiment) {
        long count = switch (sentiment) {
            case POSITIVE -> positive;
            case NEUTRAL -> neutral;
            case NEGATIVE -> negative;
        };
        return Scoring.percent(count, items);
    }
}
