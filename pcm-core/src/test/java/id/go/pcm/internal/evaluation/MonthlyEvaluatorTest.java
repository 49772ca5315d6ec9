package id.go.pcm.internal.evaluation;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.CategoryBounds;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.HourBand;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.evaluation.OutletCount;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.NarrativeRegistry;
import id.go.pcm.media.MediaItem;
import id.go.pcm.media.MediaType;
import id.go.pcm.media.Sentiment;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.Priority;
import id.go.pcm.narrative.Targets;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.report.ReportStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly evaluation of SPEC 2 over records built directly, without CSV: which report counts,
 * coverage and timeliness of target pairs, channels, media figures, and the empty cases of SPEC 4.
 */
class MonthlyEvaluatorTest {

    private static final double EXACT = 1e-9;
    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");
    private static final EvaluationMonth MONTH = new EvaluationMonth(SEPTEMBER, AS_OF);

    private static final Agency KEMENKES = agency("KEMENKES", AgencyType.KEMENTERIAN);
    private static final Agency BGN = agency("BGN", AgencyType.LEMBAGA);
    private static final Agency JABAR = new Agency("PROV-JABAR", "Provinsi Jawa Barat", AgencyType.PROVINSI, null, "32", null, null);
    private static final Agency KOTA_BDG = new Agency("KOTA-BDG", "Kota Bandung", AgencyType.KOTA, "PROV-JABAR", "32.73", null, null);
    /** Created on 21 October 2024, when Kemendikbudristek was split: not active in September 2024. */
    private static final Agency KEMENDIKDASMEN = new Agency("KEMENDIKDASMEN", "Kementerian Pendidikan Dasar dan Menengah",
            AgencyType.KEMENTERIAN, null, null, LocalDate.of(2024, 10, 21), null);

    // ----------------------------------------------------------------------------------------- builders

    static Agency agency(String id, AgencyType type) {
        return new Agency(id, id + " name", type, null, null, null, null);
    }

    static Instant wib(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }

    static PeriodicReport report(String id, String agencyId, Instant submittedAt, long policies, long activities,
                                 boolean data, boolean agenda) {
        return new PeriodicReport(id, agencyId, SEPTEMBER, submittedAt, policies, activities, data, agenda);
    }

    static PeriodicReport completeReport(String id, String agencyId, Instant submittedAt) {
        return report(id, agencyId, submittedAt, 1, 1, true, true);
    }

    static Narrative narrative(String id, Instant issuedAt, int dueHours, Targets targets) {
        return new Narrative(id, "Narasi " + id, "makan-bergizi-gratis", issuedAt, Priority.NORMAL, dueHours, targets);
    }

    static Targets types(AgencyType... types) {
        return new Targets(false, Set.of(types), Set.of());
    }

    static Targets ids(String... ids) {
        return new Targets(false, Set.of(), Set.of(ids));
    }

    static DisseminationEvidence evidence(String id, String narrativeId, String agencyId, Channel channel,
                                          Instant at, Long reach, Long engagement) {
        return new DisseminationEvidence(id, narrativeId, agencyId, channel, at,
                EvidenceUrl.of("https://example.go.id/" + id), null, reach, engagement);
    }

    static DisseminationEvidence evidence(String id, String narrativeId, String agencyId, Instant at) {
        return evidence(id, narrativeId, agencyId, Channel.WEBSITE, at, null, null);
    }

    static MediaItem item(String id, Instant at, String outlet, String program, Sentiment sentiment, String narrativeId) {
        return new MediaItem(id, at, outlet, MediaType.ONLINE, program, sentiment, null, narrativeId, null);
    }

    static MonthlyEvaluator evaluator(List<Agency> agencies, List<Narrative> narratives) {
        return evaluator(EvaluationSettings.DEFAULTS, agencies, narratives);
    }

    static MonthlyEvaluator evaluator(EvaluationSettings settings, List<Agency> agencies, List<Narrative> narratives) {
        return new MonthlyEvaluator(MONTH, settings, new AgencyRegistry(SEPTEMBER, AgencyTypes.national(), agencies),
                new NarrativeRegistry(narratives));
    }

    static AgencyFigures figuresOf(MonthlyFigures figures, String agencyId) {
        return figures.agencies().stream().filter(a -> a.agencyId().equals(agencyId)).findFirst()
                .orElseThrow(() -> new AssertionError(agencyId + " not evaluated"));
    }

    // ------------------------------------------------------------------------------------------ reports

    @Nested
    class Reports {

        @Test
        void theReportWithTheLatestSubmittedAtCountsWhateverTheOrderAdded() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES), List.of());
            // the later submission, only a quarter complete, is added first
            e.add(report("R-2", "KEMENKES", wib("2024-10-03T09:00:00"), 0, 0, true, false));
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-01T09:00:00")));
            AgencyFigures kemenkes = figuresOf(e.figures(), "KEMENKES");
            assertEquals(ReportStatus.ON_TIME, kemenkes.report());
            assertEquals(0.25, kemenkes.completeness(), EXACT);
            // R = 100 × 0.25
            assertEquals(25.0, kemenkes.r(), EXACT);
        }

        @Test
        void onATieTheReportAddedLaterCounts() {
            Instant same = wib("2024-10-02T10:00:00");
            MonthlyEvaluator first = evaluator(List.of(KEMENKES), List.of());
            first.add(completeReport("R-1", "KEMENKES", same));
            first.add(report("R-2", "KEMENKES", same, 1, 0, false, false));
            assertEquals(0.25, figuresOf(first.figures(), "KEMENKES").completeness(), EXACT);

            MonthlyEvaluator second = evaluator(List.of(KEMENKES), List.of());
            second.add(report("R-2", "KEMENKES", same, 1, 0, false, false));
            second.add(completeReport("R-1", "KEMENKES", same));
            assertEquals(1.0, figuresOf(second.figures(), "KEMENKES").completeness(), EXACT);
        }

        @Test
        void aSupersededReportDoesNotCount() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, BGN), List.of());
            // an on-time complete report, then a late resubmission with half of it: the late one counts
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-01T09:00:00")));
            e.add(report("R-2", "KEMENKES", wib("2024-10-08T09:00:00"), 3, 0, true, false));
            MonthlyFigures figures = e.figures();
            AgencyFigures kemenkes = figuresOf(figures, "KEMENKES");
            assertEquals(ReportStatus.LATE, kemenkes.report());
            assertEquals(0.5, kemenkes.completeness(), EXACT);
            // R = 50 × 0.5
            assertEquals(25.0, kemenkes.r(), EXACT);
            // one agency, one status: the superseded report is not a second ON_TIME
            assertEquals(Map.of(ReportStatus.ON_TIME, 0L, ReportStatus.LATE, 1L, ReportStatus.MISSING, 1L),
                    figures.national().reports());
        }

        @ParameterizedTest(name = "policies {0}, activities {1}, data {2}, agenda {3}: completeness {4}")
        @CsvSource({
                "0, 0, false, false, 0.0",
                "1, 0, false, false, 0.25",
                "0, 7, false, false, 0.25",
                "0, 0, true,  false, 0.25",
                "0, 0, false, true,  0.25",
                "2, 0, true,  false, 0.5",
                "2, 3, true,  false, 0.75",
                "0, 3, true,  true,  0.75",
                "12500, 1, true, true, 1.0",
        })
        void completenessCountsQuarters(long policies, long activities, boolean data, boolean agenda, double expected) {
            MonthlyEvaluator e = evaluator(List.of(BGN), List.of());
            e.add(report("R-1", "BGN", wib("2024-10-05T10:00:00"), policies, activities, data, agenda));
            AgencyFigures bgn = figuresOf(e.figures(), "BGN");
            assertEquals(expected, bgn.completeness(), EXACT);
            assertEquals(100 * expected, bgn.r(), EXACT);
        }

        @Test
        void deadlineIsTheEndOfTheFifth() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, BGN), List.of());
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-05T23:59:59")));
            e.add(completeReport("R-2", "BGN", wib("2024-10-06T00:00:00")));
            MonthlyFigures figures = e.figures();
            assertEquals(ReportStatus.ON_TIME, figuresOf(figures, "KEMENKES").report());
            assertEquals(100.0, figuresOf(figures, "KEMENKES").r(), EXACT);
            assertEquals(ReportStatus.LATE, figuresOf(figures, "BGN").report());
            assertEquals(50.0, figuresOf(figures, "BGN").r(), EXACT);
        }

        @Test
        void deadlineDayIsTakenFromTheSettings() {
            MonthlyEvaluator e = evaluator(EvaluationSettings.DEFAULTS.withDeadlineDay(10), List.of(KEMENKES, BGN), List.of());
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-10T23:59:59")));
            e.add(completeReport("R-2", "BGN", wib("2024-10-11T00:00:00")));
            MonthlyFigures figures = e.figures();
            assertEquals(ReportStatus.ON_TIME, figuresOf(figures, "KEMENKES").report());
            assertEquals(ReportStatus.LATE, figuresOf(figures, "BGN").report());
        }

        @Test
        void anAgencyWithoutAReportIsMissingWithZeroCompletenessAndR() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES), List.of());
            AgencyFigures kemenkes = figuresOf(e.figures(), "KEMENKES");
            assertEquals(ReportStatus.MISSING, kemenkes.report());
            assertEquals(0.0, kemenkes.completeness());
            assertEquals(0.0, kemenkes.r());
            assertEquals(0.0, kemenkes.score());
            assertEquals(Category.SANGAT_KURANG, kemenkes.category());
        }

        @Test
        void reportsOnTimePctIsOverActiveAgencies() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, BGN, JABAR), List.of());
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-01T09:00:00")));
            e.add(completeReport("R-2", "BGN", wib("2024-10-09T09:00:00")));
            // 1 on time of 3 active agencies
            assertEquals(100.0 / 3, e.figures().national().reportsOnTimePct(), EXACT);
        }
    }

    // -------------------------------------------------------------------------------------- dissemination

    @Nested
    class Dissemination {

        private final Instant issued = wib("2024-09-02T09:00:00");
        /** Targets the cities and Kemenkes, for 48 hours. */
        private final Narrative mbg = narrative("N-1", issued, 48, new Targets(false, Set.of(AgencyType.KOTA), Set.of("KEMENKES")));

        @Test
        void evidenceFromANonTargetedActiveAgencyCountsInChannelsButNotInCoverage() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, BGN, KOTA_BDG), List.of(mbg));
            e.add(evidence("E-1", "N-1", "BGN", Channel.INSTAGRAM, wib("2024-09-02T10:00:00"), 900L, 40L));
            MonthlyFigures figures = e.figures();
            AgencyFigures bgn = figuresOf(figures, "BGN");
            assertEquals(0, bgn.targeted());
            assertEquals(0, bgn.covered());
            assertNull(bgn.c());
            assertNull(bgn.t());
            assertEquals(new ChannelFigures(1, 900, 40), figures.national().channels().get(Channel.INSTAGRAM));
            // KEMENKES and KOTA-BDG are targeted, neither covered
            assertEquals(2, figures.national().targetedPairs());
            assertEquals(0, figures.national().coveredPairs());
            assertEquals(0.0, figures.national().coveragePct(), EXACT);
        }

        @Test
        void evidenceExactlyAtTheEndOfTheWindowIsOnTime() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, KOTA_BDG), List.of(mbg));
            // issued 2 September 09:00 + 48 h = 4 September 09:00 WIB
            e.add(evidence("E-1", "N-1", "KEMENKES", wib("2024-09-04T09:00:00")));
            e.add(evidence("E-2", "N-1", "KOTA-BDG", wib("2024-09-04T09:00:01")));
            MonthlyFigures figures = e.figures();
            AgencyFigures kemenkes = figuresOf(figures, "KEMENKES");
            assertEquals(1, kemenkes.covered());
            assertEquals(1, kemenkes.onTime());
            AgencyFigures kota = figuresOf(figures, "KOTA-BDG");
            assertEquals(1, kota.covered());
            assertEquals(0, kota.onTime());
            assertEquals(100.0, kota.c(), EXACT);
            assertEquals(0.0, kota.t(), EXACT);
            assertEquals(2, figures.national().coveredPairs());
            assertEquals(1, figures.national().onTimePairs());
        }

        @Test
        void theEarliestEvidenceDecidesWhateverTheOrderAdded() {
            for (boolean lateFirst : new boolean[] {true, false}) {
                MonthlyEvaluator e = evaluator(List.of(KEMENKES), List.of(mbg));
                DisseminationEvidence late = evidence("E-late", "N-1", "KEMENKES", Channel.X, wib("2024-09-06T08:00:00"), null, null);
                DisseminationEvidence early = evidence("E-early", "N-1", "KEMENKES", Channel.WEBSITE, wib("2024-09-03T08:00:00"), null, null);
                e.add(lateFirst ? late : early);
                e.add(lateFirst ? early : late);
                AgencyFigures kemenkes = figuresOf(e.figures(), "KEMENKES");
                assertEquals(1, kemenkes.covered(), "two rows on one pair cover it once");
                assertEquals(1, kemenkes.onTime(), lateFirst ? "late added first" : "early added first");
            }
        }

        @Test
        void channelsSumTheReachAndEngagementGivenAndListEveryChannel() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES), List.of(mbg));
            e.add(evidence("E-1", "N-1", "KEMENKES", Channel.WEBSITE, wib("2024-09-02T10:00:00"), 100L, null));
            e.add(evidence("E-2", "N-1", "KEMENKES", Channel.WEBSITE, wib("2024-09-02T11:00:00"), null, 5L));
            e.add(evidence("E-3", "N-1", "KEMENKES", Channel.WEBSITE, wib("2024-09-02T12:00:00"), 12_500L, 7L));
            e.add(new DisseminationEvidence("E-4", "N-1", "KEMENKES", Channel.OUTDOOR, wib("2024-09-02T13:00:00"), null,
                    "a".repeat(64), null, null));
            Map<Channel, ChannelFigures> channels = e.figures().national().channels();
            assertEquals(List.of(Channel.values()), new ArrayList<>(channels.keySet()));
            // reach 100 + 12 500; engagement 5 + 7
            assertEquals(new ChannelFigures(3, 12_600, 12), channels.get(Channel.WEBSITE));
            assertEquals(new ChannelFigures(1, 0, 0), channels.get(Channel.OUTDOOR));
            assertEquals(ChannelFigures.NONE, channels.get(Channel.TV));
        }

        @Test
        void coverageAndTimelinessPerAgencyAndScore() {
            Narrative second = narrative("N-2", wib("2024-09-10T08:00:00"), 72, ids("KOTA-BDG"));
            MonthlyEvaluator e = evaluator(List.of(KOTA_BDG), List.of(mbg, second));
            e.add(report("R-1", "KOTA-BDG", wib("2024-10-07T08:00:00"), 1, 1, true, false));
            e.add(evidence("E-1", "N-1", "KOTA-BDG", wib("2024-09-03T08:00:00")));
            AgencyFigures kota = figuresOf(e.figures(), "KOTA-BDG");
            assertEquals(2, kota.targeted());
            assertEquals(1, kota.covered());
            assertEquals(1, kota.onTime());
            // R = 50 × 0.75 = 37.5; C = 100 × 1/2; T = 100 × 1/2; score = 0.3·37.5 + 0.5·50 + 0.2·50 = 46.25
            assertEquals(37.5, kota.r(), EXACT);
            assertEquals(50.0, kota.c(), EXACT);
            assertEquals(50.0, kota.t(), EXACT);
            assertEquals(46.25, kota.score(), EXACT);
            assertEquals(Category.KURANG, kota.category());
        }

        @Test
        void weightsAndBoundsComeFromTheSettings() {
            EvaluationSettings settings = EvaluationSettings.DEFAULTS.withWeights(0.5, 0.25, 0.25)
                    .withBounds(new CategoryBounds(95, 85, 70, 50));
            MonthlyEvaluator e = evaluator(settings, List.of(KEMENKES), List.of(mbg));
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-01T08:00:00")));
            e.add(evidence("E-1", "N-1", "KEMENKES", wib("2024-09-05T08:00:00")));
            AgencyFigures kemenkes = figuresOf(e.figures(), "KEMENKES");
            // R = 100; C = 100; T = 0; score = 0.5·100 + 0.25·100 + 0.25·0 = 75 → CUKUP under 95/85/70/50
            assertEquals(75.0, kemenkes.score(), EXACT);
            assertEquals(Category.CUKUP, kemenkes.category());
        }

        @Test
        void cAndTAreNullAndScoreIsRWhenNotTargeted() {
            MonthlyEvaluator e = evaluator(List.of(BGN), List.of(mbg));
            e.add(report("R-1", "BGN", wib("2024-10-07T08:00:00"), 1, 1, true, true));
            AgencyFigures bgn = figuresOf(e.figures(), "BGN");
            assertEquals(0, bgn.targeted());
            assertNull(bgn.c());
            assertNull(bgn.t());
            // LATE and complete: R = 50, score = R
            assertEquals(50.0, bgn.score(), EXACT);
            assertEquals(Category.KURANG, bgn.category());
        }

        @Test
        void narrativeFiguresCountTheirTargetsInFileOrder() {
            Narrative nobody = narrative("N-0", wib("2024-09-20T08:00:00"), 24, ids("KEMENDIKDASMEN"));
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, KOTA_BDG, KEMENDIKDASMEN), List.of(mbg, nobody));
            e.add(evidence("E-1", "N-1", "KOTA-BDG", wib("2024-09-03T08:00:00")));
            List<NarrativeFigures> narratives = e.figures().narratives();
            assertEquals(List.of("N-1", "N-0"), narratives.stream().map(NarrativeFigures::narrativeId).toList());
            NarrativeFigures first = narratives.get(0);
            assertEquals(2, first.targeted());
            assertEquals(1, first.covered());
            assertEquals(1, first.onTime());
            assertEquals(50.0, first.coveragePct(), EXACT);
            assertEquals(50.0, first.timelinessPct(), EXACT);
            // it targets only an inactive agency: no pair, percentages null
            NarrativeFigures second = narratives.get(1);
            assertEquals(0, second.targeted());
            assertNull(second.coveragePct());
            assertNull(second.timelinessPct());
        }

        @Test
        void firstEvidenceHoursAreBandedWithTheLowerBoundIncluded() {
            Narrative all = narrative("N-A", issued, 720, Targets.ALL);
            List<Agency> agencies = new ArrayList<>();
            String[] hours = {"0", "6", "11", "12", "24", "48", "72", "168", "200"};
            for (String h : hours) {
                agencies.add(agency("AG-" + h, AgencyType.LEMBAGA));
            }
            MonthlyEvaluator e = evaluator(agencies, List.of(all));
            for (String h : hours) {
                e.add(evidence("E-" + h, "N-A", "AG-" + h, issued.plusSeconds(3600L * Integer.parseInt(h))));
            }
            Map<String, Long> expected = new LinkedHashMap<>();
            expected.put("0-6", 1L);
            expected.put("6-12", 2L);
            expected.put("12-24", 1L);
            expected.put("24-48", 1L);
            expected.put("48-72", 1L);
            expected.put("72-168", 1L);
            expected.put("168+", 2L);
            assertEquals(expected, e.figures().national().firstEvidenceHours().stream().collect(java.util.stream.Collectors.toMap(
                id.go.pcm.evaluation.HourBand::key, id.go.pcm.evaluation.HourBand::pairs, (x, y) -> x, LinkedHashMap::new)));
        }
    }

    // ---------------------------------------------------------------------------------------------- media

    @Nested
    class Media {

        private final Narrative mbg = narrative("N-1", wib("2024-09-02T09:00:00"), 48, Targets.ALL);
        private final Narrative ckg = narrative("N-2", wib("2024-09-05T09:00:00"), 48, Targets.ALL);

        @Test
        void sentimentProgramsAndShareOfVoice() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES), List.of(mbg));
            Instant day = wib("2024-09-10T10:00:00");
            e.add(item("M-1", day, "Kompas", "makan-bergizi-gratis", Sentiment.POSITIVE, null));
            e.add(item("M-2", day, "Kompas", "makan-bergizi-gratis", Sentiment.NEGATIVE, null));
            e.add(item("M-3", day, "Tempo", "makan-bergizi-gratis", Sentiment.POSITIVE, null));
            e.add(item("M-4", day, "Tempo", "cek-kesehatan-gratis", Sentiment.NEUTRAL, null));
            e.add(item("M-5", day, "Antara", null, Sentiment.NEGATIVE, null));
            e.add(item("M-6", day, "Antara", null, Sentiment.NEGATIVE, null));
            MediaFigures media = e.figures().media();
            assertEquals(6, media.items());
            assertEquals(Map.of(Sentiment.POSITIVE, 2L, Sentiment.NEUTRAL, 1L, Sentiment.NEGATIVE, 3L), media.sentiment());
            // (2 − 3) / 6
            assertEquals(-1.0 / 6, media.netSentiment(), EXACT);
            // untagged M-5 and M-6 are left out of the denominator: 4 tagged items
            ProgramFigures mbgFigures = media.programs().get("makan-bergizi-gratis");
            assertEquals(new ProgramFigures(3, 2, 0, 1, 1.0 / 3, 3.0 / 4), mbgFigures);
            ProgramFigures ckgFigures = media.programs().get("cek-kesehatan-gratis");
            assertEquals(1, ckgFigures.items());
            assertEquals(0.0, ckgFigures.netSentiment(), EXACT);
            assertEquals(0.25, ckgFigures.shareOfVoice(), EXACT);
            assertEquals(List.of("cek-kesehatan-gratis", "makan-bergizi-gratis"), new ArrayList<>(media.programs().keySet()));
        }

        @Test
        void dailyListsEveryDayOfSeptemberInWib() {
            MonthlyEvaluator e = evaluator(List.of(), List.of());
            // 2024-08-31T17:00Z is 1 September 00:00 WIB; 2024-09-30T16:59:59Z is 30 September 23:59:59 WIB
            e.add(item("M-1", Instant.parse("2024-08-31T17:00:00Z"), "Kompas", null, Sentiment.NEUTRAL, null));
            e.add(item("M-2", Instant.parse("2024-09-30T16:59:59Z"), "Kompas", null, Sentiment.NEUTRAL, null));
            e.add(item("M-3", Instant.parse("2024-09-14T18:00:00Z"), "Kompas", null, Sentiment.NEUTRAL, null));
            Map<LocalDate, Long> daily = e.figures().media().daily();
            assertEquals(30, daily.size());
            assertEquals(LocalDate.of(2024, 9, 1), daily.keySet().iterator().next());
            assertEquals(1L, daily.get(LocalDate.of(2024, 9, 1)));
            assertEquals(1L, daily.get(LocalDate.of(2024, 9, 30)));
            // 14 September 18:00 UTC is 15 September 01:00 WIB
            assertEquals(0L, daily.get(LocalDate.of(2024, 9, 14)));
            assertEquals(1L, daily.get(LocalDate.of(2024, 9, 15)));
            assertEquals(3L, daily.values().stream().mapToLong(Long::longValue).sum());
        }

        @Test
        void dailyListsTwentyNineDaysForFebruary2024() {
            YearMonth february = YearMonth.of(2024, 2);
            MonthlyEvaluator e = new MonthlyEvaluator(new EvaluationMonth(february, AS_OF), EvaluationSettings.DEFAULTS,
                    new AgencyRegistry(february, AgencyTypes.national(), List.of()), new NarrativeRegistry(List.of()));
            e.add(item("M-1", wib("2024-02-29T23:00:00"), "Kompas", null, Sentiment.NEUTRAL, null));
            Map<LocalDate, Long> daily = e.figures().media().daily();
            assertEquals(29, daily.size());
            assertEquals(1L, daily.get(LocalDate.of(2024, 2, 29)));
        }

        @Test
        void anItemOutsideTheMonthInWibIsRefused() {
            MonthlyEvaluator e = evaluator(List.of(), List.of());
            // 2024-09-30T17:30Z is 1 October 00:30 WIB
            assertThrows(IllegalArgumentException.class,
                    () -> e.add(item("M-1", Instant.parse("2024-09-30T17:30:00Z"), "Kompas", null, Sentiment.NEUTRAL, null)));
            assertThrows(IllegalArgumentException.class,
                    () -> e.add(item("M-2", Instant.parse("2024-08-31T16:59:59Z"), "Kompas", null, Sentiment.NEUTRAL, null)));
            assertEquals(0, e.figures().media().items());
        }

        @Test
        void topOutletsAreTheTenWithMostItemsTiesByName() {
            MonthlyEvaluator e = evaluator(List.of(), List.of());
            Instant day = wib("2024-09-10T10:00:00");
            // 12 outlets: Kompas 4, Tempo 3, Antara 3, then nine with 1 item each
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("Tempo", 3);
            counts.put("Kompas", 4);
            counts.put("Antara", 3);
            for (String outlet : List.of("Republika", "RRI", "TVRI", "Detikcom", "CNN Indonesia", "Kumparan",
                    "Bisnis Indonesia", "Tribun Jabar", "Pikiran Rakyat")) {
                counts.put(outlet, 1);
            }
            int n = 0;
            for (Map.Entry<String, Integer> outlet : counts.entrySet()) {
                for (int i = 0; i < outlet.getValue(); i++) {
                    e.add(item("M-" + n++, day, outlet.getKey(), null, Sentiment.NEUTRAL, null));
                }
            }
            List<OutletCount> top = e.figures().media().topOutlets();
            // the ones: Bisnis Indonesia, CNN Indonesia, Detikcom, Kumparan, Pikiran Rakyat, RRI, Republika,
            // TVRI, Tribun Jabar — only the first seven fit after the three leaders
            assertEquals(List.of(
                    new OutletCount("Kompas", 4),
                    new OutletCount("Antara", 3),
                    new OutletCount("Tempo", 3),
                    new OutletCount("Bisnis Indonesia", 1),
                    new OutletCount("CNN Indonesia", 1),
                    new OutletCount("Detikcom", 1),
                    new OutletCount("Kumparan", 1),
                    new OutletCount("Pikiran Rakyat", 1),
                    new OutletCount("RRI", 1),
                    new OutletCount("Republika", 1)), top);
        }

        @Test
        void narrativePickupListsEveryNarrativeIncludingZeros() {
            MonthlyEvaluator e = evaluator(List.of(), List.of(mbg, ckg));
            Instant day = wib("2024-09-10T10:00:00");
            e.add(item("M-1", day, "Kompas", null, Sentiment.POSITIVE, "N-1"));
            e.add(item("M-2", day, "Tempo", null, Sentiment.POSITIVE, "N-1"));
            e.add(item("M-3", day, "Tempo", null, Sentiment.POSITIVE, null));
            MonthlyFigures figures = e.figures();
            assertEquals(Map.of("N-1", 2L, "N-2", 0L), figures.media().narrativePickup());
            assertEquals(List.of("N-1", "N-2"), new ArrayList<>(figures.media().narrativePickup().keySet()));
            assertEquals(2L, figures.narratives().get(0).pickup());
            assertEquals(0L, figures.narratives().get(1).pickup());
        }

        @Test
        void anItemCitingAnUnknownNarrativeIsRefused() {
            MonthlyEvaluator e = evaluator(List.of(), List.of(mbg));
            assertThrows(IllegalArgumentException.class,
                    () -> e.add(item("M-1", wib("2024-09-10T10:00:00"), "Kompas", null, Sentiment.POSITIVE, "N-9")));
        }
    }

    // -------------------------------------------------------------------------------------- national

    @Nested
    class National {

        @Test
        void meanScoreByTypeListsOnlyTypesWithActiveAgencies() {
            Agency bps = agency("BPS", AgencyType.LEMBAGA);
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, BGN, bps, KEMENDIKDASMEN), List.of());
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-01T08:00:00")));
            e.add(completeReport("R-2", "BGN", wib("2024-10-08T08:00:00")));
            e.add(report("R-3", "BPS", wib("2024-10-02T08:00:00"), 1, 1, true, false));
            NationalFigures national = e.figures().national();
            // scores = R: KEMENKES 100, BGN 50, BPS 75; KEMENDIKDASMEN is not active
            assertEquals(3, national.activeAgencies());
            assertEquals(List.of(AgencyType.KEMENTERIAN, AgencyType.LEMBAGA), new ArrayList<>(national.meanScoreByType().keySet()));
            assertEquals(100.0, national.meanScoreByType().get(AgencyType.KEMENTERIAN), EXACT);
            // (50 + 75) / 2
            assertEquals(62.5, national.meanScoreByType().get(AgencyType.LEMBAGA), EXACT);
            // (100 + 50 + 75) / 3
            assertEquals(75.0, national.meanScore(), EXACT);
            assertEquals(Map.of(Category.SANGAT_BAIK, 1L, Category.BAIK, 0L, Category.CUKUP, 1L, Category.KURANG, 1L,
                    Category.SANGAT_KURANG, 0L), national.categories());
            assertEquals(Map.of(ReportStatus.ON_TIME, 1L, ReportStatus.LATE, 1L, ReportStatus.MISSING, 0L),
                    national.reportsByType().get(AgencyType.LEMBAGA));
        }

        @Test
        void reportsByTypeListEveryTypeWithZerosLikeEveryEnumMapOfSpec4() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, BGN), List.of());
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-01T08:00:00")));
            Map<AgencyType, Map<ReportStatus, Long>> byType = e.figures().national().reportsByType();
            assertEquals(AgencyTypes.national().all(), new ArrayList<>(byType.keySet()));
            assertEquals(Map.of(ReportStatus.ON_TIME, 1L, ReportStatus.LATE, 0L, ReportStatus.MISSING, 0L),
                    byType.get(AgencyType.KEMENTERIAN));
            assertEquals(Map.of(ReportStatus.ON_TIME, 0L, ReportStatus.LATE, 0L, ReportStatus.MISSING, 1L),
                    byType.get(AgencyType.LEMBAGA));
            Map<ReportStatus, Long> none = Map.of(ReportStatus.ON_TIME, 0L, ReportStatus.LATE, 0L, ReportStatus.MISSING, 0L);
            assertEquals(none, byType.get(AgencyType.PROVINSI));
            assertEquals(none, byType.get(AgencyType.KABUPATEN));
            assertEquals(none, byType.get(AgencyType.KOTA));
        }

        @Test
        void inactiveAgenciesAreNotEvaluated() {
            Narrative n = narrative("N-1", wib("2024-09-02T09:00:00"), 48,
                    new Targets(false, Set.of(AgencyType.KEMENTERIAN), Set.of("KEMENDIKDASMEN")));
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, KEMENDIKDASMEN), List.of(n));
            MonthlyFigures figures = e.figures();
            assertEquals(List.of("KEMENKES"), figures.agencies().stream().map(AgencyFigures::agencyId).toList());
            assertEquals(1, figures.national().activeAgencies());
            // only KEMENKES is a target pair, although KEMENDIKDASMEN matches both by type and by id
            assertEquals(1, figures.national().targetedPairs());
            assertEquals(1L, figures.national().reports().get(ReportStatus.MISSING));
        }

        @Test
        void agenciesAreSortedById() {
            MonthlyEvaluator e = evaluator(List.of(KOTA_BDG, KEMENKES, JABAR, BGN), List.of());
            assertEquals(List.of("BGN", "KEMENKES", "KOTA-BDG", "PROV-JABAR"),
                    e.figures().agencies().stream().map(AgencyFigures::agencyId).toList());
        }

        @Test
        void anEmptyMonthGivesNullsForZeroDenominatorsAndZerosInEnumMaps() {
            MonthlyFigures figures = evaluator(List.of(), List.of()).figures();
            NationalFigures national = figures.national();
            assertEquals(SEPTEMBER, figures.period());
            assertEquals(AS_OF, figures.asOf());
            assertEquals(0, national.activeAgencies());
            assertEquals(0, national.narratives());
            assertEquals(0, national.targetedPairs());
            assertNull(national.coveragePct());
            assertNull(national.timelinessPct());
            assertNull(national.meanScore());
            assertNull(national.reportsOnTimePct());
            assertTrue(national.meanScoreByType().isEmpty());
            assertEquals(Map.of(ReportStatus.ON_TIME, 0L, ReportStatus.LATE, 0L, ReportStatus.MISSING, 0L), national.reports());
            assertEquals(AgencyTypes.national().all(), new ArrayList<>(national.reportsByType().keySet()));
            assertTrue(national.reportsByType().values().stream().allMatch(national.reports()::equals));
            assertEquals(List.of(Category.values()), new ArrayList<>(national.categories().keySet()));
            assertTrue(national.categories().values().stream().allMatch(c -> c == 0));
            assertEquals(List.of(Channel.values()), new ArrayList<>(national.channels().keySet()));
            assertTrue(national.channels().values().stream().allMatch(ChannelFigures.NONE::equals));

            MediaFigures media = figures.media();
            assertEquals(0, media.items());
            assertNull(media.netSentiment());
            assertEquals(Map.of(Sentiment.POSITIVE, 0L, Sentiment.NEUTRAL, 0L, Sentiment.NEGATIVE, 0L), media.sentiment());
            assertEquals(List.of(Sentiment.values()), new ArrayList<>(media.sentiment().keySet()));
            assertEquals(30, media.daily().size());
            assertTrue(media.daily().values().stream().allMatch(d -> d == 0));
            assertTrue(media.programs().isEmpty());
            assertTrue(media.topOutlets().isEmpty());
            assertTrue(media.narrativePickup().isEmpty());
            assertTrue(figures.agencies().isEmpty());
            assertTrue(figures.narratives().isEmpty());
        }

        @Test
        void agenciesWithoutNarrativesOrMediaStillHaveAMeanScore() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, BGN), List.of());
            e.add(completeReport("R-1", "KEMENKES", wib("2024-10-01T08:00:00")));
            MonthlyFigures figures = e.figures();
            // (100 + 0) / 2
            assertEquals(50.0, figures.national().meanScore(), EXACT);
            assertNull(figures.national().coveragePct());
            assertNull(figures.national().timelinessPct());
            assertNull(figures.media().netSentiment());
            assertEquals(Map.of(), figures.media().narrativePickup());
        }

        @Test
        void narrativesThatTargetNobodyActiveGiveNullPercentages() {
            Narrative n = narrative("N-1", wib("2024-09-02T09:00:00"), 48, ids("KEMENDIKDASMEN"));
            MonthlyFigures figures = evaluator(List.of(KEMENKES, KEMENDIKDASMEN), List.of(n)).figures();
            assertEquals(1, figures.national().narratives());
            assertEquals(0, figures.national().targetedPairs());
            assertNull(figures.national().coveragePct());
            assertNull(figures.national().timelinessPct());
            assertEquals(Map.of("N-1", 0L), figures.media().narrativePickup());
        }
    }

    // ------------------------------------------------------------------------------------ illegal input

    @Nested
    class IllegalInput {

        private final Narrative n = narrative("N-1", wib("2024-09-02T09:00:00"), 48, Targets.ALL);

        @Test
        void evidenceNamingAnUnknownNarrativeIsRefused() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES), List.of(n));
            assertThrows(IllegalArgumentException.class,
                    () -> e.add(evidence("E-1", "N-404", "KEMENKES", wib("2024-09-03T08:00:00"))));
            assertEquals(ChannelFigures.NONE, e.figures().national().channels().get(Channel.WEBSITE));
        }

        @Test
        void evidenceFromAnInactiveOrUnknownAgencyIsRefused() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, KEMENDIKDASMEN), List.of(n));
            assertThrows(IllegalArgumentException.class,
                    () -> e.add(evidence("E-1", "N-1", "KEMENDIKDASMEN", wib("2024-09-03T08:00:00"))));
            assertThrows(IllegalArgumentException.class,
                    () -> e.add(evidence("E-2", "N-1", "KOTA-SBY", wib("2024-09-03T08:00:00"))));
            assertEquals(ChannelFigures.NONE, e.figures().national().channels().get(Channel.WEBSITE));
        }

        @Test
        void aReportFromAnInactiveAgencyOrForAnotherMonthIsRefused() {
            MonthlyEvaluator e = evaluator(List.of(KEMENKES, KEMENDIKDASMEN), List.of());
            assertThrows(IllegalArgumentException.class,
                    () -> e.add(completeReport("R-1", "KEMENDIKDASMEN", wib("2024-10-01T08:00:00"))));
            assertThrows(IllegalArgumentException.class,
                    () -> e.add(new PeriodicReport("R-2", "KEMENKES", YearMonth.of(2024, 8), wib("2024-09-01T08:00:00"),
                            1, 1, true, true)));
            assertEquals(ReportStatus.MISSING, figuresOf(e.figures(), "KEMENKES").report());
        }

        @Test
        void aRegistryForAnotherMonthIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> new MonthlyEvaluator(MONTH, EvaluationSettings.DEFAULTS,
                    new AgencyRegistry(YearMonth.of(2024, 8), AgencyTypes.national(), List.of(KEMENKES)), new NarrativeRegistry(List.of())));
        }
    }
}
