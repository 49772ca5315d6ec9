package id.go.pcm.samples.bench;

import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.internal.csv.CsvFile;
import id.go.pcm.internal.csv.CsvRow;
import id.go.pcm.internal.evaluation.MonthlyEvaluator;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.EvidenceRules;
import id.go.pcm.internal.rules.NarrativeRegistry;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.samples.MonthGenerator;
import id.go.pcm.internal.Checked;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JMH benchmarks of pcm-core's hot path on the evidence file of a national month (about 30,000 rows),
 * held in memory: the bare Commons CSV parse is the baseline the others are read against, in the same
 * run. Each operation is the whole file.
 *
 * <pre>
 * java -cp pcm-samples/target/pcm-samples-0.1.0-SNAPSHOT.jar org.openjdk.jmh.Main HotPathBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathBenchmark {

    private EvaluationMonth month;
    private AgencyRegistry agencies;
    private NarrativeRegistry narratives;
    private byte[] evidence;
    private List<CsvRow> evidenceRows;

    /**
     * Generates a national month and reads its registries.
     *
     * @throws IOException when the scratch folder cannot be written
     */
    @Setup
    public void generate() throws IOException {
        Path folder = Files.createTempDirectory("pcm-jmh-");
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 1, 42, 0.005);
        generator.writeTo(folder);
        month = new EvaluationMonth(YearMonth.of(2024, 9), generator.asOf());
        MonthEvaluation registries = Monev.of(month.period(), month.asOf()).start();
        registries.read(MonthFile.AGENCIES, folder.resolve(MonthFile.AGENCIES.fileName()), reject -> { });
        registries.read(MonthFile.NARRATIVES, folder.resolve(MonthFile.NARRATIVES.fileName()), reject -> { });
        agencies = new AgencyRegistry(month.period(), registries.types(), registries.agencies());
        narratives = new NarrativeRegistry(registries.narratives());
        evidence = Files.readAllBytes(folder.resolve(MonthFile.DISSEMINATION.fileName()));
        evidenceRows = new ArrayList<>();
        try (CsvFile csv = evidenceFile()) {
            for (CsvRow row : csv) {
                evidenceRows.add(row);
            }
        }
    }

    private CsvFile evidenceFile() {
        return CsvFile.open(MonthFile.DISSEMINATION.fileName(), new ByteArrayInputStream(evidence), EvidenceRules.COLUMNS);
    }

    /**
     * The baseline: Commons CSV alone, touching every field.
     *
     * @param sink keeps the fields from being optimised away
     * @throws IOException never, the bytes are in memory
     */
    @Benchmark
    public void bareCommonsCsvParse(Blackhole sink) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(evidence), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                for (String value : record) {
                    sink.consume(value);
                }
            }
        }
    }

    /**
     * pcm-core's reading: strict UTF-8, line numbers, header mapping, trimming, the file's SHA-256.
     *
     * @param sink keeps the rows
     */
    @Benchmark
    public void csvFileRead(Blackhole sink) {
        try (CsvFile csv = evidenceFile()) {
            for (CsvRow row : csv) {
                sink.consume(row);
            }
        }
    }

    /**
     * Every rule of SPEC 1.5 on rows already read.
     *
     * @param sink keeps the results
     */
    @Benchmark
    public void evidenceRulesCheck(Blackhole sink) {
        EvidenceRules rules = new EvidenceRules(month, agencies, narratives);
        for (CsvRow row : evidenceRows) {
            sink.consume(rules.check(row));
        }
    }

    /**
     * The whole of pcm-core's work on the file: read, check, evaluate.
     *
     * @return the figures, so that nothing is optimised away
     */
    @Benchmark
    public Object readCheckAndEvaluate() {
        MonthlyEvaluator evaluator = new MonthlyEvaluator(month, EvaluationSettings.DEFAULTS, agencies, narratives);
        EvidenceRules rules = new EvidenceRules(month, agencies, narratives);
        try (CsvFile csv = evidenceFile()) {
            for (CsvRow row : csv) {
                Checked<DisseminationEvidence> checked = rules.check(row);
                if (checked.isAccepted()) {
                    evaluator.add(checked.value());
                }
            }
        }
        return evaluator.figures();
    }
}
