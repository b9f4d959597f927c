package org.bomay.core.change;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.UnitId;

/**
 * chia tách: one unit becomes several. The caller allocates the source's child units, posts (the
 * people in office go with their posts), territory units and staff among the new parts. When the
 * source ceases everything must be allocated and the staff shares must add up to the source's;
 * when it continues, what is not allocated stays with it and its staff shrinks by the shares.
 * Relations of a ceasing source are released (recorded in the event) unless a part re-creates them.
 *
 * <pre>{@code
 * Split.ceasing(LocalDate.of(2022, 9, 1), UnitId.of("dt.tcnv"),    // Đức Thọ, Hà Tĩnh 2022
 *         SplitPart.of(banToChuc).posts(tb).staff(6, 6),
 *         SplitPart.of(phongNoiVu).under(ubnd).posts(tp).staff(5, 5));
 * }</pre>
 *
 * @param info dates and basis
 * @param source the unit that splits
 * @param sourceContinues whether the source continues (with what is not allocated) or ceases
 * @param parts the new units and their allocations
 */
public record Split(ChangeInfo info, UnitId source, boolean sourceContinues, List<SplitPart> parts) implements Change {
    /** Validates. */
    public Split {
        Checks.notNull(info, "Split: the info");
        Checks.notNull(source, "Split: the source");
        parts = List.copyOf(Checks.noNulls(parts, "Split: the parts"));
        if (parts.size() < (sourceContinues ? 1 : 2)) {
            throw new BomayException("Split (chia tách) of " + source + " needs " + (sourceContinues ? "at least one part"
                    : "at least two parts when the source ceases (one part is a rename or a transfer)") + ", was " + parts.size());
        }
        Set<UnitId> ids = new HashSet<>();
        Set<UnitId> children = new HashSet<>();
        Set<Object> posts = new HashSet<>();
        Set<UnitId> territoryUnits = new HashSet<>();
        for (SplitPart p : parts) {
            if (!ids.add(p.unit().id())) {
                throw new BomayException("Split of " + source + ": two parts have the id " + p.unit().id());
            }
            once(source, "child unit", p.children(), children);
            once(source, "post", p.posts(), posts);
            once(source, "territory unit", p.territoryUnits(), territoryUnits);
        }
    }

    /** Each child, post and territory unit goes to one part at most (a unit may be both a child and a territory unit). */
    private static <T> void once(UnitId source, String what, Set<? extends T> given, Set<T> seen) {
        for (T o : given) {
            if (!seen.add(o)) {
                throw new BomayException("Split of " + source + ": " + what + " " + o + " is allocated to two parts");
            }
        }
    }

    /** The source ceases and its parts take everything. */
    public static Split ceasing(LocalDate effective, UnitId source, SplitPart... parts) {
        return new Split(ChangeInfo.on(effective), source, false, java.util.Arrays.asList(parts));
    }

    /** The source continues with what the parts do not take. */
    public static Split continuing(LocalDate effective, UnitId source, SplitPart... parts) {
        return new Split(ChangeInfo.on(effective), source, true, java.util.Arrays.asList(parts));
    }

    @Override
    public ChangeType type() {
        return ChangeType.SPLIT;
    }

    /** A copy with a decision date. */
    @Override
    public Split decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Split basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Split note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Split withInfo(ChangeInfo i) {
        return new Split(i, source, sourceContinues, parts);
    }

    @Override
    public String summary() {
        return source + " → " + parts.stream().map(p -> p.unit().id()).toList() + (sourceContinues ? " (source continues)" : "");
    }
}
