package id.go.pcm;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.GeneratedMonth.AgencyRecord;
import id.go.pcm.GeneratedMonth.EvidenceRecord;
import id.go.pcm.GeneratedMonth.MediaRecord;
import id.go.pcm.GeneratedMonth.NarrativeRecord;
import id.go.pcm.GeneratedMonth.ReportRecord;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.evaluation.OutletCount;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.media.Sentiment;
import id.go.pcm.report.ReportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/**
 * Properties of the figures of random months (see {@link MonthFolderPropertiesTest} for how months are
 * made): every score and percentage in range with its category the band of SPEC 2, and every figure
 * equal to a plain recomputation from the records the month was made of.
 */
class EvaluationPropertiesTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private MonthlyFigures evaluate(MonthGenerator.Shape shape, GeneratedMonth month) {
        try {
            Path folder = Files.createTempDirectory(dir, "month");
            MonthFolderWriter.write(month, folder, MonthFolderPropertiesTest.layoutFor(shape.seed()), null,
                    new Random(shape.seed()));
            return MonthFolderPropertiesTest.evaluate(month, folder).figures();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** (4) Scores, R, C, T and percentages lie in 0–100, pairs nest, and each category is its score's band. */
    @Test
    void scoresAndPercentagesAreInRangeAndCategoriesAreTheirBands() {
        qt().withExamples(MonthFolderPropertiesTest.EXAMPLES).forAll(MonthFolderPropertiesTest.shapes()).checkAssert(shape ->
                assertFiguresInRange(shape, MonthGenerator.generate(shape, true)));
    }

    /** (4) The same of a regional month's figures (SPEC 9.1). */
    @Test
    void aRegionalMonthsScoresAndPercentagesAreInRangeAndCategoriesAreTheirBands() {
        qt().withExamples(MonthFolderPropertiesTest.EXAMPLES / 2).forAll(MonthFolderPropertiesTest.shapes()).checkAssert(shape ->
                assertFiguresInRange(shape, MonthGenerator.generateRegional(shape, true)));
    }

    private void assertFiguresInRange(MonthGenerator.Shape shape, GeneratedMonth month) {
        MonthlyFigures figures = evaluate(shape, month);
        for (AgencyFigures a : figures.agencies()) {
            String id = a.agencyId();
            assertInRange(a.r(), id + " R");
            assertInRange(a.score(), id + " score");
            assertTrue(a.onTime() <= a.covered() && a.covered() <= a.targeted(), id + " pairs nest");
            if (a.targeted() == 0) {
                assertNull(a.c(), id + " C");
                assertNull(a.t(), id + " T");
            } else {
                assertInRange(a.c(), id + " C");
                assertInRange(a.t(), id + " T");
            }
            assertEquals(band(a.score()), a.category(), id + " category of " + a.score());
        }
        NationalFigures n = figures.national();
        if (n.activeAgencies() == 0) {
            assertNull(n.meanScore());
        } else {
            assertInRange(n.meanScore(), "mean score");
        }
        n.meanScoreByType().forEach((type, mean) -> assertInRange(mean, "mean score of " + type));
        assertTrue(n.onTimePairs() <= n.coveredPairs() && n.coveredPairs() <= n.targetedPairs(), "pairs nest");
        if (n.targetedPairs() == 0) {
            assertNull(n.coveragePct());
            assertNull(n.timelinessPct());
        } else {
            assertInRange(n.coveragePct(), "coverage %");
            assertInRange(n.timelinessPct(), "timeliness %");
        }
        if (figures.media().netSentiment() != null) {
            assertTrue(Math.abs(figures.media().netSentiment()) <= 1, "net sentiment");
        }
    }

    /** (5) Every figure equals what a plain recomputation from the month's accepted records gives. */
    @Test
    void figuresEqualAPlainRecomputationFromTheRecords() {
        qt().withExamples(MonthFolderPropertiesTest.EXAMPLES).forAll(MonthFolderPropertiesTest.shapes()).checkAssert(shape ->
                assertRecomputed(shape, MonthGenerator.generate(shape, true)));
    }

    /**
     * (5) A regional month's figures add up as the national ones do (SPEC 9.1): pairs, channels,
     * categories and means by the month's types, ranks within a type and the children of every parent type.
     */
    @Test
    void aRegionalMonthsFiguresEqualAPlainRecomputationFromTheRecords() {
        qt().withExamples(MonthFolderPropertiesTest.EXAMPLES).forAll(MonthFolderPropertiesTest.shapes()).checkAssert(shape ->
                assertRecomputed(shape, MonthGenerator.generateRegional(shape, true)));
    }

    private void assertRecomputed(MonthGenerator.Shape shape, GeneratedMonth month) {
        MonthlyFigures figures = evaluate(shape, month);
        assertEquals(month.types(), figures.types(), "the month's types");
        assertAgencies(month, figures);
        assertNational(month, figures);
        assertNarratives(month, figures);
        assertMedia(month, figures.media());
    }

    // ---------------------------------------------------------------------------------- recomputation

    private static void assertAgencies(GeneratedMonth m, MonthlyFigures figures) {
        List<AgencyRecord> active = active(m);
        assertEquals(active.stream().map(AgencyRecord::id).toList(),
                figures.agencies().stream().map(AgencyFigures::agencyId).toList(), "active agencies by id");
        Instant deadline = m.period().plusMonths(1).atDay(6).atStartOfDay(MonthGenerator.JAKARTA).toInstant();
        for (int i = 0; i < active.size(); i++) {
            AgencyRecord agency = active.get(i);
            AgencyFigures actual = figures.agencies().get(i);
            String id = agency.id();
            ReportRecord counted = m.reports().stream().filter(r -> r.agencyId().equals(id))
                    .max(Comparator.comparing(ReportRecord::submittedAt)).orElse(null);
            ReportStatus status = counted == null ? ReportStatus.MISSING
                    : counted.submittedAt().isBefore(deadline) ? ReportStatus.ON_TIME : ReportStatus.LATE;
            double completeness = counted == null ? 0 : counted.completeness();
            double r = status == ReportStatus.ON_TIME ? 100 * completeness : status == ReportStatus.LATE ? 50 * completeness : 0;
            int targeted = 0;
            int covered = 0;
            int onTime = 0;
            for (NarrativeRecord narrative : m.narratives()) {
                if (narrative.targets(agency)) {
                    targeted++;
                    Instant first = firstEvidence(m, narrative.id(), id);
                    covered += first == null ? 0 : 1;
                    onTime += first != null && !first.isAfter(dueAt(narrative)) ? 1 : 0;
                }
            }
            Double c = targeted == 0 ? null : 100.0 * covered / targeted;
            Double t = targeted == 0 ? null : 100.0 * onTime / targeted;
            double score = targeted == 0 ? r : 0.3 * r + 0.5 * c + 0.2 * t;
            assertEquals(agency.type(), actual.type(), id + " type");
            assertEquals(status, actual.report(), id + " report");
            assertEquals(completeness, actual.completeness(), EPS, id + " completeness");
            assertEquals(targeted, actual.targeted(), id + " targeted");
            assertEquals(covered, actual.covered(), id + " covered");
            assertEquals(onTime, actual.onTime(), id + " on time");
            assertEquals(r, actual.r(), EPS, id + " R");
            assertNullable(c, actual.c(), id + " C");
            assertNullable(t, actual.t(), id + " T");
            assertEquals(score, actual.score(), EPS, id + " score");
            assertEquals(band(actual.score()), actual.category(), id + " category");
        }
        for (int i = 0; i < active.size(); i++) {
            AgencyRecord agency = active.get(i);
            AgencyFigures actual = figures.agencies().get(i);
            List<AgencyFigures> ofType = figures.agencies().stream().filter(a -> a.type().equals(agency.type())).toList();
            BigDecimal own = rounded(actual.score());
            assertEquals(1 + ofType.stream().filter(a -> rounded(a.score()).compareTo(own) > 0).count(),
                    actual.detail().rankInType(), agency.id() + " rank in type");
            assertEquals(ofType.size(), actual.detail().ofType(), agency.id() + " of type");
            boolean parent = m.types().all().stream().anyMatch(t -> agency.type().code().equals(t.parentCode()));
            List<String> children = parent ? active.stream().filter(a -> agency.id().equals(a.parentId()))
                    .map(AgencyRecord::id).toList() : List.of();
            assertEquals(children, actual.detail().children(), agency.id() + " children");
            if (!children.isEmpty()) {
                assertEquals(figures.agencies().stream().filter(a -> children.contains(a.agencyId()))
                        .mapToDouble(AgencyFigures::score).sum() / children.size(), actual.detail().childrenMeanScore(), EPS,
                        agency.id() + " children's mean");
            } else {
                assertNull(actual.detail().childrenMeanScore(), agency.id() + " children's mean");
            }
        }
    }

    private static BigDecimal rounded(double score) {
        return new BigDecimal(Double.toString(score)).setScale(2, RoundingMode.HALF_UP);
    }

    private static void assertNational(GeneratedMonth m, MonthlyFigures figures) {
        NationalFigures n = figures.national();
        List<AgencyFigures> agencies = figures.agencies();
        assertEquals(active(m).size(), n.activeAgencies(), "active agencies");
        Map<ReportStatus, Long> reports = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            reports.put(status, agencies.stream().filter(a -> a.report() == status).count());
        }
        assertEquals(reports, n.reports(), "reports");
        Map<AgencyType, Map<ReportStatus, Long>> reportsByType = new LinkedHashMap<>();
        for (AgencyType type : m.types().all()) {
            Map<ReportStatus, Long> ofType = new EnumMap<>(ReportStatus.class);
            for (ReportStatus status : ReportStatus.values()) {
                ofType.put(status, agencies.stream().filter(a -> a.type().equals(type) && a.report() == status).count());
            }
            reportsByType.put(type, ofType);
        }
        assertEquals(reportsByType, n.reportsByType(), "reports by type, every type");
        assertEquals(m.narratives().size(), n.narratives(), "narratives");
        long targeted = agencies.stream().mapToLong(AgencyFigures::targeted).sum();
        long covered = agencies.stream().mapToLong(AgencyFigures::covered).sum();
        long onTime = agencies.stream().mapToLong(AgencyFigures::onTime).sum();
        assertEquals(targeted, n.targetedPairs(), "targeted pairs");
        assertEquals(covered, n.coveredPairs(), "covered pairs");
        assertEquals(onTime, n.onTimePairs(), "on-time pairs");
        assertNullable(targeted == 0 ? null : 100.0 * covered / targeted, n.coveragePct(), "coverage %");
        assertNullable(targeted == 0 ? null : 100.0 * onTime / targeted, n.timelinessPct(), "timeliness %");

        Map<Channel, ChannelFigures> channels = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            List<EvidenceRecord> on = m.evidence().stream().filter(e -> e.channel() == channel).toList();
            channels.put(channel, new ChannelFigures(on.size(),
                    on.stream().map(EvidenceRecord::reach).filter(Objects::nonNull).mapToLong(Long::longValue).sum(),
                    on.stream().map(EvidenceRecord::engagement).filter(Objects::nonNull).mapToLong(Long::longValue).sum()));
        }
        assertEquals(channels, n.channels(), "channels");

        assertNullable(agencies.isEmpty() ? null : agencies.stream().mapToDouble(AgencyFigures::score).sum() / agencies.size(),
                n.meanScore(), "mean score");
        Map<AgencyType, Double> byType = new LinkedHashMap<>();
        for (AgencyType type : m.types().all()) {
            List<AgencyFigures> ofType = agencies.stream().filter(a -> a.type().equals(type)).toList();
            if (!ofType.isEmpty()) {
                byType.put(type, ofType.stream().mapToDouble(AgencyFigures::score).sum() / ofType.size());
            }
        }
        assertEquals(byType.keySet(), n.meanScoreByType().keySet(), "types with active agencies");
        byType.forEach((type, mean) -> assertEquals(mean, n.meanScoreByType().get(type), EPS, "mean score of " + type));
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            categories.put(category, agencies.stream().filter(a -> band(a.score()) == category).count());
        }
        assertEquals(categories, n.categories(), "categories");
        for (AgencyType type : m.types().all()) {
            Map<Category, Long> ofType = new EnumMap<>(Category.class);
            for (Category category : Category.values()) {
                ofType.put(category, agencies.stream().filter(a -> a.type().equals(type) && band(a.score()) == category).count());
            }
            assertEquals(ofType, n.categoriesByType().get(type), "categories of " + type);
            long active = agencies.stream().filter(a -> a.type().equals(type)).count();
            assertEquals(active, n.activeOf(type), "active agencies of " + type);
            for (ReportStatus status : ReportStatus.values()) {
                assertNullable(active == 0 ? null : 100.0 * reportsByType.get(type).get(status) / active,
                        n.reportsPct(type, status), status + " reports of " + type);
            }
        }
        ChannelFigures total = new ChannelFigures(m.evidence().size(),
                channels.values().stream().mapToLong(ChannelFigures::reach).sum(),
                channels.values().stream().mapToLong(ChannelFigures::engagement).sum());
        assertEquals(total, n.channelTotal(), "channels together");
        channels.forEach((channel, c) -> assertNullable(total.evidence() == 0 ? null : 100.0 * c.evidence() / total.evidence(),
                n.channelSharePct().get(channel), "share of " + channel));
        assertEquals(covered, n.firstEvidenceHours().stream().mapToLong(id.go.pcm.evaluation.HourBand::pairs).sum(),
                "every covered pair in one band of hours");
        for (int b = 0; b < n.firstEvidenceHours().size(); b++) {
            id.go.pcm.evaluation.HourBand band = n.firstEvidenceHours().get(b);
            assertEquals(b == 0 ? 0 : n.firstEvidenceHours().get(b - 1).toHours(), band.fromHours(), "bands follow on");
            assertEquals(b == n.firstEvidenceHours().size() - 1, band.toHours() == null, "only the last band is open");
        }
    }

    private static void assertNarratives(GeneratedMonth m, MonthlyFigures figures) {
        List<AgencyRecord> active = active(m);
        assertEquals(m.narratives().stream().map(NarrativeRecord::id).toList(),
                figures.narratives().stream().map(NarrativeFigures::narrativeId).toList(), "narratives in file order");
        for (int i = 0; i < m.narratives().size(); i++) {
            NarrativeRecord narrative = m.narratives().get(i);
            NarrativeFigures actual = figures.narratives().get(i);
            List<AgencyRecord> targets = active.stream().filter(narrative::targets).toList();
            long covered = targets.stream().filter(a -> firstEvidence(m, narrative.id(), a.id()) != null).count();
            long onTime = targets.stream().map(a -> firstEvidence(m, narrative.id(), a.id()))
                    .filter(first -> first != null && !first.isAfter(dueAt(narrative))).count();
            String id = narrative.id();
            assertEquals(narrative.issuedAt(), actual.issuedAt(), id + " issued");
            assertEquals(narrative.dueHours(), actual.dueHours(), id + " due hours");
            assertEquals(targets.size(), actual.targeted(), id + " targeted");
            assertEquals(covered, actual.covered(), id + " covered");
            assertEquals(onTime, actual.onTime(), id + " on time");
            assertNullable(targets.isEmpty() ? null : 100.0 * covered / targets.size(), actual.coveragePct(), id + " coverage");
            assertNullable(targets.isEmpty() ? null : 100.0 * (covered - onTime) / targets.size(), actual.latePct(), id + " late");
            assertEquals(m.media().stream().filter(x -> id.equals(x.narrativeId())).count(), actual.pickup(), id + " pickup");
        }
    }

    private static void assertMedia(GeneratedMonth m, MediaFigures actual) {
        List<MediaRecord> items = m.media();
        assertEquals(items.size(), actual.items(), "items");
        Map<Sentiment, Long> sentiment = new EnumMap<>(Sentiment.class);
        for (Sentiment s : Sentiment.values()) {
            sentiment.put(s, items.stream().filter(i -> i.sentiment() == s).count());
        }
        assertEquals(sentiment, actual.sentiment(), "sentiment");
        assertNullable(items.isEmpty() ? null
                : (double) (sentiment.get(Sentiment.POSITIVE) - sentiment.get(Sentiment.NEGATIVE)) / items.size(),
                actual.netSentiment(), "net sentiment");

        long tagged = items.stream().filter(i -> i.program() != null).count();
        Map<String, long[]> programs = new TreeMap<>();
        for (MediaRecord item : items) {
            if (item.program() != null) {
                programs.computeIfAbsent(item.program(), p -> new long[3])[item.sentiment().ordinal()]++;
            }
        }
        assertEquals(List.copyOf(programs.keySet()), List.copyOf(actual.programs().keySet()), "programs");
        programs.forEach((program, counts) -> {
            long n = counts[0] + counts[1] + counts[2];
            ProgramFigures p = actual.programs().get(program);
            assertEquals(n, p.items(), program);
            assertEquals(counts[Sentiment.POSITIVE.ordinal()], p.positive(), program);
            assertEquals(counts[Sentiment.NEUTRAL.ordinal()], p.neutral(), program);
            assertEquals(counts[Sentiment.NEGATIVE.ordinal()], p.negative(), program);
            assertEquals((double) (p.positive() - p.negative()) / n, p.netSentiment(), EPS, program + " net");
            assertEquals((double) n / tagged, p.shareOfVoice(), EPS, program + " share of voice");
            for (Sentiment tone : Sentiment.values()) {
                assertEquals(100.0 * counts[tone.ordinal()] / n, p.sentimentPct(tone), EPS, program + " " + tone);
            }
        });
        assertEquals(tagged, actual.taggedItems(), "tagged items");
        assertEquals(items.size() - tagged, actual.untaggedItems(), "untagged items");

        Map<LocalDate, Long> daily = new LinkedHashMap<>();
        for (LocalDate day = m.period().atDay(1); !day.isAfter(m.period().atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate d = day;
            daily.put(day, items.stream().filter(i -> i.publishedAt().atZone(MonthGenerator.JAKARTA).toLocalDate().equals(d)).count());
        }
        assertEquals(List.copyOf(daily.entrySet()), List.copyOf(actual.daily().entrySet()), "daily, every day in order");

        Map<String, Long> outlets = new HashMap<>();
        items.forEach(i -> outlets.merge(i.outlet(), 1L, Long::sum));
        List<OutletCount> top = outlets.entrySet().stream().map(e -> new OutletCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(OutletCount::items).reversed().thenComparing(OutletCount::outlet))
                .limit(10).toList();
        assertEquals(top, actual.topOutlets(), "top outlets");
        top.forEach(o -> assertEquals(100.0 * o.items() / items.size(), actual.sharePct(o), EPS, o.outlet() + " share"));

        Map<String, Long> pickup = new LinkedHashMap<>();
        m.narratives().forEach(n -> pickup.put(n.id(), items.stream().filter(i -> n.id().equals(i.narrativeId())).count()));
        assertEquals(List.copyOf(pickup.entrySet()), List.copyOf(actual.narrativePickup().entrySet()), "narrative pickup");
    }

    // --------------------------------------------------------------------------------------- helpers

    private static List<AgencyRecord> active(GeneratedMonth m) {
        return m.agencies().stream().filter(AgencyRecord::active).sorted(Comparator.comparing(AgencyRecord::id)).toList();
    }

    private static Instant firstEvidence(GeneratedMonth m, String narrativeId, String agencyId) {
        return m.evidence().stream().filter(e -> e.narrativeId().equals(narrativeId) && e.agencyId().equals(agencyId))
                .map(EvidenceRecord::publishedAt).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant dueAt(NarrativeRecord narrative) {
        return narrative.issuedAt().plus(Duration.ofHours(narrative.dueHours()));
    }

    /** The band of SPEC 2 with the default bounds: the score rounded half-up to two decimals, then 90/80/60/40. */
    static Category band(double score) {
        BigDecimal rounded = new BigDecimal(Double.toString(score)).setScale(2, RoundingMode.HALF_UP);
        if (rounded.compareTo(new BigDecimal("90")) >= 0) {
            return Category.SANGAT_BAIK;
        }
        if (rounded.compareTo(new BigDecimal("80")) >= 0) {
            return Category.BAIK;
        }
        if (rounded.compareTo(new BigDecimal("60")) >= 0) {
            return Category.CUKUP;
        }
        return rounded.compareTo(new BigDecimal("40")) >= 0 ? Category.KURANG : Category.SANGAT_KURANG;
    }

    private static void assertInRange(Double value, String what) {
        assertNotNull(value, what);
        assertTrue(value >= 0 && value <= 100, what + " = " + value);
    }

    private static void assertNullable(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertNotNull(actual, what);
            assertEquals(expected, actual, EPS, what);
        }
    }
}
