package org.bomay.io.export;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * The part of a structure an export covers, in a fixed order shared by every format: units in
 * tree order, hierarchy links in the order of their child, other relations by source, type and
 * target, concurrent-post links by person id.
 */
final class Selection {
    /** A hierarchy link, parent to child. */
    record Link(UnitId parent, UnitId child) {}

    /** A person in office in posts of two units at once: {@code from} holds the main post. */
    record Concurrent(Person person, UnitId from, UnitId to) {}

    final OrgStructure structure;
    final ExportOptions options;
    final ImmutableList<Unit> units;
    final ImmutableList<Link> hierarchy;
    final ImmutableList<Relation> relations;
    final ImmutableList<Concurrent> concurrent;
    private final Map<UnitId, Integer> position;

    private Selection(OrgStructure s, ExportOptions o) {
        this.structure = s;
        this.options = o;
        List<Unit> source;
        if (o.root().isPresent()) {
            UnitId root = o.root().get();
            if (!s.contains(root)) {
                throw new BomayException("Cannot export the subtree of unit " + root + ": it is not in the structure of "
                        + s.date() + " (check the id given to ExportOptions.withRoot; the roots are "
                        + s.roots().stream().limit(10).map(u -> u.id().toString()).collect(Collectors.joining(", "))
                        + (s.roots().size() > 10 ? ", ..." : "") + ")");
            }
            source = s.subtree(root);
        } else {
            source = s.units();
        }
        Map<UnitId, Integer> depth = new HashMap<>();
        Map<UnitId, Integer> pos = new HashMap<>();
        ImmutableList.Builder<Unit> us = ImmutableList.builder();
        ImmutableList.Builder<Link> links = ImmutableList.builder();
        for (Unit u : source) { // pre-order: a parent comes before its children
            UnitId parent = depth.isEmpty() && o.root().isPresent() ? null : s.parent(u.id()).map(Unit::id).orElse(null);
            if (parent != null && !depth.containsKey(parent)) {
                continue; // below a unit that is too deep
            }
            int d = parent == null ? 0 : depth.get(parent) + 1;
            if (d > o.maxDepth()) {
                continue;
            }
            depth.put(u.id(), d);
            pos.put(u.id(), pos.size());
            us.add(u);
            if (parent != null) {
                links.add(new Link(parent, u.id()));
            }
        }
        this.units = us.build();
        this.position = pos;
        this.hierarchy = links.build();
        this.relations = o.relations() ? otherRelations() : ImmutableList.of();
        this.concurrent = o.people() ? concurrentLinks() : ImmutableList.of();
    }

    /**
     * Selects what {@code o} asks for in {@code s}.
     *
     * @throws BomayException naming the root if it is not in the structure
     */
    static Selection of(OrgStructure s, ExportOptions o) {
        if (s == null) {
            throw new BomayException("Cannot export a null structure");
        }
        if (o == null) {
            throw new BomayException("Export options must not be null (use ExportOptions.defaults())");
        }
        return new Selection(s, o);
    }

    boolean contains(UnitId id) {
        return position.containsKey(id);
    }

    /** The unit's index in {@link #units}, from 0. */
    int position(UnitId id) {
        return position.get(id);
    }

    private ImmutableList<Relation> otherRelations() {
        List<Relation> out = new ArrayList<>();
        for (Relation r : structure.relations()) {
            if (r.type() != RelationType.SUBORDINATE_TO && contains(r.source()) && contains(r.target())) {
                out.add(r);
            }
        }
        out.sort(Comparator.<Relation>comparingInt(r -> position(r.source())).thenComparing(Relation::type)
                .thenComparingInt(r -> position(r.target())));
        return ImmutableList.copyOf(out);
    }

    private ImmutableList<Concurrent> concurrentLinks() {
        Set<PersonId> who = new TreeSet<>(Comparator.comparing(PersonId::toString));
        for (Tenure t : structure.concurrentTenures()) {
            who.add(t.person());
        }
        ImmutableList.Builder<Concurrent> out = ImmutableList.builder();
        for (PersonId p : who) {
            Set<UnitId> units = new LinkedHashSet<>(); // main post first
            for (Tenure t : structure.postsOf(p)) {
                UnitId u = structure.post(t.post()).unit();
                if (contains(u)) {
                    units.add(u);
                }
            }
            if (units.size() < 2) {
                continue;
            }
            Person person = structure.person(p);
            List<UnitId> list = new ArrayList<>(units);
            for (UnitId other : list.subList(1, list.size())) {
                out.add(new Concurrent(person, list.get(0), other));
            }
        }
        return out.build();
    }

    /**
     * The heads of a unit in office, as lines {@code "Bí thư Huyện ủy: Nguyễn Văn An"}, one per
     * HEAD post that has a holder; empty when people are not exported.
     */
    List<String> headLines(UnitId unit) {
        if (!options.people()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (Post p : structure.posts(unit, PostRole.HEAD)) {
            List<Person> holders = structure.holders(p.id());
            if (!holders.isEmpty()) {
                lines.add(p.title() + ": " + holders.stream().map(Person::name).collect(Collectors.joining(", ")));
            }
        }
        return lines;
    }

    /** The names of the heads of a unit in office, comma-separated; empty if none or people are not exported. */
    String headNames(UnitId unit) {
        if (!options.people()) {
            return "";
        }
        return structure.heads(unit).stream().map(Person::name).distinct().collect(Collectors.joining(", "));
    }

    /** The posts of the selected units, unit by unit; empty when people are not exported. */
    List<Post> posts() {
        if (!options.people()) {
            return List.of();
        }
        List<Post> out = new ArrayList<>();
        for (Unit u : units) {
            out.addAll(structure.posts(u.id()));
        }
        return out;
    }

    /**
     * The people to export: every person of the structure for a whole-structure export, otherwise
     * those with a tenure (past, present or future) in a selected post; by id.
     */
    List<Person> people(List<Post> posts) {
        if (!options.people()) {
            return List.of();
        }
        if (options.wholeStructure()) {
            return structure.people();
        }
        Map<String, Person> byId = new TreeMap<>();
        for (Post p : posts) {
            for (Tenure t : structure.tenures(p.id())) {
                byId.computeIfAbsent(t.person().toString(), k -> structure.person(t.person()));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Units grouped by pillar (in pillar order), each group in tree order. */
    Map<Pillar, List<Unit>> byPillar() {
        Map<Pillar, List<Unit>> out = new LinkedHashMap<>();
        for (Pillar p : Pillar.values()) {
            List<Unit> us = units.stream().filter(u -> u.pillar() == p).collect(Collectors.toList());
            if (!us.isEmpty()) {
                out.put(p, us);
            }
        }
        return out;
    }
}
