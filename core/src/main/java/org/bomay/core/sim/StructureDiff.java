package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * What differs between two structures — two branches' ends, or a structure before and after a
 * plan: units added, removed, renamed and moved (to another parent); posts added, removed and
 * moved (to another unit, or to another role); people added, removed, and whose posts in office
 * differ. Ids are compared: a unit merged into a new one shows as removed, the new one as added
 * (the history's lineage tells what became of what).
 *
 * <pre>{@code
 * StructureDiff d = StructureDiff.between(withMerger.finalStructure(), withoutMerger.finalStructure());
 * d.unitsAdded();        // [kb.hu.vp, kb.ubnd.vp]: the two offices exist only without the merger
 * System.out.println(d);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StructureDiff {

    /** A unit whose name differs. */
    public record Renamed(UnitId unit, String from, String to) {
        @Override
        public String toString() {
            return unit + ": \"" + from + "\" → \"" + to + "\"";
        }
    }

    /** A unit whose parent differs (empty: a root). */
    public record Moved(UnitId unit, Optional<UnitId> from, Optional<UnitId> to) {
        @Override
        public String toString() {
            return unit + ": " + from.map(Object::toString).orElse("(root)") + " → " + to.map(Object::toString).orElse("(root)");
        }
    }

    /** A post whose unit or role differs. */
    public record PostMoved(PostId post, UnitId fromUnit, UnitId toUnit, String fromRole, String toRole) {
        @Override
        public String toString() {
            return post + ": " + fromUnit + (fromRole.equals(toRole) ? "" : " (" + fromRole + ")") + " → " + toUnit
                    + (fromRole.equals(toRole) ? "" : " (" + toRole + ")");
        }
    }

    /** A person whose posts in office differ. */
    public record PersonMoved(PersonId person, String name, ImmutableList<PostId> from, ImmutableList<PostId> to) {
        @Override
        public String toString() {
            return person + " " + name + ": " + from + " → " + to;
        }
    }

    private final OrgStructure before;
    private final OrgStructure after;
    private final ImmutableList<UnitId> unitsAdded;
    private final ImmutableList<UnitId> unitsRemoved;
    private final ImmutableList<Renamed> unitsRenamed;
    private final ImmutableList<Moved> unitsMoved;
    private final ImmutableList<PostId> postsAdded;
    private final ImmutableList<PostId> postsRemoved;
    private final ImmutableList<PostMoved> postsMoved;
    private final ImmutableList<PersonId> peopleAdded;
    private final ImmutableList<PersonId> peopleRemoved;
    private final ImmutableList<PersonMoved> peopleMoved;

    private StructureDiff(OrgStructure a, OrgStructure b) {
        this.before = a;
        this.after = b;
        List<Renamed> renamed = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        for (Unit u : a.units()) {
            if (b.contains(u.id())) {
                Unit v = b.unit(u.id());
                if (!u.name().equals(v.name())) {
                    renamed.add(new Renamed(u.id(), u.name(), v.name()));
                }
                Optional<UnitId> pa = a.parent(u.id()).map(Unit::id);
                Optional<UnitId> pb = b.parent(u.id()).map(Unit::id);
                if (!pa.equals(pb)) {
                    moved.add(new Moved(u.id(), pa, pb));
                }
            }
        }
        this.unitsAdded = b.units().stream().map(Unit::id).filter(id -> !a.contains(id)).collect(ImmutableList.toImmutableList());
        this.unitsRemoved = a.units().stream().map(Unit::id).filter(id -> !b.contains(id)).collect(ImmutableList.toImmutableList());
        this.unitsRenamed = ImmutableList.copyOf(renamed);
        this.unitsMoved = ImmutableList.copyOf(moved);
        List<PostMoved> postMoves = new ArrayList<>();
        for (Post p : a.posts()) {
            if (b.contains(p.id())) {
                Post q = b.post(p.id());
                if (!p.unit().equals(q.unit()) || p.role() != q.role()) {
                    postMoves.add(new PostMoved(p.id(), p.unit(), q.unit(), p.role().name(), q.role().name()));
                }
            }
        }
        this.postsAdded = b.posts().stream().map(Post::id).filter(id -> !a.contains(id)).collect(ImmutableList.toImmutableList());
        this.postsRemoved = a.posts().stream().map(Post::id).filter(id -> !b.contains(id)).collect(ImmutableList.toImmutableList());
        this.postsMoved = ImmutableList.copyOf(postMoves);
        List<PersonMoved> personMoves = new ArrayList<>();
        Set<PersonId> seen = new LinkedHashSet<>();
        for (Person p : a.people()) {
            seen.add(p.id());
            if (b.contains(p.id())) {
                ImmutableList<PostId> from = postIds(a, p.id());
                ImmutableList<PostId> to = postIds(b, p.id());
                if (!Set.copyOf(from).equals(Set.copyOf(to))) {
                    personMoves.add(new PersonMoved(p.id(), p.name(), from, to));
                }
            }
        }
        this.peopleAdded = b.people().stream().map(Person::id).filter(id -> !a.contains(id)).collect(ImmutableList.toImmutableList());
        this.peopleRemoved = a.people().stream().map(Person::id).filter(id -> !b.contains(id)).collect(ImmutableList.toImmutableList());
        this.peopleMoved = ImmutableList.copyOf(personMoves);
    }

    private static ImmutableList<PostId> postIds(OrgStructure s, PersonId p) {
        return s.postsOf(p).stream().map(Tenure::post).collect(ImmutableList.toImmutableList());
    }

    /**
     * The differences from {@code before} to {@code after}; each structure's posts in office are
     * those of its own date.
     *
     * <pre>{@code
     * StructureDiff.between(result.scenario().baseline(), result.finalStructure());
     * }</pre>
     */
    public static StructureDiff between(OrgStructure before, OrgStructure after) {
        return new StructureDiff(Checks.notNull(before, "StructureDiff.between: the structure before"),
                Checks.notNull(after, "StructureDiff.between: the structure after"));
    }

    /** Units only in the second structure, in its tree order. */
    public ImmutableList<UnitId> unitsAdded() {
        return unitsAdded;
    }

    /** Units only in the first structure. */
    public ImmutableList<UnitId> unitsRemoved() {
        return unitsRemoved;
    }

    /** Units in both whose names differ. */
    public ImmutableList<Renamed> unitsRenamed() {
        return unitsRenamed;
    }

    /** Units in both whose parents differ. */
    public ImmutableList<Moved> unitsMoved() {
        return unitsMoved;
    }

    /** Posts only in the second structure. */
    public ImmutableList<PostId> postsAdded() {
        return postsAdded;
    }

    /** Posts only in the first structure. */
    public ImmutableList<PostId> postsRemoved() {
        return postsRemoved;
    }

    /** Posts in both whose unit or role differs. */
    public ImmutableList<PostMoved> postsMoved() {
        return postsMoved;
    }

    /** People only in the second structure. */
    public ImmutableList<PersonId> peopleAdded() {
        return peopleAdded;
    }

    /** People only in the first structure. */
    public ImmutableList<PersonId> peopleRemoved() {
        return peopleRemoved;
    }

    /** People in both whose posts in office differ. */
    public ImmutableList<PersonMoved> peopleMoved() {
        return peopleMoved;
    }

    /** Whether nothing differs (dates aside). */
    public boolean isEmpty() {
        return unitsAdded.isEmpty() && unitsRemoved.isEmpty() && unitsRenamed.isEmpty() && unitsMoved.isEmpty() && postsAdded.isEmpty()
                && postsRemoved.isEmpty() && postsMoved.isEmpty() && peopleAdded.isEmpty() && peopleRemoved.isEmpty()
                && peopleMoved.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructureDiff d && unitsAdded.equals(d.unitsAdded) && unitsRemoved.equals(d.unitsRemoved)
                && unitsRenamed.equals(d.unitsRenamed) && unitsMoved.equals(d.unitsMoved) && postsAdded.equals(d.postsAdded)
                && postsRemoved.equals(d.postsRemoved) && postsMoved.equals(d.postsMoved) && peopleAdded.equals(d.peopleAdded)
                && peopleRemoved.equals(d.peopleRemoved) && peopleMoved.equals(d.peopleMoved);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitsAdded, unitsRemoved, unitsRenamed, unitsMoved, postsAdded, postsRemoved, postsMoved);
    }

    /** A count line, then each non-empty list (at most 12 entries each, units with their names). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("StructureDiff ").append(before.date()).append(" → ").append(after.date()).append(": units +")
                .append(unitsAdded.size()).append(" −").append(unitsRemoved.size()).append(", renamed ").append(unitsRenamed.size())
                .append(", moved ").append(unitsMoved.size()).append("; posts +").append(postsAdded.size()).append(" −")
                .append(postsRemoved.size()).append(", moved ").append(postsMoved.size()).append("; people +")
                .append(peopleAdded.size()).append(" −").append(peopleRemoved.size()).append(", moved ").append(peopleMoved.size())
                .append('\n');
        section(b, "units added", unitsAdded.stream().map(id -> id + " " + after.unit(id).name()).toList());
        section(b, "units removed", unitsRemoved.stream().map(id -> id + " " + before.unit(id).name()).toList());
        section(b, "units renamed", unitsRenamed);
        section(b, "units moved", unitsMoved);
        section(b, "posts added", postsAdded);
        section(b, "posts removed", postsRemoved);
        section(b, "posts moved", postsMoved);
        section(b, "people added", peopleAdded);
        section(b, "people removed", peopleRemoved);
        section(b, "people moved", peopleMoved);
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<?> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append(title).append(" (").append(items.size()).append("):\n");
        items.stream().limit(12).forEach(i -> b.append("  ").append(i).append('\n'));
        if (items.size() > 12) {
            b.append("  … ").append(items.size() - 12).append(" more\n");
        }
    }

    static String ids(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
