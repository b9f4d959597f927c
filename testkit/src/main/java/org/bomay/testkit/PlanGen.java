package org.bomay.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeException;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Convert;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.change.Transfer;
import org.bomay.core.history.History;
import org.bomay.core.structure.OrgStructure;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of random restructuring plans over generated structures: sequences of
 * merges, absorptions, splits, transfers, dissolutions, conversions, appointments, reliefs, staff
 * changes, relation changes, compounds, renames and new units.
 *
 * <p>A plan is data. Each {@link PlannedStep} is a kind of change, a number of days after the
 * previous change, whether it is a deliberate mistake, and a few integers that choose among what
 * the structure offers. Because a change names ids that depend on the structure as it evolves, a
 * step is turned into a {@link Change} against the current snapshot ({@link PlannedStep#interpret});
 * {@link #plan(OrgStructure, List)} does that step by step, applying each change that is accepted
 * and skipping each one that is rejected. The choices are plain integers, so QuickTheories shrinks
 * a failing plan towards a smaller structure, earlier dates and the first candidates; as it
 * seldom shortens the list of steps, {@link #check} then removes steps one by one
 * ({@link #shortestFailing}) and prints the shortest failing plan with the changes it produced
 * ({@link Plan#toString()}).
 *
 * <p>Steps that are not mistakes produce changes that apply almost always (over 99%; among the
 * exceptions, a transfer to a higher level that keeps a territory which would then lie below the
 * unit). Mistakes (10% of steps by default) produce a change that a correct implementation must
 * reject: a merge without naming the head when several sources have heads in office, a ceasing
 * split that leaves a post unallocated, a transfer into the unit's own subtree, a dissolution that
 * leaves its children without destination, a relief of someone who does not hold the post, and
 * so on. A step finds nothing to act on now and then (no relation to remove, no unit with staff
 * to reduce): it then produces no change. Effective dates never decrease (over all the changes of
 * a plan, rejected ones included) and start on the structure's date or later; one step in four
 * takes effect on the same day as the previous change. One change in four carries a decision
 * date, up to 59 days before or 30 days after its effective date.
 *
 * <p>New units get ids that no generated structure uses: {@code n3} for what step 3 creates
 * ({@code n3.1}, {@code n3.2} for the parts of a split; {@code n3c2} for the second part of a
 * compound), posts {@code n3.head}, {@code n3.dep1}, new people {@code n3/p}.
 *
 * <pre>{@code
 * PlanGen.check(PlanGen.plans(), 100, plan -> {
 *     History h = plan.history();
 *     StructureInvariants.checkAll(h.current());
 * });
 *
 * // or with QuickTheories directly (failures then shrink less well)
 * qt().withShrinkCycles(5_000).forAll(PlanGen.plans())
 *     .checkAssert(plan -> StructureInvariants.checkAll(plan.history().current()));
 * }</pre>
 *
 * <p>Keep structures small (the default {@link #structureConfig()} is) and bound shrinking with
 * {@code withShrinkCycles}: QuickTheories keeps every counterexample it meets, and each holds a
 * structure (see {@link StructureGen}). This class is stateless and thread-safe.
 */
public final class PlanGen {
    /** How many integers each step carries to choose among candidates. */
    static final int CHOICES = 8;

    /**
     * QuickTheories' shrink cycles in {@link #check}. Its default (100,000) can exhaust the heap: it
     * keeps every counterexample, each with a structure. Its shrinking (one random draw of about a
     * thousand per cycle) seldom helps a plan, so {@link #shortestFailing} does the shortening and
     * 1,000 cycles keep a failure's report to seconds.
     */
    private static final int SHRINK_CYCLES = 1_000;

    private static final StructureGen.Config STRUCTURES = StructureGen.config().withDistrictsPerProvince(1, 2)
            .withCommunesPerDistrict(1, 3).withVillagesPerCommune(0, 2);

    private PlanGen() {}

    /**
     * The kinds of step, each with its weight among generated steps. The first, {@link #RENAME},
     * is where a step that does not matter to a failure shrinks to.
     */
    public enum StepKind {
        /** đổi tên: a unit gets another name (a mistake: its own name). */
        RENAME(1),
        /** hợp nhất: two or three units of one kind and level form a new unit, or keep one's id. */
        MERGE(3),
        /** sáp nhập: one or two units of one kind and level are absorbed by another. */
        ABSORB(3),
        /** chia tách: a unit ceases and two or three parts share everything it had. */
        SPLIT_CEASING(2),
        /** chia tách: one or two parts take some of a unit's children, posts, territory and staff. */
        SPLIT_CONTINUING(2),
        /** chuyển giao: a unit moves under a parent of its pillar, perhaps to another level and territory. */
        TRANSFER(3),
        /** giải thể: a unit ceases; its children move, its posts move or are released, its staff moves or is released. */
        DISSOLVE(2),
        /** chuyển đổi: like a dissolution, and the unit becomes a company. */
        CONVERT(1),
        /** bổ nhiệm: someone without a main post (or someone new) takes a post with a free seat. */
        APPOINT(1),
        /** kiêm nhiệm: someone in office takes another post concurrently. */
        APPOINT_CONCURRENT(1),
        /** miễn nhiệm: someone in office leaves a post. */
        RELIEVE(1),
        /** giao biên chế: a unit's staff quota is set. */
        SET_QUOTA(1),
        /** tinh giản biên chế: a unit's actual staff shrinks, sometimes its quota too. */
        REDUCE_STAFF(1),
        /** a LEADS, GUIDES, SERVES or MEMBER_OF relation is added. */
        ADD_RELATION(1),
        /** such a relation is removed. */
        REMOVE_RELATION(1),
        /** thành lập: a new unit like an existing one, beside it, with a head post and deputies. */
        ESTABLISH(1),
        /** two or three of the other kinds as one change, each part seeing the parts before it. */
        COMPOUND(1);

        private final int weight;

        StepKind(int weight) {
            this.weight = weight;
        }

        /** How often this kind is generated, relative to the others. */
        int weight() {
            return weight;
        }
    }

    /**
     * One step of a plan, as data: the kind of change, how many days after the previous change it
     * takes effect, whether it is a deliberate mistake (a change that must be rejected), and the
     * integers that choose among the candidates the structure offers. This record is immutable.
     *
     * <pre>{@code
     * PlannedStep step = new PlannedStep(StepKind.MERGE, 30, false, List.of(0, 0, 0, 0, 0, 0, 0, 0));
     * Optional<Change> merge = step.interpret(structure, 1);   // merges the first units that can merge
     * }</pre>
     *
     * @param kind the kind of change
     * @param days days after the current snapshot's date, at least 0
     * @param mistake whether to produce a change that must be rejected
     * @param choices non-negative integers that choose among candidates, at least one
     */
    public record PlannedStep(StepKind kind, int days, boolean mistake, List<Integer> choices) {
        /** Validates and copies the choices. */
        public PlannedStep {
            Objects.requireNonNull(kind, "kind");
            if (days < 0) {
                throw new IllegalArgumentException("PlannedStep: days must be >= 0, was " + days);
            }
            choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
            if (choices.isEmpty() || choices.stream().anyMatch(c -> c < 0)) {
                throw new IllegalArgumentException("PlannedStep: choices must be one or more integers >= 0, were " + choices);
            }
        }

        /**
         * Turns the step into a change against the current snapshot, effective {@link #days()}
         * after its date: deterministic, the same step on the same snapshot gives the same change.
         * {@code position} (1 for the first step of a plan) makes the ids of new units, posts and
         * people unique within a plan.
         *
         * <pre>{@code
         * Optional<Change> c = step.interpret(history.current(), 3);
         * if (c.isPresent()) {
         *     history = history.apply(c.get());   // may throw ChangeException
         * }
         * }</pre>
         *
         * @return the change, or empty when the snapshot offers nothing to act on
         */
        public Optional<Change> interpret(OrgStructure current, int position) {
            Objects.requireNonNull(current, "current");
            if (position < 1) {
                throw new IllegalArgumentException("interpret: position must be >= 1, was " + position);
            }
            return Optional.ofNullable(StepInterpreter.interpret(this, current, position));
        }

        /** Returns e.g. {@code MERGE +30d [12, 0, 7, 3, 0, 0, 9, 1]}, with "mistake" when it is one. */
        @Override
        public String toString() {
            return kind + " +" + days + "d" + (mistake ? " mistake " : " ") + choices;
        }
    }

    /**
     * A plan over a structure: its steps and the change each step produced (empty when it found
     * nothing to act on). Each change was produced against the structure left by the changes
     * before it that were accepted; a rejected change leaves the structure as it was. This record
     * is immutable; {@link #toString()} lists the changes (replaying them to mark the rejected
     * ones) and prints the initial structure as a tree.
     *
     * <pre>{@code
     * Plan p = PlanGen.plan(structure, steps);
     * History h = History.start(p.initial());
     * for (Change c : p.changes()) {
     *     try {
     *         h = h.apply(c);
     *     } catch (ChangeException e) {
     *         // a rejected change: h is unchanged
     *     }
     * }
     * }</pre>
     *
     * @param initial the structure the plan starts from
     * @param steps the steps
     * @param produced for each step, the change it produced, if any
     */
    public record Plan(OrgStructure initial, List<PlannedStep> steps, List<Optional<Change>> produced) {
        /** Validates and copies the lists. */
        public Plan {
            Objects.requireNonNull(initial, "initial");
            steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
            produced = List.copyOf(Objects.requireNonNull(produced, "produced"));
            if (steps.size() != produced.size()) {
                throw new IllegalArgumentException("Plan: " + steps.size() + " steps but " + produced.size() + " outcomes");
            }
        }

        /**
         * The changes the steps produced, in order (rejected ones included).
         *
         * <pre>{@code
         * for (Change c : plan.changes()) System.out.println(c.type() + " " + c.summary());
         * }</pre>
         */
        public List<Change> changes() {
            return produced.stream().flatMap(Optional::stream).toList();
        }

        /**
         * The history of the initial structure and the changes that are accepted; rejected changes
         * are skipped, as when the plan was made.
         *
         * <pre>{@code
         * OrgStructure end = plan.history().current();
         * }</pre>
         */
        public History history() {
            History h = History.start(initial);
            for (Change c : changes()) {
                try {
                    h = h.apply(c);
                } catch (RuntimeException e) {
                    // rejected: the history stays as it is
                }
            }
            return h;
        }

        /**
         * The latest effective or decision date of the plan's changes (the initial structure's
         * date if it has none): {@code history().asDecided(plan.lastDate())} takes every change.
         *
         * <pre>{@code
         * plan.history().asDecided(plan.lastDate());
         * }</pre>
         */
        public LocalDate lastDate() {
            LocalDate last = initial.date();
            for (Change c : changes()) {
                LocalDate d = c.info().decidedOrEffective();
                last = max(max(last, d), c.effective());
            }
            return last;
        }

        /**
         * Returns the steps, one per line, each with the change it produced and, for a rejected
         * change, the reason; then the initial structure as a text tree.
         */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("Plan of ").append(steps.size()).append(steps.size() == 1 ? " step" : " steps")
                    .append(" on ").append(initial).append('\n');
            History h = History.start(initial);
            for (int i = 0; i < steps.size(); i++) {
                b.append(String.format("%3d. ", i + 1)).append(steps.get(i)).append("\n       → ");
                Optional<Change> c = produced.get(i);
                if (c.isEmpty()) {
                    b.append("(nothing to act on)\n");
                    continue;
                }
                describe(b, c.get(), "       ");
                try {
                    h = h.apply(c.get());
                } catch (ChangeException e) {
                    b.append("       ✗ rejected: ").append(e.reason()).append('\n');
                } catch (RuntimeException e) {
                    b.append("       ✗ failed: ").append(e).append('\n');
                }
            }
            b.append("initial structure:\n").append(StructureGen.describe(initial));
            return b.toString();
        }

        private static void describe(StringBuilder b, Change c, String indent) {
            b.append(c.info()).append(' ').append(c.type().vietnamese()).append(" (").append(c.type()).append("): ")
                    .append(c.summary()).append('\n');
            for (String line : details(c)) {
                b.append(indent).append("  ").append(line).append('\n');
            }
            if (c instanceof Compound x) {
                for (Change part : x.parts()) {
                    b.append(indent).append("  part: ");
                    describe(b, part, indent + "  ");
                }
            }
        }

        /** What a change's summary leaves out and a reader needs to replay it. */
        private static List<String> details(Change c) {
            List<String> out = new ArrayList<>();
            if (c instanceof Merge x) {
                x.parent().ifPresent(p -> out.add("under " + p));
                x.head().ifPresent(h -> out.add("head " + h));
            } else if (c instanceof Absorb x) {
                x.head().ifPresent(h -> out.add("head " + h));
            } else if (c instanceof Split x) {
                for (SplitPart p : x.parts()) {
                    out.add("part " + p.unit().id() + p.parent().map(u -> " under " + u).orElse("")
                            + (p.children().isEmpty() ? "" : " children " + sorted(p.children()))
                            + (p.posts().isEmpty() ? "" : " posts " + sorted(p.posts()))
                            + (p.territoryUnits().isEmpty() ? "" : " territory " + sorted(p.territoryUnits()))
                            + " staff " + p.staffQuota() + "/" + p.actualStaff()
                            + (p.relations().isEmpty() ? "" : " relations " + sorted(p.relations())));
                }
            } else if (c instanceof Transfer x && x.crossPillar()) {
                out.add("across pillars");
            } else if (c instanceof Dissolve x) {
                out.add(disposition(x.disposition()));
            } else if (c instanceof Convert x) {
                out.add(disposition(x.disposition()));
            } else if (c instanceof Appoint x) {
                x.newPerson().ifPresent(p -> out.add("new person " + p));
            }
            return out;
        }

        private static String disposition(Disposition d) {
            List<String> parts = new ArrayList<>();
            d.children().forEach((child, to) -> parts.add(child + " → " + to));
            d.allChildrenTo().ifPresent(to -> parts.add("other children → " + to));
            d.posts().forEach((post, to) -> parts.add(post + " → " + to));
            if (!d.released().isEmpty()) {
                parts.add("release " + sorted(d.released()));
            }
            if (d.releaseOtherPosts()) {
                parts.add("release the other posts");
            }
            d.staffTo().ifPresent(to -> parts.add("staff → " + to));
            if (d.staffReleased()) {
                parts.add("release the staff");
            }
            return "disposition: " + (parts.isEmpty() ? "none" : String.join("; ", parts));
        }

        private static List<String> sorted(java.util.Collection<?> items) {
            return items.stream().map(Object::toString).sorted().toList();
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }

    /**
     * The configuration of the structures {@link #plans()} starts from: one province with one or
     * two districts of one to three communes of up to two villages (about 30 to 110 units).
     *
     * <pre>{@code
     * Gen<Plan> big = PlanGen.plans(PlanGen.structureConfig().withVillagesPerCommune(1, 3), 1, 10);
     * }</pre>
     */
    public static StructureGen.Config structureConfig() {
        return STRUCTURES;
    }

    /**
     * Plans of 1 to 8 steps over structures of {@link #structureConfig()}, 10% of steps mistakes.
     *
     * <pre>{@code
     * qt().withShrinkCycles(5_000).forAll(PlanGen.plans())
     *     .checkAssert(plan -> StructureInvariants.checkAll(plan.history().current()));
     * }</pre>
     */
    public static Gen<Plan> plans() {
        return plans(STRUCTURES, 1, 8);
    }

    /**
     * Plans of {@code minSteps} to {@code maxSteps} steps over structures of a configuration,
     * 10% of steps mistakes.
     *
     * <pre>{@code
     * Gen<Plan> threeTier = PlanGen.plans(StructureGen.config().withThreeTiers(true), 2, 6);
     * }</pre>
     */
    public static Gen<Plan> plans(StructureGen.Config config, int minSteps, int maxSteps) {
        return plans(config, minSteps, maxSteps, 10);
    }

    /**
     * Plans with a given percentage of mistakes among their steps (0: only steps meant to apply;
     * even then some changes are rejected, see the class comment).
     *
     * <pre>{@code
     * Gen<Plan> clumsy = PlanGen.plans(PlanGen.structureConfig(), 3, 8, 40);
     * }</pre>
     */
    public static Gen<Plan> plans(StructureGen.Config config, int minSteps, int maxSteps, int mistakePercent) {
        Objects.requireNonNull(config, "config");
        if (minSteps < 0 || maxSteps < minSteps) {
            throw new IllegalArgumentException("plans: need 0 <= minSteps <= maxSteps, was " + minSteps + ", " + maxSteps);
        }
        return StructureGen.structures(config).zip(lists().of(steps(mistakePercent)).ofSizeBetween(minSteps, maxSteps),
                PlanGen::plan).describedAs(Plan::toString);
    }

    /**
     * Steps of every kind (weighted by {@link StepKind}), 10% of them mistakes.
     *
     * <pre>{@code
     * qt().forAll(StructureGen.structures(), PlanGen.steps())
     *     .check((s, step) -> step.interpret(s, 1).map(c -> !c.effective().isBefore(s.date())).orElse(true));
     * }</pre>
     */
    public static Gen<PlannedStep> steps() {
        return steps(10);
    }

    /**
     * Steps with a given percentage of mistakes. Shrinks towards a rename on the same day with
     * all choices 0.
     *
     * <pre>{@code
     * Gen<PlannedStep> onlyMeantToApply = PlanGen.steps(0);
     * }</pre>
     */
    public static Gen<PlannedStep> steps(int mistakePercent) {
        if (mistakePercent < 0 || mistakePercent > 100) {
            throw new IllegalArgumentException("steps: mistakePercent must be 0 to 100, was " + mistakePercent);
        }
        int total = 0;
        for (StepKind k : StepKind.values()) {
            total += k.weight();
        }
        Gen<StepKind> kind = integers().between(0, total - 1).map(PlanGen::kindAt);
        // one step in four on the same day as the change before it; the others 1 to 90 days later
        Gen<Integer> days = integers().between(0, 119).map(x -> x < 30 ? 0 : x - 29);
        Gen<Boolean> mistake = integers().between(0, 99).map(x -> x >= 100 - mistakePercent);
        Gen<List<Integer>> choices = lists().of(integers().between(0, 9_999)).ofSize(CHOICES);
        return kind.zip(days, mistake, choices, PlannedStep::new);
    }

    /**
     * Turns steps into a plan over a structure: each step is interpreted against the structure
     * left by the accepted changes before it, seen on the effective date of the latest change
     * produced, accepted or not ({@link PlannedStep#interpret}, position {@code i + 1}), so that
     * effective dates never decrease. Use it to replay a plan that a property printed.
     *
     * <pre>{@code
     * Plan p = PlanGen.plan(structure, List.of(
     *         new PlannedStep(StepKind.MERGE, 0, false, List.of(5, 0, 0, 0, 0, 0, 0, 0)),
     *         new PlannedStep(StepKind.TRANSFER, 30, false, List.of(17, 2, 0, 0, 0, 0, 0, 0))));
     * }</pre>
     */
    public static Plan plan(OrgStructure initial, List<PlannedStep> steps) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(steps, "steps");
        History h = History.start(initial);
        List<Optional<Change>> produced = new ArrayList<>(steps.size());
        LocalDate last = initial.date();
        for (int i = 0; i < steps.size(); i++) {
            // seen on the date of the latest change, even a rejected one: dates never decrease
            Optional<Change> c = steps.get(i).interpret(h.current().withDate(last), i + 1);
            produced.add(c);
            if (c.isPresent()) {
                last = c.get().effective();
                try {
                    h = h.apply(c.get());
                } catch (RuntimeException e) {
                    // rejected (the properties tell a ChangeException from anything else): the state stays
                }
            }
        }
        return new Plan(initial, steps, produced);
    }

    /**
     * Checks a property of plans with QuickTheories ({@code withShrinkCycles(1_000)}) and, when it
     * fails, reports the shortest failing plan: QuickTheories 0.26 shrinks one random draw at a
     * time and seldom the number of steps (a structure takes hundreds of draws), so the smallest
     * failing plan it met is then shortened by {@link #shortestFailing}. The error's message is
     * that plan, with its changes and initial structure, and the failure it causes.
     *
     * <pre>{@code
     * PlanGen.check(PlanGen.plans(), 100, plan -> {
     *     StructureInvariants.checkAll(plan.history().current());
     * });
     * }</pre>
     *
     * @param property throws an AssertionError (or any RuntimeException) when the plan breaks it
     * @throws AssertionError describing the shortest failing plan found
     */
    public static void check(Gen<Plan> plans, int examples, Consumer<Plan> property) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(property, "property");
        AtomicReference<Plan> smallest = new AtomicReference<>();
        try {
            qt().withShrinkCycles(SHRINK_CYCLES).withExamples(examples).forAll(plans).checkAssert(plan -> {
                try {
                    property.accept(plan);
                } catch (AssertionError | RuntimeException e) {
                    smallest.accumulateAndGet(plan, PlanGen::smaller);
                    throw e;
                }
            });
        } catch (AssertionError e) {
            Plan found = smallest.get();
            if (found == null) {
                throw e;
            }
            Plan shortest = shortestFailing(found, property);
            throw new AssertionError("Shortest failing plan found:\n" + shortest + "\nIt fails with: "
                    + failure(shortest, property).map(Throwable::toString).orElse("(no failure on replay)")
                    + "\n\nQuickTheories reported: " + e.getMessage(), failure(shortest, property).orElse(e));
        }
    }

    /**
     * Shortens a plan that breaks a property: keeps the shortest prefix that still breaks it, then
     * removes steps one at a time (the steps after a removed one are interpreted again against
     * what the plan now leaves) and sets steps' days to 0, as long as the property still fails.
     * Returns the plan itself if it does not fail.
     *
     * <pre>{@code
     * Plan shortest = PlanGen.shortestFailing(plan, p -> StructureInvariants.checkAll(p.history().current()));
     * }</pre>
     */
    public static Plan shortestFailing(Plan failing, Consumer<Plan> property) {
        Objects.requireNonNull(failing, "failing");
        Objects.requireNonNull(property, "property");
        OrgStructure s = failing.initial();
        List<PlannedStep> steps = failing.steps();
        if (failure(failing, property).isEmpty()) {
            return failing;
        }
        for (int k = 0; k < steps.size(); k++) {
            if (failure(plan(s, steps.subList(0, k)), property).isPresent()) {
                steps = steps.subList(0, k);
                break;
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = steps.size() - 1; i >= 0; i--) {
                List<PlannedStep> fewer = new ArrayList<>(steps);
                fewer.remove(i);
                if (failure(plan(s, fewer), property).isPresent()) {
                    steps = fewer;
                    progress = true;
                }
            }
            for (int i = 0; i < steps.size(); i++) {
                PlannedStep x = steps.get(i);
                if (x.days() > 0) {
                    List<PlannedStep> sooner = new ArrayList<>(steps);
                    sooner.set(i, new PlannedStep(x.kind(), 0, x.mistake(), x.choices()));
                    if (failure(plan(s, sooner), property).isPresent()) {
                        steps = sooner;
                        progress = true;
                    }
                }
            }
        }
        return plan(s, steps);
    }

    private static Optional<Throwable> failure(Plan plan, Consumer<Plan> property) {
        try {
            property.accept(plan);
            return Optional.empty();
        } catch (AssertionError | RuntimeException e) {
            return Optional.of(e);
        }
    }

    /** The plan with fewer changes, then with fewer steps, then over the smaller structure. */
    private static Plan smaller(Plan a, Plan b) {
        if (a == null) {
            return b;
        }
        int byChanges = Integer.compare(a.changes().size(), b.changes().size());
        if (byChanges != 0) {
            return byChanges < 0 ? a : b;
        }
        int bySteps = Integer.compare(a.steps().size(), b.steps().size());
        if (bySteps != 0) {
            return bySteps < 0 ? a : b;
        }
        return a.initial().unitCount() <= b.initial().unitCount() ? a : b;
    }

    private static StepKind kindAt(int x) {
        int rest = x;
        for (StepKind k : StepKind.values()) {
            if (rest < k.weight()) {
                return k;
            }
            rest -= k.weight();
        }
        throw new IllegalStateException("kindAt(" + x + ")");
    }
}
