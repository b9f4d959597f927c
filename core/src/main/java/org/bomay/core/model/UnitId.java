package org.bomay.core.model;

/**
 * The stable id of a {@link Unit}: 1 to 128 ASCII letters, digits and {@code . - _ : /}.
 * {@link #toString()} returns the id itself and {@link #parse(CharSequence)} reads it back, so
 * {@code UnitId.parse(id.toString()).equals(id)}.
 *
 * <pre>{@code
 * UnitId id = UnitId.of("kb.huyen-uy");
 * assert UnitId.parse(id.toString()).equals(id);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text
 */
public record UnitId(String value) implements Comparable<UnitId> {

    /** Validates the id text. */
    public UnitId {
        Ids.check("Unit id", value);
    }

    /** Returns the id with the given text; throws {@code BomayException} naming a bad character. */
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    /** Reads the canonical form written by {@link #toString()}. */
    public static UnitId parse(CharSequence text) {
        if (text == null) {
            return of(null);
        }
        return of(text.toString());
    }

    @Override
    public int compareTo(UnitId other) {
        return value.compareTo(other.value);
    }

    /** Returns the id text itself. */
    @Override
    public String toString() {
        return value;
    }
}
