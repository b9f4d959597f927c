package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.UnitId;

/**
 * giao biên chế: sets the authorized staff quota of a unit. The event records the difference as
 * quota granted or released.
 *
 * <pre>{@code
 * SetStaffQuota.of(LocalDate.of(2019, 1, 1), UnitId.of("kb.ubnd.pnv"), 6);
 * }</pre>
 *
 * @param info dates and basis
 * @param unit the unit
 * @param quota the new quota, at least 0
 */
public record SetStaffQuota(ChangeInfo info, UnitId unit, int quota) implements Change {
    /** Validates. */
    public SetStaffQuota {
        Checks.notNull(info, "SetStaffQuota: the info");
        Checks.notNull(unit, "SetStaffQuota: the unit");
        if (quota < 0) {
            throw new BomayException("SetStaffQuota of " + unit + ": the quota must be >= 0, was " + quota);
        }
    }

    /** Sets a unit's quota. */
    public static SetStaffQuota of(LocalDate effective, UnitId unit, int quota) {
        return new SetStaffQuota(ChangeInfo.on(effective), unit, quota);
    }

    @Override
    public ChangeType type() {
        return ChangeType.SET_STAFF_QUOTA;
    }

    /** A copy with a decision date. */
    @Override
    public SetStaffQuota decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public SetStaffQuota basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public SetStaffQuota note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public SetStaffQuota withInfo(ChangeInfo i) {
        return new SetStaffQuota(i, unit, quota);
    }

    @Override
    public String summary() {
        return unit + " quota = " + quota;
    }
}
