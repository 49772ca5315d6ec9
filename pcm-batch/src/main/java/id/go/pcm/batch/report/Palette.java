package id.go.pcm.batch.report;

import id.go.pcm.evaluation.Category;
import id.go.pcm.media.Sentiment;
import id.go.pcm.report.ReportStatus;

import java.awt.Color;

/**
 * The report's colours, one meaning each everywhere: blue is good or on time, red is bad or missing,
 * amber and grey are in between. Chosen to stay apart for colour-blind readers and in grey print.
 * All opaque: PDF/A-1 allows no transparency.
 */
final class Palette {

    static final Color INK = new Color(0x26, 0x32, 0x38);
    static final Color MUTED = new Color(0x5F, 0x6B, 0x73);
    static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    static final Color GRID = new Color(0xD5, 0xD9, 0xDE);
    static final Color RULE = new Color(0xB0, 0xB8, 0xC0);
    static final Color HEADER_FILL = new Color(0x1F, 0x3A, 0x5F);
    static final Color STRIPE = new Color(0xF1, 0xF4, 0xF8);
    static final Color GOOD = new Color(0x1F, 0x6F, 0xB4);
    static final Color GOOD_LIGHT = new Color(0x8C, 0xBF, 0xE6);
    static final Color MIDDLE = new Color(0xB4, 0xB9, 0xBF);
    static final Color WARN = new Color(0xF0, 0xA2, 0x3B);
    static final Color BAD = new Color(0xC0, 0x39, 0x2B);
    static final Color OFFLINE = new Color(0x7F, 0xB3, 0xD5);
    /** The trend's series: mean score, coverage, timeliness, reports on time, net sentiment. */
    static final Color[] TREND = {
            new Color(0x1B, 0x26, 0x31), new Color(0x1F, 0x6F, 0xB4), new Color(0xE0, 0x8A, 0x1E),
            new Color(0x7D, 0x3C, 0x98), new Color(0x11, 0x7A, 0x65)};

    private Palette() {
    }

    static Color of(ReportStatus status) {
        return switch (status) {
            case ON_TIME -> GOOD;
            case LATE -> WARN;
            case MISSING -> BAD;
        };
    }

    static Color of(Sentiment sentiment) {
        return switch (sentiment) {
            case POSITIVE -> GOOD;
            case NEUTRAL -> MIDDLE;
            case NEGATIVE -> BAD;
        };
    }

    static Color of(Category category) {
        return switch (category) {
            case SANGAT_BAIK -> GOOD;
            case BAIK -> GOOD_LIGHT;
            case CUKUP -> MIDDLE;
            case KURANG -> WARN;
            case SANGAT_KURANG -> BAD;
        };
    }
}
