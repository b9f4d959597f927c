package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.Severity;

/**
 * A cap on the number of deputies (cấp phó) of a unit, by kind, level and class: a table of
 * {@link Cap} rows, the first matching row applying. Deputies are the people in office in the
 * unit's DEPUTY posts on the date. Optionally, a grace period after a merger: a unit formed or
 * enlarged by a merger less than {@code grace} before the date may exceed its cap, which is then
 * reported as {@link Severity#INFO} with the day the grace ends (NĐ 150/2025/NĐ-CP, KL 187-KL/TW:
 * back within the cap no later than 5 years after the merger takes effect).
 *
 * <pre>{@code
 * DeputyCap pct = DeputyCap.of(info, List.of(
 *         Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.III), 1),
 *         Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE), 2)))
 *     .withGrace(java.time.Period.ofYears(5));
 * }</pre>
 */
public final class DeputyCap extends TableUnitRule<Cap> {
    private final java.time.Period grace;

    private DeputyCap(RuleInfo info, List<Cap> caps, java.time.Period grace) {
        super(info, caps, Cap::where, "Cap");
        if (grace != null && (grace.isNegative() || grace.isZero())) {
            throw new BomayException("Rule " + info.id() + ": the grace period must be positive, was " + grace);
        }
        this.grace = grace;
    }

    /** A cap table without grace period. */
    public static DeputyCap of(RuleInfo info, List<Cap> caps) {
        return new DeputyCap(info, caps, null);
    }

    /** A single cap for the units matching {@code where}. */
    public static DeputyCap of(RuleInfo info, Selector where, int max) {
        return new DeputyCap(info, List.of(Cap.of(where, max)), null);
    }

    /** This cap with a grace period after a merger. */
    public DeputyCap withGrace(java.time.Period graceAfterMerger) {
        if (graceAfterMerger == null) {
            throw new BomayException("Rule " + id() + ": withGrace needs a period, e.g. java.time.Period.ofYears(5)");
        }
        return new DeputyCap(info(), rows, graceAfterMerger);
    }

    /** The rows. */
    public ImmutableList<Cap> caps() {
        return rows;
    }

    @Override
    public Optional<java.time.Period> mergerGrace() {
        return Optional.ofNullable(grace);
    }

    /** The row that applies to a unit, if any. */
    public Optional<Cap> capFor(Unit unit, RuleContext ctx) {
        return rowFor(unit, ctx);
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return capFor(unit, ctx).isPresent();
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        int max = capFor(u, ctx).orElseThrow().max();
        int n = ctx.deputies(u.id());
        if (n <= max) {
            return;
        }
        Object[] concerned = concerned(u, ctx);
        Optional<LocalDate> end = grace == null ? Optional.empty() : ctx.graceEnd(u, grace);
        if (end.isPresent() && ctx.date().isBefore(end.get())) {
            out.add(Severity.INFO,
                    u.name() + " có " + n + " cấp phó, vượt mức tối đa " + max + " nhưng còn trong thời hạn "
                            + Fmt.years(grace) + " năm sau sắp xếp (đến " + Fmt.vi(end.get()) + ")",
                    u.name() + " has " + n + " deputies, above the cap of " + max + ", within the grace period of "
                            + Fmt.years(grace) + " years after its merger (until " + end.get() + ")",
                    concerned);
            return;
        }
        out.add(u.name() + " có " + n + " cấp phó, vượt mức tối đa " + max,
                u.name() + " has " + n + " deputies, above the cap of " + max, concerned);
    }

    /** The unit and its deputy posts. */
    static Object[] concerned(Unit u, RuleContext ctx) {
        List<Object> ids = new ArrayList<>();
        ids.add(u.id());
        for (Post p : ctx.structure().posts(u.id(), PostRole.DEPUTY)) {
            if (!ctx.structure().holders(p.id()).isEmpty()) {
                ids.add(p.id());
            }
        }
        return ids.toArray();
    }

    @Override
    protected String parameters() {
        return rows.size() + " rows" + (grace == null ? "" : ", grace " + grace);
    }
}
