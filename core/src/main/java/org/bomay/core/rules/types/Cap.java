package org.bomay.core.rules.types;

import org.bomay.core.BomayException;

/**
 * One row of a cap table: units matching {@code where} may have at most {@code max}. In a table
 * the first matching row applies, so put the specific rows first.
 *
 * <pre>{@code
 * new Cap(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.III), 1)
 * }</pre>
 *
 * @param where the units the row applies to
 * @param max the cap, at least 0
 */
public record Cap(Selector where, int max) {

    /** Validates. */
    public Cap {
        if (where == null) {
            throw new BomayException("A cap needs a selector (Selector.any() for every unit), cap was " + max);
        }
        if (max < 0) {
            throw new BomayException("A cap must be >= 0, was " + max + " for " + where);
        }
    }

    /** A row. */
    public static Cap of(Selector where, int max) {
        return new Cap(where, max);
    }
}
