package org.bomay.core.sim;

import static org.bomay.core.sim.SimFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Establish;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Rename;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.MergerLog;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private static final LocalDate LATER = LocalDate.of(2020, 3, 1);
    private static final Target STAFF = Target.reduction(Metrics.staffActual(), 4, END_2020).named("Tinh giản 4%");

    private static List<String> ids(Scenario s) {
        return s.steps().stream().map(Step::id).toList();
    }

    // ------------------------------------------------------------------ steps

    @Test
    void step_holdsItsValues_withDefaults() {
        Step s = mergerStep();
        assertEquals("office-merger", s.id());
        assertEquals(MERGER_DAY, s.date());
        assertEquals(List.of(merger()), s.changes());
        assertEquals("UBND huyện", s.lead());
        assertEquals(List.of("Phòng Nội vụ", "Phòng Tài chính – Kế hoạch"), s.partners());
        assertEquals(Step.Status.APPROVED, s.status());
        assertEquals(Optional.of(LegalBasis.of("18-NQ/TW")), s.basis());
        Step plain = reduceStep();
        assertEquals(Step.Status.PLANNED, plain.status());
        assertEquals("", plain.lead());
        assertEquals(List.of(), plain.partners());
        assertEquals(Optional.empty(), plain.basis());
        assertEquals("đã phê duyệt", Step.Status.APPROVED.vietnamese());
        assertEquals(Step.Status.DONE, plain.withStatus(Step.Status.DONE).status());
        assertEquals(plain, plain.toBuilder().build());
        assertEquals(s.hashCode(), mergerStep().hashCode());
        assertNotEquals(plain, plain.withStatus(Step.Status.DONE));
    }

    @Test
    void step_rejectsAChangeOnAnotherDate() {
        BomayException e = assertThrows(BomayException.class,
                () -> Step.of("late", MERGER_DAY, "Giảm", ReduceStaff.of(MERGER_DAY.plusDays(1), VP, 1)));
        assertTrue(e.getMessage().contains("Step late") && e.getMessage().contains("2019-07-02") && e.getMessage().contains("withDate()"),
                e.getMessage());
    }

    @Test
    void step_rejectsBadIdsLabelsAgenciesAndNoChange() {
        for (String bad : new String[] {null, "", " ", "có dấu", "a b", "a/b"}) {
            assertThrows(BomayException.class, () -> Step.builder(bad, BASE, "Nhãn"), "id '" + bad + "'");
        }
        assertEquals("a.b_c-1", Step.builder("a.b_c-1", BASE, "Nhãn").change(ReduceStaff.of(BASE, VP, 1)).build().id());
        assertThrows(BomayException.class, () -> Step.builder("s", BASE, " "));
        assertThrows(BomayException.class, () -> Step.builder("s", null, "Nhãn"));
        BomayException e = assertThrows(BomayException.class, () -> Step.builder("s", BASE, "Nhãn").build());
        assertTrue(e.getMessage().contains("at least one change"), e.getMessage());
        assertThrows(BomayException.class, () -> Step.builder("s", BASE, "Nhãn").lead(" "));
        assertThrows(BomayException.class, () -> Step.builder("s", BASE, "Nhãn").partners("A", ""));
        assertThrows(BomayException.class, () -> Step.builder("s", BASE, "Nhãn").change(null));
        assertThrows(BomayException.class, () -> Step.builder("s", BASE, "Nhãn").status(null));
        assertThrows(BomayException.class, () -> Step.of("s", BASE, "Nhãn", (Change[]) null));
    }

    @Test
    void withDate_movesTheStepAndItsChanges_compoundPartsToo() {
        Step moved = mergerStep().withDate(LATER);
        assertEquals(LATER, moved.date());
        assertEquals(LATER, moved.changes().get(0).effective());
        assertEquals(merger().withInfo(merger().info().withEffective(LATER)), moved.changes().get(0));
        assertEquals(mergerStep().lead(), moved.lead());
        assertEquals(mergerStep().status(), moved.status());
        Compound both = Compound.of(TRANSFER_DAY, "Sắp xếp chi bộ", Transfer.of(TRANSFER_DAY, X1_CB, HU),
                Rename.of(TRANSFER_DAY, X1_CB, "Chi bộ Thượng"));
        Step compound = Step.of("package", TRANSFER_DAY, "Gói sắp xếp", both, ReduceStaff.of(TRANSFER_DAY, VP, 1));
        Step later = compound.withDate(LATER);
        Compound c = (Compound) later.changes().get(0);
        assertEquals(LATER, c.effective());
        assertEquals(List.of(LATER, LATER), c.parts().stream().map(Change::effective).toList());
        assertEquals("Sắp xếp chi bộ", c.name());
        assertEquals(LATER, later.changes().get(1).effective());
        // the moved step still applies
        SimulationResult r = sim(Metrics.organizations()).run(Scenario.builder("S", structure()).step(later).build());
        assertTrue(r.entry("package").applied());
        assertEquals("Chi bộ Thượng", r.finalStructure().unit(X1_CB).name());
    }

    @Test
    void withDate_movesTheValidityOfANewUnitThatStartsOnTheStepsDate() {
        UnitId ttdv = UnitId.of("kb.ttdv");
        Establish establish = Establish.of(TRANSFER_DAY, Unit.builder(ttdv, "Trung tâm Dịch vụ", VnKinds.TRUNG_TAM_SU_NGHIEP,
                Level.DISTRICT).territory(KB).validity(Period.from(TRANSFER_DAY)).build(), UBND);
        Step onTime = Step.of("centre", TRANSFER_DAY, "Thành lập trung tâm", establish);
        assertTrue(sim(Metrics.organizations()).run(Scenario.builder("S", structure()).step(onTime).build()).entry("centre").applied());
        // moved half a year later: today it FAILS with "a new unit starts on the effective date 2020-03-01"
        SimulationResult r = sim(Metrics.organizations()).run(Scenario.builder("S", structure()).step(onTime.withDate(LATER)).build());
        assertTrue(r.entry("centre").applied(), () -> r.entry("centre").failure().orElse(""));
        assertEquals(Period.from(LATER), r.finalStructure().unit(ttdv).validity());
    }

    @Test
    void step_toString_isReadableAndNamesTheLeadAgency() {
        assertEquals("2019-07-01 office-merger \"Hợp nhất Phòng Nội vụ và Phòng Tài chính – Kế hoạch\" (1 change, APPROVED, "
                + "chủ trì: UBND huyện)", mergerStep().toString());
        assertEquals("2020-01-01 x3-model \"Bí thư Đảng ủy xã Tân Sơn kiêm Chủ tịch HĐND xã\" (2 changes, PLANNED, chủ trì: Huyện ủy)",
                modelStep().toString());
        assertEquals("2020-07-01 reduce \"Tinh giản biên chế Văn phòng\" (1 change, PLANNED)", reduceStep().toString());
    }

    // ------------------------------------------------------------------ scenarios

    @Test
    void scenario_keepsStepsInDateOrder_sameDateStepsInTheOrderAdded() {
        Step a = Step.of("a", REDUCE_DAY, "A", ReduceStaff.of(REDUCE_DAY, VP, 1));
        Step b = Step.of("b", REDUCE_DAY, "B", ReduceStaff.of(REDUCE_DAY, NV, 1));
        Scenario s = Scenario.builder("S", structure()).step(b).step(reduceStep().withDate(LATER)).step(a).step(mergerStep()).build();
        assertEquals(List.of("office-merger", "reduce", "b", "a"), ids(s));
        assertEquals(REDUCE_DAY, s.end());
        assertEquals(BASE, Scenario.builder("S", structure()).build().end());
        assertEquals(END_2020, programme("P").target(STAFF).build().end());
        assertEquals(mergerStep(), s.step("office-merger"));
        assertEquals(Optional.empty(), s.parent());
        assertEquals(Optional.empty(), s.attrition());
        assertEquals(MergerLog.empty(), s.mergers());
        assertEquals(structure(), s.baseline());
    }

    @Test
    void scenario_rejectsDuplicateStepIds_stepsBeforeTheBaseline_andBadNames() {
        BomayException e = assertThrows(BomayException.class, () -> programme("P").step(reduceStep()).build());
        assertTrue(e.getMessage().contains("two steps have the id reduce"), e.getMessage());
        e = assertThrows(BomayException.class, () -> Scenario.builder("P", structure()).step(reduceStep().withDate(LocalDate.of(2018, 12, 31)))
                .build());
        assertTrue(e.getMessage().contains("2018-12-31") && e.getMessage().contains("before the baseline's date 2019-01-01"),
                e.getMessage());
        assertThrows(BomayException.class, () -> Scenario.builder(" ", structure()));
        assertThrows(BomayException.class, () -> Scenario.builder("S", null));
        assertThrows(BomayException.class, () -> Scenario.builder("S", structure()).step(null));
        assertThrows(BomayException.class, () -> Scenario.builder("S", structure()).target(null));
        assertThrows(BomayException.class, () -> Scenario.builder("S", structure()).mergers(null));
    }

    @Test
    void step_ofAnUnknownId_namesTheIdsThereAre() {
        Scenario p = programme("P").build();
        BomayException e = assertThrows(BomayException.class, () -> p.step("khong-co"));
        assertTrue(e.getMessage().contains("[office-merger, cell-transfer, x3-model, reduce]"), e.getMessage());
        e = assertThrows(BomayException.class, () -> p.branch("B").remove("khong-co"));
        assertTrue(e.getMessage().contains("no step khong-co") && e.getMessage().contains("[office-merger, cell-transfer, x3-model, reduce]"),
                e.getMessage());
        e = assertThrows(BomayException.class, () -> p.branch("B").replace("khong-co", reduceStep()));
        assertTrue(e.getMessage().contains("[office-merger, cell-transfer, x3-model, reduce]"), e.getMessage());
    }

    // ------------------------------------------------------------------ branches

    @Test
    void branch_replacesRemovesAndAddsSteps_andRemembersItsParent() {
        Scenario p = programme("Chương trình").target(STAFF).attrition(Attrition.retirementAge(60)).build();
        Step rename = Step.of("rename", LATER, "Đổi tên", Rename.of(LATER, X1_DU, "Đảng bộ xã Nhật Tân"));
        Scenario b = p.branch("Hợp nhất chậm").replace("office-merger", p.step("office-merger").withDate(LATER)).remove("cell-transfer")
                .step(rename).build();
        assertEquals(Optional.of("Chương trình"), b.parent());
        assertEquals("Hợp nhất chậm", b.name());
        // re-sorted: x3-model (1/1/2020), then the merger and the rename (both 1/3/2020, in that order), then reduce
        assertEquals(List.of("x3-model", "office-merger", "rename", "reduce"), ids(b));
        assertEquals(LATER, b.step("office-merger").date());
        assertEquals(List.of(STAFF), b.targets());
        assertEquals(Optional.of(Attrition.retirementAge(60)), b.attrition());
        assertEquals(p.baseline(), b.baseline());
        // the parent is unchanged
        assertEquals(List.of("office-merger", "cell-transfer", "x3-model", "reduce"), ids(p));
        assertEquals(MERGER_DAY, p.step("office-merger").date());
        // a step may be replaced by one with another id
        Scenario c = p.branch("C").replace("reduce", Step.of("reduce-3", REDUCE_DAY, "Giảm 3", ReduceStaff.of(REDUCE_DAY, VP, 3))).build();
        assertEquals(List.of("office-merger", "cell-transfer", "x3-model", "reduce-3"), ids(c));
    }

    @Test
    void branch_replacesRemovesAndAddsTargets_andAttrition() {
        Scenario p = programme("P").target(STAFF).build();
        Target units = Target.atMost(Metrics.organizations(), 16, END_2020).named("16 đầu mối");
        Scenario b = p.branch("B").removeTarget("Tinh giản 4%").target(units).attrition(Attrition.rate(0.05, 1)).build();
        assertEquals(List.of(units), b.targets());
        assertEquals(Optional.of(Attrition.rate(0.05, 1)), b.attrition());
        assertEquals(Optional.empty(), b.branch("C").noAttrition().build().attrition());
        BomayException e = assertThrows(BomayException.class, () -> p.branch("B").removeTarget("Không có"));
        assertTrue(e.getMessage().contains("[Tinh giản 4%]"), e.getMessage());
        // a branch of a branch names its own parent
        assertEquals(Optional.of("B"), b.branch("C").build().parent());
    }

    @Test
    void branch_keepsTheMergerLog_andNeedsANameOfItsOwn() {
        MergerLog log = MergerLog.empty().with(VP, LocalDate.of(2018, 1, 1), List.of(VP, UnitId.of("kb.vp.cu")));
        Scenario p = programme("P").mergers(log).build();
        assertEquals(log, p.branch("B").build().mergers());
        BomayException e = assertThrows(BomayException.class, () -> p.branch("P").build());
        assertTrue(e.getMessage().contains("a name of its own"), e.getMessage());
        // the log reaches the validation: kb.vp is within its grace, its 3 deputies are INFO
        SimulationResult r = sim(Metrics.deputiesOverCap(), Metrics.deputiesInGrace()).run(p);
        assertEquals(0.0, r.baselineMeasurements().get("deputies.over-cap"));
        assertEquals(1.0, r.baselineMeasurements().get("deputies.in-grace"));
    }

    @Test
    void scenario_equalityAndToString() {
        Scenario p = programme("Chương trình").target(STAFF).build();
        assertEquals(p, programme("Chương trình").target(STAFF).build());
        assertEquals(p.hashCode(), programme("Chương trình").target(STAFF).build().hashCode());
        assertNotEquals(p, p.branch("B").build());
        assertNotEquals(p, programme("Chương trình").build());
        String text = p.branch("Nhánh").attrition(Attrition.retirementAge(60)).build().toString();
        assertTrue(text.startsWith("Scenario \"Nhánh\" (branch of \"Chương trình\"): baseline OrgStructure[2019-01-01: "), text);
        assertTrue(text.contains("4 steps, 1 target, Attrition[retirement at 60]\n"), text);
        assertTrue(text.contains("chủ trì") && text.contains("phối hợp"), text);
        assertTrue(text.contains("UBND huyện") && text.contains("Phòng Nội vụ, Phòng Tài chính – Kế hoạch"), text);
        assertTrue(text.contains("Ban Tổ chức Huyện ủy"), text);
        assertTrue(text.contains("target: Tinh giản 4% (staff.actual change ≤ −4% by 2020-12-31)\n"), text);
        assertTrue(text.matches("(?s).*2019-07-01 +office-merger +Hợp nhất.*APPROVED.*"), text);
    }
}
