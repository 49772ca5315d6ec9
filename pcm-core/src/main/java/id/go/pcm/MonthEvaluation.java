package id.go.pcm;

import id.go.pcm.internal.Checked;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.internal.csv.RowFile;
import id.go.pcm.internal.evaluation.MonthlyEvaluator;
import id.go.pcm.internal.workbook.RowFiles;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.AgencyRules;
import id.go.pcm.internal.rules.EvidenceRules;
import id.go.pcm.internal.rules.FileColumns;
import id.go.pcm.internal.rules.MediaRules;
import id.go.pcm.internal.rules.NarrativeRegistry;
import id.go.pcm.internal.rules.NarrativeRules;
import id.go.pcm.internal.rules.ReportRules;
import id.go.pcm.internal.rules.TypesFile;
import id.go.pcm.media.MediaItem;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.Row;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One month's evaluation, fed file by file (SPEC 1 and 2): the one path every reader of a month takes,
 * {@link Monev#evaluate}, the monthly batch, a system feeding its own rows and the self-check alike.
 * It owns the reading order, the registries the files refer to, the evaluator and each file's
 * summary, so no caller needs to know which file needs which registry.
 *
 * <pre>{@code
 * MonthEvaluation month = Monev.of(YearMonth.of(2024, 9), asOf).start();
 * for (MonthFile file : MonthFile.values()) {
 *     month.read(file, MonthFolder.of(folder).file(file), rejects::add);
 * }
 * MonthlyFigures figures = month.figures();
 * }</pre>
 *
 * <p>Files are fed in {@link MonthFile} order: agencies, then narratives, then reports,
 * dissemination and media in any order, each once. Those three may be fed from three threads at
 * once; everything else from one thread at a time. Rejects are handed to the caller as they are found
 * (those of {@code agencies.csv} at the end of the file, in line order, since a regency's parent may
 * come later); memory grows with the registries, the figures and duplicate detection, not with rows.
 */
public final class MonthEvaluation {

    private final EvaluationMonth month;
    private final EvaluationSettings settings;
    private final boolean evaluating;
    private final Map<MonthFile, InputSummary> inputs = new EnumMap<>(MonthFile.class);
    private final Map<MonthFile, Boolean> opened = new EnumMap<>(MonthFile.class);
    private AgencyTypes types;
    private InputSummary typesInput;
    private volatile AgencyRegistry agencies;
    private volatile NarrativeRegistry narratives;
    private volatile MonthlyEvaluator evaluator;

    MonthEvaluation(EvaluationMonth month, EvaluationSettings settings, AgencyTypes types) {
        this(month, settings, types, true, null, null);
    }

    /**
     * @param types      the month's types, until a {@code types.csv} read here replaces them
     * @param evaluating whether accepted rows are evaluated (a check only checks them)
     * @param agencies   the month's accepted agencies when given as reference, else read from the file
     * @param narratives the month's accepted narratives when given as reference
     */
    MonthEvaluation(EvaluationMonth month, EvaluationSettings settings, AgencyTypes types, boolean evaluating,
                    AgencyRegistry agencies, NarrativeRegistry narratives) {
        this.month = Objects.requireNonNull(month, "month");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.types = Objects.requireNonNull(types, "types");
        this.evaluating = evaluating;
        this.agencies = agencies;
        this.narratives = narratives;
    }

    /** @return the month and as-of time */
    public EvaluationMonth month() {
        return month;
    }

    /** @return the settings in force */
    public EvaluationSettings settings() {
        return settings;
    }

    /** @return the month's types: those of its {@code types.csv} once read, else those it was started with */
    public synchronized AgencyTypes types() {
        return types;
    }

    /**
     * Reads the month's {@code types.csv} (SPEC 9.1), before {@code agencies.csv}: its types replace
     * those the evaluation was started with. A fault refuses the whole file.
     *
     * @param path where it is
     * @return its summary: every row accepted
     * @throws UnusableFileException when the file is missing, unusable or breaks SPEC 9.1
     * @throws IllegalStateException after {@code agencies.csv} is opened, or when read twice
     */
    public InputSummary readTypes(Path path) {
        beforeAgencies();
        try (RowFile types = RowFiles.open(path, TypesFile.COLUMNS, List.of())) {
            return typesRead(types);
        }
    }

    /**
     * Reads the month's {@code types.csv} from a stream, as {@link #readTypes(Path)} does.
     *
     * @param in its bytes; closed when read
     * @return its summary
     * @throws UnusableFileException when the stream is unusable or breaks SPEC 9.1
     * @throws IllegalStateException after {@code agencies.csv} is opened, or when read twice
     */
    public InputSummary readTypes(InputStream in) {
        return readTypes(AgencyTypes.FILE_NAME, in);
    }

    /**
     * Reads the month's types from a stream carrying a file of that name: {@code types.xlsx} (any case)
     * as a workbook, {@code types.csv} as CSV (SPEC 10.1); otherwise as {@link #readTypes(Path)} does.
     *
     * @param fileName the file's name, as refusals name it
     * @param in       its bytes; closed when read
     * @return its summary
     * @throws UnusableFileException when the stream is unusable or breaks SPEC 9.1
     * @throws IllegalStateException after {@code agencies.csv} is opened, or when read twice
     */
    public InputSummary readTypes(String fileName, InputStream in) {
        beforeAgencies();
        try (RowFile types = RowFiles.open(fileName, in, TypesFile.COLUMNS, List.of())) {
            return typesRead(types);
        }
    }

    private synchronized void beforeAgencies() {
        if (typesInput != null || opened.containsKey(MonthFile.AGENCIES) || agencies != null) {
            throw new IllegalStateException(AgencyTypes.FILE_NAME + " is read once, before agencies.csv");
        }
    }

    private synchronized InputSummary typesRead(RowFile csv) {
        types = TypesFile.read(csv);
        typesInput = new InputSummary(AgencyTypes.FILE_NAME, csv.rows(), csv.rows(), 0, List.copyOf(csv.unknownColumns()),
                List.of(new InputSummary.SourceFile(csv.name(), csv.sha256(), csv.rows())));
        return typesInput;
    }

    /**
     * Reads one file of the month whole: a {@code NAME.xlsx} path (any case) as a workbook, any other as
     * CSV (SPEC 10.1). Rejects name the file as it is named ({@code dissemination.xlsx}); the summary
     * keeps the month file's name and carries the file's SHA-256.
     *
     * @param file    which of the five it is
     * @param path    where it is ({@link MonthFolder#file} finds it in a month folder); its name, as
     *                the folder gives it, is the one rejects carry
     * @param rejects takes each rejected row as it is found
     * @return the file's summary
     * @throws UnusableFileException when the file is missing or unusable (SPEC 1.1, 10.1), or is a
     *                               {@code .xls}, {@code .xlsm}, {@code .xlsb} or {@code .ods} file
     * @throws IllegalStateException when the file comes out of order or twice
     */
    public InputSummary read(MonthFile file, Path path, Consumer<Reject> rejects) {
        Feed feed = open(file, rejects);
        try (RowFile rows = RowFiles.open(path, FileColumns.of(file), FileColumns.kitColumns(file))) {
            return feed.readAll(rows);
        }
    }

    /**
     * Reads one file of the month whole from its sources in order, as one file (SPEC 10.2): the
     * folder's own file, then each submission's sheet ({@link MonthFolder#sources}). Rules that speak
     * of earlier rows read them in that order; each source keeps its own header and row numbers, and
     * rejects name the source ({@code submissions/A.xlsx#reports}).
     *
     * @param file    which of the five it is
     * @param sources where its rows are, in reading order; none for a file without rows
     * @param rejects takes each rejected row as it is found
     * @return the file's summary, whose {@code files} lists every source read
     * @throws UnusableFileException when a source is missing or unusable
     * @throws IllegalStateException when the file comes out of order or twice
     */
    public InputSummary read(MonthFile file, List<InputSource> sources, Consumer<Reject> rejects) {
        return readSources(open(file, rejects), sources);
    }

    /** Feeds a file's sources in order, each opened, read to its end and closed, then finishes the file. */
    static InputSummary readSources(Feed feed, List<InputSource> sources) {
        MonthFile file = feed.file();
        List<InputSummary.SourceFile> read = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (InputSource source : sources) {
            try (RowFile rows = RowFiles.open(source, FileColumns.of(file), FileColumns.kitColumns(file))) {
                for (Row row = rows.nextRow(); row != null; row = rows.nextRow()) {
                    feed.accept(row);
                }
                read.add(new InputSummary.SourceFile(rows.name(), rows.sha256(), rows.rows()));
                unknown.addAll(rows.unknownColumns());
            }
        }
        return feed.finishFrom(read, List.copyOf(unknown));
    }

    /**
     * Reads one file of the month whole, from a stream carrying a file of that name (an upload): a
     * {@code NAME.xlsx} name (any case) as a workbook, any other as CSV (SPEC 10.1).
     *
     * @param file     which of the five it is
     * @param fileName the name of the file the stream carries, which rejects carry ({@code reports.xlsx})
     * @param in       its bytes; closed when read
     * @param rejects  takes each rejected row as it is found
     * @return the file's summary
     * @throws UnusableFileException when the stream is unusable (SPEC 1.1, 10.1), or the name is that of
     *                               a {@code .xls}, {@code .xlsm}, {@code .xlsb} or {@code .ods} file
     * @throws IllegalStateException when the file comes out of order or twice
     */
    public InputSummary read(MonthFile file, String fileName, InputStream in, Consumer<Reject> rejects) {
        Feed feed = open(file, rejects);
        try (RowFile rows = RowFiles.open(fileName, in, FileColumns.of(file), FileColumns.kitColumns(file))) {
            return feed.readAll(rows);
        }
    }

    /**
     * Reads one file of the month whole, from a stream (an upload, a database column).
     *
     * @param file    which of the five it is; its name is the one rejects carry
     * @param in      its bytes; closed when read
     * @param rejects takes each rejected row as it is found
     * @return the file's summary
     * @throws UnusableFileException when the stream is unusable (SPEC 1.1)
     * @throws IllegalStateException when the file comes out of order or twice
     */
    public InputSummary read(MonthFile file, InputStream in, Consumer<Reject> rejects) {
        return read(file, file.fileName(), in, rejects);
    }

    /**
     * Starts a file that the caller feeds row by row: from its own reader (the batch's steps), or from
     * rows it keeps elsewhere (a database).
     *
     * @param file    which of the five it is
     * @param rejects takes each rejected row as it is found
     * @return the file's feed
     * @throws IllegalStateException when the file comes out of order or twice
     */
    public Feed open(MonthFile file, Consumer<Reject> rejects) {
        return open(file, rejects, null);
    }

    /**
     * @param sender the agency that sends the file, for the check's {@code OTHER_AGENCY} rule
     *               (SPEC 6), applied after all the month's rules; {@code null} in the month's run
     */
    synchronized Feed open(MonthFile file, Consumer<Reject> rejects, String sender) {
        Objects.requireNonNull(rejects, "rejects");
        if (opened.putIfAbsent(file, true) != null) {
            throw new IllegalStateException(file.fileName() + " is already read in this month");
        }
        return switch (file) {
            case AGENCIES -> new AgencyFeed(rejects);
            case NARRATIVES -> {
                List<Narrative> accepted = new ArrayList<>();
                yield new RowFeed<>(file, new NarrativeRules(month, agencyRegistry(), settings.defaultDueHours())::check,
                        accepted::add, rejects, () -> registerNarratives(new NarrativeRegistry(accepted)), null);
            }
            case REPORTS -> {
                Consumer<PeriodicReport> evaluate = evaluating ? evaluator()::add : report -> { };
                yield new RowFeed<>(file, new ReportRules(month, agencyRegistry())::check, evaluate, rejects, () -> { },
                        sender == null ? null : (row, report) -> SenderRule.otherAgency(row, report.id(), report.agencyId(), sender));
            }
            case DISSEMINATION -> {
                Consumer<DisseminationEvidence> evaluate = evaluating ? evaluator()::add : evidence -> { };
                yield new RowFeed<>(file, new EvidenceRules(month, agencyRegistry(), narrativeRegistry())::check, evaluate, rejects, () -> { },
                        sender == null ? null
                                : (row, evidence) -> SenderRule.otherAgency(row, evidence.id(), evidence.agencyId(), sender));
            }
            case MEDIA -> {
                Consumer<MediaItem> evaluate = evaluating ? evaluator()::add : item -> { };
                yield new RowFeed<>(file, new MediaRules(month, narrativeRegistry())::check, evaluate, rejects, () -> { }, null);
            }
        };
    }

    /**
     * One file being fed to the month, row by row in file order. Not thread-safe.
     */
    public abstract static sealed class Feed permits AgencyFeed, RowFeed {

        private final MonthFile file;
        private long rows;
        private long rejected;
        private boolean finished;

        private Feed(MonthFile file) {
            this.file = file;
        }

        /** @return the file being fed */
        public final MonthFile file() {
            return file;
        }

        /**
         * Checks one row with the file's rules; an accepted row goes on to the month.
         *
         * @param row the next row of the file
         */
        public final void accept(Row row) {
            if (finished) {
                throw new IllegalStateException(file.fileName() + " is finished");
            }
            rows++;
            check(row);
        }

        abstract void check(Row row);

        /** Records a rejected row and hands it to the caller. */
        final void rejected(Consumer<Reject> rejects, Reject reject) {
            rejected++;
            rejects.accept(reject);
        }

        /**
         * Ends the file: the month takes what it accepted (a registry takes effect), and the summary is
         * recorded.
         *
         * @param sha256         the SHA-256 of the file's bytes, or {@code null} for rows that came from no file
         * @param unknownColumns the header columns the rules do not know
         * @return the file's summary
         */
        public final InputSummary finish(String sha256, List<String> unknownColumns) {
            return finishFrom(sha256 == null ? List.of() : List.of(new InputSummary.SourceFile(file.fileName(), sha256, rows)),
                    unknownColumns);
        }

        /**
         * Ends the file, whose rows were read from one file under its own name (a workbook,
         * {@code dissemination.xlsx}).
         *
         * @param source         the file read, named as its rows' rejects name it
         * @param sha256         the SHA-256 of its bytes
         * @param unknownColumns the header columns the rules do not know
         * @return the file's summary
         */
        public final InputSummary finish(String source, String sha256, List<String> unknownColumns) {
            return finishFrom(List.of(new InputSummary.SourceFile(source, sha256, rows)), unknownColumns);
        }

        /**
         * Ends the file, whose rows were read from several sources in order, as one file (SPEC 10.2:
         * the folder's own file, then the submissions' sheets).
         *
         * @param sources        the files and sheets read, in reading order, each named as its rows'
         *                       rejects name it, with its SHA-256 and its rows
         * @param unknownColumns the header columns the rules do not know, of every source
         * @return the file's summary
         */
        public final InputSummary finishFrom(List<InputSummary.SourceFile> sources, List<String> unknownColumns) {
            if (finished) {
                throw new IllegalStateException(file.fileName() + " is finished");
            }
            settle();
            finished = true;
            InputSummary summary = new InputSummary(file.fileName(), rows, rows - rejected, rejected, unknownColumns, sources);
            completed(summary);
            return summary;
        }

        /**
         * Feeds every row of an open file, then finishes with its name, checksum and unknown columns.
         *
         * @param rowFile the file, positioned after its header
         * @return the file's summary
         */
        final InputSummary readAll(RowFile rowFile) {
            for (Row row = rowFile.nextRow(); row != null; row = rowFile.nextRow()) {
                accept(row);
            }
            return finish(rowFile.name(), rowFile.sha256(), List.copyOf(rowFile.unknownColumns()));
        }

        abstract void settle();

        abstract void completed(InputSummary summary);
    }

    /** The rows of one of the files whose rules decide row by row. */
    private final class RowFeed<T> extends Feed {
        private final Function<Row, Checked<T>> rules;
        private final Consumer<T> accepted;
        private final Consumer<Reject> rejects;
        private final Runnable atEnd;
        private final BiFunction<Row, T, Optional<Reject>> lastRule;
        /** Where a rejected row goes to its agency's scorecard, for the files whose rows name one. */
        private final MonthlyEvaluator scorecards;

        RowFeed(MonthFile file, Function<Row, Checked<T>> rules, Consumer<T> accepted, Consumer<Reject> rejects,
                Runnable atEnd, BiFunction<Row, T, Optional<Reject>> lastRule) {
            super(file);
            this.rules = rules;
            this.accepted = accepted;
            this.rejects = rejects;
            this.atEnd = atEnd;
            this.lastRule = lastRule;
            this.scorecards = evaluating && (file == MonthFile.REPORTS || file == MonthFile.DISSEMINATION) ? evaluator() : null;
        }

        @Override
        void check(Row row) {
            Checked<T> checked = rules.apply(row);
            if (!checked.isAccepted()) {
                rejected(rejects, checked.reject());
                if (scorecards != null) {
                    scorecards.rejected(file(), checked.reject(), row.value("agency_id"));
                }
                return;
            }
            // The check's sender rule comes after all the month's rules, which have already counted
            // the row as accepted (for DUPLICATE_ID and DUPLICATE_EVIDENCE), as SPEC 6 wants.
            Optional<Reject> last = lastRule == null ? Optional.empty() : lastRule.apply(row, checked.value());
            if (last.isPresent()) {
                rejected(rejects, last.get());
            } else {
                accepted.accept(checked.value());
            }
        }

        @Override
        void settle() {
            atEnd.run();
        }

        @Override
        void completed(InputSummary summary) {
            record(file(), summary);
        }
    }

    /**
     * {@code agencies.csv}: each row is checked on its own as it comes; a regency or city waits for
     * its parent, which may come later in the file, and is settled at the end. Its rejects are handed
     * on at the end, in line order.
     */
    private final class AgencyFeed extends Feed {
        private final AgencyTypes types = types();
        private final AgencyRules rules = new AgencyRules(types);
        private final Consumer<Reject> rejects;
        private final Map<String, Agency> accepted = new HashMap<>();
        private final List<Agency> waiting = new ArrayList<>();
        private final List<Row> waitingRows = new ArrayList<>();
        private final List<Reject> found = new ArrayList<>();

        AgencyFeed(Consumer<Reject> rejects) {
            super(MonthFile.AGENCIES);
            this.rejects = rejects;
        }

        @Override
        void check(Row row) {
            Checked<Agency> checked = rules.check(row);
            if (!checked.isAccepted()) {
                found.add(checked.reject());
                return;
            }
            Agency agency = checked.value();
            if (agency.type().hasParent()) {
                waiting.add(agency);
                waitingRows.add(row);
            } else {
                accepted.put(agency.id(), agency);
            }
        }

        /** Children are settled from the top types down, so that a rejected parent's children are rejected too. */
        @Override
        void settle() {
            for (AgencyType type : types.topDown()) {
                for (int i = 0; i < waiting.size(); i++) {
                    Agency agency = waiting.get(i);
                    if (agency.type().equals(type)) {
                        AgencyRules.parentFault(agency, waitingRows.get(i), accepted, types)
                                .ifPresentOrElse(found::add, () -> accepted.put(agency.id(), agency));
                    }
                }
            }
            found.sort(Comparator.comparingLong(Reject::line));
            found.forEach(reject -> rejected(rejects, reject));
            registerAgencies(new AgencyRegistry(month.period(), types, accepted.values()));
        }

        @Override
        void completed(InputSummary summary) {
            record(MonthFile.AGENCIES, summary);
        }
    }

    private synchronized void registerAgencies(AgencyRegistry registry) {
        agencies = registry;
    }

    private synchronized void registerNarratives(NarrativeRegistry registry) {
        narratives = registry;
    }

    private synchronized void record(MonthFile file, InputSummary summary) {
        inputs.put(file, summary);
    }

    /**
     * @return the month's accepted agencies, active or not, sorted by id
     * @throws IllegalStateException before {@code agencies.csv} is finished
     */
    public List<Agency> agencies() {
        return List.copyOf(agencyRegistry().all());
    }

    /**
     * @return the month's accepted narratives, in file order
     * @throws IllegalStateException before {@code narratives.csv} is finished
     */
    public List<Narrative> narratives() {
        return List.copyOf(narrativeRegistry().all());
    }

    /** The registry behind {@link #agencies()}, which the rules of the later files look agencies up in. */
    AgencyRegistry agencyRegistry() {
        AgencyRegistry registry = agencies;
        if (registry == null) {
            throw new IllegalStateException("agencies.csv is read first: the other files refer to its agencies");
        }
        return registry;
    }

    /** The registry behind {@link #narratives()}. */
    NarrativeRegistry narrativeRegistry() {
        NarrativeRegistry registry = narratives;
        if (registry == null) {
            throw new IllegalStateException("narratives.csv is read before reports.csv, dissemination.csv and media.csv");
        }
        return registry;
    }

    /** The evaluator opens with the first file of events, once both registries are known. */
    private synchronized MonthlyEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = new MonthlyEvaluator(month, settings, agencyRegistry(), narrativeRegistry());
        }
        return evaluator;
    }

    /**
     * @param file one of the five
     * @return its summary, once it is finished
     * @throws IllegalStateException when it is not finished
     */
    public synchronized InputSummary input(MonthFile file) {
        InputSummary summary = inputs.get(file);
        if (summary == null) {
            throw new IllegalStateException(file.fileName() + " is not read yet");
        }
        return summary;
    }

    /**
     * @return every file's summary, in {@link MonthFile} order
     * @throws IllegalStateException when a file is not finished
     */
    public List<InputSummary> inputs() {
        return Arrays.stream(MonthFile.values()).map(this::input).toList();
    }

    /** @return the summary of the {@code types.csv} read here, or empty when the month has none */
    public synchronized Optional<InputSummary> typesInput() {
        return Optional.ofNullable(typesInput);
    }

    /**
     * The month's figures, once all five files are read.
     *
     * @return the figures
     * @throws IllegalStateException when a file is not finished
     */
    public MonthlyFigures figures() {
        inputs();
        if (!evaluating) {
            throw new IllegalStateException("a check gives no figures");
        }
        return evaluator().figures();
    }
}
