package org.bomay.core.change;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bomay.core.BomayException;

/**
 * A change could not be applied: the message names the change, the ids concerned and the
 * precondition that failed. The structure it was applied to is unchanged.
 *
 * <pre>{@code
 * try {
 *     history = history.apply(merge);
 * } catch (ChangeException e) {
 *     System.out.println(e.getMessage());   // "Cannot apply hợp nhất (MERGE) effective 2018-07-01 ...: unit kb.vp ..."
 *     e.ids();                               // [kb.vp]
 * }
 * }</pre>
 */
public final class ChangeException extends BomayException {
    private static final long serialVersionUID = 1L;
    private final transient Change change;
    private final transient ImmutableList<Object> ids;
    private final String reason;

    ChangeException(Change change, String reason, List<?> ids, Throwable cause) {
        super("Cannot apply " + change.type().vietnamese() + " (" + change.type() + ") effective " + change.effective()
                + ": " + change.summary() + ": " + reason, cause);
        this.change = change;
        this.reason = reason;
        this.ids = ImmutableList.copyOf(ids.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** The failed precondition alone, without the change's description. */
    public String reason() {
        return reason;
    }

    /** The change that failed. */
    public Change change() {
        return change;
    }

    /** The ids of the units, posts or people concerned. */
    public ImmutableList<Object> ids() {
        return ids == null ? ImmutableList.of() : ids;
    }
}
