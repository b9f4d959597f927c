package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.types.BaselineLimit;
import org.bomay.core.rules.types.Cap;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.rules.types.ConcurrentPosts;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.MaxConcurrentPosts;
import org.bomay.core.rules.types.Minimum;
import org.bomay.core.rules.types.MinimumStaff;
import org.bomay.core.rules.types.PostPattern;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.SingleHead;
import org.bomay.core.rules.types.StaffWithinQuota;
import org.bomay.core.sim.Attrition;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.MetricContext;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.sim.TargetResult;
import org.bomay.core.sim.TimelineEntry;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.PlanGen.Plan;
import org.bomay.testkit.PlanGen.PlannedStep;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link Simulation} over random scenarios: random structures and plans
 * ({@link PlanGen}) turned into scenarios. Each change of a plan becomes a step of its own (its
 * id {@code s<n>} from the plan's step, its date the change's); some join the step before them
 * (which then moves to the later date with {@link Step#withDate}); some steps are PLANNED and the
 * simulation runs only the APPROVED and DONE ones; some get an extra change that cannot apply
 * (a staff cut in a unit that does not exist), so that the whole step must fail, and plans hold
 * 20% mistakes, so that more steps fail; failed steps are skipped ({@link Simulation.OnFailure#SKIP}).
 * Half the scenarios project an {@link Attrition#rate(double, long) attrition rate} whose rate and
 * seed come from the generated plan (alone, cutting the quota too, or after retirement); a third
 * start with a merger on record shortly before the baseline (its grace periods run into the
 * timeline); each has targets on the number of organizations.
 *
 * <p>The invariants, checked with {@link SimulationInvariants}: a simulation replays to its final
 * structure; incremental validation along a timeline equals full validation; the metrics of a
 * timeline are those of its snapshots; the same seed gives the same projection; parallel runs
 * equal sequential runs; a stopped simulation runs nothing after its first failure; a scenario
 * of a plan's changes, one step each, ends where the plan's history ends; a target is met iff
 * the structure in force on its deadline meets it. Every property counts what it met (steps
 * applied, failed and excluded, attrition entries, violations that appeared, targets met and
 * missed) and asserts that none of it is vacuous. A failure prints the shortest failing plan
 * ({@link PlanGen#check}) and the scenario made of it.
 */
class SimulationPropertiesTest {
    /** Examples per property; {@code -Dbomay.simulation.examples=200} for a longer search. */
    private static final int EXAMPLES = Integer.getInteger("bomay.simulation.examples", 40);
    /** Percent of plan steps that are deliberate mistakes (PlanGen's default is 10). */
    private static final int MISTAKES = 20;
    private static final LegalBasis BASIS = LegalBasis.of("02/2020/TT-TEST", "Văn bản kiểm thử mô phỏng");
    private static final UnitId NOWHERE = UnitId.of("khong-ton-tai");
    /** Metrics of one's own, for a simulation told what to measure. */
    private static final List<Metric> METRICS = List.of(Metrics.organizations(), Metrics.staff(), Metrics.violations(),
            Metric.of("heads", "Người đứng đầu (heads in office)", ctx -> ctx.organizations().stream()
                    .mapToInt(u -> ctx.structure().heads(u.id()).size()).sum()));
    private static final Selector COMMUNES = Selector.atLevels(Level.COMMUNE);
    private static final Step.Status[] STATUSES = {Step.Status.APPROVED, Step.Status.DONE, Step.Status.PLANNED};

    // ------------------------------------------------------------------ replay, validation, metrics

    /** The Vietnam packs over plans on structures with attributes. */
    @Test
    void vnRules_aSimulationReplaysToItsFinalStructure_andIncrementalValidationAlongItsTimelineEqualsFullValidation() {
        Stats stats = new Stats();
        PlanGen.check(plans(false), EXAMPLES, plan -> {
            Scenario scenario = scenario(plan, "Phương án", Shape.MIXED);
            Simulation sim = Simulation.of(VnRules.all()).onFailure(Simulation.OnFailure.SKIP)
                    .only(Step.Status.APPROVED, Step.Status.DONE);
            explained(scenario, () -> {
                SimulationResult r = sim.run(scenario);
                checkTimeline(r);
                stats.add(r);
            });
        });
        stats.assertNotVacuous("VnRules");
    }

    /**
     * A small pack of its own (deputy caps with a grace period after mergers, staff within quota,
     * minimum staff coming into force after 60 days, single head, no more organizations than at
     * the start, a concurrent-post model and a cap on concurrent posts from day 120) over plans on
     * structures where tenures and units end or begin after the start.
     */
    @Test
    void smallPack_aSimulationReplaysToItsFinalStructure_andIncrementalValidationAlongItsTimelineEqualsFullValidation() {
        Stats stats = new Stats();
        PlanGen.check(plans(true), EXAMPLES, plan -> {
            Scenario scenario = scenario(plan, "Phương án", Shape.MIXED);
            Simulation sim = Simulation.of(smallPack(plan.initial())).onFailure(Simulation.OnFailure.SKIP)
                    .only(Step.Status.APPROVED, Step.Status.DONE);
            explained(scenario, () -> {
                SimulationResult r = sim.run(scenario);
                checkTimeline(r);
                stats.add(r);
            });
        });
        stats.assertNotVacuous("small pack");
    }

    /**
     * The timeline invariants of a run of only the APPROVED and DONE steps that skips failed
     * steps: the checks of {@link SimulationInvariants}; every event of the history is a faithful
     * account of its change ({@link HistoryInvariants}); exactly the PLANNED steps are excluded;
     * attrition always applies; nothing is left not run; and the targets' invariant.
     */
    private static void checkTimeline(SimulationResult r) {
        SimulationInvariants.checkReplay(r);
        SimulationInvariants.checkValidation(r);
        SimulationInvariants.checkMeasurements(r, Metrics.standard(r.pack()));
        List<Version> versions = r.history().versions();
        for (int k = 1; k < versions.size(); k++) {
            HistoryInvariants.checkAll(versions.get(k - 1).structure(), versions.get(k).event().orElseThrow(),
                    versions.get(k).structure());
        }
        for (TimelineEntry e : r.timeline()) {
            boolean planned = e.step().map(s -> s.status() == Step.Status.PLANNED).orElse(false);
            boolean excluded = e.outcome() == TimelineEntry.Outcome.EXCLUDED;
            if (planned != excluded) {
                throw new AssertionError("only the APPROVED and DONE steps run: entry " + e + " of a step "
                        + e.step().map(Step::status).orElse(null) + " is " + e.outcome());
            }
            if (e.kind() == TimelineEntry.Kind.ATTRITION && !e.applied()) {
                throw new AssertionError("an attrition projection always applies (it relieves people who hold posts and cuts"
                        + " staff that is there), but " + e + "\n" + r);
            }
            if (e.outcome() == TimelineEntry.Outcome.NOT_RUN) {
                throw new AssertionError("a simulation that skips failed steps never stops, but entry " + e + " was not run");
            }
        }
        checkTargets(r);
    }

    // ------------------------------------------------------------------ reproducibility

    /**
     * The same seed gives the same projection: a scenario with attrition, built twice from the
     * same plan and run twice by each of two simulations of the same pack, gives equal results,
     * printed the same; a copy of the scenario under another name projects the same leavers; and
     * with a yearly rate, a unit whose staff is the same with and without the scenario's steps
     * loses as many people in the first year either way (the draws are seeded by the seed, the
     * year and the unit, not by the order of the units or what else changed).
     */
    @Test
    void theSameSeedGivesTheSameProjection() {
        Stats stats = new Stats();
        PlanGen.check(plans(true), EXAMPLES / 2, plan -> {
            Scenario scenario = scenario(plan, "Phương án", Shape.WITH_ATTRITION);
            Scenario again = scenario(plan, "Phương án", Shape.WITH_ATTRITION);
            explained(scenario, () -> {
                SimulationResult r = SimulationInvariants.checkDeterminism(
                        Simulation.of(smallPack(plan.initial())).onFailure(Simulation.OnFailure.SKIP), scenario);
                SimulationResult r2 = Simulation.of(smallPack(plan.initial())).onFailure(Simulation.OnFailure.SKIP).run(again);
                assertTrue(r.equals(r2) && r.toString().equals(r2.toString()),
                        () -> "the same seed gives the same projection: two simulations of the same pack differ\n" + r + "\n" + r2);
                SimulationResult copy = Simulation.of(smallPack(plan.initial())).onFailure(Simulation.OnFailure.SKIP)
                        .run(scenario.branch("Bản sao").build());
                for (int i = 0; i < r.timeline().size(); i++) {
                    TimelineEntry a = r.timeline().get(i);
                    TimelineEntry b = copy.timeline().get(i);
                    if (!a.equals(b)) {
                        throw new AssertionError("the same seed gives the same projection, whatever the scenario's name: entry " + i
                                + " differs\n  " + a + "\n  " + b);
                    }
                }
                if ((firstChoices(plan).get(6) / 2) % 3 != 2) { // a rate without retirement before it
                    Scenario.Builder none = scenario.branch("Không có bước nào");
                    scenario.steps().forEach(st -> none.remove(st.id()));
                    stats.addAll("units compared with and without steps",
                            sameLeavers(r, Simulation.of(smallPack(plan.initial())).run(none.build())));
                }
                stats.add(r);
            });
        });
        stats.assertAttrition("the same seed");
        assertTrue(stats.count("units compared with and without steps") > 0, "no unit's leavers were compared");
    }

    /**
     * A unit's leavers depend only on the seed, the year, the unit and its staff: in the first
     * year's attrition of two runs, a unit in force with the same actual staff in both loses as
     * many people in both, whatever else the runs changed.
     *
     * @return how many units were compared
     */
    private static int sameLeavers(SimulationResult a, SimulationResult b) {
        int ia = firstAttrition(a);
        int ib = firstAttrition(b);
        if (ia < 0 || ib < 0 || !a.timeline().get(ia).date().equals(b.timeline().get(ib).date())) {
            return 0;
        }
        LocalDate yearEnd = a.timeline().get(ia).date();
        OrgStructure beforeA = a.timeline().get(ia - 1).structure();
        OrgStructure beforeB = b.timeline().get(ib - 1).structure();
        Map<UnitId, Integer> leftA = leavers(a.timeline().get(ia));
        Map<UnitId, Integer> leftB = leavers(b.timeline().get(ib));
        int compared = 0;
        for (Unit u : beforeA.units()) {
            if (!beforeB.contains(u.id()) || !u.validity().contains(yearEnd)) {
                continue;
            }
            Unit v = beforeB.unit(u.id());
            if (!v.validity().contains(yearEnd) || u.actualStaff().orElse(0) != v.actualStaff().orElse(0)) {
                continue;
            }
            compared++;
            int x = leftA.getOrDefault(u.id(), 0);
            int y = leftB.getOrDefault(u.id(), 0);
            if (x != y) {
                throw new AssertionError("a unit's leavers depend only on the seed, the year and the unit: " + u.id() + " with "
                        + u.actualStaff().orElse(0) + " staff loses " + x + " in " + yearEnd.getYear() + " in \"" + a.name()
                        + "\" but " + y + " in \"" + b.name() + "\"\n" + a + "\n" + b);
            }
        }
        return compared;
    }

    private static int firstAttrition(SimulationResult r) {
        for (int i = 0; i < r.timeline().size(); i++) {
            TimelineEntry e = r.timeline().get(i);
            if (e.kind() == TimelineEntry.Kind.ATTRITION) {
                return e.applied() ? i : -1;
            }
        }
        return -1;
    }

    private static Map<UnitId, Integer> leavers(TimelineEntry attrition) {
        Map<UnitId, Integer> out = new HashMap<>();
        for (ChangeEvent ev : attrition.events()) {
            if (ev.change().orElse(null) instanceof ReduceStaff c) {
                out.merge(c.unit(), c.count(), Integer::sum);
            }
        }
        return out;
    }

    /**
     * Parallel runs equal sequential runs: a scenario and its branches (without attrition, with
     * another seed, without its first step, with its last step a month later, with every step
     * approved, and the plan's changes one per step) run with {@link Simulation#runAll} equal
     * their runs one by one, skipping failed steps and stopping at the first. The stopping runs
     * run nothing after their first failure; the plan's changes, one step each, end where the
     * plan's history ends.
     */
    @Test
    void parallelRunsEqualSequentialRuns_andAStoppedSimulationRunsNothingAfterItsFirstFailure() {
        Stats skipping = new Stats();
        Stats stopping = new Stats();
        PlanGen.check(plans(false), EXAMPLES / 2, plan -> {
            Scenario base = scenario(plan, "Phương án", Shape.MIXED);
            List<Scenario> scenarios = branches(plan, base);
            explained(base, () -> {
                RulePack pack = smallPack(plan.initial());
                Simulation skip = Simulation.of(pack).onFailure(Simulation.OnFailure.SKIP).only(Step.Status.APPROVED, Step.Status.DONE);
                List<SimulationResult> rs = SimulationInvariants.checkParallelEqualsSequential(skip, scenarios);
                rs.forEach(skipping::add);
                SimulationResult singly = rs.get(rs.size() - 1);
                if (!singly.finalStructure().equals(plan.history().current())) {
                    throw new AssertionError("a scenario of a plan's changes, one step each, ends where the plan's history ends:\n"
                            + SimulationInvariants.difference(plan.history().current(), singly.finalStructure()) + "\n" + singly);
                }
                Simulation stop = Simulation.of(pack).only(Step.Status.APPROVED, Step.Status.DONE);
                for (SimulationResult r : SimulationInvariants.checkParallelEqualsSequential(stop, scenarios)) {
                    checkStopsAtFirstFailure(r);
                    SimulationInvariants.checkReplay(r);
                    stopping.add(r);
                }
            });
        });
        skipping.assertNotVacuous("parallel, skipping");
        assertTrue(stopping.count("stopped runs") > 0, "no simulation stopped at a failure");
        stopping.print("parallel, stopping");
    }

    private static List<Scenario> branches(Plan plan, Scenario base) {
        List<Scenario> out = new ArrayList<>();
        out.add(base);
        out.add(base.branch("Không tính nghỉ việc").noAttrition().build());
        out.add(base.branch("Hạt giống khác").attrition(Attrition.rate(0.05, seedOf(plan) + 1)).build());
        if (base.steps().size() >= 2) {
            out.add(base.branch("Bỏ bước đầu").remove(base.steps().get(0).id()).build());
            Step last = base.steps().get(base.steps().size() - 1);
            out.add(base.branch("Bước cuối chậm một tháng").replace(last.id(), last.withDate(last.date().plusMonths(1))).build());
        }
        Scenario.Builder approved = base.branch("Phê duyệt tất cả");
        for (Step s : base.steps()) {
            approved.replace(s.id(), s.withStatus(Step.Status.APPROVED));
        }
        out.add(approved.build());
        out.add(scenario(plan, "Từng thay đổi một bước", Shape.SINGLY)); // last: compared with the plan's history
        return out;
    }

    /** After the first failure, steps are not run, no attrition is projected, and targets due from that day are not evaluated. */
    private static void checkStopsAtFirstFailure(SimulationResult r) {
        List<TimelineEntry> t = r.timeline();
        int first = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).outcome() == TimelineEntry.Outcome.FAILED) {
                first = i;
                break;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            TimelineEntry e = t.get(i);
            boolean after = first >= 0 && i > first;
            if (after && e.outcome() != TimelineEntry.Outcome.NOT_RUN) {
                throw new AssertionError("a stopped simulation runs nothing after its first failure (entry " + first + ", "
                        + t.get(first) + "), but entry " + i + " is " + e + "\n" + r);
            }
            if (!after && e.outcome() == TimelineEntry.Outcome.NOT_RUN) {
                throw new AssertionError("a simulation runs every step until it stops, but entry " + i + " is " + e + "\n" + r);
            }
        }
        for (TargetResult tr : r.targets()) {
            boolean due = first >= 0 && !tr.target().deadline().isBefore(t.get(first).date());
            if (due != (tr.status() == TargetResult.Status.NOT_EVALUATED)) {
                throw new AssertionError("a stopped simulation evaluates exactly the targets due before its first failure ("
                        + (first >= 0 ? t.get(first).toString() : "none") + "), but " + tr + "\n" + r);
            }
        }
        LocalDate failed = first >= 0 ? t.get(first).date() : null;
        boolean leftSomething = first >= 0 && (first < t.size() - 1
                || r.targets().stream().anyMatch(tr -> !tr.target().deadline().isBefore(failed)));
        if (r.stopped() != leftSomething) {
            throw new AssertionError("a simulation has stopped iff a failure left steps or targets not run: stopped() is "
                    + r.stopped() + "\n" + r);
        }
    }

    // ------------------------------------------------------------------ targets

    /**
     * A target is met iff the structure in force on its deadline meets it: for
     * {@code Target.atMost(Metrics.organizations(), v, deadline)} the result is MET iff the
     * organizations of {@code result.history().asOf(deadline)} (units in force that day) number at
     * most v; the value reported is that number; and a target met is met since the start of the last
     * run of timeline points, up to its deadline, on which it held. The same for targets on the communes'
     * organizations only ({@link Target#within}) and on the change from the baseline
     * ({@link Target#change}). Structures have units that end or begin after the start, so a
     * deadline can see another number than the last step did. The simulation measures metrics of
     * its own ({@link Simulation#metrics}), which the timeline must hold.
     */
    @Test
    void aTargetIsMetIffTheStructureInForceOnItsDeadlineHasAtMostThatManyOrganizations() {
        Stats stats = new Stats();
        PlanGen.check(plans(true), EXAMPLES, plan -> {
            Scenario scenario = scenario(plan, "Phương án", Shape.TARGETS);
            Simulation sim = Simulation.of(smallPack(plan.initial())).onFailure(Simulation.OnFailure.SKIP)
                    .only(Step.Status.APPROVED, Step.Status.DONE).metrics(METRICS);
            explained(scenario, () -> {
                SimulationResult r = sim.run(scenario);
                SimulationInvariants.checkMeasurements(r, METRICS);
                stats.addAll("deadlines seeing units begin or end", checkTargets(r));
                stats.add(r);
            });
        });
        stats.assertNotVacuous("targets");
        assertTrue(stats.count("targets MET") > 0 && stats.count("targets MISSED") > 0, "targets were both met and missed");
        assertTrue(stats.count("deadlines seeing units begin or end") > 0,
                "some deadline sees another number of organizations than the snapshot in force measured on its own date");
    }

    /**
     * Checks every organizations-at-most target of the result.
     *
     * @return how many deadlines counted another number than the snapshot in force, seen on its own date
     */
    private static int checkTargets(SimulationResult r) {
        int moved = 0;
        for (TargetResult tr : r.targets()) {
            Target t = tr.target();
            if (!t.metric().key().equals("units") || t.reference().isPresent()) {
                continue;
            }
            if (tr.status() == TargetResult.Status.NOT_EVALUATED) {
                if (!r.stopped()) {
                    throw new AssertionError("a simulation that did not stop evaluates every target, but " + tr + "\n" + r);
                }
                continue;
            }
            LocalDate deadline = t.deadline();
            int baseline = organizations(MetricContext.of(r.scenario().baseline()).within(t.scope()));
            int onDeadline = organizations(MetricContext.of(r.history().asOf(deadline)).within(t.scope()));
            Version inForce = r.history().versionAsOf(deadline);
            if (organizations(MetricContext.of(inForce.structure()).within(t.scope())) != onDeadline) {
                moved++;
            }
            boolean met = holds(t, onDeadline, baseline);
            if (tr.met() != met || tr.value().orElse(Double.NaN) != onDeadline || tr.baseline() != baseline) {
                throw new AssertionError("a target is met iff the structure in force on its deadline meets it: " + tr
                        + ", but the structure in force on " + deadline + " (version " + inForce.index() + ") has " + onDeadline
                        + " organizations in scope, against " + baseline + " on the baseline\n" + r);
            }
            // met since: the start of the last run of points up to the deadline where it held — the entries applied, then,
            // after the entries of their date, the dates on which a rule of the pack changes (seen on the structure in force)
            java.util.TreeMap<LocalDate, List<Boolean>> points = new java.util.TreeMap<>();
            for (TimelineEntry e : r.timeline()) {
                if (e.applied() && !e.date().isAfter(deadline)) {
                    points.computeIfAbsent(e.date(), d -> new java.util.ArrayList<>())
                            .add(holds(t, organizations(MetricContext.of(e.validation()).within(t.scope())), baseline));
                }
            }
            LocalDate start = r.scenario().baseline().date();
            LocalDate lastDeadline = r.scenario().targets().stream().map(Target::deadline).max(LocalDate::compareTo).orElse(start);
            java.util.Set<LocalDate> ruleDates = new java.util.TreeSet<>();
            for (org.bomay.core.rules.Rule rule : r.pack().rules()) {
                rule.validity().start().ifPresent(ruleDates::add);
                rule.validity().end().ifPresent(ruleDates::add);
                ruleDates.addAll(rule.boundaries());
            }
            for (LocalDate d : ruleDates) {
                if (d.isAfter(start) && d.isBefore(lastDeadline) && !d.isAfter(deadline)) {
                    points.computeIfAbsent(d, x -> new java.util.ArrayList<>())
                            .add(holds(t, organizations(MetricContext.of(r.history().asOf(d)).within(t.scope())), baseline));
                }
            }
            Optional<LocalDate> since = Optional.empty();
            for (Map.Entry<LocalDate, List<Boolean>> p : points.entrySet()) {
                for (boolean held : p.getValue()) {
                    since = held ? Optional.of(since.orElse(p.getKey())) : Optional.empty();
                }
            }
            Optional<LocalDate> metSince = met ? Optional.of(since.orElse(deadline)) : Optional.empty();
            if (!tr.metSince().equals(metSince)) {
                throw new AssertionError("a target met is met since the start of the last run of timeline points, up to its deadline,"
                        + " on which it held: " + tr + " reports " + tr.metSince() + ", expected " + metSince + "\n" + r);
            }
        }
        return moved;
    }

    /** Whether the count (or its change from the baseline's) is at most, at least or exactly the target's value. */
    private static boolean holds(Target t, int count, int baseline) {
        double x = t.basis() == Target.Basis.VALUE ? count : t.basis() == Target.Basis.CHANGE ? count - baseline
                : (count - baseline) * 100.0 / baseline;
        switch (t.comparator()) {
            case AT_MOST:
                return x <= t.value();
            case AT_LEAST:
                return x >= t.value();
            default:
                return x == t.value();
        }
    }

    private static int organizations(MetricContext ctx) {
        return (int) Metrics.organizations().value(ctx);
    }

    // ------------------------------------------------------------------ scenarios from plans

    /** How a plan becomes a scenario. */
    private enum Shape {
        /** Steps joined, mixed statuses, failing changes injected, attrition for half, targets. */
        MIXED(true, true, true, 2),
        /** The same, attrition always. */
        WITH_ATTRITION(true, true, true, 2),
        /** One step per change, all approved, nothing injected, no attrition, targets. */
        SINGLY(false, false, false, 2),
        /** Like {@link #MIXED} with more targets. */
        TARGETS(true, true, true, 5);

        final boolean join;
        final boolean mixStatuses;
        final boolean inject;
        final int targets;

        Shape(boolean join, boolean mixStatuses, boolean inject, int targets) {
            this.join = join;
            this.mixStatuses = mixStatuses;
            this.inject = inject;
            this.targets = targets;
        }
    }

    /**
     * The scenario of a plan. The last choice {@code d} of the plan step that produced a change
     * decides: the change joins the step before it when {@code d % 3 == 2} (that step moving to
     * the change's date); the step's status is APPROVED, DONE or PLANNED by {@code (d / 4) % 3};
     * a change that cannot apply is added after it when {@code (d / 12) % 6 == 5}. The first
     * step's choices decide the attrition (for half the plans, rate 2% to 10%, seed from two
     * choices) and the targets' deadlines and values.
     */
    private static Scenario scenario(Plan plan, String name, Shape shape) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            Optional<Change> produced = plan.produced().get(i);
            if (produced.isEmpty()) {
                continue;
            }
            Change c = produced.get();
            int d = last(plan.steps().get(i));
            if (shape.join && d % 3 == 2 && !steps.isEmpty()) {
                Step previous = steps.remove(steps.size() - 1);
                Step.Builder joined = previous.withDate(c.effective()).toBuilder().change(c);
                if (shape.inject && (d / 12) % 6 == 5) {
                    joined.change(ReduceStaff.of(c.effective(), NOWHERE, 1));
                }
                steps.add(joined.build());
                continue;
            }
            Step.Status status = shape.mixStatuses ? STATUSES[(d / 4) % 3] : Step.Status.APPROVED;
            Step.Builder b = Step.builder("s" + (i + 1), c.effective(), "Bước " + (i + 1) + ": " + c.type().vietnamese())
                    .change(c).status(status);
            if (i % 2 == 0) {
                b.lead("Ban Tổ chức").partners("Sở Nội vụ");
            }
            if (shape.inject && (d / 12) % 6 == 5) {
                b.change(ReduceStaff.of(c.effective(), NOWHERE, 1));
            }
            steps.add(b.build());
        }
        OrgStructure baseline = plan.initial();
        Scenario.Builder b = Scenario.builder(name, baseline).steps(steps);
        List<Integer> first = firstChoices(plan);
        boolean attrition = shape == Shape.WITH_ATTRITION || (shape != Shape.SINGLY && first.get(6) % 2 == 1);
        if (attrition) {
            b.attrition(attrition(first.get(6), seedOf(plan)));
        }
        if (shape != Shape.SINGLY && first.get(2) % 3 == 0) {
            // a merger shortly before the baseline: its grace periods run into the timeline
            Optional<UnitId> merged = baseline.unitsOf(VnKinds.UBND).stream().map(u -> u.id()).findFirst();
            merged.ifPresent(u -> b.mergers(MergerLog.empty().with(u, baseline.date().minusDays(5 + first.get(2) % 40),
                    List.of(u, UnitId.of("cu.sap-nhap")))));
        }
        int organizations = organizations(MetricContext.of(baseline));
        for (int k = 0; k < shape.targets; k++) {
            int x = first.get((5 + k) % first.size()) + 7 * k;
            // the first target reaches past the end of the first year, so attrition runs at least once
            int days = k == 0 ? 365 + x % 400 : x % 500;
            LocalDate deadline = baseline.date().plusDays(days);
            int delta = x / 7 % 5 - 2;
            Target t;
            if (k % 3 == 1) { // the communes' organizations only
                int communes = organizations(MetricContext.of(baseline).within(COMMUNES));
                t = Target.atMost(Metrics.organizations(), communes + delta, deadline).within(COMMUNES);
            } else if (k % 3 == 2) { // a change from the baseline
                t = Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, delta, Target.Basis.CHANGE, deadline);
            } else {
                t = Target.atMost(Metrics.organizations(), organizations + delta, deadline);
            }
            b.target(t.named("Đầu mối " + (k + 1)));
        }
        return b.build();
    }

    /**
     * An attrition model chosen by {@code a}: a yearly rate of 2% to 10% with the seed, alone,
     * cutting the quota too, or after retirement at 55 to 62.
     */
    private static Attrition attrition(int a, long seed) {
        Attrition rate = Attrition.rate(0.02 + (a / 6 % 9) / 100.0, seed);
        switch ((a / 2) % 3) {
            case 0:
                return rate;
            case 1:
                return rate.alsoQuota();
            default:
                return Attrition.retirementAge(55 + a % 8).and(rate);
        }
    }

    /** The first step's choices; zeros for a plan without steps (which {@link PlanGen#shortestFailing} tries). */
    private static List<Integer> firstChoices(Plan plan) {
        return plan.steps().isEmpty() ? List.of(0, 0, 0, 0, 0, 0, 0, 0) : plan.steps().get(0).choices();
    }

    private static long seedOf(Plan plan) {
        List<Integer> first = firstChoices(plan);
        return first.get(4) * 10_007L + first.get(3);
    }

    private static int last(PlannedStep step) {
        return step.choices().get(step.choices().size() - 1);
    }

    /**
     * Plans of 1 to 8 steps, 20% mistakes, on structures with the attributes the rules select on
     * (and, if {@code dated}, tenures and units that end or begin after the start), as in
     * {@link ValidationPropertiesTest}.
     */
    private static Gen<Plan> plans(boolean dated) {
        return StructureGen.structures(PlanGen.structureConfig())
                .zip(integers().between(0, 9_999), (s, seed) -> ValidationPropertiesTest.decorate(s, seed, dated))
                .zip(lists().of(PlanGen.steps(MISTAKES)).ofSizeBetween(1, 8), PlanGen::plan).describedAs(Plan::toString);
    }

    /** Runs a check, adding the scenario to its failure. */
    private static void explained(Scenario scenario, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\n\nScenario:\n" + scenario, e);
        }
    }

    // ------------------------------------------------------------------ the small pack

    private static RuleInfo info(String id, Period validity) {
        return RuleInfo.of("s." + id, "Quy tắc mô phỏng " + id, "Simulation test rule " + id, BASIS, validity);
    }

    private static PostPattern head(Selector s) {
        return PostPattern.of(s, PostRole.HEAD);
    }

    /** A small pack: a few rule types, two of them coming into force during the plans. */
    static RulePack smallPack(OrgStructure initial) {
        LocalDate start = initial.date();
        ConcurrencyModel secretaryCouncil = ConcurrencyModel.of("secretary=council", "Bí thư đồng thời là Chủ tịch HĐND",
                "Party secretary also chairs the council",
                head(Selector.kinds(VnKinds.TINH_UY, VnKinds.HUYEN_UY, VnKinds.DANG_UY_XA)), head(Selector.kinds(VnKinds.HDND)))
                .allowed(Period.ALWAYS, BASIS);
        return RulePack.of("Gói mô phỏng", List.of(
                DeputyCap.of(info("deputy-cap", Period.ALWAYS), List.of(
                        Cap.of(Selector.kinds(VnKinds.UBND, VnKinds.HDND, VnKinds.UBMTTQ), 2),
                        Cap.of(Selector.atLevels(Level.VILLAGE), 1))).withGrace(java.time.Period.ofDays(30)),
                StaffWithinQuota.of(info("within-quota", Period.ALWAYS), Selector.any()),
                MinimumStaff.of(info("minimum-staff", Period.from(start.plusDays(60))), List.of(
                        Minimum.of(Selector.kinds(VnKinds.PHONG), 5), Minimum.of(Selector.any().parentKinds(VnKinds.HUYEN_UY), 4))),
                SingleHead.of(info("single-head", Period.ALWAYS), Selector.any()),
                BaselineLimit.of(info("baseline-organizations", Period.ALWAYS), BaselineLimit.Measure.ORGANIZATIONS, Selector.any(),
                        initial, 1.0),
                ConcurrentPosts.of(info("concurrent", Period.ALWAYS), List.of(secretaryCouncil), Severity.INFO),
                MaxConcurrentPosts.of(info("max-concurrent", Period.from(start.plusDays(120))), 1)));
    }

    // ------------------------------------------------------------------ counting

    /** Counts what the properties met, so that they are not vacuous. */
    private static final class Stats {
        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

        void addAll(String what, long n) {
            counts.computeIfAbsent(what, k -> new LongAdder()).add(n);
        }

        long count(String what) {
            LongAdder a = counts.get(what);
            return a == null ? 0 : a.sum();
        }

        void add(SimulationResult r) {
            addAll("runs", 1);
            addAll("stopped runs", r.stopped() ? 1 : 0);
            for (TimelineEntry e : r.timeline()) {
                String kind = e.kind() == TimelineEntry.Kind.STEP ? "steps " : e.kind() == TimelineEntry.Kind.ATTRITION ? "attrition " : null;
                if (kind == null) {
                    continue;
                }
                addAll(kind + e.outcome(), 1);
                if (e.applied()) {
                    addAll("entries where violations appeared", e.appeared().isEmpty() ? 0 : 1);
                    addAll("entries where violations were resolved", e.resolved().isEmpty() ? 0 : 1);
                    addAll("violations appeared", e.appeared().size());
                    if (e.kind() == TimelineEntry.Kind.STEP && e.events().size() > 1) {
                        addAll("steps of several changes APPLIED", 1);
                    }
                }
                if (e.applied() && e.kind() == TimelineEntry.Kind.ATTRITION) {
                    e.events().forEach(ev -> addAll("attrition " + ev.type() + " changes", 1));
                }
                if (e.outcome() == TimelineEntry.Outcome.FAILED && e.failure().orElse("").contains(NOWHERE.value())) {
                    addAll("steps failed by an injected change", 1);
                }
            }
            for (TargetResult t : r.targets()) {
                addAll("targets " + t.status(), 1);
            }
        }

        void print(String what) {
            Map<String, Long> sorted = new TreeMap<>();
            counts.forEach((k, v) -> sorted.put(k, v.sum()));
            System.out.println(what + ": " + sorted);
        }

        void assertNotVacuous(String what) {
            print(what);
            Function<String, String> none = k -> what + ": no " + k + " in " + count("runs") + " runs: the property is vacuous";
            for (String k : List.of("steps APPLIED", "steps FAILED", "steps EXCLUDED", "steps failed by an injected change",
                    "steps of several changes APPLIED", "attrition APPLIED", "entries where violations appeared",
                    "entries where violations were resolved")) {
                assertTrue(count(k) > 0, () -> none.apply(k));
            }
        }

        void assertAttrition(String what) {
            print(what);
            assertTrue(count("attrition APPLIED") > 0, () -> what + ": no attrition entry: the property is vacuous");
            assertTrue(count("attrition RELIEVE changes") > 0, () -> what + ": nobody retired: the property is vacuous");
            assertTrue(count("steps APPLIED") > 0, () -> what + ": no step applied: the property is vacuous");
        }
    }
}
