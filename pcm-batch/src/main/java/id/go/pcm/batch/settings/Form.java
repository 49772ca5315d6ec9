package id.go.pcm.batch.settings;

import id.go.pcm.batch.report.DocumentWords;
import org.springframework.boot.logging.LogLevel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a setting's value must be written, and what the operator is told when it is not.
 * Decimals take a point only: {@code 0,3} (the Indonesian decimal comma) is refused rather than
 * guessed at, as are Java's other forms ({@code 3e-1}, {@code NaN}, {@code 0.3d}).
 *
 * @param kind    what the value is
 * @param min     the smallest value allowed (numbers only)
 * @param max     the largest value allowed (numbers only)
 * @param example a value to show (decimals only)
 */
record Form(Kind kind, BigDecimal min, BigDecimal max, String example) {

    /** Any text, e.g. the issuing unit. */
    static final Form TEXT = new Form(Kind.TEXT, null, null, null);
    /** One line of text, possibly empty: no line break, tab or other control character. */
    static final Form LINE = new Form(Kind.LINE, null, null, null);
    /** One line of text, not empty: a word or words that running text uses. */
    static final Form WORD = new Form(Kind.WORD, null, null, null);
    /** One line of text ending in a regular English plural, whose singular PCM derives. */
    static final Form PLURAL_EN = new Form(Kind.PLURAL_EN, null, null, null);
    /** A folder's path, not empty. */
    static final Form FOLDER = new Form(Kind.FOLDER, null, null, null);
    /** A time zone id Java knows, {@code Asia/Makassar}. */
    static final Form ZONE = new Form(Kind.ZONE, null, null, null);
    /** One of Spring Boot's log levels, in any case. */
    static final Form LOG_LEVEL = new Form(Kind.LOG_LEVEL, null, null, null);

    /** The longest line a document's words may be, in characters. */
    static final int LINE_CHARS = 150;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    /** What a value is. */
    enum Kind { TEXT, LINE, WORD, PLURAL_EN, FOLDER, DECIMAL, WHOLE, ZONE, LOG_LEVEL }

    /**
     * @param min     the smallest value allowed
     * @param max     the largest value allowed
     * @param example the value shown as an example (the default)
     * @return a decimal number with a point within the range
     */
    static Form decimal(double min, double max, double example) {
        return new Form(Kind.DECIMAL, BigDecimal.valueOf(min), BigDecimal.valueOf(max), plain(BigDecimal.valueOf(example)));
    }

    /**
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return a whole number within the range
     */
    static Form whole(int min, int max) {
        return new Form(Kind.WHOLE, BigDecimal.valueOf(min), BigDecimal.valueOf(max), null);
    }

    /**
     * @param value the value as given (leading and trailing blanks do not count, as for Spring)
     * @return whether it is of this form
     */
    boolean accepts(String value) {
        String v = value.strip();
        return switch (kind) {
            case TEXT -> true;
            case LINE -> oneLine(v);
            case WORD -> oneLine(v) && !v.isEmpty();
            case PLURAL_EN -> oneLine(v) && DocumentWords.englishSingular(v).isPresent();
            case FOLDER -> !v.isEmpty();
            case DECIMAL -> DECIMAL.matcher(v).matches() && within(new BigDecimal(v));
            case WHOLE -> WHOLE.matcher(v).matches() && within(new BigDecimal(v));
            case ZONE -> isZone(v);
            case LOG_LEVEL -> isLevel(v);
        };
    }

    /**
     * Printed on a document as given: a control character would print as a mark or break a title, and
     * a value longer than a line of {@value #LINE_CHARS} characters would wrap a running footer (the
     * region's) past the page's foot.
     */
    private static boolean oneLine(String value) {
        return value.codePoints().noneMatch(Character::isISOControl) && value.codePointCount(0, value.length()) <= LINE_CHARS;
    }

    private boolean within(BigDecimal number) {
        return number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
    }

    /** A region id ({@code Asia/Makassar}) or an offset ({@code +08:00}); not an abbreviation such as {@code WITA}. */
    private static boolean isZone(String value) {
        try {
            ZoneId.of(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isLevel(String value) {
        try {
            LogLevel.valueOf(value.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return what the operator should write, as a message */
    Message wanted() {
        return switch (kind) {
            case TEXT -> throw new IllegalStateException("any text is a text");
            case LINE -> new Message("form.line", LINE_CHARS);
            case WORD -> new Message("form.word", LINE_CHARS);
            case PLURAL_EN -> new Message("form.plural_en", LINE_CHARS);
            case FOLDER -> new Message("form.folder");
            case DECIMAL -> new Message("form.decimal", plain(min), plain(max), example);
            case WHOLE -> new Message("form.whole", plain(min), plain(max));
            case ZONE -> new Message("form.zone");
            case LOG_LEVEL -> new Message("form.level");
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
