package id.go.pcm.batch.kit;

import id.go.pcm.batch.kit.KitColumn.Choice;
import id.go.pcm.batch.kit.KitColumn.Entry;

import java.util.List;

/**
 * The two sheets a kit gives the month (SPEC 10.2): their names, their headers in the order of SPEC 1.3
 * and 1.5, and how many rows under the header carry the formats' lists and input messages.
 */
enum KitSheet {
    /** The periodic report: one row, pre-filled with its id, the agency and the month. */
    REPORTS("reports", 10, List.of(
            KitColumn.text("report_id", 24),
            KitColumn.chosen("agency_id", Entry.TEXT, Choice.OWN_AGENCY, 18),
            KitColumn.text("period", 10),
            KitColumn.timestamp("submitted_at"),
            KitColumn.count("policies_count"),
            KitColumn.count("activities_count"),
            KitColumn.chosen("has_data", Entry.GENERAL, Choice.YES_NO, 11),
            KitColumn.chosen("has_agenda", Entry.GENERAL, Choice.YES_NO, 11))),
    /** The dissemination evidence: no row, one per piece of evidence the clerk adds. */
    DISSEMINATION("dissemination", 500, List.of(
            KitColumn.text("evidence_id", 20),
            KitColumn.chosen("narrative_id", Entry.TEXT, Choice.NARRATIVE, 18),
            KitColumn.chosen("agency_id", Entry.TEXT, Choice.OWN_AGENCY, 18),
            KitColumn.chosen("channel", Entry.TEXT, Choice.CHANNEL, 12),
            KitColumn.timestamp("published_at"),
            KitColumn.text("url", 40),
            KitColumn.text("proof_sha256", 30),
            KitColumn.count("reach"),
            KitColumn.count("engagement")));

    private final String sheetName;
    private final int rows;
    private final List<KitColumn> columns;

    /**
     * @param rows the rows under the header that the lists and messages cover: a report needs one (a few
     *             for a clerk who adds a corrected one below); the national sample's busiest agency
     *             sends 24 pieces of evidence a month, so 500 leave room for a busy year's month
     */
    KitSheet(String sheetName, int rows, List<KitColumn> columns) {
        this.sheetName = sheetName;
        this.rows = rows;
        this.columns = columns;
    }

    /** @return the sheet's name, in both languages: the month reads the sheets by these names */
    String sheetName() {
        return sheetName;
    }

    /** @return the rows under the header that lists and messages cover */
    int rows() {
        return rows;
    }

    /** @return the columns, in header order */
    List<KitColumn> columns() {
        return columns;
    }
}
