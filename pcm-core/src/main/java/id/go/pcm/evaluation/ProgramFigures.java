package id.go.pcm.evaluation;

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
}
