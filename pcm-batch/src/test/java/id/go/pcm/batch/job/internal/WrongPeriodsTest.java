package id.go.pcm.batch.job.internal;

import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WrongPeriodsTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

    private static Reject reject(RejectCode code, YearMonth rowMonth) {
        return new Reject("reports.csv", 2, "R-1", code, "period", "pesan", "message", rowMonth);
    }

    @Test
    void theMonthOfNearlyAllRowsIsTheOneTheirRejectsCarry() {
        WrongPeriods months = new WrongPeriods();
        for (int i = 0; i < 9; i++) {
            months.note(reject(RejectCode.WRONG_PERIOD, YearMonth.of(2024, 8)));
        }
        months.note(reject(RejectCode.WRONG_PERIOD, YearMonth.of(2024, 7)));

        assertEquals(10, months.count());
        assertEquals(Optional.of(YearMonth.of(2024, 8)), months.otherMonth(10, SEPTEMBER));
    }

    @Test
    void otherRejectsAreNotNoted() {
        WrongPeriods months = new WrongPeriods();
        months.note(reject(RejectCode.BAD_VALUE, null));
        months.note(reject(RejectCode.FUTURE, null));

        assertEquals(0, months.count());
        assertEquals(Optional.empty(), months.otherMonth(2, SEPTEMBER));
    }

    @Test
    void fewerThanNearlyAllRowsNameNoOtherMonth() {
        WrongPeriods months = new WrongPeriods();
        for (int i = 0; i < 8; i++) {
            months.note(reject(RejectCode.WRONG_PERIOD, YearMonth.of(2024, 8)));
        }

        assertEquals(Optional.empty(), months.otherMonth(10, SEPTEMBER));
        assertEquals(Optional.of(YearMonth.of(2024, 8)), months.otherMonth(8, SEPTEMBER));
    }
}
