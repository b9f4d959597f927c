package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.structure.OrgStructure;

/**
 * A restructuring operation as an immutable value: what changes, from which date, on what legal
 * basis. Applying it is atomic ({@link #applyTo(OrgStructure)}); a
 * {@link org.bomay.core.history.History} keeps the sequence of changes and their lineage.
 *
 * <pre>{@code
 * Change merge = Merge.of(LocalDate.of(2018, 7, 1),
 *                 List.of(UnitId.of("kb.hu.vp"), UnitId.of("kb.ubnd.vp")),
 *                 Unit.builder(UnitId.of("kb.vp"), "Văn phòng Huyện ủy – HĐND – UBND", kind, Level.DISTRICT).build())
 *         .withHead(PersonId.of("p.binh"))
 *         .basis("18-NQ/TW", "Tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị")
 *         .decided(LocalDate.of(2018, 5, 15));
 * Applied a = merge.applyTo(structure);   // a.structure(), a.event()
 * }</pre>
 *
 * <p>Implementations are records; equality is by value.
 */
public sealed interface Change
        permits Establish, Rename, Merge, Absorb, Split, Transfer, Dissolve, Convert, Appoint, Relieve, SetStaffQuota,
        ReduceStaff, AddRelation, RemoveRelation, Compound {

    /** Dates, legal basis and note. */
    ChangeInfo info();

    /** The kind of change. */
    ChangeType type();

    /** A copy with other dates, basis or note. */
    Change withInfo(ChangeInfo info);

    /** A one-line description naming the ids, e.g. "[kb.hu.vp, kb.ubnd.vp] → kb.vp". */
    String summary();

    /** The effective date. */
    default LocalDate effective() {
        return info().effective();
    }

    /** A copy with a decision date. */
    default Change decided(LocalDate date) {
        return withInfo(info().withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    default Change basis(String number, String title) {
        return withInfo(info().withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    default Change note(String note) {
        return withInfo(info().withNote(note));
    }

    /**
     * Applies the change: returns the new snapshot (dated on the effective date) and the event
     * with its lineage.
     *
     * @throws ChangeException naming this change, the ids and the failed precondition; the
     *     structure is unchanged (snapshots are immutable)
     */
    default Applied applyTo(OrgStructure structure) {
        return Applier.apply(this, structure);
    }
}
