package id.go.pcm;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.media.Sentiment;
import id.go.pcm.validation.RejectCode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A month folder made up by {@link MonthGenerator} for the property tests: the five files as rows of
 * text (what is written), what the rules must make of each row (accepted, or rejected with a code),
 * and the accepted records as plain values, from which a test can work out the figures on its own.
 *
 * @param period       the evaluation month
 * @param asOf         the as-of time of the run
 * @param files        the five files, in {@link id.go.pcm.MonthFile} order, after {@code types.csv} in a regional month
 * @param agencies     the agency rows that must be accepted
 * @param narratives   the narrative rows that must be accepted
 * @param reports      the report rows that must be accepted
 * @param evidence     the evidence rows that must be accepted
 * @param media        the media rows that must be accepted
 * @param finalLineEnd whether the last record of each file ends with a line break
 * @param types        the month's types: the national ones, or a regional month's {@code types.csv} (SPEC 9.1)
 */
record GeneratedMonth(YearMonth period, OffsetDateTime asOf, List<File> files, List<AgencyRecord> agencies,
                      List<NarrativeRecord> narratives, List<ReportRecord> reports, List<EvidenceRecord> evidence,
                      List<MediaRecord> media, boolean finalLineEnd, AgencyTypes types) {

    /** @return the file of that name */
    File file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * One file: its header and its data rows in file order.
     *
     * @param name   the file name
     * @param header the header's column names, as written
     * @param rows   the data rows
     */
    record File(String name, List<String> header, List<Row> rows) {

        /** @return the rows that must be accepted */
        long good() {
            return rows.stream().filter(Row::good).count();
        }
    }

    /**
     * One data row.
     *
     * @param fields       the field texts, in header order (one more or fewer for a malformed row)
     * @param expectedId   the id the reject must carry, {@code null} for a good or malformed row
     * @param expectedCode the reject code the row must get, {@code null} when it must be accepted
     */
    record Row(List<String> fields, String expectedId, RejectCode expectedCode) {

        /** @return whether the row must be accepted */
        boolean good() {
            return expectedCode == null;
        }
    }

    /** An accepted agency, with its parent's id ({@code null} for none). */
    record AgencyRecord(String id, AgencyType type, boolean active, String parentId) {

        AgencyRecord(String id, AgencyType type, boolean active) {
            this(id, type, active, null);
        }
    }

    /** An accepted narrative and whom it targets. */
    record NarrativeRecord(String id, Instant issuedAt, int dueHours, boolean all, Set<AgencyType> types, Set<String> ids) {

        boolean targets(AgencyRecord agency) {
            return all || types.contains(agency.type()) || ids.contains(agency.id());
        }
    }

    /** An accepted report. */
    record ReportRecord(String agencyId, Instant submittedAt, double completeness) {
    }

    /** Accepted evidence. */
    record EvidenceRecord(String narrativeId, String agencyId, Channel channel, Instant publishedAt, Long reach,
                          Long engagement) {
    }

    /** An accepted media item. */
    record MediaRecord(Instant publishedAt, String outlet, String program, Sentiment sentiment, String narrativeId) {
    }
}
