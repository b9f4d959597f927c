package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.UnitClass;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * "A subordinate unit may not have more deputies than the unit directly above it" (NĐ 150/2025).
 *
 * <pre>
 * hn Tỉnh Hà Nam
 * hn.ubnd UBND tỉnh ─ hn.syt Sở Y tế ─┬ hn.syt.bv Bệnh viện đa khoa tỉnh
 *                                     └ hn.syt.ccdt Chi cục Dân số (a centre)
 * </pre>
 */
class SubordinateDeputiesTest {
    static final String ID = "t.cap-duoi-khong-hon-cap-tren";
    static final SubordinateDeputies RULE = SubordinateDeputies.of(info(ID), Selector.any(), Selector.kinds(VnKinds.SO));

    /** Deputies of the sở, the hospital, the centre and the UBND. */
    static OrgStructure s(int so, int bv, int cc, int ubnd) {
        OrgStructure.Builder b = OrgStructure.builder(DATE)
                .add(admin("hn", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(org("hn.ubnd", "UBND tỉnh Hà Nam", VnKinds.UBND, Level.PROVINCE, "hn").build())
                .add(org("hn.syt", "Sở Y tế Hà Nam", VnKinds.SO, Level.PROVINCE, "hn").build(), u("hn.ubnd"))
                .add(org("hn.syt.bv", "Bệnh viện đa khoa tỉnh", VnKinds.BENH_VIEN, Level.PROVINCE, "hn").build(), u("hn.syt"))
                .add(org("hn.syt.cc", "Trung tâm Kiểm soát bệnh tật", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.PROVINCE, "hn")
                        .build(), u("hn.syt"));
        deputies(b, "hn.syt", so, 4);
        deputies(b, "hn.syt.bv", bv, 5);
        deputies(b, "hn.syt.cc", cc, 5);
        deputies(b, "hn.ubnd", ubnd, 5);
        return b.build();
    }

    @Test
    void childrenWithAsManyOrFewerDeputies_areFine() {
        assertNone(validate(RULE, s(2, 2, 1, 0)));
        assertNone(validate(RULE, s(0, 0, 0, 0)));
    }

    @Test
    void childWithMoreDeputiesThanItsParent_isAnError() {
        Violation v = only(validate(RULE, s(2, 3, 2, 0)));
        assertViolation(v, ID, Severity.ERROR,
                "Bệnh viện đa khoa tỉnh có 3 cấp phó, nhiều hơn đơn vị cấp trên trực tiếp Sở Y tế Hà Nam (2)",
                "Bệnh viện đa khoa tỉnh has 3 deputies, more than the unit directly above it, Sở Y tế Hà Nam (2)");
        assertEquals(units("hn.syt.bv", "hn.syt"), v.units());
        assertEquals(List.of(), v.people());
    }

    @Test
    void boundary_oneAboveTheParent() {
        assertNone(validate(RULE, s(3, 3, 3, 0)));
        ValidationResult r = validate(RULE, s(3, 4, 4, 0));
        assertEquals(2, r.size());
        assertEquals(List.of(units("hn.syt.bv", "hn.syt"), units("hn.syt.cc", "hn.syt")),
                r.violations().stream().map(Violation::units).toList());
        // a parent without deputies: one deputy below is too many
        assertEquals(units("hn.syt.cc", "hn.syt"), only(validate(RULE, s(0, 0, 1, 5))).units());
    }

    @Test
    void onlyChildrenOfMatchingParentsAreChecked() {
        // the sở has more deputies than the UBND above it, but the UBND is not a SO
        assertNone(validate(RULE, s(4, 0, 0, 0)));
        // with the parent selector widened to UBND, it is reported
        SubordinateDeputies wide = SubordinateDeputies.of(info(ID), Selector.kinds(VnKinds.SO), Selector.kinds(VnKinds.UBND));
        assertEquals(units("hn.syt", "hn.ubnd"), only(validate(wide, s(4, 0, 0, 3))).units());
        // the child selector restricts too: only hospitals
        SubordinateDeputies hospitals = SubordinateDeputies.of(info(ID), Selector.kinds(VnKinds.BENH_VIEN),
                Selector.kinds(VnKinds.SO));
        assertNone(validate(hospitals, s(1, 1, 4, 0)));
        // a root unit has no parent
        assertNone(validate(SubordinateDeputies.of(info(ID), Selector.any(), Selector.any()), s(4, 4, 4, 4)));
    }

    @Test
    void declaresThatItReadsTheParent() {
        assertEquals(Set.of(Reach.PARENT), RULE.reads());
        assertEquals(Set.of(), RULE.kinds());
        SubordinateDeputies byClass = SubordinateDeputies.of(info(ID), Selector.any().classes(UnitClass.I),
                Selector.kinds(VnKinds.SO).levels(Level.PROVINCE));
        assertEquals(Set.of(Reach.PARENT, Reach.OWN_TERRITORY), byClass.reads());
    }

    @Test
    void parentSelectorWithMoreThanKindAndLevel_isRejected() {
        assertTrue(assertBad(ID, () -> SubordinateDeputies.of(info(ID), Selector.any(),
                Selector.kinds(VnKinds.SO).classes(UnitClass.I))).getMessage().contains("kinds and levels"));
        assertBad(ID, () -> SubordinateDeputies.of(info(ID), Selector.any(), Selector.any().within(u("hn"))));
        assertBad(ID, () -> SubordinateDeputies.of(info(ID), Selector.any(), Selector.any().territoryKinds(VnKinds.TINH)));
        assertBad(ID, () -> SubordinateDeputies.of(info(ID), Selector.any(), Selector.any().attribute("vn.vung", "DBSH")));
        assertBad(ID, () -> SubordinateDeputies.of(info(ID), Selector.any(), Selector.any().formedFrom(2)));
        assertBad(ID, () -> SubordinateDeputies.of(info(ID), null, Selector.any()));
        assertBad(ID, () -> SubordinateDeputies.of(info(ID), Selector.any(), null));
    }

    @Test
    void incremental_aChangeToTheParentReChecksItsChildren() {
        OrgStructure before = s(2, 2, 1, 0);
        LocalDate d = LocalDate.of(2021, 5, 1);
        // the parent loses a deputy: the hospital now has more
        ValidationResult r = assertIncremental(RULE, before, Relieve.of(d, deputy("hn.syt", 1), deputyPost("hn.syt")));
        assertEquals(units("hn.syt.bv", "hn.syt"), only(r).units());
        // the child gains one
        assertIncremental(RULE, before, Appoint.of(d, person("p.moi"), deputyPost("hn.syt.cc"))
                .newPerson(Person.of(person("p.moi"), "Lý Văn Mới", true)));
        // from failing to fine: the parent gains one
        assertNone(assertIncremental(RULE, s(2, 3, 1, 0), Appoint.of(d, person("p.moi"), deputyPost("hn.syt"))
                .newPerson(Person.of(person("p.moi"), "Lý Văn Mới", true))));
    }

    @Test
    void incremental_aChildMovesUnderAParentWithFewerDeputies() {
        OrgStructure.Builder b = s(3, 2, 0, 0).toBuilder()
                .add(org("hn.snv", "Sở Nội vụ Hà Nam", VnKinds.SO, Level.PROVINCE, "hn").build(), u("hn.ubnd"));
        deputies(b, "hn.snv", 1);
        OrgStructure before = b.build();
        assertNone(validate(RULE, before));
        ValidationResult r = assertIncremental(RULE, before, Transfer.of(LocalDate.of(2021, 5, 1), u("hn.syt.bv"), u("hn.snv")));
        assertEquals(units("hn.syt.bv", "hn.snv"), only(r).units());
    }
}
