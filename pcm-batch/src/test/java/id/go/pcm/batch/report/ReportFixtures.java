package id.go.pcm.batch.report;

import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.MonthFile;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.output.FiguresJson;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthHistory;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.PreviousMonth;
import id.go.pcm.evaluation.RejectCount;
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
public final class ReportFixtures {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String ISSUER = "Kementerian Komunikasi dan Digital Republik Indonesia";
    /** The national edition's words, as a run without any words set has them. */
    static final DocumentWords NATIONAL = DocumentWords.national(ISSUER);
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
    public static FiguresDocument small() {
        return evaluate(bundled("2024-09"), LAST, OffsetDateTime.parse("2024-10-10T00:00:00+07:00"), List.of(), null);
    }

    /** The small bundled September with the bundled August as the previous month. */
    static FiguresDocument smallWithAugust() {
        FiguresDocument august = evaluate(bundled("2024-08"), YearMonth.of(2024, 8),
                OffsetDateTime.parse("2024-09-30T00:00:00+07:00"), List.of(), null);
        return evaluate(bundled("2024-09"), LAST, OffsetDateTime.parse("2024-10-10T00:00:00+07:00"),
                List.of(MonthHistory.of(august.figures())), previous(august.figures()));
    }

    /** A name in each script the report must print: Jawi, Javanese, Chinese, emoji, and emoji no font has. */
    static final class Scripts {
        static final String JAWI_AGENCY = "\u06A4\u0645\u0631\u064A\u0646\u062A\u0647 \u06A9\u0648\u062A\u0627 \u0627\u0648\u062C\u064A";
        static final String JAVANESE_AGENCY = "\uA9A5\uA9A9\uA9AB\uA9BA\uA9A4\uA9C0\uA9A0\uA983 \uA98F\uA9A7\uA9B8\uA9A5\uA9A0\uA9BA\uA9A4\uA9C0";
        static final String CHINESE_AGENCY = "\u6CD7\u6C34\u53BF\u653F\u5E9C";
        static final String EMOJI_AGENCY = "Dinas Kominfo Kota Uji \uD83D\uDCE2";
        static final String NEWS_OUTLET = "Kompas \uD83D\uDCF0";
        static final String FIRE_OUTLET = "Kompas \uD83D\uDD25";
        static final String HEART_OUTLET = "Radio Cinta \u2764\uFE0F";
        static final String ARABIC_OUTLET = "\u0642\u0646\u0627\u0629 \u0627\u0644\u0639\u0631\u0628\u064A\u0629";
        static final String CHINESE_OUTLET = "\u661F\u6D32\u65E5\u62A5";
        /** U+1FAE0 and U+1FAE1 (Unicode 14) are in none of the fonts. */
        static final String MELTING_OUTLET = "Berita \uD83E\uDEE0";
        static final String SALUTE_OUTLET = "Berita \uD83E\uDEE1";
        static final String TITLE = "Makan Bergizi Gratis \uD83C\uDF71 untuk anak sekolah";
        static final String JAWI_TITLE = "\u0645\u0627\u06A9\u0646 \u0628\u0631\u06AC\u064A\u0632\u064A (MBG) 2024";
        static final String JAVANESE_TITLE = "\uA9A0\uA9B6\uA9A7\uA9A4\uA9C0\uA98F\uA9A4\uA9B8\uA9B1\uA9BA\uA9AA";

        static final List<String> OUTLETS = List.of(NEWS_OUTLET, FIRE_OUTLET, HEART_OUTLET, ARABIC_OUTLET, CHINESE_OUTLET,
                MELTING_OUTLET, SALUTE_OUTLET);

        private Scripts() {
        }

        /** Writes the month's five files into a folder. */
        static Path write(Path month) {
            try {
                java.nio.file.Files.createDirectories(month);
                write(month, "agencies.csv", "agency_id,name,type,parent_id,region_code\n"
                        + "PROV-UJI,Pemerintah Provinsi Uji,PROVINSI,,32\n"
                        + "KOTA-JAWI," + JAWI_AGENCY + ",KOTA,PROV-UJI,32.71\n"
                        + "KAB-JAWA," + JAVANESE_AGENCY + ",KABUPATEN,PROV-UJI,32.01\n"
                        + "KAB-CINA," + CHINESE_AGENCY + ",KABUPATEN,PROV-UJI,32.02\n"
                        + "KOTA-UJI," + EMOJI_AGENCY + ",KOTA,PROV-UJI,32.72\n");
                write(month, "narratives.csv", "narrative_id,title,program,issued_at,targets\n"
                        + "N-1," + TITLE + ",makan-bergizi-gratis,2024-09-02T09:00:00+07:00,ALL\n"
                        + "N-2," + JAWI_TITLE + ",makan-bergizi-gratis,2024-09-03T09:00:00+07:00,KOTA-JAWI\n"
                        + "N-3," + JAVANESE_TITLE + ",cek-kesehatan-gratis,2024-09-04T09:00:00+07:00,KAB-JAWA\n");
                write(month, "reports.csv", "report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda\n"
                        + "R-1,KOTA-JAWI,2024-09,2024-09-20T10:00:00+07:00,2,3,ya,ya\n"
                        + "R-2,KAB-JAWA,2024-09,2024-09-21T10:00:00+07:00,1,1,ya,tidak\n");
                write(month, "dissemination.csv", "evidence_id,narrative_id,agency_id,channel,published_at,url\n"
                        + "E-1,N-1,KOTA-JAWI,WEBSITE,2024-09-02T10:00:00+07:00,https://kota-jawi.go.id/n-1\n"
                        + "E-2,N-1,KAB-CINA,WEBSITE,2024-09-03T10:00:00+07:00,https://kab-cina.go.id/n-1\n"
                        + "E-3,N-2,KOTA-JAWI,WEBSITE,2024-09-03T12:00:00+07:00,https://kota-jawi.go.id/n-2\n");
                StringBuilder media = new StringBuilder("item_id,published_at,outlet,media_type,program,sentiment\n");
                for (int i = 0; i < OUTLETS.size(); i++) {
                    // Each outlet a different number of items, so that the top-outlets order is fixed.
                    for (int k = 0; k <= i; k++) {
                        media.append("M-").append(i).append('-').append(k).append(",2024-09-0").append(1 + k % 9)
                                .append("T10:00:00+07:00,").append(OUTLETS.get(i)).append(",SOCIAL,makan-bergizi-gratis,")
                                .append(k % 2 == 0 ? "POSITIVE" : "NEGATIVE").append('\n');
                    }
                }
                write(month, "media.csv", media.toString());
                return month;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static void write(Path month, String file, String text) throws java.io.IOException {
            java.nio.file.Files.writeString(month.resolve(file), text, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A small month whose names are in several scripts ({@link Scripts}). */
    static FiguresDocument scripts() {
        return evaluate(Scripts.write(Path.of("target", "report-fixtures", "scripts")), LAST,
                OffsetDateTime.parse("2024-10-10T00:00:00+07:00"), List.of(), null);
    }

    static FiguresDocument evaluate(Path folder, YearMonth period, OffsetDateTime asOf, List<MonthHistory> history,
                                    PreviousMonth previous) {
        MonevResult result = Monev.of(period, asOf).evaluate(folder);
        Map<String, Map<String, Long>> byFile = new LinkedHashMap<>();
        MonthFile.names().forEach(file -> byFile.put(file, new TreeMap<>()));
        for (Reject reject : result.rejects()) {
            byFile.get(reject.file()).merge(reject.code().name(), 1L, Long::sum);
        }
        List<RejectCount> counts = new ArrayList<>();
        byFile.forEach((file, rules) -> rules.forEach((rule, n) -> counts.add(new RejectCount(file, rule, n))));
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
        new MinisterReport().render(document, locale, NATIONAL, out);
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
