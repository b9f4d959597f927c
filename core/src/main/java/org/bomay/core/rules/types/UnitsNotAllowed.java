package org.bomay.core.rules.types;

import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

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
public final class UnitsNotAllowed extends SelectedUnitRule {
    private UnitsNotAllowed(RuleInfo info, Selector where) {
        super(info, where);
    }

    /** Every unit matching {@code where} is a violation. */
    public static UnitsNotAllowed of(RuleInfo info, Selector where) {
        return new UnitsNotAllowed(info, where);
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        out.add(u.name() + " (" + u.kind().vietnamese() + ") là mô hình tổ chức không còn được áp dụng: " + titleVi(),
                u.name() + " (" + u.kind().english() + ") is a form of organization no longer allowed: " + titleEn(), u.id());
    }

}
