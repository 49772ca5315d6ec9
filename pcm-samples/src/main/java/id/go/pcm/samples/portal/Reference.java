package id.go.pcm.samples.portal;

import id.go.pcm.FileCheck;
import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.MonthFolder;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The month's reference data (its {@code agencies.csv} and {@code narratives.csv}, and its
 * {@code types.csv} when the month's types of body are not the national ones, SPEC 9.1) as a check
 * needs it at one as-of time.
 *
 * <p>The narratives' own {@code FUTURE} rule depends on the as-of time, so a portal that checks "as of
 * now" reads the files again for each check, as the month's run at that moment would read them
 * (a few milliseconds for a month's registry), and so also sees a registry the ministry has replaced.
 * With a fixed as-of the reference is read once and shared by every check.
 */
final class Reference {

    private final YearMonth period;
    private final Path folder;
    private final ZoneId zone;
    private final Snapshot fixed;

    /**
     * @param period the evaluation month
     * @param folder the folder of the month's {@code agencies.csv} and {@code narratives.csv}, and of its
     *               {@code types.csv} when it has one
     * @param fixedAsOf the portal's fixed as-of time, or {@code null} for the time of each check
     * @param zone the office's zone, whose month the checks read
     * @throws UnusableFileException when a reference file is missing or unusable (read once here, so that
     *                               a wrong folder stops the portal at start)
     */
    Reference(YearMonth period, Path folder, OffsetDateTime fixedAsOf, ZoneId zone) {
        this.period = period;
        this.folder = folder;
        this.zone = zone;
        Snapshot first = read(fixedAsOf == null ? OffsetDateTime.now() : fixedAsOf);
        this.fixed = fixedAsOf == null ? null : first;
    }

    /**
     * @param asOf the time of the check (ignored when the portal's as-of is fixed)
     * @return the reference at that time
     * @throws UnusableFileException when a reference file has become missing or unusable
     */
    Snapshot at(OffsetDateTime asOf) {
        return fixed != null ? fixed : read(asOf);
    }

    /** @return whether the as-of time is fixed at start */
    boolean isFixed() {
        return fixed != null;
    }

    private Snapshot read(OffsetDateTime asOf) {
        // The types beside the agencies are the ones they are of (SPEC 9.1), as in the month's run and --check.
        // Each as CSV or as a workbook, found as the month's run finds them (SPEC 10.1).
        MonthFolder files = MonthFolder.of(folder);
        Monev monev = Monev.of(period, asOf).withZone(zone);
        Optional<Path> types = files.types();
        if (types.isPresent()) {
            monev = monev.withTypes(AgencyTypes.read(types.get()));
        }
        // One reading gives both the accepted agencies (for the page's list) and the check: the records
        // are handed to the check as an embedding system would hand its own (SPEC 6).
        MonthEvaluation month = monev.start();
        month.read(MonthFile.AGENCIES, files.file(MonthFile.AGENCIES), reject -> { });
        month.read(MonthFile.NARRATIVES, files.file(MonthFile.NARRATIVES), reject -> { });
        List<Agency> agencies = month.agencies().stream().sorted(Comparator.comparing(Agency::id)).toList();
        FileCheck check = monev.checkAgainst(agencies, month.narratives());
        return new Snapshot(asOf, check, agencies);
    }

    /**
     * The reference at one as-of time.
     *
     * @param asOf     the evaluation time of the checks made with it
     * @param check    the check, shared by any number of uploads at once
     * @param agencies the accepted agencies, by id, for the sender list
     */
    record Snapshot(OffsetDateTime asOf, FileCheck check, List<Agency> agencies) {
    }
}
