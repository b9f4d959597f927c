package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Unit;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Standards of administrative units (NQ 1211/2016/UBTVQH13 as amended): a xã 8,000 people and 30 km²,
 * a mountainous xã 5,000 and 50 km².
 *
 * <pre>
 * hn Tỉnh Hà Nam ─┬ kb Huyện Kim Bảng ─ x1 (the commune under test)
 *                 └ lb Huyện Ba Vì (vn.mien-nui=true) ─ m1 (the mountain commune under test)
 * </pre>
 */
class AdminUnitStandardsTest {
    static final String ID = "t.tieu-chuan-xa";
    static final Standard MOUNTAIN = Standard.of(Selector.kinds(VnKinds.XA).attribute("vn.mien-nui", "true"), 5_000, 50);
    static final Standard XA = Standard.of(Selector.kinds(VnKinds.XA), 8_000, 30);
    static final AdminUnitStandards RULE = AdminUnitStandards.of(info(ID), ImmutableList.of(MOUNTAIN, XA));

    static OrgStructure.Builder base() {
        return OrgStructure.builder(DATE)
                .add(admin("hn", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(Unit.builder(u("lb"), "Huyện Ba Vì", VnKinds.HUYEN, Level.DISTRICT).attribute("vn.mien-nui", "true").build(),
                        u("hn"));
    }

    /** x1 Xã Nhật Tân in kb with these figures. */
    static OrgStructure x1(Integer population, Double area) {
        return base().add(Unit.builder(u("x1"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).population(population)
                .areaKm2(area).build(), u("kb")).build();
    }

    /** m1 Xã Ba Trại in the mountainous district lb. */
    static OrgStructure m1(Unit.Builder m) {
        return base().add(m.build(), u("lb")).build();
    }

    @Test
    void meetingTheStandard_isFine() {
        assertNone(validate(RULE, x1(9_000, 35.0)));
        assertNone(validate(RULE, x1(8_000, 30.0)), "exactly at the standard");
    }

    @Test
    void belowTheArea_isReported() {
        Violation v = only(validate(RULE, x1(9_800, 7.6)));
        assertViolation(v, ID, Severity.ERROR, "Xã Nhật Tân chưa đạt tiêu chuẩn: diện tích 7,6 km², dưới tiêu chuẩn 30 km²",
                "Xã Nhật Tân does not meet the standard: area 7.6 km², below the standard of 30 km²");
        assertEquals(units("x1"), v.units());
        assertTrue(!v.messageVi().contains("dân số"), v::messageVi);
    }

    @Test
    void belowThePopulation_isReported() {
        Violation v = only(validate(RULE, x1(7_000, 35.0)));
        assertViolation(v, ID, Severity.ERROR, "chưa đạt tiêu chuẩn: dân số 7.000 người, dưới tiêu chuẩn 8.000",
                "does not meet the standard: population 7,000, below the standard of 8,000");
    }

    @Test
    void belowBoth_isOneViolationWithBothReasons() {
        Violation v = only(validate(RULE, x1(7_999, 29.99)));
        assertViolation(v, ID, Severity.ERROR,
                "dân số 7.999 người, dưới tiêu chuẩn 8.000; diện tích 29,99 km², dưới tiêu chuẩn 30 km²",
                "population 7,999, below the standard of 8,000; area 29.99 km², below the standard of 30 km²");
    }

    @Test
    void severityFromTheRuleInfo_asTheVietnamPacksUseInfo() {
        AdminUnitStandards infoRule = AdminUnitStandards.of(info(ID).withSeverity(Severity.INFO), ImmutableList.of(XA));
        assertEquals(Severity.INFO, only(validate(infoRule, x1(7_000, 35.0))).severity());
    }

    @Test
    void mountainousStandard_byAnAttributeInheritedFromTheDistrict() {
        Unit.Builder m = Unit.builder(u("m1"), "Xã Ba Trại", VnKinds.XA, Level.COMMUNE).population(6_000).areaKm2(55.0);
        assertNone(validate(RULE, m1(m)), "5,000 and 50 km² in the mountains");
        Violation v = only(validate(RULE, m1(m.population(4_999))));
        assertTrue(v.messageVi().contains("dưới tiêu chuẩn 5.000"), v::messageVi);
        // the commune's own attribute wins over the district's
        m.population(6_000).attribute("vn.mien-nui", "false");
        assertTrue(only(validate(RULE, m1(m))).messageEn().contains("population 6,000, below the standard of 8,000"));
        // the same figures in the lowland district fall short
        assertEquals(1, validate(RULE, x1(6_000, 55.0)).size());
        assertEquals(Set.of(Reach.INHERITED), RULE.reads());
        assertEquals(Set.of(VnKinds.XA), RULE.kinds());
    }

    @Test
    void unitsLackingAFigure_orNotTerritorial_orWithoutARow_areNotChecked() {
        assertNone(validate(RULE, x1(null, null)));
        assertTrue(only(validate(RULE, x1(null, 7.6))).messageEn().contains("area 7.6"), "only the known figure is checked");
        AdminUnitStandards anything = AdminUnitStandards.of(info(ID), ImmutableList.of(Standard.of(Selector.any(), 8_000, 30)));
        OrgStructure s = OrgStructure.builder(DATE)
                .add(Unit.builder(u("kb"), "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).population(9_000).areaKm2(35.0).build())
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").population(10).areaKm2(1.0).build())
                .build();
        assertNone(validate(anything, s), "the UBND's figures are not checked, only administrative units'");
        OrgStructure ward = base().add(Unit.builder(u("p1"), "Phường Quế", VnKinds.PHUONG, Level.COMMUNE).population(10)
                .areaKm2(1.0).build(), u("kb")).build();
        assertNone(validate(RULE, ward), "no row for a phường");
    }

    @Test
    void populationOnlyStandard() {
        AdminUnitStandards pop = AdminUnitStandards.of(info(ID), ImmutableList.of(
                new Standard(Selector.kinds(VnKinds.XA), OptionalInt.of(8_000), OptionalDouble.empty())));
        assertNone(validate(pop, x1(9_000, 1.0)));
        assertEquals(1, validate(pop, x1(7_000, 100.0)).size());
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> AdminUnitStandards.of(info(ID), ImmutableList.of()));
        assertBad(ID, () -> AdminUnitStandards.of(info(ID), null));
        assertBad(ID, () -> AdminUnitStandards.of(info(ID), Arrays.asList(XA, null)));
        assertThrows(BomayException.class, () -> new Standard(Selector.any(), OptionalInt.empty(), OptionalDouble.empty()));
        assertThrows(BomayException.class, () -> Standard.of(Selector.any(), 0, 30));
        assertThrows(BomayException.class, () -> Standard.of(Selector.any(), 8_000, -1));
        assertThrows(BomayException.class, () -> Standard.of(Selector.any(), 8_000, Double.NaN));
        assertThrows(BomayException.class, () -> Standard.of(null, 8_000, 30));
    }

    /**
     * Regression: up to eec3509 Fmt.vi(double) wrote a whole 5000.0 as "5,000", which reads as 5 in
     * Vietnamese (fixed in ed56027).
     */
    @Test
    void largeAreasUseVietnameseDigitGrouping() {
        AdminUnitStandards province = AdminUnitStandards.of(info(ID), ImmutableList.of(
                Standard.of(Selector.kinds(VnKinds.TINH), 1_400_000, 5_000)));
        OrgStructure s = OrgStructure.builder(DATE)
                .add(Unit.builder(u("hn"), "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE).population(1_200_000).areaKm2(4_000.0)
                        .build())
                .build();
        Violation v = only(validate(province, s));
        assertTrue(v.messageEn().contains("area 4,000 km², below the standard of 5,000 km²"), v::messageEn);
        assertTrue(v.messageVi().contains("diện tích 4.000 km², dưới tiêu chuẩn 5.000 km²"), v::messageVi);
    }

    @Test
    void incremental_mergingTwoSmallCommunes() {
        OrgStructure before = base()
                .add(Unit.builder(u("x1"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).population(9_800).areaKm2(7.6).build(), u("kb"))
                .add(Unit.builder(u("x2"), "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE).population(8_500).areaKm2(9.4).build(), u("kb"))
                .build();
        assertEquals(2, validate(RULE, before).size());
        Unit merged = Unit.builder(u("x12"), "Xã Nhật Đồng", VnKinds.XA, Level.COMMUNE).population(18_300).areaKm2(17.0).build();
        ValidationResult r = assertIncremental(RULE, before, Merge.of(LocalDate.of(2021, 7, 1), List.of(u("x1"), u("x2")), merged));
        Violation v = only(r);
        assertEquals(units("x12"), v.units());
        assertTrue(v.messageVi().contains("diện tích 17 km², dưới tiêu chuẩn 30 km²"), v::messageVi);
    }

    @Test
    void incremental_aCommuneMovesIntoAMountainousDistrict() {
        OrgStructure before = x1(6_000, 55.0);
        assertEquals(1, validate(RULE, before).size());
        assertNone(assertIncremental(RULE, before, Transfer.of(LocalDate.of(2021, 9, 1), u("x1"), u("lb"))),
                "the mountain standard applies after the move");
    }
}
