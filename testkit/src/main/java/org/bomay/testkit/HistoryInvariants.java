package org.bomay.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeEvent.PersonMove;
import org.bomay.core.change.ChangeEvent.PostMove;
import org.bomay.core.change.ChangeEvent.StaffMove;
import org.bomay.core.change.ChangeEvent.UnitLink;
import org.bomay.core.change.ChangeEvent.UnitMove;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.Establish;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * Checks that a {@link ChangeEvent} is a faithful account of what its change did: comparing the
 * snapshot before the change with the one after it, nothing appears, disappears or moves unless
 * the event says so. Call it in your own tests after applying a change; each check throws an
 * {@link AssertionError} naming the first id that disagrees.
 *
 * <pre>{@code
 * Applied a = change.applyTo(before);
 * HistoryInvariants.checkAll(before, a.event(), a.structure());
 * }</pre>
 *
 * <p>The event of a compound is checked part by part, in order. Undo events (type UNDO) carry no
 * account and are rejected. This class has no dependency on a test framework; it is stateless and
 * thread-safe.
 */
public final class HistoryInvariants {
    private HistoryInvariants() {}

    /**
     * Runs {@link #checkConservation}, {@link #checkAccount} and {@link #checkLineage}.
     *
     * <pre>{@code
     * HistoryInvariants.checkAll(h.version(k - 1).structure(), h.version(k).event().get(), h.version(k).structure());
     * }</pre>
     *
     * @throws AssertionError naming the first id whose fate the event misreports
     */
    public static void checkAll(OrgStructure before, ChangeEvent event, OrgStructure after) {
        checkConservation(before, event, after);
        checkAccount(before, event, after);
        checkLineage(event);
    }

    /**
     * Posts, people and staff are conserved unless the event says otherwise:
     * <ul>
     *   <li>the posts after are the posts before, less those the event releases (a post move to
     *       nowhere), plus the posts of new units ({@code Establish});</li>
     *   <li>every post is in the unit, and has the role, that the event's last move of it names,
     *       or the ones it had;</li>
     *   <li>the people after are the people before plus those appointed as new people; nobody is
     *       removed;</li>
     *   <li>each unit's staff quota and actual staff (absent counts 0) are what it had, less what
     *       the event moves or releases from it, plus what it moves or grants to it (a new unit
     *       starts with what its {@code Establish} gives it); so are the totals.</li>
     * </ul>
     *
     * <pre>{@code
     * HistoryInvariants.checkConservation(before, merge.applyTo(before).event(), after);
     * }</pre>
     *
     * @throws AssertionError naming the post, person or unit that is not accounted for
     */
    public static void checkConservation(OrgStructure before, ChangeEvent event, OrgStructure after) {
        List<ChangeEvent> steps = leaves(check(before, event, after));
        String what = describe(event);

        Map<PostId, Post> posts = new LinkedHashMap<>();
        before.posts().forEach(p -> posts.put(p.id(), p));
        Set<PersonId> people = new LinkedHashSet<>();
        before.people().forEach(p -> people.add(p.id()));
        Map<UnitId, long[]> staff = new HashMap<>();
        before.units().forEach(u -> staff.put(u.id(), new long[] {quota(u), actual(u)}));

        for (ChangeEvent e : steps) {
            if (e.change().orElse(null) instanceof Establish x) {
                x.posts().forEach(p -> posts.put(p.id(), p));
                staff.put(x.unit().id(), new long[] {quota(x.unit()), actual(x.unit())});
            }
            if (e.change().orElse(null) instanceof Appoint x) {
                x.newPerson().ifPresent(p -> people.add(p.id()));
            }
            for (PostMove m : e.posts()) {
                Post p = posts.get(m.post());
                if (p == null) {
                    fail(what + ": the event moves post " + m.post() + ", which is not in the structure at that point");
                }
                if (m.to().isEmpty()) {
                    posts.remove(m.post());
                } else {
                    posts.put(m.post(), p.withUnit(m.to().get()).withRole(m.roleAfter()));
                }
            }
            for (StaffMove m : e.staff()) {
                m.from().ifPresent(u -> add(staff, u, -m.quota(), -m.actual()));
                m.to().ifPresent(u -> add(staff, u, m.quota(), m.actual()));
            }
        }

        Map<PostId, Post> postsAfter = new LinkedHashMap<>();
        after.posts().forEach(p -> postsAfter.put(p.id(), p));
        sameSet(what + ": posts after the change (before, less those released, plus those of new units)", posts.keySet(),
                postsAfter.keySet());
        for (Post p : postsAfter.values()) {
            Post expected = posts.get(p.id());
            if (!expected.unit().equals(p.unit())) {
                fail(what + ": post " + p.id() + " is in unit " + p.unit() + " after the change, but the event puts it in "
                        + expected.unit());
            }
            if (expected.role() != p.role()) {
                fail(what + ": post " + p.id() + " has role " + p.role() + " after the change, but the event says " + expected.role());
            }
        }

        Set<PersonId> peopleAfter = new LinkedHashSet<>();
        after.people().forEach(p -> peopleAfter.add(p.id()));
        sameSet(what + ": people after the change (before, plus those appointed as new people)", people, peopleAfter);

        Map<UnitId, Unit> unitsAfter = new HashMap<>();
        after.units().forEach(u -> unitsAfter.put(u.id(), u));
        Set<UnitId> all = new TreeSet<>(staff.keySet());
        all.addAll(unitsAfter.keySet());
        long[] expectedTotal = new long[2];
        for (UnitId id : all) {
            long[] expected = staff.getOrDefault(id, new long[2]);
            Unit u = unitsAfter.get(id);
            long q = u == null ? 0 : quota(u);
            long a = u == null ? 0 : actual(u);
            if (expected[0] != q || expected[1] != a) {
                fail(what + ": unit " + id + (u == null ? " (ceased)" : "") + " has staff quota " + q + " and actual staff " + a
                        + " after the change, but the event's staff moves leave it " + expected[0] + " and " + expected[1]);
            }
            expectedTotal[0] += expected[0];
            expectedTotal[1] += expected[1];
        }
        if (after.counts().staffQuota() != expectedTotal[0] || after.counts().actualStaff() != expectedTotal[1]) {
            fail(what + ": the structure's staff quota and actual staff are " + after.counts().staffQuota() + " and "
                    + after.counts().actualStaff() + " after the change, the event accounts for " + expectedTotal[0] + " and "
                    + expectedTotal[1]);
        }
    }

    /**
     * Units, their places and the people in office are where the event says:
     * <ul>
     *   <li>the units after are those before, less those that ceased, plus those established
     *       (part by part in a compound); a unit is established only if it did not exist, and
     *       ceases only if it did;</li>
     *   <li>every unit that was there before and is still there has the parent and the territory
     *       that the event's last move of it names, or the ones it had;</li>
     *   <li>the relations other than subordination are those before, less those removed, plus
     *       those added;</li>
     *   <li>the people in office in each post on the effective date are those in office before
     *       (seen on that date), less those the event relieves or releases, plus those it
     *       appoints.</li>
     * </ul>
     *
     * <pre>{@code
     * HistoryInvariants.checkAccount(before, event, after);
     * }</pre>
     *
     * @throws AssertionError naming the unit, relation or post that is not accounted for
     */
    public static void checkAccount(OrgStructure before, ChangeEvent event, OrgStructure after) {
        List<ChangeEvent> steps = leaves(check(before, event, after));
        String what = describe(event);
        OrgStructure seen = before.withDate(event.info().effective());

        Set<UnitId> units = new LinkedHashSet<>();
        before.units().forEach(u -> units.add(u.id()));
        Set<UnitId> established = new HashSet<>();
        Map<UnitId, Optional<UnitId>> parents = new HashMap<>();
        Map<UnitId, Optional<UnitId>> territories = new HashMap<>();
        for (Unit u : before.units()) {
            parents.put(u.id(), before.parent(u.id()).map(Unit::id));
            territories.put(u.id(), u.territory());
        }
        Set<Relation> relations = new LinkedHashSet<>(overlay(before));
        Map<PostId, Set<PersonId>> holders = new HashMap<>();
        for (Post p : before.posts()) {
            Set<PersonId> hs = new LinkedHashSet<>();
            seen.holders(p.id()).forEach(x -> hs.add(x.id()));
            holders.put(p.id(), hs);
        }

        for (ChangeEvent e : steps) {
            String part = describe(e);
            for (UnitId u : e.ceased()) {
                if (!units.remove(u)) {
                    fail(part + ": ceased unit " + u + " was not in the structure");
                }
            }
            for (UnitId u : e.established()) {
                if (!units.add(u)) {
                    fail(part + ": established unit " + u + " was already in the structure");
                }
                established.add(u);
            }
            for (UnitMove m : e.children()) {
                parents.put(m.unit(), m.to());
            }
            for (UnitMove m : e.territories()) {
                territories.put(m.unit(), m.to());
            }
            e.relationsRemoved().forEach(relations::remove);
            relations.addAll(e.relationsAdded());
            if (e.change().orElse(null) instanceof Establish x) {
                x.posts().forEach(p -> holders.put(p.id(), new LinkedHashSet<>()));
            }
            for (PersonMove m : e.people()) {
                if (m.fromPost().isPresent() && !m.fromPost().equals(m.toPost())) {
                    holders.computeIfAbsent(m.fromPost().get(), k -> new LinkedHashSet<>()).remove(m.person());
                }
                if (m.toPost().isPresent() && !m.fromPost().equals(m.toPost())) {
                    holders.computeIfAbsent(m.toPost().get(), k -> new LinkedHashSet<>()).add(m.person());
                }
            }
        }

        Set<UnitId> unitsAfter = new LinkedHashSet<>();
        after.units().forEach(u -> unitsAfter.add(u.id()));
        sameSet(what + ": units after the change (before, less those ceased, plus those established)", units, unitsAfter);
        for (Unit u : after.units()) {
            if (established.contains(u.id())) {
                continue;
            }
            Optional<UnitId> parent = after.parent(u.id()).map(Unit::id);
            if (!parent.equals(parents.get(u.id()))) {
                fail(what + ": unit " + u.id() + " is under " + parent.map(Object::toString).orElse("no parent")
                        + " after the change, but the event leaves it under "
                        + parents.get(u.id()).map(Object::toString).orElse("no parent"));
            }
            if (!u.territory().equals(territories.get(u.id()))) {
                fail(what + ": unit " + u.id() + " belongs to territory " + u.territory().map(Object::toString).orElse("none")
                        + " after the change, but the event leaves it in "
                        + territories.get(u.id()).map(Object::toString).orElse("none"));
            }
        }
        sameSet(what + ": relations after the change (before, less those removed, plus those added)", relations,
                new LinkedHashSet<>(overlay(after)));
        for (Post p : after.posts()) {
            Set<PersonId> actual = new LinkedHashSet<>();
            after.holders(p.id()).forEach(x -> actual.add(x.id()));
            Set<PersonId> expected = holders.getOrDefault(p.id(), Set.of());
            sameSet(what + ": people in office in post " + p.id() + " on " + after.date()
                    + " (before, less those relieved or released, plus those appointed)", expected, actual);
        }
    }

    /**
     * The lineage of the event (of each part of a compound) is consistent: every unit that ceased
     * has a link to what it became, unless it was dissolved or converted (which have no
     * successor); every link leads from one of the units acted on to one of the units that result,
     * and a unit that ceased is not among the results.
     *
     * <pre>{@code
     * HistoryInvariants.checkLineage(history.version(3).event().get());
     * }</pre>
     *
     * @throws AssertionError naming the unit without successor or the link out of place
     */
    public static void checkLineage(ChangeEvent event) {
        Objects.requireNonNull(event, "event");
        for (ChangeEvent e : leaves(event)) {
            String what = describe(e);
            Set<UnitId> from = new HashSet<>();
            for (UnitLink l : e.links()) {
                from.add(l.from());
                if (!e.originals().contains(l.from())) {
                    fail(what + ": link " + l + " leads from " + l.from() + ", which is not among the units acted on " + e.originals());
                }
                if (!e.results().contains(l.to())) {
                    fail(what + ": link " + l + " leads to " + l.to() + ", which is not among the resulting units " + e.results());
                }
            }
            boolean noSuccessor = e.type() == ChangeType.DISSOLVE || e.type() == ChangeType.CONVERT;
            for (UnitId u : e.ceased()) {
                if (!noSuccessor && !from.contains(u)) {
                    fail(what + ": unit " + u + " ceased without a successor (no link from it)");
                }
                if (e.results().contains(u)) {
                    fail(what + ": unit " + u + " ceased but is among the resulting units " + e.results());
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static ChangeEvent check(OrgStructure before, ChangeEvent event, OrgStructure after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(after, "after");
        if (event.type() == ChangeType.UNDO) {
            throw new IllegalArgumentException("HistoryInvariants: an undo event carries no account of what moved; "
                    + "compare the undone snapshot with the one before the undone change instead");
        }
        return event;
    }

    /** The events of the changes that are not compounds, in the order they were applied. */
    static List<ChangeEvent> leaves(ChangeEvent e) {
        List<ChangeEvent> out = new ArrayList<>();
        if (e.type() == ChangeType.COMPOUND) {
            e.parts().forEach(p -> out.addAll(leaves(p)));
        } else {
            out.add(e);
        }
        return out;
    }

    private static List<Relation> overlay(OrgStructure s) {
        return s.relations().stream().filter(r -> r.type() != RelationType.SUBORDINATE_TO).toList();
    }

    private static long quota(Unit u) {
        return u.staffQuota().orElse(0);
    }

    private static long actual(Unit u) {
        return u.actualStaff().orElse(0);
    }

    private static void add(Map<UnitId, long[]> staff, UnitId u, long quota, long actual) {
        long[] v = staff.computeIfAbsent(u, k -> new long[2]);
        v[0] += quota;
        v[1] += actual;
    }

    private static String describe(ChangeEvent e) {
        return e.type() + " " + e.info().effective() + " " + e.change().map(c -> c.summary()).orElse(e.toString());
    }

    private static <T> void sameSet(String what, Set<T> expected, Set<T> actual) {
        if (expected.equals(actual)) {
            return;
        }
        Set<T> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<T> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        fail(what + " disagree: missing " + missing + ", unexpected " + extra);
    }

    private static void fail(String message) {
        throw new AssertionError(message);
    }
}
