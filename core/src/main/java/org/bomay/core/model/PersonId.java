package org.bomay.core.model;

/**
 * The stable id of a {@link Person}: 1 to 128 ASCII letters, digits and {@code . - _ : /}.
 * {@link #toString()} returns the id itself and {@link #parse(CharSequence)} reads it back, so
 * {@code PersonId.parse(id.toString()).equals(id)}.
 *
 * <pre>{@code
 * PersonId id = PersonId.of("p.nguyen-van-an");
 * assert PersonId.parse(id.toString()).equals(id);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text
 */
public record PersonId(String value) implements Comparable<PersonId> {

    /** Validates the id text. */
    public PersonId {
        Ids.check("Person id", value);
    }

    /** Returns the id with the given text; throws {@code BomayException} naming a bad character. */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /** Reads the canonical form written by {@link #toString()}. */
    public static PersonId parse(CharSequence text) {
        if (text == null) {
            return of(null);
        }
        return of(text.toString());
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    /** Returns the id text itself. */
    @Override
    public String toString() {
        return value;
    }
}
