package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Unit;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.Shape;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.BaselineLimit.Measure;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * "Không tăng đầu mối, không tăng biên chế" against a baseline of 1/1/2015, and a 10% quota cut.
 *
 * <pre>
 * kb Huyện Kim Bảng ─ x1 Xã Nhật Tân
 * kb.hu Huyện ủy (quota 10); kb.ubnd UBND (quota 50) ─ kb.ubnd.nv, kb.ubnd.tc Phòng (quota 20 each)
 * </pre>
 */
class BaselineLimitTest {
    static final String ID = "t.khong-tang-dau-moi";
    static final LocalDate BASE_DATE = LocalDate.of(2015, 1, 1);

    static OrgStructure.Builder builder(LocalDate date, int nvQuota) {
        return OrgStructure.builder(date)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(admin("x1", "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), u("kb"))
                .add(org("kb.hu", "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, "kb").staffQuota(10).actualStaff(9).build())
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").staffQuota(50).actualStaff(50)
                        .build())
                .add(org("kb.ubnd.nv", "Phòng Nội vụ", VnKinds.PHONG, Level.DISTRICT, "kb").staffQuota(nvQuota).actualStaff(20)
                        .build(), u("kb.ubnd"))
                .add(org("kb.ubnd.tc", "Phòng Tài chính", VnKinds.PHONG, Level.DISTRICT, "kb").staffQuota(20).actualStaff(18)
                        .build(), u("kb.ubnd"));
    }

    static final OrgStructure BASELINE = builder(BASE_DATE, 20).build();
    static final BaselineLimit NO_NEW_UNITS = BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, Selector.any(), BASELINE, 1.0);
    static final BaselineLimit QUOTA_CUT = BaselineLimit.of(info("t.giam-bien-che"), Measure.STAFF_QUOTA, Selector.any(), BASELINE,
            0.9);

    static Unit office(String id, String name) {
        return org(id, name, VnKinds.PHONG, Level.DISTRICT, "kb").staffQuota(5).build();
    }

    @Test
    void baselineTotals() {
        assertEquals(4, NO_NEW_UNITS.baseline(), "four organizations; administrative units are not đầu mối");
        assertEquals(100, QUOTA_CUT.baseline());
        assertEquals(Shape.TOTAL, NO_NEW_UNITS.shape());
    }

    @Test
    void organizations_sameCount_isFine() {
        assertNone(validate(NO_NEW_UNITS, BASELINE));
        assertNone(validate(NO_NEW_UNITS, BASELINE.withDate(DATE)));
    }

    @Test
    void organizations_oneUnitAddedAfterTheBaseline_isFlagged() {
        OrgStructure s = builder(DATE, 20).add(office("kb.ubnd.kh", "Phòng Kế hoạch"), u("kb.ubnd")).build();
        Violation v = only(validate(NO_NEW_UNITS, s));
        assertViolation(v, ID, Severity.ERROR, "Số đầu mối là 5, vượt mốc 01/01/2015 (4)",
                "The organizations total 5, above the baseline of 2015-01-01 (4)");
        assertEquals(List.of(), v.units());
        assertEquals(List.of(), v.people());
        assertEquals(List.of(), v.posts());
    }

    @Test
    void organizations_territorialUnitsAndReplacementsDoNotCount() {
        assertNone(validate(NO_NEW_UNITS, builder(DATE, 20).add(admin("x2", "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE), u("kb"))
                .build()), "an administrative unit is not an organization");
        OrgStructure swapped = builder(DATE, 20).remove(u("kb.ubnd.tc")).add(office("kb.ubnd.kh", "Phòng Kế hoạch"), u("kb.ubnd"))
                .build();
        assertNone(validate(NO_NEW_UNITS, swapped), "one office replaced by another");
    }

    @Test
    void organizations_onlySelectedUnitsCount() {
        BaselineLimit offices = BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, Selector.kinds(VnKinds.PHONG), BASELINE, 1.0);
        assertEquals(2, offices.baseline());
        assertNone(validate(offices, builder(DATE, 20).add(org("kb.ubmttq", "Ủy ban MTTQ", VnKinds.UBMTTQ, Level.DISTRICT, "kb")
                .build()).build()));
        assertTrue(only(validate(offices, builder(DATE, 20).add(office("kb.ubnd.kh", "Phòng Kế hoạch"), u("kb.ubnd")).build()))
                .messageVi().startsWith("Số đầu mối là 3, vượt mốc 01/01/2015 (2)"));
    }

    @Test
    void staffQuota_tenPercentCut() {
        assertEquals(1, validate(QUOTA_CUT, BASELINE).size(), "the baseline itself is above 90%");
        assertNone(validate(QUOTA_CUT, builder(DATE, 10).build()), "exactly 90");
        Violation v = only(validate(QUOTA_CUT, builder(DATE, 11).build()));
        assertViolation(v, "t.giam-bien-che", Severity.ERROR, "Tổng biên chế là 91, vượt 90% của mốc 01/01/2015 (90)",
                "The staff quota total 91, above 90% of the baseline of 2015-01-01 (90)");
    }

    @Test
    void actualStaff_andAShareAboveOne() {
        BaselineLimit staff = BaselineLimit.of(info(ID), Measure.ACTUAL_STAFF, Selector.any(), BASELINE, 1.0);
        assertEquals(97, staff.baseline());
        assertNone(validate(staff, BASELINE));
        OrgStructure more = builder(DATE, 20).add(org("kb.ubnd.kh", "Phòng Kế hoạch", VnKinds.PHONG, Level.DISTRICT, "kb")
                .actualStaff(1).build(), u("kb.ubnd")).build();
        assertTrue(only(validate(staff, more)).messageEn().startsWith("The actual staff total 98, above the baseline"));
        BaselineLimit growth = BaselineLimit.of(info(ID), Measure.STAFF_QUOTA, Selector.any(), BASELINE, 1.2);
        assertNone(validate(growth, builder(DATE, 40).build()), "120");
        assertTrue(only(validate(growth, builder(DATE, 41).build())).messageVi().contains("vượt 120% của mốc 01/01/2015 (120)"));
    }

    @Test
    void badParameters() {
        assertBad(ID, () -> BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, Selector.any(), BASELINE, 0));
        assertBad(ID, () -> BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, Selector.any(), BASELINE, -1));
        assertBad(ID, () -> BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, Selector.any(), BASELINE, 10.5));
        assertBad(ID, () -> BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, Selector.any(), BASELINE, Double.NaN));
        for (BaselineLimitFactory f : List.<BaselineLimitFactory>of(
                () -> BaselineLimit.of(null, Measure.ORGANIZATIONS, Selector.any(), BASELINE, 1),
                () -> BaselineLimit.of(info(ID), null, Selector.any(), BASELINE, 1),
                () -> BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, null, BASELINE, 1),
                () -> BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, Selector.any(), null, 1))) {
            assertTrue(assertThrows(BomayException.class, f::make).getMessage().contains("BaselineLimit.of"));
        }
    }

    interface BaselineLimitFactory {
        BaselineLimit make();
    }

    /**
     * Regression: up to eec3509 Fmt.vi(double) wrote the allowed total 1800.0 as "1,800" (1,8 to a
     * Vietnamese reader) beside the total "1.850" (fixed in ed56027).
     */
    @Test
    void largeAllowedTotalUsesVietnameseDigitGrouping() {
        OrgStructure big = builder(BASE_DATE, 1_920).build();
        BaselineLimit cut = BaselineLimit.of(info(ID), Measure.STAFF_QUOTA, Selector.any(), big, 0.9);
        assertEquals(2_000, cut.baseline());
        Violation v = only(validate(cut, builder(DATE, 1_770).build()));
        assertTrue(v.messageEn().contains("The staff quota total 1,850, above 90% of the baseline of 2015-01-01 (1,800)"),
                v::messageEn);
        assertTrue(v.messageVi().contains("Tổng biên chế là 1.850, vượt 90% của mốc 01/01/2015 (1.800)"), v::messageVi);
    }

    @Test
    void sharesOfAThousandPercentUseVietnameseDigitGrouping() {
        BaselineLimit tenfold = BaselineLimit.of(info(ID), Measure.STAFF_QUOTA, Selector.any(), BASELINE, 10.0);
        Violation v = only(validate(tenfold, builder(DATE, 921).build()));
        assertTrue(v.messageEn().contains("above 1,000% of the baseline of 2015-01-01 (1,000)"), v::messageEn);
        assertTrue(v.messageVi().contains("vượt 1.000% của mốc 01/01/2015 (1.000)"), v::messageVi);
    }

    @Test
    void incremental_establishSetQuotaAndMerge() {
        OrgStructure before = builder(DATE, 10).build();
        LocalDate d = LocalDate.of(2021, 7, 1);
        ValidationResult r = assertIncremental(NO_NEW_UNITS, before, Establish.of(d, office("kb.ubnd.kh", "Phòng Kế hoạch"),
                u("kb.ubnd")));
        assertTrue(only(r).messageVi().startsWith("Số đầu mối là 5"));
        ValidationResult q = assertIncremental(QUOTA_CUT, before, SetStaffQuota.of(d, u("kb.ubnd.nv"), 12));
        assertTrue(only(q).messageVi().startsWith("Tổng biên chế là 92"));
        Unit merged = org("kb.ubnd.tckh", "Phòng Tài chính – Kế hoạch", VnKinds.PHONG, Level.DISTRICT, "kb").build();
        assertNone(assertIncremental(NO_NEW_UNITS, before, Merge.of(d, List.of(u("kb.ubnd.nv"), u("kb.ubnd.tc")), merged)));
        assertNone(assertIncremental(QUOTA_CUT, before, Merge.of(d, List.of(u("kb.ubnd.nv"), u("kb.ubnd.tc")), merged)),
                "the merged office keeps the sum of the quotas");
    }

    @Test
    void incremental_aDistrictMovesIntoTheArea() {
        // count the organizations within Hà Nam; Huyện Văn Lâm moves from Hưng Yên into Hà Nam
        OrgStructure before = OrgStructure.builder(DATE)
                .add(admin("hn", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(admin("hy", "Tỉnh Hưng Yên", VnKinds.TINH, Level.PROVINCE))
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(admin("vl", "Huyện Văn Lâm", VnKinds.HUYEN, Level.DISTRICT), u("hy"))
                .add(org("kb.hu", "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, "kb").build())
                .add(org("vl.hu", "Huyện ủy Văn Lâm", VnKinds.HUYEN_UY, Level.DISTRICT, "vl").build())
                .build();
        BaselineLimit inHn = BaselineLimit.of(info(ID), Measure.ORGANIZATIONS, Selector.any().within(u("hn")), before, 1.0);
        assertEquals(1, inHn.baseline());
        ValidationResult r = assertIncremental(inHn, before, Transfer.of(LocalDate.of(2021, 7, 1), u("vl"), u("hn")));
        assertTrue(only(r).messageVi().startsWith("Số đầu mối là 2, vượt mốc 01/01/2021 (1)"), only(r)::messageVi);
    }
}
