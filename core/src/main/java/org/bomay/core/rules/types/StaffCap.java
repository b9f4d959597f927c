package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

/**
 * A cap on a unit's staff by kind, level and class, independent of its own quota: e.g. the
 * maximum number of commune cán bộ, công chức by commune class (NĐ 33/2023/NĐ-CP: 22/20/18 for a
 * xã or thị trấn of class I/II/III, 23/21/19 for a phường). A table of {@link Cap} rows, the first
 * matching row applying; checks the actual staff, or the quota if {@link #onQuota()} is used.
 *
 * <p>bomay records a commune's cán bộ, công chức as the staff of its UBND (the convention of the
 * Vietnam profile), so the commune caps select UBND units at commune level by the kind and class
 * of their territory.
 *
 * <pre>{@code
 * StaffCap nd33 = StaffCap.of(info, List.of(
 *         Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).territoryKinds(VnKinds.PHUONG).classes(UnitClass.I), 23),
 *         Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.I), 22)));
 * }</pre>
 */
public final class StaffCap extends TableUnitRule<Cap> {
    private final boolean quota;

    private StaffCap(RuleInfo info, List<Cap> caps, boolean quota) {
        super(info, caps, Cap::where, "Cap");
        this.quota = quota;
    }

    /** A cap table on the actual staff. */
    public static StaffCap of(RuleInfo info, List<Cap> caps) {
        return new StaffCap(info, caps, false);
    }

    /** This table applied to the authorized quota instead of the actual staff. */
    public StaffCap onQuota() {
        return new StaffCap(info(), rows, true);
    }

    /** The rows, the first matching row applying. */
    public ImmutableList<Cap> caps() {
        return rows;
    }

    /** Whether the caps apply to the authorized quota ({@link #onQuota()}) rather than the actual staff. */
    public boolean checksQuota() {
        return quota;
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return (quota ? unit.staffQuota() : unit.actualStaff()).isPresent() && rowFor(unit, ctx).isPresent();
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        int max = rowFor(u, ctx).orElseThrow().max();
        int n = (quota ? u.staffQuota() : u.actualStaff()).getAsInt();
        if (n > max) {
            out.add(u.name() + (quota ? " được giao " + n + " biên chế" : " có " + n + " người") + ", vượt mức tối đa " + max,
                    u.name() + (quota ? " has a quota of " + n : " has " + n + " staff") + ", above the cap of " + max,
                    u.id());
        }
    }

    @Override
    protected String parameters() {
        return rows.size() + " rows on " + (quota ? "quota" : "actual staff");
    }
}
