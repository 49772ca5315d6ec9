package id.go.pcm.batch.job.internal;

import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The months that a file's {@code WRONG_PERIOD} rows name: when nearly all of a file's rows are for
 * another month, the operator most likely gave the wrong {@code --period} or {@code --input}, and the
 * line that stops the run says so instead of asking for the rows to be fixed. Not thread-safe: one per
 * reading step.
 */
public final class WrongPeriods {

    /** From this share of a file's rows rejected {@code WRONG_PERIOD}, the file is taken for another month's. */
    static final double NEARLY_ALL = 0.9;

    private final Map<YearMonth, Long> months = new TreeMap<>();
    private long count;

    /**
     * Notes the month a rejected row is for, as its rule read it, when it was rejected for its period.
     *
     * @param reject a reject of the file
     */
    public void note(Reject reject) {
        if (reject.code() != RejectCode.WRONG_PERIOD) {
            return;
        }
        count++;
        if (reject.rowMonth() != null) {
            months.merge(reject.rowMonth(), 1L, Long::sum);
        }
    }

    /** @return the rows noted as rejected {@code WRONG_PERIOD} */
    public long count() {
        return count;
    }

    /**
     * @param rows   the file's rows
     * @param period the evaluation month
     * @return the month nearly all the file's rows are for, when that is not {@code period}
     */
    public Optional<YearMonth> otherMonth(long rows, YearMonth period) {
        if (rows == 0 || count < NEARLY_ALL * rows) {
            return Optional.empty();
        }
        return months.entrySet().stream()
                .max(Map.Entry.<YearMonth, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .filter(month -> !month.equals(period));
    }
}
