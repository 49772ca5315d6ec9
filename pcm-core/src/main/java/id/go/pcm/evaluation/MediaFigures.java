package id.go.pcm.evaluation;

import id.go.pcm.internal.evaluation.Scoring;
import id.go.pcm.media.Sentiment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The media-monitoring figures of SPEC 2 (the {@code media} object of SPEC 4).
 *
 * @param items           accepted items
 * @param sentiment       items by sentiment, every sentiment listed
 * @param netSentiment    (positive − negative) / items, or {@code null} when there are no items
 * @param programs        per program tag found on an accepted item, sorted by tag
 * @param daily           items per day, every day of the month listed
 * @param topOutlets      the ten outlets with most items, ties by name
 * @param narrativePickup items citing each accepted narrative, every narrative listed, in file order
 */
public record MediaFigures(long items, Map<Sentiment, Long> sentiment, Double netSentiment,
                           Map<String, ProgramFigures> programs, Map<LocalDate, Long> daily,
                           List<OutletCount> topOutlets, Map<String, Long> narrativePickup) {

    /**
     * Freezes the collections, keeping their order.
     *
     * @param items accepted items
     * @param sentiment items by sentiment, every sentiment listed
     * @param netSentiment (positive − negative) / items, or {@code null} when there are no items
     * @param programs per program tag found on an accepted item, sorted by tag
     * @param daily items per day, every day of the month listed
     * @param topOutlets the ten outlets with most items, ties by name
     * @param narrativePickup items citing each accepted narrative, every narrative listed, in file order
     */
    public MediaFigures {
        sentiment = Frozen.map(sentiment);
        programs = Frozen.map(programs);
        daily = Frozen.map(daily);
        topOutlets = Frozen.list(topOutlets);
        narrativePickup = Frozen.map(narrativePickup);
    }

    /** @return the items tagged with a program */
    public long taggedItems() {
        return programs.values().stream().mapToLong(ProgramFigures::items).sum();
    }

    /** @return the items tagged with no program */
    public long untaggedItems() {
        return items - taggedItems();
    }

    /**
     * @param outlet one of the top outlets
     * @return 100 × its items / the month's accepted items
     */
    public double sharePct(OutletCount outlet) {
        return Scoring.percent(outlet.items(), items);
    }
}
