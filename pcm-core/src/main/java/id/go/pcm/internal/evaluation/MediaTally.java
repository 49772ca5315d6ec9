package id.go.pcm.internal.evaluation;

import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.OutletCount;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.media.MediaItem;
import id.go.pcm.media.Sentiment;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Media items as they accumulate: counts by sentiment, program, day, outlet and cited narrative.
 * Memory grows with programs, outlets and narratives, not with items.
 */
final class MediaTally {

    private static final int TOP_OUTLETS = 10;

    private final EvaluationMonth month;
    private final long[] sentiment = new long[Sentiment.values().length];
    private final Map<String, long[]> programs = new TreeMap<>();
    private final long[] daily;
    private final Map<String, long[]> outlets = new HashMap<>();
    private final Map<String, long[]> pickup = new LinkedHashMap<>();
    private long items;

    MediaTally(EvaluationMonth month, List<Narrative> narratives) {
        this.month = month;
        this.daily = new long[month.period().lengthOfMonth()];
        for (Narrative narrative : narratives) {
            pickup.put(narrative.id(), new long[1]);
        }
    }

    void add(MediaItem item) {
        if (!month.contains(item.publishedAt())) {
            throw new IllegalArgumentException("media item " + item.id() + " was published outside " + month.label());
        }
        long[] cited = item.narrativeId() == null ? null : pickup.get(item.narrativeId());
        if (item.narrativeId() != null && cited == null) {
            throw new IllegalArgumentException("media item " + item.id() + " cites narrative " + item.narrativeId()
                    + ", which is not accepted");
        }
        items++;
        sentiment[item.sentiment().ordinal()]++;
        if (item.program() != null) {
            programs.computeIfAbsent(item.program(), p -> new long[Sentiment.values().length])[item.sentiment().ordinal()]++;
        }
        daily[item.publishedAt().atZone(month.zone()).getDayOfMonth() - 1]++;
        outlets.computeIfAbsent(item.outlet(), o -> new long[1])[0]++;
        if (cited != null) {
            cited[0]++;
        }
    }

    long pickup(String narrativeId) {
        return pickup.get(narrativeId)[0];
    }

    MediaFigures figures() {
        Map<Sentiment, Long> bySentiment = new EnumMap<>(Sentiment.class);
        for (Sentiment s : Sentiment.values()) {
            bySentiment.put(s, sentiment[s.ordinal()]);
        }
        long tagged = programs.values().stream().mapToLong(MediaTally::sum).sum();
        Map<String, ProgramFigures> byProgram = new LinkedHashMap<>();
        programs.forEach((program, counts) -> {
            long n = sum(counts);
            long positive = counts[Sentiment.POSITIVE.ordinal()];
            long negative = counts[Sentiment.NEGATIVE.ordinal()];
            byProgram.put(program, new ProgramFigures(n, positive, counts[Sentiment.NEUTRAL.ordinal()], negative,
                    Scoring.netSentiment(positive, negative, n), Scoring.ratio(n, tagged)));
        });
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        for (int d = 0; d < daily.length; d++) {
            byDay.put(month.period().atDay(d + 1), daily[d]);
        }
        List<OutletCount> top = outlets.entrySet().stream()
                .map(e -> new OutletCount(e.getKey(), e.getValue()[0]))
                .sorted(Comparator.comparingLong(OutletCount::items).reversed().thenComparing(OutletCount::outlet))
                .limit(TOP_OUTLETS)
                .toList();
        Map<String, Long> byNarrative = new LinkedHashMap<>();
        pickup.forEach((id, count) -> byNarrative.put(id, count[0]));
        return new MediaFigures(items, bySentiment,
                Scoring.netSentiment(bySentiment.get(Sentiment.POSITIVE), bySentiment.get(Sentiment.NEGATIVE), items),
                byProgram, byDay, top, byNarrative);
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }
}
