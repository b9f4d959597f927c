package org.bomay.core.sim;

import static org.bomay.core.sim.SimFixture.BASE;
import static org.bomay.core.sim.SimFixture.END_2019;
import static org.bomay.core.sim.SimFixture.END_2020;
import static org.bomay.core.sim.SimFixture.KB;
import static org.bomay.core.sim.SimFixture.MERGER_DAY;
import static org.bomay.core.sim.SimFixture.NV;
import static org.bomay.core.sim.SimFixture.NVTC;
import static org.bomay.core.sim.SimFixture.TC;
import static org.bomay.core.sim.SimFixture.UBND;
import static org.bomay.core.sim.SimFixture.mergerStep;
import static org.bomay.core.sim.SimFixture.sim;
import static org.bomay.core.sim.SimFixture.structure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.types.Selector;
import org.junit.jupiter.api.Test;

/** The horizon of a scenario, attrition after a stop, spans under a scope, and moving a merger step. */
class SimulationEdgeTest {

    @Test
    void until_extendsTheScenarioSoThatAttritionProjectsWithoutAnyStepOrTarget() {
        Scenario s = Scenario.builder("Nghỉ hưu", structure()).attrition(Attrition.retirementAge(60)).until(END_2020).build();
        assertEquals(END_2020, s.end());
        assertEquals(Optional.of(END_2020), s.horizon());
        SimulationResult r = sim(Metrics.staff()).run(s);
        assertEquals(List.of("baseline", "attrition 2019", "attrition 2020"), r.timeline().stream().map(TimelineEntry::label).toList());
        // a branch keeps the horizon; without it nothing is projected
        assertEquals(Optional.of(END_2020), s.branch("B").build().horizon());
        Scenario none = Scenario.builder("Không", structure()).attrition(Attrition.retirementAge(60)).build();
        assertEquals(BASE, none.end());
        assertEquals(1, sim(Metrics.staff()).run(none).timeline().size());
    }

    @Test
    void until_beforeTheBaseline_isRejected() {
        BomayException e = assertThrows(BomayException.class,
                () -> Scenario.builder("S", structure()).until(LocalDate.of(2018, 12, 31)).build());
        assertTrue(e.getMessage().contains("2018-12-31") && e.getMessage().contains("baseline"), e.getMessage());
        assertThrows(BomayException.class, () -> Scenario.builder("S", structure()).until(null));
    }

    @Test
    void afterAStop_laterAttritionYearsAreReportedNotRun() {
        Step broken = Step.of("broken", MERGER_DAY, "Tinh giản đơn vị không tồn tại", ReduceStaff.of(MERGER_DAY, UnitId.of("kb.khong-co"), 1));
        Scenario s = Scenario.builder("Dừng", structure()).step(broken).attrition(Attrition.retirementAge(60)).until(END_2020).build();
        SimulationResult r = sim(Metrics.staff()).run(s);
        assertEquals(List.of(TimelineEntry.Outcome.APPLIED, TimelineEntry.Outcome.FAILED, TimelineEntry.Outcome.NOT_RUN,
                TimelineEntry.Outcome.NOT_RUN), r.timeline().stream().map(TimelineEntry::outcome).toList());
        assertEquals(List.of("baseline", "Tinh giản đơn vị không tồn tại", "attrition 2019", "attrition 2020"),
                r.timeline().stream().map(TimelineEntry::label).toList());
        assertTrue(r.stopped());
        assertTrue(r.failures().get(0).failure().orElseThrow().contains("kb.khong-co"), r::toString);
        // skipping the failure, the years are projected
        SimulationResult skipped = sim(Metrics.staff()).onFailure(Simulation.OnFailure.SKIP).run(s);
        assertEquals(TimelineEntry.Outcome.APPLIED, skipped.timeline().get(3).outcome());
        assertTrue(!skipped.stopped());
    }

    @Test
    void spans_countOnlySubordinatesInScope() {
        // the UBND has 3 offices in force (kb.tkn ceased, kb.qd not yet established)
        MetricContext all = MetricContext.of(structure());
        assertEquals(3.0, Measurements.of(List.of(Metrics.spans()), all.within(Selector.kinds(VnKinds.UBND, VnKinds.PHONG,
                VnKinds.VAN_PHONG_HDND_UBND).levels(Level.DISTRICT))).get("span.max"));
        // with the offices out of scope, the UBND manages nothing in scope
        Measurements onlyUbnd = Measurements.of(List.of(Metrics.spans()), all.within(Selector.kinds(VnKinds.UBND).levels(Level.DISTRICT)));
        assertEquals(0.0, onlyUbnd.get("span.managers"));
        assertTrue(structure().children(UBND).size() >= 3);
    }

    @Test
    void withDate_movesAMergersNewUnitThatStartsOnTheStepsDate() {
        Unit result = Unit.builder(NVTC, "Phòng Nội vụ – Tài chính", VnKinds.PHONG, Level.DISTRICT).territory(KB)
                .validity(Period.from(MERGER_DAY)).build();
        Merge m = Merge.of(MERGER_DAY, List.of(NV, TC), result).withHead(SimFixture.SON);
        LocalDate later = LocalDate.of(2020, 3, 1);
        Step moved = Step.of("m", MERGER_DAY, "Hợp nhất", m).withDate(later);
        Merge movedMerge = (Merge) moved.changes().get(0);
        assertEquals(later, movedMerge.effective());
        assertEquals(Period.from(later), movedMerge.result().validity());
        SimulationResult r = sim(Metrics.organizations()).run(Scenario.builder("S", structure()).step(moved).build());
        assertTrue(r.entry("m").applied(), () -> r.entry("m").toString());
        assertEquals(Period.from(later), r.finalStructure().unit(NVTC).validity());
        // moving a step to its own date changes nothing
        assertEquals(mergerStep().changes(), mergerStep().withDate(MERGER_DAY).changes());
    }

    @Test
    void timelineMetricErrors_nameTheScenario() {
        Simulation bad = SimFixture.sim(Metrics.violationsOf("khong.co"));
        BomayException e = assertThrows(BomayException.class, () -> bad.run(Scenario.builder("Tên kịch bản", structure()).build()));
        assertTrue(e.getMessage().contains("Tên kịch bản") && e.getMessage().contains("khong.co"), e.getMessage());
    }

    @Test
    void violationsOfACeasedUnit_doNotReappearOnEveryEntry() {
        // kb.tkn (ceased 1/3/2018) is reported once, at the baseline, not appeared and resolved again on every step
        SimulationResult r = Simulation.of(org.bomay.core.profile.vn.VnRules.structural()).run(SimFixture.programme("P").build());
        for (TimelineEntry e : r.timeline().subList(1, r.timeline().size())) {
            assertTrue(e.appeared().stream().noneMatch(v -> v.units().contains(SimFixture.TKN)), e::toString);
            assertTrue(e.resolved().stream().noneMatch(v -> v.units().contains(SimFixture.TKN)), e::toString);
        }
        assertTrue(r.timeline().get(0).validation().violations().stream().anyMatch(v -> v.units().contains(SimFixture.TKN)));
    }
}
