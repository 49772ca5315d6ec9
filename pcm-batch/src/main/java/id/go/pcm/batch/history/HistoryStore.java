package id.go.pcm.batch.history;

import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.MonthHistory;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.evaluation.PreviousMonth;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.report.ReportStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * PCM's history tables ({@code pcm_month}, {@code pcm_agency_score}, {@code pcm_program_sentiment}): each
 * completed month's national figures, per-agency scores and per-program media figures. Re-running a
 * month replaces what was stored for it.
 */
public final class HistoryStore {

    /** How many earlier months the figures and the trend carry (SPEC 4: at most five, then the current month). */
    public static final int EARLIER_MONTHS = 5;
    /** The longest program tag stored; longer tags (never seen in practice) are left out of the history. */
    static final int MAX_PROGRAM_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    /**
     * @param jdbc         the database holding PCM's tables
     * @param transactions transactions on that database
     */
    public HistoryStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * The stored months before a month, oldest first.
     *
     * @param period the current month
     * @return at most {@value #EARLIER_MONTHS} earlier months
     */
    public List<MonthHistory> before(YearMonth period) {
        List<MonthHistory> latestFirst = jdbc.sql("""
                        select period, mean_score, coverage_pct, timeliness_pct, reports_on_time_pct, net_sentiment,
                          active_agencies, narratives, media_items
                        from pcm_month where period < :period order by period desc""")
                .param("period", period.toString())
                .query(HistoryStore::month)
                .list();
        List<MonthHistory> oldestFirst = new ArrayList<>(latestFirst.subList(0, Math.min(EARLIER_MONTHS, latestFirst.size())));
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * The latest stored month before a month, with its per-agency scores and per-program net sentiment.
     *
     * @param period the current month
     * @return that month, or empty when none is stored
     */
    public Optional<PreviousMonth> previous(YearMonth period) {
        Optional<String> latest = jdbc.sql("select period from pcm_month where period < :period order by period desc")
                .param("period", period.toString())
                .query(String.class)
                .list().stream().findFirst();
        return latest.map(month -> {
            Map<String, Double> scores = new TreeMap<>();
            jdbc.sql("select agency_id, score from pcm_agency_score where period = :period")
                    .param("period", month)
                    .query((RowCallbackHandler) rs -> scores.put(rs.getString(1), rs.getDouble(2)));
            Map<String, Double> netSentiment = new TreeMap<>();
            jdbc.sql("select program, net_sentiment from pcm_program_sentiment where period = :period")
                    .param("period", month)
                    .query((RowCallbackHandler) rs -> netSentiment.put(rs.getString(1), rs.getDouble(2)));
            return new PreviousMonth(YearMonth.parse(month), scores, netSentiment);
        });
    }

    /**
     * Stores a completed month, replacing what was stored for it before, in one transaction.
     *
     * @param figures      the month's figures
     * @param inputsSha256 the digest of the month's input files
     */
    public void replace(MonthlyFigures figures, String inputsSha256) {
        transactions.executeWithoutResult(status -> {
            String period = figures.period().toString();
            jdbc.sql("delete from pcm_program_sentiment where period = :period").param("period", period).update();
            jdbc.sql("delete from pcm_agency_score where period = :period").param("period", period).update();
            jdbc.sql("delete from pcm_month where period = :period").param("period", period).update();
            NationalFigures n = figures.national();
            jdbc.sql("""
                            insert into pcm_month (period, as_of, active_agencies, narratives, reports_on_time, reports_late,
                              reports_missing, targeted_pairs, covered_pairs, on_time_pairs, mean_score, coverage_pct,
                              timeliness_pct, reports_on_time_pct, media_items, net_sentiment, inputs_sha256)
                            values (:period, :asOf, :active, :narratives, :onTime, :late, :missing, :targeted, :covered,
                              :onTimePairs, :mean, :coverage, :timeliness, :reportsOnTime, :items, :net, :sha)""")
                    .param("period", period)
                    .param("asOf", figures.asOf().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .param("active", n.activeAgencies())
                    .param("narratives", n.narratives())
                    .param("onTime", n.reports().get(ReportStatus.ON_TIME))
                    .param("late", n.reports().get(ReportStatus.LATE))
                    .param("missing", n.reports().get(ReportStatus.MISSING))
                    .param("targeted", n.targetedPairs())
                    .param("covered", n.coveredPairs())
                    .param("onTimePairs", n.onTimePairs())
                    .param("mean", n.meanScore())
                    .param("coverage", n.coveragePct())
                    .param("timeliness", n.timelinessPct())
                    .param("reportsOnTime", n.reportsOnTimePct())
                    .param("items", figures.media().items())
                    .param("net", figures.media().netSentiment())
                    .param("sha", inputsSha256)
                    .update();
            for (AgencyFigures a : figures.agencies()) {
                jdbc.sql("""
                                insert into pcm_agency_score (period, agency_id, agency_type, report, score, category)
                                values (:period, :id, :type, :report, :score, :category)""")
                        .param("period", period)
                        .param("id", a.agencyId())
                        .param("type", a.type().code())
                        .param("report", a.report().name())
                        .param("score", a.score())
                        .param("category", a.category().name())
                        .update();
            }
            for (Map.Entry<String, ProgramFigures> e : figures.media().programs().entrySet()) {
                if (e.getKey().length() > MAX_PROGRAM_LENGTH) {
                    continue;
                }
                ProgramFigures p = e.getValue();
                jdbc.sql("""
                                insert into pcm_program_sentiment (period, program, items, positive, neutral, negative,
                                  net_sentiment, share_of_voice)
                                values (:period, :program, :items, :positive, :neutral, :negative, :net, :share)""")
                        .param("period", period)
                        .param("program", e.getKey())
                        .param("items", p.items())
                        .param("positive", p.positive())
                        .param("neutral", p.neutral())
                        .param("negative", p.negative())
                        .param("net", p.netSentiment())
                        .param("share", p.shareOfVoice())
                        .update();
            }
        });
    }

    /**
     * The stored per-agency scores of a month.
     *
     * @param period the month
     * @return agency id and score, sorted by agency id
     */
    public List<StoredScore> scores(YearMonth period) {
        return jdbc.sql("select agency_id, score, category from pcm_agency_score where period = :period order by agency_id")
                .param("period", period.toString())
                .query((rs, i) -> new StoredScore(rs.getString(1), rs.getDouble(2), rs.getString(3)))
                .list();
    }

    /**
     * One agency's stored score.
     *
     * @param agencyId the agency
     * @param score    its score
     * @param category its band
     */
    public record StoredScore(String agencyId, double score, String category) {
    }

    private static MonthHistory month(ResultSet rs, int row) throws SQLException {
        return new MonthHistory(YearMonth.parse(rs.getString("period")), nullable(rs, "mean_score"),
                nullable(rs, "coverage_pct"), nullable(rs, "timeliness_pct"), nullable(rs, "reports_on_time_pct"),
                nullable(rs, "net_sentiment"), rs.getInt("active_agencies"), rs.getInt("narratives"),
                rs.getLong("media_items"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
