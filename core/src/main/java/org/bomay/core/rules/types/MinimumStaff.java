package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

/**
 * The minimum staff for a unit to exist as a separate organization (e.g. a phòng needs at least
 * 5 people): a table of {@link Minimum} rows, the first matching row applying, checked against
 * the actual staff (or the quota with {@link #onQuota()}). Units lacking the figure are not
 * checked.
 *
 * <pre>{@code
 * MinimumStaff r = MinimumStaff.of(info, List.of(Minimum.of(Selector.kinds(VnKinds.PHONG), 5)));
 * }</pre>
 */
public final class MinimumStaff extends TableUnitRule<Minimum> {
    private final boolean quota;

    private MinimumStaff(RuleInfo info, List<Minimum> minimums, boolean quota) {
        super(info, minimums, Minimum::where, "Minimum");
        this.quota = quota;
    }

    /** A table of minimums on the actual staff. */
    public static MinimumStaff of(RuleInfo info, List<Minimum> minimums) {
        return new MinimumStaff(info, minimums, false);
    }

    /** This table applied to the authorized quota instead of the actual staff. */
    public MinimumStaff onQuota() {
        return new MinimumStaff(info(), rows, true);
    }

    /** The rows, the first matching row applying. */
    public ImmutableList<Minimum> minimums() {
        return rows;
    }

    /** Whether the minimums apply to the authorized quota ({@link #onQuota()}) rather than the actual staff. */
    public boolean checksQuota() {
        return quota;
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return (quota ? unit.staffQuota() : unit.actualStaff()).isPresent() && rowFor(unit, ctx).isPresent();
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        int min = rowFor(u, ctx).orElseThrow().min();
        int n = (quota ? u.staffQuota() : u.actualStaff()).getAsInt();
        if (n < min) {
            out.add(u.name() + (quota ? " được giao " + n + " biên chế" : " có " + n + " người") + ", dưới mức tối thiểu " + min
                            + " để thành lập",
                    u.name() + (quota ? " has a quota of " + n : " has " + n + " staff") + ", below the minimum of " + min
                            + " for a separate unit",
                    u.id());
        }
    }

    @Override
    protected String parameters() {
        return rows.size() + " rows on " + (quota ? "quota" : "actual staff");
    }
}
