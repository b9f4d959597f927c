package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.model.Level;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** Actual staff within the authorized quota (biên chế được giao). */
class StaffWithinQuotaTest {
    static final String ID = "t.trong-bien-che";
    static final StaffWithinQuota RULE = StaffWithinQuota.of(info(ID), Selector.any());

    /** kb.ubnd.nv Phòng Nội vụ with quota and staff; kb.ubnd.tc Phòng Tài chính with 9 of 10. */
    static OrgStructure s(Integer quota, Integer staff) {
        return OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").build())
                .add(org("kb.ubnd.nv", "Phòng Nội vụ", VnKinds.PHONG, Level.DISTRICT, "kb").staffQuota(quota).actualStaff(staff)
                        .build(), u("kb.ubnd"))
                .add(org("kb.ubnd.tc", "Phòng Tài chính", VnKinds.PHONG, Level.DISTRICT, "kb").staffQuota(10).actualStaff(9)
                        .build(), u("kb.ubnd"))
                .build();
    }

    @Test
    void withinQuota_isFine() {
        assertNone(validate(RULE, s(6, 5)));
        assertNone(validate(RULE, s(6, 6)), "exactly at the quota");
        assertNone(validate(RULE, s(0, 0)));
    }

    @Test
    void aboveQuota_isAnError() {
        Violation v = only(validate(RULE, s(6, 7)));
        assertViolation(v, ID, Severity.ERROR, "Phòng Nội vụ có 7 người, vượt biên chế được giao (6)",
                "Phòng Nội vụ has 7 staff, above its quota of 6");
        assertEquals(units("kb.ubnd.nv"), v.units());
        assertEquals(List.of(), v.posts());
        assertEquals(units("kb.ubnd.nv"), only(validate(RULE, s(0, 1))).units());
    }

    @Test
    void unitsLackingAFigure_orNotSelected_areNotChecked() {
        assertNone(validate(RULE, s(null, 50)));
        assertNone(validate(RULE, s(6, null)));
        StaffWithinQuota party = StaffWithinQuota.of(info(ID), Selector.kinds(VnKinds.VAN_PHONG_CAP_UY));
        assertNone(validate(party, s(6, 7)));
        assertEquals(Set.of(VnKinds.VAN_PHONG_CAP_UY), party.kinds());
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> StaffWithinQuota.of(info(ID), null));
    }

    @Test
    void incremental_quotaAndStaffChanges() {
        LocalDate d = LocalDate.of(2021, 6, 1);
        ValidationResult r = assertIncremental(RULE, s(6, 6), SetStaffQuota.of(d, u("kb.ubnd.nv"), 5));
        assertEquals(units("kb.ubnd.nv"), only(r).units());
        assertNone(assertIncremental(RULE, s(6, 7), SetStaffQuota.of(d, u("kb.ubnd.nv"), 7)));
        assertNone(assertIncremental(RULE, s(6, 7), ReduceStaff.of(d, u("kb.ubnd.nv"), 1)));
    }
}
