package org.bomay.core.rules.types;

import org.bomay.core.BomayException;

/**
 * One row of a table of minimums: units matching {@code where} need at least {@code min}. In a
 * table the first matching row applies.
 *
 * <pre>{@code
 * new Minimum(Selector.kinds(VnKinds.THON).attribute(VnAttributes.VUNG, "DONG_BANG_SONG_HONG"), 300)
 * }</pre>
 *
 * @param where the units the row applies to
 * @param min the minimum, at least 0
 */
public record Minimum(Selector where, int min) {

    /** Validates. */
    public Minimum {
        if (where == null) {
            throw new BomayException("A minimum needs a selector (Selector.any() for every unit), minimum was " + min);
        }
        if (min < 0) {
            throw new BomayException("A minimum must be >= 0, was " + min + " for " + where);
        }
    }

    /** A row. */
    public static Minimum of(Selector where, int min) {
        return new Minimum(where, min);
    }
}
