package org.bomay.examples.programme2030;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.model.Level;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.sim.MetricContext;
import org.bomay.core.sim.Metrics;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** The district of seed 003 before its programme: what it holds and what the rules say of it. */
class SeedDistrictTest {
    private static final OrgStructure D = SeedDistrict.structure();
    private static final Validator VN = Validator.of(VnRules.all());

    private static MetricContext district(ValidationResult v) {
        return MetricContext.of(v).within(ActionProgramme.DISTRICT);
    }

    @Test
    void structure_isBuiltOnceOn2018_01_01() {
        assertSame(D, SeedDistrict.structure());
        assertEquals(SeedDistrict.DATE, D.date());
    }

    @Test
    void district_hasATownshipAnd13Communes_103Organizations_andAStaffQuotaOf828() {
        List<Unit> communes = D.children(SeedDistrict.HUYEN);
        assertEquals(14, communes.size());
        assertEquals(SeedDistrict.COMMUNES, communes.stream().map(Unit::id).toList());
        assertEquals(1, communes.stream().filter(u -> u.kind().equals(VnKinds.THI_TRAN)).count());
        MetricContext ctx = MetricContext.of(D).within(ActionProgramme.DISTRICT);
        assertEquals(103.0, Metrics.organizations().value(ctx));
        assertEquals(828.0, Metrics.staffQuota().value(ctx));
        assertEquals(825.0, Metrics.staffActual().value(ctx));
        assertEquals(117.0, Metrics.deputies().value(ctx));
        assertEquals(82_700, D.unit(SeedDistrict.HUYEN).population().getAsInt(), "the sum of the communes");
        assertEquals(258.6, D.unit(SeedDistrict.HUYEN).areaKm2().getAsDouble(), 1e-9);
    }

    @Test
    void thePublicServiceUnitsToMerge_belongToTheirSoOrToTheDistrict() {
        assertEquals(Set.of(SeedDistrict.BENH_VIEN, SeedDistrict.TRUNG_TAM_Y_TE), ids(D.children(SeedDistrict.SO_Y_TE)));
        assertEquals(Set.of(SeedDistrict.TRAM_BAO_VE_THUC_VAT, SeedDistrict.TRAM_THU_Y), ids(D.children(SeedDistrict.SO_NONG_NGHIEP)));
        assertEquals(Set.of(SeedDistrict.GDTX_1, SeedDistrict.GDTX_2), ids(D.children(SeedDistrict.SO_GIAO_DUC)));
        assertEquals(SeedDistrict.UBND, D.parent(SeedDistrict.TRUNG_TAM_KHUYEN_NONG).orElseThrow().id());
        assertEquals(SeedDistrict.UBND, D.parent(SeedDistrict.TRUNG_TAM_DAY_NGHE).orElseThrow().id());
        MetricContext ctx = MetricContext.of(D).within(ActionProgramme.DISTRICT);
        assertEquals(3.0, ActionProgramme.organizationsIn(SeedDistrict.AGRICULTURAL_SERVICES).value(ctx));
        assertEquals(3.0, ActionProgramme.organizationsIn(SeedDistrict.VOCATIONAL_EDUCATION).value(ctx));
        assertEquals(4.0, ActionProgramme.smallSchools().value(ctx));
        assertEquals(10, D.units().stream().filter(u -> u.kind().equals(VnKinds.TRUONG_HOC)).count());
    }

    private static Set<UnitId> ids(List<Unit> units) {
        return units.stream().map(Unit::id).collect(Collectors.toSet());
    }

    @Test
    void onTheBaselineDate_noErrorNorWarning_only14CommunesOrTheDistrictBelowTheStandards() {
        ValidationResult v = VN.validate(D);
        assertEquals(0, v.count(Severity.ERROR), v::report);
        assertEquals(0, v.count(Severity.WARNING), v::report);
        assertEquals(14, v.violationsOf("vn.nq1211-2016.tieu-chuan-dvhc").size(), "INFO: 13 communes and the district");
    }

    @Test
    void nq653_onceInForce_flagsExactlyTheThreeCommunesBelowHalfOfBothStandards() {
        ValidationResult v = VN.validate(D.withDate(LocalDate.of(2019, 12, 31)));
        List<UnitId> flagged = v.violationsOf(ActionProgramme.NQ653_RULE).stream().map(x -> x.units().get(0)).toList();
        assertEquals(SeedDistrict.BELOW_HALF_OF_BOTH, flagged);
        assertTrue(v.violationsOf(ActionProgramme.NQ653_RULE).stream().allMatch(x -> x.severity() == Severity.WARNING));
        // below half of one standard only: not flagged
        assertTrue(v.violationsAbout(SeedDistrict.XA_7).stream().noneMatch(x -> x.ruleId().equals(ActionProgramme.NQ653_RULE)));
        assertTrue(v.violationsAbout(SeedDistrict.XA_8).stream().noneMatch(x -> x.ruleId().equals(ActionProgramme.NQ653_RULE)));
    }

    @Test
    void leftAlone_theDeputyCapsOf2020AreBreached_inThreePlaces() {
        ValidationResult v = VN.validate(D.withDate(ActionProgramme.END_2021));
        assertEquals(3.0, Metrics.deputiesOverCap().value(district(v)), v::report);
        Set<String> rules = v.violations(Severity.ERROR).stream().map(Violation::ruleId).collect(Collectors.toSet());
        assertEquals(Set.of("vn.nd08-2016.pho-chu-tich-ubnd", "vn.luat47-2019.pho-chu-tich-hdnd", "vn.nd108-2020.pho-truong-phong-huyen"),
                rules);
    }

    @Test
    void everyPersonHoldsOneMainPost_andThePeopleAreFictitiousAndDeterministic() {
        assertEquals(D.people().size(), D.tenures().stream().filter(t -> !t.isConcurrent()).map(Tenure::person).distinct().count());
        assertEquals(D.people().size(), D.tenures().stream().filter(t -> !t.isConcurrent()).count());
        assertEquals(SeedDistrictBuilder.build(), D, "the same data on every build");
        assertTrue(D.units().stream().filter(u -> u.level() == Level.COMMUNE && u.kind().equals(VnKinds.XA))
                .allMatch(u -> u.name().startsWith("Xã số ")), "the communes are placeholders");
    }
}
