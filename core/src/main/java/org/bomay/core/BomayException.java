package org.bomay.core;

/**
 * The root of bomay's unchecked domain exceptions. Every message names the offending id or
 * field and, where it can, how to fix the call.
 *
 * <pre>{@code
 * try {
 *     structure.unit(UnitId.of("kb.nowhere"));
 * } catch (BomayException e) {
 *     System.err.println(e.getMessage()); // "Unknown unit kb.nowhere ..."
 * }
 * }</pre>
 */
public class BomayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with the given message. */
    public BomayException(String message) {
        super(message);
    }

    /** Creates an exception with the given message and cause. */
    public BomayException(String message, Throwable cause) {
        super(message, cause);
    }
}
