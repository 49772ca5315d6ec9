package id.go.pcm.batch.report;

import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.batch.history.MonthHistory;
import id.go.pcm.batch.history.PreviousMonth;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.output.FiguresJson;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.samples.MonthGenerator;
import id.go.pcm.validation.Reject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Documents to render, made as the batch makes them but without Spring: a month folder evaluated by
 * pcm-core, its rejects digested, earlier months as the history store would give them. The national
 * scenario is six generated months (about 600 agencies, 40 narratives, 10 programs each), built once
 * per test run.
 */
final class ReportFixtures {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String ISSUER = "Kementerian Komunikasi dan Digital Republik Indonesia";
    private static final int FIRST_REJECTS = 50;
    private static final YearMonth LAST = YearMonth.of(2024, 9);
    /** Evidence and media at a tenth of a national month: the agencies and narratives stay the nation's. */
    private static final double SCALE = 0.1;

    private ReportFixtures() {
    }

    /** The national scenario: September 2024 with five earlier months stored. */
    static FiguresDocument national() {
        return National.DOCUMENT;
    }

    /** The national scenario's August, the month September is compared with. */
    static MonthlyFigures nationalAugust() {
        return National.AUGUST;
    }

    /** The small bundled test month (three agencies), with no earlier month stored. */
    static FiguresDocument small() {
        return evaluate(bundled("2024-09"), LAST, OffsetDateTime.parse("2024-10-10T00:00:00+07:00"), List.of(), null);
    }

    /** The small bundled September with the bundled August as the previous month. */
    static FiguresDocument smallWithAugust() {
        FiguresDocument august = evaluate(bundled("2024-08"), YearMonth.of(2024, 8),
                OffsetDateTime.parse("2024-09-30T00:00:00+07:00"), List.of(), null);
        return evaluate(bundled("2024-09"), LAST, OffsetDateTime.parse("2024-10-10T00:00:00+07:00"),
                List.of(MonthHistory.of(august.figures())), previous(august.figures()));
    }

    static FiguresDocument evaluate(Path folder, YearMonth period, OffsetDateTime asOf, List<MonthHistory> history,
                                    PreviousMonth previous) {
        MonevResult result = Monev.of(period, asOf).evaluate(folder);
        Map<String, Map<String, Long>> byFile = new LinkedHashMap<>();
        Monev.FILES.forEach(file -> byFile.put(file, new TreeMap<>()));
        for (Reject reject : result.rejects()) {
            byFile.get(reject.file()).merge(reject.code().name(), 1L, Long::sum);
        }
        List<FiguresDocument.RejectCount> counts = new ArrayList<>();
        byFile.forEach((file, rules) -> rules.forEach((rule, n) -> counts.add(new FiguresDocument.RejectCount(file, rule, n))));
        List<Reject> first = result.rejects().subList(0, Math.min(FIRST_REJECTS, result.rejects().size()));
        return new FiguresDocument(result.figures(), result.inputs(), history, EvaluationSettings.DEFAULTS, first, counts,
                previous);
    }

    /** What the history store gives of a stored month: its agencies' scores and its programs' net sentiment. */
    static PreviousMonth previous(MonthlyFigures figures) {
        Map<String, Double> scores = new TreeMap<>();
        for (AgencyFigures a : figures.agencies()) {
            scores.put(a.agencyId(), a.score());
        }
        Map<String, Double> sentiment = new TreeMap<>();
        figures.media().programs().forEach((program, p) -> sentiment.put(program, p.netSentiment()));
        return new PreviousMonth(figures.period(), scores, sentiment);
    }

    static byte[] render(FiguresDocument document, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinisterReport().render(document, locale, ISSUER, out);
        return out.toByteArray();
    }

    /** The JSON twin of a document, as the batch writes it. */
    static JsonNode json(FiguresDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FiguresJson().write(document, out);
        return JsonMapper.builder().build().readTree(out.toByteArray());
    }

    static Path bundled(String period) {
        try {
            return Path.of(ReportFixtures.class.getResource("/months/" + period).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Six generated months, each with its own seed so that agencies move between months. */
    private static final class National {
        static final MonthlyFigures AUGUST;
        static final FiguresDocument DOCUMENT;

        static {
            Path root = Path.of("target", "report-fixtures");
            List<MonthHistory> history = new ArrayList<>();
            FiguresDocument month = null;
            MonthlyFigures before = null;
            MonthlyFigures august = null;
            for (int m = 4; m <= 9; m++) {
                YearMonth period = YearMonth.of(2024, m);
                MonthGenerator generator = new MonthGenerator(period, SCALE, 100 + m, 0.005);
                Path folder = root.resolve(period.toString());
                generator.writeTo(folder);
                month = evaluate(folder, period, generator.asOf(), List.copyOf(history),
                        before == null ? null : previous(before));
                history.add(MonthHistory.of(month.figures()));
                before = month.figures();
                if (m == 8) {
                    august = before;
                }
            }
            AUGUST = august;
            DOCUMENT = month;
        }
    }
}
