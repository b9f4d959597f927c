package org.bomay.core.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeEvent.PersonMove;
import org.bomay.core.change.ChangeEvent.PostMove;
import org.bomay.core.change.ChangeEvent.Recorder;
import org.bomay.core.change.ChangeEvent.StaffMove;
import org.bomay.core.change.ChangeEvent.UnitLink;
import org.bomay.core.change.ChangeEvent.UnitMove;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.TenureType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.InvalidStructureException;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.structure.StructureEditor;
import org.bomay.core.structure.StructureProblem;

/**
 * Applies changes through a {@link StructureEditor}: every step is checked on what it touches, and
 * any failure discards the editor, so the structure the change was applied to is never affected.
 */
final class Applier {
    private final StructureEditor ed;
    private final LocalDate day;

    private Applier(StructureEditor ed, LocalDate day) {
        this.ed = ed;
        this.day = day;
    }

    static Applied apply(Change change, OrgStructure s) {
        if (s == null) {
            throw new BomayException("applyTo: the structure must not be null");
        }
        if (change.effective().isBefore(s.date())) {
            throw new ChangeException(change, "it takes effect on " + change.effective() + ", before the structure's date "
                    + s.date() + "; apply changes in the order of their effective dates", List.of(), null);
        }
        StructureEditor ed = s.edit().date(change.effective());
        Applier a = new Applier(ed, change.effective());
        ChangeEvent e = a.runWrapped(change);
        return new Applied(ed.build(), e);
    }

    /** A failed precondition, wrapped into a {@link ChangeException} naming the change. */
    private static final class Precondition extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<Object> ids;

        Precondition(String message, Object... ids) {
            super(message, null, false, false);
            this.ids = Arrays.asList(ids);
        }
    }

    private static Precondition fail(String message, Object... ids) {
        return new Precondition(message, ids);
    }

    private ChangeEvent runWrapped(Change c) {
        Set<UnitId> u0 = ed.touchedUnits();
        Set<PostId> p0 = ed.touchedPosts();
        Set<PersonId> h0 = ed.touchedPeople();
        Recorder r = new Recorder(c, c.type(), c.info());
        try {
            run(c, r);
        } catch (Precondition e) {
            throw new ChangeException(c, e.getMessage(), e.ids, null);
        } catch (InvalidStructureException e) {
            StructureProblem p = e.problems().get(0);
            throw new ChangeException(c, p.message(), p.ids(), e);
        } catch (ChangeException e) {
            if (c instanceof Compound) {
                throw new ChangeException(c, "its part " + e.change().type() + " " + e.change().summary() + " failed: "
                        + e.reason(), e.ids(), e);
            }
            throw e;
        } catch (BomayException e) {
            throw new ChangeException(c, e.getMessage(), List.of(), e);
        }
        for (UnitId u : ed.touchedUnits()) {
            if (!u0.contains(u)) {
                r.touchedUnits.add(u);
            }
        }
        for (PostId p : ed.touchedPosts()) {
            if (!p0.contains(p)) {
                r.touchedPosts.add(p);
            }
        }
        for (PersonId p : ed.touchedPeople()) {
            if (!h0.contains(p)) {
                r.touchedPeople.add(p);
            }
        }
        return r.build();
    }

    private OrgStructure cur() {
        return ed.build();
    }

    private void run(Change c, Recorder r) {
        if (c instanceof Establish x) {
            establish(x, r);
        } else if (c instanceof Rename x) {
            rename(x, r);
        } else if (c instanceof Merge x) {
            merge(x, r);
        } else if (c instanceof Absorb x) {
            absorb(x, r);
        } else if (c instanceof Split x) {
            split(x, r);
        } else if (c instanceof Transfer x) {
            transfer(x, r);
        } else if (c instanceof Dissolve x) {
            cease(x.unit(), x.disposition(), r);
        } else if (c instanceof Convert x) {
            r.becomes = x.becomes();
            cease(x.unit(), x.disposition(), r);
        } else if (c instanceof Appoint x) {
            appoint(x, r);
        } else if (c instanceof Relieve x) {
            relieve(x, r);
        } else if (c instanceof SetStaffQuota x) {
            setQuota(x, r);
        } else if (c instanceof ReduceStaff x) {
            reduceStaff(x, r);
        } else if (c instanceof AddRelation x) {
            ed.addRelation(x.relation());
            r.relationsAdded.add(x.relation());
            r.originals.add(x.relation().source());
            r.results.add(x.relation().source());
        } else if (c instanceof RemoveRelation x) {
            ed.removeRelation(x.relation());
            r.relationsRemoved.add(x.relation());
            r.originals.add(x.relation().source());
            r.results.add(x.relation().source());
        } else if (c instanceof Compound x) {
            compound(x, r);
        } else {
            throw new BomayException("Unknown change type " + c.getClass().getName());
        }
    }

    // ------------------------------------------------------------------ units

    private void establish(Establish c, Recorder r) {
        Unit u = startingToday(c.unit(), "the new unit");
        if (cur().contains(u.id())) {
            throw fail("unit " + u.id() + " already exists (" + cur().unit(u.id()).name() + "); unit ids are never reused", u.id());
        }
        ed.addUnit(u, c.parent().orElse(null));
        for (Post p : c.posts()) {
            if (!p.unit().equals(u.id())) {
                throw fail("post " + p.id() + " belongs to unit " + p.unit() + ", not to the new unit " + u.id(), p.id());
            }
            ed.addPost(p);
        }
        r.established.add(u.id());
        r.results.add(u.id());
    }

    private void rename(Rename c, Recorder r) {
        Unit u = unit(c.unit());
        if (u.name().equals(c.newName())) {
            throw fail("unit " + u.id() + " is already named \"" + u.name() + "\"", u.id());
        }
        ed.replaceUnit(u.withName(c.newName()));
        r.originals.add(u.id());
        r.results.add(u.id());
    }

    private void merge(Merge c, Recorder r) {
        OrgStructure s = cur();
        List<Unit> sources = new ArrayList<>();
        for (UnitId id : c.sources()) {
            sources.add(unit(id));
        }
        UnitId rid = c.result().id();
        boolean keep = c.sources().contains(rid);
        if (!keep && s.contains(rid)) {
            throw fail("the new unit's id " + rid + " is already used by " + s.unit(rid).name()
                    + "; give the merged unit a new id, or the id of the merged unit that keeps the headquarters", rid);
        }
        Optional<UnitId> parent = c.parent().isPresent() ? c.parent() : s.parent(c.sources().get(0)).map(Unit::id);
        if (c.parent().isEmpty() && parent.isPresent() && s.unit(parent.get()).pillar() != c.result().pillar()) {
            throw fail("the merged unit (" + c.result().pillar() + ") would go under " + parent.get() + " ("
                    + s.unit(parent.get()).pillar() + "), the first merging unit's parent in another pillar; name its parent with "
                    + "withParent(...)", rid, parent.get());
        }
        if (parent.isPresent() && c.sources().contains(parent.get())) {
            throw fail("the merged unit cannot be placed under " + parent.get() + ", which is one of the merging units", parent.get());
        }
        if (keep) {
            for (Unit a : s.ancestors(rid)) {
                if (c.sources().contains(a.id())) {
                    throw fail("the merged unit keeps the id of " + rid + ", which lies below " + a.id()
                            + ", another merging unit; keep the id of the upper one or give a new id", rid, a.id());
                }
            }
        }
        Set<PostId> demote = demotions(c.sources(), c.head(), null);
        int quota = 0;
        int actual = 0;
        boolean anyQuota = false;
        boolean anyActual = false;
        for (Unit u : sources) {
            anyQuota |= u.staffQuota().isPresent();
            anyActual |= u.actualStaff().isPresent();
            quota += u.staffQuota().orElse(0);
            actual += u.actualStaff().orElse(0);
        }
        Unit.Builder rb = c.result().toBuilder().staffQuota(anyQuota ? quota : null).actualStaff(anyActual ? actual : null);
        if (keep) {
            rb.validity(s.unit(rid).validity());
            ed.replaceUnit(rb.build());
            Optional<UnitId> oldParent = s.parent(rid).map(Unit::id);
            if (!parent.equals(oldParent)) {
                ed.setParent(rid, parent.orElse(null));
                r.children.add(new UnitMove(rid, oldParent, parent));
            }
        } else {
            ed.addUnit(startingToday(rb.build(), "the merged unit"), parent.orElse(null));
            r.established.add(rid);
        }
        Set<UnitId> group = new HashSet<>(c.sources());
        for (Unit u : sources) {
            r.originals.add(u.id());
            r.links.add(new UnitLink(u.id(), rid, LinkKind.MERGED_INTO));
            if (u.id().equals(rid)) {
                demoteInPlace(rid, demote, r);
                continue;
            }
            moveContents(u, rid, group, demote, r);
            r.staff.add(new StaffMove(Optional.of(u.id()), Optional.of(rid), u.staffQuota().orElse(0), u.actualStaff().orElse(0)));
        }
        for (Unit u : deepestFirst(sources)) {
            if (!u.id().equals(rid)) {
                ed.removeUnit(u.id());
                r.ceased.add(u.id());
            }
        }
        r.results.add(rid);
    }

    private void absorb(Absorb c, Recorder r) {
        Unit into = unit(c.into());
        List<Unit> absorbed = new ArrayList<>();
        for (UnitId id : c.absorbed()) {
            absorbed.add(unit(id));
        }
        for (Unit a : cur().ancestors(into.id())) {
            if (c.absorbed().contains(a.id())) {
                throw fail(into.id() + " lies below " + a.id() + ", which it would absorb; transfer " + into.id()
                        + " out from under it first", into.id(), a.id());
            }
        }
        List<UnitId> all = new ArrayList<>();
        all.add(into.id());
        all.addAll(c.absorbed());
        Set<PostId> demote = demotions(all, c.head(), into.id());
        demoteInPlace(into.id(), demote, r);
        Set<UnitId> group = new HashSet<>(all);
        int quota = into.staffQuota().orElse(0);
        int actual = into.actualStaff().orElse(0);
        boolean anyQuota = into.staffQuota().isPresent();
        boolean anyActual = into.actualStaff().isPresent();
        r.originals.add(into.id());
        for (Unit u : absorbed) {
            r.originals.add(u.id());
            r.links.add(new UnitLink(u.id(), into.id(), LinkKind.ABSORBED_INTO));
            moveContents(u, into.id(), group, demote, r);
            anyQuota |= u.staffQuota().isPresent();
            anyActual |= u.actualStaff().isPresent();
            quota += u.staffQuota().orElse(0);
            actual += u.actualStaff().orElse(0);
            r.staff.add(new StaffMove(Optional.of(u.id()), Optional.of(into.id()), u.staffQuota().orElse(0),
                    u.actualStaff().orElse(0)));
        }
        ed.replaceUnit(cur().unit(into.id()).toBuilder().staffQuota(anyQuota ? quota : null)
                .actualStaff(anyActual ? actual : null).build());
        for (Unit u : deepestFirst(absorbed)) {
            ed.removeUnit(u.id());
            r.ceased.add(u.id());
        }
        r.results.add(into.id());
    }

    /** Moves the children, posts, relations and territory units of a ceasing unit {@code from} to {@code to}. */
    private void moveContents(Unit from, UnitId to, Set<UnitId> group, Set<PostId> demote, Recorder r) {
        OrgStructure s = cur();
        for (Unit child : s.children(from.id())) {
            if (!group.contains(child.id())) {
                ed.setParent(child.id(), to);
                r.children.add(new UnitMove(child.id(), Optional.of(from.id()), Optional.of(to)));
            }
        }
        for (Post p : s.posts(from.id())) {
            boolean down = demote.contains(p.id());
            movePost(p, to, down ? PostRole.DEPUTY : p.role(), down ? deputyTitle(p.title()) : p.title(), r);
        }
        redirectRelations(from.id(), to, group, r);
        if (from.isTerritorial()) {
            for (Unit u : cur().unitsOfTerritory(from.id())) {
                if (!u.id().equals(from.id()) && !group.contains(u.id())) {
                    ed.replaceUnit(u.toBuilder().territory(to).build());
                    r.territories.add(new UnitMove(u.id(), Optional.of(from.id()), Optional.of(to)));
                }
            }
        }
    }

    /** Redirects the relations (other than subordination) of {@code from} to {@code to}, dropping those that would loop. */
    private void redirectRelations(UnitId from, UnitId to, Set<UnitId> group, Recorder r) {
        OrgStructure s = cur();
        List<Relation> old = new ArrayList<>();
        for (RelationType t : RelationType.values()) {
            if (t == RelationType.SUBORDINATE_TO) {
                continue;
            }
            for (Unit target : s.related(from, t)) {
                old.add(Relation.of(t, from, target.id()));
            }
            for (Unit source : s.relatedTo(from, t)) {
                old.add(Relation.of(t, source.id(), from));
            }
        }
        for (Relation rel : new LinkedHashSet<>(old)) {
            ed.removeRelation(rel);
            r.relationsRemoved.add(rel);
        }
        for (Relation rel : new LinkedHashSet<>(old)) {
            UnitId src = group.contains(rel.source()) ? to : rel.source();
            UnitId dst = group.contains(rel.target()) ? to : rel.target();
            if (src.equals(dst)) {
                continue;
            }
            OrgStructure now = cur();
            if (!now.contains(src) || !now.contains(dst)) {
                continue;
            }
            Relation nr = Relation.of(rel.type(), src, dst);
            boolean exists = now.related(src, rel.type()).stream().anyMatch(u -> u.id().equals(dst));
            if (!exists) {
                ed.addRelation(nr);
                r.relationsAdded.add(nr);
            }
        }
    }

    /**
     * Which head posts become deputy posts when units come together: the named head keeps a head
     * post (in a merge, one of the sources'; in an absorb, by default the continuing unit's), every
     * other head post becomes a deputy post.
     */
    private Set<PostId> demotions(List<UnitId> units, Optional<PersonId> head, UnitId continuing) {
        OrgStructure s = cur();
        List<Post> heads = new ArrayList<>();
        List<Post> held = new ArrayList<>();
        for (UnitId u : units) {
            for (Post p : s.posts(u, PostRole.HEAD)) {
                heads.add(p);
                if (!s.holders(p.id()).isEmpty()) {
                    held.add(p);
                }
            }
        }
        Set<PostId> keep = new HashSet<>();
        if (head.isPresent()) {
            PersonId who = head.get();
            if (!s.contains(who)) {
                throw fail("the named head " + who + " is not in the structure", who);
            }
            for (Post p : held) {
                if (s.holders(p.id()).stream().anyMatch(x -> x.id().equals(who))) {
                    keep.add(p.id());
                }
            }
            if (keep.isEmpty()) {
                throw fail("the named head " + who + " holds no head post of " + units + "; name one of the heads in office ("
                        + names(s, held) + ") and appoint another person afterwards", who);
            }
        } else if (continuing != null) {
            s.posts(continuing, PostRole.HEAD).forEach(p -> keep.add(p.id()));
        } else if (held.size() > 1) {
            throw fail("several of the merging units have heads in office (" + names(s, held)
                    + "); name the head of the merged unit with withHead(person)", held.get(0).id(), held.get(1).id());
        } else if (held.size() == 1) {
            keep.add(held.get(0).id());
        } else if (!heads.isEmpty()) {
            keep.add(heads.get(0).id());
        }
        Set<PostId> out = new LinkedHashSet<>();
        for (Post p : heads) {
            if (!keep.contains(p.id())) {
                out.add(p.id());
            }
        }
        return out;
    }

    private static String names(OrgStructure s, List<Post> posts) {
        List<String> out = new ArrayList<>();
        for (Post p : posts) {
            s.holders(p.id()).forEach(x -> out.add(x.id() + " in " + p.id()));
        }
        return String.join(", ", out);
    }

    private void demoteInPlace(UnitId unit, Set<PostId> demote, Recorder r) {
        for (Post p : cur().posts(unit, PostRole.HEAD)) {
            if (demote.contains(p.id())) {
                movePost(p, unit, PostRole.DEPUTY, deputyTitle(p.title()), r);
            }
        }
    }

    private static String deputyTitle(String title) {
        return title.startsWith("Phó ") || title.startsWith("phó ") ? title : "Phó " + title;
    }

    /**
     * Moves a post to a unit (perhaps with another role and title). When the unit changes, the
     * tenures in force go on from the effective date in the new unit, past ones stay in the
     * history's earlier versions, future ones come along unchanged.
     */
    private void movePost(Post p, UnitId to, PostRole role, String title, Recorder r) {
        Post moved = new Post(p.id(), to, role, title, p.capacity());
        if (p.unit().equals(to)) {
            ed.replacePost(moved);
            r.posts.add(new PostMove(p.id(), p.unit(), Optional.of(to), p.role(), role));
            return;
        }
        List<Tenure> ts = cur().tenures(p.id());
        for (Tenure t : ts) {
            ed.removeTenure(t);
        }
        ed.replacePost(moved);
        for (Tenure t : ts) {
            if (t.period().end().isPresent() && !t.period().end().get().isAfter(day)) {
                continue; // ended before the move: kept by the earlier versions
            }
            boolean started = t.period().start().isEmpty() || !t.period().start().get().isAfter(day);
            if (started) {
                ed.addTenure(t.withPeriod(t.period().withStart(day)));
                r.people.add(new PersonMove(t.person(), Optional.of(p.id()), Optional.of(p.unit()), Optional.of(p.id()),
                        Optional.of(to)));
            } else {
                ed.addTenure(t);
            }
        }
        r.posts.add(new PostMove(p.id(), p.unit(), Optional.of(to), p.role(), role));
    }

    /** Releases (abolishes) a post: the people in office leave it. */
    private void releasePost(Post p, Recorder r) {
        OrgStructure s = cur();
        for (Tenure t : s.tenures(p.id())) {
            if (t.period().contains(day) || t.period().start().map(d -> d.isAfter(day)).orElse(false)) {
                r.people.add(new PersonMove(t.person(), Optional.of(p.id()), Optional.of(p.unit()), Optional.empty(),
                        Optional.empty()));
            }
            ed.removeTenure(t);
        }
        ed.removePost(p.id());
        r.posts.add(new PostMove(p.id(), p.unit(), Optional.empty(), p.role(), p.role()));
    }

    private void split(Split c, Recorder r) {
        OrgStructure s = cur();
        Unit src = unit(c.source());
        Set<UnitId> children = new HashSet<>();
        s.children(src.id()).forEach(u -> children.add(u.id()));
        Set<PostId> posts = new HashSet<>();
        s.posts(src.id()).forEach(p -> posts.add(p.id()));
        Set<UnitId> territoryUnits = new HashSet<>();
        if (src.isTerritorial()) {
            s.unitsOfTerritory(src.id()).forEach(u -> territoryUnits.add(u.id()));
            territoryUnits.remove(src.id());
        }
        int quota = 0;
        int actual = 0;
        for (SplitPart part : c.parts()) {
            UnitId pid = part.unit().id();
            if (s.contains(pid)) {
                throw fail("part " + pid + " already exists (" + s.unit(pid).name() + "); a part is a new unit"
                        + (pid.equals(src.id()) ? " (to keep the source, use Split.continuing)" : ""), pid);
            }
            for (UnitId ch : part.children()) {
                if (!children.remove(ch)) {
                    throw fail("part " + pid + " is given unit " + ch + ", which is not a child of " + src.id(), ch, pid);
                }
            }
            for (PostId p : part.posts()) {
                if (!posts.remove(p)) {
                    throw fail("part " + pid + " is given post " + p + ", which is not a post of " + src.id(), p, pid);
                }
            }
            for (UnitId t : part.territoryUnits()) {
                if (!territoryUnits.remove(t)) {
                    throw fail("part " + pid + " is given unit " + t + ", which does not belong to the territory of " + src.id(), t, pid);
                }
            }
            quota += part.staffQuota();
            actual += part.actualStaff();
        }
        int srcQuota = src.staffQuota().orElse(0);
        int srcActual = src.actualStaff().orElse(0);
        if (!c.sourceContinues()) {
            if (!children.isEmpty()) {
                throw fail(src.id() + " ceases but its child units " + sorted(children) + " are given to no part", children.toArray());
            }
            if (!posts.isEmpty()) {
                throw fail(src.id() + " ceases but its posts " + sorted(posts) + " are given to no part", posts.toArray());
            }
            if (!territoryUnits.isEmpty()) {
                throw fail(src.id() + " ceases but the units of its territory " + sorted(territoryUnits)
                        + " are given to no part", territoryUnits.toArray());
            }
            if (quota != srcQuota || actual != srcActual) {
                throw fail(src.id() + " ceases with a staff quota of " + srcQuota + " and " + srcActual
                        + " staff, but the parts' shares add up to " + quota + " and " + actual
                        + "; allocate all of it (reduce staff with a separate ReduceStaff change)", src.id());
            }
        } else if (quota > srcQuota || actual > srcActual) {
            throw fail("the parts' staff shares (" + quota + ", " + actual + ") exceed what " + src.id() + " has (" + srcQuota
                    + ", " + srcActual + ")", src.id());
        }
        Optional<UnitId> srcParent = s.parent(src.id()).map(Unit::id);
        r.originals.add(src.id());
        if (c.sourceContinues()) {
            r.results.add(src.id());
        }
        for (SplitPart part : c.parts()) {
            Unit pu = part.unit().toBuilder()
                    .staffQuota(src.staffQuota().isPresent() || part.staffQuota() > 0 ? part.staffQuota() : null)
                    .actualStaff(src.actualStaff().isPresent() || part.actualStaff() > 0 ? part.actualStaff() : null).build();
            if (part.parent().isEmpty() && srcParent.isPresent() && s.unit(srcParent.get()).pillar() != pu.pillar()) {
                throw fail("part " + pu.id() + " (" + pu.pillar() + ") would go under " + srcParent.get() + " ("
                        + s.unit(srcParent.get()).pillar() + "), the source's parent in another pillar; place it with under(...)",
                        pu.id(), srcParent.get());
            }
            ed.addUnit(startingToday(pu, "part " + pu.id()), part.parent().or(() -> srcParent).orElse(null));
            UnitId pid = pu.id();
            r.established.add(pid);
            r.results.add(pid);
            r.links.add(new UnitLink(src.id(), pid, LinkKind.SPLIT_INTO));
            for (UnitId ch : part.children()) {
                ed.setParent(ch, pid);
                r.children.add(new UnitMove(ch, Optional.of(src.id()), Optional.of(pid)));
            }
            for (PostId p : part.posts()) {
                Post post = s.post(p);
                movePost(post, pid, post.role(), post.title(), r);
            }
            for (UnitId t : part.territoryUnits()) {
                ed.replaceUnit(cur().unit(t).toBuilder().territory(pid).build());
                r.territories.add(new UnitMove(t, Optional.of(src.id()), Optional.of(pid)));
            }
            r.staff.add(new StaffMove(Optional.of(src.id()), Optional.of(pid), part.staffQuota(), part.actualStaff()));
        }
        if (c.sourceContinues()) {
            if (quota > 0 || actual > 0) {
                ed.replaceUnit(cur().unit(src.id()).toBuilder()
                        .staffQuota(src.staffQuota().isPresent() ? srcQuota - quota : null)
                        .actualStaff(src.actualStaff().isPresent() ? srcActual - actual : null).build());
            }
        } else {
            releaseRelations(src.id(), r);
            ed.removeUnit(src.id());
            r.ceased.add(src.id());
        }
        for (SplitPart part : c.parts()) {
            for (Relation rel : part.relations()) {
                ed.addRelation(rel);
                r.relationsAdded.add(rel);
            }
        }
    }

    private void releaseRelations(UnitId id, Recorder r) {
        OrgStructure s = cur();
        Set<Relation> rels = new LinkedHashSet<>();
        for (RelationType t : RelationType.values()) {
            if (t == RelationType.SUBORDINATE_TO) {
                continue;
            }
            s.related(id, t).forEach(u -> rels.add(Relation.of(t, id, u.id())));
            s.relatedTo(id, t).forEach(u -> rels.add(Relation.of(t, u.id(), id)));
        }
        for (Relation rel : rels) {
            ed.removeRelation(rel);
            r.relationsRemoved.add(rel);
        }
    }

    private void transfer(Transfer c, Recorder r) {
        OrgStructure s = cur();
        Unit u = unit(c.unit());
        Unit p = unit(c.newParent());
        Optional<UnitId> oldParent = s.parent(u.id()).map(Unit::id);
        boolean moves = !oldParent.equals(Optional.of(p.id()));
        boolean levelChanges = c.newLevel().isPresent() && c.newLevel().get() != u.level();
        boolean territoryChanges = c.newTerritory().isPresent() && !c.newTerritory().equals(u.territory());
        if (!moves && !levelChanges && !territoryChanges) {
            throw fail("unit " + u.id() + " is already under " + p.id() + " at that level and territory; nothing to transfer", u.id());
        }
        if (u.pillar() != p.pillar() && !c.crossPillar()) {
            throw fail("unit " + u.id() + " (" + u.pillar() + ") would move under " + p.id() + " (" + p.pillar()
                    + "), another pillar; if that is intended, use transfer.acrossPillars()", u.id(), p.id());
        }
        Unit.Builder b = u.toBuilder();
        c.newLevel().ifPresent(b::level);
        c.newTerritory().ifPresent(b::territory);
        Unit changed;
        try {
            changed = b.build();
        } catch (BomayException e) {
            throw fail(e.getMessage(), u.id());
        }
        boolean deeper = changed.level().fitsUnder(u.level());
        if (deeper && !changed.equals(u)) {
            ed.replaceUnit(changed);
        }
        if (moves) {
            ed.setParent(u.id(), p.id());
            r.children.add(new UnitMove(u.id(), oldParent, Optional.of(p.id())));
        }
        if (!deeper) {
            ed.replaceUnit(changed);
        }
        if (territoryChanges) {
            r.territories.add(new UnitMove(u.id(), u.territory(), changed.territory()));
        }
        r.originals.add(u.id());
        r.results.add(u.id());
    }

    /** Dissolve and convert: the unit ceases and its disposition says where everything goes. */
    private void cease(UnitId id, Disposition d, Recorder r) {
        OrgStructure s = cur();
        Unit u = unit(id);
        List<UnitId> territory = new ArrayList<>();
        if (u.isTerritorial()) {
            s.unitsOfTerritory(id).stream().map(Unit::id).filter(x -> !x.equals(id)).forEach(territory::add);
        }
        if (!territory.isEmpty()) {
            throw fail("units " + territory + " still belong to the territory of " + id
                    + "; give them another territory first (Transfer.toTerritory or an absorb of the administrative unit)",
                    territory.toArray());
        }
        Set<UnitId> childIds = new HashSet<>();
        s.children(id).forEach(c -> childIds.add(c.id()));
        for (UnitId named : d.children().keySet()) {
            if (!childIds.contains(named)) {
                throw fail("the disposition moves " + named + ", which is not a child of " + id, named, id);
            }
        }
        Set<PostId> postIds = new HashSet<>();
        s.posts(id).forEach(p -> postIds.add(p.id()));
        for (PostId named : d.posts().keySet()) {
            if (!postIds.contains(named)) {
                throw fail("the disposition moves post " + named + ", which is not a post of " + id, named, id);
            }
        }
        for (PostId named : d.released()) {
            if (!postIds.contains(named)) {
                throw fail("the disposition releases post " + named + ", which is not a post of " + id, named, id);
            }
        }
        List<UnitId> homeless = new ArrayList<>();
        for (Unit c : s.children(id)) {
            if (!d.children().containsKey(c.id()) && d.allChildrenTo().isEmpty()) {
                homeless.add(c.id());
            }
        }
        if (!homeless.isEmpty()) {
            throw fail("its child units " + homeless + " have no destination; move them with moveChild or moveAllChildrenTo, "
                    + "or dissolve them first", homeless.toArray());
        }
        List<PostId> unplaced = new ArrayList<>();
        for (Post p : s.posts(id)) {
            if (!d.posts().containsKey(p.id()) && !d.released().contains(p.id()) && !d.releaseOtherPosts()) {
                unplaced.add(p.id());
            }
        }
        if (!unplaced.isEmpty()) {
            throw fail("its posts " + unplaced + " have no destination; move them with movePost or release them with "
                    + "releasePosts / releaseAllOtherPosts", unplaced.toArray());
        }
        int q = u.staffQuota().orElse(0);
        int a = u.actualStaff().orElse(0);
        if ((q > 0 || a > 0) && d.staffTo().isEmpty() && !d.staffReleased()) {
            throw fail("its staff quota (" + q + ") and staff (" + a + ") have no destination; say staffTo(unit) or releaseStaff()",
                    id);
        }
        r.originals.add(id);
        for (Unit c : s.children(id)) {
            UnitId to = d.children().getOrDefault(c.id(), d.allChildrenTo().orElse(null));
            ed.setParent(c.id(), to);
            r.children.add(new UnitMove(c.id(), Optional.of(id), Optional.of(to)));
        }
        for (Post p : s.posts(id)) {
            UnitId to = d.posts().get(p.id());
            if (to != null) {
                unit(to);
                movePost(p, to, p.role(), p.title(), r);
            } else {
                releasePost(p, r);
            }
        }
        if (q > 0 || a > 0) {
            if (d.staffTo().isPresent()) {
                Unit t = unit(d.staffTo().get());
                ed.replaceUnit(t.toBuilder().staffQuota(t.staffQuota().orElse(0) + q).actualStaff(t.actualStaff().orElse(0) + a)
                        .build());
                r.staff.add(new StaffMove(Optional.of(id), Optional.of(t.id()), q, a));
            } else {
                r.staff.add(new StaffMove(Optional.of(id), Optional.empty(), q, a));
            }
        }
        releaseRelations(id, r);
        ed.removeUnit(id);
        r.ceased.add(id);
    }

    // ------------------------------------------------------------------ people and staff

    private void appoint(Appoint c, Recorder r) {
        OrgStructure s = cur();
        if (c.newPerson().isPresent()) {
            Person p = c.newPerson().get();
            if (s.contains(p.id())) {
                throw fail("person " + p.id() + " is already in the structure; appoint them without newPerson", p.id());
            }
            ed.addPerson(p);
        } else if (!s.contains(c.person())) {
            throw fail("person " + c.person() + " is not in the structure; give their record with newPerson(...)", c.person());
        }
        Post post = post(c.post());
        if (c.tenureType() == TenureType.MAIN && s.contains(c.person())) {
            for (Tenure t : s.withDate(day).postsOf(c.person())) {
                if (!t.isConcurrent()) {
                    throw fail("person " + c.person() + " already holds " + t.post() + " as their main post on " + day
                            + "; relieve them first, or appoint them concurrently (Appoint.concurrent)", c.person(), t.post());
                }
            }
        }
        ed.addTenure(new Tenure(c.person(), c.post(), Period.from(day), c.tenureType()));
        r.people.add(new PersonMove(c.person(), Optional.empty(), Optional.empty(), Optional.of(c.post()),
                Optional.of(post.unit())));
        r.originals.add(post.unit());
        r.results.add(post.unit());
    }

    private void relieve(Relieve c, Recorder r) {
        OrgStructure s = cur();
        Post post = post(c.post());
        if (!s.contains(c.person())) {
            throw fail("person " + c.person() + " is not in the structure", c.person());
        }
        Tenure found = null;
        for (Tenure t : s.tenures(c.post())) {
            if (t.person().equals(c.person()) && t.period().contains(day)) {
                found = t;
            }
        }
        if (found == null) {
            throw fail("person " + c.person() + " does not hold post " + c.post() + " on " + day, c.person(), c.post());
        }
        if (found.period().start().map(st -> st.equals(day)).orElse(false)) {
            ed.removeTenure(found);
        } else {
            ed.replaceTenure(found, found.withPeriod(found.period().withEnd(day)));
        }
        r.people.add(new PersonMove(c.person(), Optional.of(c.post()), Optional.of(post.unit()), Optional.empty(),
                Optional.empty()));
        r.originals.add(post.unit());
        r.results.add(post.unit());
    }

    private void setQuota(SetStaffQuota c, Recorder r) {
        Unit u = unit(c.unit());
        int old = u.staffQuota().orElse(0);
        ed.replaceUnit(u.toBuilder().staffQuota(c.quota()).build());
        if (c.quota() > old) {
            r.staff.add(new StaffMove(Optional.empty(), Optional.of(u.id()), c.quota() - old, 0));
        } else if (c.quota() < old) {
            r.staff.add(new StaffMove(Optional.of(u.id()), Optional.empty(), old - c.quota(), 0));
        }
        r.originals.add(u.id());
        r.results.add(u.id());
    }

    private void reduceStaff(ReduceStaff c, Recorder r) {
        Unit u = unit(c.unit());
        int actual = u.actualStaff().orElse(0);
        if (c.count() > actual) {
            throw fail("unit " + u.id() + " has " + (u.actualStaff().isPresent() ? actual + " staff" : "no recorded staff")
                    + ", fewer than the " + c.count() + " to reduce", u.id());
        }
        Unit.Builder b = u.toBuilder().actualStaff(actual - c.count());
        if (c.alsoQuota()) {
            int q = u.staffQuota().orElse(0);
            if (c.count() > q) {
                throw fail("unit " + u.id() + " has a staff quota of " + q + ", less than the " + c.count() + " to reduce", u.id());
            }
            b.staffQuota(q - c.count());
        }
        ed.replaceUnit(b.build());
        r.staff.add(new StaffMove(Optional.of(u.id()), Optional.empty(), c.alsoQuota() ? c.count() : 0, c.count()));
        r.originals.add(u.id());
        r.results.add(u.id());
    }

    /**
     * A compound's event gathers its parts' moves and links (lineage through a unit that a part
     * created and a later part consumed stays traceable), but its originals, results, established
     * and ceased units are net: a unit both created and consumed inside the compound is in neither.
     */
    private void compound(Compound c, Recorder r) {
        OrgStructure start = cur();
        Set<UnitId> originals = new LinkedHashSet<>();
        Set<UnitId> results = new LinkedHashSet<>();
        Set<UnitId> established = new LinkedHashSet<>();
        Set<UnitId> ceased = new LinkedHashSet<>();
        for (Change part : c.parts()) {
            ChangeEvent e = runWrapped(part);
            r.parts.add(e);
            originals.addAll(e.originals());
            results.addAll(e.results());
            established.addAll(e.established());
            ceased.addAll(e.ceased());
            r.links.addAll(e.links());
            r.posts.addAll(e.posts());
            r.people.addAll(e.people());
            r.children.addAll(e.children());
            r.territories.addAll(e.territories());
            r.staff.addAll(e.staff());
            r.relationsAdded.addAll(e.relationsAdded());
            r.relationsRemoved.addAll(e.relationsRemoved());
        }
        OrgStructure end = cur();
        originals.stream().filter(start::contains).forEach(r.originals::add);
        results.stream().filter(end::contains).forEach(r.results::add);
        established.stream().filter(u -> !start.contains(u) && end.contains(u)).forEach(r.established::add);
        ceased.stream().filter(u -> start.contains(u) && !end.contains(u)).forEach(r.ceased::add);
    }

    // ------------------------------------------------------------------ lookups

    private Unit unit(UnitId id) {
        OrgStructure s = cur();
        if (id == null || !s.contains(id)) {
            throw fail("unit " + id + " is not in the structure on " + day, id);
        }
        return s.unit(id);
    }

    private Post post(PostId id) {
        OrgStructure s = cur();
        if (id == null || !s.contains(id)) {
            throw fail("post " + id + " is not in the structure on " + day, id);
        }
        return s.post(id);
    }

    /** A new unit's validity starts on the effective date; one given without a validity gets {@code [day, ∞)}. */
    private Unit startingToday(Unit u, String what) {
        if (u.validity().equals(Period.ALWAYS)) {
            return u.withValidity(Period.from(day));
        }
        if (!u.validity().start().map(day::equals).orElse(false)) {
            throw fail(what + " " + u.id() + " has validity " + u.validity() + "; a new unit starts on the effective date "
                    + day + " (leave its validity unset)", u.id());
        }
        return u;
    }

    /** Units to remove in an order that never removes a unit before a ceasing unit below it. */
    private List<Unit> deepestFirst(List<Unit> units) {
        OrgStructure s = cur();
        List<Unit> out = new ArrayList<>(units);
        out.sort(java.util.Comparator.comparingInt((Unit u) -> s.contains(u.id()) ? s.depth(u.id()) : 0).reversed());
        return out;
    }

    private static <T> List<String> sorted(Set<T> items) {
        return items.stream().map(Object::toString).sorted().toList();
    }
}
