package id.go.pcm.batch.cli;

import id.go.pcm.FileCheck;
import id.go.pcm.Language;
import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.sign.KeySource;
import id.go.pcm.month.EvaluationMonth;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the operator's command line of SPEC 3:
 * {@code --period=2024-09 --input=DIR --output=DIR [--as-of=TIMESTAMP] [--lang=id|en] [--max-reject-ratio=0.5]}.
 * Options for Spring ({@code --spring.*}, {@code --logging.*}, {@code --pcm.*}) pass through untouched.
 * Every mistake is a {@link UsageException} with one line saying what to fix.
 */
public final class CommandLine {

    /** The help text printed by {@code --help}. */
    public static final String HELP = """
            Usage: pcm-batch --period=YYYY-MM --input=DIR --output=DIR [options]
              (bin/pcm-batch, or java -jar pcm-batch.jar with the same arguments)

            Evaluates one month of PCM input files and writes into --output:
              pcm-report-YYYY-MM.pdf, pcm-figures-YYYY-MM.json, pcm-rejects-YYYY-MM.csv,
              the agencies' scorecards in pcm-rapor-YYYY-MM/

            Required:
              --period=YYYY-MM           the evaluation month, e.g. 2024-09
              --input=DIR                folder holding agencies.csv, reports.csv, narratives.csv,
                                         dissemination.csv and media.csv (each may be an Excel
                                         workbook instead: agencies.xlsx, …)
              --output=DIR               folder for the outputs (created if missing)
            Options:
              --as-of=TIMESTAMP          evaluation time, e.g. 2024-10-10T00:00:00+07:00 (default: now;
                                         a restarted run keeps the time of the run it resumes)
              --lang=id|en               language of the report (default: id)
              --max-reject-ratio=R       stop with status 4 when more than R (0-1) of any file's rows
                                         are rejected (default: 0.5)
              --sign-keystore=FILE       sign the outputs with the key of this PKCS#12 file: the PDFs
                                         carry a signature, the JSON and rejects get .p7s files beside
              --sign-pkcs11=FILE         sign with a key on a token or HSM, FILE being the JDK's
                                         PKCS#11 provider configuration (library, slot)
              --sign-alias=NAME          the key to sign with, when the store holds several
                                         The password or PIN is read from PCM_SIGN_PASSWORD only.
              --spring.datasource.url=…  job database (default: embedded H2 under ~/.pcm/db)
              --help                     print this text

            Exit status: 0 done, 1 unexpected error (see the log), 2 bad arguments or configuration,
            3 input unusable, 4 too many rejects.

            Usage: pcm-batch --check --period=YYYY-MM --input=DIR|FILE [options]

            Checks files before they are sent, with the rules of the month's run, and prints per file
            its rows, accepted and rejected, and its first 20 rejects (no database, no history, no report):
              --input=DIR|FILE           a month folder (each of the five files found in it is checked,
                                         and its types.csv when it has one; reports and dissemination
                                         with the workbooks of its submissions/, as the month reads
                                         them) or one of its files; any of them may be an Excel
                                         workbook (reports.xlsx, …); or an agency's submission, a
                                         workbook named otherwise (KEMENKES.xlsx), whose sheets reports
                                         and dissemination are checked, rejects named FILE.xlsx#SHEET
              --agencies=FILE            the month's agencies.csv (or .xlsx) to check against (default:
                                         the folder's, or the file's folder's; for a file in
                                         submissions/, the month folder's)
              --narratives=FILE          the month's narratives.csv (or .xlsx) to check against (same default)
              --types=FILE               the types of body (types.csv) to check against, or types.xlsx
                                         (default: the types file beside the agencies checked against,
                                         else the national types)
              --sender=AGENCY_ID         the agency that sends the files: rows of reports.csv and
                                         dissemination.csv for another agency are rejected OTHER_AGENCY
              --as-of=TIMESTAMP          evaluation time (default: now)
              --lang=id|en               language of the messages (default: id)
              --output=DIR               also write every reject to DIR/pcm-check-YYYY-MM.csv

            Exit status of --check: 0 every row accepted, 4 some row rejected, 3 a checked or reference
            file missing or unusable (a refused submission or sheet too: UNUSABLE_FILE), 2 bad arguments
            (or a --sender that is not an accepted agency), 1 unexpected error.

            Usage: pcm-batch --kits --period=YYYY-MM --input=DIR --output=DIR [--as-of=TIMESTAMP] [--lang=id|en]

            Writes the workbook each active agency fills in and sends back (its kit), into
            --output as pcm-kit-YYYY-MM/<agency_id>.xlsx, from the month's agencies, narratives and
            types (no database, no report):
              --input=DIR                the month folder holding agencies.csv and narratives.csv
                                         (and types.csv when the month has its own types)
              --output=DIR               folder the kit folder is written into (created if missing)
              --as-of=TIMESTAMP          the time the kits record as made (default: now)
              --lang=id|en               language of the instructions and messages (default: id)

            Exit status of --kits: 0 done, 3 a reference file missing or unusable, 2 bad arguments,
            1 unexpected error.
            """;

    private static final List<String> OWN = List.of("period", "input", "output", "as-of", "lang", "max-reject-ratio",
            "agencies", "narratives", "types", "sender", "sign-keystore", "sign-pkcs11", "sign-alias");
    /** The options that only the month's run takes. */
    private static final List<String> SIGNING = List.of("sign-keystore", "sign-pkcs11", "sign-alias");
    /** The options that only {@code --check} takes. */
    private static final List<String> CHECK_ONLY = List.of("agencies", "narratives", "types", "sender");
    private static final List<String> PASSED_ON = List.of("spring.", "logging.", "pcm.", "server.", "debug");

    private final Map<String, String> options;
    private final List<String> passedOn;

    private CommandLine(Map<String, String> options, List<String> passedOn) {
        this.options = options;
        this.passedOn = passedOn;
    }

    /**
     * Splits the arguments into PCM's own options and those passed on to Spring.
     *
     * @param args the arguments
     * @return the command line
     * @throws UsageException when an argument is not of the form {@code --name=value} or is unknown
     */
    public static CommandLine of(String... args) {
        Map<String, String> own = new LinkedHashMap<>();
        List<String> passed = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                own.put("help", "true");
                continue;
            }
            if (arg.equals("--check") || arg.equals("--kits")) {
                own.put(arg.substring(2), "true");
                continue;
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new UsageException("Argument \"" + arg + "\" is not of the form --name=value; see --help.");
            }
            String name = arg.substring(2, eq);
            if (name.startsWith("sign-pass") || name.equals("sign-pin")) {
                // SPEC 8: never from the command line, where other users and the shell's history see it.
                throw new UsageException("--" + name + " is not taken: the signing password or PIN is read from the"
                        + " environment variable " + KeySource.PASSWORD_VARIABLE + " only.");
            }
            if (OWN.contains(name)) {
                if (own.put(name, arg.substring(eq + 1).trim()) != null) {
                    throw new UsageException("--" + name + " is given twice; give it once.");
                }
            } else if (PASSED_ON.stream().anyMatch(name::startsWith)) {
                passed.add(arg);
            } else {
                throw new UsageException("Unknown option --" + name + "; see --help for the options.");
            }
        }
        return new CommandLine(own, List.copyOf(passed));
    }

    /** @return whether the operator asked for help */
    public boolean wantsHelp() {
        return options.containsKey("help");
    }

    /** @return whether the operator asked to check files rather than run the month (SPEC 6) */
    public boolean wantsCheck() {
        return options.containsKey("check");
    }

    /** @return whether the operator asked for the agencies' kits (SPEC 10.3) */
    public boolean wantsKits() {
        return options.containsKey("kits");
    }

    /**
     * The language asked for, before the rest is checked: the settings, read first, are refused in it.
     *
     * @return whether {@code --lang=en} is given (a wrong {@code --lang} is refused with the other options)
     */
    public boolean wantsEnglish() {
        return Language.ofCode(options.getOrDefault("lang", "id")).orElse(Language.ID) == Language.EN;
    }

    /**
     * Checks the options of {@code --check}.
     *
     * @param zone the office's zone ({@code pcm.zone}), in which an {@code --as-of} without offset is read
     * @return the check the operator asked for
     * @throws UsageException when an option is missing or wrong, or is one the check does not take
     */
    public CheckRequest checkRequest(ZoneId zone) {
        if (options.containsKey("max-reject-ratio")) {
            throw new UsageException("--max-reject-ratio is not used with --check: a check refuses no file for its"
                    + " rejects; remove it.");
        }
        for (String option : SIGNING) {
            if (options.containsKey(option)) {
                throw new UsageException("--" + option + " is not used with --check: a check writes nothing to sign;"
                        + " remove it.");
            }
        }
        YearMonth period = period();
        Path input = Path.of(required("input")).toAbsolutePath().normalize();
        String inputName = input.getFileName().toString();
        if (!Files.isDirectory(input) && !CheckRequest.isMonthFileName(inputName) && !FileCheck.isSubmission(inputName)) {
            throw new UsageException("--input=" + options.get("input") + " is neither a folder nor one of the month's files ("
                    + String.join(", ", CheckRequest.checkedNames()) + ", or the same names ending .xlsx) nor an agency's"
                    + " submission (a workbook, NAME.xlsx); give the folder or one of those files.");
        }
        Optional<Path> agencies = Optional.ofNullable(options.get("agencies")).map(p -> Path.of(p).toAbsolutePath().normalize());
        Optional<Path> narratives = Optional.ofNullable(options.get("narratives")).map(p -> Path.of(p).toAbsolutePath().normalize());
        if ("".equals(options.get("types"))) {
            throw new UsageException("--types is empty; give the types.csv to check against, or leave --types out.");
        }
        Optional<Path> types = Optional.ofNullable(options.get("types")).map(p -> Path.of(p).toAbsolutePath().normalize());
        String sender = options.get("sender");
        if (sender != null && sender.isEmpty()) {
            throw new UsageException("--sender is empty; give the sending agency's agency_id, or leave --sender out.");
        }
        OffsetDateTime asOf = asOfBefore(period, zone);
        Language language = language();
        Path output = options.containsKey("output")
                ? checkOutput(Path.of(required("output")).toAbsolutePath().normalize()) : null;
        return new CheckRequest(period, input, agencies, narratives, types, sender, asOf, language, output);
    }

    /**
     * Checks the options of {@code --kits}.
     *
     * @param zone the office's zone ({@code pcm.zone}), in which an {@code --as-of} without offset is read
     * @return the kits the operator asked for
     * @throws UsageException when an option is missing or wrong, or is one the kits do not take
     */
    public KitRequest kitRequest(ZoneId zone) {
        if (wantsCheck()) {
            throw new UsageException("--kits and --check are both given; write the kits and check files in two commands.");
        }
        List<String> notTaken = new ArrayList<>(CHECK_ONLY);
        notTaken.addAll(SIGNING);
        notTaken.add("max-reject-ratio");
        for (String option : notTaken) {
            if (options.containsKey(option)) {
                throw new UsageException("--" + option + " is not used with --kits: the kits are read from the month's own"
                        + " agencies, narratives and types; remove it.");
            }
        }
        YearMonth period = period();
        Path input = Path.of(required("input")).toAbsolutePath().normalize();
        if (!Files.isDirectory(input)) {
            throw new UsageException("--input=" + options.get("input") + " is not a folder; give the month folder holding"
                    + " agencies.csv and narratives.csv.");
        }
        Path output = Path.of(required("output")).toAbsolutePath().normalize();
        OffsetDateTime asOf = asOfBefore(period, zone);
        Language language = language();
        // last, so that a mistake elsewhere on the line creates no folder
        return new KitRequest(period, input, checkOutput(output), asOf, language);
    }

    /** @return the arguments meant for Spring, unchanged */
    public List<String> springArguments() {
        return passedOn;
    }

    /**
     * Checks the options and the folders they name.
     *
     * @param zone the office's zone ({@code pcm.zone}), in which an {@code --as-of} without offset is read
     * @return the run the operator asked for
     * @throws UsageException when an option is missing or wrong, the input is not a folder, or the
     *                        output cannot be written
     */
    public RunRequest request(ZoneId zone) {
        if (wantsKits()) {
            throw new UsageException("--kits is not a month's run; see --help for the kits' options.");
        }
        for (String option : CHECK_ONLY) {
            if (options.containsKey(option)) {
                throw new UsageException("--" + option + " is used only with --check; see --help.");
            }
        }
        YearMonth period = period();
        Path input = Path.of(required("input")).toAbsolutePath().normalize();
        if (!Files.isDirectory(input)) {
            throw new UsageException("--input=" + options.get("input") + " is not a folder; give the folder holding the month's five CSV files.");
        }
        Path output = Path.of(required("output")).toAbsolutePath().normalize();
        OffsetDateTime asOf = asOfBefore(period, zone);
        Language language = language();
        double maxRejectRatio = ratio(options.getOrDefault("max-reject-ratio", "0.5"));
        KeySource signing = signing();
        // last, so that a mistake elsewhere on the line creates no folder
        return new RunRequest(period, input, checkOutput(output), asOf, language, maxRejectRatio, signing);
    }

    /** The signing key named, or null; it is opened later, with the password from the environment. */
    private KeySource signing() {
        String keystore = options.get("sign-keystore");
        String pkcs11 = options.get("sign-pkcs11");
        String alias = options.get("sign-alias");
        if (keystore != null && pkcs11 != null) {
            throw new UsageException("--sign-keystore and --sign-pkcs11 are both given; sign with one key store.");
        }
        if (keystore == null && pkcs11 == null) {
            if (alias != null) {
                throw new UsageException("--sign-alias needs --sign-keystore=FILE or --sign-pkcs11=FILE, the store that"
                        + " holds the key.");
            }
            return null;
        }
        if (alias != null && alias.isEmpty()) {
            throw new UsageException("--sign-alias is empty; give the key's alias, or leave --sign-alias out.");
        }
        KeySource.Kind kind = keystore != null ? KeySource.Kind.PKCS12 : KeySource.Kind.PKCS11;
        String file = keystore != null ? keystore : pkcs11;
        if (file.isEmpty()) {
            throw new UsageException(kind.option() + " is empty; give the file.");
        }
        return new KeySource(kind, Path.of(file).toAbsolutePath().normalize(), alias);
    }

    private YearMonth period() {
        return EvaluationMonth.parsePeriod(required("period"))
                .orElseThrow(() -> new UsageException("--period=" + options.get("period")
                        + " is not a month; write it as YYYY-MM, e.g. --period=2024-09."));
    }

    /** {@code --as-of}, or null; a time before the month begins is refused (every row would be FUTURE). */
    private OffsetDateTime asOfBefore(YearMonth period, ZoneId zone) {
        OffsetDateTime asOf = Optional.ofNullable(options.get("as-of")).map(text -> asOf(text, zone)).orElse(null);
        if (asOf != null) {
            // Every row of the month would be FUTURE: an argument's mistake, not the data's.
            Instant start = new EvaluationMonth(period, asOf, zone).start();
            if (asOf.toInstant().isBefore(start)) {
                throw new UsageException("--as-of=" + options.get("as-of") + " is before " + period + " begins ("
                        + start.atZone(zone).toOffsetDateTime() + "): check --as-of and --period;"
                        + " the evaluation time is at or after the month's start, usually after its reporting deadline.");
            }
        }
        return asOf;
    }

    private Language language() {
        return Language.ofCode(options.getOrDefault("lang", "id")).orElseThrow(() ->
                new UsageException("--lang=" + options.get("lang") + " is not a report language; use --lang=id or --lang=en."));
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.isEmpty()) {
            throw new UsageException("--" + name + " is required; see --help.");
        }
        return value;
    }

    /**
     * The output folder must be a folder this process can create files in. Asking the file system
     * (Files.isWritable) is not enough: root passes every permission check, yet cannot write under
     * /proc or on a read-only mount. So the folder is created (as the run would) and a hidden probe
     * file is created in it and deleted; no existing file is touched. What the probe created is removed
     * again: a run that then stops on its input (exit 3) leaves no empty folder behind.
     */
    private static Path checkOutput(Path output) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UsageException("--output=" + output + " is a file, not a folder; give a folder for the outputs.");
        }
        Optional<Path> created = OutputFiles.topmostMissing(output);
        try {
            Files.createDirectories(output);
            Files.delete(Files.createTempFile(output, ".pcm-probe-", ".tmp"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new UsageException("--output=" + output + " cannot be written (" + reason(e)
                    + "); choose a folder you may write to.");
        } finally {
            created.ifPresent(topmost -> OutputFiles.removeCreatedIfEmpty(output, topmost));
        }
        return output;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file";
        }
        if (e instanceof NoSuchFileException) {
            return "its file system takes no new files"; // e.g. under /proc
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** An as-of time in any timestamp form of SPEC 1.1, kept with the offset it was given in (the office's when none). */
    private static OffsetDateTime asOf(String text, ZoneId zone) {
        Instant instant = EvaluationMonth.parseTimestamp(text, zone).orElseThrow(() -> new UsageException("--as-of=" + text
                + " is not a timestamp; write e.g. --as-of=2024-10-10T00:00:00+07:00."));
        try {
            return OffsetDateTime.parse(text);
        } catch (RuntimeException noOffset) {
            return instant.atZone(zone).toOffsetDateTime();
        }
    }

    private static double ratio(String text) {
        try {
            double ratio = Double.parseDouble(text);
            if (ratio >= 0 && ratio <= 1) {
                return ratio;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--max-reject-ratio=" + text + " is not a ratio between 0 and 1, e.g. 0.5.");
    }
}
