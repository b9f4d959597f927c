package org.bomay.core.rules;

import org.bomay.core.model.Unit;

/**
 * A rule on a sum over every unit of the structure, e.g. "no more organizations (đầu mối) than
 * in the baseline". Each unit contributes a number; the validator keeps the total up to date
 * after a change by subtracting the old contributions of the touched units and adding the new
 * ones, so a contribution must depend only on the unit (and what {@link #reads()} declares),
 * never on the snapshot's date.
 *
 * <pre>{@code
 * TotalRule r = new TotalRule(info) {
 *     public long contribution(Unit u, RuleContext ctx) { return u.staffQuota().orElse(0); }
 *     public void check(long total, RuleContext ctx, Findings out) {
 *         if (total > 2_000) {
 *             out.add("Tổng biên chế " + total, "Total quota " + total);
 *         }
 *     }
 * };
 * }</pre>
 */
public abstract non-sealed class TotalRule extends Rule {

    /** Creates the rule with its info. */
    protected TotalRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final Shape shape() {
        return Shape.TOTAL;
    }

    /** What one unit adds to the total (0 for units the rule does not count). */
    public abstract long contribution(Unit unit, RuleContext ctx);

    /** Checks the total, adding any violation to {@code out}. */
    public abstract void check(long total, RuleContext ctx, Findings out);
}
