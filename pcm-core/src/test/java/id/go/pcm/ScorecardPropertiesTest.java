package id.go.pcm;

import id.go.pcm.dissemination.Channel;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** What must hold of the scorecards' figures for any month (SPEC 7): they add up to the nation's. */
class ScorecardPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void theScorecardsAddUpToTheNationalFigures() {
        qt().withExamples(MonthFolderPropertiesTest.EXAMPLES).forAll(MonthFolderPropertiesTest.shapes()).checkAssert(shape -> {
            GeneratedMonth generated = MonthGenerator.generate(shape, true);
            Path folder;
            try {
                folder = Files.createTempDirectory(dir, "month");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            MonthFolderWriter.write(generated, folder, MonthFolderPropertiesTest.layoutFor(shape.seed()), null,
                    new Random(shape.seed()));
            MonevResult result = Monev.of(generated.period(), generated.asOf()).evaluate(folder);
            MonthlyFigures figures = result.figures();

            assertEquals(figures.national().activeAgencies(), figures.agencies().size(), "one scorecard per active agency");
            long targeted = 0;
            long covered = 0;
            long onTime = 0;
            long[][] channels = new long[Channel.values().length][3];
            long attributed = 0;
            long[] attributedByRule = new long[RejectCode.values().length];
            for (AgencyFigures agency : figures.agencies()) {
                AgencyDetail detail = agency.detail();
                assertNotNull(detail, agency.agencyId());
                assertEquals(agency.targeted(), detail.pairs().size(), agency.agencyId() + " pairs");
                assertEquals(agency.covered(), detail.pairs().stream().filter(p -> p.status() != AgencyDetail.PairStatus.NOT_COVERED).count());
                assertEquals(agency.onTime(), detail.pairs().stream().filter(p -> p.status() == AgencyDetail.PairStatus.ON_TIME).count());
                assertTrue(detail.rankInType() >= 1 && detail.rankInType() <= detail.ofType(), agency.agencyId() + " rank");
                targeted += agency.targeted();
                covered += agency.covered();
                onTime += agency.onTime();
                for (Channel channel : Channel.values()) {
                    ChannelFigures c = detail.channels().get(channel);
                    channels[channel.ordinal()][0] += c.evidence();
                    channels[channel.ordinal()][1] += c.reach();
                    channels[channel.ordinal()][2] += c.engagement();
                }
                assertEquals(detail.rejectedRows().values().stream().mapToLong(Long::longValue).sum(), detail.rejectedTotal());
                for (var rule : detail.rejectedRows().entrySet()) {
                    attributed += rule.getValue();
                    attributedByRule[rule.getKey().ordinal()] += rule.getValue();
                }
                assertTrue(detail.rejectedFirst().size() <= AgencyDetail.REJECTED_LISTED);
            }
            assertEquals(figures.national().targetedPairs(), targeted, "targeted pairs");
            assertEquals(figures.national().coveredPairs(), covered, "covered pairs");
            assertEquals(figures.national().onTimePairs(), onTime, "on-time pairs");
            for (Channel channel : Channel.values()) {
                ChannelFigures national = figures.national().channels().get(channel);
                assertEquals(national, new ChannelFigures(channels[channel.ordinal()][0], channels[channel.ordinal()][1],
                        channels[channel.ordinal()][2]), channel.name());
            }
            long rejectsOfTheTwoFiles = result.input("reports.csv").rejected() + result.input("dissemination.csv").rejected();
            assertTrue(attributed <= rejectsOfTheTwoFiles, attributed + " attributed of " + rejectsOfTheTwoFiles);
            for (RejectCode code : RejectCode.values()) {
                long ofTheTwoFiles = result.rejects().stream()
                        .filter(r -> r.code() == code && (r.file().equals("reports.csv") || r.file().equals("dissemination.csv"))).count();
                assertTrue(attributedByRule[code.ordinal()] <= ofTheTwoFiles, code.name());
            }
        });
    }
}
