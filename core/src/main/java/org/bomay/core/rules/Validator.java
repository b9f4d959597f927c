package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.bomay.core.BomayException;
import org.bomay.core.change.Applied;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.structure.OrgStructure;

/**
 * Checks snapshots against a {@link RulePack}: on each snapshot's date, only the rules in force.
 *
 * <p>{@link #validate(OrgStructure)} runs every rule in full. {@link #revalidate} takes the result
 * for the snapshot before a change and re-checks only what the change touched: the touched units,
 * posts and people and, as each rule's {@link Rule#reads()} declares, their neighbours. When the
 * date moves, it also re-checks what the date changes (tenures and units starting or ending in
 * between, grace periods ending, rules coming into or out of force). The result equals a full
 * run — a property test in {@code org.bomay.testkit} checks this on random plans — and costs in
 * proportion to what the change touched.
 *
 * <pre>{@code
 * Validator v = Validator.of(VnRules.all());
 * ValidationResult before = v.validate(KimBang.structure());
 * Applied applied = merge.applyTo(before.structure());
 * ValidationResult after = v.revalidate(before, applied);        // only what the merge touched
 * after.appearedSince(before);                                    // what the merge broke, with cause()
 * System.out.println(after.report());
 * }</pre>
 *
 * <p>A full run visits each unit and each person once for all the rules that select it; from
 * 20,000 units and people on, it runs in slices on the common fork-join pool, and an incremental
 * run re-checks its rules there once a change touches 24 or more units and people (rules are
 * thread-safe by contract: {@link Rule}). What a run finds does not depend on this; a rule's
 * exception reaches the caller as it was thrown.
 *
 * <p>Immutable and thread-safe; one validator may serve many threads.
 */
public final class Validator {
    private final RulePack pack;

    private Validator(RulePack pack) {
        this.pack = pack;
    }

    /** A validator of a pack. */
    public static Validator of(RulePack pack) {
        if (pack == null) {
            throw new BomayException("Validator.of: the rule pack must not be null");
        }
        return new Validator(pack);
    }

    /** The pack. */
    public RulePack pack() {
        return pack;
    }

    /** Checks a snapshot in full with no merger on record. */
    public ValidationResult validate(OrgStructure structure) {
        return validate(structure, MergerLog.empty());
    }

    /** Checks a snapshot in full, with the mergers that grace periods and merger-dependent caps read. */
    public ValidationResult validate(OrgStructure structure, MergerLog mergers) {
        if (structure == null || mergers == null) {
            throw new BomayException("Validator.validate: the structure and the merger log must not be null");
        }
        RuleContext ctx = new RuleContext(structure, mergers);
        List<Rule> inForce = pack.rules().stream().filter(r -> r.inForce(structure.date())).toList();
        Map<String, RuleState> found = FullRun.run(inForce, ctx);
        Map<String, RuleState> states = new LinkedHashMap<>();
        for (Rule r : pack.rules()) {
            states.put(r.id(), found.getOrDefault(r.id(), RuleState.NOT_IN_FORCE));
        }
        return new ValidationResult(this, structure, mergers, ImmutableMap.copyOf(states));
    }

    /**
     * Checks the current snapshot of a history, replaying it: a full run on the initial snapshot,
     * then an incremental run after each change. Mergers come from the history's events, and
     * each violation names the change that caused it, when one did.
     */
    public ValidationResult validate(History history) {
        if (history == null) {
            throw new BomayException("Validator.validate: the history must not be null");
        }
        ValidationResult r = validate(history.initial());
        for (Version v : history.versions()) {
            if (v.event().isPresent()) {
                r = revalidate(r, v.structure(), v.event().get());
            }
        }
        return r;
    }

    /** Re-checks after a change: see {@link #revalidate(ValidationResult, OrgStructure, ChangeEvent)}. */
    public ValidationResult revalidate(ValidationResult previous, Applied applied) {
        if (applied == null) {
            throw new BomayException("Validator.revalidate: the applied change must not be null");
        }
        return revalidate(previous, applied.structure(), applied.event());
    }

    /**
     * Re-checks the snapshot {@code after}, produced from {@code previous.structure()} by the change
     * that {@code event} records, checking only what the change (and the move of the date, if any)
     * can have affected. New violations that concern something the change touched name it as
     * their {@link Violation#cause()}.
     *
     * @throws BomayException if {@code previous} came from another validator
     */
    public ValidationResult revalidate(ValidationResult previous, OrgStructure after, ChangeEvent event) {
        if (previous == null || after == null || event == null) {
            throw new BomayException("Validator.revalidate: the previous result, the structure after and the event must not be null");
        }
        return rerun(previous, after, event);
    }

    /**
     * Re-checks the same snapshot seen on another date ({@link OrgStructure#withDate}): what a
     * move of the date can have changed — rules coming into or out of force, tenures and units
     * starting or ending, grace periods running out — is checked again; the result equals
     * {@code validate(previous.structure().withDate(date), previous.mergers())}. New violations
     * name no cause.
     *
     * <pre>{@code
     * ValidationResult later = validator.revalidateOn(result, LocalDate.of(2021, 12, 31));
     * }</pre>
     *
     * @throws BomayException if {@code previous} came from another validator or an argument is null
     */
    public ValidationResult revalidateOn(ValidationResult previous, LocalDate date) {
        if (previous == null || date == null) {
            throw new BomayException("Validator.revalidateOn: the previous result and the date must not be null");
        }
        if (date.equals(previous.date())) {
            checkSamePack(previous);
            return previous;
        }
        return rerun(previous, previous.structure().withDate(date), null);
    }

    private void checkSamePack(ValidationResult previous) {
        if (previous.validator() != this && !previous.validator().pack.rules().equals(pack.rules())) {
            throw new BomayException("Validator.revalidate: the previous result comes from a validator of another pack ("
                    + previous.validator().pack + "); validate it with that validator or run validate() in full");
        }
    }

    /** The incremental run; {@code event} is null for a move of the date alone. */
    private ValidationResult rerun(ValidationResult previous, OrgStructure after, ChangeEvent event) {
        checkSamePack(previous);
        OrgStructure before = previous.structure();
        MergerLog mergers = event == null ? previous.mergers() : previous.mergers().record(event, before);
        RuleContext ctxB = new RuleContext(before, previous.mergers());
        RuleContext ctxA = new RuleContext(after, mergers);
        Scope scope = new Scope(before, after, event, previous.mergers(), mergers);
        List<Rule> rules = pack.rules();
        RuleState[] states = new RuleState[rules.size()];
        // rules re-check in parallel once a change touches enough to pay for it (not a quota edit)
        boolean parallel = scope.units.size() + scope.people.size() >= PARALLEL_RULES_FROM;
        Slices.run(rules.size(), parallel, i -> {
            Rule r = rules.get(i);
            RuleState old = previous.state(r.id());
            if (!r.inForce(after.date())) {
                states[i] = RuleState.NOT_IN_FORCE;
            } else if (!old.inForce || scope.crosses(r)) {
                states[i] = keepCauses(old, full(r, ctxA), scope);
            } else {
                states[i] = incremental(r, old, ctxB, ctxA, scope);
            }
        });
        ImmutableMap.Builder<String, RuleState> b = ImmutableMap.builderWithExpectedSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            b.put(rules.get(i).id(), states[i]);
        }
        return new ValidationResult(this, after, mergers, b.build());
    }

    // ------------------------------------------------------------------ full runs

    private static RuleState full(Rule rule, RuleContext ctx) {
        return FullRun.run(List.of(rule), ctx).get(rule.id());
    }

    static ImmutableList<Violation> checkUnit(UnitRule r, Set<UnitKind> kinds, Unit u, RuleContext ctx, Findings out) {
        if (!kinds.isEmpty() && !kinds.contains(u.kind()) || !r.appliesTo(u, ctx)) {
            return ImmutableList.of();
        }
        r.check(u, ctx, out);
        return out.drain();
    }

    static ImmutableList<Violation> checkGroup(GroupRule r, Set<UnitKind> kinds, Unit key, RuleContext ctx,
            Findings out) {
        if (!kinds.isEmpty() && !kinds.contains(key.kind()) || !r.isGroup(key, ctx)) {
            return ImmutableList.of();
        }
        List<Unit> members = new ArrayList<>();
        for (Unit c : ctx.structure().children(key.id())) {
            if (r.isMember(c, key, ctx)) {
                members.add(c);
            }
        }
        r.check(key, ImmutableList.copyOf(members), ctx, out);
        return out.drain();
    }

    private static ImmutableList<Violation> checkPerson(PersonRule r, Person p, RuleContext ctx, Findings out) {
        r.check(p, ctx.structure().postsOf(p.id()), ctx, out);
        return out.drain();
    }

    static ImmutableList<Violation> checkTotal(TotalRule r, long total, RuleContext ctx, Findings out) {
        r.check(total, ctx, out);
        return out.drain();
    }

    // ------------------------------------------------------------------ incremental runs

    private static RuleState incremental(Rule rule, RuleState old, RuleContext ctxB, RuleContext ctxA, Scope scope) {
        OrgStructure after = ctxA.structure();
        Set<UnitId> graceEnding = scope.graceEnding(rule);
        Set<UnitId> dirty = graceEnding.isEmpty() ? scope.units : union(scope.units, graceEnding);
        Set<UnitId> reach = scope.expand(dirty, rule.reads(), graceEnding);
        if (rule instanceof UnitRule r) {
            Set<UnitKind> kinds = r.kinds();
            return putAll(old, reach, scope, checkEach(rule, reach, (id, out) -> after.contains(id)
                    ? checkUnit(r, kinds, after.unit(id), ctxA, out) : ImmutableList.of()));
        } else if (rule instanceof GroupRule r) {
            Set<UnitId> keys = new LinkedHashSet<>(reach);
            for (UnitId id : reach) {
                for (OrgStructure s : scope.both()) {
                    if (s.contains(id)) {
                        s.parent(id).ifPresent(p -> keys.add(p.id()));
                    }
                }
            }
            Set<UnitKind> kinds = r.kinds();
            return putAll(old, keys, scope, checkEach(rule, keys, (id, out) -> after.contains(id)
                    ? checkGroup(r, kinds, after.unit(id), ctxA, out) : ImmutableList.of()));
        } else if (rule instanceof PersonRule r) {
            Set<PersonId> people = scope.people(reach);
            return putAll(old, people, scope, checkEach(rule, people, (id, out) -> after.contains(id)
                    ? checkPerson(r, after.person(id), ctxA, out) : ImmutableList.of()));
        }
        TotalRule r = (TotalRule) rule;
        long total = old.total;
        for (UnitId id : reach) {
            if (scope.before.contains(id)) {
                total -= r.contribution(scope.before.unit(id), ctxB);
            }
            if (after.contains(id)) {
                total += r.contribution(after.unit(id), ctxA);
            }
        }
        return old.withTotal(total).put(RuleState.TOTAL,
                caused(old.at(RuleState.TOTAL), checkTotal(r, total, ctxA, new Findings(r)), scope));
    }

    /** The state with each anchor's violations replaced by those found (in the anchors' order). */
    private static RuleState putAll(RuleState old, Collection<?> anchors, Scope scope, List<ImmutableList<Violation>> found) {
        RuleState st = old;
        int i = 0;
        for (Object id : anchors) {
            st = st.put(id, caused(old.at(id), found.get(i++), scope));
        }
        return st;
    }

    /**
     * Checks each anchor, in slices on the common pool when there are {@value #PARALLEL_FROM} or
     * more (a change that moves a province's subtree); the results in the anchors' order.
     */
    private static <A> List<ImmutableList<Violation>> checkEach(Rule rule, Collection<A> anchors,
            BiFunction<A, Findings, ImmutableList<Violation>> check) {
        List<A> list = new ArrayList<>(anchors);
        int n = list.size();
        @SuppressWarnings("unchecked")
        ImmutableList<Violation>[] found = new ImmutableList[n];
        int slices = n < PARALLEL_FROM ? 1 : Slices.count();
        Slices.run(slices, slices > 1, k -> {
            Findings out = new Findings(rule);
            for (int j = Slices.from(n, k, slices), end = Slices.from(n, k + 1, slices); j < end; j++) {
                found[j] = check.apply(list.get(j), out);
            }
        });
        return Arrays.asList(found);
    }

    /** Below this many anchors an incremental run of a rule stays on the calling thread. */
    private static final int PARALLEL_FROM = 2_000;
    /** Below this many touched units and people, the rules of an incremental run are checked one after another. */
    private static final int PARALLEL_RULES_FROM = 24;

    private static Set<UnitId> union(Set<UnitId> a, Set<UnitId> b) {
        Set<UnitId> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** A full re-run's state, keeping the causes of violations that were already there. */
    private static RuleState keepCauses(RuleState old, RuleState fresh, Scope scope) {
        RuleState st = fresh;
        for (io.vavr.Tuple2<Object, ImmutableList<Violation>> e : fresh.byAnchor) {
            st = st.put(e._1, caused(old.at(e._1), e._2, scope));
        }
        return st;
    }

    /**
     * The violations found, each replaced by the equal one found before (keeping its cause), or
     * else given the change as cause if it concerns something the change touched.
     */
    private static ImmutableList<Violation> caused(ImmutableList<Violation> before, ImmutableList<Violation> found,
            Scope scope) {
        if (found.isEmpty()) {
            return found;
        }
        ImmutableList.Builder<Violation> b = ImmutableList.builderWithExpectedSize(found.size());
        for (Violation v : found) {
            int i = before.indexOf(v);
            if (i >= 0) {
                b.add(before.get(i));
            } else {
                b.add(scope.touches(v) ? v.withCause(scope.event) : v);
            }
        }
        return b.build();
    }

    /** What one change (and the move of the date) can have affected. */
    private static final class Scope {
        final OrgStructure before;
        final OrgStructure after;
        final ChangeEvent event;
        final MergerLog mergersBefore;
        final MergerLog mergersAfter;
        final LocalDate lo;
        final LocalDate hi;
        /** Units, posts and people the change touched. */
        final Set<UnitId> eventUnits = new LinkedHashSet<>();
        /** The posts the change touched (none for a move of the date alone). */
        final Set<PostId> touchedPosts;
        final Set<PersonId> eventPeople = new LinkedHashSet<>();
        /** Plus what the move of the date touched. */
        final Set<UnitId> units = new LinkedHashSet<>();
        final Set<PersonId> people = new LinkedHashSet<>();
        /**
         * Units whose validity starts or ends between the two dates (their in-force status
         * changed), and units not in force on the new date: a check that reports one may name the
         * snapshot's date, so what it finds changes with any move of the date.
         */
        final Set<UnitId> validityCrossed = new LinkedHashSet<>();
        /** Expansions of {@link #units} by what rules read, shared by the rules that read the same. */
        private final Map<Set<Reach>, Set<UnitId>> expanded = new java.util.concurrent.ConcurrentHashMap<>();

        Scope(OrgStructure before, OrgStructure after, ChangeEvent event, MergerLog mergersBefore, MergerLog mergersAfter) {
            this.before = before;
            this.after = after;
            this.event = event;
            this.mergersBefore = mergersBefore;
            this.mergersAfter = mergersAfter;
            boolean forward = !after.date().isBefore(before.date());
            this.lo = forward ? before.date() : after.date();
            this.hi = forward ? after.date() : before.date();
            if (event == null) {
                this.touchedPosts = Set.of();
                addDateMove();
                return;
            }
            this.touchedPosts = event.touchedPosts();
            eventUnits.addAll(event.touchedUnits());
            eventPeople.addAll(event.touchedPeople());
            for (PostId p : event.touchedPosts()) {
                for (OrgStructure s : both()) {
                    if (s.contains(p)) {
                        eventUnits.add(s.post(p).unit());
                        s.tenures(p).forEach(t -> eventPeople.add(t.person()));
                    }
                }
            }
            for (PersonId p : event.touchedPeople()) {
                for (OrgStructure s : both()) {
                    if (s.contains(p)) {
                        for (Tenure t : s.tenures(p)) {
                            eventUnits.add(s.post(t.post()).unit());
                        }
                    }
                }
            }
            // a unit whose merger record the event changed, though the change may have left its own
            // record as it was (a unit absorbing another of no other consequence to it)
            for (ChangeEvent.UnitLink l : event.links()) {
                for (UnitId u : List.of(l.from(), l.to())) {
                    if (!mergersBefore.latest(u).equals(mergersAfter.latest(u))) {
                        eventUnits.add(u);
                    }
                }
            }
            units.addAll(eventUnits);
            people.addAll(eventPeople);
            addDateMove();
        }

        /** Adds what the move of the date touched: tenures and units starting or ending between the dates. */
        private void addDateMove() {
            if (!lo.equals(hi)) {
                after.forEachTenure(t -> {
                    if (changesBetween(t.period())) {
                        units.add(after.post(t.post()).unit());
                        people.add(t.person());
                    }
                });
                after.forEachUnit(u -> {
                    if (changesBetween(u.validity()) || !u.validity().contains(after.date())) {
                        units.add(u.id());
                        validityCrossed.add(u.id());
                    }
                });
            }
        }

        List<OrgStructure> both() {
            return List.of(before, after);
        }

        boolean changesBetween(Period p) {
            return p.start().filter(this::between).isPresent() || p.end().filter(this::between).isPresent();
        }

        boolean between(LocalDate d) {
            return d.isAfter(lo) && !d.isAfter(hi);
        }

        /** Whether the rule's validity or one of its boundaries lies between the two dates. */
        boolean crosses(Rule r) {
            if (lo.equals(hi)) {
                return false;
            }
            if (changesBetween(r.validity())) {
                return true;
            }
            for (LocalDate d : r.boundaries()) {
                if (between(d)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The units with a merger whose date, or whose end of grace for the rule's grace period,
         * lies between the dates.
         */
        Set<UnitId> graceEnding(Rule r) {
            if (lo.equals(hi)) {
                return Set.of();
            }
            // a merger's own date too: the record a rule sees is the latest on or before the date
            return mergersAfter.graceEnding(r.mergerGrace().orElse(java.time.Period.ZERO), lo, hi);
        }

        /**
         * Whether a unit's own record, parent or merger record differs between the snapshots, or
         * its in-force status changed with the date.
         */
        boolean changedItself(UnitId id) {
            boolean inB = before.contains(id);
            boolean inA = after.contains(id);
            if (inB != inA || validityCrossed.contains(id)) {
                return true;
            }
            if (!inB) {
                return false;
            }
            return !before.unit(id).equals(after.unit(id))
                    || !Objects.equals(before.parent(id).map(Unit::id), after.parent(id).map(Unit::id))
                    || !mergersBefore.latest(id).equals(mergersAfter.latest(id));
        }

        /**
         * The dirty units plus the neighbours whose checks read them; {@code changed} are units
         * whose state changed with the date although their record did not (a grace ending).
         */
        Set<UnitId> expand(Set<UnitId> dirty, Set<Reach> reads, Set<UnitId> changed) {
            if (reads.isEmpty()) {
                return dirty;
            }
            if (dirty == units && changed.isEmpty()) {
                // rules that read the same neighbours share one expansion of the change's units
                return expanded.computeIfAbsent(EnumSet.copyOf(reads), r -> expandUncached(dirty, r, changed));
            }
            return expandUncached(dirty, reads, changed);
        }

        private Set<UnitId> expandUncached(Set<UnitId> dirty, Set<Reach> reads, Set<UnitId> changed) {
            Set<UnitId> out = new LinkedHashSet<>(dirty);
            for (UnitId d : dirty) {
                boolean itself = (reads.contains(Reach.OWN_TERRITORY) || reads.contains(Reach.ANCESTORS))
                        && (changed.contains(d) || changedItself(d));
                // what the unit's subtree inherits changed: re-check the subtree as for ANCESTORS
                boolean passesOn = reads.contains(Reach.ANCESTORS) ? itself
                        : reads.contains(Reach.INHERITED) && inheritanceChanged(d);
                for (OrgStructure s : both()) {
                    if (!s.contains(d)) {
                        continue;
                    }
                    Unit u = s.unit(d);
                    if (reads.contains(Reach.PARENT)) {
                        s.children(d).forEach(c -> out.add(c.id()));
                    }
                    if (reads.contains(Reach.CHILDREN)) {
                        s.parent(d).ifPresent(p -> out.add(p.id()));
                    }
                    if (reads.contains(Reach.TERRITORY_UNITS)) {
                        u.territory().ifPresent(out::add);
                    }
                    if (reads.contains(Reach.OWN_TERRITORY) && itself && u.isTerritorial()) {
                        for (Unit x : s.unitsOfTerritory(d)) {
                            out.add(x.id());
                            // a check that reads its parent and territories reads its parent's territory too
                            if (reads.contains(Reach.PARENT)) {
                                s.children(x.id()).forEach(c -> out.add(c.id()));
                            }
                        }
                    }
                    if (passesOn) {
                        for (Unit x : s.subtree(d)) {
                            out.add(x.id());
                            if (x.isTerritorial()) {
                                s.unitsOfTerritory(x.id()).forEach(y -> out.add(y.id()));
                            }
                        }
                    }
                }
            }
            return out;
        }

        /**
         * Whether the unit came or went, or what it passes on to its subtree by {@link
         * RuleContext#inherited} differs: its own attributes and, for each key, the first value
         * found among its ancestors.
         */
        boolean inheritanceChanged(UnitId id) {
            boolean inB = before.contains(id);
            boolean inA = after.contains(id);
            if (inB != inA) {
                return true;
            }
            return inB && !passedOn(before, id).equals(passedOn(after, id));
        }

        private static Map<String, String> passedOn(OrgStructure s, UnitId id) {
            Map<String, String> out = new HashMap<>(s.unit(id).attributes());
            for (Unit a : s.ancestors(id)) {
                a.attributes().forEach(out::putIfAbsent);
            }
            return out;
        }

        /** The people of each expansion, shared by the person rules that read the same. */
        private final Map<Set<UnitId>, Set<PersonId>> peopleOf =
                java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

        /** The people to re-check: touched people plus everyone holding a post of the given units. */
        Set<PersonId> people(Set<UnitId> reach) {
            return peopleOf.computeIfAbsent(reach, this::peopleUncached);
        }

        private Set<PersonId> peopleUncached(Set<UnitId> reach) {
            Set<PersonId> out = new LinkedHashSet<>(people);
            for (UnitId u : reach) {
                // a unit the change did not touch has the same posts and tenures in both snapshots
                // (whoever left or joined one of them is a touched person, already in the set)
                boolean inA = after.contains(u);
                if (inA) {
                    addHolders(after, u, out);
                }
                if ((!inA || eventUnits.contains(u)) && before.contains(u)) {
                    addHolders(before, u, out);
                }
            }
            return out;
        }

        private static void addHolders(OrgStructure s, UnitId u, Set<PersonId> out) {
            for (Post p : s.posts(u)) {
                for (Tenure t : s.tenures(p.id())) {
                    out.add(t.person());
                }
            }
        }

        /** Whether a violation concerns something the change itself touched. */
        boolean touches(Violation v) {
            for (UnitId u : v.units()) {
                if (eventUnits.contains(u)) {
                    return true;
                }
            }
            for (PostId p : v.posts()) {
                if (touchedPosts.contains(p)) {
                    return true;
                }
            }
            for (PersonId p : v.people()) {
                if (eventPeople.contains(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Returns e.g. {@code Validator[RulePack[Việt Nam, 31 rules]]}. */
    @Override
    public String toString() {
        return "Validator[" + pack + "]";
    }
}
