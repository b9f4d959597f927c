package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;

/**
 * Adds a typed relation (LEADS, GUIDES, SERVES, MEMBER_OF); subordination changes through
 * {@link Transfer}.
 *
 * <pre>{@code
 * AddRelation.of(LocalDate.of(2018, 7, 1), Relation.of(RelationType.SERVES, UnitId.of("kb.vp"), UnitId.of("kb.hu")));
 * }</pre>
 *
 * @param info dates and basis
 * @param relation the relation
 */
public record AddRelation(ChangeInfo info, Relation relation) implements Change {
    /** Validates. */
    public AddRelation {
        Checks.notNull(info, "AddRelation: the info");
        Checks.notNull(relation, "AddRelation: the relation");
        if (relation.type() == RelationType.SUBORDINATE_TO) {
            throw new BomayException("AddRelation: " + relation + " is a subordination; use Transfer to change a unit's parent");
        }
    }

    /** The change effective on a date. */
    public static AddRelation of(LocalDate effective, Relation relation) {
        return new AddRelation(ChangeInfo.on(effective), relation);
    }

    @Override
    public ChangeType type() {
        return ChangeType.ADD_RELATION;
    }

    /** A copy with a decision date. */
    @Override
    public AddRelation decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public AddRelation basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public AddRelation note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public AddRelation withInfo(ChangeInfo i) {
        return new AddRelation(i, relation);
    }

    @Override
    public String summary() {
        return "adds " + relation;
    }
}
