package id.go.pcm.samples;

import id.go.pcm.dissemination.Channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Writes a month of the five input files at any volume, the same files for the same seed. The shapes
 * are those of a real month: agencies that report on time, late or never and disseminate promptly,
 * slowly or not at all; evidence that comes in bursts after a narrative is issued; outlets whose
 * volumes follow a steep (Zipf) curve; press tone that differs by program; and, at {@code faultRate},
 * rows with the faults clerks really make. Rows are written as they are drawn: memory stays small at
 * any volume.
 *
 * <p>At scale 1 (the national volume): about 600 agencies, 40 narratives, 30,000 evidence rows and
 * 20,000 media items. The scale multiplies the evidence and media rows; agencies and narratives are
 * the nation's and stay as they are.
 *
 * <p>{@link #withFirstProvinces(int)} gives the month of a part of the nation instead: the central
 * bodies and the first few provinces with their regencies and cities, so tens of agencies rather than
 * hundreds, with as many evidence rows and media items as the scale asks (the agencies post more
 * each). That is a month for what does not depend on how many agencies there are (a run killed,
 * interrupted or cut from its database) and whose run writes a scorecard per agency.
 *
 * <p>{@link #kutaiTimur} gives a regional month instead (SPEC 9.5): Kabupaten Kutai Timur's office
 * evaluating its own units, with the sixth file {@code types.csv}; see {@link KutaiTimurEdition}.
 * Whatever the edition, the draws are the same: only who is evaluated and what they are told differ.
 */
public final class MonthGenerator {

    /** Evidence rows at scale 1. */
    public static final int EVIDENCE_PER_SCALE = 30_000;
    /** Media items at scale 1. */
    public static final int MEDIA_PER_SCALE = 20_000;
    /** Narratives in a month. */
    public static final int NARRATIVES = 40;
    /** The file of a month's types (SPEC 9.1), written by the editions that have their own. */
    public static final String TYPES_FILE = "types.csv";

    /** The id that faulty rows give a body no registry has. */
    static final String UNREGISTERED = "DINAS-TIDAK-TERDAFTAR";

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Channel[] CHANNELS = Channel.values();
    /** How often each channel is used, in {@link Channel} order. */
    private static final double[] CHANNEL_WEIGHTS = {20, 24, 6, 15, 5, 9, 9, 5, 2, 2, 1, 2};
    /** How often media items speak of each program, in the edition's order of programs. */
    private static final double[] PROGRAM_WEIGHTS = {5, 4, 3, 3, 2, 2, 1.5, 1.5, 1, 1};

    private final YearMonth period;
    private final double scale;
    private final long seed;
    private final double faultRate;
    private final Edition edition;
    private final ZoneId zone;
    private final MonthFormat format;
    private final Layout layout;

    /** Where a month's {@code reports} and {@code dissemination} rows go. */
    enum Layout {
        /** {@code reports} and {@code dissemination} in the month folder, in the generator's order. */
        FILES,
        /** One workbook per agency in {@code submissions/} ({@link SubmissionTables}). */
        SUBMISSIONS,
        /** The submissions' rows as one workbook each, in the order the month reads the submissions. */
        SUBMISSIONS_AS_ONE_FILE
    }

    /**
     * @param period    the month
     * @param scale     the volume, 1 being the national one
     * @param seed      the seed: the same seed gives the same files
     * @param faultRate the share of faulty rows (e.g. 0.005)
     */
    public MonthGenerator(YearMonth period, double scale, long seed, double faultRate) {
        this(period, scale, seed, faultRate, new NationalEdition(SampleAgencies.PROVINCES), MonthFormat.CSV, Layout.FILES);
    }

    private MonthGenerator(YearMonth period, double scale, long seed, double faultRate, Edition edition, MonthFormat format,
                           Layout layout) {
        if (scale <= 0 || faultRate < 0 || faultRate > 1) {
            throw new IllegalArgumentException("scale must be positive and faultRate within 0-1");
        }
        this.period = period;
        this.scale = scale;
        this.seed = seed;
        this.faultRate = faultRate;
        this.edition = edition;
        this.zone = edition.zone();
        this.format = format;
        this.layout = layout;
    }

    /**
     * The regional month of Kabupaten Kutai Timur (SPEC 9.5): its office's units, its types, in WITA.
     * At scale 1 about {@value KutaiTimurEdition#EVIDENCE_PER_SCALE} evidence rows and
     * {@value KutaiTimurEdition#MEDIA_PER_SCALE} media items; the desa and kelurahan of two kecamatan,
     * and above scale 1 of more (two per unit of scale, up to all 18).
     *
     * @param period    the month
     * @param scale     the volume, 1 being a regency's month
     * @param seed      the seed: the same seed gives the same files
     * @param faultRate the share of faulty rows; above 0 the registry and narratives get their faulty rows too
     * @return a generator of that regional month
     * @throws IllegalArgumentException when the scale is not positive or the fault rate not within 0-1
     */
    public static MonthGenerator kutaiTimur(YearMonth period, double scale, long seed, double faultRate) {
        if (scale <= 0) {
            throw new IllegalArgumentException("scale must be positive, not " + scale);
        }
        return new MonthGenerator(period, scale, seed, faultRate, new KutaiTimurEdition(scale), MonthFormat.CSV, Layout.FILES);
    }

    /**
     * The same month for a part of the nation: the central bodies and the first {@code provinces}
     * provinces with their regencies and cities ({@link SampleAgencies#withFirstProvinces(int)}); one
     * province gives 68 agencies, two give 102. The evidence and media volume is the scale's, as for
     * the nation. The registry's regency merged away last year and, among the faults, its miscoded
     * city are under a province of the month. {@code withFirstProvinces(SampleAgencies.PROVINCES)}
     * writes the nation's month.
     *
     * @param provinces how many provinces, 1 to {@link SampleAgencies#PROVINCES}
     * @return a generator of this period, scale, seed and fault rate for that part of the nation
     * @throws IllegalArgumentException when {@code provinces} is outside 1 to {@link SampleAgencies#PROVINCES}
     */
    public MonthGenerator withFirstProvinces(int provinces) {
        if (!(edition instanceof NationalEdition)) {
            throw new IllegalStateException("a part of the nation is a national month's; this generator writes a regional one");
        }
        return new MonthGenerator(period, scale, seed, faultRate, new NationalEdition(provinces), format, layout);
    }

    /**
     * The same month (the same draws, the same values) written in another form: {@link MonthFormat#XLSX}
     * writes each file as {@code NAME.xlsx}, each value in the cell a clerk's Excel would hold it in
     * ({@link ClerkSheet}). Only the faulty media row that CSV breaks with a stray delimiter
     * ({@code MALFORMED_ROW}) is broken in a workbook by a formula without its saved result in
     * {@code sentiment} ({@code MISSING_VALUE}): a workbook row cannot have too many fields.
     *
     * @param newFormat the form of the files
     * @return a generator of the same month in that form
     */
    public MonthGenerator withFormat(MonthFormat newFormat) {
        return new MonthGenerator(period, scale, seed, faultRate, edition, newFormat, layout);
    }

    /**
     * The same month (the same draws, the same values) as the agencies send it (SPEC 10.2): no
     * {@code reports} and {@code dissemination} in the folder, but one workbook per agency that sent a
     * row, {@code submissions/<agency_id>.xlsx}, with a {@code reports} and a {@code dissemination} sheet
     * ({@link SubmissionTables}). A row goes to the workbook of the agency whose clerk the draws gave it
     * to, whatever its {@code agency_id} column says (a clerk's wrong id stays in the clerk's workbook).
     * The other files are written in the generator's {@link MonthFormat}.
     *
     * @return a generator of the same month as submissions
     */
    public MonthGenerator withSubmissions() {
        return new MonthGenerator(period, scale, seed, faultRate, edition, format, Layout.SUBMISSIONS);
    }

    /**
     * The month of {@link #withSubmissions()} with the submissions' rows pasted into {@code reports.xlsx}
     * and {@code dissemination.xlsx} in the order the month reads the submissions: the same rows in one
     * file in the same order, which a month of submissions equals.
     *
     * @return a generator of that one-file month
     */
    MonthGenerator withSubmissionsAsOneFile() {
        return new MonthGenerator(period, scale, seed, faultRate, edition, format, Layout.SUBMISSIONS_AS_ONE_FILE);
    }

    /** @return the as-of time that suits the generated month: the 10th of the following month, 00:00 in the office's zone */
    public OffsetDateTime asOf() {
        return period.plusMonths(1).atDay(10).atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * Writes the five files, and {@code types.csv} for an edition with types of its own; as
     * {@code NAME.xlsx} instead in {@link MonthFormat#XLSX}.
     *
     * @param folder the month folder, created when missing
     * @return how many rows each file got
     */
    public Counts writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            Random random = new Random(seed);
            List<Agency> agencies = agencies(random);
            List<Narrative> narratives = narratives(random, agencies);
            Counts counts = new Counts();
            SubmissionTables sent = layout == Layout.FILES ? null : new SubmissionTables();
            counts.types = writeTypes(folder);
            counts.agencies = writeAgencies(folder, agencies, random);
            counts.narratives = writeNarratives(folder, narratives);
            counts.reports = writeReports(folder, sent, agencies, random);
            counts.evidence = writeEvidence(folder, sent, agencies, narratives, random);
            counts.media = writeMedia(folder, narratives, random);
            if (layout == Layout.SUBMISSIONS) {
                sent.writeTo(folder, asOf().toInstant());
            } else if (layout == Layout.SUBMISSIONS_AS_ONE_FILE) {
                sent.writeAsOneFileTo(folder, asOf().toInstant());
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows written per file. */
    public static final class Counts {
        long types;
        long agencies;
        long narratives;
        long reports;
        long evidence;
        long media;

        /** @return the rows of all five files */
        public long total() {
            return agencies + narratives + reports + evidence + media;
        }

        @Override
        public String toString() {
            return (types == 0 ? "" : "types=" + types + " ") + "agencies=" + agencies + " narratives=" + narratives + " reports=" + reports
                    + " dissemination=" + evidence + " media=" + media;
        }
    }

    /** How diligent an agency is: chance to report on time, chance to cover a narrative, hours to first evidence. */
    enum Diligence {
        EXCELLENT(1.0, 0.95, 6), GOOD(0.9, 0.85, 18), AVERAGE(0.7, 0.65, 48), POOR(0.3, 0.35, 120), SILENT(0, 0.05, 200);

        final double onTime;
        final double covers;
        final double hours;

        Diligence(double onTime, double covers, double hours) {
            this.onTime = onTime;
            this.covers = covers;
            this.hours = hours;
        }

        static Diligence draw(Random random) {
            double r = random.nextDouble();
            return r < 0.25 ? EXCELLENT : r < 0.6 ? GOOD : r < 0.85 ? AVERAGE : r < 0.95 ? POOR : SILENT;
        }
    }

    /**
     * A body of the month as the draws see it.
     *
     * @param body      the body
     * @param diligence how diligent it is
     * @param domain    the host of its website
     */
    record Agency(Edition.Body body, Diligence diligence, String domain) {
    }

    private record Narrative(String id, String title, String program, Instant issuedAt, Integer dueHours,
                             boolean high, String targets, List<Agency> targeted) {
    }

    private List<Agency> agencies(Random random) {
        List<Agency> agencies = new ArrayList<>();
        for (Edition.Body body : edition.bodies()) {
            agencies.add(new Agency(body, Diligence.draw(random), edition.domain(body)));
        }
        return agencies;
    }

    private List<Narrative> narratives(Random random, List<Agency> agencies) {
        List<String[]> programs = edition.programs();
        List<Narrative> narratives = new ArrayList<>();
        int days = period.lengthOfMonth();
        int count = edition.narratives();
        for (int n = 1; n <= count; n++) {
            String[] program = programs.get((n - 1) % programs.size());
            int day = 1 + (int) ((n - 1) * (days - 1) / (double) count);
            Instant issued = period.atDay(day).atTime(8 + random.nextInt(9), random.nextInt(60))
                    .atZone(zone).toInstant();
            Integer due = new Integer[]{24, 48, 72, null, 168}[random.nextInt(5)];
            String targets = targets(random.nextDouble(), random, agencies);
            narratives.add(new Narrative(String.format("N-%s-%03d", period, n), program[1] + " (" + n + ")", program[0],
                    issued, due, random.nextDouble() < 0.2, targets, targeted(targets, agencies)));
        }
        return narratives;
    }

    /** The targets of one narrative, written: {@code ALL}, one of the edition's groups, or a type and picks beside it. */
    private String targets(double kind, Random random, List<Agency> agencies) {
        Edition.Targeting targeting = edition.targeting();
        if (kind < 0.3) {
            return "ALL";
        } else if (kind < 0.6) {
            return targeting.first();
        } else if (kind < 0.8) {
            return targeting.second();
        }
        return withPicks(targeting.picksBeside(), targeting.picks(), random, agencies);
    }

    /**
     * The bodies that written targets name (SPEC 1.4, 9.1): all for {@code ALL}; else the bodies of the
     * types named (any case), in the registry's order, then those named by id, in the written order. That
     * is the order evidence is drawn in.
     */
    private static List<Agency> targeted(String targets, List<Agency> agencies) {
        if (targets.equals("ALL")) {
            return agencies;
        }
        List<String> words = List.of(targets.split("\\|"));
        List<Agency> targeted = new ArrayList<>(agencies.stream()
                .filter(a -> words.stream().anyMatch(word -> a.body.type().equalsIgnoreCase(word))).toList());
        for (String word : words) {
            agencies.stream().filter(a -> a.body.id().equals(word) && !targeted.contains(a)).forEach(targeted::add);
        }
        return targeted;
    }

    /**
     * Targets that name types and a few single bodies picked at random beyond them, as an office
     * names those it wants to hear from.
     *
     * @param types    the type words, {@code |}-separated
     * @param picks    how many draws of single bodies (a body already named is not named again)
     * @param random   the month's draws
     * @param agencies the bodies of the month
     * @return the targets, written
     */
    private static String withPicks(String types, int picks, Random random, List<Agency> agencies) {
        StringBuilder list = new StringBuilder(types);
        List<Agency> targeted = new ArrayList<>(targeted(types, agencies));
        for (int i = 0; i < picks; i++) {
            Agency pick = agencies.get(random.nextInt(agencies.size()));
            if (!targeted.contains(pick)) {
                targeted.add(pick);
                list.append('|').append(pick.body.id());
            }
        }
        return list.toString();
    }

    private MonthTable printer(Path folder, String name, String... header) throws IOException {
        return format.open(folder, name, asOf().toInstant(), header);
    }

    /** The month file {@code name}, or, in a month of submissions, the agencies' sheets of that name. */
    private MonthTable printer(Path folder, SubmissionTables sent, String name, String... header) throws IOException {
        return sent == null ? printer(folder, name, header) : sent.table(name, header);
    }

    private boolean fault(Random random) {
        return random.nextDouble() < faultRate;
    }

    /** Writes the edition's types, when it has its own: no file for the national types. */
    private long writeTypes(Path folder) throws IOException {
        List<String[]> types = edition.types();
        if (types.isEmpty()) {
            return 0;
        }
        try (MonthTable out = printer(folder, "types", "type", "name", "name_en", "parent_type", "region_code")) {
            for (String[] type : types) {
                out.row((Object[]) type);
            }
        }
        return types.size();
    }

    private long writeAgencies(Path folder, List<Agency> agencies, Random random) throws IOException {
        long rows = 0;
        try (MonthTable out = printer(folder, "agencies", "agency_id", "name", "type", "parent_id", "region_code", "active_from",
                "active_until")) {
            for (Agency a : agencies) {
                Edition.Body b = a.body;
                out.row(b.id(), b.name(), b.type(), b.parentId(), b.regionCode(), "", "");
                rows++;
            }
            for (Object[] row : edition.registryRows(period, agencies, faultRate > 0)) {
                out.row(row);
                rows++;
            }
        }
        return rows;
    }

    private long writeNarratives(Path folder, List<Narrative> narratives) throws IOException {
        try (MonthTable out = printer(folder, "narratives", "narrative_id", "title", "program", "issued_at", "priority", "due_hours",
                "targets")) {
            for (Narrative n : narratives) {
                out.row(n.id, n.title, n.program, iso(n.issuedAt), n.high ? "TINGGI" : "",
                        n.dueHours == null ? "" : n.dueHours, n.targets);
            }
            if (faultRate > 0) { // UNKNOWN_TARGET
                String[] faulty = edition.unknownTargetNarrative();
                out.row(String.format("N-%s-%03d", period, narratives.size() + 1), faulty[0], faulty[1],
                        iso(period.atDay(2).atTime(9, 0).atZone(zone).toInstant()), "", "", faulty[2]);
                return narratives.size() + 1;
            }
        }
        return narratives.size();
    }

    private long writeReports(Path folder, SubmissionTables sent, List<Agency> agencies, Random random) throws IOException {
        long rows = 0;
        Instant nextMonth = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        try (MonthTable out = printer(folder, sent, "reports", "report_id", "agency_id", "period", "submitted_at", "policies_count",
                "activities_count", "has_data", "has_agenda")) {
            for (Agency a : agencies) {
                Diligence d = a.diligence;
                if (d == Diligence.SILENT || (d == Diligence.POOR && random.nextBoolean())) {
                    continue;
                }
                boolean onTime = random.nextDouble() < d.onTime;
                int submissions = random.nextDouble() < 0.05 ? 2 : 1;
                for (int s = 0; s < submissions; s++) {
                    Instant submitted = onTime
                            ? nextMonth.minus(Duration.ofHours(72)).plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60)))
                            : nextMonth.plus(Duration.ofDays(5 + random.nextInt(4))).plus(Duration.ofMinutes(random.nextInt(1440)));
                    boolean broken = fault(random);
                    String reportId = "LB-" + period + "-" + a.body.id() + (s == 0 ? "" : "-" + s);
                    if (fault(random)) {
                        reportId = "LB-" + period + "-" + agencies.get(0).body.id(); // DUPLICATE_ID
                    }
                    out.sent(a.body.id(), reportId, a.body.id(),
                            broken ? period.minusMonths(1) : period, timestamp(submitted, random),
                            random.nextInt(d == Diligence.EXCELLENT ? 12 : 4), 1 + random.nextInt(40),
                            random.nextDouble() < 0.85 ? "ya" : "tidak", random.nextDouble() < 0.7 ? "ya" : "tidak");
                    rows++;
                }
            }
        }
        return rows;
    }

    private long writeEvidence(Path folder, SubmissionTables sent, List<Agency> agencies, List<Narrative> narratives, Random random)
            throws IOException {
        double coveredPairs = narratives.stream().flatMap(n -> n.targeted.stream()).mapToDouble(a -> a.diligence.covers).sum();
        double perPair = Math.max(1, edition.evidencePerScale() * scale / coveredPairs);
        Instant asOf = asOf().toInstant();
        long rows = 0;
        try (MonthTable out = printer(folder, sent, "dissemination", "evidence_id", "narrative_id", "agency_id", "channel", "published_at", "url",
                "proof_sha256", "reach", "engagement")) {
            for (Narrative n : narratives) {
                for (Agency a : n.targeted) {
                    if (random.nextDouble() >= a.diligence.covers) {
                        continue;
                    }
                    long count = 1 + geometric(random, perPair - 1);
                    Instant at = n.issuedAt.plus(hours(random, a.diligence.hours));
                    double spacing = 24 / Math.sqrt(count); // a burst: the more posts, the closer together
                    for (long i = 0; i < count; i++) {
                        evidence(out, ++rows, n, a, at.isAfter(asOf) ? asOf.minusSeconds(60 * (i + 1)) : at, random);
                        at = at.plus(hours(random, spacing));
                    }
                }
            }
            // Agencies spread narratives they were not asked to: counted by channel, not in coverage.
            for (int i = 0; i < narratives.size() * 5; i++) {
                Narrative n = narratives.get(random.nextInt(narratives.size()));
                Agency a = agencies.get(random.nextInt(agencies.size()));
                evidence(out, ++rows, n, a, n.issuedAt.plus(hours(random, 30)), random);
            }
        }
        return rows;
    }

    /** Writes one evidence row, sometimes with a clerk's fault. */
    private void evidence(MonthTable out, long number, Narrative n, Agency a, Instant at, Random random) throws IOException {
        Channel channel = CHANNELS[pick(random, CHANNEL_WEIGHTS)];
        String id = "BD-" + period + "-" + number;
        String url = channel.isOnline() || random.nextDouble() < 0.3
                ? "https://" + host(a, channel) + "/p/" + Long.toHexString(seed) + "-" + number : "";
        String proof = url.isEmpty() ? HexFormat.of().formatHex(sha(random)) : "";
        long reach = (long) Math.exp(5 + 2.5 * random.nextGaussian() * 0.6);
        Object narrativeId = n.id;
        Object agencyId = a.body.id();
        Object when = timestamp(at, random);
        if (fault(random)) {
            switch (random.nextInt(9)) {
                case 0 -> narrativeId = n.id + "-X"; // UNKNOWN_NARRATIVE
                case 1 -> url = channel.isOnline() ? "ftp://" + a.domain + "/" + number : url; // BAD_VALUE
                case 2 -> when = iso(n.issuedAt.minus(Duration.ofHours(3))); // BEFORE_ISSUE
                case 3 -> when = "besok pagi"; // BAD_VALUE
                case 4 -> agencyId = edition.inactiveId(); // INACTIVE_AGENCY
                case 5 -> agencyId = UNREGISTERED; // UNKNOWN_AGENCY
                case 6 -> id = "BD-" + period + "-" + Math.max(1, number - 1); // DUPLICATE_ID
                case 7 -> when = iso(asOf().toInstant().plus(Duration.ofDays(2))); // FUTURE
                default -> { // MISSING_VALUE
                    url = "";
                    proof = "";
                }
            }
        }
        out.sent(a.body.id(), id, narrativeId, agencyId, random.nextDouble() < 0.1 ? channel.name().toLowerCase() : channel,
                when, url, proof, random.nextDouble() < 0.8 ? indonesian(reach, random) : "",
                random.nextDouble() < 0.6 ? Long.toString(reach / 30) : "");
    }

    private long writeMedia(Path folder, List<Narrative> narratives, Random random) throws IOException {
        int outlets = edition.outlets();
        String[] stems = edition.outletStems();
        double[] outletWeights = new double[outlets];
        for (int i = 0; i < outlets; i++) {
            outletWeights[i] = 1 / Math.pow(i + 1, 1.1);
        }
        List<String[]> programs = edition.programs();
        int days = period.lengthOfMonth();
        double[] dayWeights = new double[days];
        for (int d = 0; d < days; d++) {
            LocalDate date = period.atDay(d + 1);
            dayWeights[d] = date.getDayOfWeek().getValue() >= 6 ? 0.6 : 1.0;
        }
        for (Narrative n : narratives) {
            int day = n.issuedAt.atZone(zone).getDayOfMonth() - 1;
            for (int d = day; d < Math.min(days, day + 3); d++) {
                dayWeights[d] += 0.4 / (1 + d - day);
            }
        }
        long items = Math.round(edition.mediaPerScale() * scale);
        try (MonthTable out = printer(folder, "media", "item_id", "published_at", "outlet", "media_type", "program", "sentiment",
                "reach", "narrative_id", "url")) {
            for (long i = 1; i <= items; i++) {
                int d = pick(random, dayWeights);
                ZonedDateTime at = period.atDay(d + 1).atStartOfDay(zone)
                        .plusMinutes(random.nextInt(24 * 60)).plusSeconds(random.nextInt(60));
                int o = pick(random, outletWeights);
                String outlet = stems[o % stems.length] + (o < stems.length ? "" : " " + (o / stems.length));
                String type = o % 7 == 6 ? "SOCIAL" : o % 11 == 10 ? "TV" : o % 13 == 12 ? "PRINT" : o % 17 == 16 ? "RADIO" : "ONLINE";
                String program = "";
                String sentiment;
                String cites = "";
                if (random.nextDouble() < 0.85) {
                    String[] p = programs.get(pick(random, PROGRAM_WEIGHTS));
                    program = p[0];
                    double r = random.nextDouble();
                    sentiment = r < Double.parseDouble(p[2]) ? "POSITIF" : r < Double.parseDouble(p[2]) + Double.parseDouble(p[3]) ? "NETRAL" : "NEGATIF";
                    if (random.nextDouble() < 0.1) {
                        String tag = program;
                        cites = narratives.stream().filter(n -> n.program.equals(tag) && n.issuedAt.isBefore(at.toInstant()))
                                .map(Narrative::id).reduce((first, second) -> second).orElse("");
                    }
                } else {
                    double r = random.nextDouble();
                    sentiment = r < 0.3 ? "POSITIVE" : r < 0.85 ? "NEUTRAL" : "NEGATIVE";
                }
                Object when = iso(at.toInstant());
                if (fault(random)) {
                    switch (random.nextInt(4)) {
                        case 0 -> when = iso(period.minusMonths(1).atDay(28).atStartOfDay(zone).toInstant());
                        case 1 -> sentiment = "CAMPUR";
                        case 2 -> cites = "N-TIDAK-ADA";
                        default -> { // MALFORMED_ROW in CSV, a formula without its result in a workbook
                            out.brokenRow("sentiment", "MI-" + period + "-" + i, when, outlet, type, program, sentiment, "", "", "");
                            continue;
                        }
                    }
                }
                out.row("MI-" + period + "-" + i, when, outlet, type, program, sentiment,
                        random.nextDouble() < 0.7 ? Long.toString(1000 + random.nextInt(500_000)) : "", cites,
                        random.nextDouble() < 0.9 ? "https://media-" + o + ".example.id/berita/" + i : "");
            }
        }
        return items;
    }

    private static String host(Agency agency, Channel channel) {
        return switch (channel) {
            case WEBSITE -> agency.domain;
            case INSTAGRAM -> "www.instagram.com";
            case X -> "x.com";
            case FACEBOOK -> "www.facebook.com";
            case YOUTUBE -> "www.youtube.com";
            case TIKTOK -> "www.tiktok.com";
            default -> "dokumentasi." + agency.domain;
        };
    }

    private static Duration hours(Random random, double mean) {
        return Duration.ofSeconds((long) (-Math.log(1 - random.nextDouble()) * mean * 3600));
    }

    /** Failures before a success with the given mean; 0 when the mean is not positive. */
    private static long geometric(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double p = 1 / (1 + mean);
        return (long) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }

    private static int pick(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static byte[] sha(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    private String iso(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Mostly ISO with offset; now and then the day-first form typed in the office's zone, as clerks do. */
    private String timestamp(Instant instant, Random random) {
        return random.nextDouble() < 0.1 ? instant.atZone(zone).format(DAY_FIRST) : iso(instant);
    }

    /** Now and then a number with Indonesian thousands separators, as spreadsheets export it. */
    private static String indonesian(long n, Random random) {
        if (n < 1000 || random.nextDouble() < 0.7) {
            return Long.toString(n);
        }
        return String.format(java.util.Locale.forLanguageTag("id"), "%,d", n);
    }
}
