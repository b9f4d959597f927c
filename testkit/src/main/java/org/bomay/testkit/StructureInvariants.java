package org.bomay.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.structure.StructureCounts;
import org.jgrapht.Graph;

/**
 * Invariants that every {@link OrgStructure} must satisfy, to call in your own tests: after a
 * restructuring, after reading a file, on every generated structure. Each check recomputes what the
 * structure's indexes and queries answer from its plain contents ({@link OrgStructure#units()},
 * {@link OrgStructure#posts()}, {@link OrgStructure#people()}, {@link OrgStructure#tenures()},
 * {@link OrgStructure#relations()}) and throws an {@link AssertionError} naming the offending id at
 * the first disagreement. The checks take time in proportion to the size of the structure.
 *
 * <pre>{@code
 * qt().forAll(StructureGen.structures())
 *     .checkAssert(StructureInvariants::checkAll);
 *
 * OrgStructure after = plan.apply(before);
 * StructureInvariants.checkAll(after);
 * }</pre>
 *
 * <p>This class has no dependency on a test framework; it is stateless and thread-safe.
 */
public final class StructureInvariants {
    private StructureInvariants() {}

    /**
     * Runs every check: {@link #checkTree}, {@link #checkCounts}, {@link #checkIndexes} and
     * {@link #checkTenures}.
     *
     * <pre>{@code
     * StructureInvariants.checkAll(structure);
     * }</pre>
     *
     * @throws AssertionError naming the offending id at the first broken invariant
     */
    public static void checkAll(OrgStructure s) {
        checkTree(s);
        checkCounts(s);
        checkIndexes(s);
        checkTenures(s);
    }

    // ------------------------------------------------------------------ the tree

    /**
     * Checks the subordination forest: {@code parent}, {@code children}, {@code ancestors},
     * {@code depth}, {@code roots}, {@code subtree} and {@code tree} agree with the SUBORDINATE_TO
     * relations and with each other; every unit is reachable from exactly one root; the sizes of the
     * roots' subtrees add up to the number of units; there is no cycle; every unit sits at its
     * parent's level or deeper; territories are administrative units, which are their own territory,
     * at the level of the units that belong to them or above.
     *
     * <pre>{@code
     * StructureInvariants.checkTree(structure);
     * }</pre>
     *
     * @throws AssertionError naming the offending unit
     */
    public static void checkTree(OrgStructure s) {
        List<Unit> units = s.units();
        Map<UnitId, Unit> byId = new LinkedHashMap<>();
        for (Unit u : units) {
            if (byId.put(u.id(), u) != null) {
                fail("checkTree: unit " + u.id() + " appears twice in units()");
            }
        }
        // the parent of each unit, from the relations
        Map<UnitId, UnitId> parentOf = new HashMap<>();
        Map<UnitId, List<UnitId>> childrenOf = new HashMap<>();
        for (Relation r : s.relations()) {
            if (r.type() != RelationType.SUBORDINATE_TO) {
                continue;
            }
            if (!byId.containsKey(r.source()) || !byId.containsKey(r.target())) {
                fail("checkTree: relation " + r + " names a unit that is not in units()");
            }
            UnitId old = parentOf.put(r.source(), r.target());
            if (old != null) {
                fail("checkTree: unit " + r.source() + " has two parents, " + old + " and " + r.target());
            }
            childrenOf.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r.source());
        }

        Set<UnitId> rootIds = new LinkedHashSet<>();
        for (Unit root : s.roots()) {
            if (!rootIds.add(root.id())) {
                fail("checkTree: root " + root.id() + " is listed twice by roots()");
            }
            if (parentOf.containsKey(root.id())) {
                fail("checkTree: unit " + root.id() + " is listed by roots() but is SUBORDINATE_TO " + parentOf.get(root.id()));
            }
        }
        for (Unit u : units) {
            UnitId id = u.id();
            same("checkTree: unit(" + id + ")", u, s.unit(id));
            UnitId expectedParent = parentOf.get(id);
            Optional<Unit> parent = s.parent(id);
            if (expectedParent == null) {
                if (parent.isPresent()) {
                    fail("checkTree: unit " + id + " has no SUBORDINATE_TO relation but parent() returns " + parent.get().id());
                }
                if (!rootIds.contains(id)) {
                    fail("checkTree: unit " + id + " has no parent but is not listed by roots()");
                }
            } else {
                if (parent.isEmpty() || !parent.get().id().equals(expectedParent)) {
                    fail("checkTree: unit " + id + " is SUBORDINATE_TO " + expectedParent + " but parent() returns "
                            + parent.map(Unit::id).orElse(null));
                }
                Unit p = byId.get(expectedParent);
                if (!u.level().fitsUnder(p.level())) {
                    fail("checkTree: unit " + id + " at level " + u.level() + " is subordinate to " + p.id() + " at level "
                            + p.level() + ", a deeper level");
                }
            }
            // children agree with the relations, in the order the children were added
            List<UnitId> expectedChildren = childrenOf.getOrDefault(id, List.of());
            List<UnitId> children = ids(s.children(id));
            if (!new HashSet<>(children).equals(new HashSet<>(expectedChildren)) || children.size() != expectedChildren.size()) {
                fail("checkTree: children(" + id + ") returns " + children + " but the units SUBORDINATE_TO it are "
                        + expectedChildren);
            }
            // ancestors: parent first, each the parent of the one before, ending at a root, no repeat
            List<Unit> ancestors = s.ancestors(id);
            Set<UnitId> seen = new HashSet<>();
            seen.add(id);
            UnitId expected = expectedParent;
            for (Unit a : ancestors) {
                if (!a.id().equals(expected)) {
                    fail("checkTree: ancestors(" + id + ") lists " + a.id() + " where the parent chain has " + expected);
                }
                if (!seen.add(a.id())) {
                    fail("checkTree: unit " + a.id() + " is its own ancestor (a SUBORDINATE_TO cycle through " + id + ")");
                }
                expected = parentOf.get(a.id());
            }
            if (expected != null) {
                fail("checkTree: ancestors(" + id + ") stops before " + expected + ", which is still an ancestor");
            }
            if (s.depth(id) != ancestors.size()) {
                fail("checkTree: depth(" + id + ") is " + s.depth(id) + " but the unit has " + ancestors.size() + " ancestors");
            }
            // territories
            Optional<UnitId> territory = u.territory();
            if (u.isTerritorial()) {
                if (!territory.equals(Optional.of(id))) {
                    fail("checkTree: administrative unit " + id + " has territory " + territory.orElse(null)
                            + " instead of itself");
                }
            } else if (territory.isPresent()) {
                Unit t = byId.get(territory.get());
                if (t == null || !t.isTerritorial()) {
                    fail("checkTree: unit " + id + " belongs to territory " + territory.get()
                            + ", which is not an administrative unit of the structure");
                }
                if (!u.level().fitsUnder(t.level())) {
                    fail("checkTree: unit " + id + " at level " + u.level() + " belongs to territory " + t.id() + " at level "
                            + t.level() + ", below it (a unit's territory is at its level or above)");
                }
            }
        }
        for (UnitId r : rootIds) {
            if (!byId.containsKey(r)) {
                fail("checkTree: roots() lists " + r + ", which is not in units()");
            }
        }

        // reachability: every unit in exactly one root's subtree; subtree sizes add up
        Map<UnitId, UnitId> rootOf = new HashMap<>();
        int total = 0;
        for (UnitId root : rootIds) {
            List<Unit> sub = s.subtree(root);
            if (sub.isEmpty() || !sub.get(0).id().equals(root)) {
                fail("checkTree: subtree(" + root + ") does not start with " + root);
            }
            Set<UnitId> visited = new HashSet<>();
            for (Unit u : sub) {
                UnitId other = rootOf.put(u.id(), root);
                if (other != null) {
                    fail("checkTree: unit " + u.id() + " is reachable from two roots, " + other + " and " + root);
                }
                UnitId p = parentOf.get(u.id());
                if (!u.id().equals(root) && !visited.contains(p)) {
                    fail("checkTree: subtree(" + root + ") lists " + u.id() + " before its parent " + p
                            + " (expected pre-order)");
                }
                visited.add(u.id());
            }
            total += sub.size();
            long lines = s.tree(root).lines().count();
            if (lines != sub.size()) {
                fail("checkTree: tree(" + root + ") has " + lines + " lines for " + sub.size() + " units");
            }
        }
        for (Unit u : units) {
            if (!rootOf.containsKey(u.id())) {
                fail("checkTree: unit " + u.id() + " is not reachable from any root (a SUBORDINATE_TO cycle?)");
            }
        }
        if (total != units.size()) {
            fail("checkTree: the subtrees of the " + rootIds.size() + " roots hold " + total + " units, but the structure has "
                    + units.size());
        }
    }

    // ------------------------------------------------------------------ counts

    /**
     * Checks {@link OrgStructure#counts()} against the contents: organizations and administrative
     * units, organizations by pillar and by level (each adding up to the organizations), posts by role,
     * holders by role on the snapshot's date (a person counts once per post), people, concurrent
     * tenures in force, staff quota and
     * actual staff; and the sizes of {@code unitsOf(pillar)}, {@code unitsAt(level)} and
     * {@code unitsOf(kind)}.
     *
     * <pre>{@code
     * StructureInvariants.checkCounts(structure);
     * }</pre>
     *
     * @throws AssertionError naming the count that disagrees
     */
    public static void checkCounts(OrgStructure s) {
        StructureCounts c = s.counts();
        int organizations = 0;
        int territories = 0;
        long quota = 0;
        long actual = 0;
        Map<Pillar, Integer> byPillar = zeros(Pillar.class);
        Map<Level, Integer> byLevel = zeros(Level.class);
        Map<Pillar, Integer> allByPillar = zeros(Pillar.class);
        Map<Level, Integer> allByLevel = zeros(Level.class);
        Map<UnitKind, Integer> byKind = new LinkedHashMap<>();
        for (Unit u : s.units()) {
            if (u.isTerritorial()) {
                territories++;
            } else {
                organizations++;
                byPillar.merge(u.pillar(), 1, Integer::sum);
                byLevel.merge(u.level(), 1, Integer::sum);
            }
            allByPillar.merge(u.pillar(), 1, Integer::sum);
            allByLevel.merge(u.level(), 1, Integer::sum);
            byKind.merge(u.kind(), 1, Integer::sum);
            quota += u.staffQuota().orElse(0);
            actual += u.actualStaff().orElse(0);
        }
        equal("counts().units()", s.units().size(), c.units());
        equal("counts().organizations()", organizations, c.organizations());
        equal("counts().territories()", territories, c.territories());
        equal("counts().staffQuota()", quota, c.staffQuota());
        equal("counts().actualStaff()", actual, c.actualStaff());
        int sum = 0;
        for (Pillar p : Pillar.values()) {
            equal("counts().organizationsByPillar() for " + p, byPillar.get(p), c.organizationsByPillar().get(p));
            equal("unitsOf(" + p + ").size()", allByPillar.get(p), s.unitsOf(p).size());
            sum += c.organizationsByPillar().get(p);
        }
        equal("the sum of counts().organizationsByPillar()", c.organizations(), sum);
        sum = 0;
        for (Level l : Level.values()) {
            equal("counts().organizationsByLevel() for " + l, byLevel.get(l), c.organizationsByLevel().get(l));
            equal("unitsAt(" + l + ").size()", allByLevel.get(l), s.unitsAt(l).size());
            sum += c.organizationsByLevel().get(l);
        }
        equal("the sum of counts().organizationsByLevel()", c.organizations(), sum);
        sum = 0;
        for (Map.Entry<UnitKind, Integer> e : byKind.entrySet()) {
            equal("unitsOf(" + e.getKey().code() + ").size()", e.getValue(), s.unitsOf(e.getKey()).size());
            sum += e.getValue();
        }
        equal("the sum over kinds of unitsOf(kind).size()", s.units().size(), sum);

        Map<PostRole, Integer> postsByRole = zeros(PostRole.class);
        Map<PostId, Post> posts = new HashMap<>();
        for (Post p : s.posts()) {
            postsByRole.merge(p.role(), 1, Integer::sum);
            posts.put(p.id(), p);
        }
        equal("counts().posts()", s.posts().size(), c.posts());
        Map<PostRole, Integer> holdersByRole = zeros(PostRole.class);
        Set<List<Object>> personInPost = new HashSet<>();
        int concurrent = 0;
        for (Tenure t : s.tenures()) {
            if (t.period().contains(s.date())) {
                Post p = posts.get(t.post());
                if (p == null) {
                    fail("checkCounts: tenure " + t + " names post " + t.post() + ", which is not in posts()");
                }
                if (personInPost.add(List.of(t.person(), t.post()))) { // a person counts once per post
                    holdersByRole.merge(p.role(), 1, Integer::sum);
                }
                if (t.isConcurrent()) {
                    concurrent++;
                }
            }
        }
        for (PostRole r : PostRole.values()) {
            equal("counts().postsByRole() for " + r, postsByRole.get(r), c.postsByRole().get(r));
            equal("counts().holdersByRole() for " + r, holdersByRole.get(r), c.holdersByRole().get(r));
        }
        equal("counts().people()", s.people().size(), c.people());
        equal("counts().concurrentTenures()", concurrent, c.concurrentTenures());
        equal("concurrentTenures().size()", concurrent, s.concurrentTenures().size());
    }

    // ------------------------------------------------------------------ indexes

    /**
     * Checks the structure's indexes against its contents: {@code posts(unit)} and
     * {@code posts(unit, role)} against {@link Post#unit()}; {@code tenures(post)},
     * {@code tenures(person)}, {@code holders(post)} (each person in office once),
     * {@code holders(unit, role)}, {@code heads},
     * {@code postsOf} and {@code concurrentTenures} against the tenures; {@code related} and
     * {@code relatedTo} against the relations; {@code unitsIn} against the territories; and the
     * JGraphT {@link OrgStructure#graph()} view (all types and each type alone): same vertices and
     * edges, same in- and out-degrees, edge sources and targets.
     *
     * <pre>{@code
     * StructureInvariants.checkIndexes(structure);
     * }</pre>
     *
     * @throws AssertionError naming the offending unit, post, person or relation
     */
    public static void checkIndexes(OrgStructure s) {
        // lookups
        Set<UnitId> unitIds = new LinkedHashSet<>(ids(s.units()));
        if (!unitIds.equals(s.unitIds())) {
            fail("checkIndexes: unitIds() " + s.unitIds() + " differs from the ids of units()");
        }
        Map<PostId, Post> posts = new LinkedHashMap<>();
        for (Post p : s.posts()) {
            if (posts.put(p.id(), p) != null) {
                fail("checkIndexes: post " + p.id() + " appears twice in posts()");
            }
            same("checkIndexes: post(" + p.id() + ")", p, s.post(p.id()));
            if (!s.contains(p.unit())) {
                fail("checkIndexes: post " + p.id() + " belongs to unit " + p.unit() + ", which is not in the structure");
            }
        }
        Map<PersonId, Person> people = new LinkedHashMap<>();
        for (Person p : s.people()) {
            if (people.put(p.id(), p) != null) {
                fail("checkIndexes: person " + p.id() + " appears twice in people()");
            }
            same("checkIndexes: person(" + p.id() + ")", p, s.person(p.id()));
        }

        // posts by unit
        Map<UnitId, List<Post>> postsByUnit = new HashMap<>();
        for (Post p : s.posts()) {
            postsByUnit.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p);
        }
        for (UnitId u : unitIds) {
            List<Post> expected = postsByUnit.getOrDefault(u, List.of());
            equalLists("checkIndexes: posts(" + u + ")", expected, s.posts(u));
            for (PostRole role : PostRole.values()) {
                List<Post> withRole = expected.stream().filter(p -> p.role() == role).toList();
                equalLists("checkIndexes: posts(" + u + ", " + role + ")", withRole, s.posts(u, role));
            }
        }

        // tenures by post and by person; holders
        Map<PostId, List<Tenure>> byPost = new HashMap<>();
        Map<PersonId, List<Tenure>> byPerson = new HashMap<>();
        List<Tenure> concurrent = new ArrayList<>();
        for (Tenure t : s.tenures()) {
            if (!posts.containsKey(t.post())) {
                fail("checkIndexes: tenure " + t + " names post " + t.post() + ", which is not in the structure");
            }
            if (!people.containsKey(t.person())) {
                fail("checkIndexes: tenure " + t + " names person " + t.person() + ", who is not in the structure");
            }
            byPost.computeIfAbsent(t.post(), k -> new ArrayList<>()).add(t);
            byPerson.computeIfAbsent(t.person(), k -> new ArrayList<>()).add(t);
            if (t.isConcurrent() && t.period().contains(s.date())) {
                concurrent.add(t);
            }
        }
        equalLists("checkIndexes: concurrentTenures()", concurrent, s.concurrentTenures());
        Map<PostId, List<Person>> holders = new HashMap<>();
        for (Post p : posts.values()) {
            List<Tenure> expected = byPost.getOrDefault(p.id(), List.of());
            equalLists("checkIndexes: tenures(" + p.id() + ")", expected, s.tenures(p.id()));
            List<Person> inOffice = expected.stream().filter(t -> t.period().contains(s.date()))
                    .map(t -> people.get(t.person())).distinct().toList();
            holders.put(p.id(), inOffice);
            equalLists("checkIndexes: holders(" + p.id() + ")", inOffice, s.holders(p.id()));
        }
        for (Person p : people.values()) {
            List<Tenure> expected = byPerson.getOrDefault(p.id(), List.of());
            // a person's tenures are in the order they were added to the person, which tenures() (post by post) does not show
            sameElements("checkIndexes: tenures(" + p.id() + ")", expected, s.tenures(p.id()));
            expected = s.tenures(p.id());
            List<Tenure> main = expected.stream().filter(t -> !t.isConcurrent() && t.period().contains(s.date())).toList();
            List<Tenure> conc = expected.stream().filter(t -> t.isConcurrent() && t.period().contains(s.date())).toList();
            List<Tenure> postsOf = new ArrayList<>(main);
            postsOf.addAll(conc);
            equalLists("checkIndexes: postsOf(" + p.id() + ") (main posts first)", postsOf, s.postsOf(p.id()));
        }
        for (UnitId u : unitIds) {
            for (PostRole role : PostRole.values()) {
                List<Person> expected = new ArrayList<>();
                for (Post p : postsByUnit.getOrDefault(u, List.of())) {
                    if (p.role() == role) {
                        expected.addAll(holders.get(p.id()));
                    }
                }
                equalLists("checkIndexes: holders(" + u + ", " + role + ")", expected, s.holders(u, role));
                if (role == PostRole.HEAD) {
                    equalLists("checkIndexes: heads(" + u + ")", expected, s.heads(u));
                }
            }
        }

        // relations
        List<Relation> relations = s.relations();
        Set<Relation> relationSet = new LinkedHashSet<>(relations);
        if (relationSet.size() != relations.size()) {
            fail("checkIndexes: relations() lists a relation twice: " + relations);
        }
        Map<UnitId, Map<RelationType, List<UnitId>>> out = new HashMap<>();
        Map<UnitId, Map<RelationType, List<UnitId>>> in = new HashMap<>();
        Map<UnitId, Integer> outDegree = new HashMap<>();
        Map<UnitId, Integer> inDegree = new HashMap<>();
        for (Relation r : relations) {
            if (!unitIds.contains(r.source()) || !unitIds.contains(r.target())) {
                fail("checkIndexes: relation " + r + " names a unit that is not in the structure");
            }
            out.computeIfAbsent(r.source(), k -> new EnumMap<>(RelationType.class))
                    .computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r.target());
            in.computeIfAbsent(r.target(), k -> new EnumMap<>(RelationType.class))
                    .computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r.source());
            outDegree.merge(r.source(), 1, Integer::sum);
            inDegree.merge(r.target(), 1, Integer::sum);
        }
        for (UnitId u : unitIds) {
            for (RelationType type : RelationType.values()) {
                List<UnitId> targets = out.getOrDefault(u, Map.of()).getOrDefault(type, List.of());
                sameElements("checkIndexes: related(" + u + ", " + type + ")", targets, ids(s.related(u, type)));
                List<UnitId> sources = in.getOrDefault(u, Map.of()).getOrDefault(type, List.of());
                sameElements("checkIndexes: relatedTo(" + u + ", " + type + ")", sources, ids(s.relatedTo(u, type)));
            }
        }

        // territories
        Map<UnitId, List<UnitId>> byTerritory = new HashMap<>();
        for (Unit u : s.units()) {
            u.territory().ifPresent(t -> byTerritory.computeIfAbsent(t, k -> new ArrayList<>()).add(u.id()));
        }
        for (Unit t : s.units()) {
            if (!t.isTerritorial()) {
                continue;
            }
            List<UnitId> expected = new ArrayList<>();
            for (Unit below : s.subtree(t.id())) {
                if (below.isTerritorial()) {
                    expected.addAll(byTerritory.getOrDefault(below.id(), List.of()));
                }
            }
            sameElements("checkIndexes: unitsIn(" + t.id() + ")", expected, ids(s.unitsIn(t.id())));
        }

        // the subtree of one pillar
        for (Unit root : s.roots()) {
            for (Pillar p : Pillar.values()) {
                List<Unit> expected = s.subtree(root.id()).stream().filter(u -> u.pillar() == p).toList();
                equalLists("checkIndexes: subtree(" + root.id() + ", " + p + ")", expected, s.subtree(root.id(), p));
            }
        }

        // the JGraphT views
        checkGraph("graph()", s.graph(), unitIds, relationSet, outDegree, inDegree);
        for (RelationType type : RelationType.values()) {
            Set<Relation> ofType = new LinkedHashSet<>();
            Map<UnitId, Integer> o = new HashMap<>();
            Map<UnitId, Integer> i = new HashMap<>();
            for (Relation r : relations) {
                if (r.type() == type) {
                    ofType.add(r);
                    o.merge(r.source(), 1, Integer::sum);
                    i.merge(r.target(), 1, Integer::sum);
                }
            }
            checkGraph("graph(" + type + ")", s.graph(type), unitIds, ofType, o, i);
        }
    }

    private static void checkGraph(String name, Graph<UnitId, Relation> g, Set<UnitId> vertices, Set<Relation> edges,
            Map<UnitId, Integer> outDegree, Map<UnitId, Integer> inDegree) {
        if (!g.vertexSet().equals(vertices)) {
            fail("checkIndexes: " + name + ".vertexSet() differs from the unit ids: " + difference(g.vertexSet(), vertices));
        }
        if (!g.edgeSet().equals(edges)) {
            fail("checkIndexes: " + name + ".edgeSet() differs from the relations: " + difference(g.edgeSet(), edges));
        }
        if (g.edgeSet().size() != edges.size()) {
            fail("checkIndexes: " + name + ".edgeSet() has " + g.edgeSet().size() + " edges, expected " + edges.size());
        }
        for (UnitId v : vertices) {
            int o = outDegree.getOrDefault(v, 0);
            int i = inDegree.getOrDefault(v, 0);
            equal("checkIndexes: " + name + ".outDegreeOf(" + v + ")", o, g.outDegreeOf(v));
            equal("checkIndexes: " + name + ".inDegreeOf(" + v + ")", i, g.inDegreeOf(v));
            equal("checkIndexes: " + name + ".degreeOf(" + v + ")", o + i, g.degreeOf(v));
            equal("checkIndexes: " + name + ".outgoingEdgesOf(" + v + ").size()", o, g.outgoingEdgesOf(v).size());
            equal("checkIndexes: " + name + ".incomingEdgesOf(" + v + ").size()", i, g.incomingEdgesOf(v).size());
            equal("checkIndexes: " + name + ".edgesOf(" + v + ").size()", o + i, g.edgesOf(v).size());
            for (Relation r : g.outgoingEdgesOf(v)) {
                if (!r.source().equals(v)) {
                    fail("checkIndexes: " + name + ".outgoingEdgesOf(" + v + ") holds " + r + ", which starts elsewhere");
                }
            }
            for (Relation r : g.incomingEdgesOf(v)) {
                if (!r.target().equals(v)) {
                    fail("checkIndexes: " + name + ".incomingEdgesOf(" + v + ") holds " + r + ", which ends elsewhere");
                }
            }
        }
        for (Relation r : edges) {
            if (!g.containsEdge(r)) {
                fail("checkIndexes: " + name + ".containsEdge(" + r + ") is false");
            }
            same("checkIndexes: " + name + ".getEdgeSource(" + r + ")", r.source(), g.getEdgeSource(r));
            same("checkIndexes: " + name + ".getEdgeTarget(" + r + ")", r.target(), g.getEdgeTarget(r));
            Set<Relation> between = g.getAllEdges(r.source(), r.target());
            if (between == null || !between.contains(r)) {
                fail("checkIndexes: " + name + ".getAllEdges(" + r.source() + ", " + r.target() + ") lacks " + r);
            }
            if (g.getEdge(r.source(), r.target()) == null) {
                fail("checkIndexes: " + name + ".getEdge(" + r.source() + ", " + r.target() + ") is null, but " + r + " exists");
            }
        }
    }

    // ------------------------------------------------------------------ tenures

    /**
     * Checks people and tenures: every tenure names a post and a person of the structure and lies
     * within the validity of its post's unit; no post is held on the snapshot's date by more people
     * than its capacity.
     *
     * <pre>{@code
     * StructureInvariants.checkTenures(structure);
     * }</pre>
     *
     * @throws AssertionError naming the offending post or person
     */
    public static void checkTenures(OrgStructure s) {
        Map<PostId, Integer> holding = new HashMap<>();
        for (Tenure t : s.tenures()) {
            if (!s.contains(t.post())) {
                fail("checkTenures: tenure " + t + " names post " + t.post() + ", which is not in the structure");
            }
            if (!s.contains(t.person())) {
                fail("checkTenures: tenure " + t + " names person " + t.person() + ", who is not in the structure");
            }
            Post post = s.post(t.post());
            Unit unit = s.unit(post.unit());
            if (!unit.validity().encloses(t.period())) {
                fail("checkTenures: tenure " + t + " runs " + t.period() + ", outside the validity " + unit.validity()
                        + " of unit " + unit.id());
            }
            if (t.period().contains(s.date())) {
                int n = holding.merge(t.post(), 1, Integer::sum);
                if (n > post.capacity()) {
                    fail("checkTenures: post " + post.id() + " (capacity " + post.capacity() + ") is held by " + n
                            + " people on " + s.date());
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void fail(String message) {
        throw new AssertionError(message);
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0);
        }
        return m;
    }

    private static void equal(String what, long expected, long actual) {
        if (expected != actual) {
            fail((what.startsWith("check") ? "" : "checkCounts: ") + what + " is " + actual + ", expected " + expected);
        }
    }

    private static void same(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            fail(what + " returns " + actual + ", expected " + expected);
        }
    }

    private static <T> void equalLists(String what, List<T> expected, List<T> actual) {
        if (!expected.equals(actual)) {
            fail(what + " returns " + actual + ", expected " + expected);
        }
    }

    private static <T> void sameElements(String what, Collection<T> expected, Collection<T> actual) {
        if (expected.size() != actual.size() || !new HashSet<>(expected).equals(new HashSet<>(actual))) {
            fail(what + " returns " + actual + ", expected (in any order) " + expected);
        }
    }

    private static <T> String difference(Set<T> actual, Set<T> expected) {
        Set<T> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        Set<T> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        return "extra " + extra + ", missing " + missing;
    }

    private static List<UnitId> ids(List<Unit> units) {
        List<UnitId> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            out.add(u.id());
        }
        return out;
    }
}
