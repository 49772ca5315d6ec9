package id.go.pcm.samples;

import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameFiles() throws IOException {
        new MonthGenerator(YearMonth.of(2024, 9), 0.1, 5, 0.01).writeTo(dir.resolve("a"));
        new MonthGenerator(YearMonth.of(2024, 9), 0.1, 5, 0.01).writeTo(dir.resolve("b"));
        for (String file : Monev.FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void aNationalMonthHasTheNationsAgenciesAndTheVolumeAsked() {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 1, 3, 0);
        MonthGenerator.Counts counts = generator.writeTo(dir);
        MonevResult result = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(dir);
        assertEquals(596, result.figures().national().activeAgencies(), "44 central bodies, 38 provinces, 514 regencies and cities");
        assertEquals(38, result.figures().agencies().stream().filter(a -> a.type() == AgencyType.PROVINSI).count());
        assertEquals(MonthGenerator.NARRATIVES, result.figures().national().narratives());
        assertEquals(MonthGenerator.MEDIA_PER_SCALE, counts.media);
        assertTrue(Math.abs(counts.evidence - MonthGenerator.EVIDENCE_PER_SCALE) < MonthGenerator.EVIDENCE_PER_SCALE * 0.25,
                "about 30,000 evidence rows: " + counts.evidence);
        assertEquals(0, result.rejects().size(), "no faults asked, none made: " + result.rejects().stream().limit(3).toList());
    }

    @Test
    void faultsOfEachKindAreRejectedAndTheRestAccepted() {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 0.5, 8, 0.02);
        generator.writeTo(dir);
        MonevResult result = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(dir);
        Set<RejectCode> codes = result.rejects().stream().map(Reject::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(RejectCode.class)));
        for (RejectCode expected : List.of(RejectCode.MALFORMED_ROW, RejectCode.MISSING_VALUE, RejectCode.BAD_VALUE,
                RejectCode.DUPLICATE_ID, RejectCode.UNKNOWN_AGENCY, RejectCode.INACTIVE_AGENCY, RejectCode.WRONG_PERIOD,
                RejectCode.UNKNOWN_TARGET, RejectCode.UNKNOWN_NARRATIVE, RejectCode.BEFORE_ISSUE, RejectCode.FUTURE,
                RejectCode.BAD_PARENT, RejectCode.BAD_REGION_CODE)) {
            assertTrue(codes.contains(expected), expected + " among " + codes);
        }
        result.inputs().forEach(input -> assertTrue(input.rejectRatio() < 0.1, input.toString()));
    }

    @Test
    void agenciesDifferInDiligence() {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 1, 4, 0);
        generator.writeTo(dir);
        MonevResult result = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(dir);
        var national = result.figures().national();
        national.reports().values().forEach(count -> assertTrue(count > 0, "on time, late and missing all occur: " + national.reports()));
        national.categories().values().forEach(count -> assertTrue(count > 0, "every category occurs: " + national.categories()));
        assertTrue(national.coveragePct() > 50 && national.coveragePct() < 95, "coverage " + national.coveragePct());
        var top = result.figures().media().topOutlets();
        assertTrue(top.get(0).items() > 3 * top.get(9).items(), "outlet volumes are steep: " + top);
    }
}
