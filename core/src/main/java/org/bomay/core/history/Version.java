package org.bomay.core.history;

import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.structure.OrgStructure;

/**
 * One version of a history: its number (0 for the initial structure), the snapshot in force from
 * its date, and the event that produced it (none for version 0).
 *
 * @param index the version number, 0-based
 * @param structure the snapshot, dated on the day the version takes effect
 * @param event the change event that produced it; empty for the initial version
 */
public record Version(int index, OrgStructure structure, Optional<ChangeEvent> event) {
    /** Validates. */
    public Version {
        if (index < 0 || structure == null || event == null || (index == 0) != event.isEmpty()) {
            throw new BomayException("A version needs an index >= 0, a structure, and an event unless it is version 0");
        }
    }

    /** The day this version takes effect. */
    public LocalDate date() {
        return structure.date();
    }

    @Override
    public String toString() {
        return "v" + index + " " + date() + event.map(e -> " " + e.type().vietnamese() + ": " + e.originals() + " → " + e.results())
                .orElse(" initial") ;
    }
}
