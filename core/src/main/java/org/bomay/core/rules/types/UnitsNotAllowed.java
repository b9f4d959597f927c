package org.bomay.core.rules.types;

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
 * Units of a form that is not (or no longer) allowed: every unit matching the selector is
 * reported, e.g. the merged party–government agencies ("Cơ quan Tổ chức – Nội vụ", "Cơ quan Ủy ban
 * Kiểm tra – Thanh tra", "Văn phòng cấp ủy – chính quyền") whose pilot the Politburo paused in
 * 2022 (TB 16-TB/TW), which Đức Thọ then split.
 *
 * <pre>{@code
 * UnitsNotAllowed r = UnitsNotAllowed.of(info, Selector.kinds(VnKinds.TO_CHUC_NOI_VU, VnKinds.UBKT_THANH_TRA));
 * }</pre>
 */
public final class UnitsNotAllowed extends UnitRule {
    private final Selector where;

    private UnitsNotAllowed(RuleInfo info, Selector where) {
        super(info);
        if (where == null) {
            throw new BomayException("Rule " + info.id() + ": needs a selector of the units not allowed");
        }
        this.where = where;
    }

    /** Every unit matching {@code where} is a violation. */
    public static UnitsNotAllowed of(RuleInfo info, Selector where) {
        return new UnitsNotAllowed(info, where);
    }

    @Override
    public Set<UnitKind> kinds() {
        return where.kinds();
    }

    @Override
    public Set<Reach> reads() {
        return where.reads();
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return where.matches(unit, ctx);
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        out.add(u.name() + " (" + u.kind().vietnamese() + ") là mô hình tổ chức không còn được áp dụng: " + titleVi(),
                u.name() + " (" + u.kind().english() + ") is a form of organization no longer allowed: " + titleEn(), u.id());
    }

    @Override
    protected String parameters() {
        return where.toString();
    }
}
