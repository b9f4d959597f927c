package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Merge;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Commune UBND deputy caps (NĐ 08/2016/NĐ-CP style): class III communes 1, other communes 2.
 *
 * <pre>
 * hn Tỉnh Hà Nam ─ kb Huyện Kim Bảng ─┬ x1 Xã Nhật Tân (class III)
 *                                     └ x2 Xã Đồng Hóa (class II)
 * x1.ubnd, x2.ubnd UBND xã (territories x1, x2); kb.ubnd UBND huyện ─ kb.ubnd.nv Phòng Nội vụ
 * </pre>
 */
class DeputyCapTest {
    static final String ID = "t.pho-chu-tich-ubnd-xa";
    static final Cap CLASS_III = Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.III), 1);
    static final Cap COMMUNE = Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE), 2);
    static final DeputyCap RULE = DeputyCap.of(info(ID), ImmutableList.of(CLASS_III, COMMUNE));
    static final LocalDate MERGED = LocalDate.of(2020, 1, 1);
    static final MergerLog LOG = log("x1.ubnd", MERGED, "a.ubnd", "b.ubnd");

    static OrgStructure.Builder base() {
        return OrgStructure.builder(DATE)
                .add(admin("hn", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(Unit.builder(u("x1"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.III).build(), u("kb"))
                .add(Unit.builder(u("x2"), "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.II).build(), u("kb"))
                .add(org("x1.ubnd", "UBND xã Nhật Tân", VnKinds.UBND, Level.COMMUNE, "x1").build())
                .add(org("x2.ubnd", "UBND xã Đồng Hóa", VnKinds.UBND, Level.COMMUNE, "x2").build())
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").build())
                .add(org("kb.ubnd.nv", "Phòng Nội vụ", VnKinds.PHONG, Level.DISTRICT, "kb").build(), u("kb.ubnd"));
    }

    /** x1.ubnd and x2.ubnd with that many deputies (the deputy posts have room for 4). */
    static OrgStructure s(int x1, int x2) {
        OrgStructure.Builder b = base();
        deputies(b, "x1.ubnd", x1, 4);
        deputies(b, "x2.ubnd", x2, 4);
        return b.build();
    }

    @Test
    void withinTheCaps_noViolation() {
        assertNone(validate(RULE, s(1, 2)));
        assertNone(validate(RULE, s(0, 0)));
    }

    @Test
    void overTheCap_isAnErrorNamingTheUnitAndItsDeputyPost() {
        Violation v = only(validate(RULE, s(2, 2)));
        assertViolation(v, ID, Severity.ERROR, "UBND xã Nhật Tân có 2 cấp phó, vượt mức tối đa 1",
                "UBND xã Nhật Tân has 2 deputies, above the cap of 1");
        assertEquals(units("x1.ubnd"), v.units());
        assertEquals(List.of(deputyPost("x1.ubnd")), v.posts());
        assertEquals(List.of(), v.people());
        assertEquals(Optional.of(BASIS), v.source());
    }

    @Test
    void firstMatchingRowApplies() {
        // x2 (class II) is not caught by the class III row: the general row gives it 2
        assertNone(validate(RULE, s(1, 2)));
        // rows the other way round: the general row catches class III communes first
        DeputyCap generalFirst = DeputyCap.of(info(ID), ImmutableList.of(COMMUNE, CLASS_III));
        assertNone(validate(generalFirst, s(2, 2)));
        assertEquals(1, only(validate(generalFirst, s(3, 0))).units().size());
        RuleContext ctx = RuleContext.of(s(0, 0), MergerLog.empty());
        assertEquals(Optional.of(CLASS_III), RULE.capFor(ctx.structure().unit(u("x1.ubnd")), ctx));
        assertEquals(Optional.of(COMMUNE), RULE.capFor(ctx.structure().unit(u("x2.ubnd")), ctx));
        assertEquals(Optional.empty(), RULE.capFor(ctx.structure().unit(u("kb.ubnd")), ctx));
    }

    @Test
    void boundary_atTheCapIsFine_oneAboveFails() {
        assertNone(validate(RULE, s(1, 2)));
        Violation v = only(validate(RULE, s(1, 3)));
        assertEquals(units("x2.ubnd"), v.units());
        assertViolation(v, ID, Severity.ERROR, "có 3 cấp phó, vượt mức tối đa 2", "has 3 deputies, above the cap of 2");
    }

    @Test
    void capZero() {
        DeputyCap none = DeputyCap.of(info(ID), Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE), 0);
        assertNone(validate(none, s(0, 0)));
        assertEquals(units("x1.ubnd"), only(validate(none, s(1, 0))).units());
    }

    @Test
    void onlyDeputiesInOfficeCount() {
        OrgStructure.Builder b = base();
        b.add(Post.of(deputyPost("x1.ubnd"), u("x1.ubnd"), PostRole.DEPUTY, "Phó Chủ tịch UBND xã", 2));
        b.add(Person.of(person("p.now"), "Nguyễn Văn Nay", true));
        b.add(Person.of(person("p.past"), "Trần Văn Cũ", true));
        b.add(Person.of(person("p.next"), "Lê Văn Sau", true));
        b.add(Tenure.main(person("p.now"), deputyPost("x1.ubnd"), Period.from(SINCE)));
        b.add(Tenure.main(person("p.past"), deputyPost("x1.ubnd"), Period.of(LocalDate.of(2010, 1, 1), DATE)));
        b.add(Tenure.main(person("p.next"), deputyPost("x1.ubnd"), Period.from(LocalDate.of(2022, 1, 1))));
        OrgStructure s = b.build();
        assertNone(validate(RULE, s));
        assertEquals(units("x1.ubnd"), only(validate(RULE, s.withDate(LocalDate.of(2022, 1, 1)))).units());
        assertEquals(units("x1.ubnd"), only(validate(RULE, s.withDate(LocalDate.of(2020, 12, 31)))).units(),
                "the tenure ending on 1/1/2021 still counts the day before");
    }

    @Test
    void unitsWithoutARowAreNotChecked() {
        OrgStructure.Builder b = base();
        deputies(b, "kb.ubnd", 5);
        deputies(b, "kb.ubnd.nv", 5);
        assertNone(validate(RULE, b.build()));
    }

    @Test
    void severityComesFromTheRuleInfo() {
        DeputyCap warn = DeputyCap.of(info(ID).withSeverity(Severity.WARNING), ImmutableList.of(CLASS_III, COMMUNE));
        assertEquals(Severity.WARNING, only(validate(warn, s(2, 0))).severity());
    }

    @Test
    void grace_overTheCapIsInfoUntilFiveYearsAfterTheMerger() {
        DeputyCap graced = RULE.withGrace(java.time.Period.ofYears(5));
        OrgStructure s = s(2, 0);
        Violation v = only(validate(graced, s, LOG));
        assertViolation(v, ID, Severity.INFO,
                "UBND xã Nhật Tân có 2 cấp phó, vượt mức tối đa 1 nhưng còn trong thời hạn 5 năm sau sắp xếp (đến 01/01/2025)",
                "UBND xã Nhật Tân has 2 deputies, above the cap of 1, within the grace period of 5 years after its merger "
                        + "(until 2025-01-01)");
        assertEquals(units("x1.ubnd"), v.units());
        // on the merger date itself
        assertEquals(Severity.INFO, only(validate(graced, s.withDate(MERGED), LOG)).severity());
        // the last day of the grace
        assertEquals(Severity.INFO, only(validate(graced, s.withDate(LocalDate.of(2024, 12, 31)), LOG)).severity());
        // on and after merger + 5 years: the rule's severity
        Violation after = only(validate(graced, s.withDate(MERGED.plusYears(5)), LOG));
        assertViolation(after, ID, Severity.ERROR, "có 2 cấp phó, vượt mức tối đa 1", "has 2 deputies, above the cap of 1");
        assertTrue(!after.messageVi().contains("thời hạn"), after::messageVi);
        assertEquals(Severity.ERROR, only(validate(graced, s.withDate(LocalDate.of(2026, 6, 1)), LOG)).severity());
        // before the merger there is no grace
        assertEquals(Severity.ERROR, only(validate(graced, s.withDate(LocalDate.of(2019, 6, 1)), LOG)).severity());
    }

    @Test
    void grace_needsAMergerOfTheUnitItself() {
        DeputyCap graced = RULE.withGrace(java.time.Period.ofYears(5));
        assertEquals(Severity.ERROR, only(validate(graced, s(2, 0))).severity(), "no merger on record");
        assertEquals(Severity.ERROR, only(validate(graced, s(2, 0), log("x2.ubnd", MERGED, "a", "b"))).severity(),
                "another unit's merger");
        assertEquals(Severity.ERROR, only(validate(RULE, s(2, 0), LOG)).severity(), "no grace without withGrace");
        assertNone(validate(graced, s(1, 0), LOG));
    }

    @Test
    void declaresWhatItReads() {
        assertEquals(Set.of(VnKinds.UBND), RULE.kinds());
        assertEquals(Set.of(Reach.OWN_TERRITORY), RULE.reads(), "class criteria read the territory");
        assertEquals(Set.of(), DeputyCap.of(info(ID), Selector.kinds(VnKinds.PHONG), 3).reads());
        assertEquals(Set.of(), DeputyCap.of(info(ID), ImmutableList.of(COMMUNE, Cap.of(Selector.any(), 3))).kinds(),
                "a row for any kind: every unit is a candidate");
        assertEquals(Optional.empty(), RULE.mergerGrace());
        assertEquals(Optional.of(java.time.Period.ofYears(5)), RULE.withGrace(java.time.Period.ofYears(5)).mergerGrace());
        assertEquals(ImmutableList.of(CLASS_III, COMMUNE), RULE.caps());
        assertTrue(RULE.toString().startsWith(ID + " [UNIT]"), RULE::toString);
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> DeputyCap.of(info(ID), ImmutableList.of()));
        assertBad(ID, () -> DeputyCap.of(info(ID), (List<Cap>) null));
        assertBad(ID, () -> DeputyCap.of(info(ID), Arrays.asList(COMMUNE, null)));
        assertBad(ID, () -> RULE.withGrace(java.time.Period.ZERO));
        assertBad(ID, () -> RULE.withGrace(java.time.Period.ofYears(-1)));
        assertBad(ID, () -> RULE.withGrace(null));
        assertThrows(BomayException.class, () -> Cap.of(Selector.any(), -1));
        assertThrows(BomayException.class, () -> Cap.of(null, 1));
        assertThrows(BomayException.class, () -> DeputyCap.of(null, Selector.any(), 1));
    }

    /**
     * Regression: at 8c47451 the constructors checked {@code list.contains(null)}, which throws a
     * NullPointerException for a {@code java.util.List.of(...)} list (fixed in eec3509 with Fmt.hasNull).
     */
    @Test
    void of_acceptsJavaUtilListOf() {
        assertDoesNotThrow(() -> DeputyCap.of(info(ID), List.of(CLASS_III, COMMUNE)));
        assertDoesNotThrow(() -> DeputyCap.of(info(ID), Selector.kinds(VnKinds.PHONG), 3));
    }

    /** Regression: at 8c47451 {@code MergerLog.with(unit, date, List.of(a, b))} threw a NullPointerException. */
    @Test
    void mergerLogWith_acceptsAnImmutableList() {
        MergerLog l = assertDoesNotThrow(() -> MergerLog.empty().with(u("x1.ubnd"), MERGED, List.of(u("a.ubnd"), u("b.ubnd"))));
        assertEquals(LOG, l);
    }

    // ------------------------------------------------------------------ incremental

    @Test
    void incremental_appointingADeputy() {
        OrgStructure before = s(1, 2);
        LocalDate d = LocalDate.of(2021, 3, 1);
        ValidationResult r = assertIncremental(RULE, before,
                Appoint.of(d, person("p.moi"), deputyPost("x1.ubnd")).newPerson(Person.of(person("p.moi"), "Ngô Văn Mới", true)));
        assertEquals(units("x1.ubnd"), only(r).units());
        assertEquals(List.of(deputyPost("x1.ubnd")), only(r).posts());
        assertIncremental(RULE, before, Appoint.of(d, person("p.moi"), deputyPost("x2.ubnd"))
                .newPerson(Person.of(person("p.moi"), "Ngô Văn Mới", true)));
    }

    @Test
    void incremental_mergeStartsTheGrace() {
        // two district offices, each with a head and one deputy; the merged office has 1 head and 3 deputies
        OrgStructure.Builder b = base()
                .add(org("kb.ubnd.tc", "Phòng Tài chính", VnKinds.PHONG, Level.DISTRICT, "kb").build(), u("kb.ubnd"))
                .add(org("kb.ubnd.kh", "Phòng Kế hoạch", VnKinds.PHONG, Level.DISTRICT, "kb").build(), u("kb.ubnd"));
        head(b, "kb.ubnd.tc", "p.tc", "Phạm Thị Tài");
        head(b, "kb.ubnd.kh", "p.kh", "Vũ Văn Kế");
        deputies(b, "kb.ubnd.tc", 1);
        deputies(b, "kb.ubnd.kh", 1);
        OrgStructure before = b.build();
        DeputyCap offices = DeputyCap.of(info(ID), Selector.kinds(VnKinds.PHONG).levels(Level.DISTRICT), 2)
                .withGrace(java.time.Period.ofYears(5));
        assertNone(validate(offices, before));
        LocalDate d = LocalDate.of(2021, 7, 1);
        Unit merged = org("kb.ubnd.tckh", "Phòng Tài chính – Kế hoạch", VnKinds.PHONG, Level.DISTRICT, "kb").build();
        ValidationResult r = assertIncremental(offices, before,
                Merge.of(d, List.of(u("kb.ubnd.tc"), u("kb.ubnd.kh")), merged).withHead(person("p.tc")));
        Violation v = only(r);
        assertEquals(Severity.INFO, v.severity());
        assertEquals(units("kb.ubnd.tckh"), v.units());
        assertTrue(v.messageVi().contains("có 3 cấp phó, vượt mức tối đa 2 nhưng còn trong thời hạn 5 năm sau sắp xếp "
                + "(đến 01/07/2026)"), v::messageVi);
        assertTrue(r.mergers().latest(u("kb.ubnd.tckh")).isPresent());
        // without grace the same merge is an error
        DeputyCap strict = DeputyCap.of(info(ID), Selector.kinds(VnKinds.PHONG).levels(Level.DISTRICT), 2);
        assertEquals(Severity.ERROR, only(assertIncremental(strict, before,
                Merge.of(d, List.of(u("kb.ubnd.tc"), u("kb.ubnd.kh")), merged).withHead(person("p.tc")))).severity());
    }

    @Test
    void incremental_theDateCrossesTheEndOfTheGrace() {
        DeputyCap graced = RULE.withGrace(java.time.Period.ofYears(5));
        OrgStructure before = s(2, 0).withDate(LocalDate.of(2024, 12, 1));
        assertEquals(Severity.INFO, only(validate(graced, before, LOG)).severity());
        ValidationResult r = assertIncremental(graced, before, LOG, Appoint.of(LocalDate.of(2025, 2, 1), person("p.moi"),
                deputyPost("x2.ubnd")).newPerson(Person.of(person("p.moi"), "Phan Văn Mới", true)));
        assertEquals(Severity.ERROR, only(r).severity());
        assertEquals(units("x1.ubnd"), only(r).units());
    }
}
