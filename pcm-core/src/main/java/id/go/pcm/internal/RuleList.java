package id.go.pcm.internal;

import id.go.pcm.validation.Reject;
import id.go.pcm.validation.Row;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A file's rules in SPEC order, and what an accepted row becomes: a row is checked against the rules
 * one after the other, and the first it breaks is its reject; a row that keeps them all is accepted.
 * The list is the file's fault order, so adding a rule is adding one value in its place.
 *
 * @param <D> the file's draft
 * @param <T> the accepted record
 */
public final class RuleList<D extends Draft, T> {

    private final Rule<D>[] rules;
    private final Rule.Check<? super D>[] checks;
    /** For each presence rule its column, else {@code null}: see {@link ValueRules.Presence}. */
    private final String[] presence;
    /** For the first rule of each column in the list, that column, else {@code null}: where a cell's fault fires. */
    private final String[] firstOfColumn;
    private final Function<Row, D> draft;
    private final Function<D, T> accept;

    /**
     * @param rules  the rules, in the order their faults are reported
     * @param draft  makes a row's empty draft
     * @param accept makes the accepted record of a row that kept every rule
     */
    @SuppressWarnings("unchecked")
    public RuleList(List<Rule<D>> rules, Function<Row, D> draft, Function<D, T> accept) {
        // an array: the loop runs for every rule of every row of a month of millions
        this.rules = rules.toArray(new Rule[0]);
        this.checks = new Rule.Check[this.rules.length];
        this.presence = new String[this.rules.length];
        this.firstOfColumn = new String[this.rules.length];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < checks.length; i++) {
            checks[i] = this.rules[i].check();
            presence[i] = checks[i] instanceof ValueRules.Presence p ? p.column() : null;
            String column = this.rules[i].column();
            firstOfColumn[i] = column != null && seen.add(column) ? column : null;
        }
        this.draft = draft;
        this.accept = accept;
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted record, or the reject of the first rule the row breaks
     */
    public Checked<T> check(Row row) {
        D d = draft.apply(row);
        // a workbook's row may know more of its cells than their text (SPEC 10.1); a CSV row never does
        TypedCells typed = row instanceof TypedCells t ? t : null;
        TypedCells cells = typed != null && typed.hasNotes() ? typed : null;
        for (int i = 0; i < checks.length; i++) {
            if (cells != null && firstOfColumn[i] != null) {
                Fault fault = cells.cellFault(firstOfColumn[i]);
                if (fault != null) {
                    return Checked.rejected(fault.reject(row, d.id()));
                }
            }
            // a presence rule inline, the others by their check (a call the JIT cannot inline: many classes)
            Rule.Broken broken = presence[i] != null
                    ? (d.value(presence[i]) == null ? Rule.Broken.because(presence[i]) : null)
                    : checks[i].test(d);
            if (broken != null) {
                Reject reject = rules[i].reject(row, d.id(), broken);
                String column = rules[i].column();
                return Checked.rejected(typed == null ? reject : typed.explain(reject, column == null ? null : d.value(column)));
            }
        }
        return Checked.accepted(accept.apply(d));
    }

    /** @return the rules, in order */
    public List<Rule<D>> rules() {
        return List.of(rules);
    }
}
