package org.bomay.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.UnitId;

/**
 * sáp nhập: units are merged into an existing unit, which continues with its id. The absorbed
 * units cease; their children, posts (with the people in office), relations, staff quota and
 * actual staff go to the continuing unit, and so do the units of their territories when they are
 * administrative units. By default the continuing unit's head stays head and the absorbed units'
 * heads become deputies; {@link #withHead} names another head from among the heads involved.
 *
 * <pre>{@code
 * Absorb.of(LocalDate.of(2018, 10, 1), UnitId.of("ct.ttyt"), UnitId.of("ct.ttdskhhgd"));  // Châu Thành
 * }</pre>
 *
 * @param info dates and basis
 * @param into the unit that continues
 * @param absorbed the units that cease, at least one, distinct, not {@code into}
 * @param head who heads the continuing unit; empty: its current head
 */
public record Absorb(ChangeInfo info, UnitId into, List<UnitId> absorbed, Optional<PersonId> head) implements Change {
    /** Validates. */
    public Absorb {
        Checks.notNull(info, "Absorb: the info");
        Checks.notNull(into, "Absorb: the unit that continues");
        absorbed = List.copyOf(Checks.noNulls(absorbed, "Absorb: the absorbed units"));
        Checks.notNull(head, "Absorb: the head (Optional.empty() to keep the current head)");
        if (absorbed.isEmpty() || absorbed.stream().distinct().count() != absorbed.size() || absorbed.contains(into)) {
            throw new BomayException("Absorb (sáp nhập) into " + into + " needs at least one distinct other unit, was " + absorbed);
        }
    }

    /** Absorbs units into {@code into}. */
    public static Absorb of(LocalDate effective, UnitId into, UnitId... absorbed) {
        return new Absorb(ChangeInfo.on(effective), into, java.util.Arrays.asList(absorbed), Optional.empty());
    }

    /** A copy naming who heads the continuing unit. */
    public Absorb withHead(PersonId person) {
        return new Absorb(info, into, absorbed, Optional.of(Checks.notNull(person, "Absorb.withHead: the person")));
    }

    @Override
    public ChangeType type() {
        return ChangeType.ABSORB;
    }

    /** A copy with a decision date. */
    @Override
    public Absorb decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Absorb basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Absorb note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Absorb withInfo(ChangeInfo i) {
        return new Absorb(i, into, absorbed, head);
    }

    @Override
    public String summary() {
        return absorbed + " into " + into;
    }
}
