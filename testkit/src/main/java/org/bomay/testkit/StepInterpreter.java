package org.bomay.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.AddRelation;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeInfo;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Convert;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.RemoveRelation;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
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
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.PlanGen.PlannedStep;
import org.bomay.testkit.PlanGen.StepKind;

/**
 * Turns one {@link PlannedStep} into a {@link Change} against a snapshot, deterministically: the
 * step's integers are read in turn (cycling) and each picks among candidates listed in a fixed
 * order (tree order, the order of posts and tenures, which {@code toBuilder().build()} keeps), so
 * the change depends only on the snapshot's content and tree order. Choices of 0 pick the first candidate and
 * leave optional features (a named head, a decision date, a second source) out, so a shrunk plan
 * reads simply. Returns {@code null} when the snapshot offers nothing to act on.
 */
final class StepInterpreter {
    private static final List<RelationType> OVERLAY = List.of(RelationType.LEADS, RelationType.GUIDES, RelationType.SERVES,
            RelationType.MEMBER_OF);
    private static final List<StepKind> PART_KINDS = List.of(StepKind.values()).stream()
            .filter(k -> k != StepKind.COMPOUND).toList();

    private final OrgStructure s;
    private final LocalDate day;
    private final String base;
    private final boolean mistake;
    private final List<Integer> choices;
    private int cursor;

    private StepInterpreter(OrgStructure current, LocalDate day, String base, boolean mistake, List<Integer> choices,
            int cursor) {
        this.s = current.withDate(day);
        this.day = day;
        this.base = base;
        this.mistake = mistake;
        this.choices = choices;
        this.cursor = cursor;
    }

    static Change interpret(PlannedStep step, OrgStructure current, int position) {
        LocalDate day = current.date().plusDays(step.days());
        StepInterpreter in = new StepInterpreter(current, day, "n" + position, step.mistake(), step.choices(), 0);
        Change c = in.build(step.kind());
        if (c != null && in.chance(25)) {
            c = c.decided(day.plusDays(in.next() % 90 - 59));
        }
        return c;
    }

    private Change build(StepKind kind) {
        return switch (kind) {
            case RENAME -> rename();
            case MERGE -> merge();
            case ABSORB -> absorb();
            case SPLIT_CEASING -> split(false);
            case SPLIT_CONTINUING -> split(true);
            case TRANSFER -> transfer();
            case DISSOLVE -> cease(false);
            case CONVERT -> cease(true);
            case APPOINT -> appoint(false);
            case APPOINT_CONCURRENT -> appoint(true);
            case RELIEVE -> relieve();
            case SET_QUOTA -> setQuota();
            case REDUCE_STAFF -> reduceStaff();
            case ADD_RELATION -> addRelation();
            case REMOVE_RELATION -> removeRelation();
            case ESTABLISH -> establish();
            case COMPOUND -> compound();
        };
    }

    // ------------------------------------------------------------------ choosing

    /** The next choice, cycling through the step's integers; a later round differs from the first, except 0 stays 0. */
    private int next() {
        int n = choices.size();
        int c = choices.get(cursor % n);
        int v = c == 0 ? 0 : c + (cursor / n) * 7_919;
        cursor++;
        return v;
    }

    /** True with the given percent probability; false when the choice is 0. */
    private boolean chance(int percent) {
        return next() % 100 >= 100 - percent;
    }

    private <T> T pick(List<T> xs) {
        return xs.get(next() % xs.size());
    }

    /** The first element satisfying {@code ok}, starting at a chosen index and wrapping around; null if none. */
    private <T> T pickWhere(List<T> xs, Predicate<T> ok) {
        if (xs.isEmpty()) {
            return null;
        }
        int start = next() % xs.size();
        for (int i = 0; i < xs.size(); i++) {
            T x = xs.get((start + i) % xs.size());
            if (ok.test(x)) {
                return x;
            }
        }
        return null;
    }

    /** {@code count} distinct elements (fewer if there are not as many), in the order chosen. */
    private <T> List<T> pickSome(List<T> xs, int count) {
        List<T> rest = new ArrayList<>(xs);
        List<T> out = new ArrayList<>();
        while (out.size() < count && !rest.isEmpty()) {
            out.add(rest.remove(next() % rest.size()));
        }
        return out;
    }

    // ------------------------------------------------------------------ queries

    private List<Unit> units() {
        return s.units();
    }

    /** Other units of the same kind and level: what a unit can merge with. */
    private List<Unit> peers(Unit u) {
        return units().stream().filter(x -> !x.id().equals(u.id()) && x.kind().equals(u.kind()) && x.level() == u.level())
                .toList();
    }

    private Set<UnitId> subtree(UnitId id) {
        Set<UnitId> out = new HashSet<>();
        s.subtree(id).forEach(u -> out.add(u.id()));
        return out;
    }

    /** The people in office on the day in the head posts of the units, each once. */
    private List<PersonId> headsInOffice(List<UnitId> ids) {
        Set<PersonId> out = new LinkedHashSet<>();
        for (UnitId id : ids) {
            for (Post p : s.posts(id, PostRole.HEAD)) {
                s.holders(p.id()).forEach(x -> out.add(x.id()));
            }
        }
        return new ArrayList<>(out);
    }

    /** How many head posts of the units are held on the day. */
    private int heldHeadPosts(List<UnitId> ids) {
        int n = 0;
        for (UnitId id : ids) {
            for (Post p : s.posts(id, PostRole.HEAD)) {
                if (!s.holders(p.id()).isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }

    private List<UnitId> ids(List<Unit> us) {
        return us.stream().map(Unit::id).toList();
    }

    private UnitId fresh(String suffix) {
        return UnitId.of(base + suffix);
    }

    /** A unit like {@code model}, with a new id and name, its validity set by the change. */
    private Unit like(Unit model, UnitId id, String name) {
        Unit.Builder b = Unit.builder(id, name, model.kind(), model.level());
        if (!model.isTerritorial()) {
            model.territory().ifPresent(b::territory);
        }
        return b.build();
    }

    private static int quota(Unit u) {
        return u.staffQuota().orElse(0);
    }

    private static int actual(Unit u) {
        return u.actualStaff().orElse(0);
    }

    private String personName() {
        return VnNames.FAMILY.get(next() % VnNames.FAMILY.size()).form(false) + " "
                + VnNames.MIDDLE.get(next() % VnNames.MIDDLE.size()).form(false) + " "
                + VnNames.GIVEN.get(next() % VnNames.GIVEN.size()).form(false);
    }

    // ------------------------------------------------------------------ units

    private Change rename() {
        Unit u = pick(units());
        return Rename.of(day, u.id(), mistake ? u.name() : u.name() + " " + base.substring(1));
    }

    private Change merge() {
        Unit u = pickWhere(units(), x -> !peers(x).isEmpty());
        if (u == null) {
            return null;
        }
        List<Unit> others = pickSome(peers(u), chance(30) ? 2 : 1);
        List<UnitId> sources = new ArrayList<>();
        sources.add(u.id());
        sources.addAll(ids(others));
        boolean keep = chance(20);
        UnitId rid = keep ? u.id() : fresh("");
        int held = heldHeadPosts(sources);
        if (mistake && held <= 1) {
            // the new unit takes the id of a unit that goes on existing
            Unit taken = pickWhere(units(), x -> !sources.contains(x.id()));
            if (taken == null) {
                return null;
            }
            rid = taken.id();
        }
        Merge m = Merge.of(day, sources, like(u, rid, u.name() + " (hợp nhất)"));
        if (chance(15)) {
            Set<UnitId> below = new HashSet<>();
            sources.forEach(x -> below.addAll(subtree(x)));
            Unit p = pickWhere(units(), x -> !below.contains(x.id()) && x.pillar() == u.pillar() && u.level().fitsUnder(x.level()));
            if (p != null) {
                m = m.withParent(p.id());
            }
        }
        if (m.parent().isEmpty()) {
            // a merged unit goes under the first source's parent; one of another pillar must be named
            Optional<Unit> p = s.parent(u.id());
            if (p.isPresent() && p.get().pillar() != u.pillar()) {
                m = m.withParent(p.get().id());
            }
        }
        List<PersonId> heads = headsInOffice(sources);
        if (!heads.isEmpty() && !(mistake && held > 1) && (held > 1 || chance(20))) {
            m = m.withHead(pick(heads));
        }
        return m;
    }

    private Change absorb() {
        Unit into = pickWhere(units(), x -> !peers(x).isEmpty());
        if (into == null) {
            return null;
        }
        List<UnitId> absorbed = ids(pickSome(peers(into), chance(30) ? 2 : 1));
        Absorb a = new Absorb(ChangeInfo.on(day), into.id(), absorbed, Optional.empty());
        List<UnitId> all = new ArrayList<>();
        all.add(into.id());
        all.addAll(absorbed);
        List<PersonId> heads = headsInOffice(all);
        if (mistake) {
            // name a head who heads none of the units
            PersonId other = s.people().stream().map(Person::id).filter(p -> !heads.contains(p)).findFirst()
                    .orElse(PersonId.of(base + "/nobody"));
            return a.withHead(other);
        }
        if (!heads.isEmpty() && chance(25)) {
            a = a.withHead(pick(heads));
        }
        return a;
    }

    private Change split(boolean continuing) {
        Unit src = pick(units());
        int n = continuing ? 1 + (chance(30) ? 1 : 0) : 2 + (chance(30) ? 1 : 0);
        List<List<UnitId>> children = buckets(n);
        List<List<PostId>> posts = buckets(n);
        List<List<UnitId>> territory = buckets(n);
        int rotate = next();
        int i = 0;
        for (Unit c : s.children(src.id())) {
            allocate(children, c.id(), rotate + i++, continuing);
        }
        for (Post p : s.posts(src.id())) {
            allocate(posts, p.id(), rotate + i++, continuing);
        }
        if (src.isTerritorial()) {
            // in tree order: unitsOfTerritory follows the order units were added, which equal snapshots may not share.
            // A child that also belongs to the territory goes to the same part in both roles
            List<UnitId> childIds = ids(s.children(src.id()));
            for (Unit t : units()) {
                if (!t.id().equals(src.id()) && t.territory().equals(Optional.of(src.id()))) {
                    int asChild = childIds.indexOf(t.id());
                    int salt = asChild >= 0 ? rotate + asChild : rotate + i;
                    i++;
                    allocate(territory, t.id(), salt, continuing);
                }
            }
        }
        int[] quotas = shares(quota(src), n, continuing);
        int[] actuals = shares(actual(src), n, continuing);
        if (mistake) {
            if (continuing) {
                // a post that is not the source's, or more staff than it has
                Post foreign = pickWhere(s.posts(), p -> !p.unit().equals(src.id()));
                if (foreign != null) {
                    posts.get(0).add(foreign.id());
                } else {
                    quotas[0] = quota(src) + 1;
                }
            } else if (!posts.get(0).isEmpty()) {
                posts.get(0).remove(0);           // a post given to no part
            } else if (!children.get(0).isEmpty()) {
                children.get(0).remove(0);        // a child given to no part
            } else {
                quotas[0]++;                      // shares that do not add up
            }
        }
        Set<UnitId> below = subtree(src.id());
        Optional<Unit> srcParent = s.parent(src.id());
        List<SplitPart> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            UnitId pid = fresh("." + (k + 1));
            SplitPart part = SplitPart.of(like(src, pid, src.name() + " " + (k + 1)))
                    .children(children.get(k).toArray(UnitId[]::new))
                    .posts(posts.get(k).toArray(PostId[]::new))
                    .territoryUnits(territory.get(k).toArray(UnitId[]::new))
                    .staff(quotas[k], actuals[k]);
            if (k > 0 && chance(15)) {
                Unit p = pickWhere(units(), x -> !below.contains(x.id()) && x.pillar() == src.pillar()
                        && src.level().fitsUnder(x.level()));
                if (p != null) {
                    part = part.under(p.id());
                }
            }
            if (part.parent().isEmpty() && srcParent.isPresent() && srcParent.get().pillar() != src.pillar()) {
                part = part.under(srcParent.get().id());   // a parent of another pillar must be named
            }
            if (k == 0 && chance(30)) {
                part = part.relations(inheritedRelations(src.id(), pid).toArray(Relation[]::new));
            }
            parts.add(part);
        }
        return new Split(ChangeInfo.on(day), src.id(), continuing, parts);
    }

    private static <T> List<List<T>> buckets(int n) {
        List<List<T>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /** Gives an item to a part; when the source continues, two items in three stay with it. */
    private static <T> void allocate(List<List<T>> parts, T item, int salt, boolean continuing) {
        if (continuing) {
            if (salt % 3 == 0) {
                parts.get(salt / 3 % parts.size()).add(item);
            }
        } else {
            parts.get(salt % parts.size()).add(item);
        }
    }

    /** Shares of {@code total} for n parts: all of it when the source ceases, at most all when it continues. */
    private int[] shares(int total, int n, boolean continuing) {
        int[] out = new int[n];
        int rest = total;
        for (int k = 1; k < n; k++) {
            out[k] = rest == 0 ? 0 : next() % (rest + 1);
            rest -= out[k];
        }
        out[0] = continuing ? (rest == 0 ? 0 : next() % (rest + 1)) : rest;
        return out;
    }

    /** The source's relations other than subordination, re-created for a part (those that would not loop). */
    private List<Relation> inheritedRelations(UnitId src, UnitId part) {
        List<Relation> out = new ArrayList<>();
        for (RelationType t : OVERLAY) {
            for (Unit target : s.related(src, t)) {
                out.add(Relation.of(t, part, target.id()));
            }
            for (Unit source : s.relatedTo(src, t)) {
                out.add(Relation.of(t, source.id(), part));
            }
        }
        return out;
    }

    private Change transfer() {
        Unit u = pick(units());
        Set<UnitId> below = subtree(u.id());
        Optional<UnitId> parent = s.parent(u.id()).map(Unit::id);
        if (mistake) {
            List<Unit> inside = units().stream().filter(x -> below.contains(x.id()) && !x.id().equals(u.id())).toList();
            if (!inside.isEmpty()) {
                return Transfer.of(day, u.id(), pick(inside).id());      // a cycle
            }
            Unit other = pickWhere(units(), x -> x.pillar() != u.pillar() && !below.contains(x.id()));
            if (other != null) {
                return Transfer.of(day, u.id(), other.id());            // another pillar, not asked for
            }
            return parent.map(p -> Transfer.of(day, u.id(), p)).orElse(null); // nothing to transfer
        }
        boolean cross = chance(10);
        int deepestChild = s.children(u.id()).stream().mapToInt(c -> c.level().ordinal()).min().orElse(Level.values().length);
        List<Unit> candidates = units().stream()
                .filter(p -> !below.contains(p.id()) && !Optional.of(p.id()).equals(parent) && (cross || p.pillar() == u.pillar()))
                .filter(p -> u.kind().levels().stream()
                        .anyMatch(l -> l.fitsUnder(p.level()) && l.ordinal() <= deepestChild))
                .toList();
        if (candidates.isEmpty()) {
            return null;
        }
        Unit p = pick(candidates);
        Transfer t = Transfer.of(day, u.id(), p.id());
        List<Level> levels = u.kind().levels().stream().filter(l -> l.fitsUnder(p.level()) && l.ordinal() <= deepestChild)
                .sorted().toList();
        boolean fits = u.level().fitsUnder(p.level());
        if (!fits || (levels.size() > 1 && chance(25))) {
            List<Level> other = levels.stream().filter(l -> l != u.level()).toList();
            Level l = other.isEmpty() ? u.level() : pick(other);
            if (l != u.level()) {
                t = t.toLevel(l);
                // usually the unit takes its new parent's territory; otherwise it keeps its own,
                // which the new level may have left below it
                if (!u.isTerritorial() && chance(70)) {
                    Optional<UnitId> territory = p.territory();
                    if (territory.isPresent()) {
                        t = t.toTerritory(territory.get());
                    }
                }
            }
        } else if (!u.isTerritorial() && chance(10) && p.territory().isPresent()) {
            t = t.toTerritory(p.territory().get());
        }
        return cross ? t.acrossPillars() : t;
    }

    /** Dissolve ({@code convert} false) or convert a unit, with a disposition for everything it has. */
    private Change cease(boolean convert) {
        Unit u = pickWhere(units(), x -> !x.isTerritorial() || s.unitsOfTerritory(x.id()).size() == 1);
        if (u == null) {
            return null;
        }
        Set<UnitId> below = subtree(u.id());
        List<Unit> children = s.children(u.id());
        List<Post> posts = s.posts(u.id());
        boolean staff = quota(u) > 0 || actual(u) > 0;
        // a mistake leaves out one destination: the children's, else a post's, else the staff's,
        // else it releases a post of another unit
        int omit = !mistake ? 0 : !children.isEmpty() ? 1 : !posts.isEmpty() ? 2 : staff ? 3 : 4;
        Optional<Unit> parent = s.parent(u.id());
        // where posts and staff may go: the parent, or a unit outside the subtree
        Unit neighbour = parent.orElseGet(() -> pickWhere(units(), x -> !below.contains(x.id())));
        Disposition d = Disposition.none();
        if (!children.isEmpty() && omit != 1) {
            Predicate<Unit> fitsAll = x -> !below.contains(x.id()) && children.stream().allMatch(c -> c.level().fitsUnder(x.level()));
            Unit dest = parent.filter(fitsAll).orElseGet(() -> pickWhere(units(), fitsAll));
            if (dest != null) {       // else no unit can take them: the change is rejected
                if (children.size() > 1 && chance(30)) {
                    d = d.moveChild(children.get(0).id(), pickWhere(units(), fitsAll).id());
                }
                d = d.moveAllChildrenTo(dest.id());
            }
        }
        boolean releaseOthers = omit != 2 && chance(50);
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            if (omit == 2 && i == 0) {
                continue;
            }
            if (neighbour != null && chance(40)) {
                d = d.movePost(p.id(), neighbour.id());
            } else if (!releaseOthers) {
                d = d.releasePosts(p.id());
            }
        }
        if (releaseOthers) {
            d = d.releaseAllOtherPosts();
        }
        if (staff && omit != 3) {
            d = neighbour != null && chance(50) ? d.staffTo(neighbour.id()) : d.releaseStaff();
        }
        if (omit == 4) {
            Post foreign = pickWhere(s.posts(), p -> !p.unit().equals(u.id()));
            if (foreign == null) {
                return null;
            }
            d = d.releasePosts(foreign.id());
        }
        return convert
                ? Convert.of(day, u.id(), "Công ty cổ phần " + u.name(), d)
                : Dissolve.of(day, u.id(), d);
    }

    private Change establish() {
        Unit model = pick(units());
        UnitId id = mistake ? model.id() : fresh("");
        Unit u = like(model, id, model.name() + " mới " + base.substring(1));
        List<Post> posts = new ArrayList<>();
        posts.add(Post.of(PostId.of(base + ".head"), id, PostRole.HEAD, "Trưởng đơn vị"));
        int deputies = next() % 3;
        for (int k = 1; k <= deputies; k++) {
            posts.add(Post.of(PostId.of(base + ".dep" + k), id, PostRole.DEPUTY, "Phó Trưởng đơn vị"));
        }
        UnitId parent = s.parent(model.id()).map(Unit::id).orElse(null);
        return new Establish(ChangeInfo.on(day), u, Optional.ofNullable(parent), posts);
    }

    // ------------------------------------------------------------------ people and staff

    private Change appoint(boolean concurrent) {
        List<Post> open = s.posts().stream().filter(p -> s.holders(p.id()).size() < p.capacity()).toList();
        if (open.isEmpty()) {
            return null;
        }
        Post post = pick(open);
        Set<PersonId> holding = new HashSet<>();
        s.tenures(post.id()).stream().filter(t -> t.period().contains(day)).forEach(t -> holding.add(t.person()));
        List<PersonId> people = s.people().stream().map(Person::id).filter(p -> !holding.contains(p)).toList();
        if (concurrent) {
            if (mistake) {
                return Appoint.concurrent(day, PersonId.of(base + "/p"), post.id()); // someone not in the structure
            }
            PersonId who = pickWhere(people, p -> !s.postsOf(p).isEmpty());
            return who == null ? null : Appoint.concurrent(day, who, post.id());
        }
        Predicate<PersonId> hasMain = p -> s.postsOf(p).stream().anyMatch(t -> t.type() == TenureType.MAIN);
        if (mistake) {
            PersonId busy = pickWhere(people, hasMain);
            return busy == null ? null : Appoint.of(day, busy, post.id());      // already has a main post
        }
        PersonId free = chance(50) ? pickWhere(people, hasMain.negate()) : null;
        if (free != null) {
            return Appoint.of(day, free, post.id());
        }
        PersonId id = PersonId.of(base + "/p");
        return Appoint.of(day, id, post.id()).newPerson(Person.of(id, personName(), chance(80)));
    }

    private Change relieve() {
        List<Tenure> inForce = s.tenures().stream().filter(t -> t.period().contains(day)).toList();
        if (inForce.isEmpty()) {
            return null;
        }
        Tenure t = pick(inForce);
        if (mistake) {
            Post other = pickWhere(s.posts(), p -> s.holders(p.id()).stream().noneMatch(x -> x.id().equals(t.person())));
            return other == null ? null : Relieve.of(day, t.person(), other.id());
        }
        return Relieve.of(day, t.person(), t.post());
    }

    private Change setQuota() {
        UnitId u = mistake ? fresh(".none") : pick(units()).id();
        return SetStaffQuota.of(day, u, next() % 60);
    }

    private Change reduceStaff() {
        Unit u = pickWhere(units(), x -> actual(x) >= 1);
        if (u == null) {
            return null;
        }
        int count = mistake ? actual(u) + 1 : 1 + next() % actual(u);
        ReduceStaff r = ReduceStaff.of(day, u.id(), count);
        return chance(50) && quota(u) >= count ? r.andQuota() : r;
    }

    // ------------------------------------------------------------------ relations

    private List<Relation> overlayRelations() {
        return s.relations().stream().filter(r -> r.type() != RelationType.SUBORDINATE_TO).toList();
    }

    private Change addRelation() {
        if (mistake) {
            List<Relation> existing = overlayRelations();
            return existing.isEmpty() ? null : AddRelation.of(day, pick(existing));   // already there
        }
        RelationType type = pick(OVERLAY);
        Unit source = pick(units());
        Set<UnitId> related = new HashSet<>(ids(s.related(source.id(), type)));
        Unit target = pickWhere(units(), x -> !x.id().equals(source.id()) && !related.contains(x.id()));
        return target == null ? null : AddRelation.of(day, Relation.of(type, source.id(), target.id()));
    }

    private Change removeRelation() {
        if (mistake) {
            RelationType type = pick(OVERLAY);
            Unit source = pick(units());
            Set<UnitId> related = new HashSet<>(ids(s.related(source.id(), type)));
            Unit target = pickWhere(units(), x -> !x.id().equals(source.id()) && !related.contains(x.id()));
            return target == null ? null : RemoveRelation.of(day, Relation.of(type, source.id(), target.id())); // not there
        }
        List<Relation> existing = overlayRelations();
        return existing.isEmpty() ? null : RemoveRelation.of(day, pick(existing));
    }

    // ------------------------------------------------------------------ compound

    /**
     * Two or three parts of other kinds, each interpreted against the structure the parts before
     * it leave; a part that would be rejected is left out (unless it is the mistake: the last part).
     */
    private Change compound() {
        int n = 2 + (chance(50) ? 1 : 0);
        List<Change> parts = new ArrayList<>();
        OrgStructure state = s;
        for (int k = 0; k < n; k++) {
            StepKind kind = pick(PART_KINDS);
            boolean wrong = mistake && k == n - 1;
            StepInterpreter sub = new StepInterpreter(state, day, base + "c" + (k + 1), wrong, choices, cursor + 3 * (k + 1));
            Change part = sub.build(kind);
            if (part == null) {
                if (wrong) {
                    return null;        // no mistake to make: no compound either
                }
                continue;
            }
            try {
                state = part.applyTo(state).structure();
                parts.add(part);
            } catch (RuntimeException e) {
                if (wrong) {
                    parts.add(part);
                }
            }
        }
        return parts.isEmpty() ? null : new Compound(ChangeInfo.on(day), "Sắp xếp, kiện toàn tổ chức bộ máy", parts);
    }
}
