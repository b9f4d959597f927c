package org.bomay.core.change;

import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Relation;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;

/**
 * One part of a {@link Split}: the new unit and what the caller allocates to it from the source.
 *
 * <pre>{@code
 * SplitPart.of(banToChuc).children(...).posts(PostId.of("dt.tcnv.tb")).staff(8, 7)
 *         .relations(Relation.of(RelationType.SERVES, banToChuc.id(), huyenUy));
 * }</pre>
 *
 * @param unit the new unit (its validity is set by the split)
 * @param parent its parent; empty: the source's parent
 * @param children child units of the source that move under it
 * @param posts posts of the source that move to it, with the people in office
 * @param territoryUnits when the source is an administrative unit: units of its territory that now belong to this part
 * @param staffQuota the share of the source's staff quota
 * @param actualStaff the share of the source's actual staff
 * @param relations relations of the new unit (each must start or end at it)
 */
public record SplitPart(Unit unit, Optional<UnitId> parent, Set<UnitId> children, Set<PostId> posts,
        Set<UnitId> territoryUnits, int staffQuota, int actualStaff, Set<Relation> relations) {
    /** Validates. */
    public SplitPart {
        Checks.notNull(unit, "SplitPart: the unit");
        Checks.notNull(parent, "SplitPart: the parent (Optional.empty() for the source's parent)");
        children = Set.copyOf(Checks.noNulls(children, "SplitPart: the children"));
        posts = Set.copyOf(Checks.noNulls(posts, "SplitPart: the posts"));
        territoryUnits = Set.copyOf(Checks.noNulls(territoryUnits, "SplitPart: the territory units"));
        relations = Set.copyOf(Checks.noNulls(relations, "SplitPart: the relations"));
        if (staffQuota < 0 || actualStaff < 0) {
            throw new BomayException("SplitPart " + unit.id() + ": staff shares must be >= 0, were " + staffQuota + " and " + actualStaff);
        }
        for (Relation r : relations) {
            if (!r.source().equals(unit.id()) && !r.target().equals(unit.id())) {
                throw new BomayException("SplitPart " + unit.id() + ": relation " + r + " does not touch the new unit");
            }
        }
    }

    /** A part with nothing allocated yet, under the source's parent. */
    public static SplitPart of(Unit unit) {
        return new SplitPart(unit, Optional.empty(), Set.of(), Set.of(), Set.of(), 0, 0, Set.of());
    }

    /** A copy under another parent. */
    public SplitPart under(UnitId newParent) {
        return new SplitPart(unit, Optional.of(Checks.notNull(newParent, "SplitPart.under: the parent")), children, posts,
                territoryUnits, staffQuota, actualStaff, relations);
    }

    /** A copy receiving these child units. */
    public SplitPart children(UnitId... ids) {
        return new SplitPart(unit, parent, set(ids), posts, territoryUnits, staffQuota, actualStaff, relations);
    }

    /** A copy receiving these posts. */
    public SplitPart posts(PostId... ids) {
        return new SplitPart(unit, parent, children, set(ids), territoryUnits, staffQuota, actualStaff, relations);
    }

    /** A copy receiving these units of the source's territory. */
    public SplitPart territoryUnits(UnitId... ids) {
        return new SplitPart(unit, parent, children, posts, set(ids), staffQuota, actualStaff, relations);
    }

    /** A copy with a share of the staff quota and of the actual staff. */
    public SplitPart staff(int quota, int actual) {
        return new SplitPart(unit, parent, children, posts, territoryUnits, quota, actual, relations);
    }

    /** A copy with relations of the new unit. */
    public SplitPart relations(Relation... rs) {
        return new SplitPart(unit, parent, children, posts, territoryUnits, staffQuota, actualStaff, set(rs));
    }

    /** A mutable set of the arguments, nulls included, for the constructor to check and copy. */
    @SafeVarargs
    private static <T> Set<T> set(T... items) {
        return new java.util.HashSet<>(java.util.Arrays.asList(Checks.notNull(items, "SplitPart: the ids")));
    }
}
