package org.bomay.core.sim;

import static org.bomay.core.sim.SimFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bomay.core.BomayException;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.UnitId;
import org.bomay.core.rules.types.Selector;
import org.junit.jupiter.api.Test;

class TargetTest {
    private static final LocalDate D = LocalDate.of(2021, 12, 31);
    private static final Metric COVERAGE = Metrics.coverage(model()).select("model." + MODEL);

    // ------------------------------------------------------------------ values

    @Test
    void atMost_atLeast_exactly_compareTheValue() {
        Target most = Target.atMost(Metrics.organizations(), 5, D);
        assertEquals(Target.Comparator.AT_MOST, most.comparator());
        assertEquals(Target.Basis.VALUE, most.basis());
        assertTrue(most.holds(5, 99));
        assertFalse(most.holds(5.001, 0));
        Target least = Target.atLeast(Metrics.organizations(), 5, D);
        assertTrue(least.holds(5, 0));
        assertFalse(least.holds(4.999, 0));
        Target exactly = Target.exactly(Metrics.organizations(), 5, D);
        assertTrue(exactly.holds(5 + 1e-12, 0));
        assertFalse(exactly.holds(5.01, 0));
        assertFalse(exactly.holds(4.99, 0));
        assertEquals(5.0, exactly.compared(5, 1000));
    }

    @Test
    void reduction_isAPercentChangeAtMostMinusThePercent() {
        Target r = Target.reduction(Metrics.staffActual(), 10, D);
        assertEquals(Target.Basis.PERCENT, r.basis());
        assertEquals(Target.Comparator.AT_MOST, r.comparator());
        assertEquals(-10.0, r.value());
        assertTrue(r.holds(90, 100));
        assertFalse(r.holds(91, 100));
        assertEquals(-12.0, r.compared(44, 50), 1e-12);
        for (double bad : new double[] {0, -5, 100.5, Double.NaN}) {
            assertThrows(BomayException.class, () -> Target.reduction(Metrics.staffActual(), bad, D), "percent " + bad);
        }
        assertEquals(-100.0, Target.reduction(Metrics.staffActual(), 100, D).value());
    }

    @Test
    void change_comparesTheDifferenceOrPercent_andRejectsTheValueBasis() {
        Target fewer = Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, -1, Target.Basis.CHANGE, D);
        assertTrue(fewer.holds(16, 17));
        assertFalse(fewer.holds(17, 17));
        assertEquals(-1.0, fewer.compared(16, 17));
        Target grow = Target.change(Metrics.organizations(), Target.Comparator.AT_LEAST, 50, Target.Basis.PERCENT, D);
        assertTrue(grow.holds(15, 10));
        assertFalse(grow.holds(14, 10));
        BomayException e = assertThrows(BomayException.class,
                () -> Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, 1, Target.Basis.VALUE, D));
        assertTrue(e.getMessage().contains("CHANGE or PERCENT"), e.getMessage());
    }

    @Test
    void percentFromAZeroBaseline_isUndefined() {
        Target r = Target.reduction(Metrics.deputiesInGrace(), 10, D);
        BomayException e = assertThrows(BomayException.class, () -> r.compared(0, 0));
        assertTrue(e.getMessage().contains("deputies.in-grace change ≤ −10% by 2021-12-31"), e.getMessage());
        assertTrue(e.getMessage().contains("versus()"), e.getMessage());
        assertEquals(5.0, Target.change(Metrics.deputiesInGrace(), Target.Comparator.AT_MOST, 0, Target.Basis.CHANGE, D)
                .compared(5, 0));
    }

    @Test
    void badArguments_areRejected() {
        assertThrows(BomayException.class, () -> Target.atMost(null, 0, D));
        assertThrows(BomayException.class, () -> Target.atMost(Metrics.organizations(), 0, null));
        assertThrows(BomayException.class, () -> Target.atMost(Metrics.organizations(), Double.NaN, D));
        assertThrows(BomayException.class, () -> Target.atLeast(Metrics.organizations(), Double.POSITIVE_INFINITY, D));
        BomayException e = assertThrows(BomayException.class, () -> Target.atMost(Metrics.organizations(), 0, D).versus(10));
        assertTrue(e.getMessage().contains("reference value only applies"), e.getMessage());
        assertThrows(BomayException.class, () -> Target.reduction(Metrics.staffActual(), 10, D).versus(Double.NaN));
        assertThrows(BomayException.class, () -> Target.atMost(Metrics.organizations(), 0, D).within(null));
        assertThrows(BomayException.class, () -> Target.atMost(Metrics.organizations(), 0, D).named(" "));
        assertThrows(BomayException.class, () -> Target.atMost(Metrics.organizations(), 0, D).by(null));
    }

    @Test
    void label_describesTheTarget_unlessNamed() {
        assertEquals("units ≤ 15 by 2021-12-31", Target.atMost(Metrics.organizations(), 15, D).label());
        assertEquals("staff.actual change ≤ −10% vs 1234 by 2021-12-31",
                Target.reduction(Metrics.staffActual(), 10, D).versus(1234).label());
        assertEquals("units change ≤ −2 by 2021-12-31",
                Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, -2, Target.Basis.CHANGE, D).label());
        Target scoped = Target.atLeast(Metrics.organizations(), 2.5, D).within(Selector.atLevels(Level.COMMUNE));
        assertTrue(scoped.label().startsWith("units ≥ 2.5 by 2021-12-31, scope "), scoped.label());
        Target named = Target.atMost(Metrics.organizations(), 15, D).named("Giảm đầu mối");
        assertEquals("Giảm đầu mối", named.label());
        assertEquals("Giảm đầu mối (units ≤ 15 by 2021-12-31)", named.toString());
        assertEquals("units ≤ 15 by 2021-12-31", Target.atMost(Metrics.organizations(), 15, D).toString());
    }

    @Test
    void copies_keepTheOtherFields_andEqualityIsByValue() {
        Target t = Target.reduction(Metrics.staffActual(), 10, D).versus(50).within(Selector.any().within(X1)).named("A");
        Target later = t.by(D.plusYears(1));
        assertEquals(D.plusYears(1), later.deadline());
        assertEquals(OptionalDouble.of(50), later.reference());
        assertEquals(Selector.any().within(X1), later.scope());
        assertEquals("A", later.label());
        assertEquals(t, Target.reduction(Metrics.staffActual(), 10, D).versus(50).within(Selector.any().within(X1)).named("A"));
        assertEquals(t.hashCode(), Target.reduction(Metrics.staffActual(), 10, D).versus(50).within(Selector.any().within(X1))
                .named("A").hashCode());
        assertNotEquals(t, later);
        assertNotEquals(t, t.versus(51));
        assertNotEquals(t, t.named("B"));
    }

    // ------------------------------------------------------------------ in a simulation

    private static final Target DEPUTIES = Target.atMost(Metrics.deputiesOverCap(), 0, END_2020).named("Không vượt khung cấp phó");
    private static final Target STAFF = Target.reduction(Metrics.staffActual(), 4, END_2020).named("Tinh giản 4%");
    private static final Target MODEL_3 = Target.atLeast(COVERAGE, 3, END_2020).named("Kiêm nhiệm 3/3");
    private static final Target UNITS = Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, -1, Target.Basis.CHANGE,
            END_2019).named("Giảm 1 đầu mối");

    private static SimulationResult runProgramme() {
        return sim(Metrics.organizations()).run(programme("Chương trình").target(DEPUTIES).target(STAFF).target(MODEL_3)
                .target(UNITS).build());
    }

    @Test
    void run_judgesEachTargetOnItsDeadline_withFirstMetDates() {
        SimulationResult r = runProgramme();
        // kb.vp keeps 3 deputies (the merged kb.nvtc is within its grace): 1 over cap from start to end
        TargetResult dep = r.target("Không vượt khung cấp phó");
        assertEquals(TargetResult.Status.MISSED, dep.status());
        assertEquals(OptionalDouble.of(1), dep.value());
        assertEquals(1.0, dep.baseline());
        assertEquals(Optional.empty(), dep.metSince());
        // staff 46 → 44 after the reduction of 1/7/2020: −4.35% ≤ −4%
        TargetResult staff = r.target("Tinh giản 4%");
        assertEquals(TargetResult.Status.MET, staff.status());
        assertEquals(OptionalDouble.of(44), staff.value());
        assertEquals(46.0, staff.baseline());
        assertEquals(-200.0 / 46, staff.compared().getAsDouble(), 1e-9);
        assertEquals(Optional.of(REDUCE_DAY), staff.metSince());
        assertEquals(END_2020, staff.date());
        // the model 2/3 → 3/3 on 1/1/2020
        TargetResult m = r.target("Kiêm nhiệm 3/3");
        assertEquals(TargetResult.Status.MET, m.status());
        assertEquals(OptionalDouble.of(3), m.value());
        assertEquals(2.0, m.baseline());
        assertEquals(Optional.of(MODEL_DAY), m.metSince());
        // 17 → 16 organizations with the merger of 1/7/2019
        TargetResult u = r.target("Giảm 1 đầu mối");
        assertTrue(u.met());
        assertEquals(OptionalDouble.of(16), u.value());
        assertEquals(OptionalDouble.of(-1), u.compared());
        assertEquals(Optional.of(MERGER_DAY), u.metSince());
        assertEquals("3/4", r.targetsMet());
        assertEquals(List.of(DEPUTIES, STAFF, MODEL_3, UNITS), r.targets().stream().map(TargetResult::target).toList());
    }

    @Test
    void targetResult_printsStatusComparedAndTarget() {
        SimulationResult r = runProgramme();
        assertEquals("MET Tinh giản 4%: −4.35% (44 vs 46), target ≤ −4% by 2020-12-31", r.target("Tinh giản 4%").toString());
        assertEquals("MISSED Không vượt khung cấp phó: 1, target ≤ 0 by 2020-12-31", r.target("Không vượt khung cấp phó").toString());
        String table = r.targetTable();
        assertTrue(table.contains("Kiêm nhiệm 3/3") && table.contains("2020-01-01") && table.contains("MISSED"), table);
        BomayException e = assertThrows(BomayException.class, () -> r.target("Không có"));
        assertTrue(e.getMessage().contains("Tinh giản 4%"), e.getMessage());
    }

    @Test
    void versus_replacesTheBaseline() {
        Target vs2015 = Target.reduction(Metrics.staffActual(), 10, END_2020).versus(50).named("vs 2015");
        Target vsBaseline = Target.reduction(Metrics.staffActual(), 10, END_2020).named("vs baseline");
        SimulationResult r = sim(Metrics.organizations()).run(programme("P").target(vs2015).target(vsBaseline).build());
        // 44 vs 50: −12% ≤ −10%
        assertEquals(50.0, r.target("vs 2015").baseline());
        assertEquals(-12.0, r.target("vs 2015").compared().getAsDouble(), 1e-9);
        assertTrue(r.target("vs 2015").met());
        // 44 vs 46: −4.35%
        assertEquals(46.0, r.target("vs baseline").baseline());
        assertEquals(TargetResult.Status.MISSED, r.target("vs baseline").status());
    }

    @Test
    void within_measuresTheTargetOverItsScopeOnly() {
        Target x1Staff = Target.atMost(Metrics.staffActual(), 8, END_2020).within(Selector.any().within(X1)).named("x1 staff");
        Target x1Units = Target.exactly(Metrics.organizations(), 4, END_2020).within(Selector.any().within(X1)).named("x1 units");
        SimulationResult r = sim(Metrics.organizations()).run(programme("P").target(x1Staff).target(x1Units).build());
        // x1's own 9 staff; the reduction is in kb.vp
        assertEquals(OptionalDouble.of(9), r.target("x1 staff").value());
        assertEquals(TargetResult.Status.MISSED, r.target("x1 staff").status());
        // the cell moved under kb.hu on 1/10/2019 but its territory is still x1.t1: 4 organizations
        assertEquals(OptionalDouble.of(4), r.target("x1 units").value());
        assertTrue(r.target("x1 units").met());
        assertEquals(Optional.of(BASE), r.target("x1 units").metSince());
    }

    @Test
    void percentFromZero_failsAtRun_namingTheTarget() {
        Target grace = Target.reduction(Metrics.deputiesInGrace(), 10, END_2020).named("Hết cấp phó chuyển tiếp");
        Scenario s = programme("P").target(grace).build();
        BomayException e = assertThrows(BomayException.class, () -> sim().run(s));
        assertTrue(e.getMessage().contains("Hết cấp phó chuyển tiếp") && e.getMessage().contains("baseline of 0"), e.getMessage());
        // a reference value makes it defined: 0 → 1 in grace after the merger, vs 5: −80%
        SimulationResult r = sim().run(programme("P").target(grace.versus(5)).build());
        assertEquals(OptionalDouble.of(1), r.target("Hết cấp phó chuyển tiếp").value());
        assertEquals(-80.0, r.target("Hết cấp phó chuyển tiếp").compared().getAsDouble(), 1e-9);
        assertTrue(r.target("Hết cấp phó chuyển tiếp").met());
    }

    @Test
    void aTargetWithoutASingleValue_failsAtRun_namingTheTargetAndScenario() {
        Target family = Target.atMost(Metrics.staff(), 1, END_2020);
        BomayException e = assertThrows(BomayException.class, () -> sim().run(programme("Kịch bản X").target(family).build()));
        assertTrue(e.getMessage().contains("Target 'staff ≤ 1 by 2020-12-31' of scenario Kịch bản X"), e.getMessage());
        Target unknownRule = Target.atMost(Metrics.violationsOf("t.khong-co"), 0, END_2020);
        e = assertThrows(BomayException.class, () -> sim().run(programme("Kịch bản X").target(unknownRule).build()));
        assertTrue(e.getMessage().contains("t.khong-co") && e.getMessage().contains("Kịch bản X"), e.getMessage());
    }

    @Test
    void stopBeforeTheDeadline_leavesTheTargetNotEvaluated_butKeepsEarlierResults() {
        Step bad = Step.of("bad", LocalDate.of(2020, 3, 1), "Điều chuyển đơn vị không có",
                Transfer.of(LocalDate.of(2020, 3, 1), UnitId.of("kb.khong"), HU));
        SimulationResult r = sim(Metrics.organizations()).run(programme("P").step(bad).target(UNITS).target(MODEL_3).target(STAFF)
                .build());
        // 31/12/2019 comes before the failure on 1/3/2020
        assertEquals(TargetResult.Status.MET, r.target("Giảm 1 đầu mối").status());
        TargetResult model = r.target("Kiêm nhiệm 3/3");
        assertEquals(TargetResult.Status.NOT_EVALUATED, model.status());
        assertEquals(OptionalDouble.empty(), model.value());
        assertEquals(OptionalDouble.empty(), model.compared());
        assertFalse(model.met());
        // it held from 1/1/2020 until the stop, but a target not judged on its deadline is not "met since"
        assertEquals(Optional.empty(), model.metSince());
        assertEquals(TargetResult.Status.NOT_EVALUATED, r.target("Tinh giản 4%").status());
        assertEquals(Optional.empty(), r.target("Tinh giản 4%").metSince());
        assertTrue(r.target("Tinh giản 4%").toString().startsWith("NOT_EVALUATED Tinh giản 4%: –"), r.target("Tinh giản 4%").toString());
        assertEquals("1/3", r.targetsMet());
    }

    @Test
    void theDeadline_seesTheStructureInForceThatDay() {
        // no step: kb.qd comes into force on 1/1/2021, so the count on 30/6/2021 is 18 and on 31/12/2020 still 17
        Target in2021 = Target.exactly(Metrics.organizations(), 18, LocalDate.of(2021, 6, 30)).named("2021");
        Target in2020 = Target.exactly(Metrics.organizations(), 18, END_2020).named("2020");
        SimulationResult r = sim(Metrics.organizations()).run(Scenario.builder("S", structure()).target(in2021).target(in2020).build());
        assertEquals(OptionalDouble.of(18), r.target("2021").value());
        assertTrue(r.target("2021").met());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 30)), r.target("2021").metSince());
        assertEquals(OptionalDouble.of(17), r.target("2020").value());
        assertEquals(TargetResult.Status.MISSED, r.target("2020").status());
        // the timeline holds the baseline alone
        assertEquals(1, r.timeline().size());
    }

    @Test
    void aStepOnTheDeadlineCounts_aStepAfterItDoesNot() {
        Target t = Target.atMost(Metrics.staffActual(), 44, REDUCE_DAY).named("44");
        SimulationResult on = sim(Metrics.staffActual()).run(Scenario.builder("on", structure()).step(reduceStep()).target(t).build());
        assertEquals(OptionalDouble.of(44), on.target("44").value());
        assertTrue(on.target("44").met());
        assertEquals(Optional.of(REDUCE_DAY), on.target("44").metSince());
        SimulationResult after = sim(Metrics.staffActual()).run(Scenario.builder("after", structure())
                .step(reduceStep().withDate(REDUCE_DAY.plusDays(1))).target(t).build());
        assertEquals(OptionalDouble.of(46), after.target("44").value());
        assertEquals(TargetResult.Status.MISSED, after.target("44").status());
        assertEquals(Optional.empty(), after.target("44").metSince());
        // the step still ran, after the deadline
        assertTrue(after.entry("reduce").applied());
        assertEquals(44.0, after.finalMeasurements().get("staff.actual"));
    }

    @Test
    void metSince_isTheBaselineDateForATargetMetFromTheStart() {
        Target t = Target.atLeast(Metrics.organizations(), 10, END_2020).named("≥ 10");
        SimulationResult r = sim(Metrics.organizations()).run(programme("P").target(t).build());
        assertEquals(Optional.of(BASE), r.target("≥ 10").metSince());
    }

    @Test
    void scenario_rejectsTwoTargetsWithOneLabel_andADeadlineBeforeTheBaseline() {
        BomayException e = assertThrows(BomayException.class,
                () -> programme("P").target(STAFF).target(Target.atMost(Metrics.organizations(), 1, END_2020).named("Tinh giản 4%"))
                        .build());
        assertTrue(e.getMessage().contains("Tinh giản 4%") && e.getMessage().contains("Target.named"), e.getMessage());
        e = assertThrows(BomayException.class,
                () -> programme("P").target(Target.atMost(Metrics.organizations(), 1, LocalDate.of(2018, 12, 31))).build());
        assertTrue(e.getMessage().contains("2018-12-31") && e.getMessage().contains("before the baseline"), e.getMessage());
    }
}
