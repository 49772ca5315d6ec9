package id.go.pcm.batch.settings;

import id.go.pcm.evaluation.CategoryBounds;
import id.go.pcm.evaluation.EvaluationSettings;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * PCM's own settings, {@code pcm.*}: the one list of the keys an operator may set, each with the form
 * of its value. A key that is not here is refused; {@link Settings} reads these and nothing else.
 */
enum Setting {

    /** Where the embedded job database, the logs and the class-data archive live ({@code PCM_HOME}). */
    HOME("pcm.home", Form.FOLDER),
    /** The office's time zone (SPEC 9.2): its month, its deadline, its clerks' times and PCM's. */
    ZONE("pcm.zone", Form.ZONE),
    /** The issuing unit printed on the report and the scorecards. */
    REPORT_ISSUER("pcm.report.issuer", Form.TEXT),
    /** For whom the report is written, printed on its cover (SPEC 9.4); none by default. */
    REPORT_ADDRESSEE("pcm.report.addressee", Form.LINE),
    /** The office's region as documents name it, ending the report's and the scorecards' titles; none by default. */
    REPORT_REGION("pcm.report.region", Form.LINE),
    /** What Indonesian running text calls the evaluated bodies: {@code instansi} by default. */
    REPORT_AGENCIES_WORD("pcm.report.agencies-word", Form.WORD),
    /** What English running text calls them, a plural whose singular is derived: {@code agencies} by default. */
    REPORT_AGENCIES_WORD_EN("pcm.report.agencies-word-en", Form.PLURAL_EN),
    /** The weight of R, the report score. */
    WEIGHTS_REPORT("pcm.weights.report", Form.decimal(0, 1, EvaluationSettings.DEFAULTS.reportWeight())),
    /** The weight of C, the coverage score. */
    WEIGHTS_COVERAGE("pcm.weights.coverage", Form.decimal(0, 1, EvaluationSettings.DEFAULTS.coverageWeight())),
    /** The weight of T, the timeliness score. */
    WEIGHTS_TIMELINESS("pcm.weights.timeliness", Form.decimal(0, 1, EvaluationSettings.DEFAULTS.timelinessWeight())),
    /** The last on-time day of the following month. */
    DEADLINE_DAY("pcm.deadline-day", Form.whole(1, EvaluationSettings.LAST_DEADLINE_DAY)),
    /** The dissemination window when a narrative gives none. */
    DEFAULT_DUE_HOURS("pcm.default-due-hours", Form.whole(1, EvaluationSettings.MAX_DEFAULT_DUE_HOURS)),
    /** The lowest score of SANGAT BAIK. */
    BOUNDS_SANGAT_BAIK("pcm.bounds.sangat-baik", Form.decimal(0, 100, CategoryBounds.DEFAULT.sangatBaik())),
    /** The lowest score of BAIK. */
    BOUNDS_BAIK("pcm.bounds.baik", Form.decimal(0, 100, CategoryBounds.DEFAULT.baik())),
    /** The lowest score of CUKUP. */
    BOUNDS_CUKUP("pcm.bounds.cukup", Form.decimal(0, 100, CategoryBounds.DEFAULT.cukup())),
    /** The lowest score of KURANG. */
    BOUNDS_KURANG("pcm.bounds.kurang", Form.decimal(0, 100, CategoryBounds.DEFAULT.kurang()));

    /** The prefix of PCM's settings: every key under it must be one of these. */
    static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("pcm");

    private final String key;
    private final ConfigurationPropertyName name;
    private final Form form;

    Setting(String key, Form form) {
        this.key = key;
        this.name = ConfigurationPropertyName.of(key);
        this.form = form;
    }

    /** @return the key as the operator writes it, {@code pcm.weights.report} */
    String key() {
        return key;
    }

    /** @return the key as Spring matches it (relaxed: {@code pcm.deadlineDay} is {@code pcm.deadline-day}) */
    ConfigurationPropertyName propertyName() {
        return name;
    }

    /** @return the form of its value */
    Form form() {
        return form;
    }
}
