package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeException;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Convert;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Split;
import org.bomay.core.change.Transfer;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.PlanGen.Plan;
import org.bomay.testkit.PlanGen.PlannedStep;
import org.bomay.testkit.PlanGen.StepKind;
import org.junit.jupiter.api.Test;

/** The plan generator is deterministic, covers every kind of change, and its mistakes are mistakes. */
class PlanGenTest {
    /** See {@link OrgStructurePropertiesTest}: QuickTheories keeps every counterexample; bound the shrinking. */
    private static final int SHRINK_CYCLES = 5_000;

    @Test
    void theSameStepsOnTheSameStructure_produceTheSameChanges() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(50).forAll(PlanGen.plans()).checkAssert(plan -> {
            Plan again = PlanGen.plan(plan.initial().toBuilder().build(), plan.steps());
            assertEquals(plan.produced(), again.produced());
            assertTrue(plan.history().current().sameContent(again.history().current()));
        });
    }

    @Test
    void effectiveDates_neverDecrease_andStartOnTheStructuresDate() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(100).forAll(PlanGen.plans()).checkAssert(plan -> {
            var last = plan.initial().date();
            for (Change c : plan.changes()) {
                assertFalse(c.effective().isBefore(last), () -> c.summary() + " takes effect before " + plan.initial().date());
                last = c.effective();
            }
        });
    }

    /**
     * Each step marked as a mistake produces a change that a correct implementation rejects (or
     * nothing): a merge without a head, a split that drops a post, a transfer into its own subtree...
     */
    @Test
    void aStepMarkedAsAMistake_producesAChangeThatIsRejected() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(150).forAll(PlanGen.plans(PlanGen.structureConfig(), 1, 8, 50))
                .checkAssert(plan -> {
                    History h = History.start(plan.initial());
                    for (int i = 0; i < plan.steps().size(); i++) {
                        Optional<Change> c = plan.produced().get(i);
                        if (c.isEmpty()) {
                            continue;
                        }
                        try {
                            History next = h.apply(c.get());
                            if (plan.steps().get(i).mistake()) {
                                fail("step " + (i + 1) + " is a mistake, but its change was accepted: " + c.get().type() + " "
                                        + c.get().summary());
                            }
                            h = next;
                        } catch (ChangeException e) {
                            // rejected
                        }
                    }
                });
    }

    /**
     * Over a fixed sample of plans, every kind of change, and every variant of one that the
     * generator means to produce, is produced and accepted, and most steps that are not mistakes
     * produce a change that applies. A failure prints the tallies.
     */
    @Test
    void plans_produceEveryKindOfChange_mostOfThemAccepted() {
        Map<StepKind, int[]> byStep = new EnumMap<>(StepKind.class);     // produced, accepted, nothing to act on
        Map<ChangeType, Integer> accepted = new EnumMap<>(ChangeType.class);
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, Integer> seen = new TreeMap<>();
        qt().withFixedSeed(20_180_701L).withShrinkCycles(SHRINK_CYCLES).withExamples(300)
                .forAll(PlanGen.plans(PlanGen.structureConfig(), 1, 8, 0)).checkAssert(plan -> {
                    History h = History.start(plan.initial());
                    for (int i = 0; i < plan.steps().size(); i++) {
                        PlannedStep step = plan.steps().get(i);
                        int[] n = byStep.computeIfAbsent(step.kind(), k -> new int[3]);
                        Optional<Change> c = plan.produced().get(i);
                        if (c.isEmpty()) {
                            n[2]++;
                            continue;
                        }
                        n[0]++;
                        try {
                            OrgStructure before = h.current();
                            h = h.apply(c.get());
                            n[1]++;
                            accepted.merge(c.get().type(), 1, Integer::sum);
                            variants(c.get(), before).forEach(v -> seen.merge(v, 1, Integer::sum));
                        } catch (ChangeException e) {
                            String r = step.kind() + ": " + e.reason().replaceAll("[a-z0-9]+(\\.[a-z0-9/]+)+", "#")
                                    .replaceAll("\\d+", "#");
                            reasons.merge(r.length() > 150 ? r.substring(0, 150) : r, 1, Integer::sum);
                        }
                    }
                });
        StringBuilder report = new StringBuilder("step kind: produced / accepted / nothing to act on\n");
        byStep.forEach((k, n) -> report.append(String.format("  %-18s %4d %4d %4d%n", k, n[0], n[1], n[2])));
        report.append("accepted by change type: ").append(accepted).append('\n');
        report.append("variants accepted: ").append(seen).append('\n');
        reasons.forEach((r, n) -> report.append(String.format("  %4d %s%n", n, r)));
        for (String v : VARIANTS) {
            assertTrue(seen.getOrDefault(v, 0) > 0, () -> "no accepted change of the variant '" + v + "'\n" + report);
        }
        for (ChangeType t : ChangeType.values()) {
            if (t != ChangeType.UNDO) {
                assertTrue(accepted.getOrDefault(t, 0) > 0, () -> "no " + t + " change was accepted\n" + report);
            }
        }
        int produced = byStep.values().stream().mapToInt(n -> n[0]).sum();
        int ok = byStep.values().stream().mapToInt(n -> n[1]).sum();
        assertTrue(ok >= produced * 9 / 10, () -> "only " + ok + " of " + produced + " changes were accepted\n" + report);
    }

    private static final List<String> VARIANTS = List.of("merge of three", "merge keeping an id", "merge placed elsewhere",
            "merge naming its head", "merge of administrative units", "absorb naming its head", "split of an administrative unit",
            "split part elsewhere", "split part with relations", "transfer to another level", "transfer to another territory",
            "transfer across pillars", "dissolve moving children", "dissolve moving a post", "dissolve moving staff",
            "convert releasing staff", "appoint a new person", "appoint someone already there", "compound of three",
            "reduce staff and quota", "decided before", "decided after");

    /** The variants of a change that the generator should produce now and then. */
    private static List<String> variants(Change c, OrgStructure before) {
        List<String> out = new java.util.ArrayList<>();
        c.info().decided().ifPresent(d -> out.add(d.isBefore(c.effective()) ? "decided before" : "decided after"));
        if (c instanceof Merge m) {
            out.add(m.sources().size() == 3 ? "merge of three" : "merge of two");
            if (m.sources().contains(m.result().id())) {
                out.add("merge keeping an id");
            }
            m.parent().ifPresent(x -> out.add("merge placed elsewhere"));
            m.head().ifPresent(x -> out.add("merge naming its head"));
            if (m.result().isTerritorial()) {
                out.add("merge of administrative units");
            }
        } else if (c instanceof Absorb a && a.head().isPresent()) {
            out.add("absorb naming its head");
        } else if (c instanceof Split x) {
            if (before.unit(x.source()).isTerritorial()) {
                out.add("split of an administrative unit");
            }
            if (x.parts().stream().anyMatch(p -> p.parent().isPresent())) {
                out.add("split part elsewhere");
            }
            if (x.parts().stream().anyMatch(p -> !p.relations().isEmpty())) {
                out.add("split part with relations");
            }
        } else if (c instanceof Transfer t) {
            t.newLevel().ifPresent(x -> out.add("transfer to another level"));
            t.newTerritory().ifPresent(x -> out.add("transfer to another territory"));
            if (t.crossPillar()) {
                out.add("transfer across pillars");
            }
        } else if (c instanceof Dissolve d) {
            if (d.disposition().allChildrenTo().isPresent()) {
                out.add("dissolve moving children");
            }
            if (!d.disposition().posts().isEmpty()) {
                out.add("dissolve moving a post");
            }
            if (d.disposition().staffTo().isPresent()) {
                out.add("dissolve moving staff");
            }
        } else if (c instanceof Convert v && v.disposition().staffReleased()) {
            out.add("convert releasing staff");
        } else if (c instanceof Appoint a) {
            out.add(a.newPerson().isPresent() ? "appoint a new person" : "appoint someone already there");
        } else if (c instanceof Compound x && x.parts().size() == 3) {
            out.add("compound of three");
        } else if (c instanceof ReduceStaff r && r.alsoQuota()) {
            out.add("reduce staff and quota");
        }
        return out;
    }

    /** The shortest failing plan keeps the step that breaks the property and drops the others. */
    @Test
    void shortestFailing_keepsOnlyTheStepsThatBreakTheProperty() {
        OrgStructure s = SyntheticCountry.builder().districtsPerProvince(1).communesPerDistrict(2).villagesPerCommune(1).build()
                .structure();
        List<Integer> zeros = List.of(0, 0, 0, 0, 0, 0, 0, 0);
        Plan p = PlanGen.plan(s, List.of(
                new PlannedStep(StepKind.RENAME, 3, false, zeros),
                new PlannedStep(StepKind.SET_QUOTA, 0, false, List.of(4, 7, 0, 0, 0, 0, 0, 0)),
                new PlannedStep(StepKind.MERGE, 12, false, zeros),
                new PlannedStep(StepKind.RELIEVE, 5, false, zeros)));
        java.util.function.Consumer<Plan> noMerge = plan -> assertTrue(
                plan.changes().stream().noneMatch(c -> c.type() == ChangeType.MERGE), "a plan without merges");
        Plan shortest = PlanGen.shortestFailing(p, noMerge);
        assertEquals(List.of(new PlannedStep(StepKind.MERGE, 0, false, zeros)), shortest.steps());
        assertEquals(ChangeType.MERGE, shortest.changes().get(0).type());
        assertEquals(p, PlanGen.shortestFailing(p, plan -> { }), "a plan that does not fail is returned as it is");
    }

    @Test
    void aPlan_printsEachStepWithItsChange_andTheStructure() {
        OrgStructure s = SyntheticCountry.builder().districtsPerProvince(1).communesPerDistrict(2).villagesPerCommune(1).build()
                .structure();
        List<Integer> zeros = List.of(0, 0, 0, 0, 0, 0, 0, 0);
        Plan p = PlanGen.plan(s, List.of(
                new PlannedStep(StepKind.MERGE, 0, false, zeros),
                new PlannedStep(StepKind.RENAME, 5, true, zeros)));
        String text = p.toString();
        assertTrue(text.startsWith("Plan of 2 steps on OrgStructure["), text);
        assertTrue(text.contains("  1. MERGE +0d [0, 0, 0, 0, 0, 0, 0, 0]\n       → " + s.date() + " hợp nhất (MERGE): "), text);
        assertTrue(text.contains("  2. RENAME +5d mistake "), text);
        assertTrue(text.contains("✗ rejected: unit "), text);
        assertTrue(text.contains("initial structure:\n" + s), text);
    }
}
