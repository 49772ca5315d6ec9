package id.go.pcm;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.NarrativeRegistry;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.Priority;
import id.go.pcm.narrative.Targets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The month, agencies and narratives the rule tests share: September 2024, evaluated on
 * 10 October 2024 00:00 WIB.
 */
public final class Fixtures {

    /** The evaluation month. */
    public static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    /** The as-of time: 2024-10-10 00:00 WIB. */
    public static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");
    /** September 2024 as of {@link #AS_OF}. */
    public static final EvaluationMonth MONTH = new EvaluationMonth(SEPTEMBER, AS_OF);

    /** An active ministry. */
    public static final String KEMKES = "KEMKES";
    /** An active non-ministerial agency. */
    public static final String BRIN = "BRIN";
    /** An active province, region code 32. */
    public static final String JABAR = "PROV-JABAR";
    /** An active city of {@link #JABAR}, region code 32.73. */
    public static final String BANDUNG = "KOTA-BANDUNG";
    /** A ministry dissolved at the end of August 2024: accepted, not active in September. */
    public static final String OLD_MINISTRY = "KEMENPORA-LAMA";

    /** A narrative issued 2024-09-02 09:00 WIB to everyone. */
    public static final String N1 = "N-2024-09-001";
    /** When {@link #N1} was issued. */
    public static final Instant N1_ISSUED = OffsetDateTime.parse("2024-09-02T09:00:00+07:00").toInstant();
    /** A second narrative, issued 2024-09-10 08:00 WIB to cities. */
    public static final String N2 = "N-2024-09-002";

    private Fixtures() {
    }

    /** @return the evaluation month with another as-of time */
    public static EvaluationMonth monthAsOf(String asOf) {
        return new EvaluationMonth(SEPTEMBER, OffsetDateTime.parse(asOf));
    }

    /** @return the accepted agencies of September 2024 */
    public static AgencyRegistry agencies() {
        return new AgencyRegistry(SEPTEMBER, AgencyTypes.national(), List.of(
                new Agency(KEMKES, "Kementerian Kesehatan", AgencyType.KEMENTERIAN, null, null, null, null),
                new Agency(BRIN, "Badan Riset dan Inovasi Nasional", AgencyType.LEMBAGA, null, null,
                        LocalDate.of(2021, 4, 28), null),
                new Agency(JABAR, "Pemerintah Provinsi Jawa Barat", AgencyType.PROVINSI, null, "32", null, null),
                new Agency(BANDUNG, "Pemerintah Kota Bandung", AgencyType.KOTA, JABAR, "32.73", null, null),
                new Agency(OLD_MINISTRY, "Kementerian Lama", AgencyType.KEMENTERIAN, null, null,
                        LocalDate.of(2019, 10, 23), LocalDate.of(2024, 8, 31))));
    }

    /** @return the accepted narratives of September 2024 */
    public static NarrativeRegistry narratives() {
        return new NarrativeRegistry(List.of(
                new Narrative(N1, "Makan Bergizi Gratis", "makan-bergizi-gratis", N1_ISSUED, Priority.NORMAL, 72,
                        Targets.ALL),
                new Narrative(N2, "Cek Kesehatan Gratis", "cek-kesehatan-gratis",
                        OffsetDateTime.parse("2024-09-10T08:00:00+07:00").toInstant(), Priority.HIGH, 48,
                        new Targets(false, Set.of(AgencyType.KOTA), Set.of()))));
    }
}
