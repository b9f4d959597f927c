package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;

/**
 * One point of a simulation's timeline: the baseline, a step of the scenario, or a year's
 * attrition — what happened (the events, or why it failed), the snapshot and its validation
 * after it, the metrics, and the violations that appeared and were resolved.
 *
 * <pre>{@code
 * for (TimelineEntry e : result.timeline()) {
 *     System.out.println(e.date() + " " + e.label() + " " + e.outcome() + " +" + e.appeared().size() + " −" + e.resolved().size());
 * }
 * result.entry("office-merger").appeared();    // the violations the office merger caused
 * }</pre>
 *
 * <p>An entry that did not apply (failed, excluded by status, or not run after a stop) carries
 * the snapshot, validation and metrics of the state it left unchanged. This class is immutable
 * and thread-safe.
 */
public final class TimelineEntry {

    /** What the entry is. */
    public enum Kind {
        /** The scenario's baseline. */
        BASELINE,
        /** A step of the scenario. */
        STEP,
        /** A year's projected attrition. */
        ATTRITION
    }

    /** What became of it. */
    public enum Outcome {
        /** Applied: its changes are in the history. */
        APPLIED,
        /** A change could not apply; nothing of the step is in the history. */
        FAILED,
        /** Not run: its status was not among those the simulation runs. */
        EXCLUDED,
        /** Not run: the simulation stopped at an earlier failure (a step, or a year's attrition). */
        NOT_RUN
    }

    private final Kind kind;
    private final LocalDate date;
    private final String label;
    private final Optional<Step> step;
    private final Outcome outcome;
    private final Optional<String> failure;
    private final ImmutableList<ChangeEvent> events;
    private final ValidationResult validation;
    private final Measurements measurements;
    private final ImmutableList<Violation> appeared;
    private final ImmutableList<Violation> resolved;

    TimelineEntry(Kind kind, LocalDate date, String label, Optional<Step> step, Outcome outcome, Optional<String> failure,
            ImmutableList<ChangeEvent> events, ValidationResult validation, Measurements measurements,
            ImmutableList<Violation> appeared, ImmutableList<Violation> resolved) {
        this.kind = kind;
        this.date = date;
        this.label = label;
        this.step = step;
        this.outcome = outcome;
        this.failure = failure;
        this.events = events;
        this.validation = validation;
        this.measurements = measurements;
        this.appeared = appeared;
        this.resolved = resolved;
    }

    /** Baseline, step or attrition. */
    public Kind kind() {
        return kind;
    }

    /** The date: the step's, the baseline's, or 31 December of the attrition's year. */
    public LocalDate date() {
        return date;
    }

    /** The step's label, "baseline", or "attrition YYYY". */
    public String label() {
        return label;
    }

    /** The step, for a step entry. */
    public Optional<Step> step() {
        return step;
    }

    /** Applied, failed, excluded or not run. */
    public Outcome outcome() {
        return outcome;
    }

    /** Whether the entry's changes are in the history. */
    public boolean applied() {
        return outcome == Outcome.APPLIED;
    }

    /** Why the step failed: the change and the reason. */
    public Optional<String> failure() {
        return failure;
    }

    /** The events of the changes applied, in order (empty unless applied). */
    public ImmutableList<ChangeEvent> events() {
        return events;
    }

    /** The snapshot after the entry. */
    public OrgStructure structure() {
        return validation.structure();
    }

    /** The validation of the snapshot after the entry. */
    public ValidationResult validation() {
        return validation;
    }

    /** The metrics of the snapshot after the entry. */
    public Measurements measurements() {
        return measurements;
    }

    /**
     * The violations that appeared between the previous entry and this one: those the entry's
     * changes caused, and those that a move of the date brought (a rule coming into force, a
     * tenure ending); {@link #caused()} keeps the first.
     */
    public ImmutableList<Violation> appeared() {
        return appeared;
    }

    /** The violations that appeared and name one of this entry's changes as their {@link Violation#cause()}. */
    public ImmutableList<Violation> caused() {
        return appeared.stream().filter(v -> v.cause().filter(c -> events.stream().anyMatch(e -> e == c)).isPresent())
                .collect(ImmutableList.toImmutableList());
    }

    /** The violations the entry resolved. */
    public ImmutableList<Violation> resolved() {
        return resolved;
    }

    /** Equal when kind, date, label, step, outcome, failure, snapshot, metrics and the violations that appeared and were resolved are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TimelineEntry e && kind == e.kind && date.equals(e.date) && label.equals(e.label)
                && step.equals(e.step) && outcome == e.outcome && failure.equals(e.failure)
                && structure().equals(e.structure()) && measurements.equals(e.measurements) && appeared.equals(e.appeared)
                && resolved.equals(e.resolved);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, date, label, outcome, measurements);
    }

    /** e.g. {@code 2018-07-01 office-merger APPLIED: 1 change, +2 −0 violations}. */
    @Override
    public String toString() {
        return date + " " + step.map(Step::id).orElse(label) + " " + outcome
                + (applied() ? ": " + events.size() + (events.size() == 1 ? " change" : " changes") + ", +" + appeared.size()
                        + " −" + resolved.size() + " violations" : "")
                + failure.map(f -> ": " + f).orElse("");
    }
}
