package org.bomay.core.sim;

import static org.bomay.core.sim.SimFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.UnitId;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.Selector;
import org.junit.jupiter.api.Test;

class SimulationTest {
    private static final LocalDate BAD_DAY = LocalDate.of(2019, 9, 1);

    /** A step on 1/9/2019 transferring a unit that does not exist. */
    private static Step badStep() {
        return Step.of("bad", BAD_DAY, "Điều chuyển đơn vị không có", Transfer.of(BAD_DAY, UnitId.of("kb.khong"), HU));
    }

    private static List<Double> series(SimulationResult r, String key) {
        return r.timeline().stream().map(e -> e.measurements().get(key)).toList();
    }

    // ------------------------------------------------------------------ the timeline

    @Test
    void timeline_hasTheBaselineThenEachStepInDateOrder() {
        SimulationResult r = sim().run(programme("Chương trình").build());
        assertEquals(List.of(TimelineEntry.Kind.BASELINE, TimelineEntry.Kind.STEP, TimelineEntry.Kind.STEP, TimelineEntry.Kind.STEP,
                TimelineEntry.Kind.STEP), r.timeline().stream().map(TimelineEntry::kind).toList());
        assertEquals(List.of(BASE, MERGER_DAY, TRANSFER_DAY, MODEL_DAY, REDUCE_DAY), r.timeline().stream().map(TimelineEntry::date).toList());
        assertEquals("baseline", r.timeline().get(0).label());
        assertEquals("Hợp nhất Phòng Nội vụ và Phòng Tài chính – Kế hoạch", r.timeline().get(1).label());
        assertTrue(r.timeline().stream().allMatch(TimelineEntry::applied));
        // 1 + 1 + 2 + 1 changes
        assertEquals(List.of(0, 1, 1, 2, 1), r.timeline().stream().map(e -> e.events().size()).toList());
        assertEquals(List.of(ChangeType.RELIEVE, ChangeType.ASSIGN_CONCURRENT), r.entry("x3-model").events().stream().map(e -> e.type()).toList());
        assertEquals(6, r.history().size());
        assertEquals(Optional.of(mergerStep()), r.entry("office-merger").step());
        assertEquals(REDUCE_DAY, r.finalStructure().date());
        assertFalse(r.stopped());
        assertTrue(r.failures().isEmpty());
    }

    @Test
    void timeline_measuresEveryEntry() {
        SimulationResult r = sim().run(programme("Chương trình").build());
        // the merger: 17 → 16 organizations; Vân's head post becomes a deputy post of kb.nvtc: 8 → 9 deputies
        assertEquals(List.of(17.0, 16.0, 16.0, 16.0, 16.0), series(r, "units"));
        assertEquals(List.of(8.0, 9.0, 9.0, 9.0, 9.0), series(r, "deputies"));
        // the transfer: kb.hu spans 7, the party is 2 layers deep
        assertEquals(List.of(6.0, 6.0, 7.0, 7.0, 7.0), series(r, "span.max"));
        assertEquals(List.of(3.0, 3.0, 2.0, 2.0, 2.0), series(r, "layers.PARTY"));
        // Lâm's concurrent chair of x3.hdnd
        assertEquals(List.of(2.0, 2.0, 2.0, 3.0, 3.0), series(r, "concurrent.tenures"));
        // the reduction of kb.vp: 13 → 11 staff, no unit over quota, 3 + 1 vacancies
        assertEquals(List.of(46.0, 46.0, 46.0, 46.0, 44.0), series(r, "staff.actual"));
        assertEquals(List.of(48.0, 48.0, 48.0, 48.0, 48.0), series(r, "staff.quota"));
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0, 0.0), series(r, "staff.over-quota-units"));
        assertEquals(List.of(3.0, 3.0, 3.0, 3.0, 4.0), series(r, "staff.vacancies"));
        // violations: the merger adds an INFO (kb.nvtc in grace), the reduction removes the quota ERROR
        assertEquals(List.of(2.0, 2.0, 2.0, 2.0, 1.0), series(r, "violations.ERROR"));
        assertEquals(List.of(0.0, 1.0, 1.0, 1.0, 1.0), series(r, "violations.INFO"));
        assertEquals(List.of(0.0, 1.0, 1.0, 1.0, 1.0), series(r, "deputies.in-grace"));
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0, 1.0), series(r, "deputies.over-cap"));
        assertEquals(Metrics.standard().size(), 14);
        assertEquals(r.timeline().get(4).measurements(), r.finalMeasurements());
        assertEquals(r.timeline().get(0).measurements(), r.baselineMeasurements());
    }

    @Test
    void timeline_reportsTheViolationsThatAppearedAndWereResolved() {
        SimulationResult r = sim().run(programme("Chương trình").build());
        TimelineEntry merger = r.entry("office-merger");
        assertEquals(1, merger.appeared().size());
        Violation v = merger.appeared().get(0);
        assertEquals(CAP_PHO, v.ruleId());
        assertEquals(Severity.INFO, v.severity());
        assertEquals(List.of(NVTC), v.units());
        // the posts with deputies in office: Tâm and Uyên's, Vân's former head post, Xuân's
        assertEquals(List.of(NV_PP, TC_TP, TC_PP), v.posts());
        assertEquals(List.of(v), merger.caused());
        assertTrue(merger.resolved().isEmpty());
        TimelineEntry reduce = r.entry("reduce");
        assertTrue(reduce.appeared().isEmpty());
        assertEquals(List.of(BIEN_CHE), reduce.resolved().stream().map(Violation::ruleId).toList());
        assertEquals(List.of(VP), reduce.resolved().get(0).units());
        assertTrue(r.entry("cell-transfer").appeared().isEmpty() && r.entry("cell-transfer").resolved().isEmpty());
        assertEquals("2019-07-01 office-merger APPLIED: 1 change, +1 −0 violations", merger.toString());
        assertEquals("2020-01-01 x3-model APPLIED: 2 changes, +0 −0 violations", r.entry("x3-model").toString());
    }

    @Test
    void finalValidation_equalsAFullValidationOfTheHistory() {
        SimulationResult r = sim().run(programme("Chương trình").build());
        var full = Validator.of(pack()).validate(r.history());
        assertEquals(full.violations(), r.finalValidation().violations());
        assertEquals(r.finalStructure(), r.finalValidation().structure());
        // 1 ERROR (kb.vp's 3 deputies), 2 WARNINGs (vacancies in x1), 1 INFO (kb.nvtc in grace)
        assertEquals(List.of(1, 2, 1), List.of(r.finalValidation().count(Severity.ERROR), r.finalValidation().count(Severity.WARNING),
                r.finalValidation().count(Severity.INFO)));
        assertEquals("RulePack[Thử nghiệm, 3 rules]", r.pack().toString());
    }

    @Test
    void entry_ofAnUnknownStep_namesTheStepsThereAre() {
        SimulationResult r = sim(Metrics.organizations()).run(programme("Chương trình").build());
        BomayException e = assertThrows(BomayException.class, () -> r.entry("khong-co"));
        assertTrue(e.getMessage().contains("[office-merger, cell-transfer, x3-model, reduce]"), e.getMessage());
    }

    @Test
    void toString_summarizesAndTabulates() {
        SimulationResult r = sim().run(programme("Chương trình").build());
        String text = r.toString();
        assertTrue(text.startsWith("Simulation of \"Chương trình\" against Thử nghiệm: 4/4 steps applied; units 17 → 16, errors 2 → 1, "
                + "targets met 0/0\n"), text);
        assertTrue(text.contains("office-merger") && text.contains("APPROVED") && text.contains("APPLIED"), text);
        assertFalse(text.contains("failed:"), text);
        String reductions = r.reductionTable();
        assertTrue(reductions.contains("staff.actual") && reductions.contains("−4.3%"), reductions);
        assertFalse(reductions.contains("admin-units"), reductions);
        assertEquals(new Measurements.Delta("units", 17, 16), r.reductions().get(0));
    }

    // ------------------------------------------------------------------ failures

    @Test
    void failedStep_stop_leavesLaterStepsNotRun() {
        SimulationResult r = sim().run(programme("P").step(badStep()).build());
        assertEquals(List.of(TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.FAILED,
                TimelineEntry.Outcome.NOT_RUN, TimelineEntry.Outcome.NOT_RUN, TimelineEntry.Outcome.NOT_RUN),
                r.timeline().stream().map(TimelineEntry::outcome).toList());
        TimelineEntry bad = r.entry("bad");
        String failure = bad.failure().orElseThrow();
        assertTrue(failure.startsWith("TRANSFER kb.khong → under kb.hu: "), failure);
        assertTrue(failure.contains("unit kb.khong is not in the structure on 2019-09-01"), failure);
        assertEquals(List.of(bad), r.failures());
        assertTrue(r.stopped());
        assertTrue(bad.events().isEmpty());
        // the entries that did not apply carry the state the merger left
        assertEquals(r.entry("office-merger").measurements(), bad.measurements());
        assertEquals(r.entry("office-merger").structure(), r.entry("reduce").structure());
        assertEquals(MERGER_DAY, r.finalStructure().date());
        assertEquals(2, r.history().size());
        assertEquals(16.0, r.finalMeasurements().get("units"));
        assertEquals(46.0, r.finalMeasurements().get("staff.actual"));
        assertTrue(r.toString().contains("1/5 steps applied, 1 failed, stopped"), r.toString());
        assertTrue(r.timelineTable().contains("failed: 2019-09-01 bad: TRANSFER kb.khong"), r.timelineTable());
        assertTrue(bad.toString().startsWith("2019-09-01 bad FAILED: TRANSFER kb.khong"), bad.toString());
    }

    @Test
    void failedStep_skip_goesOnWithoutIt() {
        SimulationResult r = sim().onFailure(Simulation.OnFailure.SKIP).run(programme("P").step(badStep()).build());
        assertEquals(List.of(TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.FAILED,
                TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.APPLIED),
                r.timeline().stream().map(TimelineEntry::outcome).toList());
        assertFalse(r.stopped());
        assertEquals(1, r.failures().size());
        assertEquals(44.0, r.finalMeasurements().get("staff.actual"));
        assertEquals(6, r.history().size());
    }

    @Test
    void failedStep_isAllOrNothing_itsFirstChangeLeavesNothingInTheHistory() {
        // Minh is relieved, then a person who does not exist is appointed: the step fails on its second change
        Step half = Step.builder("x3-half", MODEL_DAY, "Thay Chủ tịch HĐND xã Tân Sơn").change(Relieve.of(MODEL_DAY, MINH, X3_HDND_CT))
                .change(Appoint.concurrent(MODEL_DAY, PersonId.of("p.khong"), X3_HDND_CT)).build();
        Scenario s = programme("P").remove("x3-model").step(half).build();
        SimulationResult r = sim().onFailure(Simulation.OnFailure.SKIP).run(s);
        TimelineEntry e = r.entry("x3-half");
        assertEquals(TimelineEntry.Outcome.FAILED, e.outcome());
        String failure = e.failure().orElseThrow();
        assertTrue(failure.startsWith("ASSIGN_CONCURRENT p.khong → x3.hdnd.ct (kiêm nhiệm): "), failure);
        assertTrue(failure.contains("person p.khong is not in the structure"), failure);
        // Minh still chairs x3.hdnd at the end, and no RELIEVE is in the history
        assertEquals(List.of(MINH), r.finalStructure().holders(X3_HDND_CT).stream().map(p -> p.id()).toList());
        assertEquals(List.of(ChangeType.MERGE, ChangeType.TRANSFER, ChangeType.REDUCE_STAFF),
                r.history().events().stream().map(ev -> ev.type()).toList());
        // the reduction after it still ran
        assertTrue(r.entry("reduce").applied());
        // STOP: the same failure, and the reduction is not run
        SimulationResult stop = sim().run(s);
        assertEquals(TimelineEntry.Outcome.NOT_RUN, stop.entry("reduce").outcome());
        assertEquals(List.of(MINH), stop.finalStructure().holders(X3_HDND_CT).stream().map(p -> p.id()).toList());
    }

    // ------------------------------------------------------------------ options

    @Test
    void only_excludesTheOtherStatuses() {
        // office-merger APPROVED, cell-transfer DONE, x3-model and reduce PLANNED
        Simulation decided = sim(Metrics.organizations(), Metrics.concurrentPosts(), Metrics.staffActual()).only(Step.Status.APPROVED,
                Step.Status.DONE);
        SimulationResult r = decided.run(programme("P").build());
        assertEquals(List.of(TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.APPLIED,
                TimelineEntry.Outcome.EXCLUDED, TimelineEntry.Outcome.EXCLUDED), r.timeline().stream().map(TimelineEntry::outcome).toList());
        assertEquals(16.0, r.finalMeasurements().get("units"));
        assertEquals(2.0, r.finalMeasurements().get("concurrent.tenures"));
        assertEquals(46.0, r.finalMeasurements().get("staff.actual"));
        assertFalse(r.stopped());
        assertTrue(r.toString().contains("2/4 steps applied"), r.toString());
        assertTrue(decided.toString().contains("only [APPROVED, DONE]"), decided.toString());
        assertThrows(BomayException.class, () -> sim().only());
        assertThrows(BomayException.class, () -> sim().only((Step.Status) null));
    }

    @Test
    void metrics_replacesTheTimelineSet_butTargetsMeasureTheirOwn() {
        Target posts = Target.atMost(Metrics.posts().select("posts.vacant"), 3, END_2020).named("vacant");
        SimulationResult r = sim(Metrics.organizations(), Metrics.staffActual()).run(programme("P").target(posts).build());
        for (TimelineEntry e : r.timeline()) {
            assertEquals(List.of("units", "staff.actual"), e.measurements().keys().asList());
        }
        // 3 vacancies throughout
        assertEquals(3.0, r.target("vacant").value().getAsDouble());
        assertTrue(r.target("vacant").met());
        assertThrows(BomayException.class, () -> sim().metrics(null));
        assertThrows(BomayException.class, () -> sim().metrics(Arrays.asList(Metrics.organizations(), null)));
    }

    @Test
    void within_scopesTheTimeline_butTargetsKeepTheirScope() {
        Target all = Target.atMost(Metrics.organizations(), 16, END_2020).named("all");
        Simulation party = sim(Metrics.organizations(), Metrics.staffActual()).within(Selector.any().pillars(Pillar.PARTY));
        SimulationResult r = party.run(programme("P").target(all).build());
        // the party's 8 organizations throughout (the merger is in the state pillar); its only staff is kb.hu.vp's 7
        assertEquals(List.of(8.0, 8.0, 8.0, 8.0, 8.0), series(r, "units"));
        assertEquals(List.of(7.0, 7.0, 7.0, 7.0, 7.0), series(r, "staff.actual"));
        assertEquals(16.0, r.target("all").value().getAsDouble());
        assertTrue(party.toString().contains("within"), party.toString());
    }

    @Test
    void aPackWithoutRules_givesMetricsAndNoViolations() {
        SimulationResult r = Simulation.of(RulePack.of("none")).run(programme("P").build());
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0), series(r, "violations.ERROR"));
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0), series(r, "deputies.over-cap"));
        assertEquals(44.0, r.finalMeasurements().get("staff.actual"));
    }

    @Test
    void badArguments_areRejected() {
        assertThrows(BomayException.class, () -> Simulation.of(null));
        assertThrows(BomayException.class, () -> sim().run(null));
        assertThrows(BomayException.class, () -> sim().onFailure(null));
        assertThrows(BomayException.class, () -> sim().within(null));
        assertThrows(BomayException.class, () -> sim().runAll(null));
        assertEquals("Simulation[RulePack[Thử nghiệm, 3 rules], STOP, all statuses]", sim().toString());
    }

    // ------------------------------------------------------------------ determinism and parallel runs

    @Test
    void theSameScenarioRunTwice_givesEqualResults() {
        Scenario s = programme("P").target(Target.reduction(Metrics.staffActual(), 4, END_2020)).build();
        SimulationResult a = sim().run(s);
        SimulationResult b = sim().run(s);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, sim().run(programme("P").remove("reduce").target(Target.reduction(Metrics.staffActual(), 4, END_2020)).build()));
    }

    private static Scenario withRate(long seed) {
        return programme("Tỉ lệ " + seed).attrition(Attrition.rate(0.05, seed))
                .target(Target.atLeast(Metrics.organizations(), 0, LocalDate.of(2022, 12, 31)).named("đến 2022")).build();
    }

    @Test
    void attritionRate_sameSeedSameResult_otherSeedOtherResult() {
        SimulationResult a = sim().run(withRate(1));
        SimulationResult again = sim().run(withRate(1));
        assertEquals(a, again);
        assertEquals(a.toString(), again.toString());
        SimulationResult b = sim().run(withRate(2));
        // 4 years of 5% on 46 people: seeds 1 and 2 draw different leavers
        List<Double> staffA = series(a, "staff.actual");
        List<Double> staffB = series(b, "staff.actual");
        assertNotEquals(staffA, staffB);
        assertNotEquals(a.finalStructure(), b.finalStructure());
        // the same leavers whatever the name of the scenario
        SimulationResult renamed = sim().run(withRate(1).branch("Tên khác").build());
        assertEquals(staffA, series(renamed, "staff.actual"));
    }

    @Test
    void runAll_equalsRunningOneByOne_inOrder() {
        Scenario p = programme("Chương trình").target(Target.reduction(Metrics.staffActual(), 4, END_2020).named("4%")).build();
        List<Scenario> branches = List.of(p,
                p.branch("Không hợp nhất").remove("office-merger").build(),
                p.branch("Không tinh giản").remove("reduce").build(),
                p.branch("Hợp nhất chậm").replace("office-merger", mergerStep().withDate(LocalDate.of(2020, 3, 1))).build(),
                p.branch("Nghỉ việc 5%").attrition(Attrition.rate(0.05, 42)).build(),
                p.branch("Nghỉ hưu").attrition(Attrition.retirementAge(60)).build());
        Simulation sim = sim();
        List<SimulationResult> one = new ArrayList<>();
        for (Scenario s : branches) {
            one.add(sim.run(s));
        }
        List<SimulationResult> all = sim.runAll(branches);
        assertEquals(one, all);
        assertEquals(branches.stream().map(Scenario::name).toList(), all.stream().map(SimulationResult::name).toList());
        for (int i = 0; i < one.size(); i++) {
            assertEquals(one.get(i).toString(), all.get(i).toString(), branches.get(i).name());
        }
        // the branches really differ
        assertEquals(17.0, all.get(1).finalMeasurements().get("units"));
        assertEquals(46.0, all.get(2).finalMeasurements().get("staff.actual"));
    }

    @Test
    void runAll_rejectsTwoScenariosWithOneName() {
        Scenario p = programme("P").build();
        BomayException e = assertThrows(BomayException.class, () -> sim().runAll(List.of(p, programme("P").remove("reduce").build())));
        assertTrue(e.getMessage().contains("\"P\""), e.getMessage());
        assertEquals(List.of(), sim().runAll(List.of()));
    }

    @Test
    void resultsAreUsableFromSeveralThreads() throws Exception {
        Scenario p = programme("P").build();
        SimulationResult expected = sim().run(p);
        List<Thread> threads = new ArrayList<>();
        List<SimulationResult> got = Collections.synchronizedList(new ArrayList<>());
        Simulation shared = sim();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> got.add(shared.run(p)));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(4, got.size());
        got.forEach(g -> assertEquals(expected, g));
        // and the tenures in the final structure are the expected ones
        assertEquals(List.of(X3_DU_BT, X3_HDND_CT), expected.finalStructure().postsOf(LAM).stream().map(Tenure::post).toList());
        assertEquals(PostRole.DEPUTY, expected.finalStructure().post(TC_TP).role());
    }
}
