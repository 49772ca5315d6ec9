package id.go.pcm.internal;

import id.go.pcm.validation.Reject;
import id.go.pcm.validation.TestRows;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs a few rules on a test row, as a file's {@link RuleList} runs its own. */
final class RuleTesting {

    static final String FILE = "test.csv";

    private RuleTesting() {
    }

    /** A draft that keeps the last value a rule read, and its id as the test gives it. */
    static final class TestDraft extends Draft {
        Object value;

        TestDraft(id.go.pcm.validation.Row row, String id) {
            super(row);
            id(id);
        }
    }

    /**
     * @param id    the row's id as an id rule would have read it, or {@code null}
     * @param row   the row
     * @param rules the rules, in order
     * @return the outcome: the draft when the row keeps every rule
     */
    @SafeVarargs
    static Checked<TestDraft> check(String id, id.go.pcm.validation.Row row, Rule<TestDraft>... rules) {
        return new RuleList<TestDraft, TestDraft>(List.of(rules), r -> new TestDraft(r, id), d -> d).check(row);
    }

    /** Checks line 7 of {@link #FILE}, holding the given columns and values, for a row whose id is {@code R}. */
    @SafeVarargs
    static Checked<TestDraft> checkRow(List<String> columnsValues, Rule<TestDraft>... rules) {
        return check("R", TestRows.row(FILE, 7, columnsValues.toArray(String[]::new)), rules);
    }

    static Object accepted(Checked<TestDraft> checked) {
        assertTrue(checked.isAccepted(), () -> "rejected: " + checked.reject());
        return checked.value().value;
    }

    static Reject rejected(Checked<TestDraft> checked) {
        assertFalse(checked.isAccepted(), "expected a fault");
        return checked.reject();
    }
}
