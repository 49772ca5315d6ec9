package id.go.pcm.samples.embed;

import id.go.pcm.agency.AgencyCheck;
import id.go.pcm.agency.AgencyRules;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.dissemination.EvidenceRules;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthlyEvaluator;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.NarrativeRegistry;
import id.go.pcm.narrative.NarrativeRules;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.report.ReportRules;
import id.go.pcm.validation.Checked;
import id.go.pcm.validation.Row;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a system whose records live in its own database uses the pieces of pcm-core: its rows (here
 * maps, as a JDBC result set would give them) go through the same rules as the CSV files, and the
 * accepted records feed the evaluator in any order.
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
        EvaluationMonth month = new EvaluationMonth(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"));

        AgencyRules agencyRules = new AgencyRules(month.period());
        agencyRules.add(new DbRow("agency", 1, Map.of("agency_id", "PROV-JABAR", "name", "Pemerintah Provinsi Jawa Barat",
                "type", "PROVINSI", "region_code", "32")));
        agencyRules.add(new DbRow("agency", 2, Map.of("agency_id", "KOTA-32.73", "name", "Pemerintah Kota Bandung",
                "type", "KOTA", "parent_id", "PROV-JABAR", "region_code", "32.73")));
        AgencyCheck agencies = agencyRules.finish();

        NarrativeRules narrativeRules = new NarrativeRules(month, agencies.registry(), EvaluationSettings.DEFAULTS.defaultDueHours());
        List<Narrative> narratives = new ArrayList<>();
        accept(narrativeRules.check(new DbRow("narrative", 1, Map.of("narrative_id", "N-1", "title", "Makan Bergizi Gratis",
                "program", "makan-bergizi-gratis", "issued_at", "2024-09-02T09:00:00+07:00", "targets", "ALL"))), narratives);

        MonthlyEvaluator evaluator = new MonthlyEvaluator(month, EvaluationSettings.DEFAULTS, agencies.registry(),
                new NarrativeRegistry(narratives));
        ReportRules reportRules = new ReportRules(month, agencies.registry());
        EvidenceRules evidenceRules = new EvidenceRules(month, agencies.registry(), new NarrativeRegistry(narratives));

        List<PeriodicReport> reports = new ArrayList<>();
        accept(reportRules.check(new DbRow("report", 1, Map.of("report_id", "R-1", "agency_id", "KOTA-32.73",
                "period", "2024-09", "submitted_at", "2024-10-03T10:00:00+07:00", "policies_count", "2",
                "activities_count", "14", "has_data", "ya", "has_agenda", "ya"))), reports);
        reports.forEach(evaluator::add);

        List<DisseminationEvidence> evidence = new ArrayList<>();
        accept(evidenceRules.check(new DbRow("evidence", 1, Map.of("evidence_id", "E-1", "narrative_id", "N-1",
                "agency_id", "KOTA-32.73", "channel", "INSTAGRAM", "published_at", "2024-09-02T12:00:00+07:00",
                "url", "https://www.instagram.com/p/bandung-mbg"))), evidence);
        evidence.forEach(evaluator::add);

        MonthlyFigures figures = evaluator.figures();
        figures.agencies().forEach(a -> System.out.printf("%-12s report %-8s score %6.2f %s%n",
                a.agencyId(), a.report(), a.score(), a.category()));
    }

    /** Keeps an accepted record, and says why a rejected one was refused. */
    private static <T> void accept(Checked<T> checked, List<T> into) {
        if (checked.isAccepted()) {
            into.add(checked.value());
        } else {
            System.out.println("refused: " + checked.reject().messageEn());
        }
    }
}
