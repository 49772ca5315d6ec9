package id.go.pcm.evaluation;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the executive summary compares the month with, beyond the headline figures: the latest stored
 * month's per-agency scores (for the largest movers) and per-program net sentiment (for programs whose
 * sentiment turned negative). An empty map means that month stored none.
 *
 * @param period       the stored month
 * @param scores       score by agency id, sorted by id
 * @param netSentiment net sentiment by program tag, sorted by tag
 */
public record PreviousMonth(YearMonth period, Map<String, Double> scores, Map<String, Double> netSentiment) {

    /**
     * Freezes the maps in key order.
     *
     * @param period       the stored month
     * @param scores       score by agency id, sorted by id
     * @param netSentiment net sentiment by program tag, sorted by tag
     */
    public PreviousMonth {
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
        netSentiment = Collections.unmodifiableMap(new TreeMap<>(netSentiment));
    }
}
