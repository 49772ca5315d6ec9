package id.go.pcm.media;

import id.go.pcm.csv.Columns;
import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.NarrativeRegistry;
import id.go.pcm.narrative.NarrativeRules;
import id.go.pcm.validation.Checked;
import id.go.pcm.internal.Fields;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.internal.SeenKeys;

import java.time.Instant;
import java.util.List;

/**
 * The rules of {@code media.csv} (SPEC 1.6), one row at a time. Not thread-safe: it remembers the
 * file's ids.
 */
public final class MediaRules {

    /** The file these rules read. */
    public static final String FILE = "media.csv";
    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("item_id", "published_at", "outlet", "media_type", "sentiment"),
            List.of("program", "reach", "narrative_id", "url"));

    private final EvaluationMonth month;
    private final NarrativeRegistry narratives;
    private final SeenKeys ids = new SeenKeys();

    /**
     * Rules for one month's media items.
     *
     * @param month      the evaluation month and as-of time
     * @param narratives the accepted narratives, which items may cite
     */
    public MediaRules(EvaluationMonth month, NarrativeRegistry narratives) {
        this.month = month;
        this.narratives = narratives;
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted item or the reject naming its fault
     */
    public Checked<MediaItem> check(Row row) {
        Fields f = new Fields(row);
        String id = f.id("item_id", ids);
        Instant publishedAt = f.timestamp("published_at");
        String outlet = f.text("outlet", 200);
        MediaType type = f.word("media_type", MediaType.vocabulary());
        String program = f.optionalMatching("program", NarrativeRules.PROGRAM, "bad.program");
        Sentiment sentiment = f.word("sentiment", Sentiment.vocabulary());
        Long reach = f.optionalCount("reach");
        String narrativeId = f.raw("narrative_id");
        EvidenceUrl url = f.url("url");
        if (f.ok() && narrativeId != null && narratives.find(narrativeId).isEmpty()) {
            f.fail(RejectCode.UNKNOWN_NARRATIVE, "narrative_id", "unknown.narrative", narrativeId);
        }
        f.requireInMonth("published_at", publishedAt, month);
        if (!f.ok()) {
            return Checked.rejected(f.reject(id));
        }
        return Checked.accepted(new MediaItem(id, publishedAt, outlet, type, program, sentiment, reach,
                narrativeId, url));
    }
}
