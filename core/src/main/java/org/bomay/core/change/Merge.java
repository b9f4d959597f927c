package org.bomay.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;

/**
 * hợp nhất: several units cease and one new unit is formed from them. Their children, posts (with
 * the people in office) and relations go to the new unit; its staff quota and actual staff are
 * the sums of theirs. The caller names the head of the new unit (one who heads one of the merged
 * units); the posts of the other former heads become deputy posts ("Phó ..."), which may exceed a
 * deputy cap: rules flag that, the merge does not forbid it. When the sources are administrative
 * units, the units in their territories move to the new one.
 *
 * <p>The new unit's id must be new, or the id of the merged unit that keeps the headquarters (as
 * Vietnam's unit codes do): that unit then continues under the new name and kind, and the others
 * cease.
 *
 * <pre>{@code
 * Merge.of(LocalDate.of(2018, 7, 1), List.of(vpHuyenUy, vpHdndUbnd), vanPhongChung)
 *         .withHead(PersonId.of("p.binh"));
 * }</pre>
 *
 * @param info dates and basis
 * @param sources the units that merge, at least two, distinct
 * @param result the new unit (its validity, staff quota and actual staff are set by the merge)
 * @param parent the new unit's parent; empty: the first source's parent
 * @param head who heads the new unit; needed when more than one source has a head in office
 */
public record Merge(ChangeInfo info, List<UnitId> sources, Unit result, Optional<UnitId> parent, Optional<PersonId> head)
        implements Change {
    /** Validates. */
    public Merge {
        Checks.notNull(info, "Merge: the info");
        sources = List.copyOf(Checks.noNulls(sources, "Merge: the sources"));
        Checks.notNull(result, "Merge: the resulting unit");
        Checks.notNull(parent, "Merge: the parent (Optional.empty() for the first source's parent)");
        Checks.notNull(head, "Merge: the head (Optional.empty() if at most one source has a head)");
        if (sources.size() < 2 || sources.stream().distinct().count() != sources.size()) {
            throw new BomayException("Merge (hợp nhất) needs at least two distinct units, was " + sources
                    + " (to merge into an existing unit use Absorb)");
        }
    }

    /** Merges {@code sources} into the new unit {@code result}, under the first source's parent. */
    public static Merge of(LocalDate effective, List<UnitId> sources, Unit result) {
        return new Merge(ChangeInfo.on(effective), sources, result, Optional.empty(), Optional.empty());
    }

    /** A copy naming the head of the new unit. */
    public Merge withHead(PersonId person) {
        return new Merge(info, sources, result, parent, Optional.of(Checks.notNull(person, "Merge.withHead: the person")));
    }

    /** A copy placing the new unit under another parent. */
    public Merge withParent(UnitId newParent) {
        return new Merge(info, sources, result, Optional.of(Checks.notNull(newParent, "Merge.withParent: the parent")), head);
    }

    @Override
    public ChangeType type() {
        return ChangeType.MERGE;
    }

    /** A copy with a decision date. */
    @Override
    public Merge decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Merge basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Merge note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Merge withInfo(ChangeInfo i) {
        return new Merge(i, sources, result, parent, head);
    }

    @Override
    public String summary() {
        return sources + " → " + result.id() + " (" + result.name() + ")";
    }
}
