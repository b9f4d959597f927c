package org.bomay.core.rules.types;

import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.UnitRule;

/** A unit rule that applies to the units one {@link Selector} picks: kinds, reads and the match come from it. */
abstract class SelectedUnitRule extends UnitRule {
    final Selector where;
    private final Set<Reach> reads;

    SelectedUnitRule(RuleInfo info, Selector where) {
        super(info);
        if (where == null) {
            throw new BomayException("Rule " + info.id() + ": needs a selector (Selector.any() for every unit)");
        }
        this.where = where;
        this.reads = where.reads();
    }

    /** The selector of the units the rule applies to. */
    public Selector selector() {
        return where;
    }

    @Override
    public Set<UnitKind> kinds() {
        return where.kinds();
    }

    @Override
    public Set<Reach> reads() {
        return reads;
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return where.matches(unit, ctx);
    }

    @Override
    protected String parameters() {
        return where.toString();
    }
}
