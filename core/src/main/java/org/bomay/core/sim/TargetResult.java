package org.bomay.core.sim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether a {@link Target} was attained: the value measured on its deadline (on the snapshot in
 * force that day), the baseline it is compared with, the result, and, for a target met, the date
 * since which it held without a break up to the deadline.
 *
 * <pre>{@code
 * for (TargetResult t : result.targets()) {
 *     System.out.println(t.target().label() + ": " + t.status() + " " + t.value());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetResult {

    /** The result. */
    public enum Status {
        /** The target held on its deadline. */
        MET,
        /** It did not. */
        MISSED,
        /** The simulation stopped before the deadline. */
        NOT_EVALUATED
    }

    private final Target target;
    private final Status status;
    private final OptionalDouble value;
    private final double baseline;
    private final Optional<LocalDate> metSince;

    TargetResult(Target target, Status status, OptionalDouble value, double baseline, Optional<LocalDate> metSince) {
        this.target = target;
        this.status = status;
        this.value = value;
        this.baseline = baseline;
        this.metSince = metSince;
    }

    /** The target. */
    public Target target() {
        return target;
    }

    /** Met, missed or not evaluated. */
    public Status status() {
        return status;
    }

    /** Whether it was met. */
    public boolean met() {
        return status == Status.MET;
    }

    /** The metric's value on the deadline (empty if not evaluated). */
    public OptionalDouble value() {
        return value;
    }

    /** The baseline value: the reference given, or the metric on the scenario's baseline. */
    public double baseline() {
        return baseline;
    }

    /** What was compared with the target's value: the value, or its change (absolute or in percent). */
    public OptionalDouble compared() {
        return value.isPresent() ? OptionalDouble.of(target.compared(value.getAsDouble(), baseline)) : OptionalDouble.empty();
    }

    /** The deadline, the date the target is judged on. */
    public LocalDate date() {
        return target.deadline();
    }

    /**
     * For a target met, the date since which it held at every point of the timeline up to its
     * deadline — the baseline, each entry applied, each date on which a rule of the pack comes into
     * or goes out of force, and the deadline; empty for a target missed or not evaluated.
     */
    public Optional<LocalDate> metSince() {
        return metSince;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetResult t && target.equals(t.target) && status == t.status && value.equals(t.value)
                && Double.compare(baseline, t.baseline) == 0 && metSince.equals(t.metSince);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, status, value, baseline, metSince);
    }

    /** e.g. {@code MET Giảm đầu mối: units −2 (≤ −1) by 2019-12-31}. */
    @Override
    public String toString() {
        String v = value.isPresent() ? Format.number(value.getAsDouble()) : "–";
        String c = target.basis() == Target.Basis.VALUE ? v
                : compared().isPresent() ? Format.signed(compared().getAsDouble()) + (target.basis() == Target.Basis.PERCENT ? "%" : "")
                        + " (" + v + " vs " + Format.number(baseline) + ")" : "–";
        return status + " " + target.label() + ": " + c + ", target " + target.comparator().symbol() + " "
                + Format.number(target.value()) + (target.basis() == Target.Basis.PERCENT ? "%" : "") + " by " + target.deadline();
    }
}
