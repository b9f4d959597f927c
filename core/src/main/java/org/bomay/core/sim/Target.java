package org.bomay.core.sim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.rules.types.Selector;

/**
 * A target of a programme ("chỉ tiêu"): a metric, a comparator, a value and a deadline, over a
 * scope. The value is either the metric itself, its change from the baseline, or its change in
 * percent of the baseline; the baseline is the metric on the scenario's baseline snapshot unless
 * a reference value is given (e.g. the staff of 2015 when the model starts in 2018).
 *
 * <pre>{@code
 * // staff −10% vs the 2015 baseline (1,234 people) by 2021-12-31
 * Target staff = Target.reduction(Metrics.staffActual(), 10, LocalDate.of(2021, 12, 31)).versus(1234);
 * // deputies within caps by 2030-12-31
 * Target deputies = Target.atMost(Metrics.deputiesOverCap(), 0, LocalDate.of(2030, 12, 31));
 * // no commune below 50% of both standards by 2021-12-31
 * Target communes = Target.atMost(Metrics.violationsOf("vn.nq653-2019.sap-xep"), 0, LocalDate.of(2021, 12, 31))
 *         .within(Selector.atLevels(Level.COMMUNE)).named("Không còn xã dưới 50% cả hai tiêu chuẩn");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Target {

    /** How the measured value is compared with the target's value. */
    public enum Comparator {
        /** at most (≤). */
        AT_MOST("≤"),
        /** at least (≥). */
        AT_LEAST("≥"),
        /** exactly (=). */
        EQUAL("=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        /** ≤, ≥ or =. */
        public String symbol() {
            return symbol;
        }

        /** Whether {@code measured} compares so with {@code value} (EQUAL within 1e-9). */
        public boolean holds(double measured, double value) {
            switch (this) {
                case AT_MOST:
                    return measured <= value + 1e-9;
                case AT_LEAST:
                    return measured >= value - 1e-9;
                default:
                    return Math.abs(measured - value) <= 1e-9;
            }
        }
    }

    /** What is compared: the metric, its change from the baseline, or its change in percent. */
    public enum Basis {
        /** The metric's value. */
        VALUE,
        /** The value minus the baseline's. */
        CHANGE,
        /** (value − baseline) / baseline × 100. */
        PERCENT
    }

    private final String label;
    private final Metric metric;
    private final Comparator comparator;
    private final double value;
    private final Basis basis;
    private final LocalDate deadline;
    private final Selector scope;
    private final OptionalDouble reference;

    private Target(String label, Metric metric, Comparator comparator, double value, Basis basis, LocalDate deadline,
            Selector scope, OptionalDouble reference) {
        this.metric = Checks.notNull(metric, "Target: the metric");
        this.comparator = Checks.notNull(comparator, "Target: the comparator");
        this.basis = Checks.notNull(basis, "Target: the basis");
        this.deadline = Checks.notNull(deadline, "Target on " + metric.key() + ": the deadline");
        this.scope = Checks.notNull(scope, "Target on " + metric.key() + ": the scope");
        if (!Double.isFinite(value)) {
            throw new BomayException("Target on " + metric.key() + ": the value must be a finite number, was " + value);
        }
        if (reference.isPresent() && !Double.isFinite(reference.getAsDouble())) {
            throw new BomayException("Target on " + metric.key() + ": the reference value must be finite, was " + reference);
        }
        if (reference.isPresent() && basis == Basis.VALUE) {
            throw new BomayException("Target on " + metric.key() + ": a reference value only applies to a change from the baseline "
                    + "(Target.change or Target.reduction)");
        }
        this.value = value;
        this.reference = reference;
        this.label = label;
    }

    /**
     * The metric at most {@code value} on the deadline.
     *
     * <pre>{@code
     * Target.atMost(Metrics.deputiesOverCap(), 0, LocalDate.of(2030, 12, 31));
     * }</pre>
     */
    public static Target atMost(Metric metric, double value, LocalDate deadline) {
        return new Target(null, metric, Comparator.AT_MOST, value, Basis.VALUE, deadline, Selector.any(), OptionalDouble.empty());
    }

    /** The metric at least {@code value} on the deadline, e.g. a model applied in 16 communes or more. */
    public static Target atLeast(Metric metric, double value, LocalDate deadline) {
        return new Target(null, metric, Comparator.AT_LEAST, value, Basis.VALUE, deadline, Selector.any(), OptionalDouble.empty());
    }

    /** The metric exactly {@code value} on the deadline. */
    public static Target exactly(Metric metric, double value, LocalDate deadline) {
        return new Target(null, metric, Comparator.EQUAL, value, Basis.VALUE, deadline, Selector.any(), OptionalDouble.empty());
    }

    /**
     * The metric down by at least {@code percent} percent from the baseline by the deadline:
     * the change in percent is at most {@code -percent}.
     *
     * <pre>{@code
     * Target.reduction(Metrics.staffActual(), 10, LocalDate.of(2021, 12, 31));   // tinh giản ít nhất 10%
     * }</pre>
     *
     * @throws BomayException unless 0 &lt; percent &lt;= 100
     */
    public static Target reduction(Metric metric, double percent, LocalDate deadline) {
        if (!(percent > 0 && percent <= 100)) {
            throw new BomayException("Target.reduction on " + (metric == null ? null : metric.key())
                    + ": the percent must be in (0, 100], was " + percent);
        }
        return new Target(null, metric, Comparator.AT_MOST, -percent, Basis.PERCENT, deadline, Selector.any(), OptionalDouble.empty());
    }

    /**
     * A change from the baseline compared with {@code value}, absolute or in percent.
     *
     * <pre>{@code
     * Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, -5, Target.Basis.CHANGE, deadline);  // 5 đầu mối fewer
     * }</pre>
     */
    public static Target change(Metric metric, Comparator comparator, double value, Basis basis, LocalDate deadline) {
        if (basis == Basis.VALUE) {
            throw new BomayException("Target.change: the basis must be CHANGE or PERCENT; use atMost/atLeast/exactly for a value");
        }
        return new Target(null, metric, comparator, value, basis, deadline, Selector.any(), OptionalDouble.empty());
    }

    /** A copy measured only over the units the selector matches. */
    public Target within(Selector newScope) {
        return new Target(label, metric, comparator, value, basis, deadline, newScope, reference);
    }

    /** A copy whose baseline is this value instead of the metric on the scenario's baseline. */
    public Target versus(double referenceValue) {
        return new Target(label, metric, comparator, value, basis, deadline, scope, OptionalDouble.of(referenceValue));
    }

    /** A copy with a label (default: a description from the metric, comparator, value and deadline). */
    public Target named(String newLabel) {
        if (newLabel == null || newLabel.isBlank()) {
            throw new BomayException("Target.named: the label must not be blank");
        }
        return new Target(newLabel, metric, comparator, value, basis, deadline, scope, reference);
    }

    /** A copy with another deadline. */
    public Target by(LocalDate newDeadline) {
        return new Target(label, metric, comparator, value, basis, newDeadline, scope, reference);
    }

    /** The label, unique within a scenario. */
    public String label() {
        return label != null ? label : describe();
    }

    /** The metric. */
    public Metric metric() {
        return metric;
    }

    /** The comparator. */
    public Comparator comparator() {
        return comparator;
    }

    /** The value compared with. */
    public double value() {
        return value;
    }

    /** What is compared. */
    public Basis basis() {
        return basis;
    }

    /** The deadline. */
    public LocalDate deadline() {
        return deadline;
    }

    /** The scope. */
    public Selector scope() {
        return scope;
    }

    /** The baseline value given with {@link #versus(double)}, if any. */
    public OptionalDouble reference() {
        return reference;
    }

    /**
     * What is compared, given the measured value and the baseline's: the value itself, the change,
     * or the change in percent.
     *
     * @throws BomayException for a percent change from a baseline of 0
     */
    public double compared(double measured, double baseline) {
        switch (basis) {
            case VALUE:
                return measured;
            case CHANGE:
                return measured - baseline;
            default:
                if (baseline == 0) {
                    throw new BomayException("Target " + label() + ": a change in percent from a baseline of 0 is undefined; "
                            + "give a reference value with versus() or use Basis.CHANGE");
                }
                return (measured - baseline) / baseline * 100;
        }
    }

    /** Whether the target holds for a measured value and the baseline's. */
    public boolean holds(double measured, double baseline) {
        return comparator.holds(compared(measured, baseline), value);
    }

    private String describe() {
        String v = Format.number(value);
        String what;
        switch (basis) {
            case CHANGE:
                what = metric.key() + " change " + comparator.symbol() + " " + v;
                break;
            case PERCENT:
                what = metric.key() + " change " + comparator.symbol() + " " + v + "%";
                break;
            default:
                what = metric.key() + " " + comparator.symbol() + " " + v;
        }
        return what + (reference.isPresent() ? " vs " + Format.number(reference.getAsDouble()) : "") + " by " + deadline
                + (scope.equals(Selector.any()) ? "" : ", scope " + scope);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && label().equals(t.label()) && metric.key().equals(t.metric.key()) && comparator == t.comparator
                && Double.compare(value, t.value) == 0 && basis == t.basis && deadline.equals(t.deadline) && scope.equals(t.scope)
                && reference.equals(t.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label(), metric.key(), comparator, value, basis, deadline, scope, reference);
    }

    @Override
    public String toString() {
        return label == null ? describe() : label + " (" + describe() + ")";
    }
}
