package org.bomay.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Compound;
import org.bomay.core.model.Level;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.sim.Attrition;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.sim.TargetResult;
import org.bomay.core.structure.OrgStructure;
import org.bomay.examples.kimbang.KimBang;
import org.bomay.examples.kimbang.KimBangProgramme;
import org.junit.jupiter.api.Test;

/**
 * The kinds of targets of the seeds' programmes (seed 003: "to 2021: cut deputies to the cap,
 * staff −10%, merge the communes below 50% of the standards") on Kim Bảng, judged by a simulation
 * against the Vietnam rules in force on each deadline.
 */
class ProgrammeTargetsTest {
    private static final UnitId HOANG_TAY = UnitId.of("kb.xa.hoang-tay");
    private static final UnitId LIEN_SON = UnitId.of("kb.xa.lien-son");
    private static final LocalDate END_2021 = LocalDate.of(2021, 12, 31);
    private static final LocalDate MERGED = LocalDate.of(2020, 1, 1);
    private static final String NQ653 = "vn.nq653-2019.sap-xep-dvhc";
    private static final Simulation SIM = Simulation.of(VnRules.all()).within(KimBangProgramme.DISTRICT);

    /** ILLUSTRATIVE (as in RulesSeedsTest): Hoàng Tây with 3,500 people on 6.1 km², below 50% of both 8,000 people and 30 km². */
    private static OrgStructure smallHoangTay() {
        OrgStructure s = KimBang.beforeProgramme();
        return s.toBuilder().replace(s.unit(HOANG_TAY).toBuilder().population(3_500).build()).build();
    }

    private static final Target NO_SMALL_COMMUNE = Target.atMost(Metrics.violationsOf(NQ653), 0, END_2021)
            .within(Selector.atLevels(Level.COMMUNE)).named("Không còn xã dưới 50% cả hai tiêu chuẩn (NQ 653/2019)");

    /** sáp nhập: Hoàng Tây into Liên Sơn — the administrative unit, then its party committee, council, committee and front. */
    private static Step hoangTayIntoLienSon() {
        Compound merger = Compound.of(MERGED, "Sáp nhập xã Hoàng Tây vào xã Liên Sơn",
                Absorb.of(MERGED, LIEN_SON, HOANG_TAY),
                Absorb.of(MERGED, UnitId.of("kb.xa.lien-son.du"), UnitId.of("kb.xa.hoang-tay.du")),
                Absorb.of(MERGED, UnitId.of("kb.xa.lien-son.hdnd"), UnitId.of("kb.xa.hoang-tay.hdnd")),
                Absorb.of(MERGED, UnitId.of("kb.xa.lien-son.ubnd"), UnitId.of("kb.xa.hoang-tay.ubnd")),
                Absorb.of(MERGED, UnitId.of("kb.xa.lien-son.mttq"), UnitId.of("kb.xa.hoang-tay.mttq")));
        return Step.builder("hoang-tay", MERGED, "Sáp nhập xã Hoàng Tây vào xã Liên Sơn").change(merger)
                .lead("Ban Tổ chức Huyện ủy").partners("Phòng Nội vụ", "UBND xã Hoàng Tây", "UBND xã Liên Sơn")
                .status(Step.Status.PLANNED).build();
    }

    @Test
    void communesBelowHalfOfBothStandards_targetMissedWithoutAMerger_metOnceHoangTayJoinsLienSon() {
        Scenario without = Scenario.builder("Giữ nguyên xã", smallHoangTay()).target(NO_SMALL_COMMUNE).build();
        TargetResult missed = SIM.run(without).targets().get(0);
        assertEquals(TargetResult.Status.MISSED, missed.status());
        assertEquals(1.0, missed.value().getAsDouble(), "Hoàng Tây is still below 50% of both standards on 31/12/2021");
        assertEquals(Optional.empty(), missed.metSince());

        Scenario with = without.branch("Sáp nhập Hoàng Tây").step(hoangTayIntoLienSon()).build();
        SimulationResult r = SIM.run(with);
        assertTrue(r.entry("hoang-tay").applied(), () -> r.entry("hoang-tay").toString());
        TargetResult met = r.target(NO_SMALL_COMMUNE.label());
        assertEquals(TargetResult.Status.MET, met.status(), r::toString);
        assertEquals(0.0, met.value().getAsDouble());
        // the target held on the baseline (NQ 653/2019 came into force on 12/3/2019), broke with it, and holds again from the merger
        assertEquals(Optional.of(MERGED), met.metSince());
        assertFalse(r.finalStructure().contains(HOANG_TAY));
        assertEquals(17.0, r.finalMeasurements().get("admin-units.COMMUNE"), "18 communes become 17");
        assertEquals(r.baselineMeasurements().get("units") - 4, r.finalMeasurements().get("units"),
                "four đầu mối fewer: the commune's party committee, council, committee and front");
    }

    @Test
    void staffReductionAgainstA2015Reference_missedByTheProgrammeAlone_metWithAttrition() {
        // ILLUSTRATIVE: the example has no 2015 figures; 900 stands for the district's staff in 2015
        Target staff = Target.reduction(Metrics.staffActual(), 10, END_2021).versus(900).within(KimBangProgramme.DISTRICT)
                .named("Tinh giản 10% so với năm 2015");
        Scenario programme = KimBangProgramme.scenario().branch("Chương trình, chỉ tiêu so với 2015")
                .removeTarget(KimBangProgramme.TARGET_STAFF).target(staff).build();
        TargetResult alone = SIM.run(programme).target(staff.label());
        assertEquals(TargetResult.Status.MISSED, alone.status());
        assertEquals(859.0, alone.value().getAsDouble());
        assertEquals(900.0, alone.baseline());
        assertEquals((859 - 900) / 900.0 * 100, alone.compared().getAsDouble(), 1e-9);

        Attrition a = Attrition.retirementAge(60).and(Attrition.rate(0.03, 2018)).alsoQuota().within(KimBangProgramme.DISTRICT);
        TargetResult projected = SIM.run(programme.branch("Chương trình và nghỉ hưu").attrition(a).build()).target(staff.label());
        assertEquals(TargetResult.Status.MET, projected.status());
        assertEquals(748.0, projected.value().getAsDouble());
        assertEquals(Optional.of(LocalDate.of(2019, 12, 31)), projected.metSince(),
                "−10% of 900 is 810: reached with the attrition of 2019 (803) and held since");
    }

    @Test
    void deputiesWithinTheCaps_byTheEndOf2021() {
        Target deputies = Target.atMost(Metrics.deputiesOverCap(), 0, END_2021).within(KimBangProgramme.DISTRICT)
                .named("Cấp phó trong khung đến 2021");
        SimulationResult r = SIM.run(KimBangProgramme.scenario().branch("Cấp phó 2021").target(deputies).build());
        TargetResult t = r.target(deputies.label());
        // judged with the rules of 31/12/2021 (NĐ 108/2020: on average 2 deputies per district office)
        assertEquals(r.history().asOf(END_2021).date(), END_2021);
        assertEquals(TargetResult.Status.MET, t.status(), r::toString);
        assertEquals(0.0, t.value().getAsDouble());
    }
}
