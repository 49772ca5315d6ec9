package id.go.pcm.internal.workbook;

import java.util.Locale;
import java.util.Set;

/**
 * What a number's format says of it (SPEC 10.1): whether it shows a date, whether that date shows an
 * hour, and whether it is an elapsed time. A workbook stores a date as a number of days; only its
 * format tells it from a count, so the format is read here, once per cell style.
 *
 * @param date    whether the number is a date-time
 * @param hour    whether the format shows an hour (a timestamp column needs one)
 * @param elapsed whether it is an elapsed-time format ({@code [h]}, {@code [m]}, {@code [s]}), never a date
 */
record CellFormat(boolean date, boolean hour, boolean elapsed) {

    /** A number shown as a number. */
    static final CellFormat NUMBER = new CellFormat(false, false, false);

    /** The built-in formats that are dates: 14–22 and 45–47. */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    /**
     * @param id     the format's id, or {@code null} when the cell has no style
     * @param format the format's code, or {@code null} when the workbook gives none for the id
     * @return what the format says of a number
     */
    static CellFormat of(Integer id, String format) {
        boolean builtInDate = id != null && BUILT_IN_DATES.contains(id);
        if (format == null) {
            return builtInDate ? new CellFormat(true, false, false) : NUMBER;
        }
        String kept = kept(firstSection(format));
        String lower = kept.toLowerCase(Locale.ROOT);
        boolean date = builtInDate || lower.chars().anyMatch(c -> c == 'd' || c == 'm' || c == 'y' || c == 'h' || c == 's');
        if (!date) {
            return NUMBER;
        }
        boolean elapsed = lower.contains("[h]") || lower.contains("[m]") || lower.contains("[s]");
        return new CellFormat(true, lower.indexOf('h') >= 0, elapsed);
    }

    /** The format's first section: up to the first {@code ;} outside quotes, escapes and brackets. */
    static String firstSection(String format) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_') {
                i++;
            } else if (c == ';') {
                return format.substring(0, i);
            }
        }
        return format;
    }

    /**
     * A section without what shows no part of the value: quoted text, characters escaped with {@code \}
     * or following {@code _}, and bracketed parts other than {@code [h]}, {@code [m]}, {@code [s]}
     * (colours, conditions, currencies and locales: {@code [Red]}, {@code [$-421]}).
     */
    static String kept(String section) {
        StringBuilder kept = new StringBuilder(section.length());
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                int end = section.indexOf('"', i + 1);
                i = end < 0 ? section.length() : end;
            } else if (c == '\\' || c == '_') {
                i++;
            } else if (c == '[') {
                int end = section.indexOf(']', i + 1);
                String part = end < 0 ? section.substring(i) : section.substring(i, end + 1);
                if (part.equalsIgnoreCase("[h]") || part.equalsIgnoreCase("[m]") || part.equalsIgnoreCase("[s]")) {
                    kept.append(part);
                }
                i = end < 0 ? section.length() : end;
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
