package id.go.pcm.samples.embed;

import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.Row;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How a system whose records live in its own database uses pcm-core: its rows (here maps, as a JDBC
 * result set would give them) are fed to the month file by file, and go through the same rules, in
 * the same order, with the same registries, as the CSV files of the monthly batch.
 */
public final class FeedFromDatabase {

    private FeedFromDatabase() {
    }

    /** A database row seen as the rules see a CSV row: column names to text values. */
    record DbRow(String file, long line, Map<String, String> values) implements Row {
        @Override
        public String value(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        MonthEvaluation month = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00")).start();
        Consumer<Reject> refused = reject -> System.out.println("refused: " + reject.messageEn());

        feed(month, MonthFile.AGENCIES, refused,
                new DbRow("agency", 1, Map.of("agency_id", "PROV-JABAR", "name", "Pemerintah Provinsi Jawa Barat",
                        "type", "PROVINSI", "region_code", "32")),
                new DbRow("agency", 2, Map.of("agency_id", "KOTA-32.73", "name", "Pemerintah Kota Bandung",
                        "type", "KOTA", "parent_id", "PROV-JABAR", "region_code", "32.73")));
        feed(month, MonthFile.NARRATIVES, refused,
                new DbRow("narrative", 1, Map.of("narrative_id", "N-1", "title", "Makan Bergizi Gratis",
                        "program", "makan-bergizi-gratis", "issued_at", "2024-09-02T09:00:00+07:00", "targets", "ALL")));
        feed(month, MonthFile.REPORTS, refused,
                new DbRow("report", 1, Map.of("report_id", "R-1", "agency_id", "KOTA-32.73",
                        "period", "2024-09", "submitted_at", "2024-10-03T10:00:00+07:00", "policies_count", "2",
                        "activities_count", "14", "has_data", "ya", "has_agenda", "ya")));
        feed(month, MonthFile.DISSEMINATION, refused,
                new DbRow("evidence", 1, Map.of("evidence_id", "E-1", "narrative_id", "N-1",
                        "agency_id", "KOTA-32.73", "channel", "INSTAGRAM", "published_at", "2024-09-02T12:00:00+07:00",
                        "url", "https://www.instagram.com/p/bandung-mbg")));
        feed(month, MonthFile.MEDIA, refused);

        MonthlyFigures figures = month.figures();
        figures.agencies().forEach(a -> System.out.printf("%-12s report %-8s score %6.2f %s%n",
                a.agencyId(), a.report(), a.score(), a.category()));
    }

    /** Feeds one "file" of database rows; they come from no file, so they have no checksum. */
    private static void feed(MonthEvaluation month, MonthFile file, Consumer<Reject> refused, Row... rows) {
        MonthEvaluation.Feed feed = month.open(file, refused);
        for (Row row : rows) {
            feed.accept(row);
        }
        feed.finish(null, List.of());
    }
}
