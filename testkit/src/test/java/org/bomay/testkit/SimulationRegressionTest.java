package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.RulePack;
import org.bomay.core.sim.Attrition;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Target;
import org.bomay.core.sim.TimelineEntry;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Bugs of the simulation that {@link SimulationPropertiesTest} found, each reduced to a small
 * deterministic scenario on a {@link SyntheticCountry} (one district, two communes, no
 * villages). Each test accepts any correct fix, not only one.
 */
class SimulationRegressionTest {
    private static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);

    /**
     * The country dated 2020-01-01 with one commune People's Committee (UBND xã) that has 10
     * people on staff and no quota on record, as the generated Hội Cựu chiến binh of the shrunk
     * counterexample had (a socio-political body staffed beyond a quota of 0).
     */
    private static OrgStructure overQuota() {
        OrgStructure s = SyntheticCountry.builder().districtsPerProvince(1).communesPerDistrict(2).villagesPerCommune(0).build()
                .structure();
        Unit u = s.unitsOf(VnKinds.UBND).stream().filter(x -> x.id().value().startsWith("p1.d1.c")).findFirst().orElseThrow();
        return s.toBuilder().replace(u.toBuilder().staffQuota(null).actualStaff(10).build()).build();
    }

    /** A scenario with no step, a deadline at the end of 2020 (so attrition runs once) and the given attrition. */
    private static SimulationResult run(Attrition attrition) {
        Scenario scenario = Scenario.builder("Nghỉ việc không thay thế", overQuota()).attrition(attrition)
                .target(Target.atMost(Metrics.organizations(), 1_000, YEAR_END)).build();
        SimulationResult r = Simulation.of(RulePack.of("không quy tắc")).onFailure(Simulation.OnFailure.SKIP).run(scenario);
        SimulationInvariants.checkReplay(r);
        SimulationInvariants.checkValidation(r);
        return r;
    }

    /** The control: attrition that leaves the quota alone projects the year's leavers. */
    @Test
    void attritionLeavingTheQuota_appliesInAUnitStaffedBeyondItsQuota() {
        SimulationResult r = run(Attrition.rate(0.5, 7));
        TimelineEntry e = r.timeline().get(1);
        assertEquals(TimelineEntry.Kind.ATTRITION, e.kind(), r::toString);
        assertTrue(e.applied(), r::toString);
    }

    /**
     * Bug 1 (fixed): {@link Attrition#alsoQuota()} cut the quota by every leaver
     * ({@code ReduceStaff.andQuota()} of the leavers' count), but a unit can be staffed beyond
     * its quota — here 10 people and no quota on record, i.e. 0 — and {@code ReduceStaff} rejects
     * a quota cut larger than the quota ("unit … has a staff quota of 0, less than the 8 to
     * reduce"). As a year's attrition applies all or nothing, that one unit makes the whole
     * year's projection FAILED for every unit (and a STOP simulation stops there). Found by
     * {@code SimulationPropertiesTest} with generated structures, where socio-political bodies
     * have staff but no quota. Expected: the projection applies, the unit's actual staff shrinks
     * and its quota never goes below 0 (e.g. cut by at most the quota there is, or only by the
     * leavers who leave a vacancy within the quota).
     */
    @Test
    void attritionCuttingTheQuota_appliesInAUnitStaffedBeyondItsQuota() {
        SimulationResult r = run(Attrition.rate(0.5, 7).alsoQuota());
        TimelineEntry e = r.timeline().get(1);
        assertEquals(TimelineEntry.Kind.ATTRITION, e.kind(), r::toString);
        assertTrue(e.applied(), () -> "the year's attrition applies; it " + e + "\n" + r);
        UnitId unit = overQuota().unitsOf(VnKinds.UBND).stream().filter(x -> x.actualStaff().orElse(0) == 10)
                .map(Unit::id).findFirst().orElseThrow();
        Unit after = r.finalStructure().unit(unit);
        assertTrue(after.actualStaff().orElse(0) < 10, () -> "people left " + unit + ": " + after);
        assertTrue(after.staffQuota().orElse(0) >= 0, () -> "the quota of " + unit + " is not negative: " + after);
    }
}
