package org.bomay.core.history;

import java.time.LocalDate;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeType;
import org.bomay.core.model.UnitId;

/**
 * One step of a unit's lineage: on {@code date}, by the change of version {@code version},
 * {@code from} became or went into {@code to}.
 *
 * <pre>{@code
 * history.successors(UnitId.of("kb.snn.ttrt"));   // [kb.snn.ttrt ABSORBED_INTO kb.ttdvnn on 2018-07-01 (v3, sáp nhập)]
 * }</pre>
 *
 * @param from the unit before
 * @param to the unit after
 * @param kind how (merged into, absorbed into, split into, restored as)
 * @param date the effective date
 * @param version the version the change produced
 * @param type the kind of change
 */
public record LineageStep(UnitId from, UnitId to, LinkKind kind, LocalDate date, int version, ChangeType type) {
    @Override
    public String toString() {
        return from + " " + kind + " " + to + " on " + date + " (v" + version + ", " + type.vietnamese() + ")";
    }
}
