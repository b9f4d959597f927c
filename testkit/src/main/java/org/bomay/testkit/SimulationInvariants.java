package org.bomay.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.sim.Measurements;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.MetricContext;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.StructureDiff;
import org.bomay.core.sim.TimelineEntry;
import org.bomay.core.structure.OrgStructure;

/**
 * Checks that a {@link SimulationResult} is what its scenario says, entry by entry: the timeline
 * replays to the final structure, each entry's validation (found incrementally by the simulation)
 * equals a full run, each entry's metrics equal a fresh measurement, a run is reproducible, and
 * running scenarios in parallel gives what running them one by one gives. Call them in your own
 * tests with your scenarios and rule packs; each throws an {@link AssertionError} naming the
 * first timeline entry (its index, date, step id or label, and outcome) where the result
 * disagrees, and what differs.
 *
 * <pre>{@code
 * Simulation sim = Simulation.of(VnRules.all()).onFailure(Simulation.OnFailure.SKIP);
 * SimulationResult r = SimulationInvariants.checkDeterminism(sim, programme);
 * SimulationInvariants.checkReplay(r);           // the timeline replays to r.finalStructure()
 * SimulationInvariants.checkValidation(r);       // incremental validation along it equals full validation
 * SimulationInvariants.checkMeasurements(r);     // the metrics are those of each snapshot
 * SimulationInvariants.checkParallelEqualsSequential(sim, List.of(programme, noMerger));
 * }</pre>
 *
 * <p>This class has no dependency on a test framework; it is stateless and thread-safe.
 */
public final class SimulationInvariants {
    private static final int SHOWN = 6;

    private SimulationInvariants() {}

    /**
     * Runs {@link #checkReplay}, {@link #checkValidation} and {@link #checkMeasurements(SimulationResult)}
     * (the standard metrics of the result's pack, as a simulation measures by default).
     *
     * <pre>{@code
     * SimulationInvariants.checkAll(Simulation.of(VnRules.all()).run(programme));
     * }</pre>
     *
     * @throws AssertionError naming the first entry that breaks one of them
     */
    public static void checkAll(SimulationResult result) {
        checkReplay(result);
        checkValidation(result);
        checkMeasurements(result);
    }

    // ------------------------------------------------------------------ replay

    /**
     * "A simulation replays to its final structure": starting a fresh {@link History} from the
     * scenario's baseline and applying, in timeline order, the changes of the scenario's steps
     * whose entries are APPLIED and the changes of the attrition entries, gives each applied
     * entry's snapshot, the result's history version by version, and its final structure. Also
     * checks that
     * <ul>
     *   <li>the baseline entry comes first and holds the baseline;</li>
     *   <li>an applied step's events record exactly its changes, in order, and an attrition
     *       entry's events record relieve and reduce-staff changes on its date;</li>
     *   <li>an entry that did not apply (failed, excluded, not run) has no event and leaves the
     *       snapshot as it was: nothing of a failed step is in the history;</li>
     *   <li>a failed step says why, and its changes indeed cannot all apply on the snapshot it
     *       was tried on;</li>
     *   <li>every entry's snapshot is dated on or before the entry's date, and the timeline's dates
     *       never decrease.</li>
     * </ul>
     *
     * <pre>{@code
     * History replayed = SimulationInvariants.checkReplay(result);
     * replayed.current().equals(result.finalStructure());   // true
     * }</pre>
     *
     * @return the replayed history
     * @throws AssertionError naming the first entry whose replay differs
     */
    public static History checkReplay(SimulationResult result) {
        Objects.requireNonNull(result, "result");
        Scenario scenario = result.scenario();
        List<TimelineEntry> timeline = result.timeline();
        if (timeline.isEmpty() || timeline.get(0).kind() != TimelineEntry.Kind.BASELINE) {
            throw new AssertionError(head(result) + "the timeline does not start with the baseline entry: " + timeline);
        }
        History h = History.start(scenario.baseline());
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            if (i > 0 && e.kind() == TimelineEntry.Kind.BASELINE) {
                throw new AssertionError(entry(result, i) + "a second baseline entry");
            }
            if (i > 0 && e.date().isBefore(timeline.get(i - 1).date())) {
                throw new AssertionError(entry(result, i) + "comes before the entry preceding it, dated "
                        + timeline.get(i - 1).date() + "; a timeline runs in date order");
            }
            if (e.structure().date().isAfter(e.date())) {
                throw new AssertionError(entry(result, i) + "its snapshot is dated " + e.structure().date()
                        + ", after the entry's own date");
            }
            if (e.kind() == TimelineEntry.Kind.BASELINE) {
                sameStructure(result, i, "the baseline entry's snapshot", scenario.baseline(), e.structure());
                continue;
            }
            if (!e.applied()) {
                if (!e.events().isEmpty()) {
                    throw new AssertionError(entry(result, i) + "did not apply but records " + e.events().size()
                            + " events: " + e.events());
                }
                sameStructure(result, i, "the snapshot after an entry that did not apply (it must leave the state as it was)",
                        h.current(), e.structure());
                if (e.outcome() == TimelineEntry.Outcome.FAILED) {
                    checkFailed(result, i, e, h);
                } else if (e.failure().isPresent()) {
                    throw new AssertionError(entry(result, i) + "was not run yet gives a failure: " + e.failure().get());
                }
                continue;
            }
            if (e.failure().isPresent()) {
                throw new AssertionError(entry(result, i) + "applied yet gives a failure: " + e.failure().get());
            }
            List<Change> changes = changesOf(result, i, e);
            for (int j = 0; j < changes.size(); j++) {
                Change c = changes.get(j);
                try {
                    h = h.apply(c);
                } catch (RuntimeException ex) {
                    throw new AssertionError(entry(result, i) + "its change " + (j + 1) + " of " + changes.size() + ", "
                            + c.type() + " " + c.summary() + ", was applied by the simulation but does not apply on replay: "
                            + ex, ex);
                }
            }
            sameStructure(result, i, "the snapshot after the entry (simulation) and the replay of the applied changes",
                    h.current(), e.structure());
        }
        sameStructure(result, timeline.size() - 1, "the final structure (simulation) and the replay of the applied entries",
                h.current(), result.finalStructure());
        checkHistory(result, h);
        return h;
    }

    /** The changes of an applied entry: its step's changes, which its events must record, or its attrition's. */
    private static List<Change> changesOf(SimulationResult result, int i, TimelineEntry e) {
        List<Change> recorded = new ArrayList<>();
        for (ChangeEvent ev : e.events()) {
            if (ev.change().isEmpty() || ev.type() == ChangeType.UNDO) {
                throw new AssertionError(entry(result, i) + "records an event without a change (an undo?): " + ev);
            }
            recorded.add(ev.change().get());
        }
        if (e.kind() == TimelineEntry.Kind.STEP) {
            Step s = e.step().orElseThrow(() -> new AssertionError(entry(result, i) + "is a step entry without its step"));
            if (!result.scenario().steps().contains(s)) {
                throw new AssertionError(entry(result, i) + "names step " + s + ", which is not a step of the scenario");
            }
            if (!recorded.equals(s.changes())) {
                throw new AssertionError(entry(result, i) + "its events record the changes " + summaries(recorded)
                        + " but the step's changes are " + summaries(s.changes()));
            }
            return s.changes();
        }
        if (e.step().isPresent()) {
            throw new AssertionError(entry(result, i) + "an attrition entry names a step: " + e.step().get());
        }
        if (recorded.isEmpty()) {
            throw new AssertionError(entry(result, i) + "an attrition entry applied without any change");
        }
        for (Change c : recorded) {
            if ((c.type() != ChangeType.REDUCE_STAFF && c.type() != ChangeType.RELIEVE) || !c.effective().equals(e.date())) {
                throw new AssertionError(entry(result, i) + "attrition's change " + c.type() + " " + c.summary() + " effective "
                        + c.effective() + " is not a relieve or a staff reduction on the entry's date");
            }
        }
        return recorded;
    }

    private static void checkFailed(SimulationResult result, int i, TimelineEntry e, History before) {
        if (e.failure().isEmpty() || e.failure().get().isBlank()) {
            throw new AssertionError(entry(result, i) + "failed without saying why");
        }
        if (e.kind() != TimelineEntry.Kind.STEP) {
            return; // an attrition's changes are not kept; its failure message names the change
        }
        Step s = e.step().orElseThrow(() -> new AssertionError(entry(result, i) + "is a step entry without its step"));
        History h = before;
        for (Change c : s.changes()) {
            try {
                h = h.apply(c);
            } catch (RuntimeException ex) {
                return; // it indeed cannot apply
            }
        }
        throw new AssertionError(entry(result, i) + "is reported as failed (" + e.failure().get()
                + ") but all its changes apply on the snapshot it was tried on");
    }

    private static void checkHistory(SimulationResult result, History replayed) {
        History h = result.history();
        if (h.size() != replayed.size()) {
            throw new AssertionError(head(result) + "the result's history has " + h.size() + " versions but the replay of the applied"
                    + " entries has " + replayed.size() + "\n  result's events: " + summaries(h.events())
                    + "\n  replayed events: " + summaries(replayed.events()));
        }
        for (int k = 0; k < h.size(); k++) {
            Version a = h.version(k);
            Version b = replayed.version(k);
            if (!a.event().map(ev -> ev.change()).equals(b.event().map(ev -> ev.change()))) {
                throw new AssertionError(head(result) + "version " + k + " of the result's history comes from "
                        + a.event().map(ChangeEvent::toString).orElse("(nothing)") + " but the replay's from "
                        + b.event().map(ChangeEvent::toString).orElse("(nothing)"));
            }
            if (!a.structure().equals(b.structure())) {
                throw new AssertionError(head(result) + "version " + k + " of the result's history differs from the replay's:\n"
                        + difference(b.structure(), a.structure()));
            }
        }
    }

    // ------------------------------------------------------------------ validation

    /**
     * "Incremental validation along a timeline equals full validation": each entry's validation
     * (which the simulation finds with {@link Validator#revalidate} after every change) equals
     * {@code Validator.of(result.pack()).validate(entry.structure(), entry.validation().mergers())}
     * — the same violations in the same order (violations are equal whatever their cause) and
     * the same rules in force. Also checks that
     * <ul>
     *   <li>each entry's merger log is the scenario's {@link Scenario#mergers()} with the mergers
     *       recorded from the events applied so far;</li>
     *   <li>the violations an entry reports as appeared and resolved are the difference between
     *       the full runs before and after it (none for an entry that did not apply);</li>
     *   <li>a violation that names a cause names an event applied so far, and the violations an
     *       entry {@linkplain TimelineEntry#caused() caused} are among those that appeared.</li>
     * </ul>
     *
     * <pre>{@code
     * List<ValidationResult> full = SimulationInvariants.checkValidation(result);
     * full.get(full.size() - 1).violations();   // what the final structure breaks
     * }</pre>
     *
     * @return the full validation results, one per timeline entry
     * @throws AssertionError naming the first entry whose validation differs, rule by rule
     */
    public static List<ValidationResult> checkValidation(SimulationResult result) {
        Objects.requireNonNull(result, "result");
        Validator validator = Validator.of(result.pack());
        List<TimelineEntry> timeline = result.timeline();
        List<ValidationResult> fulls = new ArrayList<>(timeline.size());
        MergerLog log = result.scenario().mergers();
        OrgStructure before = result.scenario().baseline();
        Set<ChangeEvent> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ValidationResult previousFull = null;
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            ValidationResult inc = e.validation();
            if (e.applied()) {
                for (ChangeEvent ev : e.events()) {
                    log = log.record(ev, before);
                    before = afterEvent(result, ev);
                    seen.add(ev);
                }
            }
            if (!inc.mergers().equals(log)) {
                throw new AssertionError(entry(result, i) + "its validation's merger log " + inc.mergers().units()
                        + " differs from the scenario's with the mergers of the events applied so far " + log.units());
            }
            ValidationResult full = validator.validate(e.structure(), inc.mergers());
            compare(result, i, validator, inc, full);
            if (inc.size() != inc.violations().size()) {
                throw new AssertionError(entry(result, i) + "its validation counts " + inc.size() + " violations but lists "
                        + inc.violations().size());
            }
            for (Violation v : inc.violations()) {
                if (v.cause().isPresent() && !seen.contains(v.cause().get())) {
                    throw new AssertionError(entry(result, i) + "violation " + ValidationInvariants.describe(v)
                            + " names as its cause " + v.cause().get() + ", which is not an event applied so far");
                }
            }
            boolean changed = e.applied() && e.kind() != TimelineEntry.Kind.BASELINE;
            List<Violation> appeared = changed ? full.appearedSince(previousFull) : List.of();
            List<Violation> resolved = changed ? full.resolvedSince(previousFull) : List.of();
            sameViolations(result, i, "appeared", appeared, e.appeared());
            sameViolations(result, i, "resolved", resolved, e.resolved());
            for (Violation v : e.caused()) {
                if (!e.appeared().contains(v)) {
                    throw new AssertionError(entry(result, i) + "caused " + ValidationInvariants.describe(v)
                            + ", which is not among the violations that appeared");
                }
            }
            fulls.add(full);
            previousFull = full;
        }
        return fulls;
    }

    /** The snapshot of the result's history after an event, found by identity. */
    private static OrgStructure afterEvent(SimulationResult result, ChangeEvent ev) {
        for (Version v : result.history().versions()) {
            if (v.event().isPresent() && v.event().get() == ev) {
                return v.structure();
            }
        }
        throw new AssertionError(head(result) + "event " + ev + " of the timeline is not in the result's history");
    }

    private static void compare(SimulationResult result, int i, Validator v, ValidationResult inc, ValidationResult full) {
        List<Violation> a = inc.violations();
        List<Violation> f = full.violations();
        List<String> rulesInc = inc.rulesInForce().stream().map(Rule::id).toList();
        List<String> rulesFull = full.rulesInForce().stream().map(Rule::id).toList();
        if (a.equals(f) && rulesInc.equals(rulesFull)) {
            return;
        }
        StringBuilder b = new StringBuilder(entry(result, i));
        b.append("incremental validation along the timeline differs from a full validation of the entry's snapshot");
        if (!rulesInc.equals(rulesFull)) {
            b.append("\n  rules in force, incremental: ").append(rulesInc).append("\n  rules in force, full: ").append(rulesFull);
        }
        List<Violation> onlyInc = ValidationInvariants.minus(a, f);
        List<Violation> onlyFull = ValidationInvariants.minus(f, a);
        Set<String> ids = new TreeSet<>();
        onlyInc.forEach(x -> ids.add(x.ruleId()));
        onlyFull.forEach(x -> ids.add(x.ruleId()));
        for (String id : ids) {
            Rule r = v.pack().rule(id);
            b.append("\n  rule ").append(id).append(" [").append(r.shape()).append(", reads ").append(r.reads()).append(']');
            onlyInc.stream().filter(x -> x.ruleId().equals(id))
                    .forEach(x -> b.append("\n    only in incremental: ").append(ValidationInvariants.describe(x)));
            onlyFull.stream().filter(x -> x.ruleId().equals(id))
                    .forEach(x -> b.append("\n    only in full:        ").append(ValidationInvariants.describe(x)));
        }
        if (ids.isEmpty() && !a.equals(f)) {
            b.append("\n  (the same violations, in another order)\n  incremental: ").append(a).append("\n  full: ").append(f);
        }
        b.append("\n  events of the entry:");
        result.timeline().get(i).events().forEach(ev -> b.append("\n    ").append(ev.describe().stripTrailing().replace("\n", "\n    ")));
        throw new AssertionError(b.toString());
    }

    private static void sameViolations(SimulationResult result, int i, String what, List<Violation> expected,
            List<Violation> actual) {
        if (!expected.equals(actual)) {
            StringBuilder b = new StringBuilder(entry(result, i)).append("the violations it reports as ").append(what)
                    .append(" differ from the difference of full validations before and after it");
            ValidationInvariants.minus(actual, expected)
                    .forEach(x -> b.append("\n  reported only: ").append(ValidationInvariants.describe(x)));
            ValidationInvariants.minus(expected, actual)
                    .forEach(x -> b.append("\n  expected only: ").append(ValidationInvariants.describe(x)));
            throw new AssertionError(b.toString());
        }
    }

    // ------------------------------------------------------------------ measurements

    /**
     * {@link #checkMeasurements(SimulationResult, List)} with {@link Metrics#standard(org.bomay.core.rules.RulePack)}
     * of the result's pack: the metrics a simulation measures unless told otherwise.
     *
     * <pre>{@code
     * SimulationInvariants.checkMeasurements(Simulation.of(VnRules.all()).run(programme));
     * }</pre>
     *
     * @throws AssertionError naming the first entry whose metrics differ, key by key
     */
    public static void checkMeasurements(SimulationResult result) {
        Objects.requireNonNull(result, "result");
        checkMeasurements(result, Metrics.standard(result.pack()));
    }

    /**
     * "A timeline's metrics are those of its snapshots": every entry's measurements equal
     * {@code Measurements.of(metrics, MetricContext.of(entry.validation()))} measured afresh, and
     * are dated on the entry's snapshot. Pass the metrics the simulation was given
     * ({@link Simulation#metrics}); the simulation must count every unit (no
     * {@link Simulation#within}).
     *
     * <pre>{@code
     * List<Metric> mine = List.of(Metrics.organizations(), Metrics.staff());
     * SimulationInvariants.checkMeasurements(Simulation.of(pack).metrics(mine).run(programme), mine);
     * }</pre>
     *
     * @throws AssertionError naming the first entry whose metrics differ, key by key
     */
    public static void checkMeasurements(SimulationResult result, List<? extends Metric> metrics) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(metrics, "metrics");
        List<TimelineEntry> timeline = result.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            Measurements fresh = Measurements.of(metrics, MetricContext.of(e.validation()));
            Measurements m = e.measurements();
            if (fresh.equals(m)) {
                continue;
            }
            StringBuilder b = new StringBuilder(entry(result, i)).append("its metrics differ from a fresh measurement of its snapshot");
            if (!fresh.date().equals(m.date())) {
                b.append("\n  date: measured ").append(m.date()).append(", snapshot ").append(fresh.date());
            }
            Set<String> keys = new LinkedHashSet<>(fresh.keys());
            keys.addAll(m.keys());
            for (String k : keys) {
                Double expected = fresh.asMap().get(k);
                Double actual = m.asMap().get(k);
                if (!Objects.equals(expected, actual)) {
                    b.append("\n  ").append(k).append(": timeline ").append(actual == null ? "(none)" : actual).append(", fresh ")
                            .append(expected == null ? "(none)" : expected);
                }
            }
            if (!List.copyOf(fresh.keys()).equals(List.copyOf(m.keys()))) {
                b.append("\n  keys, timeline: ").append(m.keys()).append("\n  keys, fresh: ").append(fresh.keys());
            }
            throw new AssertionError(b.toString());
        }
    }

    // ------------------------------------------------------------------ reproducibility

    /**
     * "The same scenario gives the same projection": running it twice gives equal results, with
     * equal hash codes and equal {@code toString()} (the timeline and target tables), equal
     * histories and equal target results (an attrition model's seed fixes its draws).
     *
     * <pre>{@code
     * SimulationResult r = SimulationInvariants.checkDeterminism(Simulation.of(VnRules.all()),
     *         programme.branch("với nghỉ việc").attrition(Attrition.rate(0.02, 42)).build());
     * }</pre>
     *
     * @return the first run's result
     * @throws AssertionError naming the first entry where the two runs differ
     */
    public static SimulationResult checkDeterminism(Simulation simulation, Scenario scenario) {
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(scenario, "scenario");
        SimulationResult first = simulation.run(scenario);
        SimulationResult second = simulation.run(scenario);
        sameResult("Running scenario \"" + scenario.name() + "\" twice with " + simulation, "first run", first, "second run",
                second);
        return first;
    }

    /**
     * "Parallel runs equal sequential runs": {@link Simulation#runAll} (in parallel) gives, in the
     * order of the scenarios, results equal to running each with {@link Simulation#run} one after
     * the other (equal, same {@code toString()}, same histories and target results).
     *
     * <pre>{@code
     * List<SimulationResult> rs = SimulationInvariants.checkParallelEqualsSequential(sim,
     *         List.of(programme, programme.branch("Không hợp nhất").remove("office-merger").build()));
     * }</pre>
     *
     * @return the sequential results, in the order of the scenarios
     * @throws AssertionError naming the first scenario, and its first entry, where they differ
     */
    public static List<SimulationResult> checkParallelEqualsSequential(Simulation simulation, List<Scenario> scenarios) {
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(scenarios, "scenarios");
        List<SimulationResult> parallel = simulation.runAll(scenarios);
        List<SimulationResult> sequential = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            sequential.add(simulation.run(s));
        }
        if (parallel.size() != sequential.size()) {
            throw new AssertionError("runAll gave " + parallel.size() + " results for " + scenarios.size() + " scenarios");
        }
        for (int k = 0; k < scenarios.size(); k++) {
            sameResult("Scenario " + (k + 1) + " of " + scenarios.size() + ", \"" + scenarios.get(k).name() + "\", with " + simulation,
                    "parallel run (runAll)", parallel.get(k), "sequential run", sequential.get(k));
        }
        return sequential;
    }

    private static void sameResult(String what, String nameA, SimulationResult a, String nameB, SimulationResult b) {
        if (!a.name().equals(b.name())) {
            throw new AssertionError(what + ": the " + nameA + " is of scenario \"" + a.name() + "\", the " + nameB + " of \""
                    + b.name() + "\"");
        }
        List<TimelineEntry> ta = a.timeline();
        List<TimelineEntry> tb = b.timeline();
        for (int i = 0; i < Math.min(ta.size(), tb.size()); i++) {
            TimelineEntry x = ta.get(i);
            TimelineEntry y = tb.get(i);
            if (!x.equals(y) || !x.toString().equals(y.toString()) || !x.validation().violations().equals(y.validation().violations())) {
                throw new AssertionError(what + ": entry " + i + " differs between the two runs\n  " + nameA + ": " + x + "\n  "
                        + nameB + ": " + y + entryDifference(x, y));
            }
        }
        if (ta.size() != tb.size()) {
            throw new AssertionError(what + ": the " + nameA + " has " + ta.size() + " timeline entries, the " + nameB + " "
                    + tb.size() + "\n" + a + "\n" + b);
        }
        if (!a.targets().equals(b.targets())) {
            throw new AssertionError(what + ": the target results differ\n  " + nameA + ": " + a.targets() + "\n  " + nameB + ": "
                    + b.targets());
        }
        if (a.history().size() != b.history().size()) {
            throw new AssertionError(what + ": the histories have " + a.history().size() + " and " + b.history().size() + " versions");
        }
        for (int k = 0; k < a.history().size(); k++) {
            if (!a.history().version(k).structure().equals(b.history().version(k).structure())) {
                throw new AssertionError(what + ": version " + k + " of the histories differs:\n"
                        + difference(a.history().version(k).structure(), b.history().version(k).structure()));
            }
        }
        if (!a.equals(b) || a.hashCode() != b.hashCode()) {
            throw new AssertionError(what + ": the results are not equal (or their hash codes differ) although their timelines,"
                    + " targets and histories are\n" + a + "\n" + b);
        }
        String sa = a.toString();
        String sb = b.toString();
        if (!sa.equals(sb)) {
            throw new AssertionError(what + ": equal results print differently\n  " + nameA + ":\n" + sa + "\n  " + nameB + ":\n" + sb);
        }
    }

    private static String entryDifference(TimelineEntry x, TimelineEntry y) {
        StringBuilder b = new StringBuilder();
        if (!x.structure().equals(y.structure())) {
            b.append("\n  snapshots differ:\n").append(difference(x.structure(), y.structure()));
        }
        if (!x.measurements().equals(y.measurements())) {
            for (Measurements.Delta d : y.measurements().changesFrom(x.measurements())) {
                if (d.change() != 0) {
                    b.append("\n  metric ").append(d);
                }
            }
        }
        if (!x.validation().violations().equals(y.validation().violations())) {
            ValidationInvariants.minus(x.validation().violations(), y.validation().violations())
                    .forEach(v -> b.append("\n  violation only in the first: ").append(ValidationInvariants.describe(v)));
            ValidationInvariants.minus(y.validation().violations(), x.validation().violations())
                    .forEach(v -> b.append("\n  violation only in the second: ").append(ValidationInvariants.describe(v)));
        }
        if (!x.appeared().equals(y.appeared()) || !x.resolved().equals(y.resolved())) {
            b.append("\n  appeared ").append(x.appeared().size()).append(" vs ").append(y.appeared().size()).append(", resolved ")
                    .append(x.resolved().size()).append(" vs ").append(y.resolved().size());
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ messages

    private static String head(SimulationResult r) {
        return "Scenario \"" + r.name() + "\" against " + r.pack().name() + ": ";
    }

    /** e.g. {@code Scenario "x" against P: entry 3 of 9 (2020-03-01 s3, FAILED: ...): }. */
    private static String entry(SimulationResult r, int i) {
        TimelineEntry e = r.timeline().get(i);
        return head(r) + "entry " + i + " of " + (r.timeline().size() - 1) + " (" + e.kind() + " "
                + e.step().map(Step::toString).orElse(e.date() + " " + e.label()) + ", " + e.outcome()
                + e.failure().map(f -> ": " + f).orElse("") + "): ";
    }

    private static void sameStructure(SimulationResult r, int i, String what, OrgStructure expected, OrgStructure actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError(entry(r, i) + what + " differ:\n" + difference(expected, actual));
        }
    }

    private static String summaries(List<?> items) {
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            out.add(o instanceof Change c ? c.type() + " " + c.effective() + " " + c.summary() : String.valueOf(o));
        }
        return out.toString();
    }

    /**
     * What differs between two snapshots: dates, units, posts, people, tenures and relations,
     * a few of each.
     */
    static String difference(OrgStructure expected, OrgStructure actual) {
        StringBuilder b = new StringBuilder();
        b.append("  expected ").append(expected).append("\n  actual   ").append(actual);
        if (!expected.date().equals(actual.date())) {
            b.append("\n  dates differ: expected ").append(expected.date()).append(", actual ").append(actual.date());
        }
        StructureDiff d = StructureDiff.between(expected, actual);
        if (!d.isEmpty()) {
            b.append("\n  ").append(d.toString().stripTrailing().replace("\n", "\n  "));
        }
        list(b, "unit", expected.units(), actual.units(), Unit::id);
        list(b, "post", expected.posts(), actual.posts(), Post::id);
        list(b, "person", expected.people(), actual.people(), Person::id);
        onlyIn(b, "tenure", expected.tenures(), actual.tenures());
        onlyIn(b, "relation", expected.relations(), actual.relations());
        return b.toString();
    }

    private static <T, K> void list(StringBuilder b, String what, List<T> expected, List<T> actual, Function<T, K> id) {
        Map<K, T> byId = new LinkedHashMap<>();
        actual.forEach(x -> byId.put(id.apply(x), x));
        int shown = 0;
        for (T x : expected) {
            T y = byId.get(id.apply(x));
            if (y != null && !x.equals(y) && shown++ < SHOWN) {
                b.append("\n  ").append(what).append(' ').append(id.apply(x)).append(" differs:\n    expected ").append(x)
                        .append("\n    actual   ").append(y);
            }
        }
        onlyIn(b, what, expected.stream().map(id).toList(), actual.stream().map(id).toList());
    }

    private static <T> void onlyIn(StringBuilder b, String what, List<T> expected, List<T> actual) {
        Set<T> e = new LinkedHashSet<>(expected);
        Set<T> a = new LinkedHashSet<>(actual);
        List<T> missing = expected.stream().filter(x -> !a.contains(x)).limit(SHOWN).toList();
        List<T> extra = actual.stream().filter(x -> !e.contains(x)).limit(SHOWN).toList();
        if (!missing.isEmpty()) {
            b.append("\n  ").append(what).append("s only expected: ").append(missing);
        }
        if (!extra.isEmpty()) {
            b.append("\n  ").append(what).append("s only actual: ").append(extra);
        }
    }
}
