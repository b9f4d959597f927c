package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeEvent.StaffMove;
import org.bomay.core.change.ChangeEvent.UnitLink;
import org.bomay.core.change.ChangeException;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.PlanGen.Plan;
import org.junit.jupiter.api.Test;

/**
 * Properties of restructuring over random plans ({@link PlanGen}): what changes conserve, that
 * every snapshot stays valid, lineage, dates, rejection, undo and replay. A failing property
 * prints the shortest plan found that breaks it ({@link PlanGen#check}), with the changes it
 * produced and the initial structure, and the failure. {@link RestructuringRegressionTest} keeps
 * the bugs they found, reduced to small tests.
 */
class RestructuringPropertiesTest {
    private static final int EXAMPLES = 100;
    private static final Set<ChangeType> REORGANIZATIONS = Set.of(ChangeType.MERGE, ChangeType.ABSORB, ChangeType.SPLIT,
            ChangeType.TRANSFER);

    /** What happened to one change of a plan: the history before it, and after it unless it was rejected. */
    private record Outcome(History before, Change change, History after, ChangeException rejected) {
        boolean accepted() {
            return after != null;
        }

        ChangeEvent event() {
            return after.version(after.size() - 1).event().orElseThrow();
        }

        String what() {
            return change.type() + " " + change.effective() + " " + change.summary();
        }
    }

    /** Applies the plan's changes in order; a change that cannot apply must say so with a ChangeException. */
    private static List<Outcome> replay(Plan plan) {
        History h = History.start(plan.initial());
        List<Outcome> out = new ArrayList<>();
        for (Change c : plan.changes()) {
            try {
                History next = h.apply(c);
                out.add(new Outcome(h, c, next, null));
                h = next;
            } catch (ChangeException e) {
                out.add(new Outcome(h, c, null, e));
            } catch (RuntimeException e) {
                throw new AssertionError(c.type() + " " + c.summary() + " threw " + e
                        + " instead of applying or being rejected with a ChangeException", e);
            }
        }
        return out;
    }

    private static History end(Plan plan, List<Outcome> outcomes) {
        return outcomes.isEmpty() ? History.start(plan.initial())
                : outcomes.get(outcomes.size() - 1).accepted() ? outcomes.get(outcomes.size() - 1).after()
                : outcomes.get(outcomes.size() - 1).before();
    }

    // ------------------------------------------------------------------ conservation

    /**
     * A merge, an absorption, a split or a transfer moves posts, people and staff; it creates and
     * destroys none of them, except the posts and staff its event says it released.
     */
    @Test
    void mergesAbsorbsSplitsAndTransfers_conservePostsPeopleAndStaffQuota() {
        PlanGen.check(PlanGen.plans(), EXAMPLES, plan -> {
            for (Outcome o : replay(plan)) {
                if (!o.accepted() || !REORGANIZATIONS.contains(o.change().type())) {
                    continue;
                }
                OrgStructure before = o.before().current();
                OrgStructure after = o.after().current();
                ChangeEvent e = o.event();
                long released = e.posts().stream().filter(m -> m.to().isEmpty()).count();
                assertEquals(before.posts().size() - released, after.posts().size(), () -> o.what() + ": posts, less those released");
                assertEquals(before.people().size(), after.people().size(), () -> o.what() + ": people");
                long quotaOut = 0;
                long quotaIn = 0;
                long staffOut = 0;
                long staffIn = 0;
                for (StaffMove m : e.staff()) {
                    quotaOut += m.to().isEmpty() ? m.quota() : 0;
                    staffOut += m.to().isEmpty() ? m.actual() : 0;
                    quotaIn += m.from().isEmpty() ? m.quota() : 0;
                    staffIn += m.from().isEmpty() ? m.actual() : 0;
                }
                assertEquals(before.counts().staffQuota() - quotaOut + quotaIn, after.counts().staffQuota(),
                        () -> o.what() + ": staff quota, less what was released, plus what was granted");
                assertEquals(before.counts().actualStaff() - staffOut + staffIn, after.counts().actualStaff(),
                        () -> o.what() + ": actual staff, less what was released, plus what was granted");
                assertEquals(before.unitCount() - e.ceased().size() + e.established().size(), after.unitCount(),
                        () -> o.what() + ": units, less those ceased, plus those established");
            }
        });
    }

    /**
     * Every event is a faithful account of its change: every unit, post, person in office,
     * relation and unit of staff is where the event says, and lineage links lead from the units
     * acted on to the resulting ones ({@link HistoryInvariants#checkAll}).
     */
    @Test
    void everyEvent_accountsForEverythingItMoved() {
        PlanGen.check(PlanGen.plans(), EXAMPLES, plan -> {
            for (Outcome o : replay(plan)) {
                if (o.accepted()) {
                    HistoryInvariants.checkAll(o.before().current(), o.event(), o.after().current());
                }
            }
        });
    }

    // ------------------------------------------------------------------ validity

    /**
     * After every change the snapshot keeps every structure invariant (no cycle, levels, indexes,
     * tenures), is dated on the change's effective date, and full re-validation
     * ({@code toBuilder().build()}) agrees with the edit that was checked only where it touched.
     */
    @Test
    void afterEveryChange_theInvariantsHold_andFullValidationAgreesWithTheEdit() {
        PlanGen.check(PlanGen.plans(), EXAMPLES, plan -> {
            for (Outcome o : replay(plan)) {
                if (o.accepted()) {
                    assertEquals(o.change().effective(), o.after().current().date(), () -> o.what() + ": the new snapshot's date");
                    checkSnapshot(o.what(), o.after().current());
                }
            }
        });
    }

    /**
     * The same, and every event's account, in the three-tier system (provinces and communes, no
     * districts).
     */
    @Test
    void threeTierPlans_keepTheInvariants_andFullValidationAgrees() {
        StructureGen.Config threeTier = StructureGen.config().withThreeTiers(true).withCommunesPerProvince(1, 4)
                .withVillagesPerCommune(0, 2);
        PlanGen.check(PlanGen.plans(threeTier, 1, 8), EXAMPLES / 2, plan -> {
                    for (Outcome o : replay(plan)) {
                        if (o.accepted()) {
                            checkSnapshot(o.what(), o.after().current());
                            HistoryInvariants.checkAll(o.before().current(), o.event(), o.after().current());
                        }
                    }
                });
    }

    private static void checkSnapshot(String what, OrgStructure s) {
        try {
            StructureInvariants.checkAll(s);
        } catch (AssertionError e) {
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
        OrgStructure rebuilt;
        try {
            rebuilt = s.toBuilder().build();
        } catch (BomayException e) {
            throw new AssertionError(what + ": the edit accepted a snapshot that full validation rejects: " + e.getMessage(), e);
        }
        assertEquals(s, rebuilt, () -> what + ": full re-validation gives another snapshot");
    }

    // ------------------------------------------------------------------ lineage

    /**
     * A unit that ceases went somewhere (merged, absorbed, split): its event links it to its
     * successors and the history finds them, unless it was dissolved or converted.
     */
    @Test
    void everyCeasedUnit_hasSuccessors_unlessDissolvedOrConverted() {
        PlanGen.check(PlanGen.plans(), EXAMPLES, plan -> {
            for (Outcome o : replay(plan)) {
                if (!o.accepted()) {
                    continue;
                }
                for (ChangeEvent e : HistoryInvariants.leaves(o.event())) {
                    if (e.type() == ChangeType.DISSOLVE || e.type() == ChangeType.CONVERT) {
                        continue;
                    }
                    for (UnitId u : e.ceased()) {
                        List<UnitLink> links = e.links().stream().filter(l -> l.from().equals(u)).toList();
                        assertFalse(links.isEmpty(), () -> o.what() + ": " + e.type() + " ceased " + u + " without a link from it");
                        assertTrue(links.stream().allMatch(l -> l.kind() != LinkKind.RESTORED_AS), () -> o.what() + ": " + links);
                        assertFalse(o.after().successors(u).isEmpty(), () -> o.what() + ": the history finds no successor of " + u);
                        for (UnitLink l : links) {
                            assertTrue(o.after().predecessors(l.to()).stream().anyMatch(step -> step.from().equals(u)),
                                    () -> o.what() + ": " + l.to() + " does not name " + u + " among its predecessors");
                        }
                    }
                }
            }
        });
    }

    // ------------------------------------------------------------------ dates

    /**
     * The structure in force on a version's date is that version (the last one, when several
     * versions share the date), seen on that date; on the day before, it is the version before.
     */
    @Test
    void asOf_aVersionsDate_isTheLastVersionOfThatDay() {
        PlanGen.check(PlanGen.plans(), EXAMPLES, plan -> {
            History h = plan.history();
            for (int k = 0; k < h.size(); k++) {
                LocalDate date = h.version(k).date();
                int last = k;
                while (last + 1 < h.size() && h.version(last + 1).date().equals(date)) {
                    last++;
                }
                OrgStructure inForce = h.asOf(date);
                int expected = last;
                assertEquals(date, inForce.date(), () -> "asOf(" + date + ") is seen on another date");
                assertTrue(inForce.sameContent(h.version(expected).structure()),
                        () -> "asOf(" + date + ") is not version " + expected + " of " + h.versions());
                if (k > 0 && h.version(k - 1).date().isBefore(date)) {
                    int previous = k - 1;
                    assertTrue(h.asOf(date.minusDays(1)).sameContent(h.version(previous).structure()),
                            () -> "asOf(" + date.minusDays(1) + ") is not version " + previous + " of " + h.versions());
                }
            }
            LocalDate start = h.initial().date();
            assertThrows(BomayException.class, () -> h.asOf(start.minusDays(1)), "asOf before the history starts");
        });
    }

    // ------------------------------------------------------------------ rejection

    /**
     * A change that cannot apply is rejected with a ChangeException naming it, and leaves the
     * snapshot it was applied to, and the history, as they were; an accepted change leaves the
     * snapshot it was applied to unchanged too (snapshots are immutable). Plans here have 30%
     * mistakes.
     */
    @Test
    void aRejectedChange_leavesTheSnapshotAndTheHistoryUnchanged() {
        PlanGen.check(PlanGen.plans(PlanGen.structureConfig(), 1, 8, 30), EXAMPLES, plan -> {
                    History h = History.start(plan.initial());
                    for (Change c : plan.changes()) {
                        OrgStructure before = h.current();
                        OrgStructure copy = before.toBuilder().build();
                        int size = h.size();
                        String what = c.type() + " " + c.effective() + " " + c.summary();
                        History next;
                        try {
                            next = h.apply(c);
                        } catch (ChangeException e) {
                            assertEquals(c, e.change(), () -> what + ": the exception names another change: " + e.getMessage());
                            assertEquals(size, h.size(), () -> what + ": the history grew although the change was rejected");
                            assertEquals(copy, h.current(), () -> what + ": the rejected change altered the current snapshot");
                            ChangeException direct = assertThrows(ChangeException.class, () -> c.applyTo(before),
                                    () -> what + ": rejected by the history but accepted by applyTo");
                            assertEquals(e.reason(), direct.reason(), what);
                            assertEquals(copy, before, () -> what + ": applyTo altered the snapshot although it rejected the change");
                            continue;
                        } catch (RuntimeException e) {
                            throw new AssertionError(what + " threw " + e + " instead of applying or being rejected with a ChangeException", e);
                        }
                        assertEquals(copy, before, () -> what + ": applying the change altered the snapshot it was applied to");
                        assertEquals(size + 1, next.size(), what);
                        h = next;
                    }
                });
    }

    // ------------------------------------------------------------------ undo and replay

    /**
     * Undoing a change restores the snapshot before it (seen on the undo's date), as a new
     * version; undoing the undo restores the change's snapshot.
     */
    @Test
    void undo_restoresThePreviousSnapshot() {
        PlanGen.check(PlanGen.plans(), EXAMPLES, plan -> {
            int days = 0;
            for (Outcome o : replay(plan)) {
                if (!o.accepted()) {
                    continue;
                }
                History h = o.after();
                LocalDate when = h.current().date().plusDays(days++ % 2);
                History undone = h.undo(when);
                assertEquals(h.size() + 1, undone.size(), o.what());
                assertEquals(when, undone.current().date(), o.what());
                assertEquals(ChangeType.UNDO, undone.version(h.size()).event().orElseThrow().type(), o.what());
                assertTrue(undone.current().sameContent(o.before().current()),
                        () -> o.what() + ": undo does not restore the snapshot before the change");
                assertTrue(undone.undo(when).current().sameContent(h.current()),
                        () -> o.what() + ": undoing the undo does not restore the snapshot after the change");
                for (UnitId u : o.event().ceased()) {
                    assertTrue(undone.current().contains(u), () -> o.what() + ": undo does not bring back " + u);
                }
            }
        });
    }

    /**
     * Replaying only what had been decided, on a date after every effective and decision date,
     * gives every change back: the same current content, and as many versions.
     */
    @Test
    void asDecided_afterEverything_reproducesTheCurrentContent() {
        PlanGen.check(PlanGen.plans(), EXAMPLES, plan -> {
            List<Outcome> outcomes = replay(plan);
            History h = end(plan, outcomes);
            History decided = h.asDecided(plan.lastDate().plusDays(1));
            assertEquals(h.size(), decided.size(), "versions");
            assertTrue(decided.current().sameContent(h.current()), "asDecided after everything differs from the current content");
            for (int k = 0; k < h.size(); k++) {
                assertEquals(h.version(k).structure(), decided.version(k).structure(), "version " + k);
            }
        });
    }
}
