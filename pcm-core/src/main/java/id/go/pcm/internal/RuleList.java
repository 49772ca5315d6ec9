package id.go.pcm.internal;

import id.go.pcm.validation.Checked;
import id.go.pcm.validation.Row;

import java.util.List;
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
        for (Rule<D> rule : rules) {
            Rule.Broken broken = rule.check().test(d);
            if (broken != null) {
                return Checked.rejected(rule.reject(row, d.id(), broken));
            }
        }
        return Checked.accepted(accept.apply(d));
    }

    /** @return the rules, in order */
    public List<Rule<D>> rules() {
        return List.of(rules);
    }
}
