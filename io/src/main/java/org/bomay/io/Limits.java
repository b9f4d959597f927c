package org.bomay.io;

/**
 * Input limits for reading documents, so that a hostile or broken file fails fast with a clear
 * error instead of exhausting memory or the stack. The defaults fit a national structure (about
 * 10^6 units, 3·10^6 posts and 2·10^6 people is about 1 GB of pretty-printed JSON).
 *
 * <pre>{@code
 * Documents small = Documents.json().withLimits(Limits.DEFAULT.withMaxDocumentChars(10_000_000));
 * }</pre>
 *
 * @param maxDocumentChars the longest document, in characters (bytes for byte input)
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value or field name, in characters
 */
public record Limits(long maxDocumentChars, int maxDepth, int maxStringLength) {

    /** 2 GiB, 64 levels, 1 MiB strings: room for a national structure, not for an attack. */
    public static final Limits DEFAULT = new Limits(2L * 1024 * 1024 * 1024 - 1, 64, 1 << 20);

    /** Checks the limits: each must be positive. */
    public Limits {
        if (maxDocumentChars < 1 || maxDepth < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("every limit must be positive, got maxDocumentChars=" + maxDocumentChars
                    + ", maxDepth=" + maxDepth + ", maxStringLength=" + maxStringLength);
        }
    }

    /** A copy with another document size limit. */
    public Limits withMaxDocumentChars(long value) {
        return new Limits(value, maxDepth, maxStringLength);
    }

    /** A copy with another nesting limit. */
    public Limits withMaxDepth(int value) {
        return new Limits(maxDocumentChars, value, maxStringLength);
    }

    /** A copy with another string length limit. */
    public Limits withMaxStringLength(int value) {
        return new Limits(maxDocumentChars, maxDepth, value);
    }
}
