package org.bomay.core.rules.types;

import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

/**
 * Deputies may not exceed a share of a unit's authorized staff quota (biên chế): "no more than
 * 50% of the assigned staff" (KL 187-KL/TW). Units without a quota are not checked.
 *
 * <pre>{@code
 * DeputyShareCap r = DeputyShareCap.of(info,
 *         Selector.any().except(Selector.kinds(VnKinds.UBMTTQ).levels(Level.COMMUNE)), 0.5);
 * }</pre>
 */
public final class DeputyShareCap extends SelectedUnitRule {
    private final double share;

    private DeputyShareCap(RuleInfo info, Selector where, double share) {
        super(info, where);
        if (!(share > 0 && share <= 1)) {
            throw new BomayException("Rule " + info.id() + ": the share must be in (0, 1], was " + share);
        }
        this.share = share;
    }

    /** Deputies at most {@code share} (0..1] of the quota of units matching {@code where}. */
    public static DeputyShareCap of(RuleInfo info, Selector where, double share) {
        return new DeputyShareCap(info, where, share);
    }

    /** The share of the staff quota deputies may reach, in (0, 1]. */
    public double share() {
        return share;
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return !unit.isTerritorial() && unit.staffQuota().isPresent() && where.matches(unit, ctx);
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        int quota = u.staffQuota().getAsInt();
        int n = ctx.deputies(u.id());
        if (n > share * quota + 1e-9) {
            out.add(u.name() + " có " + n + " cấp phó, vượt " + Fmt.percentVi(share) + " biên chế được giao ("
                            + quota + ")",
                    u.name() + " has " + n + " deputies, more than " + Fmt.percent(share) + " of its staff quota ("
                            + quota + ")",
                    DeputyCap.concerned(u, ctx));
        }
    }

    @Override
    protected String parameters() {
        return Fmt.percent(share) + " of the quota of " + where;
    }
}
