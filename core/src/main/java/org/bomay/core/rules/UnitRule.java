package org.bomay.core.rules;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;

/**
 * A rule that inspects one unit at a time: a deputy cap, a staff quota, an administrative-unit
 * standard. The validator calls {@link #check} for every unit that {@link #appliesTo}; after a
 * change, only for the touched units and, as {@link #reads()} declares, their neighbours.
 *
 * <pre>{@code
 * UnitRule r = new UnitRule(RuleInfo.structural("my.quota-known", "Có biên chế", "Quota is known")) {
 *     public Set<UnitKind> kinds() { return Set.of(VnKinds.PHONG); }
 *     public boolean appliesTo(Unit u, RuleContext ctx) { return true; }
 *     public void check(Unit u, RuleContext ctx, Findings out) {
 *         if (u.staffQuota().isEmpty()) {
 *             out.add(Severity.INFO, u.name() + ": chưa có biên chế", u.name() + ": no quota", u.id());
 *         }
 *     }
 * };
 * }</pre>
 */
public abstract non-sealed class UnitRule extends Rule {

    /** Creates the rule with its info. */
    protected UnitRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final Shape shape() {
        return Shape.UNIT;
    }

    /**
     * The kinds of unit the rule can apply to, or empty if any; a full run then visits only
     * units of these kinds. {@link #appliesTo} must be false for every other kind.
     */
    public Set<UnitKind> kinds() {
        return ImmutableSet.of();
    }

    /** Whether the rule inspects this unit (a unit it does not apply to has no violation). */
    public abstract boolean appliesTo(Unit unit, RuleContext ctx);

    /** Checks one unit, adding any violation to {@code out}. */
    public abstract void check(Unit unit, RuleContext ctx, Findings out);
}
