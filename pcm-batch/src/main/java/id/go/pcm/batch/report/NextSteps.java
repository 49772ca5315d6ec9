package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import id.go.pcm.evaluation.NextStepFacts;
import id.go.pcm.evaluation.ReportDeadline;
import id.go.pcm.report.ReportStatus;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scorecard's next steps (SPEC 7.7) in words: the report to send or complete, the narratives not
 * yet spread or spread late, the rejected rows to fix and send again; or that there is nothing to
 * improve. The facts and the deadlines are pcm-core's ({@link NextStepFacts}, {@link ReportDeadline});
 * this only words them. Pure: the same facts give the same sentences.
 */
final class NextSteps {

    private NextSteps() {
    }

    /**
     * @param facts    what the agency has to do
     * @param deadline the month's report deadlines
     * @param period   the evaluation month
     * @param texts    the edition's words
     * @param formats  the edition's formats
     * @return the sentences, in the order of SPEC 7.7
     */
    static List<String> of(NextStepFacts facts, ReportDeadline deadline, YearMonth period, Texts texts,
                           Formats formats) {
        List<String> steps = new ArrayList<>();
        String month = formats.month(period);
        String nextMonth = formats.month(period.plusMonths(1));
        String due = formats.date(deadline.lastDayOnTime());
        String nextDue = formats.date(deadline.nextLastDayOnTime());
        if (facts.report() == ReportStatus.MISSING) {
            steps.add(deadline.passed()
                    ? texts.format("card.next.report_missed", month, due, nextMonth, nextDue)
                    : texts.format("card.next.report_send", month, due));
        } else {
            if (!facts.missingItems().isEmpty()) {
                List<String> missing = facts.missingItems().stream()
                        .map(item -> texts.get("card.item." + item.name().toLowerCase(Locale.ROOT))).toList();
                steps.add(texts.format("card.next.report_complete", String.join(texts.get("list.separator"), missing)));
            }
            if (facts.report() == ReportStatus.LATE) {
                steps.add(texts.format("card.next.report_late", due, nextMonth, nextDue));
            }
        }
        if (!facts.notCovered().isEmpty()) {
            steps.add(texts.format("card.next.not_covered", facts.notCovered().size(), String.join(", ", facts.notCovered())));
        }
        if (!facts.late().isEmpty()) {
            steps.add(texts.format("card.next.late", facts.late().size(), String.join(", ", facts.late())));
        }
        if (facts.rejected() > 0) {
            steps.add(texts.format("card.next.rejected", formats.integer(facts.rejected())));
        }
        if (steps.isEmpty()) {
            steps.add(texts.get("card.next.nothing"));
        }
        return steps;
    }
}
