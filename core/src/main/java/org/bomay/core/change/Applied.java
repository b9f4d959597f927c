package org.bomay.core.change;

import org.bomay.core.BomayException;
import org.bomay.core.structure.OrgStructure;

/**
 * The result of applying a change: the new snapshot and the event that records what happened.
 *
 * @param structure the snapshot after the change, dated on its effective date
 * @param event the lineage of the change
 */
public record Applied(OrgStructure structure, ChangeEvent event) {
    /** Validates. */
    public Applied {
        if (structure == null || event == null) {
            throw new BomayException("Applied needs a structure and an event");
        }
    }
}
