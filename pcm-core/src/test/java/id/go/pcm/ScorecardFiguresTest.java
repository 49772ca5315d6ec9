package id.go.pcm;

import id.go.pcm.dissemination.Channel;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyDetail.PairStatus;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.report.ReportStatus;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The figures of SPEC 7's scorecards on a month worked out by hand: rank with ties, a superseded
 * resubmission, narratives on time, late and not covered, evidence for a narrative that did not
 * target the agency, rejected rows of both files attributed to the agency they name, a province's
 * regencies and cities, and an agency with nothing to improve.
 */
class ScorecardFiguresTest {

    @TempDir
    static Path dir;
    static MonevResult result;

    @BeforeAll
    static void evaluate() throws IOException {
        Path month = Files.createDirectories(dir.resolve("2024-09"));
        Files.writeString(month.resolve("agencies.csv"), """
                agency_id,name,type,parent_id,region_code
                PROV-JABAR,Pemerintah Provinsi Jawa Barat,PROVINSI,,32
                KOTA-BDG,Pemerintah Kota Bandung,KOTA,PROV-JABAR,32.73
                KAB-BGR,Pemerintah Kabupaten Bogor,KABUPATEN,PROV-JABAR,32.01
                KOTA-BKS,Pemerintah Kota Bekasi,KOTA,PROV-JABAR,32.75
                PROV-DKI,Pemerintah Provinsi DKI Jakarta,PROVINSI,,31
                KEMENKES,Kementerian Kesehatan,KEMENTERIAN,,
                KEMENDAG,Kementerian Perdagangan,KEMENTERIAN,,
                KEMENPAN,Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi,KEMENTERIAN,,
                """);
        Files.writeString(month.resolve("narratives.csv"), """
                narrative_id,title,program,issued_at,due_hours,targets
                N-1,Makan Bergizi Gratis,makan-bergizi-gratis,2024-09-02T08:00:00+07:00,72,ALL
                N-2,Cek Kesehatan Gratis,cek-kesehatan-gratis,2024-09-10T08:00:00+07:00,24,KOTA|KEMENKES
                """);
        Files.writeString(month.resolve("reports.csv"), """
                report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda
                R-1,KEMENKES,2024-09,2024-09-30T10:00:00+07:00,1,1,ya,ya
                R-2,KEMENKES,2024-09,2024-10-02T10:00:00+07:00,1,1,ya,ya
                R-3,KOTA-BDG,2024-09,2024-10-07T10:00:00+07:00,0,3,ya,tidak
                R-4,PROV-JABAR,2024-09,2024-10-03T10:00:00+07:00,2,2,ya,ya
                R-5,KAB-BGR,2024-08,2024-10-03T10:00:00+07:00,2,2,ya,ya
                R-6,KOTA-BKS,2024-09,2024-10-01T10:00:00+07:00,1,1,ya,ya
                R-7,KAB-BGR,2024-09
                """);
        Files.writeString(month.resolve("dissemination.csv"), """
                evidence_id,narrative_id,agency_id,channel,published_at,url,reach,engagement
                E-1,N-1,KEMENKES,WEBSITE,2024-09-02T10:00:00+07:00,https://kemkes.go.id/a,,
                E-2,N-2,KEMENKES,X,2024-09-12T10:00:00+07:00,https://x.com/kemkes/1,,
                E-3,N-1,PROV-JABAR,WEBSITE,2024-09-03T10:00:00+07:00,https://jabarprov.go.id/c,100,5
                E-4,N-2,PROV-JABAR,INSTAGRAM,2024-09-11T10:00:00+07:00,https://instagram.com/p/jabar,40,2
                E-5,N-1,KOTA-BDG,WEBSITE,2024-09-01T00:00:00+07:00,https://bandung.go.id/x,,
                E-6,N-1,KOTA-BDG,WEBSITE,2024-09-04T09:00:00+07:00,https://bandung.go.id/e,,
                E-8,N-1,KOTA-BDG,WEBSITE,2024-09-06T09:00:00+07:00,https://bandung.go.id/e,,
                E-9,N-1,KOTA-BKS,WEBSITE,2024-09-02T09:00:00+07:00,https://bekasikota.go.id/f,,
                E-10,N-2,KOTA-BKS,WEBSITE,2024-09-10T09:00:00+07:00,https://bekasikota.go.id/g,,
                """);
        Files.writeString(month.resolve("media.csv"), "item_id,published_at,outlet,media_type,sentiment\n");
        result = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00")).evaluate(month);
    }

    private static AgencyFigures agency(String id) {
        return result.figures().agencies().stream().filter(a -> a.agencyId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void scoresAsWorkedOutByHand() {
        assertEquals(90.0, agency("KEMENKES").score(), 1e-9); // 0.3·100 + 0.5·100 + 0.2·50
        assertEquals(42.5, agency("KOTA-BDG").score(), 1e-9); // 0.3·25 + 0.5·50 + 0.2·50
        assertEquals(100.0, agency("KOTA-BKS").score(), 1e-9);
        assertEquals(Category.KURANG, agency("KOTA-BDG").category());
    }

    @Test
    void rankAmongItsTypeWithTiesSharingARank() {
        assertEquals(List.of(1, 2, 2), List.of(agency("KEMENKES").detail().rankInType(), agency("KEMENDAG").detail().rankInType(),
                agency("KEMENPAN").detail().rankInType()));
        assertEquals(3, agency("KEMENDAG").detail().ofType());
        assertEquals(List.of(1, 2), List.of(agency("KOTA-BKS").detail().rankInType(), agency("KOTA-BDG").detail().rankInType()));
        assertEquals(1, agency("KAB-BGR").detail().rankInType());
        assertEquals(1, agency("KAB-BGR").detail().ofType());
    }

    @Test
    void theCountedReportWithItsItemsAndTheResubmissionsItSuperseded() {
        AgencyDetail kemenkes = agency("KEMENKES").detail();
        assertEquals(LocalDate.of(2024, 10, 5), kemenkes.deadline());
        assertEquals(Instant.parse("2024-10-02T03:00:00Z"), kemenkes.submittedAt());
        assertEquals(1, kemenkes.superseded());
        assertEquals(new AgencyDetail.CompletenessItems(true, true, true, true), kemenkes.completenessItems());

        AgencyDetail bandung = agency("KOTA-BDG").detail();
        assertEquals(ReportStatus.LATE, agency("KOTA-BDG").report());
        assertEquals(new AgencyDetail.CompletenessItems(false, true, true, false), bandung.completenessItems());
        assertEquals(0, bandung.superseded());

        AgencyDetail bogor = agency("KAB-BGR").detail();
        assertNull(bogor.submittedAt());
        assertNull(bogor.completenessItems());
        assertEquals(0, bogor.superseded());
    }

    @Test
    void everyNarrativeThatTargetedItWithItsStatus() {
        List<AgencyDetail.PairFigures> kemenkes = agency("KEMENKES").detail().pairs();
        assertEquals(List.of("N-1", "N-2"), kemenkes.stream().map(AgencyDetail.PairFigures::narrativeId).toList());
        assertEquals(List.of(PairStatus.ON_TIME, PairStatus.LATE), kemenkes.stream().map(AgencyDetail.PairFigures::status).toList());
        assertEquals(Instant.parse("2024-09-12T03:00:00Z"), kemenkes.get(1).firstEvidence());
        assertEquals(Instant.parse("2024-09-11T01:00:00Z"), kemenkes.get(1).dueAt());

        List<AgencyDetail.PairFigures> bandung = agency("KOTA-BDG").detail().pairs();
        assertEquals(List.of(PairStatus.ON_TIME, PairStatus.NOT_COVERED), bandung.stream().map(AgencyDetail.PairFigures::status).toList());
        assertNull(bandung.get(1).firstEvidence());
        // the evidence before the narrative's issue was rejected: the first accepted one counts
        assertEquals(Instant.parse("2024-09-04T02:00:00Z"), bandung.get(0).firstEvidence());
    }

    @Test
    void evidenceForANarrativeThatDidNotTargetItCountsInItsChannelsNotInItsPairs() {
        AgencyDetail jabar = agency("PROV-JABAR").detail();
        assertEquals(1, jabar.untargetedEvidence());
        assertEquals(List.of("N-1"), jabar.pairs().stream().map(AgencyDetail.PairFigures::narrativeId).toList());
        assertEquals(new ChannelFigures(1, 100, 5), jabar.channels().get(Channel.WEBSITE));
        assertEquals(new ChannelFigures(1, 40, 2), jabar.channels().get(Channel.INSTAGRAM));
        assertEquals(ChannelFigures.NONE, jabar.channels().get(Channel.TV));
        assertEquals(Channel.values().length, jabar.channels().size(), "every channel, zeros included");
    }

    @Test
    void rejectedRowsOfBothFilesGoToTheAgencyTheyName() {
        assertEquals(Map.of(RejectCode.WRONG_PERIOD, 1L), agency("KAB-BGR").detail().rejectedRows());
        assertEquals(List.of("reports.csv:6 WRONG_PERIOD"), brief(agency("KAB-BGR").detail().rejectedFirst()));
        assertEquals(Map.of(RejectCode.BEFORE_ISSUE, 1L, RejectCode.DUPLICATE_EVIDENCE, 1L), agency("KOTA-BDG").detail().rejectedRows());
        assertEquals(List.of("dissemination.csv:6 BEFORE_ISSUE", "dissemination.csv:8 DUPLICATE_EVIDENCE"),
                brief(agency("KOTA-BDG").detail().rejectedFirst()));
        // the malformed row R-7 has no readable agency_id: it is in the rejects, on no scorecard
        assertEquals(RejectCode.MALFORMED_ROW, result.rejects().stream().filter(r -> r.line() == 8 && r.file().equals("reports.csv"))
                .findFirst().orElseThrow().code());
        assertEquals(Map.of(), agency("KOTA-BKS").detail().rejectedRows());
    }

    @Test
    void aProvinceListsItsRegenciesAndCitiesWithTheirMeanScore() {
        AgencyDetail jabar = agency("PROV-JABAR").detail();
        assertEquals(List.of("KAB-BGR", "KOTA-BDG", "KOTA-BKS"), jabar.children());
        assertEquals((0 + 42.5 + 100) / 3, jabar.childrenMeanScore(), 1e-9);
        assertEquals(List.of(), agency("PROV-DKI").detail().children());
        assertNull(agency("PROV-DKI").detail().childrenMeanScore());
        assertEquals("PROV-JABAR", agency("KOTA-BDG").detail().parentId());
        assertEquals("Pemerintah Provinsi Jawa Barat", agency("KOTA-BDG").detail().parentName());
        assertNull(agency("KEMENKES").detail().parentId());
    }

    @Test
    void anAgencyWithNothingToImprove() {
        AgencyFigures bekasi = agency("KOTA-BKS");
        assertEquals(ReportStatus.ON_TIME, bekasi.report());
        assertEquals(1.0, bekasi.completeness());
        assertEquals(List.of(PairStatus.ON_TIME, PairStatus.ON_TIME), bekasi.detail().pairs().stream().map(AgencyDetail.PairFigures::status).toList());
        assertEquals(List.of(), bekasi.detail().rejectedFirst());
    }

    private static List<String> brief(List<Reject> rejects) {
        return rejects.stream().map(r -> r.file() + ":" + r.line() + " " + r.code()).toList();
    }
}
