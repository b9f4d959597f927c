package org.bomay.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;

/**
 * Checks that incremental validation ({@link Validator#revalidate}) finds exactly what a full run
 * ({@link Validator#validate(OrgStructure, MergerLog)}) finds, after every change of a history:
 * the property that lets a validator re-check only what a change touched. Call it in your own
 * tests with your rule pack; it throws an {@link AssertionError} naming the first step where the
 * two runs disagree, the change, and the violations found by one run only, rule by rule.
 *
 * <pre>{@code
 * Validator v = Validator.of(VnRules.all());
 * History h = History.start(KimBang.structure()).apply(merge).apply(transfer);
 * List<ValidationResult> results = ValidationInvariants.checkIncrementalEqualsFull(v, h);
 * results.get(h.size() - 1).violations();            // what the last version breaks
 *
 * // or with snapshots seen on other dates than the changes' effective dates
 * List<ValidationInvariants.Step> steps = new ArrayList<>();
 * for (Version ver : h.versions().subList(1, h.size())) {
 *     steps.add(new ValidationInvariants.Step(ver.structure().withDate(ver.date().plusYears(1)), ver.event().get()));
 * }
 * ValidationInvariants.checkIncrementalEqualsFull(v, h.initial(), steps);
 * }</pre>
 *
 * <p>At each step it also checks that the incremental result's merger log is the one recorded
 * from the events so far, that its count of violations matches its list, that the same rules are
 * in force, and that every violation with a {@link Violation#cause() cause} names one of the
 * events so far. This class has no dependency on a test framework; it is stateless and
 * thread-safe.
 */
public final class ValidationInvariants {
    private ValidationInvariants() {}

    /**
     * One step of a run: the snapshot after a change, and the change's event. The snapshot's date
     * may differ from the event's effective date (the validator then also re-checks what the move
     * of the date changes).
     *
     * @param structure the snapshot after the change
     * @param event the event of the change that produced it from the previous step's snapshot
     */
    public record Step(OrgStructure structure, ChangeEvent event) {
        /** Validates. */
        public Step {
            Objects.requireNonNull(structure, "structure");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The steps of a history: each version after the initial one, with its event.
     *
     * <pre>{@code
     * List<ValidationInvariants.Step> steps = ValidationInvariants.steps(history);
     * }</pre>
     */
    public static List<Step> steps(History history) {
        Objects.requireNonNull(history, "history");
        List<Step> out = new ArrayList<>();
        for (Version ver : history.versions()) {
            ver.event().ifPresent(e -> out.add(new Step(ver.structure(), e)));
        }
        return out;
    }

    /**
     * Validates the history's initial snapshot in full, then revalidates each version
     * incrementally from the result before it, and compares each incremental result with a full
     * run of that version against the mergers of the history up to it.
     *
     * <pre>{@code
     * ValidationInvariants.checkIncrementalEqualsFull(Validator.of(VnRules.all()), plan.history());
     * }</pre>
     *
     * @return the incremental results, one per version (index 0: the full run of the initial snapshot)
     * @throws AssertionError naming the first step where the incremental and the full run differ
     */
    public static List<ValidationResult> checkIncrementalEqualsFull(Validator validator, History history) {
        Objects.requireNonNull(history, "history");
        return checkIncrementalEqualsFull(validator, history.initial(), steps(history));
    }

    /**
     * The same over explicit steps: starts with {@code validator.validate(initial)}, then for
     * every step revalidates with {@code revalidate(previous, step.structure(), step.event())} and
     * compares the result with {@code validate(step.structure(), log)}, where {@code log} records
     * the events so far ({@code log = log.record(event, structureBefore)}).
     *
     * <pre>{@code
     * ValidationInvariants.checkIncrementalEqualsFull(v, initial, List.of(
     *         new ValidationInvariants.Step(applied.structure(), applied.event())));
     * }</pre>
     *
     * @return the incremental results, one per step plus the initial full run first
     * @throws AssertionError naming the first step where the incremental and the full run differ
     */
    public static List<ValidationResult> checkIncrementalEqualsFull(Validator validator, OrgStructure initial,
            List<Step> steps) {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(steps, "steps");
        List<ValidationResult> results = new ArrayList<>(steps.size() + 1);
        ValidationResult previous = validator.validate(initial);
        checkCounts(previous, 0, null);
        results.add(previous);
        MergerLog log = MergerLog.empty();
        OrgStructure before = initial;
        Set<ChangeEvent> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int index = i + 1;
            ChangeEvent event = step.event();
            seen.add(event);
            log = log.record(event, before);
            ValidationResult incremental;
            try {
                incremental = validator.revalidate(previous, step.structure(), event);
            } catch (RuntimeException e) {
                throw new AssertionError(header(index, steps.size(), before, step) + "revalidate threw " + e, e);
            }
            ValidationResult full = validator.validate(step.structure(), log);
            compare(validator, index, steps.size(), before, step, incremental, full);
            if (!incremental.mergers().equals(log)) {
                throw new AssertionError(header(index, steps.size(), before, step)
                        + "the incremental result's merger log " + incremental.mergers().units()
                        + " differs from the one recorded from the events so far " + log.units());
            }
            checkCounts(incremental, index, event);
            checkCauses(incremental, seen, index, steps.size(), before, step);
            results.add(incremental);
            previous = incremental;
            before = step.structure();
        }
        return results;
    }

    private static void checkCounts(ValidationResult r, int index, ChangeEvent event) {
        if (r.size() != r.violations().size()) {
            throw new AssertionError("Step " + index + (event == null ? " (initial full run)" : " (" + event + ")")
                    + ": the result counts " + r.size() + " violations but lists " + r.violations().size());
        }
    }

    private static void compare(Validator v, int index, int total, OrgStructure before, Step step,
            ValidationResult incremental, ValidationResult full) {
        List<Violation> inc = incremental.violations();
        List<Violation> all = full.violations();
        List<String> rulesInc = incremental.rulesInForce().stream().map(Rule::id).toList();
        List<String> rulesFull = full.rulesInForce().stream().map(Rule::id).toList();
        if (inc.equals(all) && rulesInc.equals(rulesFull)) {
            return;
        }
        StringBuilder b = new StringBuilder(header(index, total, before, step));
        b.append("incremental validation differs from a full run");
        if (!rulesInc.equals(rulesFull)) {
            b.append("\n  rules in force, incremental: ").append(rulesInc).append("\n  rules in force, full: ").append(rulesFull);
        }
        Map<String, List<List<Violation>>> byRule = new LinkedHashMap<>();
        List<Violation> onlyInc = minus(inc, all);
        List<Violation> onlyFull = minus(all, inc);
        Set<String> ids = new TreeSet<>();
        onlyInc.forEach(x -> ids.add(x.ruleId()));
        onlyFull.forEach(x -> ids.add(x.ruleId()));
        for (String id : ids) {
            List<Violation> a = onlyInc.stream().filter(x -> x.ruleId().equals(id)).toList();
            List<Violation> f = onlyFull.stream().filter(x -> x.ruleId().equals(id)).toList();
            byRule.put(id, List.of(a, f));
        }
        b.append("\n  rules that differ: ").append(ids);
        for (Map.Entry<String, List<List<Violation>>> e : byRule.entrySet()) {
            Rule r = v.pack().rule(e.getKey());
            b.append("\n  rule ").append(e.getKey()).append(" [").append(r.shape()).append(", reads ").append(r.reads())
                    .append("]");
            for (Violation x : e.getValue().get(0)) {
                b.append("\n    only in incremental: ").append(describe(x));
            }
            for (Violation x : e.getValue().get(1)) {
                b.append("\n    only in full:        ").append(describe(x));
            }
        }
        if (ids.isEmpty()) {
            b.append("\n  (the same violations, in another order)\n  incremental: ").append(inc).append("\n  full: ").append(all);
        }
        throw new AssertionError(b.toString());
    }

    private static void checkCauses(ValidationResult r, Set<ChangeEvent> seen, int index, int total, OrgStructure before,
            Step step) {
        for (Violation x : r.violations()) {
            if (x.cause().isPresent() && !seen.contains(x.cause().get())) {
                throw new AssertionError(header(index, total, before, step) + "violation " + describe(x)
                        + " names as its cause " + x.cause().get() + ", which is not an event of the steps so far");
            }
        }
    }

    private static String header(int index, int total, OrgStructure before, Step step) {
        return "Step " + index + " of " + total + " (from " + before.date() + " to " + step.structure().date()
                + "), change:\n  " + step.event().describe().stripTrailing().replace("\n", "\n  ") + "\n";
    }

    /** The elements of {@code a} not matched by one of {@code b} (as multisets). */
    static List<Violation> minus(List<Violation> a, List<Violation> b) {
        Map<Violation, Integer> count = new LinkedHashMap<>();
        b.forEach(x -> count.merge(x, 1, Integer::sum));
        List<Violation> out = new ArrayList<>();
        for (Violation x : a) {
            Integer n = count.get(x);
            if (n == null || n == 0) {
                out.add(x);
            } else {
                count.put(x, n - 1);
            }
        }
        return out;
    }

    static String describe(Violation v) {
        StringBuilder b = new StringBuilder(v.severity().toString()).append(' ').append(v.messageEn());
        b.append(" {units ").append(v.units());
        if (!v.posts().isEmpty()) {
            b.append(", posts ").append(v.posts());
        }
        if (!v.people().isEmpty()) {
            b.append(", people ").append(v.people());
        }
        b.append('}');
        v.cause().ifPresent(c -> b.append(" cause ").append(c.type()).append(' ').append(c.info().effective()));
        return b.toString();
    }
}
