package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;

/**
 * Removes a typed relation (LEADS, GUIDES, SERVES, MEMBER_OF); subordination changes through
 * {@link Transfer}.
 *
 * <pre>{@code
 * RemoveRelation.of(LocalDate.of(2018, 7, 1), Relation.of(RelationType.SERVES, UnitId.of("kb.vp"), UnitId.of("kb.hu")));
 * }</pre>
 *
 * @param info dates and basis
 * @param relation the relation
 */
public record RemoveRelation(ChangeInfo info, Relation relation) implements Change {
    /** Validates. */
    public RemoveRelation {
        Checks.notNull(info, "RemoveRelation: the info");
        Checks.notNull(relation, "RemoveRelation: the relation");
        if (relation.type() == RelationType.SUBORDINATE_TO) {
            throw new BomayException("RemoveRelation: " + relation + " is a subordination; use Transfer to change a unit's parent");
        }
    }

    /** The change effective on a date. */
    public static RemoveRelation of(LocalDate effective, Relation relation) {
        return new RemoveRelation(ChangeInfo.on(effective), relation);
    }

    @Override
    public ChangeType type() {
        return ChangeType.REMOVE_RELATION;
    }

    /** A copy with a decision date. */
    @Override
    public RemoveRelation decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public RemoveRelation basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public RemoveRelation note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public RemoveRelation withInfo(ChangeInfo i) {
        return new RemoveRelation(i, relation);
    }

    @Override
    public String summary() {
        return "removes " + relation;
    }
}
