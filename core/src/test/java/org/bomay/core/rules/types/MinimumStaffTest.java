package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.model.Level;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** A phòng needs at least 5 people to exist as a separate unit (a province-level one 7). */
class MinimumStaffTest {
    static final String ID = "t.toi-thieu-phong";
    static final Minimum PROVINCE_OFFICE = Minimum.of(Selector.kinds(VnKinds.PHONG).levels(Level.PROVINCE), 7);
    static final Minimum OFFICE = Minimum.of(Selector.kinds(VnKinds.PHONG, VnKinds.SO), 5);
    static final MinimumStaff RULE = MinimumStaff.of(info(ID), ImmutableList.of(OFFICE));

    static OrgStructure s(Integer quota, Integer staff) {
        return OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").staffQuota(2).actualStaff(2)
                        .build())
                .add(org("kb.ubnd.nv", "Phòng Nội vụ", VnKinds.PHONG, Level.DISTRICT, "kb").staffQuota(quota).actualStaff(staff)
                        .build(), u("kb.ubnd"))
                .build();
    }

    @Test
    void atOrAboveTheMinimum_isFine() {
        assertNone(validate(RULE, s(6, 6)));
        assertNone(validate(RULE, s(5, 5)), "exactly at the minimum");
    }

    @Test
    void belowTheMinimum_isAnError() {
        Violation v = only(validate(RULE, s(5, 4)));
        assertViolation(v, ID, Severity.ERROR, "Phòng Nội vụ có 4 người, dưới mức tối thiểu 5 để thành lập",
                "Phòng Nội vụ has 4 staff, below the minimum of 5 for a separate unit");
        assertEquals(units("kb.ubnd.nv"), v.units());
        assertEquals(units("kb.ubnd.nv"), only(validate(RULE, s(5, 0))).units());
    }

    @Test
    void onQuota() {
        MinimumStaff quota = RULE.onQuota();
        assertNone(validate(quota, s(5, 1)));
        Violation v = only(validate(quota, s(4, 9)));
        assertViolation(v, ID, Severity.ERROR, "Phòng Nội vụ được giao 4 biên chế, dưới mức tối thiểu 5 để thành lập",
                "Phòng Nội vụ has a quota of 4, below the minimum of 5 for a separate unit");
        assertNone(validate(quota, s(null, 1)), "no quota: not checked");
    }

    @Test
    void firstMatchingRowApplies() {
        MinimumStaff table = MinimumStaff.of(info(ID), ImmutableList.of(PROVINCE_OFFICE, OFFICE));
        assertNone(validate(table, s(5, 5)), "a district office needs 5");
        OrgStructure province = OrgStructure.builder(DATE)
                .add(admin("hn", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(org("hn.so", "Sở Nội vụ", VnKinds.SO, Level.PROVINCE, "hn").build())
                .add(org("hn.so.p", "Phòng Công chức", VnKinds.PHONG, Level.DISTRICT, "hn").actualStaff(6).build(), u("hn.so"))
                .build();
        assertNone(validate(table, province));
        assertEquals(Set.of(VnKinds.PHONG, VnKinds.SO), table.kinds());
    }

    @Test
    void unitsLackingTheFigure_orWithoutARow_areNotChecked() {
        assertNone(validate(RULE, s(null, null)), "no staff figure");
        // the UBND has 2 people but no row applies to it
        assertNone(validate(RULE, s(5, 5)));
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> MinimumStaff.of(info(ID), ImmutableList.of()));
        assertBad(ID, () -> MinimumStaff.of(info(ID), null));
        assertBad(ID, () -> MinimumStaff.of(info(ID), Arrays.asList(OFFICE, null)));
        assertThrows(BomayException.class, () -> Minimum.of(Selector.any(), -1));
        assertThrows(BomayException.class, () -> Minimum.of(null, 5));
    }

    @Test
    void incremental_staffReducedBelowTheMinimum() {
        LocalDate d = LocalDate.of(2021, 6, 1);
        ValidationResult r = assertIncremental(RULE, s(6, 5), ReduceStaff.of(d, u("kb.ubnd.nv"), 1));
        assertEquals(units("kb.ubnd.nv"), only(r).units());
        assertIncremental(RULE.onQuota(), s(6, 5), SetStaffQuota.of(d, u("kb.ubnd.nv"), 4));
    }
}
