package id.go.pcm.evaluation;

import java.time.YearMonth;

/**
 * One stored month's headline figures, as the trend and the executive summary show them (the
 * {@code history} entries of SPEC 4).
 *
 * @param period           the month
 * @param meanScore        the national mean score, or {@code null}
 * @param coveragePct      the national coverage, or {@code null}
 * @param timelinessPct    the national timeliness, or {@code null}
 * @param reportsOnTimePct the share of active agencies whose report came on time, or {@code null}
 * @param netSentiment     the media net sentiment, or {@code null}
 * @param activeAgencies   the agencies active in the month
 * @param narratives       the narratives issued
 * @param mediaItems       the media items monitored
 */
public record MonthHistory(YearMonth period, Double meanScore, Double coveragePct, Double timelinessPct,
                           Double reportsOnTimePct, Double netSentiment, int activeAgencies, int narratives,
                           long mediaItems) {

    /**
     * @param figures a month's figures
     * @return its headline figures
     */
    public static MonthHistory of(MonthlyFigures figures) {
        return new MonthHistory(figures.period(), figures.national().meanScore(), figures.national().coveragePct(),
                figures.national().timelinessPct(), figures.national().reportsOnTimePct(), figures.media().netSentiment(),
                figures.national().activeAgencies(), figures.national().narratives(), figures.media().items());
    }
}
