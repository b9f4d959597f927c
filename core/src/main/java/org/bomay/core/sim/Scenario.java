package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.text.VnText;

/**
 * A "what if": a baseline snapshot, dated {@link Step}s and {@link Target}s, and optionally an
 * {@link Attrition} model. A scenario can branch from another — replace, remove or add steps and
 * targets — without copying it by hand; the branch remembers its parent's name.
 *
 * <pre>{@code
 * Scenario programme = Scenario.builder("Chương trình hành động Kim Bảng 2018", KimBang.structure())
 *         .step(modelsStep).step(stationsStep).step(officeMergerStep).step(healthStep)
 *         .target(Target.atMost(Metrics.deputiesOverCap(), 0, LocalDate.of(2030, 12, 31)))
 *         .build();
 * Scenario noMerger = programme.branch("Không hợp nhất văn phòng").remove("office-merger").build();
 * Simulation.of(VnRules.all()).run(noMerger);
 * }</pre>
 *
 * <p>Steps are kept in the order of their dates (steps on the same date in the order added).
 * This class is immutable and thread-safe.
 */
public final class Scenario {
    private final String name;
    private final OrgStructure baseline;
    private final MergerLog mergers;
    private final ImmutableList<Step> steps;
    private final ImmutableList<Target> targets;
    private final Optional<Attrition> attrition;
    private final Optional<String> parent;
    private final Optional<LocalDate> horizon;

    private Scenario(Builder b) {
        this.name = b.name;
        this.baseline = b.baseline;
        this.mergers = b.mergers;
        List<Step> sorted = new ArrayList<>(b.steps);
        sorted.sort(Comparator.comparing(Step::date)); // stable: same-date steps keep their order
        this.steps = ImmutableList.copyOf(sorted);
        this.targets = ImmutableList.copyOf(b.targets);
        this.attrition = Optional.ofNullable(b.attrition);
        this.parent = Optional.ofNullable(b.parent);
        this.horizon = Optional.ofNullable(b.horizon);
    }

    /**
     * A builder of a scenario starting from {@code baseline}.
     *
     * <pre>{@code
     * Scenario.builder("Tinh giản 2018–2021", KimBang.structure()).step(s1).target(t1).build();
     * }</pre>
     *
     * @throws BomayException if the name is blank or the baseline is null
     */
    public static Builder builder(String name, OrgStructure baseline) {
        return new Builder(name, Checks.notNull(baseline, "Scenario " + name + ": the baseline"));
    }

    /**
     * A builder of a branch of this scenario: the same baseline, steps, targets and attrition,
     * to be edited, under a new name.
     *
     * <pre>{@code
     * programme.branch("Hợp nhất chậm 6 tháng")
     *         .replace("office-merger", programme.step("office-merger").withDate(LocalDate.of(2019, 1, 1)))
     *         .build();
     * }</pre>
     */
    public Builder branch(String branchName) {
        Builder b = new Builder(branchName, baseline);
        b.mergers = mergers;
        b.steps.addAll(steps);
        b.targets.addAll(targets);
        b.attrition = attrition.orElse(null);
        b.parent = name;
        b.horizon = horizon.orElse(null);
        return b;
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The snapshot the scenario starts from. */
    public OrgStructure baseline() {
        return baseline;
    }

    /** The mergers before the baseline (for grace periods); empty unless given. */
    public MergerLog mergers() {
        return mergers;
    }

    /** The steps in date order. */
    public ImmutableList<Step> steps() {
        return steps;
    }

    /**
     * The step with this id.
     *
     * @throws BomayException naming the ids there are if none has it
     */
    public Step step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new BomayException(
                "Scenario " + name + " has no step " + id + "; its steps are " + steps.stream().map(Step::id).toList()));
    }

    /** The targets. */
    public ImmutableList<Target> targets() {
        return targets;
    }

    /** The attrition model, if any. */
    public Optional<Attrition> attrition() {
        return attrition;
    }

    /** The name of the scenario this one branched from, if it is a branch. */
    public Optional<String> parent() {
        return parent;
    }

    /** The date the scenario runs until, if set: see {@link Builder#until(LocalDate)}. */
    public Optional<LocalDate> horizon() {
        return horizon;
    }

    /**
     * The last date of the scenario: the latest of its steps, deadlines and {@link #horizon()},
     * or the baseline's date. An attrition model projects up to 31 December of this year.
     */
    public LocalDate end() {
        LocalDate end = horizon.filter(h -> h.isAfter(baseline.date())).orElse(baseline.date());
        for (Step s : steps) {
            end = s.date().isAfter(end) ? s.date() : end;
        }
        for (Target t : targets) {
            end = t.deadline().isAfter(end) ? t.deadline() : end;
        }
        return end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && name.equals(s.name) && baseline.equals(s.baseline) && mergers.equals(s.mergers)
                && steps.equals(s.steps) && targets.equals(s.targets) && attrition.equals(s.attrition) && parent.equals(s.parent)
                && horizon.equals(s.horizon);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, steps, targets, attrition, parent);
    }

    /** The name, the baseline, then one line per step and per target. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("Scenario \"").append(name).append('"');
        parent.ifPresent(p -> b.append(" (branch of \"").append(p).append("\")"));
        b.append(": baseline ").append(baseline).append(", ").append(steps.size()).append(steps.size() == 1 ? " step, " : " steps, ")
                .append(targets.size()).append(targets.size() == 1 ? " target" : " targets");
        attrition.ifPresent(a -> b.append(", ").append(a));
        b.append('\n');
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("date", "step", "label", "status", "chủ trì", "phối hợp", "changes"));
        for (Step s : steps) {
            rows.add(List.of(s.date().toString(), s.id(), s.label(), s.status().toString(), s.lead(),
                    String.join(", ", s.partners()), Integer.toString(s.changes().size())));
        }
        if (!steps.isEmpty()) {
            b.append(Format.table(rows, "LLLLLL"));
        }
        for (Target t : targets) {
            b.append("target: ").append(t).append('\n');
        }
        return b.toString();
    }

    /** Builds a {@link Scenario}; {@link #build()} validates and may be called repeatedly. */
    public static final class Builder {
        private final String name;
        private final OrgStructure baseline;
        private MergerLog mergers = MergerLog.empty();
        private final List<Step> steps = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private Attrition attrition;
        private String parent;
        private LocalDate horizon;

        private Builder(String name, OrgStructure baseline) {
            if (name == null || name.isBlank()) {
                throw new BomayException("A scenario needs a non-blank name");
            }
            this.name = VnText.name(name);
            this.baseline = baseline;
        }

        /** Adds a step. */
        public Builder step(Step step) {
            steps.add(Checks.notNull(step, "Scenario " + name + ": a step"));
            return this;
        }

        /** Adds steps. */
        public Builder steps(Iterable<Step> more) {
            Checks.notNull(more, "Scenario " + name + ": the steps").forEach(this::step);
            return this;
        }

        /**
         * Replaces the step with {@code id} by {@code step} (which may have another id or date).
         *
         * @throws BomayException naming the ids there are if no step has {@code id}
         */
        public Builder replace(String id, Step step) {
            Checks.notNull(step, "Scenario " + name + ".replace: the step");
            steps.set(indexOf(id), step);
            return this;
        }

        /**
         * Removes the step with {@code id}.
         *
         * @throws BomayException naming the ids there are if no step has it
         */
        public Builder remove(String id) {
            steps.remove(indexOf(id));
            return this;
        }

        private int indexOf(String id) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).id().equals(id)) {
                    return i;
                }
            }
            throw new BomayException("Scenario " + name + " has no step " + id + "; its steps are "
                    + steps.stream().map(Step::id).toList());
        }

        /** Adds a target. */
        public Builder target(Target target) {
            targets.add(Checks.notNull(target, "Scenario " + name + ": a target"));
            return this;
        }

        /**
         * Removes the target with this label.
         *
         * @throws BomayException naming the labels there are if none has it
         */
        public Builder removeTarget(String label) {
            if (!targets.removeIf(t -> t.label().equals(label))) {
                throw new BomayException("Scenario " + name + " has no target labelled '" + label + "'; its targets are "
                        + targets.stream().map(Target::label).toList());
            }
            return this;
        }

        /** Sets the attrition model. */
        public Builder attrition(Attrition model) {
            this.attrition = Checks.notNull(model, "Scenario " + name + ": the attrition model");
            return this;
        }

        /**
         * Runs the scenario until this date even if no step or deadline comes that late: an
         * attrition model projects up to 31 December of its year.
         *
         * <pre>{@code
         * Scenario.builder("Nghỉ hưu đến 2025", kb).attrition(Attrition.retirementAge(60)).until(LocalDate.of(2025, 12, 31)).build();
         * }</pre>
         */
        public Builder until(LocalDate date) {
            this.horizon = Checks.notNull(date, "Scenario " + name + ".until: the date");
            return this;
        }

        /** Removes the attrition model. */
        public Builder noAttrition() {
            this.attrition = null;
            return this;
        }

        /** The mergers before the baseline, which grace periods and merger-dependent caps read. */
        public Builder mergers(MergerLog log) {
            this.mergers = Checks.notNull(log, "Scenario " + name + ": the merger log");
            return this;
        }

        /**
         * Builds the scenario.
         *
         * @throws BomayException if two steps share an id, two targets a label, or a step or a
         *     deadline comes before the baseline's date
         */
        public Scenario build() {
            Set<String> ids = new HashSet<>();
            for (Step s : steps) {
                if (!ids.add(s.id())) {
                    throw new BomayException("Scenario " + name + ": two steps have the id " + s.id() + "; step ids must be unique");
                }
                if (s.date().isBefore(baseline.date())) {
                    throw new BomayException("Scenario " + name + ": step " + s.id() + " takes effect on " + s.date()
                            + ", before the baseline's date " + baseline.date());
                }
            }
            Set<String> labels = new HashSet<>();
            for (Target t : targets) {
                if (!labels.add(t.label())) {
                    throw new BomayException("Scenario " + name + ": two targets are labelled '" + t.label() + "'; name one with Target.named");
                }
                if (t.deadline().isBefore(baseline.date())) {
                    throw new BomayException("Scenario " + name + ": target '" + t.label() + "' has its deadline " + t.deadline()
                            + " before the baseline's date " + baseline.date());
                }
            }
            if (horizon != null && horizon.isBefore(baseline.date())) {
                throw new BomayException("Scenario " + name + ": the horizon " + horizon + " is before the baseline's date "
                        + baseline.date());
            }
            if (name.equals(parent)) {
                throw new BomayException("Scenario " + name + ": a branch needs a name of its own, not its parent's");
            }
            return new Scenario(this);
        }
    }
}
