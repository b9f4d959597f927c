package org.bomay.core.structure;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.vavr.collection.TreeMap;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
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
import org.bomay.core.structure.StructureProblem.Type;
import org.jgrapht.Graph;

/**
 * An immutable snapshot of the apparatus on a date: units, posts, people, tenures and typed
 * relations, with the queries an app or an analyst needs.
 *
 * <p>Subordination (SUBORDINATE_TO) forms a forest: every unit has at most one parent, its level
 * is its parent's or deeper, and there are no cycles. The other relation types (LEADS, GUIDES,
 * SERVES, MEMBER_OF) overlay it. {@link #graph()} is a read-only JGraphT view of all of it, so
 * JGraphT algorithms run on a snapshot without copying.
 *
 * <pre>{@code
 * OrgStructure s = OrgStructure.builder(LocalDate.of(2018, 1, 1))
 *         .add(huyen)                                  // an administrative unit
 *         .add(huyenUy)
 *         .add(banToChuc, huyenUy.id())                // subordinate to the Huyện ủy
 *         .add(Post.of(truongBanId, banToChuc.id(), PostRole.HEAD, "Trưởng Ban Tổ chức"))
 *         .add(Person.of(anId, "Nguyễn Văn An", true))
 *         .add(Tenure.main(anId, truongBanId, Period.from(LocalDate.of(2015, 10, 1))))
 *         .build();
 * s.children(huyenUy.id());         // [Ban Tổ chức ...]
 * s.find("ban to chuc kim bang");   // diacritic-insensitive search
 * System.out.println(s.tree(huyenUy.id()));
 * }</pre>
 *
 * <p>A snapshot holds what was added to it: a unit whose validity period does not contain
 * {@link #date()} (ceased, or decided for later) is still a unit of the snapshot, found by queries
 * and counted; which units a snapshot holds on a date is the history's business. The date decides
 * who is in office.
 *
 * <p>Queries that take an id throw {@link UnknownIdException} when the id is not in the snapshot;
 * {@link #contains(UnitId)} and its overloads test first. "In office" means a tenure whose period
 * contains {@link #date()}. This class is immutable and thread-safe; a changed structure is a new
 * snapshot ({@link #edit()}, {@link #toBuilder()}, {@link #withDate(LocalDate)}).
 *
 * <p>Lists of units are in <em>tree order</em>: each root (in the order the roots were added) followed
 * by its subtree in pre-order, children in the order they were added. A snapshot derived by
 * {@link #edit()} shares every part it did not touch with the one it came from (persistent maps,
 * decision D10), so a change costs in proportion to what it touches; the ordered lists, name search,
 * counts and graph view are derived lazily, once per snapshot, on first use.
 */
public final class OrgStructure {
    private final LocalDate date;
    private final Store x;

    private final Supplier<Derived> derived;
    private final Supplier<NameIndex<Unit>> unitIndex;
    private final Supplier<NameIndex<Person>> personIndex;
    private final Supplier<StructureCounts> counts;
    private final Supplier<Graph<UnitId, Relation>> graph;

    OrgStructure(LocalDate date, Store store, OrgStructure sameContent) {
        this.date = date;
        this.x = store;
        this.counts = Suppliers.memoize(this::computeCounts);
        if (sameContent == null) {
            this.derived = Suppliers.memoize(this::derive);
            this.unitIndex = Suppliers.memoize(() -> new NameIndex<>(units(), Unit::name));
            this.personIndex = Suppliers.memoize(() -> new NameIndex<>(people(), Person::name));
            this.graph = Suppliers.memoize(() -> new StructureGraph(this, java.util.EnumSet.allOf(RelationType.class)));
        } else { // what does not depend on the date is shared
            this.derived = sameContent.derived;
            this.unitIndex = sameContent.unitIndex;
            this.personIndex = sameContent.personIndex;
            this.graph = sameContent.graph;
        }
    }

    /**
     * Starts an empty structure on the given date.
     *
     * <pre>{@code
     * OrgStructure.Builder b = OrgStructure.builder(LocalDate.of(2018, 1, 1));
     * }</pre>
     *
     * @throws BomayException if the date is null
     */
    public static Builder builder(LocalDate date) {
        return new Builder(date);
    }

    /** Returns a builder holding everything in this snapshot, to derive a changed one (re-validates everything on build). */
    public Builder toBuilder() {
        Builder b = new Builder(date);
        b.units.addAll(units());
        b.posts.addAll(posts());
        b.people.addAll(people());
        b.tenures.addAll(tenures());
        b.relations.addAll(relations());
        return b;
    }

    /**
     * Starts an edit of this snapshot: primitive edits, each checked on what it touches, that
     * share everything else with this snapshot. This snapshot does not change. Restructuring
     * operations ({@code org.bomay.core.change}) are built on it; use it directly for corrections
     * that are not restructurings.
     *
     * <pre>{@code
     * OrgStructure fixed = s.edit().replaceUnit(s.unit(id).withName("Văn phòng Huyện ủy")).build();
     * }</pre>
     */
    public StructureEditor edit() {
        return new StructureEditor(date, x);
    }

    Store store() {
        return x;
    }

    /** Returns the same structure seen on another date (which changes who is in office). Shares all data. */
    public OrgStructure withDate(LocalDate newDate) {
        if (newDate == null) {
            throw new BomayException("withDate: the date must not be null");
        }
        return newDate.equals(date) ? this : new OrgStructure(newDate, x, this);
    }

    // ------------------------------------------------------------------ lookups

    /** The snapshot's date. */
    public LocalDate date() {
        return date;
    }

    /** Whether the unit is in the snapshot. */
    public boolean contains(UnitId id) {
        return id != null && x.units.containsKey(id);
    }

    /** Whether the post is in the snapshot. */
    public boolean contains(PostId id) {
        return id != null && x.posts.containsKey(id);
    }

    /** Whether the person is in the snapshot. */
    public boolean contains(PersonId id) {
        return id != null && x.people.containsKey(id);
    }

    /**
     * Returns the unit.
     *
     * @throws UnknownIdException naming the id if it is not in the snapshot
     */
    public Unit unit(UnitId id) {
        Unit u = id == null ? null : x.units.getOrElse(id, null);
        if (u == null) {
            throw new UnknownIdException("unit", id, date);
        }
        return u;
    }

    /**
     * Returns the post.
     *
     * @throws UnknownIdException naming the id if it is not in the snapshot
     */
    public Post post(PostId id) {
        Post p = id == null ? null : x.posts.getOrElse(id, null);
        if (p == null) {
            throw new UnknownIdException("post", id, date);
        }
        return p;
    }

    /**
     * Returns the person.
     *
     * @throws UnknownIdException naming the id if it is not in the snapshot
     */
    public Person person(PersonId id) {
        Person p = id == null ? null : x.people.getOrElse(id, null);
        if (p == null) {
            throw new UnknownIdException("person", id, date);
        }
        return p;
    }

    /** All units, in tree order (see the class comment). */
    public ImmutableList<Unit> units() {
        return derived.get().units;
    }

    /** The ids of all units (in no particular order). */
    public ImmutableSet<UnitId> unitIds() {
        return derived.get().unitIds;
    }

    /** The number of units, without deriving the ordered list. */
    public int unitCount() {
        return x.units.size();
    }

    /** All posts: the posts of each unit in tree order, each unit's in the order they were added. */
    public ImmutableList<Post> posts() {
        return derived.get().posts;
    }

    /** All people, ordered by id. */
    public ImmutableList<Person> people() {
        return derived.get().people;
    }

    /** All tenures, past, present and future, post by post in the order of {@link #posts()}. */
    public ImmutableList<Tenure> tenures() {
        return derived.get().tenures;
    }

    /**
     * Calls {@code action} for every unit, in no particular order. Unlike {@link #units()}, it does
     * not derive the ordered lists of a new snapshot, so a scan of a snapshot just produced by a
     * change costs only the scan (the validator uses it when a date moves).
     *
     * <pre>{@code
     * s.forEachUnit(u -> { if (!u.validity().contains(s.date())) ceased.add(u.id()); });
     * }</pre>
     */
    public void forEachUnit(java.util.function.Consumer<? super Unit> action) {
        Checks.notNull(action, "forEachUnit: the action");
        x.units.values().forEach(action);
    }

    /** Calls {@code action} for every tenure, in no particular order; see {@link #forEachUnit}. */
    public void forEachTenure(java.util.function.Consumer<? super Tenure> action) {
        Checks.notNull(action, "forEachTenure: the action");
        for (ImmutableList<Tenure> ts : x.tenuresByPost.values()) {
            ts.forEach(action);
        }
    }

    /** All relations, including SUBORDINATE_TO, source by source in tree order. */
    public ImmutableList<Relation> relations() {
        return derived.get().relations.asList();
    }

    ImmutableSet<Relation> relationSet() {
        return derived.get().relations;
    }

    boolean hasRelation(Relation r) {
        return Store.list(x.outgoing, r.source()).contains(r);
    }

    ImmutableList<Relation> outgoingRelations(UnitId id) {
        return Store.list(x.outgoing, id);
    }

    ImmutableList<Relation> incomingRelations(UnitId id) {
        return Store.list(x.incoming, id);
    }

    /** The lists in a stable order, derived once per snapshot content. */
    private static final class Derived {
        ImmutableList<Unit> units;
        ImmutableSet<UnitId> unitIds;
        ImmutableList<Post> posts;
        ImmutableList<Person> people;
        ImmutableList<Tenure> tenures;
        ImmutableSet<Relation> relations;
    }

    private Derived derive() {
        Derived d = new Derived();
        ImmutableList.Builder<Unit> us = ImmutableList.builderWithExpectedSize(x.units.size());
        ImmutableSet.Builder<UnitId> ids = ImmutableSet.builderWithExpectedSize(x.units.size());
        ImmutableList.Builder<Post> ps = ImmutableList.builderWithExpectedSize(x.posts.size());
        ImmutableList.Builder<Tenure> ts = ImmutableList.builderWithExpectedSize(x.tenureCount);
        ImmutableSet.Builder<Relation> rs = ImmutableSet.builderWithExpectedSize(x.relationCount);
        Deque<UnitId> stack = new ArrayDeque<>();
        for (UnitId root : x.roots.values()) {
            stack.push(root);
            while (!stack.isEmpty()) {
                UnitId id = stack.pop();
                us.add(x.units.getOrElse(id, null));
                ids.add(id);
                for (PostId p : Store.list(x.postsByUnit, id)) {
                    ps.add(x.posts.getOrElse(p, null));
                    ts.addAll(Store.list(x.tenuresByPost, p));
                }
                rs.addAll(Store.list(x.outgoing, id));
                ImmutableList<UnitId> cs = Store.list(x.children, id);
                for (int i = cs.size() - 1; i >= 0; i--) {
                    stack.push(cs.get(i));
                }
            }
        }
        d.units = us.build();
        d.unitIds = ids.build();
        d.posts = ps.build();
        d.tenures = ts.build();
        d.relations = rs.build();
        List<Person> people = new ArrayList<>(x.people.size());
        x.people.values().forEach(people::add);
        people.sort(Comparator.comparing(p -> p.id().toString()));
        d.people = ImmutableList.copyOf(people);
        return d;
    }

    // ------------------------------------------------------------------ the tree

    /** The parent (SUBORDINATE_TO target) of a unit, if it has one. */
    public Optional<Unit> parent(UnitId id) {
        unit(id);
        UnitId p = x.parents.getOrElse(id, null);
        return p == null ? Optional.empty() : Optional.of(x.units.getOrElse(p, null));
    }

    /** The units directly subordinate to a unit, in the order they were added. */
    public ImmutableList<Unit> children(UnitId id) {
        return resolve(indexed(x.children, id));
    }

    /** The ancestors of a unit, nearest first (parent, grandparent, ... root). */
    public ImmutableList<Unit> ancestors(UnitId id) {
        unit(id);
        ImmutableList.Builder<Unit> out = ImmutableList.builder();
        for (UnitId p = x.parents.getOrElse(id, null); p != null; p = x.parents.getOrElse(p, null)) {
            out.add(x.units.getOrElse(p, null));
        }
        return out.build();
    }

    /** The units without a parent, in the order they became roots. */
    public ImmutableList<Unit> roots() {
        return resolve(x.roots.values().toJavaList());
    }

    /** A unit and all units below it, depth-first in pre-order (the unit first). */
    public ImmutableList<Unit> subtree(UnitId root) {
        unit(root);
        ImmutableList.Builder<Unit> out = ImmutableList.builder();
        Deque<UnitId> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            UnitId u = stack.pop();
            out.add(x.units.getOrElse(u, null));
            ImmutableList<UnitId> cs = Store.list(x.children, u);
            for (int i = cs.size() - 1; i >= 0; i--) {
                stack.push(cs.get(i));
            }
        }
        return out.build();
    }

    /**
     * The units of one pillar in the subtree of {@code root} (pre-order). Units of other pillars
     * are left out but their descendants are still visited.
     *
     * <pre>{@code
     * s.subtree(huyenUy.id(), Pillar.PARTY);   // the district committee, its boards, the commune committees, the cells
     * }</pre>
     */
    public ImmutableList<Unit> subtree(UnitId root, Pillar pillar) {
        Checks.notNull(pillar, "subtree(root, pillar): the pillar");
        return subtree(root).stream().filter(u -> u.pillar() == pillar).collect(ImmutableList.toImmutableList());
    }

    /** The depth of a unit: 0 for a root. */
    public int depth(UnitId id) {
        unit(id);
        int d = 0;
        for (UnitId p = x.parents.getOrElse(id, null); p != null; p = x.parents.getOrElse(p, null)) {
            d++;
        }
        return d;
    }

    // ------------------------------------------------------------------ selections

    /** The units of a pillar, in tree order (administrative units belong to STATE; filter on {@code !isTerritorial()} for organizations only). */
    public ImmutableList<Unit> unitsOf(Pillar pillar) {
        Checks.notNull(pillar, "unitsOf(pillar): the pillar");
        return units().stream().filter(u -> u.pillar() == pillar).collect(ImmutableList.toImmutableList());
    }

    /** The units at a level, in tree order. */
    public ImmutableList<Unit> unitsAt(Level level) {
        Checks.notNull(level, "unitsAt(level): the level");
        return units().stream().filter(u -> u.level() == level).collect(ImmutableList.toImmutableList());
    }

    /** The units of a kind, in tree order. */
    public ImmutableList<Unit> unitsOf(UnitKind kind) {
        Checks.notNull(kind, "unitsOf(kind): the kind");
        return units().stream().filter(u -> u.kind().equals(kind)).collect(ImmutableList.toImmutableList());
    }

    /**
     * The units that belong to an administrative unit or to any administrative unit below it,
     * the administrative units themselves included: everything "in" a district.
     *
     * <pre>{@code
     * s.unitsIn(UnitId.of("kb.nhat-tan"));   // the commune, its villages, its party committee, HĐND, UBND ...
     * }</pre>
     *
     * @throws BomayException if the unit is not an administrative unit
     */
    public ImmutableList<Unit> unitsIn(UnitId territory) {
        Unit t = unit(territory);
        if (!t.isTerritorial()) {
            throw new BomayException("unitsIn: unit " + territory + " (" + t.name() + ") is not an administrative unit; "
                    + "pass the id of a territorial unit such as a district or a commune");
        }
        ImmutableList.Builder<Unit> out = ImmutableList.builder();
        for (Unit u : subtree(territory)) {
            if (u.isTerritorial()) {
                out.addAll(resolve(Store.list(x.byTerritory, u.id())));
            }
        }
        return out.build();
    }

    /** The units whose territory is exactly this administrative unit (the unit itself included), in the order they were added. */
    public ImmutableList<Unit> unitsOfTerritory(UnitId territory) {
        unit(territory);
        return resolve(Store.list(x.byTerritory, territory));
    }

    // ------------------------------------------------------------------ posts and people

    /** The posts of a unit, in the order they were added. */
    public ImmutableList<Post> posts(UnitId unit) {
        ImmutableList<PostId> ids = indexed(x.postsByUnit, unit);
        ImmutableList.Builder<Post> out = ImmutableList.builderWithExpectedSize(ids.size());
        for (PostId p : ids) {
            out.add(x.posts.getOrElse(p, null));
        }
        return out.build();
    }

    /** The posts of a unit with a role, e.g. its deputies' posts. */
    public ImmutableList<Post> posts(UnitId unit, PostRole role) {
        Checks.notNull(role, "posts(unit, role): the role");
        ImmutableList.Builder<Post> out = ImmutableList.builder();
        for (PostId id : indexed(x.postsByUnit, unit)) {
            Post p = x.posts.getOrElse(id, null);
            if (p.role() == role) {
                out.add(p);
            }
        }
        return out.build();
    }

    /**
     * The number of posts of a unit, without building their list.
     *
     * <pre>{@code
     * if (s.postCount(u.id()) == 0) { ... }   // a unit whose posts are not modelled
     * }</pre>
     */
    public int postCount(UnitId unit) {
        return indexed(x.postsByUnit, unit).size();
    }

    /** Every tenure of a post, past, present and future. */
    public ImmutableList<Tenure> tenures(PostId post) {
        ImmutableList<Tenure> ts = post == null ? null : x.tenuresByPost.getOrElse(post, null);
        if (ts == null) {
            post(post); // throws if unknown
            return ImmutableList.of();
        }
        return ts;
    }

    /** Every tenure of a person, past, present and future. */
    public ImmutableList<Tenure> tenures(PersonId person) {
        ImmutableList<Tenure> ts = person == null ? null : x.tenuresByPerson.getOrElse(person, null);
        if (ts == null) {
            person(person); // throws if unknown
            return ImmutableList.of();
        }
        return ts;
    }

    /** The people in office in a post on the snapshot's date. */
    public ImmutableList<Person> holders(PostId post) {
        ImmutableList<Tenure> ts = tenures(post);
        if (ts.isEmpty()) {
            return ImmutableList.of();
        }
        ImmutableList.Builder<Person> out = ImmutableList.builderWithExpectedSize(ts.size());
        addHolders(ts, out);
        return out.build();
    }

    private void addHolders(ImmutableList<Tenure> ts, ImmutableList.Builder<Person> out) {
        for (int i = 0; i < ts.size(); i++) {
            Tenure t = ts.get(i);
            if (inOffice(t)) {
                out.add(x.people.getOrElse(t.person(), null));
            }
        }
    }

    /**
     * The posts a person holds on the snapshot's date, main and concurrent, main first.
     *
     * <pre>{@code
     * s.postsOf(an.id());   // [p.an -> kb.bdv.tb ... MAIN, p.an -> kb.mttq.ct ... CONCURRENT]
     * }</pre>
     */
    public ImmutableList<Tenure> postsOf(PersonId person) {
        ImmutableList<Tenure> ts = tenures(person);
        int n = ts.size();
        if (n == 0) {
            return ts;
        }
        if (n == 1) {
            return inOffice(ts.get(0)) ? ts : ImmutableList.of();
        }
        Tenure[] in = new Tenure[n];
        int k = 0;
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            Tenure t = ts.get(i);
            if (inOffice(t)) {
                sorted &= k == 0 || in[k - 1].type().compareTo(t.type()) <= 0;
                in[k++] = t;
            }
        }
        if (!sorted) {
            Arrays.sort(in, 0, k, Comparator.comparing(Tenure::type)); // stable: main first, else as added
        }
        return k == n ? (sorted ? ts : ImmutableList.copyOf(in)) : ImmutableList.copyOf(Arrays.asList(in).subList(0, k));
    }

    /** The concurrent tenures (kiêm nhiệm) in force on the snapshot's date. */
    public ImmutableList<Tenure> concurrentTenures() {
        return tenures().stream().filter(t -> t.isConcurrent() && inOffice(t)).collect(ImmutableList.toImmutableList());
    }

    /** The people in office in the HEAD posts of a unit (normally one; none if vacant). */
    public ImmutableList<Person> heads(UnitId unit) {
        return holders(unit, PostRole.HEAD);
    }

    /** The people in office in the posts of a unit with a role, e.g. its deputies. */
    public ImmutableList<Person> holders(UnitId unit, PostRole role) {
        Checks.notNull(role, "holders(unit, role): the role");
        ImmutableList.Builder<Person> out = null;
        for (PostId id : indexed(x.postsByUnit, unit)) {
            if (x.posts.getOrElse(id, null).role() == role) {
                ImmutableList<Tenure> ts = Store.list(x.tenuresByPost, id);
                if (!ts.isEmpty()) {
                    if (out == null) {
                        out = ImmutableList.builder();
                    }
                    addHolders(ts, out);
                }
            }
        }
        return out == null ? ImmutableList.of() : out.build();
    }

    private boolean inOffice(Tenure t) {
        return t.period().contains(date);
    }

    // ------------------------------------------------------------------ relations

    /**
     * The units a unit points to with relations of a type: {@code related(huyenUy, LEADS)} are
     * the units the Huyện ủy leads; {@code related(xaUy, SUBORDINATE_TO)} is its parent.
     */
    public ImmutableList<Unit> related(UnitId source, RelationType type) {
        unit(source);
        Checks.notNull(type, "related(source, type): the type");
        return outgoingRelations(source).stream().filter(r -> r.type() == type).map(r -> x.units.getOrElse(r.target(), null))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * The units that point to a unit with relations of a type: {@code relatedTo(ubnd, LEADS)} is
     * who leads the UBND; {@code relatedTo(office, SERVES)} is empty — use {@code related(office, SERVES)}
     * for the bodies an office serves, and {@code relatedTo(ubnd, SERVES)} for the offices that serve it.
     */
    public ImmutableList<Unit> relatedTo(UnitId target, RelationType type) {
        unit(target);
        Checks.notNull(type, "relatedTo(target, type): the type");
        return incomingRelations(target).stream().filter(r -> r.type() == type).map(r -> x.units.getOrElse(r.source(), null))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * A read-only JGraphT view of all units (vertices) and relations (edges, source to target;
     * SUBORDINATE_TO points from child to parent), backed by the snapshot's indexes; mutators throw.
     *
     * <pre>{@code
     * new org.jgrapht.alg.cycle.CycleDetector<>(s.graph(RelationType.SUBORDINATE_TO)).detectCycles(); // false
     * }</pre>
     */
    public Graph<UnitId, Relation> graph() {
        return graph.get();
    }

    /**
     * A read-only JGraphT view of the relations of the given types only. Vertices and adjacency
     * are views of the snapshot's indexes; the edge set of a filtered view is collected once per
     * view, on first use.
     */
    public Graph<UnitId, Relation> graph(RelationType... types) {
        return new StructureGraph(this, StructureGraph.checkTypes(types));
    }

    // ------------------------------------------------------------------ search, counts, printing

    /**
     * Finds units by name, ignoring case, tone-mark placement, diacritics and common
     * abbreviations; every word of the query must match a word of the name, the last one may be
     * a prefix. Exact matches come first, then names that hold the query as a phrase, then
     * shorter names.
     *
     * <pre>{@code
     * s.find("huyen uy kim bang");   // [Huyện ủy Kim Bảng, Ban Tổ chức Huyện ủy Kim Bảng, ...]
     * s.find("UBND xa Nhat Tan");    // [Ủy ban nhân dân xã Nhật Tân]
     * }</pre>
     */
    public ImmutableList<Unit> find(String query) {
        if (query == null) {
            throw new BomayException("find: the query must not be null");
        }
        return unitIndex.get().find(query);
    }

    /** Finds people by name, like {@link #find(String)}. */
    public ImmutableList<Person> findPeople(String query) {
        if (query == null) {
            throw new BomayException("findPeople: the query must not be null");
        }
        return personIndex.get().find(query);
    }

    /** The headline counts (computed once per snapshot). */
    public StructureCounts counts() {
        return counts.get();
    }

    private StructureCounts computeCounts() {
        Map<Pillar, Integer> byPillar = new EnumMap<>(Pillar.class);
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        Map<PostRole, Integer> byRole = new EnumMap<>(PostRole.class);
        Map<PostRole, Integer> heldByRole = new EnumMap<>(PostRole.class);
        for (Pillar p : Pillar.values()) {
            byPillar.put(p, 0);
        }
        for (Level l : Level.values()) {
            byLevel.put(l, 0);
        }
        for (PostRole r : PostRole.values()) {
            byRole.put(r, 0);
            heldByRole.put(r, 0);
        }
        int organizations = 0;
        int territories = 0;
        long quota = 0;
        long actual = 0;
        for (Unit u : x.units.values()) {
            if (u.isTerritorial()) {
                territories++;
            } else {
                organizations++;
                byPillar.merge(u.pillar(), 1, Integer::sum);
                byLevel.merge(u.level(), 1, Integer::sum);
            }
            quota += u.staffQuota().orElse(0);
            actual += u.actualStaff().orElse(0);
        }
        for (Post p : x.posts.values()) {
            byRole.merge(p.role(), 1, Integer::sum);
        }
        int concurrent = 0;
        for (ImmutableList<Tenure> ts : x.tenuresByPost.values()) {
            for (Tenure t : ts) {
                if (inOffice(t)) {
                    heldByRole.merge(x.posts.getOrElse(t.post(), null).role(), 1, Integer::sum);
                    if (t.isConcurrent()) {
                        concurrent++;
                    }
                }
            }
        }
        return new StructureCounts(organizations, territories, byPillar, byLevel, x.posts.size(), byRole, heldByRole,
                x.people.size(), concurrent, quota, actual);
    }

    /**
     * The subtree of a unit as an indented text tree, each line with the unit's name, kind,
     * id, the number of posts and who heads it; a unit whose children are cut off by
     * {@code maxDepth} ends with "▸ N units below".
     *
     * <pre>{@code
     * System.out.println(s.tree(UnitId.of("kb.hu"), 1));   // the Huyện ủy and its direct children
     * }</pre>
     *
     * @param maxDepth how many levels below the root to show (0: the root only)
     */
    public String tree(UnitId root, int maxDepth) {
        unit(root);
        if (maxDepth < 0) {
            throw new BomayException("tree: maxDepth must be >= 0, was " + maxDepth);
        }
        StringBuilder b = new StringBuilder();
        line(b, root, maxDepth == 0);
        appendChildren(b, root, "", 1, maxDepth);
        return b.toString();
    }

    /** The whole subtree of a unit as a text tree; see {@link #tree(UnitId, int)}. */
    public String tree(UnitId root) {
        return tree(root, Integer.MAX_VALUE);
    }

    private void appendChildren(StringBuilder b, UnitId id, String indent, int depth, int maxDepth) {
        if (depth > maxDepth) {
            return;
        }
        ImmutableList<UnitId> cs = Store.list(x.children, id);
        for (int i = 0; i < cs.size(); i++) {
            boolean last = i == cs.size() - 1;
            b.append(indent).append(last ? "└── " : "├── ");
            line(b, cs.get(i), depth == maxDepth);
            appendChildren(b, cs.get(i), indent + (last ? "    " : "│   "), depth + 1, maxDepth);
        }
    }

    private void line(StringBuilder b, UnitId id, boolean cut) {
        Unit u = x.units.getOrElse(id, null);
        b.append(u.name()).append("  [").append(u.kind().code()).append("] ").append(id);
        int n = Store.list(x.postsByUnit, id).size();
        if (n > 0) {
            b.append(" · ").append(n).append(n == 1 ? " post" : " posts");
        }
        ImmutableList<Person> heads = heads(id);
        if (!heads.isEmpty()) {
            b.append(" · ").append(heads.get(0).name());
            if (heads.size() > 1) {
                b.append(" +").append(heads.size() - 1);
            }
        }
        int below = cut ? Store.list(x.children, id).size() : 0;
        if (below > 0) {
            b.append(" · ▸ ").append(below).append(below == 1 ? " unit below" : " units below");
        }
        b.append('\n');
    }

    /**
     * Returns e.g. {@code OrgStructure[2018-03-01: 292 units (226 orgs), 380 posts, 375 people]}:
     * short enough for jshell; {@link #counts()} has the details.
     */
    @Override
    public String toString() {
        StructureCounts c = counts();
        return "OrgStructure[" + date + ": " + c.units() + " units (" + c.organizations() + " orgs), " + c.posts()
                + " posts, " + c.people() + " people]";
    }

    /**
     * Two snapshots are equal when they hold the same date and the same units, posts, people,
     * tenures and relations. Equality ignores the order things were added, although list queries
     * (units(), children(), tree()) follow that order.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof OrgStructure s && date.equals(s.date) && sameContent(s);
    }

    /** Whether the other snapshot holds the same content, whatever its date. */
    public boolean sameContent(OrgStructure s) {
        if (s == null) {
            return false;
        }
        if (x == s.x) {
            return true;
        }
        if (x.tenureCount != s.x.tenureCount || x.relationCount != s.x.relationCount || !x.units.equals(s.x.units)
                || !x.posts.equals(s.x.posts) || !x.people.equals(s.x.people) || x.outgoing.size() != s.x.outgoing.size()) {
            return false;
        }
        for (Map.Entry<UnitId, ImmutableList<Relation>> e : x.outgoing) { // the same relations, in any order
            ImmutableList<Relation> other = Store.list(s.x.outgoing, e.getKey());
            if (other.size() != e.getValue().size() || !ImmutableSet.copyOf(other).equals(ImmutableSet.copyOf(e.getValue()))) {
                return false;
            }
        }
        for (Map.Entry<PostId, ImmutableList<Tenure>> e : x.tenuresByPost) {
            ImmutableList<Tenure> other = Store.list(s.x.tenuresByPost, e.getKey());
            if (other.size() != e.getValue().size() || !ImmutableSet.copyOf(other).equals(ImmutableSet.copyOf(e.getValue()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, x.units.size(), x.posts.size(), x.people.size(), x.tenureCount, x.relationCount);
    }

    /**
     * A unit's entry in an index of the store, checking that the unit exists only when it has none
     * (the store keeps no entry for a unit that is gone, so an entry proves the unit is there).
     */
    private <V> ImmutableList<V> indexed(PersistentMap<UnitId, ImmutableList<V>> index, UnitId unit) {
        ImmutableList<V> l = unit == null ? null : index.getOrElse(unit, null);
        if (l == null) {
            unit(unit); // throws if unknown
            return ImmutableList.of();
        }
        return l;
    }

    private ImmutableList<Unit> resolve(Collection<UnitId> ids) {
        if (ids.isEmpty()) {
            return ImmutableList.of();
        }
        ImmutableList.Builder<Unit> out = ImmutableList.builderWithExpectedSize(ids.size());
        for (UnitId id : ids) {
            out.add(x.units.getOrElse(id, null));
        }
        return out.build();
    }

    /**
     * Collects units, posts, people, tenures and relations; {@link #build()} validates all of
     * it at once and may be called repeatedly. Adding never fails on content (only on null, or
     * on a unit made subordinate to itself):
     * every problem is reported together by {@code build()}.
     *
     * <pre>{@code
     * OrgStructure s = OrgStructure.builder(LocalDate.of(2018, 1, 1))
     *         .add(tinhUy)
     *         .add(huyenUy, tinhUy.id())
     *         .add(Relation.of(RelationType.LEADS, huyenUy.id(), ubndHuyen.id()))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private LocalDate date;
        private final List<Unit> units = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<Tenure> tenures = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();

        private Builder(LocalDate date) {
            date(date);
        }

        /** Sets the snapshot's date. */
        public Builder date(LocalDate date) {
            if (date == null) {
                throw new BomayException("A structure needs a date: the day the snapshot describes");
            }
            this.date = date;
            return this;
        }

        /** Adds a unit without a parent. */
        public Builder add(Unit unit) {
            units.add(nonNull(unit, "unit"));
            return this;
        }

        /** Adds a unit subordinate to {@code parent} (a SUBORDINATE_TO relation). */
        public Builder add(Unit unit, UnitId parent) {
            nonNull(unit, "unit");
            Relation sub = Relation.of(RelationType.SUBORDINATE_TO, unit.id(), nonNull(parent, "parent of " + unit.id()));
            units.add(unit);
            relations.add(sub);
            return this;
        }

        /** Adds a post. */
        public Builder add(Post post) {
            posts.add(nonNull(post, "post"));
            return this;
        }

        /** Adds a person. */
        public Builder add(Person person) {
            people.add(nonNull(person, "person"));
            return this;
        }

        /** Adds a tenure. */
        public Builder add(Tenure tenure) {
            tenures.add(nonNull(tenure, "tenure"));
            return this;
        }

        /** Adds a relation, SUBORDINATE_TO included. */
        public Builder add(Relation relation) {
            relations.add(nonNull(relation, "relation"));
            return this;
        }

        /**
         * Replaces the unit with the same id (a rename, a new quota, another validity), keeping
         * its posts, tenures and relations.
         *
         * <pre>{@code
         * b.replace(s.unit(id).withName("Văn phòng Huyện ủy"));
         * }</pre>
         *
         * @throws BomayException if no unit with that id was added
         */
        public Builder replace(Unit unit) {
            return replaceIn(units, nonNull(unit, "unit"), Unit::id, "unit");
        }

        /**
         * Replaces the post with the same id, keeping its tenures.
         *
         * @throws BomayException if no post with that id was added
         */
        public Builder replace(Post post) {
            return replaceIn(posts, nonNull(post, "post"), Post::id, "post");
        }

        /**
         * Replaces the person with the same id, keeping their tenures.
         *
         * @throws BomayException if no person with that id was added
         */
        public Builder replace(Person person) {
            return replaceIn(people, nonNull(person, "person"), Person::id, "person");
        }

        private <T, K> Builder replaceIn(List<T> list, T value, java.util.function.Function<T, K> id, String what) {
            K key = id.apply(value);
            for (int i = 0; i < list.size(); i++) {
                if (id.apply(list.get(i)).equals(key)) {
                    list.set(i, value);
                    return this;
                }
            }
            throw new BomayException("OrgStructure.Builder.replace: there is no " + what + " " + key + " to replace (use add)");
        }

        /**
         * Removes a unit with its posts, their tenures and every relation touching it. Its children
         * become roots unless re-parented, and units whose territory it was keep pointing to it, so
         * {@code build()} reports them (MISSING_REFERENCE) until they are given another territory.
         *
         * @throws BomayException if no unit with that id was added
         */
        public Builder remove(UnitId unit) {
            nonNull(unit, "unit id");
            if (!units.removeIf(u -> u.id().equals(unit))) {
                throw new BomayException("OrgStructure.Builder.remove: there is no unit " + unit + " to remove");
            }
            Set<PostId> gone = new HashSet<>();
            posts.removeIf(p -> p.unit().equals(unit) && gone.add(p.id()));
            tenures.removeIf(t -> gone.contains(t.post()));
            relations.removeIf(r -> r.source().equals(unit) || r.target().equals(unit));
            return this;
        }

        /**
         * Removes a post and its tenures.
         *
         * @throws BomayException if no post with that id was added
         */
        public Builder remove(PostId post) {
            nonNull(post, "post id");
            if (!posts.removeIf(p -> p.id().equals(post))) {
                throw new BomayException("OrgStructure.Builder.remove: there is no post " + post + " to remove");
            }
            tenures.removeIf(t -> t.post().equals(post));
            return this;
        }

        /**
         * Removes a person and their tenures.
         *
         * @throws BomayException if no person with that id was added
         */
        public Builder remove(PersonId person) {
            nonNull(person, "person id");
            if (!people.removeIf(p -> p.id().equals(person))) {
                throw new BomayException("OrgStructure.Builder.remove: there is no person " + person + " to remove");
            }
            tenures.removeIf(t -> t.person().equals(person));
            return this;
        }

        /**
         * Removes a relation.
         *
         * @throws BomayException if it was not added
         */
        public Builder remove(Relation relation) {
            if (!relations.remove(nonNull(relation, "relation"))) {
                throw new BomayException("OrgStructure.Builder.remove: there is no relation " + relation + " to remove");
            }
            return this;
        }

        /**
         * Removes a tenure.
         *
         * @throws BomayException if it was not added
         */
        public Builder remove(Tenure tenure) {
            if (!tenures.remove(nonNull(tenure, "tenure"))) {
                throw new BomayException("OrgStructure.Builder.remove: there is no tenure " + tenure + " to remove");
            }
            return this;
        }

        private static <T> T nonNull(T t, String what) {
            if (t == null) {
                throw new BomayException("OrgStructure.Builder: the " + what + " must not be null");
            }
            return t;
        }

        /**
         * Validates and returns the snapshot.
         *
         * @throws InvalidStructureException with every problem found: duplicate ids or entries,
         *     references to missing units/posts/people, a territory that is not an administrative
         *     unit or lies below the unit, two definitions of one kind code, a unit with several
         *     parents, a subordination cycle, a unit above its parent's
         *     level, a tenure outside its unit's validity, a person holding one post twice at
         *     once, a post held by more people at once than its capacity
         */
        public OrgStructure build() {
            List<StructureProblem> problems = new ArrayList<>();

            Map<UnitId, Unit> unitMap = unique(units, Unit::id, "unit", problems);
            Map<PostId, Post> postMap = unique(posts, Post::id, "post", problems);
            Map<PersonId, Person> personMap = unique(people, Person::id, "person", problems);

            // territories
            Map<UnitId, List<UnitId>> byTerritory = new java.util.HashMap<>();
            Map<String, Unit> firstOfKind = new java.util.HashMap<>();
            for (Unit u : unitMap.values()) {
                Unit first = firstOfKind.putIfAbsent(u.kind().code(), u);
                if (first != null && first.kind() != u.kind() && !first.kind().sameDefinition(u.kind())) {
                    problems.add(StructureProblem.of(Type.KIND_CONFLICT, "Units " + first.id() + " and " + u.id()
                            + " have different kinds with the same code " + u.kind().code()
                            + " (take both from one KindCatalog)", u.id(), first.id()));
                }
                u.territory().ifPresent(t -> {
                    Unit tu = unitMap.get(t);
                    if (tu == null) {
                        problems.add(StructureProblem.of(Type.MISSING_REFERENCE,
                                "Unit " + u.id() + " belongs to territory " + t + ", which is not in the structure", u.id(), t));
                    } else if (!tu.isTerritorial()) {
                        problems.add(StructureProblem.of(Type.BAD_TERRITORY, "Unit " + u.id() + " belongs to territory " + t
                                + ", but " + t + " (" + tu.kind().code() + ") is not an administrative unit", u.id(), t));
                    } else if (!u.level().fitsUnder(tu.level())) {
                        problems.add(StructureProblem.of(Type.BAD_TERRITORY, "Unit " + u.id() + " (" + u.level()
                                + ") belongs to territory " + t + " (" + tu.level()
                                + "), which lies below it: a unit's territory is at its level or above", u.id(), t));
                    } else {
                        byTerritory.computeIfAbsent(t, k -> new ArrayList<>(4)).add(u.id());
                    }
                });
            }

            // relations
            Set<Relation> relSet = new LinkedHashSet<>();
            Map<UnitId, List<UnitId>> parentsOf = new java.util.HashMap<>();
            for (Relation r : relations) {
                boolean ok = true;
                for (UnitId end : List.of(r.source(), r.target())) {
                    if (!unitMap.containsKey(end)) {
                        problems.add(StructureProblem.of(Type.MISSING_REFERENCE,
                                "Relation " + r + " refers to unit " + end + ", which is not in the structure", end, r.source(), r.target()));
                        ok = false;
                    }
                }
                if (!relSet.add(r)) {
                    problems.add(StructureProblem.of(Type.DUPLICATE_ENTRY, "Relation " + r + " is added twice", r.source(), r.target()));
                    continue;
                }
                if (ok && r.type() == RelationType.SUBORDINATE_TO) {
                    parentsOf.computeIfAbsent(r.source(), k -> new ArrayList<>(1)).add(r.target());
                }
            }
            Map<UnitId, UnitId> parentMap = new java.util.HashMap<>();
            for (Map.Entry<UnitId, List<UnitId>> e : parentsOf.entrySet()) {
                if (e.getValue().size() > 1) {
                    List<Object> ids = new ArrayList<>();
                    ids.add(e.getKey());
                    ids.addAll(e.getValue());
                    problems.add(new StructureProblem(Type.MULTIPLE_PARENTS, "Unit " + e.getKey()
                            + " is SUBORDINATE_TO more than one parent: " + e.getValue()
                            + " (a unit has one parent; use LEADS, GUIDES or SERVES for the other links)", ids));
                }
                parentMap.put(e.getKey(), e.getValue().get(0));
            }
            // levels
            for (Map.Entry<UnitId, UnitId> e : parentMap.entrySet()) {
                Unit child = unitMap.get(e.getKey());
                Unit parent = unitMap.get(e.getValue());
                if (!child.level().fitsUnder(parent.level())) {
                    problems.add(StructureProblem.of(Type.LEVEL_MISMATCH, "Unit " + child.id() + " (" + child.level()
                            + ") cannot be subordinate to " + parent.id() + " (" + parent.level()
                            + "): a unit sits at its parent's level or deeper", child.id(), parent.id()));
                }
            }
            cycles(unitMap, parentMap, problems);

            // posts
            Map<UnitId, List<PostId>> postsByUnit = new java.util.HashMap<>();
            for (Post p : postMap.values()) {
                if (!unitMap.containsKey(p.unit())) {
                    problems.add(StructureProblem.of(Type.MISSING_REFERENCE,
                            "Post " + p.id() + " belongs to unit " + p.unit() + ", which is not in the structure", p.id(), p.unit()));
                } else {
                    postsByUnit.computeIfAbsent(p.unit(), k -> new ArrayList<>(4)).add(p.id());
                }
            }

            // tenures
            int tenureCount = 0;
            Set<Tenure> unresolved = new HashSet<>(); // tenures with a missing reference, in no post's list
            Map<PostId, List<Tenure>> byPost = new java.util.HashMap<>();
            Map<PersonId, List<Tenure>> byPerson = new java.util.HashMap<>();
            for (Tenure t : tenures) {
                // a duplicate has the same post: look in that post's few tenures, not in a set of all
                List<Tenure> ofPost = byPost.get(t.post());
                if (ofPost != null && ofPost.contains(t) || unresolved.contains(t)) {
                    problems.add(StructureProblem.of(Type.DUPLICATE_ENTRY, "Tenure " + t + " is added twice", t.person(), t.post()));
                    continue;
                }
                boolean ok = true;
                if (!personMap.containsKey(t.person())) {
                    problems.add(StructureProblem.of(Type.MISSING_REFERENCE,
                            "Tenure " + t + " names person " + t.person() + ", who is not in the structure", t.person(), t.post()));
                    ok = false;
                }
                Post post = postMap.get(t.post());
                if (post == null) {
                    problems.add(StructureProblem.of(Type.MISSING_REFERENCE,
                            "Tenure " + t + " names post " + t.post() + ", which is not in the structure", t.post(), t.person()));
                    ok = false;
                } else {
                    Unit u = unitMap.get(post.unit());
                    if (u != null && !u.validity().encloses(t.period())) {
                        problems.add(StructureProblem.of(Type.TENURE_OUTSIDE_VALIDITY, "Tenure " + t + " of post " + post.id()
                                + " runs " + t.period() + ", outside the validity " + u.validity() + " of its unit " + u.id(),
                                t.person(), t.post(), u.id()));
                    }
                }
                if (!ok) {
                    unresolved.add(t);
                } else {
                    tenureCount++;
                    if (ofPost == null) {
                        ofPost = new ArrayList<>(2);
                        byPost.put(t.post(), ofPost);
                    }
                    ofPost.add(t);
                    byPerson.computeIfAbsent(t.person(), k -> new ArrayList<>(2)).add(t);
                }
            }
            for (Map.Entry<PostId, List<Tenure>> e : byPost.entrySet()) {
                if (e.getValue().size() < 2) {
                    continue;
                }
                Post post = postMap.get(e.getKey());
                heldTwice(post, e.getValue(), problems);
                if (e.getValue().size() > post.capacity()) {
                    overCapacity(post, e.getValue(), problems);
                }
            }

            if (!problems.isEmpty()) {
                throw new InvalidStructureException(problems);
            }

            Map<UnitId, List<UnitId>> children = new java.util.HashMap<>();
            Map<Long, UnitId> roots = new LinkedHashMap<>();
            Map<UnitId, Long> rootSeq = new java.util.HashMap<>();
            long seq = 0;
            for (UnitId id : unitMap.keySet()) {
                UnitId p = parentMap.get(id);
                if (p == null) {
                    roots.put(seq, id);
                    rootSeq.put(id, seq);
                    seq++;
                } else {
                    children.computeIfAbsent(p, k -> new ArrayList<>(4)).add(id);
                }
            }
            Map<UnitId, List<Relation>> out = new java.util.HashMap<>(); // no duplicates: relSet has none
            Map<UnitId, List<Relation>> in = new java.util.HashMap<>();
            for (Relation r : relSet) {
                out.computeIfAbsent(r.source(), k -> new ArrayList<>(2)).add(r);
                in.computeIfAbsent(r.target(), k -> new ArrayList<>(2)).add(r);
            }
            Map<String, UnitKind> kinds = new java.util.HashMap<>();
            firstOfKind.forEach((code, u) -> kinds.put(code, u.kind()));
            // the persistent maps are independent: at national size, half of them are built on the common pool
            boolean big = unitMap.size() + postMap.size() >= 100_000;
            Supplier<PersistentMap<PostId, Post>> posts = freeze(big, () -> PersistentMap.ofAll(postMap));
            Supplier<PersistentMap<PersonId, Person>> persons = freeze(big, () -> PersistentMap.ofAll(personMap));
            Supplier<PersistentMap<PostId, ImmutableList<Tenure>>> tenuresByPost = freeze(big, () -> Store.freezeLists(byPost));
            Supplier<PersistentMap<PersonId, ImmutableList<Tenure>>> tenuresByPerson = freeze(big, () -> Store.freezeLists(byPerson));
            Supplier<PersistentMap<UnitId, ImmutableList<Relation>>> incoming = freeze(big, () -> Store.freezeLists(in));
            Supplier<PersistentMap<UnitId, ImmutableList<UnitId>>> territories = freeze(big, () -> Store.freezeLists(byTerritory));
            Store x = new Store(PersistentMap.ofAll(unitMap), posts.get(), persons.get(),
                    PersistentMap.ofAll(parentMap), Store.freezeLists(children), TreeMap.ofAll(roots), PersistentMap.ofAll(rootSeq), seq,
                    Store.freezeLists(postsByUnit), tenuresByPost.get(), tenuresByPerson.get(),
                    Store.freezeLists(out), incoming.get(), territories.get(), PersistentMap.ofAll(kinds),
                    tenureCount, relSet.size());
            return new OrgStructure(date, x, null);
        }

        /** Builds now, or (if {@code async}) starts building on the common pool; {@code get()} waits for it. */
        private static <T> Supplier<T> freeze(boolean async, Supplier<T> build) {
            if (!async) {
                T now = build.get();
                return () -> now;
            }
            java.util.concurrent.CompletableFuture<T> f = java.util.concurrent.CompletableFuture.supplyAsync(build);
            return () -> {
                try {
                    return f.join();
                } catch (java.util.concurrent.CompletionException e) { // the failure as thrown, not wrapped
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error r) {
                        throw r;
                    }
                    throw e;
                }
            };
        }

        private static <K, V> Map<K, V> unique(List<V> values, java.util.function.Function<V, K> id, String what,
                List<StructureProblem> problems) {
            Map<K, V> map = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
            for (V v : values) {
                V old = map.putIfAbsent(id.apply(v), v);
                if (old != null) {
                    problems.add(StructureProblem.of(Type.DUPLICATE_ID, "Duplicate " + what + " id " + id.apply(v) + ": "
                            + old + " and " + v, id.apply(v)));
                }
            }
            return map;
        }

        /** Reports each subordination cycle once, naming its units in order. */
        private static void cycles(Map<UnitId, Unit> unitMap, Map<UnitId, UnitId> parentMap, List<StructureProblem> problems) {
            Map<UnitId, Integer> state = new java.util.HashMap<>(); // 1: on the current path, 2: done
            for (UnitId start : unitMap.keySet()) {
                if (state.containsKey(start)) {
                    continue;
                }
                List<UnitId> path = new ArrayList<>();
                UnitId u = start;
                while (u != null && !state.containsKey(u)) {
                    state.put(u, 1);
                    path.add(u);
                    u = parentMap.get(u);
                }
                if (u != null && state.get(u) == 1) {
                    List<UnitId> cycle = path.subList(path.indexOf(u), path.size());
                    problems.add(new StructureProblem(Type.CYCLE, "Units " + cycle + " form a SUBORDINATE_TO cycle (" + u
                            + " is its own ancestor)", List.copyOf(cycle)));
                }
                for (UnitId p : path) {
                    state.put(p, 2);
                }
            }
        }

        /** Reports a person whose tenures of one post overlap: one seat cannot be held twice at once. */
        static void heldTwice(Post post, List<Tenure> ts, List<StructureProblem> problems) {
            for (int i = 0; i < ts.size(); i++) {
                for (int j = i + 1; j < ts.size(); j++) {
                    Tenure a = ts.get(i);
                    Tenure b = ts.get(j);
                    if (a.person().equals(b.person()) && a.period().overlaps(b.period())) {
                        problems.add(StructureProblem.of(Type.DUPLICATE_ENTRY, "Person " + a.person() + " holds post "
                                + post.id() + " twice at once: tenures " + a.period() + " " + a.type() + " and "
                                + b.period() + " " + b.type() + " overlap (end one before the other starts)",
                                a.person(), post.id()));
                    }
                }
            }
        }

        /**
         * Reports the first day on which more people hold a post than its capacity. The most
         * tenures overlap on some tenure's first day (an open start counts as the earliest day).
         */
        static void overCapacity(Post post, List<Tenure> ts, List<StructureProblem> problems) {
            List<Tenure> byStart = new ArrayList<>(ts);
            byStart.sort(Comparator.comparing(t -> t.period().start().orElse(LocalDate.MIN)));
            for (Tenure t : byStart) {
                LocalDate day = t.period().start().orElse(LocalDate.MIN);
                List<PersonId> holding = byStart.stream().filter(o -> o.period().contains(day)).map(Tenure::person)
                        .distinct().toList();
                if (holding.size() > post.capacity()) {
                    List<Object> ids = new ArrayList<>();
                    ids.add(post.id());
                    ids.addAll(holding);
                    problems.add(new StructureProblem(Type.OVER_CAPACITY, "Post " + post.id() + " (capacity " + post.capacity()
                            + ") is held by " + holding.size() + " people at once"
                            + (day.equals(LocalDate.MIN) ? "" : " on " + day) + ": " + holding, ids));
                    return;
                }
            }
        }
    }
}
