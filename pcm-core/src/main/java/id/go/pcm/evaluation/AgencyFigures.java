package id.go.pcm.evaluation;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.report.ReportStatus;

/**
 * One active agency's evaluation (SPEC 2, the {@code agencies} array of SPEC 4).
 *
 * @param agencyId     the agency id
 * @param name         its name
 * @param type         its type
 * @param report       its report status
 * @param completeness the counted report's completeness, 0 when missing
 * @param targeted     narratives that targeted it
 * @param covered      of those, narratives it sent accepted evidence for
 * @param onTime       of those, narratives whose first evidence came within the window
 * @param r            the report score R
 * @param c            the coverage score C, or {@code null} when no narrative targeted it
 * @param t            the timeliness score T, or {@code null} when no narrative targeted it
 * @param score        the score
 * @param category     its band
 * @param detail       what its scorecard says beyond these (SPEC 7)
 */
public record AgencyFigures(String agencyId, String name, AgencyType type, ReportStatus report, double completeness,
                            int targeted, int covered, int onTime, double r, Double c, Double t, double score,
                            Category category, AgencyDetail detail) {
}
