package id.go.pcm.batch.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers as a reader of each edition writes them, spelled out here with explicit separators rather
 * than taken from the JDK's locale data or the report's own formats, so that the tests check the
 * convention itself: Indonesian {@code 12.500} and {@code 77,8%}, English {@code 12,500} and {@code 77.8%}.
 */
final class Written {

    static final Written INDONESIAN = new Written('.', ',');
    static final Written ENGLISH = new Written(',', '.');

    private final char grouping;
    private final char decimal;

    private Written(char grouping, char decimal) {
        this.grouping = grouping;
        this.decimal = decimal;
    }

    private DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** @return {@code 12.500} */
    String count(long n) {
        return format("#,##0").format(n);
    }

    /** @return one decimal, {@code 71,2} */
    String decimal(double value) {
        return format("#,##0.0").format(value);
    }

    /** @return a percentage of 0–100 with one decimal, {@code 77,8%} */
    String percent(double percent) {
        return decimal(percent) + "%";
    }

    /** @return a ratio of −1–1 as a signed percentage, {@code +25,0%} */
    String signedRatio(double ratio) {
        String magnitude = decimal(Math.abs(100 * ratio));
        boolean zero = magnitude.equals(decimal(0));
        return (zero ? "" : ratio > 0 ? "+" : "-") + magnitude + "%";
    }

    /** @return a signed change with one decimal, {@code +1,2} */
    String change(double change) {
        String magnitude = decimal(Math.abs(change));
        boolean zero = magnitude.equals(decimal(0));
        return (zero ? "" : change > 0 ? "+" : "-") + magnitude;
    }
}
