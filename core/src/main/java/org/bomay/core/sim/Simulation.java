package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.history.History;
import org.bomay.core.internal.Checks;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.types.Selector;

/**
 * Runs scenarios against a rule pack. A run is deterministic: it applies the steps in date order
 * (each step all or nothing), the attrition model (if any) on 31 December of each year, validates
 * incrementally after every change, measures the metrics after every step, and judges each
 * target on its deadline. A step that cannot apply is reported with the change and the reason;
 * the simulation then stops ({@link OnFailure#STOP}, the default) or goes on without it
 * ({@link OnFailure#SKIP}).
 *
 * <pre>{@code
 * Simulation sim = Simulation.of(VnRules.all()).onFailure(Simulation.OnFailure.SKIP);
 * SimulationResult r = sim.run(programme);
 * System.out.println(r);                                   // summary, timeline, targets
 * List<SimulationResult> both = sim.runAll(List.of(programme, noMerger));   // in parallel
 * System.out.println(Comparison.of(both));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@code with…}-style methods return copies.
 */
public final class Simulation {

    /** What to do when a step cannot apply. */
    public enum OnFailure {
        /** Stop: later steps are reported as not run, later targets as not evaluated. */
        STOP,
        /** Report the step as failed and go on without it. */
        SKIP
    }

    private final RulePack pack;
    private final Validator validator;
    private final OnFailure onFailure;
    private final Optional<ImmutableList<Metric>> metrics;
    private final Set<Step.Status> statuses;
    private final Selector scope;

    private Simulation(RulePack pack, OnFailure onFailure, Optional<ImmutableList<Metric>> metrics, Set<Step.Status> statuses,
            Selector scope) {
        this.pack = pack;
        this.validator = Validator.of(pack);
        this.onFailure = onFailure;
        this.metrics = metrics;
        this.statuses = statuses;
        this.scope = scope;
    }

    /**
     * A simulation against a rule pack, stopping at the first failed step, measuring
     * {@link Metrics#standard(RulePack)} over every unit, running steps of every status.
     *
     * <pre>{@code
     * Simulation.of(VnRules.all()).run(scenario);
     * Simulation.of(RulePack.of("none")).run(scenario);    // no rules: metrics and targets only
     * }</pre>
     */
    public static Simulation of(RulePack pack) {
        Checks.notNull(pack, "Simulation.of: the rule pack");
        return new Simulation(pack, OnFailure.STOP, Optional.empty(), EnumSet.allOf(Step.Status.class), Selector.any());
    }

    /** A copy that stops at, or skips, a failed step. */
    public Simulation onFailure(OnFailure policy) {
        return new Simulation(pack, Checks.notNull(policy, "Simulation.onFailure: the policy"), metrics, statuses, scope);
    }

    /**
     * A copy that measures these metrics on the timeline instead of the standard set (targets
     * measure their own metric in any case).
     *
     * <pre>{@code
     * sim.metrics(List.of(Metrics.organizations(), Metrics.staff(), myMetric));
     * }</pre>
     */
    public Simulation metrics(List<? extends Metric> timelineMetrics) {
        Checks.noNulls(timelineMetrics, "Simulation.metrics: the metrics");
        return new Simulation(pack, onFailure, Optional.of(ImmutableList.copyOf(timelineMetrics)), statuses, scope);
    }

    /**
     * A copy that runs only the steps with these statuses; the others show as excluded.
     *
     * <pre>{@code
     * sim.only(Step.Status.APPROVED, Step.Status.DONE);    // what has been decided, without the plans
     * }</pre>
     */
    public Simulation only(Step.Status... included) {
        Checks.notNull(included, "Simulation.only: the statuses");
        if (included.length == 0) {
            throw new BomayException("Simulation.only: name at least one status (PLANNED, APPROVED, DONE)");
        }
        Set<Step.Status> s = EnumSet.noneOf(Step.Status.class);
        for (Step.Status st : included) {
            s.add(Checks.notNull(st, "Simulation.only: a status"));
        }
        return new Simulation(pack, onFailure, metrics, s, scope);
    }

    /** A copy whose timeline metrics count only the units the selector matches (targets keep their own scope). */
    public Simulation within(Selector timelineScope) {
        return new Simulation(pack, onFailure, metrics, statuses, Checks.notNull(timelineScope, "Simulation.within: the scope"));
    }

    /** The rule pack. */
    public RulePack pack() {
        return pack;
    }

    /**
     * Runs many scenarios in parallel; the results, in the order of the scenarios, equal those of
     * running them one by one.
     *
     * @throws BomayException if two scenarios have the same name, or as {@link #run} does
     */
    public ImmutableList<SimulationResult> runAll(List<Scenario> scenarios) {
        Checks.noNulls(scenarios, "Simulation.runAll: the scenarios");
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios) {
            if (!names.add(s.name())) {
                throw new BomayException("Simulation.runAll: two scenarios are named \"" + s.name() + "\"; give each branch its own name");
            }
        }
        return scenarios.parallelStream().map(this::run).collect(ImmutableList.toImmutableList());
    }

    /**
     * Runs one scenario.
     *
     * @throws BomayException if a target cannot be measured on the baseline (a percent change
     *     from 0, a metric that gives no single value, a rule id the pack does not have)
     */
    public SimulationResult run(Scenario scenario) {
        Checks.notNull(scenario, "Simulation.run: the scenario");
        return new Run(scenario).go();
    }

    private ImmutableList<Metric> timelineMetrics() {
        return metrics.orElseGet(() -> Metrics.standard(pack));
    }

    /** One run: mutable while it runs, never shared. */
    private final class Run {
        private final Scenario scenario;
        private final ImmutableList<Metric> metricList = timelineMetrics();
        private final List<TimelineEntry> timeline = new ArrayList<>();
        private final Map<Target, TargetResult> results = new LinkedHashMap<>();
        private final Map<Target, Double> baselines = new LinkedHashMap<>();
        /** Per target, the date since which it has held at every point of the timeline so far (absent: it does not hold now). */
        private final Map<Target, LocalDate> since = new LinkedHashMap<>();
        private History history;
        private ValidationResult validation;
        private Measurements measured;
        private boolean stopped;

        Run(Scenario scenario) {
            this.scenario = scenario;
        }

        SimulationResult go() {
            history = History.start(scenario.baseline());
            validation = validator.validate(scenario.baseline(), scenario.mergers());
            measured = measure(validation);
            timeline.add(new TimelineEntry(TimelineEntry.Kind.BASELINE, scenario.baseline().date(), "baseline", Optional.empty(),
                    TimelineEntry.Outcome.APPLIED, Optional.empty(), ImmutableList.of(), validation, measured, ImmutableList.of(),
                    ImmutableList.of()));
            for (Target t : scenario.targets()) {
                MetricContext ctx = MetricContext.of(validation).within(t.scope());
                double base = t.reference().isPresent() ? t.reference().getAsDouble() : valueOf(t, ctx);
                t.compared(base, base); // fails now, naming the target, for a percent change from 0
                baselines.put(t, base);
                note(t, ctx, validation.date());
            }
            for (Point p : agenda()) {
                if (p.step != null) {
                    step(p.step);
                } else if (p.target != null) {
                    judge(p.target);
                } else if (p.order == CHECKPOINT) {
                    checkpoint(p.date);
                } else if (stopped) {
                    add(TimelineEntry.Kind.ATTRITION, p.date, "attrition " + p.date.getYear(), null, TimelineEntry.Outcome.NOT_RUN, null);
                } else {
                    attrition(p.date);
                }
            }
            return new SimulationResult(scenario, pack, ImmutableList.copyOf(timeline),
                    scenario.targets().stream().map(results::get).collect(ImmutableList.toImmutableList()), history);
        }

        private double valueOf(Target t, MetricContext ctx) {
            try {
                return t.metric().value(ctx);
            } catch (BomayException e) {
                throw new BomayException("Target '" + t.label() + "' of scenario " + scenario.name() + ": " + e.getMessage(), e);
            }
        }

        /** Records whether the target holds at a point of the timeline up to its deadline. */
        private void note(Target t, MetricContext ctx, LocalDate date) {
            if (date.isAfter(t.deadline())) {
                return;
            }
            if (t.holds(valueOf(t, ctx), baselines.get(t))) {
                since.putIfAbsent(t, date);
            } else {
                since.remove(t);
            }
        }

        private Measurements measure(ValidationResult v) {
            try {
                return Measurements.of(metricList, MetricContext.of(v).within(scope));
            } catch (BomayException e) {
                throw new BomayException("Simulation of scenario " + scenario.name() + ", metrics on " + v.date() + ": "
                        + e.getMessage(), e);
            }
        }

        private void step(Step s) {
            if (stopped) {
                add(TimelineEntry.Kind.STEP, s.date(), s.label(), s, TimelineEntry.Outcome.NOT_RUN, null);
                return;
            }
            if (!statuses.contains(s.status())) {
                add(TimelineEntry.Kind.STEP, s.date(), s.label(), s, TimelineEntry.Outcome.EXCLUDED, null);
                return;
            }
            apply(TimelineEntry.Kind.STEP, s.date(), s.label(), s, s.changes());
        }

        private void attrition(LocalDate yearEnd) {
            Attrition a = scenario.attrition().orElseThrow();
            History h = history;
            ValidationResult v = validation;
            List<ChangeEvent> events = new ArrayList<>();
            String label = "attrition " + yearEnd.getYear();
            for (int part = 0; part < a.parts(); part++) {
                for (Change c : a.leavers(part, h.current(), yearEnd)) {
                    try {
                        h = h.apply(c);
                    } catch (BomayException e) {
                        add(TimelineEntry.Kind.ATTRITION, yearEnd, label, null, TimelineEntry.Outcome.FAILED,
                                c.type() + " " + c.summary() + ": " + e.getMessage());
                        stopped = onFailure == OnFailure.STOP;
                        return;
                    }
                    ChangeEvent e = h.events().get(h.events().size() - 1);
                    v = validator.revalidate(v, h.current(), e);
                    events.add(e);
                }
            }
            if (!events.isEmpty()) {
                record(TimelineEntry.Kind.ATTRITION, yearEnd, label, null, h, v, events);
            }
        }

        private void apply(TimelineEntry.Kind kind, LocalDate date, String label, Step s, List<Change> changes) {
            History h = history;
            ValidationResult v = validation;
            List<ChangeEvent> events = new ArrayList<>();
            for (Change c : changes) {
                try {
                    h = h.apply(c);
                } catch (BomayException e) {
                    add(kind, date, label, s, TimelineEntry.Outcome.FAILED, c.type() + " " + c.summary() + ": " + e.getMessage());
                    stopped = onFailure == OnFailure.STOP;
                    return;
                }
                ChangeEvent e = h.events().get(h.events().size() - 1);
                v = validator.revalidate(v, h.current(), e);
                events.add(e);
            }
            record(kind, date, label, s, h, v, events);
        }

        private void record(TimelineEntry.Kind kind, LocalDate date, String label, Step s, History h, ValidationResult v,
                List<ChangeEvent> events) {
            ImmutableList<org.bomay.core.rules.Violation> appeared = v.appearedSince(validation);
            ImmutableList<org.bomay.core.rules.Violation> resolved = v.resolvedSince(validation);
            history = h;
            validation = v;
            measured = measure(v);
            timeline.add(new TimelineEntry(kind, date, label, Optional.ofNullable(s), TimelineEntry.Outcome.APPLIED, Optional.empty(),
                    ImmutableList.copyOf(events), v, measured, appeared, resolved));
            for (Target t : scenario.targets()) {
                if (!date.isAfter(t.deadline())) {
                    note(t, MetricContext.of(v).within(t.scope()), date);
                }
            }
        }

        private void add(TimelineEntry.Kind kind, LocalDate date, String label, Step s, TimelineEntry.Outcome outcome, String failure) {
            timeline.add(new TimelineEntry(kind, date, label, Optional.ofNullable(s), outcome, Optional.ofNullable(failure),
                    ImmutableList.of(), validation, measured, ImmutableList.of(), ImmutableList.of()));
        }

        /**
         * A date on which a rule comes into or goes out of force, or changes its behaviour: the
         * targets are noted on the state of that day, so that "met since" sees a law that changed
         * between two steps.
         */
        private void checkpoint(LocalDate date) {
            if (stopped) {
                return;
            }
            ValidationResult onDate = validator.revalidateOn(validation, date);
            for (Target t : scenario.targets()) {
                if (!date.isAfter(t.deadline())) {
                    note(t, MetricContext.of(onDate).within(t.scope()), date);
                }
            }
        }

        private void judge(Target t) {
            if (stopped) {
                results.put(t, new TargetResult(t, TargetResult.Status.NOT_EVALUATED, OptionalDouble.empty(), baselines.get(t),
                        Optional.empty()));
                return;
            }
            ValidationResult onDeadline = validator.revalidateOn(validation, t.deadline());
            MetricContext ctx = MetricContext.of(onDeadline).within(t.scope());
            double v = valueOf(t, ctx);
            note(t, ctx, t.deadline());
            boolean met = t.holds(v, baselines.get(t));
            results.put(t, new TargetResult(t, met ? TargetResult.Status.MET : TargetResult.Status.MISSED, OptionalDouble.of(v),
                    baselines.get(t), met ? Optional.of(since.get(t)) : Optional.empty()));
        }

        /**
         * Steps, year ends, the dates the rules change (for the targets) and deadlines in date
         * order; on one date steps first, then attrition, then rule changes, then deadlines.
         */
        private List<Point> agenda() {
            List<Point> points = new ArrayList<>();
            int i = 0;
            for (Step s : scenario.steps()) {
                points.add(new Point(s.date(), 0, i++, s, null));
            }
            LocalDate start = scenario.baseline().date();
            LocalDate end = scenario.end();
            if (scenario.attrition().isPresent()) {
                for (int y = start.getYear(); y <= end.getYear(); y++) {
                    LocalDate yearEnd = LocalDate.of(y, 12, 31);
                    if (yearEnd.isAfter(start) && !yearEnd.isAfter(end)) {
                        points.add(new Point(yearEnd, 1, i++, null, null));
                    }
                }
            }
            for (Target t : scenario.targets()) {
                points.add(new Point(t.deadline(), 3, i++, null, t));
            }
            LocalDate lastDeadline = scenario.targets().stream().map(Target::deadline).max(Comparator.naturalOrder()).orElse(start);
            Set<LocalDate> changes = new java.util.TreeSet<>();
            for (org.bomay.core.rules.Rule r : pack.rules()) {
                r.validity().start().ifPresent(changes::add);
                r.validity().end().ifPresent(changes::add);
                changes.addAll(r.boundaries());
            }
            for (LocalDate d : changes) {
                if (d.isAfter(start) && d.isBefore(lastDeadline)) {
                    points.add(new Point(d, CHECKPOINT, i++, null, null));
                }
            }
            points.sort(Comparator.comparing((Point p) -> p.date).thenComparingInt(p -> p.order).thenComparingInt(p -> p.index));
            return points;
        }
    }

    /** The order of a rule's change of validity among the points of one date. */
    private static final int CHECKPOINT = 2;

    private record Point(LocalDate date, int order, int index, Step step, Target target) {}

    /** e.g. {@code Simulation[RulePack[Việt Nam, 29 rules], STOP, all statuses]}. */
    @Override
    public String toString() {
        return "Simulation[" + pack + ", " + onFailure + ", "
                + (statuses.size() == Step.Status.values().length ? "all statuses" : "only " + Sets.newTreeSet(statuses))
                + (scope.equals(Selector.any()) ? "" : ", within " + scope) + "]";
    }
}
