package id.go.pcm.evaluation;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.report.ReportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-type figures over a regional month's types (SPEC 9.1, 9.3): every type of the month in file
 * order where every type is listed, means only of types with active agencies, ranks within a type, the
 * children of every parent type, and the findings' type with most missing reports.
 */
class RegionalFiguresTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");
    private static final double EPS = 1e-9;

    /** BADAN has no agency; DESA comes before KECAMATAN in the alphabet, not in the file. */
    private static final String TYPES = """
            type,name,name_en,parent_type,region_code
            SEKRETARIAT,Sekretariat Daerah,Regional Secretariat,,
            DINAS,Dinas,Office,,
            KECAMATAN,Kecamatan,District,,NN.NN.NN
            DESA,Desa,Village,KECAMATAN,NN.NN.NN.NNNN
            KELURAHAN,Kelurahan,Urban Village,KECAMATAN,NN.NN.NN.NNNN
            BADAN,Badan,Agency,,
            """;
    private static final String AGENCIES = """
            agency_id,name,type,parent_id,region_code,active_from,active_until
            SETDA,Sekretariat Daerah Kabupaten Kutai Timur,sekretariat,,,,
            DISKOMINFO,"Dinas Komunikasi, Informatika, Statistik dan Persandian",DINAS,,,,
            DINKES,Dinas Kesehatan,Dinas,,,,
            KEC-A,Kecamatan Sangatta Utara,KECAMATAN,,64.08.01,,
            KEC-B,Kecamatan Muara Wahau,KECAMATAN,,64.08.02,,
            DESA-A1,Desa Sangatta Utara,DESA,KEC-A,64.08.01.2001,,
            DESA-A2,Desa Swarga Bara,desa,KEC-A,64.08.01.2002,,
            KEL-A1,Kelurahan Teluk Lingga,KELURAHAN,KEC-A,64.08.01.1001,,
            DESA-B1,Desa Wahau Baru,DESA,KEC-B,64.08.02.2001,,2024-08-31
            DESA-X,Desa Salah,DESA,KEC-A,64.08.02.2009,,
            """;
    private static final String REPORTS = """
            report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda
            LB-1,SETDA,2024-09,2024-10-01T10:00:00+07:00,1,1,ya,ya
            LB-2,DISKOMINFO,2024-09,2024-10-02T10:00:00+07:00,3,2,ya,ya
            LB-3,DINKES,2024-09,2024-10-08T10:00:00+07:00,1,1,ya,ya
            LB-4,KEC-B,2024-09,2024-10-03T10:00:00+07:00,1,1,tidak,tidak
            LB-5,DESA-A2,2024-09,2024-10-04T10:00:00+07:00,1,1,ya,ya
            LB-6,KEL-A1,2024-09,2024-10-05T10:00:00+07:00,1,1,ya,ya
            """;
    private static final String NARRATIVES = """
            narrative_id,title,program,issued_at,priority,due_hours,targets
            N-1,Gerakan Kutim Bersih,kutim-bersih,2024-09-02T09:00:00+07:00,,72,kecamatan|Desa
            """;
    private static final String EVIDENCE = """
            evidence_id,narrative_id,agency_id,channel,published_at,url,proof_sha256,reach,engagement
            E-1,N-1,KEC-A,WEBSITE,2024-09-03T10:00:00+07:00,https://sangattautara.kutaitimurkab.go.id/a,,100,5
            E-2,N-1,DESA-A1,INSTAGRAM,2024-09-10T10:00:00+07:00,https://instagram.com/p/1,,,
            """;
    private static final String MEDIA = "item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url\n";

    @TempDir
    Path dir;

    private MonevResult evaluate(String types) throws IOException {
        Files.writeString(dir.resolve("types.csv"), types);
        Files.writeString(dir.resolve("agencies.csv"), AGENCIES);
        Files.writeString(dir.resolve("reports.csv"), REPORTS);
        Files.writeString(dir.resolve("narratives.csv"), NARRATIVES);
        Files.writeString(dir.resolve("dissemination.csv"), EVIDENCE);
        Files.writeString(dir.resolve("media.csv"), MEDIA);
        return Monev.of(SEPTEMBER, AS_OF).evaluate(dir);
    }

    private static List<String> codes(Iterable<AgencyType> types) {
        List<String> codes = new java.util.ArrayList<>();
        types.forEach(t -> codes.add(t.code()));
        return codes;
    }

    private static AgencyFigures agency(MonthlyFigures figures, String id) {
        return figures.agencies().stream().filter(a -> a.agencyId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theMonthsTypesAreItsTypesCsvsAndItIsReadFirst() throws IOException {
        MonevResult result = evaluate(TYPES);

        assertEquals(List.of("SEKRETARIAT", "DINAS", "KECAMATAN", "DESA", "KELURAHAN", "BADAN"),
                codes(result.figures().types().all()));
        assertEquals(List.of("types.csv", "agencies.csv", "narratives.csv", "reports.csv", "dissemination.csv", "media.csv"),
                result.inputs().stream().map(InputSummary::file).toList());
        assertEquals(6, result.input("types.csv").accepted());
        assertEquals(List.of("agencies.csv 11 DESA-X BAD_REGION_CODE"),
                result.rejects().stream().map(r -> r.file() + " " + r.line() + " " + r.recordId() + " " + r.code()).toList());
    }

    @Test
    void reportsAndCategoriesByTypeListEveryTypeOfTheMonthInFileOrder() throws IOException {
        NationalFigures n = evaluate(TYPES).figures().national();

        List<String> all = List.of("SEKRETARIAT", "DINAS", "KECAMATAN", "DESA", "KELURAHAN", "BADAN");
        assertEquals(all, codes(n.reportsByType().keySet()));
        assertEquals(all, codes(n.categoriesByType().keySet()));
        assertEquals(Map.of(ReportStatus.ON_TIME, 1L, ReportStatus.LATE, 1L, ReportStatus.MISSING, 0L),
                n.reportsByType().get(typeOf(n, "DINAS")));
        assertEquals(Map.of(ReportStatus.ON_TIME, 1L, ReportStatus.LATE, 0L, ReportStatus.MISSING, 1L),
                n.reportsByType().get(typeOf(n, "KECAMATAN")));
        assertEquals(Map.of(ReportStatus.ON_TIME, 1L, ReportStatus.LATE, 0L, ReportStatus.MISSING, 1L),
                n.reportsByType().get(typeOf(n, "DESA")));
        assertEquals(0L, n.reportsByType().get(typeOf(n, "BADAN")).values().stream().mapToLong(Long::longValue).sum());
        assertEquals(0L, n.categoriesByType().get(typeOf(n, "BADAN")).values().stream().mapToLong(Long::longValue).sum());
        assertEquals(2L, n.categoriesByType().get(typeOf(n, "DESA")).values().stream().mapToLong(Long::longValue).sum());
        assertEquals(8, n.activeAgencies());
    }

    private static AgencyType typeOf(NationalFigures n, String code) {
        return n.reportsByType().keySet().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void meanScoreByTypeListsOnlyTypesWithActiveAgenciesInFileOrder() throws IOException {
        MonthlyFigures figures = evaluate(TYPES).figures();

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("SEKRETARIAT", 100.0);
        expected.put("DINAS", (100.0 + 50.0) / 2);
        expected.put("KECAMATAN", (70.0 + 15.0) / 2); // KEC-A: 0.5 C + 0.2 T = 70; KEC-B: 0.3 x 50 = 15
        expected.put("DESA", (50.0 + 30.0) / 2); // DESA-B1 is inactive
        expected.put("KELURAHAN", 100.0);
        Map<AgencyType, Double> actual = figures.national().meanScoreByType();
        assertEquals(List.copyOf(expected.keySet()), codes(actual.keySet()));
        actual.forEach((type, mean) -> assertEquals(expected.get(type.code()), mean, EPS, type.code()));
    }

    @Test
    void rankIsWithinTheAgencysType() throws IOException {
        MonthlyFigures figures = evaluate(TYPES).figures();

        for (String[] rank : new String[][] {{"SETDA", "1", "1"}, {"DISKOMINFO", "1", "2"}, {"DINKES", "2", "2"},
                {"KEC-A", "1", "2"}, {"KEC-B", "2", "2"}, {"DESA-A1", "1", "2"}, {"DESA-A2", "2", "2"}, {"KEL-A1", "1", "1"}}) {
            AgencyDetail detail = agency(figures, rank[0]).detail();
            assertEquals(Integer.parseInt(rank[1]), detail.rankInType(), rank[0] + " rank");
            assertEquals(Integer.parseInt(rank[2]), detail.ofType(), rank[0] + " of type");
        }
    }

    @Test
    void aParentTypesAgenciesListTheirActiveChildrenOfEveryType() throws IOException {
        MonthlyFigures figures = evaluate(TYPES).figures();

        AgencyDetail kecA = agency(figures, "KEC-A").detail();
        assertEquals(List.of("DESA-A1", "DESA-A2", "KEL-A1"), kecA.children());
        assertEquals((50.0 + 30.0 + 100.0) / 3, kecA.childrenMeanScore(), EPS);
        AgencyDetail kecB = agency(figures, "KEC-B").detail();
        assertEquals(List.of(), kecB.children(), "its only desa is inactive");
        assertNull(kecB.childrenMeanScore());
        assertEquals(List.of(), agency(figures, "DESA-A1").detail().children(), "no type's parent");
        assertEquals(List.of(), agency(figures, "DISKOMINFO").detail().children(), "no type's parent");
        assertEquals("KEC-A", agency(figures, "KEL-A1").detail().parentId());
        assertEquals("Kecamatan Sangatta Utara", agency(figures, "KEL-A1").detail().parentName());
    }

    @Test
    void theTypeWithMostMissingReportsGoesOnTiesToTheTypeListedFirst() throws IOException {
        MonthlyFigures figures = evaluate(TYPES).figures();

        assertEquals("KECAMATAN", Findings.mostMissing(figures).type().code(), "KECAMATAN is listed before DESA");
        assertEquals(1L, Findings.mostMissing(figures).count());
        assertEquals(List.of("KEC-A", "DESA-A1"), Findings.missing(figures).stream().map(AgencyFigures::agencyId).toList(),
                "missing agencies by the month's order of types");

        String desaFirst = TYPES.replace("KECAMATAN,Kecamatan,District,,NN.NN.NN\nDESA,Desa,Village,KECAMATAN,NN.NN.NN.NNNN\n",
                "DESA,Desa,Village,KECAMATAN,NN.NN.NN.NNNN\nKECAMATAN,Kecamatan,District,,NN.NN.NN\n");
        assertTrue(!desaFirst.equals(TYPES));
        MonthlyFigures reordered = evaluate(desaFirst).figures();
        assertEquals("DESA", Findings.mostMissing(reordered).type().code());
        assertEquals(List.of("DESA-A1", "KEC-A"), Findings.missing(reordered).stream().map(AgencyFigures::agencyId).toList());
    }
}
