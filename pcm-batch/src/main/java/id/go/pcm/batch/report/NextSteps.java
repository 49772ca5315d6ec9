package id.go.pcm.batch.report;

import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.report.ReportStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The scorecard's next steps (SPEC 7.7), written from the data: the report to send or complete, the
 * narratives not yet spread or spread late, the rejected rows to fix and send again; or that there is
 * nothing to improve. Pure: the same figures give the same sentences.
 */
final class NextSteps {

    private NextSteps() {
    }

    /**
     * @param agency      the agency's figures
     * @param period      the evaluation month
     * @param asOf        the evaluation time
     * @param deadlineDay the last day of the following month on which a report is on time
     * @param texts       the edition's words
     * @param formats     the edition's formats
     * @return the sentences, in the order of SPEC 7.7
     */
    static List<String> of(AgencyFigures agency, YearMonth period, OffsetDateTime asOf, int deadlineDay, Texts texts,
                           Formats formats) {
        AgencyDetail d = agency.detail();
        List<String> steps = new ArrayList<>();
        String month = formats.month(period);
        String nextMonth = formats.month(period.plusMonths(1));
        String nextDeadline = formats.date(period.plusMonths(2).atDay(deadlineDay));
        boolean deadlinePassed = deadlinePassed(d.deadline(), asOf);
        if (agency.report() == ReportStatus.MISSING) {
            steps.add(deadlinePassed
                    ? texts.format("card.next.report_missed", month, formats.date(d.deadline()), nextMonth, nextDeadline)
                    : texts.format("card.next.report_send", month, formats.date(d.deadline())));
        } else {
            List<String> missing = missingItems(d.completenessItems(), texts);
            if (!missing.isEmpty()) {
                steps.add(texts.format("card.next.report_complete", String.join(texts.get("list.separator"), missing)));
            }
            if (agency.report() == ReportStatus.LATE) {
                steps.add(texts.format("card.next.report_late", formats.date(d.deadline()), nextMonth, nextDeadline));
            }
        }
        List<String> notCovered = d.pairs().stream().filter(p -> p.status() == AgencyDetail.PairStatus.NOT_COVERED)
                .map(AgencyDetail.PairFigures::narrativeId).toList();
        if (!notCovered.isEmpty()) {
            steps.add(texts.format("card.next.not_covered", notCovered.size(), String.join(", ", notCovered)));
        }
        List<String> late = d.pairs().stream().filter(p -> p.status() == AgencyDetail.PairStatus.LATE)
                .map(AgencyDetail.PairFigures::narrativeId).toList();
        if (!late.isEmpty()) {
            steps.add(texts.format("card.next.late", late.size(), String.join(", ", late)));
        }
        long rejected = d.rejectedTotal();
        if (rejected > 0) {
            steps.add(texts.format("card.next.rejected", formats.integer(rejected)));
        }
        if (steps.isEmpty()) {
            steps.add(texts.get("card.next.nothing"));
        }
        return steps;
    }

    private static List<String> missingItems(AgencyDetail.CompletenessItems items, Texts texts) {
        List<String> missing = new ArrayList<>();
        if (!items.policies()) {
            missing.add(texts.get("card.item.policies"));
        }
        if (!items.activities()) {
            missing.add(texts.get("card.item.activities"));
        }
        if (!items.hasData()) {
            missing.add(texts.get("card.item.has_data"));
        }
        if (!items.hasAgenda()) {
            missing.add(texts.get("card.item.has_agenda"));
        }
        return missing;
    }

    /** @return whether the deadline day is over at the as-of time (WIB) */
    static boolean deadlinePassed(LocalDate deadline, OffsetDateTime asOf) {
        return asOf.atZoneSameInstant(EvaluationMonth.WIB).toLocalDate().isAfter(deadline);
    }
}
