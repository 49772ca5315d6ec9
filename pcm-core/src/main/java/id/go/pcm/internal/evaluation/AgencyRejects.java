package id.go.pcm.internal.evaluation;

import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rejected rows of one file that name an active agency in their {@code agency_id} (SPEC 7.6),
 * as they are found: counts by rule and the first rows, per agency. Memory is bounded by the active
 * agencies, whatever the file holds (ids that name no active agency are not kept). One per file, so
 * that the files read at once each touch only their own.
 */
final class AgencyRejects {

    private final Map<String, Integer> agencyIndex;
    private final long[][] byRule;
    private final List<List<Reject>> first;

    AgencyRejects(Map<String, Integer> agencyIndex, int agencies) {
        this.agencyIndex = agencyIndex;
        this.byRule = new long[agencies][];
        this.first = new ArrayList<>(agencies);
        for (int a = 0; a < agencies; a++) {
            first.add(null);
        }
    }

    void add(Reject reject, String agencyId) {
        Integer a = agencyId == null ? null : agencyIndex.get(agencyId);
        if (a == null) {
            return;
        }
        if (byRule[a] == null) {
            byRule[a] = new long[RejectCode.values().length];
            first.set(a, new ArrayList<>());
        }
        byRule[a][reject.code().ordinal()]++;
        if (first.get(a).size() < AgencyDetail.REJECTED_LISTED) {
            first.get(a).add(reject);
        }
    }

    /** Adds this file's counts of one agency into {@code counts}. */
    void countInto(int agency, Map<RejectCode, Long> counts) {
        if (byRule[agency] != null) {
            for (RejectCode code : RejectCode.values()) {
                long n = byRule[agency][code.ordinal()];
                if (n > 0) {
                    counts.merge(code, n, Long::sum);
                }
            }
        }
    }

    /** @return this file's first rejected rows of one agency, in line order */
    List<Reject> first(int agency) {
        return first.get(agency) == null ? List.of() : first.get(agency);
    }

    static Map<RejectCode, Long> emptyCounts() {
        return new EnumMap<>(RejectCode.class);
    }
}
