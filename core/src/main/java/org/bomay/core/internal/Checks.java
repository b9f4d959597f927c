package org.bomay.core.internal;

import org.bomay.core.BomayException;

/**
 * Argument checks that throw {@link BomayException} naming the argument, so every public method
 * of bomay fails the same way on bad input. Internal: not part of the API.
 *
 * <pre>{@code
 * Checks.notNull(pillar, "unitsOf(pillar): the pillar");
 * }</pre>
 */
public final class Checks {
    private Checks() {}

    /**
     * Returns the value, or throws {@code BomayException("<what> must not be null")}.
     *
     * @param what names the argument and, where it helps, the method, e.g. "unitsOf(pillar): the pillar"
     */
    public static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new BomayException(what + " must not be null");
        }
        return value;
    }
}
