package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.UnitId;

/**
 * tinh giản biên chế: the actual staff of a unit shrinks by {@code count} people, and with
 * {@code alsoQuota} its authorized quota too. The event records them as released.
 *
 * <pre>{@code
 * ReduceStaff.of(LocalDate.of(2021, 12, 31), UnitId.of("kb.ubnd.pnv"), 1).andQuota();
 * }</pre>
 *
 * @param info dates and basis
 * @param unit the unit
 * @param count how many people leave, at least 1
 * @param alsoQuota whether the quota shrinks by as much
 */
public record ReduceStaff(ChangeInfo info, UnitId unit, int count, boolean alsoQuota) implements Change {
    /** Validates. */
    public ReduceStaff {
        Checks.notNull(info, "ReduceStaff: the info");
        Checks.notNull(unit, "ReduceStaff: the unit");
        if (count < 1) {
            throw new BomayException("ReduceStaff of " + unit + ": the count must be >= 1, was " + count);
        }
    }

    /** Reduces a unit's actual staff. */
    public static ReduceStaff of(LocalDate effective, UnitId unit, int count) {
        return new ReduceStaff(ChangeInfo.on(effective), unit, count, false);
    }

    /** A copy that reduces the quota too. */
    public ReduceStaff andQuota() {
        return new ReduceStaff(info, unit, count, true);
    }

    @Override
    public ChangeType type() {
        return ChangeType.REDUCE_STAFF;
    }

    /** A copy with a decision date. */
    @Override
    public ReduceStaff decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public ReduceStaff basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public ReduceStaff note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public ReduceStaff withInfo(ChangeInfo i) {
        return new ReduceStaff(i, unit, count, alsoQuota);
    }

    @Override
    public String summary() {
        return unit + " staff −" + count + (alsoQuota ? " (and quota)" : "");
    }
}
