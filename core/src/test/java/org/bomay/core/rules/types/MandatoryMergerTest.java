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
import org.bomay.core.model.Level;
import org.bomay.core.model.Unit;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.MandatoryMerger.Condition;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Communes that must be merged against the xã standard of 8,000 people and 30 km²: NQ 653/2019
 * (below 50% of both) and NQ 35/2023 (below 70% of both; or area below 20% and population below 300%).
 */
class MandatoryMergerTest {
    static final String ID = "t.xa-phai-sap-xep";
    static final ImmutableList<Standard> STANDARDS = ImmutableList.of(Standard.of(Selector.kinds(VnKinds.XA), 8_000, 30));
    static final Selector COMMUNES = Selector.atLevels(Level.DISTRICT, Level.COMMUNE);
    static final MandatoryMerger NQ653 = MandatoryMerger.of(info(ID), STANDARDS, ImmutableList.of(new Condition(COMMUNES, 0.5, 0.5)));
    static final MandatoryMerger NQ35 = MandatoryMerger.of(info(ID), STANDARDS, ImmutableList.of(
            new Condition(Selector.atLevels(Level.COMMUNE), 0.7, 0.7), new Condition(Selector.atLevels(Level.COMMUNE), 0.2, 3.0)));

    static OrgStructure x1(Integer population, Double area) {
        return OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(Unit.builder(u("x1"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).population(population).areaKm2(area).build(),
                        u("kb"))
                .build();
    }

    @Test
    void belowHalfOfBoth_mustBeMerged() {
        Violation v = only(validate(NQ653, x1(3_000, 10.0)));
        assertViolation(v, ID, Severity.ERROR,
                "Xã Nhật Tân có diện tích 10 km² (33,33% tiêu chuẩn) và dân số 3.000 người (37,5% tiêu chuẩn): dưới 50% tiêu chuẩn "
                        + "diện tích và dưới 50% tiêu chuẩn dân số, thuộc diện phải sắp xếp",
                "Xã Nhật Tân has an area of 10 km² (33.33% of the standard) and 3,000 people (37.5%): below 50% of the area "
                        + "standard and below 50% of the population standard, so it must be merged");
        assertEquals(units("x1"), v.units());
    }

    @Test
    void onlyOneCriterionBelow_isNotFlagged() {
        assertNone(validate(NQ653, x1(5_000, 10.0)), "area 33% but population 62.5%");
        assertNone(validate(NQ653, x1(3_000, 20.0)), "population 37.5% but area 67%");
        assertNone(validate(NQ653, x1(50_000, 1.0)));
    }

    @Test
    void boundary_exactlyHalfIsNotBelow() {
        assertNone(validate(NQ653, x1(3_000, 15.0)), "area exactly 50%");
        assertNone(validate(NQ653, x1(4_000, 10.0)), "population exactly 50%");
        assertEquals(1, validate(NQ653, x1(3_999, 14.99)).size());
    }

    @Test
    void nq35_secondCondition_smallAreaBelowThreeTimesThePopulation() {
        // area 16.7% and population 250%: flagged by the second condition
        Violation v = only(validate(NQ35, x1(20_000, 5.0)));
        assertViolation(v, ID, Severity.ERROR, "dưới 20% tiêu chuẩn diện tích và dưới 300% tiêu chuẩn dân số, thuộc diện phải sắp xếp",
                "below 20% of the area standard and below 300% of the population standard, so it must be merged");
        assertTrue(v.messageEn().contains("(16.67% of the standard) and 20,000 people (250%)"), v::messageEn);
        assertTrue(v.messageVi().contains("(16,67% tiêu chuẩn) và dân số 20.000 người (250% tiêu chuẩn)"), v::messageVi);
        // population 312.5%: not flagged
        assertNone(validate(NQ35, x1(25_000, 5.0)));
        // exactly 300%: not below
        assertNone(validate(NQ35, x1(24_000, 5.0)));
        // area 23.3%: neither condition
        assertNone(validate(NQ35, x1(20_000, 7.0)));
        // the NQ 653 rule does not flag it
        assertNone(validate(NQ653, x1(20_000, 5.0)));
    }

    @Test
    void nq35_firstCondition_andOnlyOneViolationWhenBothHold() {
        Violation v = only(validate(NQ35, x1(5_000, 20.0)));
        assertTrue(v.messageEn().contains("below 70% of the area standard and below 70% of the population standard"), v::messageEn);
        Violation both = only(validate(NQ35, x1(4_000, 5.0)));
        assertTrue(both.messageEn().contains("below 70%"), "the first matching condition is reported");
    }

    @Test
    void conditionSelectorMustMatch() {
        MandatoryMerger districtsOnly = MandatoryMerger.of(info(ID), STANDARDS,
                ImmutableList.of(new Condition(Selector.atLevels(Level.DISTRICT), 0.5, 0.5)));
        assertNone(validate(districtsOnly, x1(1_000, 1.0)));
    }

    @Test
    void unitsWithoutFiguresOrStandard_areNotChecked() {
        assertNone(validate(NQ653, x1(null, 1.0)));
        assertNone(validate(NQ653, x1(1_000, null)));
        MandatoryMerger popOnly = MandatoryMerger.of(info(ID), ImmutableList.of(
                new Standard(Selector.kinds(VnKinds.XA), OptionalInt.of(8_000), OptionalDouble.empty())),
                ImmutableList.of(new Condition(COMMUNES, 0.5, 0.5)));
        assertNone(validate(popOnly, x1(1_000, 1.0)), "a standard without an area cannot be compared");
        OrgStructure ward = OrgStructure.builder(DATE)
                .add(Unit.builder(u("p1"), "Phường Quế", VnKinds.PHUONG, Level.COMMUNE).population(100).areaKm2(0.1).build())
                .build();
        assertNone(validate(NQ653, ward), "no standard for a phường");
    }

    @Test
    void severityAndReads() {
        MandatoryMerger warn = MandatoryMerger.of(info(ID).withSeverity(Severity.WARNING), STANDARDS,
                ImmutableList.of(new Condition(COMMUNES, 0.5, 0.5)));
        assertEquals(Severity.WARNING, only(validate(warn, x1(3_000, 10.0))).severity());
        assertEquals(Set.of(VnKinds.XA), NQ653.kinds());
        assertEquals(Set.of(), NQ653.reads());
        MandatoryMerger inHn = MandatoryMerger.of(info(ID), STANDARDS, ImmutableList.of(
                new Condition(Selector.any().within(u("hn")), 0.5, 0.5)));
        assertEquals(Set.of(Reach.ANCESTORS), inHn.reads());
    }

    @Test
    void badParameters_nameTheRule() {
        Condition c = new Condition(COMMUNES, 0.5, 0.5);
        assertBad(ID, () -> MandatoryMerger.of(info(ID), ImmutableList.of(), ImmutableList.of(c)));
        assertBad(ID, () -> MandatoryMerger.of(info(ID), STANDARDS, ImmutableList.of()));
        assertBad(ID, () -> MandatoryMerger.of(info(ID), null, ImmutableList.of(c)));
        assertBad(ID, () -> MandatoryMerger.of(info(ID), STANDARDS, null));
        assertBad(ID, () -> MandatoryMerger.of(info(ID), STANDARDS, Arrays.asList(c, null)));
        assertThrows(BomayException.class, () -> new Condition(null, 0.5, 0.5));
        assertThrows(BomayException.class, () -> new Condition(COMMUNES, 0, 0.5));
        assertThrows(BomayException.class, () -> new Condition(COMMUNES, 0.5, -1));
        assertThrows(BomayException.class, () -> new Condition(COMMUNES, Double.POSITIVE_INFINITY, 0.5));
        assertThrows(BomayException.class, () -> new Condition(COMMUNES, 0.5, Double.NaN));
    }

    @Test
    void incremental_mergingResolvesIt() {
        OrgStructure before = OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(Unit.builder(u("x1"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).population(3_000).areaKm2(10.0).build(), u("kb"))
                .add(Unit.builder(u("x2"), "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE).population(3_500).areaKm2(12.0).build(), u("kb"))
                .add(Unit.builder(u("x3"), "Xã Tân Sơn", VnKinds.XA, Level.COMMUNE).population(2_000).areaKm2(8.0).build(), u("kb"))
                .build();
        assertEquals(3, validate(NQ653, before).size());
        Unit merged = Unit.builder(u("x12"), "Xã Nhật Đồng", VnKinds.XA, Level.COMMUNE).population(6_500).areaKm2(22.0).build();
        ValidationResult r = assertIncremental(NQ653, before, Merge.of(LocalDate.of(2021, 7, 1), List.of(u("x1"), u("x2")), merged));
        assertEquals(units("x3"), only(r).units());
    }
}
