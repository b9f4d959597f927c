package org.bomay.core.change;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.UnitId;

/**
 * What a change did, with its lineage: which units it acted on and which resulted, which units
 * became which ({@link #links()}), and where every post, person, child unit, territory unit and
 * unit of staff went, or that it was released. This is the W3C ORG {@code ChangeEvent}
 * ({@code originalOrganization} → {@code resultingOrganization}) with the staffing detail a
 * restructuring in Vietnam needs.
 *
 * <pre>{@code
 * ChangeEvent e = merge.applyTo(s).event();
 * e.originals();   // [kb.hu.vp, kb.ubnd.vp]
 * e.results();     // [kb.vp]
 * e.posts();       // [kb.hu.vp.cvp: kb.hu.vp → kb.vp, HEAD → DEPUTY, ...]
 * System.out.println(e.describe());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChangeEvent {

    /** How a unit before the change relates to a unit after it. */
    public enum LinkKind {
        /** hợp nhất: the unit merged into a new unit (or, keeping the headquarters' code, into itself). */
        MERGED_INTO,
        /** sáp nhập: the unit was absorbed by a continuing unit. */
        ABSORBED_INTO,
        /** chia tách: the unit gave rise to a part. */
        SPLIT_INTO,
        /** a history's undo: the unit returns to one it came from. */
        RESTORED_AS
    }

    /**
     * A lineage link: {@code from} (before the change) became, or went into, {@code to}.
     *
     * @param from the unit before
     * @param to the unit after
     * @param kind how
     */
    public record UnitLink(UnitId from, UnitId to, LinkKind kind) {
        @Override
        public String toString() {
            return from + " " + kind + " " + to;
        }
    }

    /**
     * A post moved to another unit (to empty: released, i.e. abolished), perhaps with another role.
     *
     * @param post the post
     * @param from its unit before
     * @param to its unit after, or empty if released
     * @param roleBefore its role before
     * @param roleAfter its role after (the same when released)
     */
    public record PostMove(PostId post, UnitId from, Optional<UnitId> to, PostRole roleBefore, PostRole roleAfter) {
        @Override
        public String toString() {
            return post + ": " + from + " → " + to.map(Object::toString).orElse("released")
                    + (roleBefore == roleAfter ? "" : ", " + roleBefore + " → " + roleAfter);
        }
    }

    /**
     * A person's move: from a post in a unit (empty: newly appointed) to a post in a unit (empty: released from it).
     *
     * @param person who
     * @param fromPost the post before, if any
     * @param fromUnit the unit of that post
     * @param toPost the post after, if any
     * @param toUnit the unit of that post
     */
    public record PersonMove(PersonId person, Optional<PostId> fromPost, Optional<UnitId> fromUnit, Optional<PostId> toPost,
            Optional<UnitId> toUnit) {
        @Override
        public String toString() {
            return person + ": " + fromPost.map(p -> p + " in " + fromUnit.orElse(null)).orElse("—") + " → "
                    + toPost.map(p -> p + " in " + toUnit.orElse(null)).orElse("released");
        }
    }

    /**
     * A unit that moved: a child to a new parent, or a unit to a new territory.
     *
     * @param unit the unit that moved
     * @param from its parent (or territory) before, if any
     * @param to its parent (or territory) after, if any
     */
    public record UnitMove(UnitId unit, Optional<UnitId> from, Optional<UnitId> to) {
        @Override
        public String toString() {
            return unit + ": " + from.map(Object::toString).orElse("—") + " → " + to.map(Object::toString).orElse("—");
        }
    }

    /**
     * Staff quota (biên chế) and actual staff that moved from one unit to another; an empty
     * {@code from} is newly granted, an empty {@code to} is released (tinh giản).
     *
     * @param from the unit it left, if any
     * @param to the unit it went to, if any
     * @param quota how much quota
     * @param actual how many people of the actual staff
     */
    public record StaffMove(Optional<UnitId> from, Optional<UnitId> to, int quota, int actual) {
        @Override
        public String toString() {
            return from.map(Object::toString).orElse("granted") + " → " + to.map(Object::toString).orElse("released") + ": quota "
                    + quota + ", staff " + actual;
        }
    }

    private final Optional<Change> change;
    private final ChangeType type;
    private final ChangeInfo info;
    private final ImmutableList<UnitId> originals;
    private final ImmutableList<UnitId> results;
    private final ImmutableList<UnitId> established;
    private final ImmutableList<UnitId> ceased;
    private final ImmutableList<UnitLink> links;
    private final ImmutableList<PostMove> posts;
    private final ImmutableList<PersonMove> people;
    private final ImmutableList<UnitMove> children;
    private final ImmutableList<UnitMove> territories;
    private final ImmutableList<StaffMove> staff;
    private final ImmutableList<Relation> relationsAdded;
    private final ImmutableList<Relation> relationsRemoved;
    private final Optional<String> becomes;
    private final ImmutableList<ChangeEvent> parts;
    private final ImmutableSet<UnitId> touchedUnits;
    private final ImmutableSet<PostId> touchedPosts;
    private final ImmutableSet<PersonId> touchedPeople;

    ChangeEvent(Recorder r) {
        this.change = Optional.ofNullable(r.change);
        this.type = r.type;
        this.info = r.info;
        this.originals = ImmutableList.copyOf(r.originals);
        this.results = ImmutableList.copyOf(r.results);
        this.established = ImmutableList.copyOf(r.established);
        this.ceased = ImmutableList.copyOf(r.ceased);
        this.links = ImmutableList.copyOf(r.links);
        this.posts = ImmutableList.copyOf(r.posts);
        this.people = ImmutableList.copyOf(r.people);
        this.children = ImmutableList.copyOf(r.children);
        this.territories = ImmutableList.copyOf(r.territories);
        this.staff = ImmutableList.copyOf(r.staff);
        this.relationsAdded = ImmutableList.copyOf(r.relationsAdded);
        this.relationsRemoved = ImmutableList.copyOf(r.relationsRemoved);
        this.becomes = Optional.ofNullable(r.becomes);
        this.parts = ImmutableList.copyOf(r.parts);
        this.touchedUnits = ImmutableSet.copyOf(r.touchedUnits);
        this.touchedPosts = ImmutableSet.copyOf(r.touchedPosts);
        this.touchedPeople = ImmutableSet.copyOf(r.touchedPeople);
    }

    /** The change applied; empty for a history's undo. */
    public Optional<Change> change() {
        return change;
    }

    /** The kind of change. */
    public ChangeType type() {
        return type;
    }

    /** Dates, legal basis and note. */
    public ChangeInfo info() {
        return info;
    }

    /** The units the change acted on, as they were before it (W3C ORG originalOrganization). */
    public ImmutableList<UnitId> originals() {
        return originals;
    }

    /** The units that result from it (W3C ORG resultingOrganization): new ones and continuing ones. */
    public ImmutableList<UnitId> results() {
        return results;
    }

    /** Units that did not exist before. */
    public ImmutableList<UnitId> established() {
        return established;
    }

    /** Units that ceased (merged, absorbed, split, dissolved, converted). */
    public ImmutableList<UnitId> ceased() {
        return ceased;
    }

    /** Which unit became or went into which. */
    public ImmutableList<UnitLink> links() {
        return links;
    }

    /** Where every post of the units acted on went. */
    public ImmutableList<PostMove> posts() {
        return posts;
    }

    /** Where every person in office in those posts went, and appointments and reliefs. */
    public ImmutableList<PersonMove> people() {
        return people;
    }

    /** Child units that moved to a new parent. */
    public ImmutableList<UnitMove> children() {
        return children;
    }

    /** Units that moved to a new territory. */
    public ImmutableList<UnitMove> territories() {
        return territories;
    }

    /** Staff quota and actual staff moved, granted or released. */
    public ImmutableList<StaffMove> staff() {
        return staff;
    }

    /** Relations added (redirected relations included). */
    public ImmutableList<Relation> relationsAdded() {
        return relationsAdded;
    }

    /** Relations removed or released. */
    public ImmutableList<Relation> relationsRemoved() {
        return relationsRemoved;
    }

    /** For a conversion: what the unit became outside the system. */
    public Optional<String> becomes() {
        return becomes;
    }

    /** For a compound: the events of its parts, in order. */
    public ImmutableList<ChangeEvent> parts() {
        return parts;
    }

    /** Every unit the change added, removed or modified (incremental validation re-checks these). */
    public ImmutableSet<UnitId> touchedUnits() {
        return touchedUnits;
    }

    /** Every post the change added, removed or modified, or whose tenures changed. */
    public ImmutableSet<PostId> touchedPosts() {
        return touchedPosts;
    }

    /** Every person whose record or tenures changed. */
    public ImmutableSet<PersonId> touchedPeople() {
        return touchedPeople;
    }

    /** The quota released minus the quota newly granted (positive for a reduction). */
    public int quotaReleased() {
        int n = 0;
        for (StaffMove m : staff) {
            if (m.to().isEmpty()) {
                n += m.quota();
            }
            if (m.from().isEmpty()) {
                n -= m.quota();
            }
        }
        return n;
    }

    /** A readable multi-line account of the event. */
    public String describe() {
        StringBuilder b = new StringBuilder(toString()).append('\n');
        info.basis().ifPresent(x -> b.append("  basis: ").append(x).append('\n'));
        if (!info.note().isEmpty()) {
            b.append("  note: ").append(info.note()).append('\n');
        }
        section(b, "links", links);
        section(b, "established", established);
        section(b, "ceased", ceased);
        becomes.ifPresent(x -> b.append("  becomes: ").append(x).append('\n'));
        section(b, "children", children);
        section(b, "territories", territories);
        section(b, "posts", posts);
        section(b, "people", people);
        section(b, "staff", staff);
        section(b, "relations added", relationsAdded);
        section(b, "relations removed", relationsRemoved);
        for (ChangeEvent p : parts) {
            b.append("  part: ").append(p.describe().replace("\n", "\n  ").stripTrailing()).append('\n');
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String name, java.util.List<?> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("  ").append(name).append(":\n");
        for (Object o : items) {
            b.append("    ").append(o).append('\n');
        }
    }

    /** e.g. {@code hợp nhất (MERGE) 2018-07-01: [kb.hu.vp, kb.ubnd.vp] → [kb.vp]}. */
    @Override
    public String toString() {
        return type.vietnamese() + " (" + type + ") " + info.effective() + ": " + originals + " → " + results;
    }

    /**
     * The event of undoing {@code undone}: its results go back to its originals (links
     * {@link LinkKind#RESTORED_AS}), and it touches what {@code undone} touched. Used by
     * {@code History.undo}.
     *
     * <pre>{@code
     * ChangeEvent back = ChangeEvent.undoOf(lastEvent, ChangeInfo.on(LocalDate.of(2019, 1, 1)));
     * }</pre>
     */
    public static ChangeEvent undoOf(ChangeEvent undone, ChangeInfo info) {
        if (undone == null || info == null) {
            throw new org.bomay.core.BomayException("undoOf: the undone event and the info must not be null");
        }
        Recorder r = new Recorder(null, ChangeType.UNDO, info);
        r.originals.addAll(undone.results);
        r.results.addAll(undone.originals);
        for (UnitId u : undone.established) {
            if (!undone.originals.contains(u)) {
                r.ceased.add(u);
            }
        }
        for (UnitId u : undone.ceased) {
            if (!undone.results.contains(u)) {
                r.established.add(u);
            }
        }
        for (UnitLink l : undone.links) {
            if (!l.from().equals(l.to())) {
                r.links.add(new UnitLink(l.to(), l.from(), LinkKind.RESTORED_AS));
            }
        }
        r.touchedUnits.addAll(undone.touchedUnits);
        r.touchedPosts.addAll(undone.touchedPosts);
        r.touchedPeople.addAll(undone.touchedPeople);
        return r.build();
    }

    /** Collects an event while a change is applied. */
    static final class Recorder {
        Change change;
        ChangeType type;
        ChangeInfo info;
        final java.util.List<UnitId> originals = new java.util.ArrayList<>();
        final java.util.List<UnitId> results = new java.util.ArrayList<>();
        final java.util.List<UnitId> established = new java.util.ArrayList<>();
        final java.util.List<UnitId> ceased = new java.util.ArrayList<>();
        final java.util.List<UnitLink> links = new java.util.ArrayList<>();
        final java.util.List<PostMove> posts = new java.util.ArrayList<>();
        final java.util.List<PersonMove> people = new java.util.ArrayList<>();
        final java.util.List<UnitMove> children = new java.util.ArrayList<>();
        final java.util.List<UnitMove> territories = new java.util.ArrayList<>();
        final java.util.List<StaffMove> staff = new java.util.ArrayList<>();
        final java.util.List<Relation> relationsAdded = new java.util.ArrayList<>();
        final java.util.List<Relation> relationsRemoved = new java.util.ArrayList<>();
        String becomes;
        final java.util.List<ChangeEvent> parts = new java.util.ArrayList<>();
        final java.util.Set<UnitId> touchedUnits = new java.util.LinkedHashSet<>();
        final java.util.Set<PostId> touchedPosts = new java.util.LinkedHashSet<>();
        final java.util.Set<PersonId> touchedPeople = new java.util.LinkedHashSet<>();

        Recorder(Change change, ChangeType type, ChangeInfo info) {
            this.change = change;
            this.type = type;
            this.info = info;
        }

        ChangeEvent build() {
            return new ChangeEvent(this);
        }
    }
}
