package id.go.pcm.batch.kit;

/**
 * One column of a kit's {@code reports} or {@code dissemination} sheet: its header (SPEC 1.3, 1.5),
 * what its cells are formatted as, the list a clerk chooses from, and its width.
 *
 * @param name   the header, as the month's rules read it
 * @param entry  the cells' number format
 * @param choice the list its cells are chosen from, or {@link Choice#NONE}
 * @param width  the column's width, in characters
 */
record KitColumn(String name, Entry entry, Choice choice, double width) {

    /** What a column's cells are formatted as, so that Excel keeps what the clerk types. */
    enum Entry {
        /** Text ({@code @}): ids, codes, the period and URLs keep their leading zeros and dots. */
        TEXT("@"),
        /** A date with the month's name and the time, so that the clerk sees which day Excel understood. */
        TIMESTAMP("d mmmm yyyy hh:mm"),
        /** Excel's general format: counts, and the yes/no words. */
        GENERAL(null);

        private final String format;

        Entry(String format) {
            this.format = format;
        }

        /** @return the number format, or {@code null} for the general one */
        String format() {
            return format;
        }
    }

    /** The lists on the hidden sheet, each in its own column there, in this order. */
    enum Choice {
        /** Every narrative of the month, those targeting the agency first. */
        NARRATIVE,
        /** The agency's own id. */
        OWN_AGENCY,
        /** The twelve channels. */
        CHANNEL,
        /** Yes and no in the kit's language. */
        YES_NO,
        /** No list: anything may be typed. */
        NONE
    }

    static KitColumn text(String name, double width) {
        return new KitColumn(name, Entry.TEXT, Choice.NONE, width);
    }

    static KitColumn chosen(String name, Entry entry, Choice choice, double width) {
        return new KitColumn(name, entry, choice, width);
    }

    static KitColumn timestamp(String name) {
        return new KitColumn(name, Entry.TIMESTAMP, Choice.NONE, 22);
    }

    static KitColumn count(String name) {
        return new KitColumn(name, Entry.GENERAL, Choice.NONE, 16);
    }
}
