package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bomay.core.BomayException;
import org.bomay.core.history.History;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.structure.OrgStructure;

/**
 * The result of running a {@link Scenario}: the timeline (baseline, steps, attrition), the target
 * attainment table, the history of the snapshots and the final structure with its validation.
 *
 * <pre>{@code
 * SimulationResult r = Simulation.of(VnRules.all()).run(programme);
 * System.out.println(r);                        // summary, timeline and targets
 * r.entry("office-merger").appeared();          // what the merger broke
 * r.targets();                                  // met or missed, value, date
 * r.finalStructure().tree(KimBang.UBND, 1);
 * System.out.println(r.reductions());           // metrics that changed, absolute and in percent
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimulationResult {
    private final Scenario scenario;
    private final RulePack pack;
    private final ImmutableList<TimelineEntry> timeline;
    private final ImmutableList<TargetResult> targets;
    private final History history;

    SimulationResult(Scenario scenario, RulePack pack, ImmutableList<TimelineEntry> timeline, ImmutableList<TargetResult> targets,
            History history) {
        this.scenario = scenario;
        this.pack = pack;
        this.timeline = timeline;
        this.targets = targets;
        this.history = history;
    }

    /** The scenario run. */
    public Scenario scenario() {
        return scenario;
    }

    /** The scenario's name. */
    public String name() {
        return scenario.name();
    }

    /** The rule pack it ran against. */
    public RulePack pack() {
        return pack;
    }

    /** The timeline: the baseline first, then the steps and attrition in date order. */
    public ImmutableList<TimelineEntry> timeline() {
        return timeline;
    }

    /**
     * The timeline entry of a step.
     *
     * @throws BomayException naming the step ids there are if the scenario has no such step
     */
    public TimelineEntry entry(String stepId) {
        return timeline.stream().filter(e -> e.step().filter(s -> s.id().equals(stepId)).isPresent()).findFirst()
                .orElseThrow(() -> new BomayException("Scenario " + name() + " has no step " + stepId + "; its steps are "
                        + scenario.steps().stream().map(Step::id).toList()));
    }

    /** The entries whose step or attrition failed. */
    public ImmutableList<TimelineEntry> failures() {
        return timeline.stream().filter(e -> e.outcome() == TimelineEntry.Outcome.FAILED).collect(ImmutableList.toImmutableList());
    }

    /** Whether the run stopped at a failure before the end. */
    public boolean stopped() {
        return timeline.stream().anyMatch(e -> e.outcome() == TimelineEntry.Outcome.NOT_RUN)
                || targets.stream().anyMatch(t -> t.status() == TargetResult.Status.NOT_EVALUATED);
    }

    /** The target attainment table, in the scenario's order. */
    public ImmutableList<TargetResult> targets() {
        return targets;
    }

    /**
     * The result of a target.
     *
     * @throws BomayException naming the labels there are if no target has this label
     */
    public TargetResult target(String label) {
        return targets.stream().filter(t -> t.target().label().equals(label)).findFirst()
                .orElseThrow(() -> new BomayException("Scenario " + name() + " has no target '" + label + "'; its targets are "
                        + targets.stream().map(t -> t.target().label()).toList()));
    }

    /** The history: the baseline and one version per change applied (steps and attrition). */
    public History history() {
        return history;
    }

    /** The structure after the last entry applied. */
    public OrgStructure finalStructure() {
        return history.current();
    }

    /** The validation of the final structure. */
    public ValidationResult finalValidation() {
        return timeline.get(timeline.size() - 1).validation();
    }

    /** The metrics of the baseline. */
    public Measurements baselineMeasurements() {
        return timeline.get(0).measurements();
    }

    /** The metrics of the final structure. */
    public Measurements finalMeasurements() {
        return timeline.get(timeline.size() - 1).measurements();
    }

    /** Every metric's change from the baseline to the end, absolute and in percent. */
    public ImmutableList<Measurements.Delta> reductions() {
        return finalMeasurements().changesFrom(baselineMeasurements());
    }

    /** The metrics that changed from the baseline to the end, as a table. */
    public String reductionTable() {
        return finalMeasurements().changeTable(baselineMeasurements(), true);
    }

    /**
     * The timeline as a table: date, step, outcome, organizations, staff, violations (errors,
     * warnings) and how many appeared and were resolved; failures below it.
     */
    public String timelineTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("date", "step", "status", "outcome", "units", "staff", "errors", "warnings", "+viol", "−viol"));
        for (TimelineEntry e : timeline) {
            Measurements m = e.measurements();
            rows.add(List.of(e.date().toString(), e.step().map(Step::id).orElse(e.label()),
                    e.step().map(s -> s.status().toString()).orElse(""), e.outcome().toString(),
                    Measurements.render(m.asMap(), "units"), Measurements.render(m.asMap(), "staff.actual"),
                    Integer.toString(e.validation().count(Severity.ERROR)), Integer.toString(e.validation().count(Severity.WARNING)),
                    e.applied() ? Integer.toString(e.appeared().size()) : "", e.applied() ? Integer.toString(e.resolved().size()) : ""));
        }
        StringBuilder b = new StringBuilder(Format.table(rows, "LLLL"));
        for (TimelineEntry e : failures()) {
            b.append("failed: ").append(e.date()).append(' ').append(e.step().map(Step::id).orElse(e.label())).append(": ")
                    .append(e.failure().orElse("")).append('\n');
        }
        return b.toString();
    }

    /** The target attainment table: target, deadline, baseline, value, compared, result, met since. */
    public String targetTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("target", "deadline", "baseline", "value", "compared", "result", "met since"));
        for (TargetResult t : targets) {
            Target g = t.target();
            String unit = g.basis() == Target.Basis.PERCENT ? "%" : "";
            rows.add(List.of(g.label(), g.deadline().toString(), Format.number(t.baseline()),
                    t.value().isPresent() ? Format.number(t.value().getAsDouble()) : "–",
                    (t.compared().isPresent() ? (g.basis() == Target.Basis.VALUE ? Format.number(t.compared().getAsDouble())
                            : Format.signed(t.compared().getAsDouble())) + unit : "–") + " " + g.comparator().symbol() + " "
                            + Format.number(g.value()) + unit,
                    t.status().toString(), t.metSince().map(Object::toString).orElse("–")));
        }
        return Format.table(rows, "LL");
    }

    /** How many targets were met, e.g. {@code 3/4}. */
    public String targetsMet() {
        return targets.stream().filter(TargetResult::met).count() + "/" + targets.size();
    }

    /** Equal when the scenario's name, the timeline and the target results are equal (see {@link TimelineEntry#equals}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SimulationResult r && name().equals(r.name()) && timeline.equals(r.timeline) && targets.equals(r.targets)
                && finalStructure().equals(r.finalStructure());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name(), timeline, targets);
    }

    /** A summary line, the timeline table and the target table. */
    @Override
    public String toString() {
        long applied = timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.STEP && e.applied()).count();
        long steps = timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.STEP).count();
        Measurements m0 = baselineMeasurements();
        Measurements m1 = finalMeasurements();
        StringBuilder b = new StringBuilder();
        b.append("Simulation of \"").append(name()).append("\" against ").append(pack.name()).append(": ").append(applied).append('/')
                .append(steps).append(" steps applied").append(failures().isEmpty() ? "" : ", " + failures().size() + " failed")
                .append(stopped() ? ", stopped" : "").append("; units ").append(Measurements.render(m0.asMap(), "units")).append(" → ")
                .append(Measurements.render(m1.asMap(), "units")).append(", errors ")
                .append(timeline.get(0).validation().count(Severity.ERROR)).append(" → ").append(finalValidation().count(Severity.ERROR))
                .append(", targets met ").append(targetsMet()).append('\n');
        b.append(timelineTable());
        if (!targets.isEmpty()) {
            b.append(targetTable());
        }
        return b.toString();
    }
}
