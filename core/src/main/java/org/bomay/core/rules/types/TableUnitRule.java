package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.UnitRule;

/**
 * A unit rule driven by a table of rows, each with a {@link Selector}: the first matching row
 * applies. The kinds and reads of the rows are computed once.
 */
abstract class TableUnitRule<R> extends UnitRule {
    final ImmutableList<R> rows;
    private final Function<R, Selector> where;
    private final ImmutableSet<UnitKind> kinds;
    private final ImmutableSet<Reach> reads;

    TableUnitRule(RuleInfo info, List<R> rows, Function<R, Selector> where, String rowName) {
        super(info);
        if (rows == null || rows.isEmpty() || Fmt.hasNull(rows)) {
            throw new BomayException("Rule " + info.id() + ": needs at least one " + rowName + " row and no null row");
        }
        this.rows = ImmutableList.copyOf(rows);
        this.where = where;
        List<Selector> selectors = this.rows.stream().map(where).toList();
        this.kinds = ImmutableSet.copyOf(Fmt.kinds(selectors));
        this.reads = ImmutableSet.copyOf(Fmt.reads(selectors));
    }

    /** The row that applies to a unit, if any. */
    final Optional<R> rowFor(Unit unit, RuleContext ctx) {
        return Fmt.first(rows, where, unit, ctx);
    }

    @Override
    public Set<UnitKind> kinds() {
        return kinds;
    }

    @Override
    public Set<Reach> reads() {
        return reads;
    }
}
