package id.go.pcm.internal.rules;

import id.go.pcm.internal.Checked;
import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.internal.Draft;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.RuleList;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.internal.SharedRules;
import id.go.pcm.internal.ValueRules;
import id.go.pcm.internal.Vocabulary;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.media.MediaItem;
import id.go.pcm.media.MediaType;
import id.go.pcm.media.Sentiment;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.validation.Row;

import java.time.Instant;
import java.util.List;

/**
 * The rules of {@code media.csv} (SPEC 1.6), one row at a time: the list {@link #rules} is the file's
 * fault order. Not thread-safe: it remembers the file's ids.
 */
public final class MediaRules {

    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("item_id", "published_at", "outlet", "media_type", "sentiment"),
            List.of("program", "reach", "narrative_id", "url"));

    private final RuleList<MediaDraft, MediaItem> rules;

    /**
     * Rules for one month's media items.
     *
     * @param month      the evaluation month and as-of time
     * @param narratives the accepted narratives, which items may cite
     */
    public MediaRules(EvaluationMonth month, NarrativeRegistry narratives) {
        this.rules = new RuleList<>(rules(month, narratives, new SeenKeys()), MediaDraft::new, MediaDraft::item);
    }

    /** SPEC 1.6 in fault order: the first rule a row breaks is its reject. */
    static List<Rule<MediaDraft>> rules(EvaluationMonth month, NarrativeRegistry narratives, SeenKeys ids) {
        return List.of(
                SharedRules.wellFormed(),
                ValueRules.present("item_id"),
                SharedRules.uniqueId("item_id", ids),
                ValueRules.present("published_at"),
                ValueRules.timestamp("published_at", month.zone(), (d, v) -> d.publishedAt = v),
                ValueRules.present("outlet"),
                ValueRules.text("outlet", 200, (d, v) -> d.outlet = v),
                ValueRules.present("media_type"),
                ValueRules.word("media_type", Vocabulary.of(MediaType.class), (d, v) -> d.type = v),
                ValueRules.matching("program", NarrativeRules.PROGRAM, "bad.program", (d, v) -> d.program = v),
                ValueRules.present("sentiment"),
                ValueRules.word("sentiment", Vocabulary.of(Sentiment.class), (d, v) -> d.sentiment = v),
                ValueRules.count("reach", (d, v) -> d.reach = v),
                SharedRules.linkLength("url", (d, v) -> d.link = v),
                SharedRules.linkHttp("url", d -> d.link),
                SharedRules.linkWithoutUserInfo("url", d -> d.link),
                SharedRules.knownNarrative(narratives, d -> d.value("narrative_id"), (d, v) -> { }),
                SharedRules.notFuture("published_at", month, d -> d.publishedAt),
                SharedRules.insideMonth("published_at", month, d -> d.publishedAt));
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted item or the reject naming its fault
     */
    public Checked<MediaItem> check(Row row) {
        return rules.check(row);
    }

    /** A media row as its rules read it. */
    static final class MediaDraft extends Draft {
        private Instant publishedAt;
        private String outlet;
        private MediaType type;
        private String program;
        private Sentiment sentiment;
        private Long reach;
        private EvidenceUrl.Reading link;

        MediaDraft(Row row) {
            super(row);
        }

        MediaItem item() {
            return new MediaItem(id(), publishedAt, outlet, type, program, sentiment, reach, value("narrative_id"),
                    link == null ? null : link.url());
        }
    }
}
