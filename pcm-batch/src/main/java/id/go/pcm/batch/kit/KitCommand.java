package id.go.pcm.batch.kit;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.MonthFolder;
import id.go.pcm.agency.Agency;
import id.go.pcm.batch.cli.KitRequest;
import id.go.pcm.batch.job.Outcome;
import id.go.pcm.batch.output.OutputWriteException;
import id.go.pcm.batch.output.ScorecardNames;
import id.go.pcm.batch.settings.PcmSettings;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code --kits} (SPEC 10.3): writes the workbook each active agency fills in and sends back, from the
 * month's reference files read by the month's own rules ({@code types}, {@code agencies},
 * {@code narratives}). Like {@code --check} it starts no Spring context and no database and writes no
 * report; rejected reference rows are counted, and a rejected agency gets no kit. Its exit status means what
 * the run's does ({@link Outcome}: 0 written, 3 a reference file missing or unusable, 1 anything unexpected).
 */
public final class KitCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final PcmSettings settings;

    /**
     * @param out      where the progress lines go
     * @param err      where a failure's one line goes
     * @param settings the office's zone, its words and the evaluation's deadline day and default window
     */
    public KitCommand(PrintStream out, PrintStream err, PcmSettings settings) {
        this.out = out;
        this.err = err;
        this.settings = settings;
    }

    /**
     * Writes the month's kits.
     *
     * @param request the checked options
     * @return 0 written, 3 a reference file missing or unusable, 1 the folder could not be written
     */
    public int run(KitRequest request) {
        OffsetDateTime asOf = Objects.requireNonNullElseGet(request.asOf(),
                () -> OffsetDateTime.now(settings.zone()).truncatedTo(ChronoUnit.SECONDS));
        MonthEvaluation month = Monev.of(request.period(), asOf).withZone(settings.zone())
                .withSettings(settings.evaluation()).start();
        try {
            readReference(month, request.input());
        } catch (UnusableFileException e) {
            err.println("pcm: " + e.message(request.language()));
            return Outcome.INPUT_UNUSABLE;
        }
        List<Kit> kits = kits(month, asOf, request);
        try (KitFolder folder = KitFolder.stage(request.output(), request.period())) {
            KitWorkbook workbook = new KitWorkbook(new KitTexts(request.language(), settings.words(), settings.zone()), folder.staging());
            for (Kit kit : kits) {
                folder.write(kit.fileName(), workbook.write(kit));
            }
            folder.publish();
        } catch (OutputWriteException e) {
            err.println("pcm: " + e.operatorLine());
            return Outcome.UNEXPECTED;
        }
        out.println("PCM: " + kits.size() + (kits.size() == 1 ? " kit" : " kits") + " of " + request.period() + " in "
                + KitFolder.of(request.output(), request.period()));
        return Outcome.DONE;
    }

    /** The month's types when it has its own, its agencies and its narratives, by the month's rules. */
    private void readReference(MonthEvaluation month, Path input) {
        // the month folder's own files, as CSV or as workbooks (SPEC 10.1), as the month finds them
        MonthFolder folder = MonthFolder.of(input);
        folder.types().ifPresent(month::readTypes);
        for (MonthFile file : List.of(MonthFile.AGENCIES, MonthFile.NARRATIVES)) {
            Path path = folder.file(file);
            InputSummary summary = month.read(file, path, reject -> { });
            out.printf("%s: %d rows, %d accepted, %d rejected%s%n", summary.file(), summary.rows(), summary.accepted(),
                    summary.rejected(), summary.rejected() == 0 ? "" : file == MonthFile.AGENCIES
                            ? " (--check names them; a rejected agency gets no kit)"
                            : " (--check names them; a rejected narrative is in no kit)");
        }
    }

    /** One kit per active agency, by {@code agency_id}, named as its scorecard. */
    private List<Kit> kits(MonthEvaluation month, OffsetDateTime asOf, KitRequest request) {
        List<Agency> active = month.agencies().stream().filter(a -> a.isActiveIn(request.period()))
                .sorted(Comparator.comparing(Agency::id)).toList();
        Map<String, String> names = ScorecardNames.of(active.stream().map(Agency::id).toList(), ".xlsx");
        List<Narrative> narratives = month.narratives().stream().sorted(Comparator.comparing(Narrative::id)).toList();
        LocalDate lastDayOnTime = EvaluationMonth.lastDayOnTime(request.period(), settings.evaluation().deadlineDay());
        return active.stream().map(agency -> new Kit(agency, names.get(agency.id()),
                agency.type().name(request.language()), request.period(), lastDayOnTime, asOf,
                narratives.stream().filter(n -> n.targets().matches(agency)).toList(),
                narratives.stream().filter(n -> !n.targets().matches(agency)).toList())).toList();
    }
}
