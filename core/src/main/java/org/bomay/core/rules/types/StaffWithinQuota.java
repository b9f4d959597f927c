package org.bomay.core.rules.types;

import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

/**
 * A unit's actual staff may not exceed its authorized quota (biên chế được giao). Units that lack
 * either figure are not checked.
 *
 * <pre>{@code
 * StaffWithinQuota r = StaffWithinQuota.of(info, Selector.any());
 * }</pre>
 */
public final class StaffWithinQuota extends SelectedUnitRule {
    private StaffWithinQuota(RuleInfo info, Selector where) {
        super(info, where);
    }

    /** Actual staff within quota for every unit matching {@code where}. */
    public static StaffWithinQuota of(RuleInfo info, Selector where) {
        return new StaffWithinQuota(info, where);
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return unit.staffQuota().isPresent() && unit.actualStaff().isPresent() && where.matches(unit, ctx);
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        int quota = u.staffQuota().getAsInt();
        int actual = u.actualStaff().getAsInt();
        if (actual > quota) {
            out.add(u.name() + " có " + actual + " người, vượt biên chế được giao (" + quota + ")",
                    u.name() + " has " + actual + " staff, above its quota of " + quota, u.id());
        }
    }

}
