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

    /**
     * Returns the collection, or throws {@code BomayException} naming {@code what} if it or one of
     * its elements is null (instead of the bare NullPointerException of {@code List.copyOf}).
     *
     * @param what names the argument, e.g. "Merge: the sources"
     */
    public static <C extends java.util.Collection<?>> C noNulls(C values, String what) {
        notNull(values, what);
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                throw new BomayException(what + " must not contain null (element " + i + " of " + values.size() + ")");
            }
            i++;
        }
        return values;
    }
}
