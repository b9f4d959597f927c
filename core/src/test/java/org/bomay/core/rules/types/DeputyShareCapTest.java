package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Deputies at most 50% of the staff quota (KL 187-KL/TW).
 *
 * <pre>
 * kb Huyện Kim Bảng; kb.hu Huyện ủy ─ kb.hu.vp Văn phòng (quota q); kb.hu.bdv Ban Dân vận (no quota)
 * </pre>
 */
class DeputyShareCapTest {
    static final String ID = "t.pho-toi-da-nua-bien-che";
    static final DeputyShareCap HALF = DeputyShareCap.of(info(ID), Selector.any(), 0.5);

    static OrgStructure s(Integer quota, int deputies) {
        OrgStructure.Builder b = OrgStructure.builder(DATE)
                .add(Fx.admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("kb.hu", "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, "kb").build())
                .add(org("kb.hu.vp", "Văn phòng Huyện ủy", VnKinds.VAN_PHONG_CAP_UY, Level.DISTRICT, "kb").staffQuota(quota)
                        .build(), u("kb.hu"))
                .add(org("kb.hu.bdv", "Ban Dân vận Huyện ủy", VnKinds.BAN_DAN_VAN, Level.DISTRICT, "kb").build(), u("kb.hu"));
        deputies(b, "kb.hu.vp", deputies, 6);
        deputies(b, "kb.hu.bdv", 3);
        return b.build();
    }

    @Test
    void atMostHalf_isFine() {
        assertNone(validate(HALF, s(4, 2)));
        assertNone(validate(HALF, s(5, 2)));
        assertNone(validate(HALF, s(4, 0)));
    }

    @Test
    void moreThanHalf_isAnError() {
        Violation v = only(validate(HALF, s(4, 3)));
        assertViolation(v, ID, Severity.ERROR, "Văn phòng Huyện ủy có 3 cấp phó, vượt 50% biên chế được giao (4)",
                "Văn phòng Huyện ủy has 3 deputies, more than 50% of its staff quota (4)");
        assertEquals(units("kb.hu.vp"), v.units());
        assertEquals(List.of(deputyPost("kb.hu.vp")), v.posts());
    }

    @Test
    void boundary() {
        assertNone(validate(HALF, s(6, 3)), "exactly half");
        assertEquals(units("kb.hu.vp"), only(validate(HALF, s(5, 3))).units(), "3 > 2.5");
        assertEquals(units("kb.hu.vp"), only(validate(HALF, s(0, 1))).units(), "a zero quota allows no deputy");
        assertNone(validate(HALF, s(0, 0)));
        DeputyShareCap all = DeputyShareCap.of(info(ID), Selector.any(), 1.0);
        assertNone(validate(all, s(3, 3)));
        assertEquals(1, validate(all, s(2, 3)).size());
    }

    @Test
    void fractionalShare_isFormattedPerLanguage() {
        DeputyShareCap eighth = DeputyShareCap.of(info(ID), Selector.any(), 0.125);
        assertNone(validate(eighth, s(16, 2)));
        Violation v = only(validate(eighth, s(16, 3)));
        assertViolation(v, ID, Severity.ERROR, "vượt 12,5% biên chế được giao (16)", "more than 12.5% of its staff quota (16)");
    }

    @Test
    void unitsWithoutQuota_orNotSelected_orTerritorial_areNotChecked() {
        assertNone(validate(HALF, s(null, 5)), "no quota");
        DeputyShareCap partyBoards = DeputyShareCap.of(info(ID), Selector.kinds(VnKinds.BAN_DAN_VAN), 0.5);
        assertNone(validate(partyBoards, s(4, 4)), "the office is not selected; the board has no quota");
        OrgStructure.Builder b = OrgStructure.builder(DATE)
                .add(org.bomay.core.model.Unit.builder(u("kb"), "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).staffQuota(2)
                        .build());
        deputies(b, "kb", 3);
        assertNone(validate(HALF, b.build()), "an administrative unit is not checked");
        assertEquals(Set.of(VnKinds.BAN_DAN_VAN), partyBoards.kinds());
        assertEquals(Set.of(), HALF.reads());
        assertEquals(Set.of(Reach.ANCESTORS), DeputyShareCap.of(info(ID), Selector.any().within(u("kb")), 0.5).reads());
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> DeputyShareCap.of(info(ID), Selector.any(), 0));
        assertBad(ID, () -> DeputyShareCap.of(info(ID), Selector.any(), -0.5));
        assertBad(ID, () -> DeputyShareCap.of(info(ID), Selector.any(), 1.01));
        assertBad(ID, () -> DeputyShareCap.of(info(ID), Selector.any(), Double.NaN));
        assertBad(ID, () -> DeputyShareCap.of(info(ID), null, 0.5));
    }

    @Test
    void incremental_quotaCutAndAppointment() {
        LocalDate d = LocalDate.of(2021, 6, 1);
        ValidationResult r = assertIncremental(HALF, s(4, 2), SetStaffQuota.of(d, u("kb.hu.vp"), 3));
        assertEquals(units("kb.hu.vp"), only(r).units());
        assertNone(assertIncremental(HALF, s(4, 3), SetStaffQuota.of(d, u("kb.hu.vp"), 6)));
        assertIncremental(HALF, s(4, 2), Appoint.of(d, person("p.moi"), deputyPost("kb.hu.vp"))
                .newPerson(Person.of(person("p.moi"), "Hà Văn Mới", true)));
    }
}
