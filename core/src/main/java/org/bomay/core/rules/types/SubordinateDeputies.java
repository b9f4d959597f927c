package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.UnitRule;

/**
 * "A subordinate unit may not have more deputies than the unit directly above it"
 * (NĐ 150/2025/NĐ-CP; KL 187-KL/TW): a unit matching {@code child} whose parent matches
 * {@code parent} has at most as many deputies in office as the parent.
 *
 * <p>The parent selector may test only the parent's own kind and level (no class, territory,
 * area or attribute), so that re-checking a changed parent's children is enough.
 *
 * <pre>{@code
 * SubordinateDeputies r = SubordinateDeputies.of(info, Selector.any(), Selector.kinds(VnKinds.SO));
 * }</pre>
 */
public final class SubordinateDeputies extends UnitRule {
    private final Selector child;
    private final Selector parent;

    private SubordinateDeputies(RuleInfo info, Selector child, Selector parent) {
        super(info);
        if (child == null || parent == null) {
            throw new BomayException("Rule " + info.id() + ": needs a child selector and a parent selector");
        }
        if (!parent.reads().isEmpty()) {
            throw new BomayException("Rule " + info.id() + ": the parent selector may test only kinds and levels, was "
                    + parent);
        }
        this.child = child;
        this.parent = parent;
    }

    /** Children matching {@code child} of parents matching {@code parent}. */
    public static SubordinateDeputies of(RuleInfo info, Selector child, Selector parent) {
        return new SubordinateDeputies(info, child, parent);
    }

    /** The selector of the subordinate units checked. */
    public Selector child() {
        return child;
    }

    /** The selector of their parents. */
    public Selector parent() {
        return parent;
    }

    @Override
    public Set<UnitKind> kinds() {
        return child.kinds();
    }

    @Override
    public Set<Reach> reads() {
        Set<Reach> r = EnumSet.of(Reach.PARENT);
        r.addAll(child.reads());
        return ImmutableSet.copyOf(r);
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        if (!child.matches(unit, ctx)) {
            return false;
        }
        Optional<Unit> p = ctx.structure().parent(unit.id());
        return p.isPresent() && parent.matches(p.get(), ctx);
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        Unit p = ctx.structure().parent(u.id()).orElseThrow();
        int n = ctx.deputies(u.id());
        int np = ctx.deputies(p.id());
        if (n > np) {
            out.add(u.name() + " có " + n + " cấp phó, nhiều hơn đơn vị cấp trên trực tiếp " + p.name() + " (" + np + ")",
                    u.name() + " has " + n + " deputies, more than the unit directly above it, " + p.name() + " (" + np
                            + ")",
                    u.id(), p.id());
        }
    }

    @Override
    protected String parameters() {
        return "child " + child + ", parent " + parent;
    }
}
