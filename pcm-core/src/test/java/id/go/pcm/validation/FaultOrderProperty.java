package id.go.pcm.validation;

import id.go.pcm.internal.Checked;
import id.go.pcm.internal.Rule;
import id.go.pcm.validation.TestRows.TestRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The property of a file's rule list: for random rows with any mix of faults, the reject is the fault
 * whose rule comes first in the file's fault order. Each fault is a value that breaks one named rule
 * and no earlier one, and the order is written out by the test, so neither is asked of the rules.
 */
public final class FaultOrderProperty {

    /** The name of the rule every malformed record breaks first. */
    public static final String MALFORMED = "the record has the header's number of fields";

    private final String file;
    private final List<String> order;
    private final Map<String, List<Object>> columns = new LinkedHashMap<>();

    /**
     * @param file  the file name
     * @param order the names of the file's rules in its fault order
     */
    public FaultOrderProperty(String file, List<String> order) {
        this.file = file;
        this.order = order;
    }

    /**
     * A value that breaks one rule.
     *
     * @param value the value, or {@code null} for an empty one
     * @param rule  the name of the rule it breaks
     */
    public record Fault(String value, String rule) {
    }

    /**
     * Adds a column.
     *
     * @param name   the column
     * @param valid  its valid value, or {@code null} for an empty one
     * @param faults the faults that can stand in its place
     * @return this
     */
    public FaultOrderProperty column(String name, String valid, Fault... faults) {
        List<Object> options = new ArrayList<>();
        options.add(valid == null ? Optional.EMPTY : valid);
        options.addAll(List.of(faults));
        columns.put(name, options);
        return this;
    }

    private enum Optional { EMPTY }

    /**
     * Checks the property.
     *
     * @param rules the file's rule list, for the code and column of each named rule
     * @param fresh makes a fresh check of the file, its earlier rows (those a fault repeats) already fed
     */
    public void check(List<? extends Rule<?>> rules, Supplier<Function<Row, Checked<?>>> fresh) {
        for (String name : order) {
            assertTrue(rules.stream().anyMatch(r -> r.name().equals(name)), () -> "no rule named " + name);
        }
        // each column picks its valid value most of the time, so that rows with one, two or no faults are common
        qt().withExamples(3000).forAll(lists().of(integers().between(0, 11)).ofSize(columns.size() + 1)).checkAssert(picks -> {
            List<String> values = new ArrayList<>();
            String expected = null;
            int i = 0;
            for (Map.Entry<String, List<Object>> column : columns.entrySet()) {
                List<Object> options = column.getValue();
                int faults = options.size() - 1;
                int pick = picks.get(i++);
                Object option = faults == 0 || pick < 12 - faults * 2 ? options.get(0) : options.get(1 + pick % faults);
                String value = option instanceof Fault fault ? fault.value() : option instanceof String s ? s : null;
                if (option instanceof Fault fault && (expected == null || order.indexOf(fault.rule()) < order.indexOf(expected))) {
                    expected = fault.rule();
                }
                if (value != null) {
                    values.add(column.getKey());
                    values.add(value);
                }
            }
            boolean malformed = picks.get(i) == 0;
            TestRow row = malformed ? TestRows.malformed(file, 9, columns.size() - 1, columns.size(), values.toArray(String[]::new))
                    : TestRows.row(file, 9, values.toArray(String[]::new));
            String broken = malformed ? MALFORMED : expected;
            Checked<?> checked = fresh.get().apply(row);
            if (broken == null) {
                assertTrue(checked.isAccepted(), () -> "a row without faults is accepted: " + row + " " + checked.reject());
                return;
            }
            Rule<?> rule = rules.stream().filter(r -> r.name().equals(broken)).findFirst().orElseThrow();
            assertEquals(rule.code(), checked.reject() == null ? null : checked.reject().code(), () -> broken + ": " + row + " " + checked);
            assertEquals(rule.column(), checked.reject().column(), () -> broken + ": " + row + " " + checked);
        });
    }
}
