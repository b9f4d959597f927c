package org.bomay.core.structure;

import org.bomay.core.BomayException;

/**
 * Thrown by a query of {@link OrgStructure} given an id that is not in the snapshot.
 *
 * <pre>{@code
 * if (structure.contains(id)) {
 *     structure.children(id);   // never throws UnknownIdException
 * }
 * }</pre>
 */
public final class UnknownIdException extends BomayException {
    private static final long serialVersionUID = 1L;

    UnknownIdException(String what, Object id, java.time.LocalDate date) {
        super("Unknown " + what + " " + id + " in the structure of " + date
                + " (check the id, or whether the " + what + " was removed by a change)");
    }
}
