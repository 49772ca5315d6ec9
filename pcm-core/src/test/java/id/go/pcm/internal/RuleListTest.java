package id.go.pcm.internal;

import id.go.pcm.internal.RuleTesting.TestDraft;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.go.pcm.internal.RuleTesting.checkRow;
import static id.go.pcm.internal.RuleTesting.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleListTest {

    private static Rule<TestDraft> failing(RejectCode code, String column) {
        return new Rule<>(column + " fails", code, column, "missing", d -> Rule.Broken.because(column));
    }

    private static Rule<TestDraft> mustNotRun() {
        return new Rule<>("never reached", RejectCode.FUTURE, "x", "missing", d -> {
            throw new AssertionError("a rule after the row's first fault was checked");
        });
    }

    @Test
    void rowWithoutFaultIsAcceptedWithWhatItsRulesRead() {
        Checked<TestDraft> checked = checkRow(List.of("flag", "ya"), ValueRules.present("flag"),
                ValueRules.bool("flag", (d, v) -> d.value = v));

        assertTrue(checked.isAccepted());
        assertNull(checked.reject());
        assertEquals(Boolean.TRUE, checked.value().value);
    }

    @Test
    void firstFaultIsKeptAndLaterRulesAreNotChecked() {
        Checked<TestDraft> checked = checkRow(List.of("count", "abc", "flag", "maybe"),
                ValueRules.count("count", (d, v) -> d.value = v), mustNotRun());

        assertEquals(RejectCode.BAD_VALUE, rejected(checked).code());
        assertEquals("count", checked.reject().column());
    }

    @Test
    void laterFaultDoesNotReplaceTheFirst() {
        Checked<TestDraft> checked = checkRow(List.of(), failing(RejectCode.BAD_VALUE, "a"), failing(RejectCode.FUTURE, "b"));

        assertEquals(RejectCode.BAD_VALUE, rejected(checked).code());
        assertEquals("a", checked.reject().column());
    }

    @Test
    void theListKeepsItsOrder() {
        Rule<TestDraft> a = failing(RejectCode.BAD_VALUE, "a");
        Rule<TestDraft> b = failing(RejectCode.FUTURE, "b");
        RuleList<TestDraft, TestDraft> list = new RuleList<>(List.of(b, a), row -> new TestDraft(row, null), d -> d);

        assertSame(b, list.rules().get(0));
        assertEquals(RejectCode.FUTURE, list.check(id.go.pcm.validation.TestRows.row("t.csv", 2)).reject().code());
    }
}
