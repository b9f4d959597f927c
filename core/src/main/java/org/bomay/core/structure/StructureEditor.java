package org.bomay.core.structure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.vavr.collection.TreeMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.structure.StructureProblem.Type;

/**
 * Primitive edits of a snapshot, each checked on what it touches, sharing everything else with the
 * snapshot it started from ({@link OrgStructure#edit()}). Every edit keeps the invariants that
 * {@link OrgStructure.Builder#build()} checks (no cycle, levels, territories, references,
 * capacities, tenures inside their unit's validity), so the result never needs a full
 * re-validation; an edit that would break one throws {@link InvalidStructureException} naming the
 * ids and changes nothing. The snapshot the edit started from never changes.
 *
 * <p>The cost of an edit is proportional to what it touches (a few persistent-map updates and the
 * short lists of one unit's children, posts or relations), not to the size of the structure;
 * {@link #build()} is constant-time. Restructuring operations in {@code org.bomay.core.change} are
 * made of these edits.
 *
 * <pre>{@code
 * OrgStructure after = s.edit()
 *         .date(LocalDate.of(2018, 7, 1))
 *         .setParent(UnitId.of("kb.ttyt"), UnitId.of("kb.ubnd"))     // the health centre moves under the district
 *         .replaceUnit(s.unit(UnitId.of("kb.ttyt")).withName("Trung tâm Y tế huyện Kim Bảng"))
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe: one editor belongs to one thread; the snapshots it builds are immutable.
 */
public final class StructureEditor {
    private LocalDate date;
    private PersistentMap<UnitId, Unit> units;
    private PersistentMap<PostId, Post> posts;
    private PersistentMap<PersonId, Person> people;
    private PersistentMap<UnitId, UnitId> parents;
    private PersistentMap<UnitId, ImmutableList<UnitId>> children;
    private TreeMap<Long, UnitId> roots;
    private PersistentMap<UnitId, Long> rootSeq;
    private long nextSeq;
    private PersistentMap<UnitId, ImmutableList<PostId>> postsByUnit;
    private PersistentMap<PostId, ImmutableList<Tenure>> tenuresByPost;
    private PersistentMap<PersonId, ImmutableList<Tenure>> tenuresByPerson;
    private PersistentMap<UnitId, ImmutableList<Relation>> outgoing;
    private PersistentMap<UnitId, ImmutableList<Relation>> incoming;
    private PersistentMap<UnitId, ImmutableList<UnitId>> byTerritory;
    private PersistentMap<String, UnitKind> kinds;
    private int tenureCount;
    private int relationCount;
    private final Set<UnitId> touchedUnits = new LinkedHashSet<>();
    private final Set<PostId> touchedPosts = new LinkedHashSet<>();
    private final Set<PersonId> touchedPeople = new LinkedHashSet<>();

    StructureEditor(LocalDate date, Store s) {
        this.date = date;
        units = s.units;
        posts = s.posts;
        people = s.people;
        parents = s.parents;
        children = s.children;
        roots = s.roots;
        rootSeq = s.rootSeq;
        nextSeq = s.nextSeq;
        postsByUnit = s.postsByUnit;
        tenuresByPost = s.tenuresByPost;
        tenuresByPerson = s.tenuresByPerson;
        outgoing = s.outgoing;
        incoming = s.incoming;
        byTerritory = s.byTerritory;
        kinds = s.kinds;
        tenureCount = s.tenureCount;
        relationCount = s.relationCount;
    }

    /**
     * Sets the date of the snapshots this editor builds.
     *
     * @throws BomayException if the date is null
     */
    public StructureEditor date(LocalDate newDate) {
        if (newDate == null) {
            throw new BomayException("StructureEditor.date: the date must not be null");
        }
        this.date = newDate;
        return this;
    }

    /** The snapshot as edited so far (constant time; the editor can go on editing). */
    public OrgStructure build() {
        return new OrgStructure(date, new Store(units, posts, people, parents, children, roots, rootSeq, nextSeq, postsByUnit,
                tenuresByPost, tenuresByPerson, outgoing, incoming, byTerritory, kinds, tenureCount, relationCount), null);
    }

    /** The units added, replaced, removed or re-parented so far, and the parents that gained or lost a child. */
    public Set<UnitId> touchedUnits() {
        return ImmutableSet.copyOf(touchedUnits);
    }

    /** The posts added, replaced or removed so far, or whose tenures changed. */
    public Set<PostId> touchedPosts() {
        return ImmutableSet.copyOf(touchedPosts);
    }

    /** The people added, replaced or removed so far, or whose tenures changed. */
    public Set<PersonId> touchedPeople() {
        return ImmutableSet.copyOf(touchedPeople);
    }

    // ------------------------------------------------------------------ units

    /**
     * Adds a unit, under {@code parent} or as a root when {@code parent} is null.
     *
     * @throws InvalidStructureException if the id exists, the parent or territory is missing or
     *     unfit (level, not an administrative unit), or another kind has the same code
     */
    public StructureEditor addUnit(Unit unit, UnitId parent) {
        notNull(unit, "addUnit: the unit");
        UnitId id = unit.id();
        if (units.containsKey(id)) {
            throw fail(Type.DUPLICATE_ID, "Unit " + id + " is already in the structure (" + units.getOrElse(id, null).name() + ")", id);
        }
        checkKind(unit);
        checkTerritory(unit);
        if (parent != null) {
            Unit p = requireUnit(parent, "parent of new unit " + id);
            checkFits(unit, p);
        }
        units = units.put(id, unit);
        kinds = kinds.put(unit.kind().code(), unit.kind());
        if (parent != null) {
            link(id, parent);
        } else {
            addRoot(id);
        }
        unit.territory().ifPresent(t -> byTerritory = append(byTerritory, t, id));
        touchedUnits.add(id);
        return this;
    }

    /**
     * Replaces the unit with the same id (new name, quota, staff, kind, level, territory or validity),
     * keeping its place, posts, tenures and relations.
     *
     * @throws InvalidStructureException if the unit is missing, or the new version no longer fits its
     *     parent, children, territory, the units of its territory, or its posts' tenures
     */
    public StructureEditor replaceUnit(Unit unit) {
        notNull(unit, "replaceUnit: the unit");
        UnitId id = unit.id();
        Unit old = requireUnit(id, "replaceUnit");
        if (old.equals(unit)) {
            return this;
        }
        if (!old.kind().equals(unit.kind()) || old.kind() != unit.kind()) {
            checkKind(unit);
        }
        if (old.level() != unit.level()) {
            UnitId p = parents.getOrElse(id, null);
            if (p != null) {
                checkFits(unit, units.getOrElse(p, null));
            }
            for (UnitId c : Store.list(children, id)) {
                checkFits(units.getOrElse(c, null), unit);
            }
        }
        List<UnitId> dependents = new ArrayList<>(Store.list(byTerritory, id));
        dependents.remove(id);
        if (old.isTerritorial() && !unit.isTerritorial() && !dependents.isEmpty()) {
            throw fail(Type.STILL_REFERENCED, "Unit " + id + " would stop being an administrative unit, but units "
                    + first(dependents) + " belong to its territory; give them another territory first", id);
        }
        if (unit.isTerritorial() && old.level() != unit.level()) {
            for (UnitId d : dependents) {
                Unit du = units.getOrElse(d, null);
                if (!du.level().fitsUnder(unit.level())) {
                    throw fail(Type.BAD_TERRITORY, "Unit " + d + " (" + du.level() + ") belongs to territory " + id
                            + ", which would move to level " + unit.level() + ", below it", d, id);
                }
            }
        }
        if (old.level() != unit.level() && old.territory().equals(unit.territory())) {
            checkTerritory(unit); // its territory must still lie at its new level or above
        }
        if (!old.territory().equals(unit.territory())) {
            checkTerritory(unit);
            old.territory().ifPresent(t -> byTerritory = removeFrom(byTerritory, t, id));
            unit.territory().ifPresent(t -> byTerritory = append(byTerritory, t, id));
        }
        if (!old.validity().equals(unit.validity())) {
            for (PostId p : Store.list(postsByUnit, id)) {
                for (Tenure t : Store.list(tenuresByPost, p)) {
                    checkValidity(t, unit);
                }
            }
        }
        units = units.put(id, unit);
        kinds = kinds.put(unit.kind().code(), unit.kind());
        touchedUnits.add(id);
        return this;
    }

    /**
     * Removes a unit that nothing refers to any more.
     *
     * @throws InvalidStructureException if it is missing or still has children, posts, relations
     *     other than its own subordination, or units in its territory
     */
    public StructureEditor removeUnit(UnitId id) {
        Unit u = requireUnit(id, "removeUnit");
        ImmutableList<UnitId> cs = Store.list(children, id);
        if (!cs.isEmpty()) {
            throw fail(Type.STILL_REFERENCED, "Unit " + id + " cannot be removed: units " + first(cs)
                    + " are still subordinate to it; move or remove them first", id);
        }
        ImmutableList<PostId> ps = Store.list(postsByUnit, id);
        if (!ps.isEmpty()) {
            throw fail(Type.STILL_REFERENCED, "Unit " + id + " cannot be removed: it still has posts " + first(ps)
                    + "; move or remove them first", id);
        }
        for (Relation r : Store.list(outgoing, id)) {
            if (r.type() != RelationType.SUBORDINATE_TO) {
                throw fail(Type.STILL_REFERENCED, "Unit " + id + " cannot be removed: relation " + r
                        + " still starts from it; remove it first", id, r.target());
            }
        }
        for (Relation r : Store.list(incoming, id)) {
            throw fail(Type.STILL_REFERENCED, "Unit " + id + " cannot be removed: relation " + r
                    + " still points to it; remove it first", id, r.source());
        }
        List<UnitId> dependents = new ArrayList<>(Store.list(byTerritory, id));
        dependents.remove(id);
        if (!dependents.isEmpty()) {
            throw fail(Type.STILL_REFERENCED, "Unit " + id + " cannot be removed: units " + first(dependents)
                    + " belong to its territory; give them another territory first", id);
        }
        if (parents.containsKey(id)) {
            unlink(id);
        } else {
            removeRoot(id);
        }
        u.territory().ifPresent(t -> byTerritory = removeFrom(byTerritory, t, id));
        units = units.remove(id);
        touchedUnits.add(id);
        return this;
    }

    /**
     * Makes a unit subordinate to another parent, or a root when {@code newParent} is null; its
     * subtree comes with it and it becomes the parent's last child.
     *
     * @throws InvalidStructureException if a unit is missing, the new parent is the unit itself or
     *     below it (a cycle), or the unit's level is above the new parent's
     */
    public StructureEditor setParent(UnitId id, UnitId newParent) {
        Unit u = requireUnit(id, "setParent");
        UnitId old = parents.getOrElse(id, null);
        if (java.util.Objects.equals(old, newParent)) {
            return this;
        }
        if (newParent != null) {
            Unit p = requireUnit(newParent, "setParent: new parent of " + id);
            for (UnitId a = newParent; a != null; a = parents.getOrElse(a, null)) {
                if (a.equals(id)) {
                    throw fail(Type.CYCLE, "Unit " + id + " cannot be subordinate to " + newParent
                            + ", which is itself or lies below it (a SUBORDINATE_TO cycle)", id, newParent);
                }
            }
            checkFits(u, p);
        }
        if (old != null) {
            unlink(id);
        } else {
            removeRoot(id);
        }
        if (newParent != null) {
            link(id, newParent);
        } else {
            addRoot(id);
        }
        touchedUnits.add(id);
        return this;
    }

    private void link(UnitId child, UnitId parent) {
        parents = parents.put(child, parent);
        children = append(children, parent, child);
        Relation r = Relation.of(RelationType.SUBORDINATE_TO, child, parent);
        outgoing = append(outgoing, child, r);
        incoming = append(incoming, parent, r);
        relationCount++;
        touchedUnits.add(parent);
    }

    private void unlink(UnitId child) {
        UnitId parent = parents.getOrElse(child, null);
        parents = parents.remove(child);
        children = removeFrom(children, parent, child);
        Relation r = Relation.of(RelationType.SUBORDINATE_TO, child, parent);
        outgoing = removeFrom(outgoing, child, r);
        incoming = removeFrom(incoming, parent, r);
        relationCount--;
        touchedUnits.add(parent);
    }

    private void addRoot(UnitId id) {
        roots = roots.put(nextSeq, id);
        rootSeq = rootSeq.put(id, nextSeq);
        nextSeq++;
    }

    private void removeRoot(UnitId id) {
        Long seq = rootSeq.getOrElse(id, null);
        roots = roots.remove(seq);
        rootSeq = rootSeq.remove(id);
    }

    // ------------------------------------------------------------------ posts and people

    /**
     * Adds a post to an existing unit.
     *
     * @throws InvalidStructureException if the id exists or the unit is missing
     */
    public StructureEditor addPost(Post post) {
        notNull(post, "addPost: the post");
        if (posts.containsKey(post.id())) {
            throw fail(Type.DUPLICATE_ID, "Post " + post.id() + " is already in the structure", post.id());
        }
        requireUnit(post.unit(), "unit of new post " + post.id());
        posts = posts.put(post.id(), post);
        postsByUnit = append(postsByUnit, post.unit(), post.id());
        touchedPosts.add(post.id());
        touchedUnits.add(post.unit());
        return this;
    }

    /**
     * Replaces the post with the same id: another unit (its tenures come along), role, title or capacity.
     *
     * @throws InvalidStructureException if the post or its new unit is missing, a tenure falls
     *     outside the new unit's validity, or the new capacity is exceeded
     */
    public StructureEditor replacePost(Post post) {
        notNull(post, "replacePost: the post");
        Post old = requirePost(post.id(), "replacePost");
        if (old.equals(post)) {
            return this;
        }
        ImmutableList<Tenure> ts = Store.list(tenuresByPost, post.id());
        if (!old.unit().equals(post.unit())) {
            Unit nu = requireUnit(post.unit(), "new unit of post " + post.id());
            for (Tenure t : ts) {
                checkValidity(t, nu);
            }
            postsByUnit = removeFrom(postsByUnit, old.unit(), post.id());
            postsByUnit = append(postsByUnit, post.unit(), post.id());
            touchedUnits.add(old.unit());
            touchedUnits.add(post.unit());
        }
        if (post.capacity() < old.capacity() && ts.size() > post.capacity()) {
            checkTenures(post, ts);
        }
        posts = posts.put(post.id(), post);
        touchedPosts.add(post.id());
        return this;
    }

    /**
     * Removes a post that no tenure refers to any more (end the tenures' history first with
     * {@link #removeTenure(Tenure)}).
     *
     * @throws InvalidStructureException if it is missing or has tenures
     */
    public StructureEditor removePost(PostId id) {
        Post p = requirePost(id, "removePost");
        ImmutableList<Tenure> ts = Store.list(tenuresByPost, id);
        if (!ts.isEmpty()) {
            throw fail(Type.STILL_REFERENCED, "Post " + id + " cannot be removed: it still has tenures " + first(ts)
                    + "; remove them first", id);
        }
        posts = posts.remove(id);
        postsByUnit = removeFrom(postsByUnit, p.unit(), id);
        touchedPosts.add(id);
        touchedUnits.add(p.unit());
        return this;
    }

    /**
     * Adds a person.
     *
     * @throws InvalidStructureException if the id exists
     */
    public StructureEditor addPerson(Person person) {
        notNull(person, "addPerson: the person");
        if (people.containsKey(person.id())) {
            throw fail(Type.DUPLICATE_ID, "Person " + person.id() + " is already in the structure", person.id());
        }
        people = people.put(person.id(), person);
        touchedPeople.add(person.id());
        return this;
    }

    /**
     * Replaces the person with the same id.
     *
     * @throws InvalidStructureException if the person is missing
     */
    public StructureEditor replacePerson(Person person) {
        notNull(person, "replacePerson: the person");
        requirePerson(person.id(), "replacePerson");
        people = people.put(person.id(), person);
        touchedPeople.add(person.id());
        return this;
    }

    /**
     * Removes a person who holds no tenure.
     *
     * @throws InvalidStructureException if the person is missing or has tenures
     */
    public StructureEditor removePerson(PersonId id) {
        requirePerson(id, "removePerson");
        ImmutableList<Tenure> ts = Store.list(tenuresByPerson, id);
        if (!ts.isEmpty()) {
            throw fail(Type.STILL_REFERENCED, "Person " + id + " cannot be removed: they still have tenures " + first(ts), id);
        }
        people = people.remove(id);
        touchedPeople.add(id);
        return this;
    }

    /**
     * Adds a tenure.
     *
     * @throws InvalidStructureException if the person or post is missing, the tenure is already
     *     there, it falls outside the unit's validity, the person would hold the post twice at once,
     *     or the post's capacity would be exceeded
     */
    public StructureEditor addTenure(Tenure tenure) {
        notNull(tenure, "addTenure: the tenure");
        requirePerson(tenure.person(), "person of tenure " + tenure);
        Post post = requirePost(tenure.post(), "post of tenure " + tenure);
        ImmutableList<Tenure> ts = Store.list(tenuresByPost, post.id());
        if (ts.contains(tenure)) {
            throw fail(Type.DUPLICATE_ENTRY, "Tenure " + tenure + " is already in the structure", tenure.person(), post.id());
        }
        checkValidity(tenure, units.getOrElse(post.unit(), null));
        ImmutableList<Tenure> withNew = ImmutableList.<Tenure>builder().addAll(ts).add(tenure).build();
        checkTenures(post, withNew);
        tenuresByPost = tenuresByPost.put(post.id(), withNew);
        tenuresByPerson = append(tenuresByPerson, tenure.person(), tenure);
        tenureCount++;
        touchedPosts.add(post.id());
        touchedPeople.add(tenure.person());
        return this;
    }

    /**
     * Removes a tenure (to end one, replace it with one whose period ends: {@link #replaceTenure}).
     *
     * @throws InvalidStructureException if it is not in the structure
     */
    public StructureEditor removeTenure(Tenure tenure) {
        notNull(tenure, "removeTenure: the tenure");
        if (!Store.list(tenuresByPost, tenure.post()).contains(tenure)) {
            throw fail(Type.UNKNOWN, "There is no tenure " + tenure + " to remove", tenure.person(), tenure.post());
        }
        tenuresByPost = removeFrom(tenuresByPost, tenure.post(), tenure);
        tenuresByPerson = removeFrom(tenuresByPerson, tenure.person(), tenure);
        tenureCount--;
        touchedPosts.add(tenure.post());
        touchedPeople.add(tenure.person());
        return this;
    }

    /**
     * Replaces a tenure by another (typically the same one with an end date, or moved to another post).
     *
     * @throws InvalidStructureException as {@link #removeTenure} and {@link #addTenure} do; nothing changes then
     */
    public StructureEditor replaceTenure(Tenure old, Tenure replacement) {
        notNull(replacement, "replaceTenure: the replacement");
        removeTenure(old);
        try {
            return addTenure(replacement);
        } catch (RuntimeException e) {
            tenuresByPost = append(tenuresByPost, old.post(), old);
            tenuresByPerson = append(tenuresByPerson, old.person(), old);
            tenureCount++;
            throw e;
        }
    }

    // ------------------------------------------------------------------ relations

    /**
     * Adds a relation other than SUBORDINATE_TO (use {@link #setParent} for that).
     *
     * @throws InvalidStructureException if a unit is missing or the relation is already there
     * @throws BomayException for a SUBORDINATE_TO relation
     */
    public StructureEditor addRelation(Relation relation) {
        notNull(relation, "addRelation: the relation");
        if (relation.type() == RelationType.SUBORDINATE_TO) {
            throw new BomayException("addRelation: " + relation + " is a subordination; use setParent("
                    + relation.source() + ", " + relation.target() + ")");
        }
        requireUnit(relation.source(), "source of relation " + relation);
        requireUnit(relation.target(), "target of relation " + relation);
        if (Store.list(outgoing, relation.source()).contains(relation)) {
            throw fail(Type.DUPLICATE_ENTRY, "Relation " + relation + " is already in the structure", relation.source(),
                    relation.target());
        }
        outgoing = append(outgoing, relation.source(), relation);
        incoming = append(incoming, relation.target(), relation);
        relationCount++;
        touchedUnits.add(relation.source());
        touchedUnits.add(relation.target());
        return this;
    }

    /**
     * Removes a relation other than SUBORDINATE_TO.
     *
     * @throws InvalidStructureException if it is not in the structure
     * @throws BomayException for a SUBORDINATE_TO relation (use {@code setParent(id, null)})
     */
    public StructureEditor removeRelation(Relation relation) {
        notNull(relation, "removeRelation: the relation");
        if (relation.type() == RelationType.SUBORDINATE_TO) {
            throw new BomayException("removeRelation: " + relation + " is a subordination; use setParent("
                    + relation.source() + ", null) or setParent to another parent");
        }
        if (!Store.list(outgoing, relation.source()).contains(relation)) {
            throw fail(Type.UNKNOWN, "There is no relation " + relation + " to remove", relation.source(), relation.target());
        }
        outgoing = removeFrom(outgoing, relation.source(), relation);
        incoming = removeFrom(incoming, relation.target(), relation);
        relationCount--;
        touchedUnits.add(relation.source());
        touchedUnits.add(relation.target());
        return this;
    }

    // ------------------------------------------------------------------ checks

    private void checkKind(Unit unit) {
        UnitKind k = kinds.getOrElse(unit.kind().code(), null);
        if (k != null && k != unit.kind() && !k.sameDefinition(unit.kind())) {
            throw fail(Type.KIND_CONFLICT, "Unit " + unit.id() + " has a kind whose code " + unit.kind().code()
                    + " is already used by another definition (take kinds from one KindCatalog)", unit.id());
        }
    }

    private void checkTerritory(Unit u) {
        UnitId t = u.territory().orElse(null);
        if (t == null || t.equals(u.id())) {
            return;
        }
        Unit tu = units.getOrElse(t, null);
        if (tu == null) {
            throw fail(Type.MISSING_REFERENCE, "Unit " + u.id() + " belongs to territory " + t
                    + ", which is not in the structure", u.id(), t);
        }
        if (!tu.isTerritorial()) {
            throw fail(Type.BAD_TERRITORY, "Unit " + u.id() + " belongs to territory " + t + ", but " + t + " ("
                    + tu.kind().code() + ") is not an administrative unit", u.id(), t);
        }
        if (!u.level().fitsUnder(tu.level())) {
            throw fail(Type.BAD_TERRITORY, "Unit " + u.id() + " (" + u.level() + ") belongs to territory " + t + " ("
                    + tu.level() + "), which lies below it: a unit's territory is at its level or above", u.id(), t);
        }
    }

    private void checkFits(Unit child, Unit parent) {
        if (!child.level().fitsUnder(parent.level())) {
            throw fail(Type.LEVEL_MISMATCH, "Unit " + child.id() + " (" + child.level() + ") cannot be subordinate to "
                    + parent.id() + " (" + parent.level() + "): a unit sits at its parent's level or deeper",
                    child.id(), parent.id());
        }
    }

    private void checkValidity(Tenure t, Unit u) {
        if (!u.validity().encloses(t.period())) {
            throw fail(Type.TENURE_OUTSIDE_VALIDITY, "Tenure " + t + " of post " + t.post() + " runs " + t.period()
                    + ", outside the validity " + u.validity() + " of its unit " + u.id(), t.person(), t.post(), u.id());
        }
    }

    private void checkTenures(Post post, List<Tenure> ts) {
        List<StructureProblem> problems = new ArrayList<>();
        OrgStructure.Builder.heldTwice(post, ts, problems);
        if (ts.size() > post.capacity()) {
            OrgStructure.Builder.overCapacity(post, ts, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidStructureException(problems);
        }
    }

    private Unit requireUnit(UnitId id, String what) {
        notNull(id, what + ": the unit id");
        Unit u = units.getOrElse(id, null);
        if (u == null) {
            throw fail(Type.UNKNOWN, what + ": unit " + id + " is not in the structure", id);
        }
        return u;
    }

    private Post requirePost(PostId id, String what) {
        notNull(id, what + ": the post id");
        Post p = posts.getOrElse(id, null);
        if (p == null) {
            throw fail(Type.UNKNOWN, what + ": post " + id + " is not in the structure", id);
        }
        return p;
    }

    private void requirePerson(PersonId id, String what) {
        notNull(id, what + ": the person id");
        if (!people.containsKey(id)) {
            throw fail(Type.UNKNOWN, what + ": person " + id + " is not in the structure", id);
        }
    }

    private static void notNull(Object o, String what) {
        if (o == null) {
            throw new BomayException("StructureEditor." + what + " must not be null");
        }
    }

    private static InvalidStructureException fail(Type type, String message, Object... ids) {
        return new InvalidStructureException(List.of(StructureProblem.of(type, message, ids)));
    }

    private static String first(List<?> items) {
        return items.size() <= 5 ? items.toString() : items.subList(0, 5) + " (and " + (items.size() - 5) + " more)";
    }

    // ------------------------------------------------------------------ copy-on-write lists

    private static <K, V> PersistentMap<K, ImmutableList<V>> append(PersistentMap<K, ImmutableList<V>> m, K key, V v) {
        ImmutableList<V> l = Store.list(m, key);
        return m.put(key, ImmutableList.<V>builderWithExpectedSize(l.size() + 1).addAll(l).add(v).build());
    }

    private static <K, V> PersistentMap<K, ImmutableList<V>> removeFrom(PersistentMap<K, ImmutableList<V>> m, K key, V v) {
        ImmutableList<V> l = Store.list(m, key);
        int at = l.indexOf(v);
        if (at < 0) {
            return m;
        }
        if (l.size() == 1) {
            return m.remove(key);
        }
        ImmutableList.Builder<V> out = ImmutableList.builderWithExpectedSize(l.size() - 1);
        for (int i = 0; i < l.size(); i++) {
            if (i != at) {
                out.add(l.get(i));
            }
        }
        return m.put(key, out.build());
    }
}
