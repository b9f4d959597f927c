package org.bomay.examples.programme2030;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.sim.Comparison;
import org.bomay.core.sim.MetricContext;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.TargetResult;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** The programme of seed 003 as a scenario: its steps, which targets each branch meets, the key numbers, the lineage. */
class ActionProgrammeTest {
    private static final Simulation SIM = Simulation.of(VnRules.all()).within(ActionProgramme.DISTRICT);

    /** Both branches, run once for the whole class. */
    private static final class Runs {
        static final SimulationResult PLAN = SIM.run(ActionProgramme.scenario());
        static final SimulationResult BRANCH = SIM.run(ActionProgramme.withoutCommuneMergers());
    }

    private static Map<String, TargetResult.Status> statuses(SimulationResult r) {
        return r.targets().stream().collect(Collectors.toMap(t -> t.target().label(), TargetResult::status));
    }

    @Test
    void scenario_hasTenDatedStepsWithTheirLeadAgencies_andSevenTargets() {
        Scenario p = ActionProgramme.scenario();
        assertEquals(List.of(ActionProgramme.TUYEN_GIAO_TTBDCT, ActionProgramme.HOSPITAL, ActionProgramme.VOCATIONAL,
                ActionProgramme.AGRICULTURE, ActionProgramme.DAN_VAN_MTTQ, ActionProgramme.SMALL_SCHOOLS, ActionProgramme.COMMUNE_MERGERS,
                ActionProgramme.DEPUTIES_2021, ActionProgramme.COMMUNES_AFTER_MERGER, ActionProgramme.CENTRES_AFTER_MERGER),
                p.steps().stream().map(Step::id).toList());
        assertEquals("Sở Y tế", p.step(ActionProgramme.HOSPITAL).lead());
        assertEquals("Sở Giáo dục và Đào tạo", p.step(ActionProgramme.VOCATIONAL).lead());
        assertEquals("Sở Nông nghiệp và Phát triển nông thôn", p.step(ActionProgramme.AGRICULTURE).lead());
        assertTrue(p.step(ActionProgramme.AGRICULTURE).partners().contains("UBND huyện"), "the district coordinates (phối hợp)");
        assertEquals("Ban Tổ chức Huyện ủy", p.step(ActionProgramme.DEPUTIES_2021).lead());
        assertEquals(Step.Status.PLANNED, p.step(ActionProgramme.DAN_VAN_MTTQ).status(), "only when the province directs");
        assertEquals("653/2019/UBTVQH14", p.step(ActionProgramme.COMMUNE_MERGERS).basis().orElseThrow().number());
        assertEquals(2, p.step(ActionProgramme.COMMUNE_MERGERS).changes().size(), "one compound per merger");
        assertEquals(7, p.targets().size());
        assertEquals(870.0, p.targets().get(2).reference().getAsDouble(), "the 2015 quota is a reference value");
        assertEquals(ActionProgramme.END_2030, p.targets().get(1).deadline());
    }

    @Test
    void plan_meetsAllSevenTargets() {
        SimulationResult r = Runs.PLAN;
        assertTrue(r.failures().isEmpty(), r::toString);
        assertEquals("7/7", r.targetsMet(), r::targetTable);
        assertTrue(statuses(r).values().stream().allMatch(s -> s == TargetResult.Status.MET));
    }

    @Test
    void plan_keyNumbers_staffDown11_72PercentFrom2015_andWhenEachTargetWasMet() {
        SimulationResult r = Runs.PLAN;
        TargetResult staff = r.target(ActionProgramme.TARGET_STAFF);
        assertEquals(768.0, staff.value().getAsDouble());
        assertEquals(870.0, staff.baseline());
        assertEquals((768 - 870) / 870.0 * 100, staff.compared().getAsDouble(), 1e-9);
        assertEquals(Optional.of(ActionProgramme.CENTRES_DATE), staff.metSince(), "−10% of 870 is 783: reached with the last step");
        assertEquals(Optional.of(ActionProgramme.COMMUNES_DATE), r.target(ActionProgramme.TARGET_COMMUNES).metSince());
        assertEquals(Optional.of(ActionProgramme.TERM_2021_DATE), r.target(ActionProgramme.TARGET_DEPUTIES_2021).metSince(),
                "the caps of 1/7/2020 and 25/11/2020 are breached until the 2021–2026 term");
        assertEquals(Optional.of(ActionProgramme.SCHOOLS_DATE), r.target(ActionProgramme.TARGET_SCHOOLS).metSince());
        assertEquals(Optional.of(ActionProgramme.AGRICULTURE_DATE), r.target(ActionProgramme.TARGET_AGRICULTURE).metSince());
        assertEquals(Optional.of(ActionProgramme.VOCATIONAL_DATE), r.target(ActionProgramme.TARGET_VOCATIONAL).metSince());
        assertEquals(0.0, r.target(ActionProgramme.TARGET_DEPUTIES_2030).value().getAsDouble());
        assertEquals(103.0, r.baselineMeasurements().get("units"));
        assertEquals(88.0, r.finalMeasurements().get("units"));
        assertEquals(12.0, r.finalMeasurements().get("admin-units.COMMUNE"));
    }

    @Test
    void withoutCommuneMergers_missesTheCommuneAndTheStaffTargets_andMeetsTheOtherFive() {
        SimulationResult r = Runs.BRANCH;
        assertEquals(Optional.of(ActionProgramme.NAME), ActionProgramme.withoutCommuneMergers().parent());
        assertEquals("5/7", r.targetsMet(), r::targetTable);
        Map<String, TargetResult.Status> s = statuses(r);
        assertEquals(TargetResult.Status.MISSED, s.get(ActionProgramme.TARGET_COMMUNES));
        assertEquals(TargetResult.Status.MISSED, s.get(ActionProgramme.TARGET_STAFF));
        assertEquals(5, s.values().stream().filter(x -> x == TargetResult.Status.MET).count());
        assertEquals(3.0, r.target(ActionProgramme.TARGET_COMMUNES).value().getAsDouble(), "xã số 4, 5 and 9 remain");
        TargetResult staff = r.target(ActionProgramme.TARGET_STAFF);
        assertEquals(804.0, staff.value().getAsDouble());
        assertEquals((804 - 870) / 870.0 * 100, staff.compared().getAsDouble(), 1e-9);
        assertEquals(Optional.empty(), staff.metSince());
    }

    @Test
    void comparison_showsWhatTheCommuneMergersChange() {
        Comparison c = Comparison.of(Runs.PLAN, Runs.BRANCH);
        String a = Runs.PLAN.name();
        String b = Runs.BRANCH.name();
        assertEquals(88.0, c.value("units", a));
        assertEquals(96.0, c.value("units", b), "four commune organizations fewer per merger");
        assertEquals(768.0, c.value("staff.quota", a));
        assertEquals(804.0, c.value("staff.quota", b), "36 cadres of the merged communes");
        assertEquals(12.0, c.value("admin-units.COMMUNE", a));
        assertEquals(14.0, c.value("admin-units.COMMUNE", b));
        assertTrue(c.diff(0, 1).toString().contains("h3.xa.05"), "xã số 5 exists only in the branch");
    }

    @Test
    void lineage_eachMergedUnitLeadsToItsSuccessor() {
        var h = Runs.PLAN.history();
        assertEquals(List.of(ActionProgramme.TRUNG_TAM_HUONG_NGHIEP_DAY_NGHE), h.currentSuccessors(SeedDistrict.GDTX_2));
        assertEquals(List.of(ActionProgramme.TRUNG_TAM_DICH_VU_NONG_NGHIEP), h.currentSuccessors(SeedDistrict.TRAM_THU_Y));
        assertEquals(List.of(SeedDistrict.TRUNG_TAM_Y_TE), h.currentSuccessors(SeedDistrict.BENH_VIEN));
        assertEquals(List.of(SeedDistrict.XA_4), h.currentSuccessors(SeedDistrict.XA_5));
        assertEquals(List.of(SeedDistrict.XA_10), h.currentSuccessors(SeedDistrict.XA_9));
        assertEquals(List.of(ActionProgramme.TH_THCS_XA_9), h.currentSuccessors(SeedDistrict.THCS_XA_9));
        OrgStructure end = Runs.PLAN.finalStructure();
        assertEquals(SeedDistrict.UBND, end.parent(ActionProgramme.TRUNG_TAM_HUONG_NGHIEP_DAY_NGHE).orElseThrow().id(),
                "moved from the Sở Giáo dục và Đào tạo to the district");
        assertFalse(end.contains(SeedDistrict.XA_5));
    }

    @Test
    void mergedCommune_carriesTheSumOfAreaAndPopulation_andIsNoLongerBelowHalfOfTheStandards() {
        Unit x4 = Runs.PLAN.history().asOf(ActionProgramme.COMMUNES_DATE).unit(SeedDistrict.XA_4);
        assertEquals(6_000, x4.population().getAsInt());
        assertEquals(20.8, x4.areaKm2().getAsDouble(), 1e-9);
        assertEquals(Optional.of(UnitClass.II), x4.unitClass());
        assertEquals(10_200, Runs.PLAN.finalStructure().unit(SeedDistrict.XA_10).population().getAsInt());
        assertEquals(21, Runs.PLAN.finalStructure().unit(UnitId.of("h3.xa.04.ubnd")).staffQuota().getAsInt(),
                "19 + 19 cadres, down to the quota of a loại II commune");
    }

    @Test
    void deputies2030_isMissedWithoutConsolidatingTheMergedCentres_theHealthCentreKeepsFiveDeputiesUnderASoWithThree() {
        Scenario noConsolidation = ActionProgramme.scenario().branch("Không kiện toàn các trung tâm sau sáp nhập")
                .remove(ActionProgramme.CENTRES_AFTER_MERGER).build();
        SimulationResult r = SIM.run(noConsolidation);
        assertEquals(TargetResult.Status.MISSED, r.target(ActionProgramme.TARGET_DEPUTIES_2030).status());
        assertEquals(TargetResult.Status.MET, r.target(ActionProgramme.TARGET_DEPUTIES_2021).status(),
                "no cap of 2021 applies to a health centre");
        ValidationResult v2030 = Validator.of(VnRules.all())
                .validate(r.finalStructure().withDate(ActionProgramme.END_2030), MergerLog.of(r.history()));
        List<Violation> deputies = v2030.violationsOf("vn.nd150-2025.cap-duoi-khong-qua-cap-tren");
        assertEquals(1, deputies.size(), v2030::report);
        assertTrue(deputies.get(0).units().contains(SeedDistrict.TRUNG_TAM_Y_TE));
        assertEquals(5, r.finalStructure().posts(SeedDistrict.TRUNG_TAM_Y_TE, PostRole.DEPUTY).size());
    }

    @Test
    void programmeMetrics_rejectBadInputWithClearMessages() {
        BomayException blank = assertThrows(BomayException.class, () -> ActionProgramme.organizationsIn(" "));
        assertTrue(blank.getMessage().contains("must not be blank"), blank.getMessage());
        OrgStructure d = SeedDistrict.structure();
        OrgStructure bad = d.toBuilder().replace(d.unit(SeedDistrict.TH_XA_9).toBuilder()
                .attribute(SeedDistrict.PUPILS, "khoảng 180").build()).build();
        BomayException e = assertThrows(BomayException.class,
                () -> ActionProgramme.smallSchools().value(MetricContext.of(bad)));
        assertTrue(e.getMessage().contains("h3.xa.09.th") && e.getMessage().contains("khoảng 180"), e.getMessage());
    }

    @Test
    void stepDates_areWithinTheFirstPeriod_andTheTargetsDeadlinesAreTheSeeds() {
        Scenario p = ActionProgramme.scenario();
        assertTrue(p.steps().stream().allMatch(s -> !s.date().isAfter(ActionProgramme.END_2021)));
        assertEquals(LocalDate.of(2021, 12, 31), p.targets().get(0).deadline());
        assertEquals(6, p.targets().stream().filter(t -> t.deadline().equals(ActionProgramme.END_2021)).count());
    }
}
