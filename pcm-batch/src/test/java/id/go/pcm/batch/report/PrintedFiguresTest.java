package id.go.pcm.batch.report;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.report.ReportStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every number the report and the scorecards print in their text (tables, sentences, lists) is a
 * figure of the JSON twin, written the way a reader of the edition writes numbers ({@link Written},
 * not the report's own formats): a renderer that works out a figure of its own, which the JSON does
 * not carry, fails this test. Charts are left out (their axes have ticks, not figures); dates print
 * from the JSON's dates; page numbers and the bundles' own words are not figures.
 */
class PrintedFiguresTest {

    /** A number as printed: digits with grouping and decimals, an optional sign and per cent sign, standing alone. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}_/:.,+\\-\\u2212{}#])[+\\-\\u2212]?\\d+(?:[.,]\\d+)*%?(?![\\p{L}\\p{N}_/:\\-}])");

    private static List<String> indonesian;

    @BeforeAll
    static void render() throws IOException {
        indonesian = textOutsideCharts(ReportFixtures.render(ReportFixtures.national(), ReportFixtures.INDONESIAN));
    }

    @Test
    void everyNumberOfTheIndonesianReportIsInTheJson() throws IOException {
        Set<String> allowed = allowed(ReportFixtures.json(ReportFixtures.national()), Written.INDONESIAN, ReportFixtures.INDONESIAN);
        assertTrue(indonesian.size() > 10, "the whole report was read");
        assertEquals(List.of(), unexplained("report", indonesian, allowed, "Halaman \\d+ dari \\d+"));
    }

    @Test
    void everyNumberOfTheEnglishReportIsInTheJson() throws IOException {
        FiguresDocument document = ReportFixtures.national();
        Set<String> allowed = allowed(ReportFixtures.json(document), Written.ENGLISH, Locale.ENGLISH);
        List<String> pages = textOutsideCharts(ReportFixtures.render(document, Locale.ENGLISH));
        assertTrue(pages.size() > 10, "the whole report was read");
        assertEquals(List.of(), unexplained("report", pages, allowed, "Page \\d+ of \\d+"));
    }

    @Test
    void everyNumberOfTheScorecardsIsInTheJson() throws IOException {
        FiguresDocument document = ReportFixtures.national();
        Set<String> allowed = allowed(ReportFixtures.json(document), Written.INDONESIAN, ReportFixtures.INDONESIAN);
        List<String> unexplained = new ArrayList<>();
        for (AgencyFigures agency : sample(document)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new MinisterReport().scorecards(document, ReportFixtures.INDONESIAN, ReportFixtures.NATIONAL).write(agency, out);
            unexplained.addAll(unexplained(agency.agencyId(), textOutsideCharts(out.toByteArray()), allowed,
                    "Halaman \\d+ dari \\d+"));
        }
        assertEquals(List.of(), unexplained);
    }

    @Test
    void aFigureTheJsonDoesNotCarryIsCaught() throws IOException {
        FiguresDocument document = ReportFixtures.national();
        Set<String> allowed = allowed(ReportFixtures.json(document), Written.INDONESIAN, ReportFixtures.INDONESIAN);
        List<String> pages = indonesian;
        String printed = Written.INDONESIAN.count(document.figures().national().channelTotal().reach());
        allowed.remove(printed);
        assertTrue(unexplained("report", pages, allowed, "Halaman \\d+ dari \\d+").stream().anyMatch(u -> u.contains(printed)),
                "the channels' total reach, once the JSON no longer carries it");
    }

    /** A ministry, a province, a regency and a city, one that sent no report, the best and the weakest. */
    private static List<AgencyFigures> sample(FiguresDocument document) {
        Set<AgencyFigures> sample = new LinkedHashSet<>();
        List<AgencyFigures> agencies = document.figures().agencies();
        for (AgencyType type : document.figures().types().all()) {
            agencies.stream().filter(a -> a.type().equals(type)).findFirst().ifPresent(sample::add);
        }
        agencies.stream().filter(a -> a.report() == ReportStatus.MISSING).findFirst().ifPresent(sample::add);
        agencies.stream().max(java.util.Comparator.comparingDouble(AgencyFigures::score)).ifPresent(sample::add);
        agencies.stream().min(java.util.Comparator.comparingDouble(AgencyFigures::score)).ifPresent(sample::add);
        return List.copyOf(sample);
    }

    private static List<String> unexplained(String document, List<String> pages, Set<String> allowed, String pageOf) {
        List<String> unexplained = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (String line : pages.get(p).replaceAll(pageOf, "").split("\n")) {
                Matcher m = NUMBER.matcher(line);
                while (m.find()) {
                    if (!allowed.contains(m.group())) {
                        unexplained.add(document + " page " + (p + 1) + ": " + m.group() + " in \"" + line.strip() + "\"");
                    }
                }
            }
        }
        return unexplained;
    }

    /** Each page's text, leaving out what is drawn in forms: the charts (and the scorecard footer's page total). */
    private static List<String> textOutsideCharts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                public void showForm(PDFormXObject form) {
                    // a chart: not read
                }
            };
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    /** Every number of the JSON as the edition writes it, the numbers inside its texts, its dates, and the bundles' words. */
    private static Set<String> allowed(JsonNode json, Written w, Locale locale) throws IOException {
        Set<String> allowed = new TreeSet<>();
        collect(json, w, allowed);
        for (String bundle : List.of("texts.properties", "texts_" + locale.getLanguage() + ".properties")) {
            try (InputStream in = MinisterReport.class.getResourceAsStream(bundle)) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    p.values().forEach(v -> tokens(v.toString(), allowed));
                }
            }
        }
        return allowed;
    }

    private static void collect(JsonNode node, Written w, Set<String> allowed) {
        if (node.isNumber()) {
            double v = node.doubleValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                allowed.add(w.count((long) v));
                allowed.add(Long.toString((long) v)); // a line number
                allowed.add((v > 0 ? "+" : "") + w.count((long) v));
            }
            allowed.add(w.decimal(v));
            allowed.add(w.percent(v));
            allowed.add(w.percent(100 * v));
            allowed.add(w.signedRatio(v));
            allowed.add(w.change(v));
            allowed.add(plain(w, v));
        } else if (node.isString()) {
            tokens(node.stringValue(), allowed);
            dates(node.stringValue(), allowed);
            // A table cell wraps a long id at its hyphens (LB-2024-09-KOTA-16.74): each piece may stand alone.
            for (String piece : node.stringValue().split("-")) {
                tokens(piece, allowed);
            }
        } else {
            for (JsonNode child : node) {
                collect(child, w, allowed);
            }
            node.propertyNames().forEach(name -> {
                tokens(name, allowed);
                dates(name, allowed);
            });
        }
    }

    /** A setting as written: {@code 0,3}, {@code 90}. */
    private static String plain(Written w, double v) {
        String decimal = w.decimal(v);
        return v == Math.rint(v) ? w.count((long) v) : decimal.endsWith("0") ? decimal.substring(0, decimal.length() - 1) : decimal;
    }

    private static void tokens(String text, Set<String> allowed) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            allowed.add(m.group());
        }
    }

    /** The day, year, hour and minute a date, timestamp or month of the JSON prints with. */
    private static void dates(String text, Set<String> allowed) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(text);
            day(t.toLocalDate(), allowed);
            allowed.add(String.format(Locale.ROOT, "%02d.%02d", t.getHour(), t.getMinute()));
            allowed.add(String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()));
            return;
        } catch (DateTimeParseException notATimestamp) {
            // try the next shape
        }
        try {
            day(LocalDate.parse(text), allowed);
            return;
        } catch (DateTimeParseException notADate) {
            // try the next shape
        }
        try {
            allowed.add(Integer.toString(YearMonth.parse(text).getYear()));
        } catch (DateTimeParseException notAMonth) {
            // not a date
        }
    }

    private static void day(LocalDate date, Set<String> allowed) {
        allowed.add(Integer.toString(date.getDayOfMonth()));
        allowed.add(Integer.toString(date.getYear()));
    }
}
