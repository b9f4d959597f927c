package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.model.Level;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Commune cán bộ, công chức caps by class (NĐ 33/2023/NĐ-CP): a phường of class I 23, a xã of class I 22,
 * recorded as the staff of the commune UBND.
 */
class StaffCapTest {
    static final String ID = "t.cbcc-cap-xa";
    static final Cap PHUONG_I = Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).territoryKinds(VnKinds.PHUONG)
            .classes(UnitClass.I), 23);
    static final Cap COMMUNE_I = Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.I), 22);
    static final StaffCap RULE = StaffCap.of(info(ID), ImmutableList.of(PHUONG_I, COMMUNE_I));

    /** x1 Xã Nhật Tân (I) and p1 Phường Quế (I), their UBNDs with these staff (quota 20 and 20). */
    static OrgStructure s(Integer xaStaff, Integer phuongStaff) {
        return s(20, xaStaff, 20, phuongStaff);
    }

    static OrgStructure s(Integer xaQuota, Integer xaStaff, Integer phuongQuota, Integer phuongStaff) {
        return OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(Unit.builder(u("x1"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.I).build(), u("kb"))
                .add(Unit.builder(u("p1"), "Phường Quế", VnKinds.PHUONG, Level.COMMUNE).unitClass(UnitClass.I).build(), u("kb"))
                .add(org("x1.ubnd", "UBND xã Nhật Tân", VnKinds.UBND, Level.COMMUNE, "x1").staffQuota(xaQuota)
                        .actualStaff(xaStaff).build())
                .add(org("p1.ubnd", "UBND phường Quế", VnKinds.UBND, Level.COMMUNE, "p1").staffQuota(phuongQuota)
                        .actualStaff(phuongStaff).build())
                .build();
    }

    @Test
    void withinTheCaps_isFine() {
        assertNone(validate(RULE, s(22, 23)), "each at its own cap");
    }

    @Test
    void aboveTheCap_isAnError() {
        Violation v = only(validate(RULE, s(23, 23)));
        assertViolation(v, ID, Severity.ERROR, "UBND xã Nhật Tân có 23 người, vượt mức tối đa 22",
                "UBND xã Nhật Tân has 23 staff, above the cap of 22");
        assertEquals(units("x1.ubnd"), v.units());
    }

    @Test
    void firstMatchingRowApplies_andBoundary() {
        // the phường row comes first, so 23 is fine for the ward though it is a class I commune too
        assertNone(validate(RULE, s(null, 23)));
        assertEquals(units("p1.ubnd"), only(validate(RULE, s(null, 24))).units());
        // rows the other way round: the ward gets 22
        StaffCap generalFirst = StaffCap.of(info(ID), ImmutableList.of(COMMUNE_I, PHUONG_I));
        assertEquals(units("p1.ubnd"), only(validate(generalFirst, s(null, 23))).units());
    }

    @Test
    void onQuota_checksTheAuthorizedQuota() {
        StaffCap quota = RULE.onQuota();
        assertNone(validate(quota, s(22, 30, 23, 30)), "the actual staff is ignored");
        Violation v = only(validate(quota, s(23, 10, 23, 10)));
        assertViolation(v, ID, Severity.ERROR, "UBND xã Nhật Tân được giao 23 biên chế, vượt mức tối đa 22",
                "UBND xã Nhật Tân has a quota of 23, above the cap of 22");
        assertNone(validate(quota, s(null, 30, null, 30)), "no quota: not checked");
    }

    @Test
    void unitsLackingTheFigure_orWithoutARow_areNotChecked() {
        assertNone(validate(RULE, s(null, null)));
        OrgStructure classII = OrgStructure.builder(DATE)
                .add(Unit.builder(u("x2"), "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.II).build())
                .add(org("x2.ubnd", "UBND xã Đồng Hóa", VnKinds.UBND, Level.COMMUNE, "x2").actualStaff(40).build())
                .build();
        assertNone(validate(RULE, classII));
    }

    @Test
    void declaresWhatItReads() {
        assertEquals(Set.of(VnKinds.UBND), RULE.kinds());
        assertEquals(Set.of(Reach.OWN_TERRITORY), RULE.reads());
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> StaffCap.of(info(ID), ImmutableList.of()));
        assertBad(ID, () -> StaffCap.of(info(ID), null));
        assertBad(ID, () -> StaffCap.of(info(ID), Arrays.asList(COMMUNE_I, null)));
    }

    @Test
    void incremental_quotaRaisedAboveTheCap() {
        LocalDate d = LocalDate.of(2021, 6, 1);
        ValidationResult r = assertIncremental(RULE.onQuota(), s(22, 20, 23, 20), SetStaffQuota.of(d, u("x1.ubnd"), 24));
        assertEquals(units("x1.ubnd"), only(r).units());
        assertNone(assertIncremental(RULE.onQuota(), s(24, 20, 23, 20), SetStaffQuota.of(d, u("x1.ubnd"), 22)));
    }
}
