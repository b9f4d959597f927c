package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
 * Village household thresholds by region (TT 14/2018/TT-BNV): a thôn in the Red River delta 300
 * households, in the northern mountains 150; below 50% it must merge, below 100% merging is encouraged.
 *
 * <pre>
 * hn Tỉnh Hà Nam (vn.vung=DBSH) ─ kb Huyện Kim Bảng ─ x1 Xã Nhật Tân ─ x1.t1 Thôn Thượng
 * hg Tỉnh Hà Giang (vn.vung=MNPB) ─ qb Huyện Quản Bạ ─ x9 Xã Quyết Tiến ─ x9.t1 Thôn Nà Khoang
 * </pre>
 */
class VillageHouseholdsTest {
    static final String ID = "t.quy-mo-thon";
    static final Minimum DBSH = Minimum.of(Selector.kinds(VnKinds.THON).attribute("vn.vung", "DBSH"), 300);
    static final Minimum MNPB = Minimum.of(Selector.kinds(VnKinds.THON).attribute("vn.vung", "MNPB"), 150);
    static final VillageHouseholds RULE = VillageHouseholds.of(info(ID), ImmutableList.of(DBSH, MNPB), 0.5);

    static OrgStructure s(Integer deltaHouseholds, Integer mountainHouseholds) {
        return OrgStructure.builder(DATE)
                .add(Unit.builder(u("hn"), "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE).attribute("vn.vung", "DBSH").build())
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(admin("x1", "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), u("kb"))
                .add(Unit.builder(u("x1.t1"), "Thôn Thượng", VnKinds.THON, Level.VILLAGE).households(deltaHouseholds).build(), u("x1"))
                .add(Unit.builder(u("hg"), "Tỉnh Hà Giang", VnKinds.TINH, Level.PROVINCE).attribute("vn.vung", "MNPB").build())
                .add(admin("qb", "Huyện Quản Bạ", VnKinds.HUYEN, Level.DISTRICT), u("hg"))
                .add(admin("x9", "Xã Quyết Tiến", VnKinds.XA, Level.COMMUNE), u("qb"))
                .add(Unit.builder(u("x9.t1"), "Thôn Nà Khoang", VnKinds.THON, Level.VILLAGE).households(mountainHouseholds).build(),
                        u("x9"))
                .build();
    }

    @Test
    void atOrAboveTheThreshold_isFine() {
        assertNone(validate(RULE, s(300, 150)));
        assertNone(validate(RULE, s(1_200, 400)));
    }

    @Test
    void belowHalf_mustMerge_withTheRulesSeverity() {
        Violation v = only(validate(RULE, s(149, 150)));
        assertViolation(v, ID, Severity.ERROR,
                "Thôn Thượng có 149 hộ gia đình, dưới 50% tiêu chuẩn (300 hộ): phải sáp nhập với thôn, tổ dân phố liền kề",
                "Thôn Thượng has 149 households, below 50% of the standard (300): it must be merged with a neighbour");
        assertEquals(units("x1.t1"), v.units());
    }

    @Test
    void betweenHalfAndTheThreshold_isInfo() {
        Violation v = only(validate(RULE, s(150, 150)));
        assertViolation(v, ID, Severity.INFO, "Thôn Thượng có 150 hộ gia đình, dưới tiêu chuẩn 300 hộ: khuyến khích sáp nhập",
                "Thôn Thượng has 150 households, below the standard of 300: merging is encouraged");
        assertEquals(Severity.INFO, only(validate(RULE, s(299, 150))).severity(), "one below the threshold");
        assertNone(validate(RULE, s(300, 150)), "exactly at the threshold");
    }

    @Test
    void regionInheritedFromTheProvince_choosesTheThreshold() {
        // 140 households: fine nowhere, but a must-merge only in the delta
        ValidationResult r = validate(RULE, s(140, 140));
        assertEquals(2, r.size());
        Violation delta = r.violationsAbout(u("x1.t1")).get(0);
        Violation mountain = r.violationsAbout(u("x9.t1")).get(0);
        assertEquals(Severity.ERROR, delta.severity());
        assertEquals(Severity.INFO, mountain.severity());
        assertTrue(mountain.messageVi().contains("dưới tiêu chuẩn 150 hộ"), mountain::messageVi);
        // 74 in the mountains: below half of 150
        assertEquals(Severity.ERROR, only(validate(RULE, s(300, 74))).severity());
        assertEquals(Severity.INFO, only(validate(RULE, s(300, 75))).severity(), "exactly half is not below half");
        assertEquals(Set.of(Reach.INHERITED), RULE.reads());
        assertEquals(Set.of(VnKinds.THON), RULE.kinds());
    }

    @Test
    void otherShareBelowWhichAUnitMustMerge() {
        VillageHouseholds r = VillageHouseholds.of(info(ID), ImmutableList.of(DBSH), 1.0);
        assertEquals(Severity.ERROR, only(validate(r, s(299, null))).severity());
        VillageHouseholds third = VillageHouseholds.of(info(ID), ImmutableList.of(DBSH), 0.3);
        Violation v = only(validate(third, s(89, null)));
        assertTrue(v.messageVi().contains("dưới 30% tiêu chuẩn (300 hộ)"), v::messageVi);
        assertEquals(Severity.INFO, only(validate(third, s(90, null))).severity());
    }

    @Test
    void unitsWithoutHouseholds_orWithoutARow_orNotTerritorial_areNotChecked() {
        assertNone(validate(RULE, s(null, null)));
        // a tổ dân phố has no row here
        OrgStructure tdp = OrgStructure.builder(DATE)
                .add(Unit.builder(u("hn"), "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE).attribute("vn.vung", "DBSH").build())
                .add(Unit.builder(u("t1"), "Tổ dân phố 1", VnKinds.TO_DAN_PHO, Level.VILLAGE).households(10).build(), u("hn"))
                .build();
        assertNone(validate(RULE, tdp));
        // a village outside any region listed
        OrgStructure none = OrgStructure.builder(DATE)
                .add(Unit.builder(u("t2"), "Thôn Hai", VnKinds.THON, Level.VILLAGE).households(10).build())
                .build();
        assertNone(validate(RULE, none));
        // an organization with a household count is not a village
        VillageHouseholds any = VillageHouseholds.of(info(ID), ImmutableList.of(Minimum.of(Selector.any(), 300)), 0.5);
        OrgStructure org = OrgStructure.builder(DATE)
                .add(admin("x1", "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE))
                .add(org("x1.t1.bct", "Ban công tác Mặt trận thôn", VnKinds.BAN_CONG_TAC_MAT_TRAN, Level.VILLAGE, "x1").households(5)
                        .build())
                .build();
        assertNone(validate(any, org));
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> VillageHouseholds.of(info(ID), ImmutableList.of(DBSH), 0));
        assertBad(ID, () -> VillageHouseholds.of(info(ID), ImmutableList.of(DBSH), 1.5));
        assertBad(ID, () -> VillageHouseholds.of(info(ID), ImmutableList.of(DBSH), Double.NaN));
        assertBad(ID, () -> VillageHouseholds.of(info(ID), ImmutableList.of(), 0.5));
        assertBad(ID, () -> VillageHouseholds.of(info(ID), null, 0.5));
        assertBad(ID, () -> VillageHouseholds.of(info(ID), Arrays.asList(DBSH, null), 0.5));
    }

    @Test
    void incremental_mergingTwoSmallVillages() {
        OrgStructure before = s(120, 150).toBuilder()
                .add(Unit.builder(u("x1.t2"), "Thôn Hạ", VnKinds.THON, Level.VILLAGE).households(140).build(), u("x1"))
                .build();
        assertEquals(2, validate(RULE, before).size());
        Unit merged = Unit.builder(u("x1.t12"), "Thôn Thượng Hạ", VnKinds.THON, Level.VILLAGE).households(260).build();
        ValidationResult r = assertIncremental(RULE, before, Merge.of(LocalDate.of(2021, 9, 1), List.of(u("x1.t1"), u("x1.t2")), merged));
        Violation v = only(r);
        assertEquals(units("x1.t12"), v.units());
        assertEquals(Severity.INFO, v.severity());
    }

    @Test
    void incremental_aCommuneMovesToAProvinceOfAnotherRegion() {
        // 140 households: a must-merge in the delta, only below the standard in the northern mountains
        OrgStructure before = s(140, 150);
        assertEquals(Severity.ERROR, only(validate(RULE, before)).severity());
        ValidationResult r = assertIncremental(RULE, before, Transfer.of(LocalDate.of(2021, 9, 1), u("x1"), u("qb")));
        assertEquals(Severity.INFO, only(r).severity());
        assertEquals(units("x1.t1"), only(r).units());
    }

    @Test
    void boundary_exactlyAtTheMustMergeShareIsNotBelowIt() {
        VillageHouseholds r = VillageHouseholds.of(info(ID), ImmutableList.of(Minimum.of(Selector.kinds(VnKinds.THON), 200)), 0.55);
        assertEquals(Severity.ERROR, only(validate(r, s(109, null))).severity());
        assertEquals(Severity.INFO, only(validate(r, s(110, null))).severity(), "110 is 55% of 200, not below it");
    }
}
