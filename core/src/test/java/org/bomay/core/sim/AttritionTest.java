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
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Relieve;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Tenure;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class AttritionTest {
    /** A target that only sets the scenario's end. */
    private static Target horizon(LocalDate end) {
        return Target.atLeast(Metrics.organizations(), 0, end).named("horizon");
    }

    private static Scenario projected(Attrition a, LocalDate end) {
        return Scenario.builder("Nghỉ hưu", structure()).attrition(a).target(horizon(end)).build();
    }

    private static List<Change> changes(TimelineEntry e) {
        return e.events().stream().map(ChangeEvent::change).map(Optional::orElseThrow).toList();
    }

    private static final SimulationResult RETIREMENT = sim(Metrics.staff()).run(projected(Attrition.retirementAge(60), END_2020));

    @Test
    void retirementAge_addsAnEntryOnThe31stOfDecemberOfEachYearWithLeavers() {
        SimulationResult r = RETIREMENT;
        assertEquals(List.of(TimelineEntry.Kind.BASELINE, TimelineEntry.Kind.ATTRITION, TimelineEntry.Kind.ATTRITION),
                r.timeline().stream().map(TimelineEntry::kind).toList());
        assertEquals(List.of(BASE, END_2019, END_2020), r.timeline().stream().map(TimelineEntry::date).toList());
        assertEquals(List.of("baseline", "attrition 2019", "attrition 2020"), r.timeline().stream().map(TimelineEntry::label).toList());
        assertTrue(r.timeline().get(1).step().isEmpty());
        assertTrue(r.timeline().get(1).applied());
        assertEquals("2019-12-31 attrition 2019 APPLIED: 5 changes, +2 −0 violations", r.timeline().get(1).toString());
    }

    @Test
    void retirementAge_relievesThoseWhoReachTheAgeBy31December_bothTenuresOfAConcurrentHolder() {
        // 2019: Hải (60 on 15/6/2019) leaves his main and his concurrent post; Quang turns 60 on 31/12/2019 itself;
        // Sơn on 10/3/2019. Đạt (1/1/1960) waits for 2020. People are taken in id order; then kb.nv loses Sơn
        // (x1.du and kb.ubnd have no recorded staff)
        assertEquals(List.of(Relieve.of(END_2019, HAI, X1_DU_BT).note("nghỉ hưu (60 tuổi)"),
                Relieve.of(END_2019, HAI, X1_HDND_CT).note("nghỉ hưu (60 tuổi)"),
                Relieve.of(END_2019, QUANG, UBND_PCT).note("nghỉ hưu (60 tuổi)"),
                Relieve.of(END_2019, SON, NV_TP).note("nghỉ hưu (60 tuổi)"),
                ReduceStaff.of(END_2019, NV, 1).note("nghỉ hưu (60 tuổi)")), changes(RETIREMENT.timeline().get(1)));
        // 2020: Đạt and Yến of kb.vp (13 → 11); Ích (born 1950) holds no post, Đào has no birth date
        assertEquals(List.of(Relieve.of(END_2020, DAT, VP_PCVP).note("nghỉ hưu (60 tuổi)"),
                Relieve.of(END_2020, YEN, VP_CVP).note("nghỉ hưu (60 tuổi)"),
                ReduceStaff.of(END_2020, VP, 2).note("nghỉ hưu (60 tuổi)")), changes(RETIREMENT.timeline().get(2)));
        OrgStructure end = RETIREMENT.finalStructure();
        for (var p : List.of(HAI, QUANG, SON, DAT, YEN)) {
            assertTrue(end.postsOf(p).isEmpty(), p.toString());
        }
        assertEquals(List.of(X2_DU_BT, X2_HDND_CT), end.postsOf(KHOA).stream().map(Tenure::post).toList());
        assertEquals(5, end.unit(NV).actualStaff().getAsInt());
        assertEquals(11, end.unit(VP).actualStaff().getAsInt());
        assertEquals(6, end.unit(NV).staffQuota().getAsInt());
    }

    @Test
    void retirementAge_reducesActualStaffButNotQuota() {
        // 46 → 45 (Sơn) → 43 (Đạt, Yến); quota stays 48
        assertEquals(List.of(46.0, 45.0, 43.0), RETIREMENT.timeline().stream().map(e -> e.measurements().get("staff.actual")).toList());
        assertEquals(List.of(48.0, 48.0, 48.0), RETIREMENT.timeline().stream().map(e -> e.measurements().get("staff.quota")).toList());
    }

    @Test
    void retirements_showInTheViolations() {
        SimulationResult r = sim().run(projected(Attrition.retirementAge(60), END_2020));
        // 2019: x1.du and x1.hdnd lose their head (Hải)
        TimelineEntry y2019 = r.timeline().get(1);
        assertEquals(List.of(MOT_NGUOI, MOT_NGUOI), y2019.appeared().stream().map(Violation::ruleId).toList());
        assertEquals(List.of(List.of(X1_DU), List.of(X1_HDND)), y2019.appeared().stream().map(Violation::units).toList());
        assertEquals(2, y2019.caused().size());
        // 2020: kb.vp is down to 2 deputies and 11 staff: both of its errors are resolved (listed by rule id)
        TimelineEntry y2020 = r.timeline().get(2);
        assertEquals(List.of(BIEN_CHE, CAP_PHO), y2020.resolved().stream().map(Violation::ruleId).toList());
        assertTrue(y2020.appeared().isEmpty());
    }

    @Test
    void alsoQuota_cutsTheQuotaToo() {
        Attrition a = Attrition.retirementAge(60).alsoQuota();
        assertTrue(a.cutsQuota());
        assertFalse(Attrition.retirementAge(60).cutsQuota());
        SimulationResult r = sim(Metrics.staff()).run(projected(a, END_2020));
        assertEquals(List.of(48.0, 47.0, 45.0), r.timeline().stream().map(e -> e.measurements().get("staff.quota")).toList());
        assertEquals(List.of(46.0, 45.0, 43.0), r.timeline().stream().map(e -> e.measurements().get("staff.actual")).toList());
        assertEquals(ReduceStaff.of(END_2019, NV, 1).andQuota().note("nghỉ hưu (60 tuổi)"), changes(r.timeline().get(1)).get(4));
        assertEquals(10, r.finalStructure().unit(VP).staffQuota().getAsInt());
    }

    @Test
    void within_projectsOnlyPeopleWhoseMainUnitIsInScope() {
        // the party: only Hải (main post in x1.du); nobody of the party retires in 2020, so there is no 2020 entry
        SimulationResult r = sim(Metrics.staff()).run(projected(Attrition.retirementAge(60).within(Selector.any().pillars(Pillar.PARTY)),
                END_2020));
        assertEquals(List.of(BASE, END_2019), r.timeline().stream().map(TimelineEntry::date).toList());
        assertEquals(List.of(Relieve.of(END_2019, HAI, X1_DU_BT).note("nghỉ hưu (60 tuổi)"),
                Relieve.of(END_2019, HAI, X1_HDND_CT).note("nghỉ hưu (60 tuổi)")), changes(r.timeline().get(1)));
        assertEquals(46.0, r.finalMeasurements().get("staff.actual"));
        assertFalse(r.finalStructure().postsOf(QUANG).isEmpty());
    }

    @Test
    void entriesRunFromTheBaselineYearToTheScenariosEnd() {
        // ending 30/6/2019: no 31 December in reach
        assertEquals(1, sim(Metrics.staff()).run(projected(Attrition.retirementAge(60), LocalDate.of(2019, 6, 30))).timeline().size());
        // ending 31/12/2019: that day is included
        assertEquals(List.of(BASE, END_2019), sim(Metrics.staff()).run(projected(Attrition.retirementAge(60), END_2019)).timeline()
                .stream().map(TimelineEntry::date).toList());
        // a rate over 2019–2022 draws leavers each year, as staff reductions only
        SimulationResult r = sim(Metrics.staff()).run(projected(Attrition.rate(0.2, 7), LocalDate.of(2022, 12, 31)));
        assertEquals(List.of(BASE, END_2019, END_2020, LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31)),
                r.timeline().stream().map(TimelineEntry::date).toList());
        assertEquals(List.of("baseline", "attrition 2019", "attrition 2020", "attrition 2021", "attrition 2022"),
                r.timeline().stream().map(TimelineEntry::label).toList());
        int left = 0;
        for (TimelineEntry e : r.timeline().subList(1, r.timeline().size())) {
            for (Change c : changes(e)) {
                ReduceStaff rs = (ReduceStaff) c;
                assertFalse(rs.alsoQuota());
                left += rs.count();
            }
        }
        assertTrue(left > 0);
        assertEquals(46.0 - left, r.finalMeasurements().get("staff.actual"));
        assertEquals(48.0, r.finalMeasurements().get("staff.quota"));
    }

    @Test
    void rate_sameSeedSameLeavers_otherSeedOtherLeavers() {
        SimulationResult a = sim(Metrics.staff()).run(projected(Attrition.rate(0.2, 7), LocalDate.of(2022, 12, 31)));
        SimulationResult again = sim(Metrics.staff()).run(projected(Attrition.rate(0.2, 7), LocalDate.of(2022, 12, 31)));
        SimulationResult other = sim(Metrics.staff()).run(projected(Attrition.rate(0.2, 8), LocalDate.of(2022, 12, 31)));
        assertEquals(a, again);
        assertNotEquals(a.finalStructure(), other.finalStructure());
    }

    @Test
    void aDeadlineOn31December_seesThatYearsAttrition() {
        Target t = Target.atMost(Metrics.staffActual(), 45, END_2019).named("45");
        SimulationResult r = sim(Metrics.staff()).run(Scenario.builder("S", structure()).attrition(Attrition.retirementAge(60)).target(t)
                .build());
        assertEquals(45.0, r.target("45").value().getAsDouble());
        assertTrue(r.target("45").met());
        assertEquals(Optional.of(END_2019), r.target("45").metSince());
    }

    @Test
    void and_appliesBothModels_theSecondToTheStaffThatRemains() {
        Attrition both = Attrition.retirementAge(60).and(Attrition.rate(0.2, 7));
        SimulationResult r = sim(Metrics.staff()).run(projected(both, END_2019));
        List<Change> cs = changes(r.timeline().get(1));
        // the retirements first (4 relieves and kb.nv −1), then the rate's reductions
        assertEquals(List.of(ChangeType.RELIEVE, ChangeType.RELIEVE, ChangeType.RELIEVE, ChangeType.RELIEVE, ChangeType.REDUCE_STAFF),
                r.timeline().get(1).events().subList(0, 5).stream().map(ChangeEvent::type).toList());
        int byRate = cs.subList(5, cs.size()).stream().mapToInt(c -> ((ReduceStaff) c).count()).sum();
        assertEquals(45.0 - byRate, r.finalMeasurements().get("staff.actual"));
        assertEquals("Attrition[retirement at 60, 20% a year (seed 7)]", both.toString());
        assertEquals("Attrition[retirement at 60, quota cut too, within pillars=[PARTY]]".replace("pillars=[PARTY]",
                Selector.any().pillars(Pillar.PARTY).toString()),
                Attrition.retirementAge(60).alsoQuota().within(Selector.any().pillars(Pillar.PARTY)).toString());
    }

    @Test
    void equality_isByModelsQuotaAndScope() {
        assertEquals(Attrition.rate(0.05, 1), Attrition.rate(0.05, 1));
        assertEquals(Attrition.rate(0.05, 1).hashCode(), Attrition.rate(0.05, 1).hashCode());
        assertNotEquals(Attrition.rate(0.05, 1), Attrition.rate(0.05, 2));
        assertNotEquals(Attrition.retirementAge(60), Attrition.retirementAge(60).alsoQuota());
        assertNotEquals(Attrition.retirementAge(60), Attrition.retirementAge(60).within(Selector.atLevels(Level.COMMUNE)));
    }

    @Test
    void badParameters_areRejected() {
        for (double bad : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            BomayException e = assertThrows(BomayException.class, () -> Attrition.rate(bad, 1), "rate " + bad);
            assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
        }
        assertThrows(BomayException.class, () -> Attrition.retirementAge(39));
        assertThrows(BomayException.class, () -> Attrition.retirementAge(81));
        assertEquals("Attrition[retirement at 40]", Attrition.retirementAge(40).toString());
        assertThrows(BomayException.class, () -> Attrition.retirementAge(60).and(null));
        assertThrows(BomayException.class, () -> Attrition.retirementAge(60).within(null));
        assertThrows(BomayException.class, () -> Scenario.builder("S", structure()).attrition(null));
    }

    @Test
    void alsoQuota_onAUnitWithoutQuota_stillReducesItsStaff() {
        // kb.ubnd records 3 staff and no quota; Quang (kb.ubnd.pct) retires in 2019
        OrgStructure s = structure().toBuilder().replace(structure().unit(UBND).toBuilder().actualStaff(3).build()).build();
        SimulationResult r = sim(Metrics.staff()).run(Scenario.builder("S", s).attrition(Attrition.retirementAge(60).alsoQuota())
                .target(horizon(END_2019)).build());
        // today: "unit kb.ubnd has a staff quota of 0, less than the 1 to reduce", the entry FAILED and the run stopped
        assertTrue(r.failures().isEmpty(), () -> r.failures().toString());
        assertEquals(2, r.finalStructure().unit(UBND).actualStaff().getAsInt());
        assertEquals(5, r.finalStructure().unit(NV).actualStaff().getAsInt());
    }
}
