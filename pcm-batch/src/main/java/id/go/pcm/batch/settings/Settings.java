package id.go.pcm.batch.settings;

import id.go.pcm.batch.report.DocumentWords;
import id.go.pcm.evaluation.CategoryBounds;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.month.EvaluationMonth;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads PCM's settings ({@link Setting}) from where Spring reads them, and refuses what it cannot use:
 * <ul>
 *   <li>a key under {@code pcm.} that is no setting, written in a settings file or on the command line
 *       (a misspelling would otherwise leave the default in force unseen): refused, naming the
 *       nearest setting. From the environment (variables, and the JVM's {@code -D} properties, which
 *       the launcher and other programs also set) it is only a warning, and only when it looks like a
 *       misspelt setting: {@code PCM_JAVA_OPTS}, {@code PCM_SIGN_PASSWORD} and the like are not ours
 *       to refuse;</li>
 *   <li>{@code pcm.sign.*} anywhere but the environment: the signing password is read from
 *       {@code PCM_SIGN_PASSWORD} only (SPEC 8);</li>
 *   <li>a value not of its {@link Form} ({@code 0,3}, {@code lima}), a log level that is none, weights
 *       that do not add up to 1, bounds that do not descend.</li>
 * </ul>
 * Every refusal is a {@link SettingsException}: one line naming the key, the value and where it was given.
 */
public final class Settings {

    private static final ConfigurationPropertyName LOG_LEVELS = ConfigurationPropertyName.of("logging.level");
    private static final ConfigurationPropertyName SIGNING = ConfigurationPropertyName.of("pcm.sign");
    /** Long values are cut in messages: a line for the operator, not the value's whole text. */
    private static final int SHOWN_CHARS = 80;

    private Settings() {
    }

    /**
     * Reads the settings a run started with these arguments and environment variables will have,
     * before Spring starts: the job's defaults, the files named by {@code spring.config.*} (the
     * launcher's {@code conf/application.properties}), the environment and the command line, in
     * Spring Boot's order and by Spring Boot's own reading of the files.
     *
     * @param springArguments the arguments passed on to Spring ({@code --pcm.…}, {@code --spring.…})
     * @param variables       the process's environment variables
     * @return the settings
     * @throws SettingsException when they cannot be used
     */
    public static PcmSettings given(List<String> springArguments, Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(variables)));
        sources.addFirst(new SimpleCommandLinePropertySource(springArguments.toArray(String[]::new)));
        try {
            ConfigDataEnvironmentPostProcessor.applyTo(environment);
        } catch (RuntimeException e) {
            throw SettingsFiles.unreadable(environment, e);
        }
        return read(environment);
    }

    /**
     * Reads and checks the settings of an environment.
     *
     * @param environment Spring's environment, with its settings files loaded
     * @return the settings
     * @throws SettingsException when they cannot be used
     */
    public static PcmSettings read(ConfigurableEnvironment environment) {
        List<Message> warnings = new ArrayList<>();
        checkKeys(environment, warnings);
        Binder binder = Binder.get(environment);
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        String homeName = Setting.HOME.key();
        for (Setting setting : Setting.values()) {
            Optional<Given> value = given(binder, setting.propertyName());
            if (value.isPresent()) {
                requireForm(setting.key(), setting.form(), value.get());
                values.put(setting, value.get().value().strip());
                if (setting == Setting.HOME && value.get().place() != null) {
                    homeName = homeName(value.get().place());
                }
            }
        }
        for (ConfigurationPropertyName level : logLevels(environment)) {
            given(binder, level).ifPresent(given -> requireForm(level.toString(), Form.LOG_LEVEL, given));
        }
        Path home = Path.of(Optional.ofNullable(values.get(Setting.HOME)).orElseGet(
                () -> Path.of(System.getProperty("user.home"), ".pcm").toString()));
        ZoneId zone = Optional.ofNullable(values.get(Setting.ZONE)).map(ZoneId::of).orElse(EvaluationMonth.WIB);
        return new PcmSettings(home, homeName, zone, words(values), evaluation(values), warnings);
    }

    /** The name the operator knows the home by: the job's default is {@code ${PCM_HOME:~/.pcm}}. */
    private static String homeName(Place place) {
        if (place.isJobDefault()) {
            return "PCM_HOME";
        }
        return place.isEnvironment() ? place.rawName() : Setting.HOME.key();
    }

    /**
     * Checks that PCM's home can be written, before Spring writes its log and job database into it: a
     * home that cannot be is one line, not the logging system's errors and a stack trace. As for
     * {@code --output}, the folder is created and a probe file made in it (root passes every
     * permission check, yet cannot write on a read-only mount).
     *
     * @param settings the settings read
     * @throws SettingsException when the home cannot be created or written
     */
    public static void requireWritableHome(PcmSettings settings) {
        Path home = settings.home().toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
            Files.delete(Files.createTempFile(home, ".pcm-probe-", ".tmp"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new SettingsException(new Message("home", settings.homeName(), settings.home().toString(), reason(e)));
        }
    }

    private static Object reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return new Message("reason.denied");
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return new Message("reason.file", exists.getFile());
        }
        if (e instanceof NoSuchFileException) {
            return new Message("reason.missing");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Refuses the keys under {@code pcm.} that are no setting; warns of the environment's near misses. */
    private static void checkKeys(ConfigurableEnvironment environment, List<Message> warnings) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                continue; // a view of all the others
            }
            for (ConfigurationPropertySource adapted : ConfigurationPropertySources.from(source)) {
                if (adapted instanceof IterableConfigurationPropertySource iterable) {
                    checkKeys(iterable, warnings);
                }
            }
        }
    }

    private static void checkKeys(IterableConfigurationPropertySource source, List<Message> warnings) {
        // The names as written that a setting reads: an environment variable PCM_DEADLINE_DAY is read
        // for pcm.deadline-day, though Spring lists it as pcm.deadline.day.
        Set<String> read = new HashSet<>();
        for (Setting setting : Setting.values()) {
            ConfigurationProperty property = source.getConfigurationProperty(setting.propertyName());
            if (property != null) {
                read.add(Place.of(property, setting.key()).rawName());
            }
        }
        List<ConfigurationPropertyName> names = source.stream().filter(Setting.PREFIX::isAncestorOf).sorted().toList();
        for (ConfigurationPropertyName name : names) {
            ConfigurationProperty property = source.getConfigurationProperty(name);
            Place place = Place.of(property, name.toString());
            if (read.contains(place.rawName()) || Stream.of(Setting.values()).anyMatch(s -> s.propertyName().equals(name))) {
                continue;
            }
            if (place.isEnvironment()) {
                if (!SIGNING.isAncestorOf(name)) { // PCM_SIGN_PASSWORD is where the password belongs
                    NearestKey.of(name.toString()).ifPresent(near -> warnings.add(
                            new Message("environment.near", place.rawName(), variable(near))));
                }
                continue;
            }
            if (SIGNING.isAncestorOf(name)) {
                throw new SettingsException(new Message("unknown.sign", place.rawName(), place.describe()));
            }
            Optional<Setting> near = NearestKey.of(name.toString());
            if (place.isSystemProperty()) {
                near.ifPresent(s -> warnings.add(new Message("environment.near", "-D" + place.rawName(), "-D" + s.key())));
                continue;
            }
            throw new SettingsException(near
                    .map(s -> new Message("unknown", place.rawName(), place.describe(), s.key()))
                    .orElseGet(() -> new Message("unknown.far", place.rawName(), place.describe())));
        }
    }

    /** @return the environment variable a setting is read from, {@code PCM_DEADLINE_DAY} */
    private static String variable(Setting setting) {
        return setting.key().replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** The log levels set anywhere ({@code logging.level.root}, {@code logging.level.id.go.pcm}). */
    private static Set<ConfigurationPropertyName> logLevels(ConfigurableEnvironment environment) {
        return environment.getPropertySources().stream()
                .filter(source -> !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source))
                .flatMap(source -> StreamSupport.stream(ConfigurationPropertySources.from(source).spliterator(), false))
                .filter(IterableConfigurationPropertySource.class::isInstance)
                .map(IterableConfigurationPropertySource.class::cast)
                .flatMap(source -> source.stream().filter(LOG_LEVELS::isAncestorOf))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** A value as Spring resolves it (the first source that has it, placeholders filled in), and where. */
    private record Given(String value, Place place) {
    }

    private static Optional<Given> given(Binder binder, ConfigurationPropertyName name) {
        ConfigurationProperty[] found = new ConfigurationProperty[1];
        BindHandler where = new BindHandler() {
            @Override
            public Object onSuccess(ConfigurationPropertyName bound, Bindable<?> target, BindContext context, Object result) {
                found[0] = context.getConfigurationProperty();
                return result;
            }
        };
        return Optional.ofNullable(binder.bind(name, Bindable.of(String.class), where).orElse(null))
                .map(value -> new Given(value, found[0] == null ? null : Place.of(found[0], name.toString())));
    }

    private static void requireForm(String key, Form form, Given given) {
        if (!form.accepts(given.value())) {
            throw new SettingsException(new Message("bad", key, shown(given.value()),
                    given.place() == null ? "?" : given.place().describe(), form.wanted()));
        }
    }

    private static String shown(String value) {
        String oneLine = value.replaceAll("\\R", " ");
        return oneLine.length() <= SHOWN_CHARS ? oneLine : oneLine.substring(0, SHOWN_CHARS) + "…";
    }

    /** The words on the documents (SPEC 9.4): the values given, the national edition's for the others. */
    private static DocumentWords words(Map<Setting, String> values) {
        return new DocumentWords(values.getOrDefault(Setting.REPORT_ISSUER, ""), values.getOrDefault(Setting.REPORT_ADDRESSEE, ""),
                values.getOrDefault(Setting.REPORT_REGION, ""),
                values.getOrDefault(Setting.REPORT_AGENCIES_WORD, DocumentWords.NATIONAL_AGENCIES_WORD),
                values.getOrDefault(Setting.REPORT_AGENCIES_WORD_EN, DocumentWords.NATIONAL_AGENCIES_WORD_EN));
    }

    /** The evaluation's settings: the values given, SPEC 2's defaults for the others. */
    private static EvaluationSettings evaluation(Map<Setting, String> values) {
        EvaluationSettings d = EvaluationSettings.DEFAULTS;
        BigDecimal report = decimal(values, Setting.WEIGHTS_REPORT, d.reportWeight());
        BigDecimal coverage = decimal(values, Setting.WEIGHTS_COVERAGE, d.coverageWeight());
        BigDecimal timeliness = decimal(values, Setting.WEIGHTS_TIMELINESS, d.timelinessWeight());
        BigDecimal sum = report.add(coverage).add(timeliness);
        if (sum.subtract(BigDecimal.ONE).abs().doubleValue() > 1e-9) { // EvaluationSettings' own tolerance
            throw new SettingsException(new Message("weights", Setting.WEIGHTS_REPORT.key(), Setting.WEIGHTS_COVERAGE.key(),
                    Setting.WEIGHTS_TIMELINESS.key(), sum.stripTrailingZeros().toPlainString()));
        }
        CategoryBounds b = CategoryBounds.DEFAULT;
        List<BigDecimal> bounds = List.of(decimal(values, Setting.BOUNDS_SANGAT_BAIK, b.sangatBaik()),
                decimal(values, Setting.BOUNDS_BAIK, b.baik()), decimal(values, Setting.BOUNDS_CUKUP, b.cukup()),
                decimal(values, Setting.BOUNDS_KURANG, b.kurang()));
        for (int i = 1; i < bounds.size(); i++) {
            if (bounds.get(i).compareTo(bounds.get(i - 1)) >= 0) {
                throw new SettingsException(new Message("bounds", Setting.BOUNDS_SANGAT_BAIK.key(), Setting.BOUNDS_BAIK.key(),
                        Setting.BOUNDS_CUKUP.key(), Setting.BOUNDS_KURANG.key(), bounds.stream()
                        .map(v -> v.stripTrailingZeros().toPlainString()).collect(Collectors.joining(", "))));
            }
        }
        return new EvaluationSettings(report.doubleValue(), coverage.doubleValue(), timeliness.doubleValue(),
                whole(values, Setting.DEADLINE_DAY, d.deadlineDay()), whole(values, Setting.DEFAULT_DUE_HOURS, d.defaultDueHours()),
                new CategoryBounds(bounds.get(0).doubleValue(), bounds.get(1).doubleValue(), bounds.get(2).doubleValue(),
                        bounds.get(3).doubleValue()));
    }

    private static BigDecimal decimal(Map<Setting, String> values, Setting setting, double byDefault) {
        String value = values.get(setting);
        return value == null ? BigDecimal.valueOf(byDefault) : new BigDecimal(value);
    }

    private static int whole(Map<Setting, String> values, Setting setting, int byDefault) {
        String value = values.get(setting);
        return value == null ? byDefault : Integer.parseInt(value);
    }
}
