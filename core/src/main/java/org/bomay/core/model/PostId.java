package org.bomay.core.model;

/**
 * The stable id of a {@link Post}: 1 to 128 ASCII letters, digits and {@code . - _ : /}.
 * {@link #toString()} returns the id itself and {@link #parse(CharSequence)} reads it back, so
 * {@code PostId.parse(id.toString()).equals(id)}.
 *
 * <pre>{@code
 * PostId id = PostId.of("kb.ubnd.chu-tich");
 * assert PostId.parse(id.toString()).equals(id);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text
 */
public record PostId(String value) implements Comparable<PostId> {

    /** Validates the id text. */
    public PostId {
        Ids.check("Post id", value);
    }

    /** Returns the id with the given text; throws {@code BomayException} naming a bad character. */
    public static PostId of(String value) {
        return new PostId(value);
    }

    /** Reads the canonical form written by {@link #toString()}. */
    public static PostId parse(CharSequence text) {
        if (text == null) {
            return of(null);
        }
        return of(text.toString());
    }

    @Override
    public int compareTo(PostId other) {
        return value.compareTo(other.value);
    }

    /** Returns the id text itself. */
    @Override
    public String toString() {
        return value;
    }
}
