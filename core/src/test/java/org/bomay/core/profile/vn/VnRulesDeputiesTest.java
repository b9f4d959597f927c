package org.bomay.core.profile.vn;

import static org.bomay.core.profile.vn.VnRulesFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Level;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deputy caps of {@link VnRules}, each against the numbers of {@code research/vn_rules.md}:
 * NĐ 08/2016 as amended by NĐ 69/2020 (UBND vice-chairs), NĐ 37/2014 and NĐ 108/2020 (district
 * offices), NĐ 107/2020 and NĐ 150/2025 (sở), NĐ 300/2025 (UBND vice-chairs after the reform), KL
 * 187 (50% of the quota), Luật 77/2015 and 47/2019 (HĐND), QĐ 04-QĐi/TW (provincial party
 * agencies), TT 09/2017 (villages) and the 2025 HĐND caps left as a parameter.
 */
class VnRulesDeputiesTest {
    static final LocalDate Y2018 = d(2018, 6, 1);
    static final LocalDate Y2021 = d(2021, 1, 1);
    static final LocalDate Y2026 = d(2026, 1, 1);
    static final LocalDate MERGER_2025 = d(2025, 7, 1);

    /** The administrative unit {@code a} of a kind and class, its UBND {@code a.ubnd} with {@code n} vice-chairs. */
    static OrgStructure ubnd(LocalDate date, UnitKind kind, UnitClass c, int n) {
        Level level = kind.levels().iterator().next();
        return at(date).add(unit("a", "Địa bàn " + kind.vietnamese(), kind, level).unitClass(c))
                .add(org("a.ubnd", "UBND " + kind.vietnamese(), VnKinds.UBND, level, "a"), "a")
                .head("a.ubnd", "chu-tich", true).deputies("a.ubnd", n).build();
    }

    // ------------------------------------------------------------------ NĐ 08/2016 as amended by NĐ 69/2020

    /** The table of vn_rules.md (NĐ 08/2016, Art. 7, as amended by NĐ 69/2020): kind, class, cap. */
    static Stream<Arguments> nd08Caps() {
        return Stream.of(
                Arguments.of(VnKinds.TINH, UnitClass.I, 4),
                Arguments.of(VnKinds.TINH, UnitClass.II, 3),
                Arguments.of(VnKinds.TINH, UnitClass.III, 3),
                Arguments.of(VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.SPECIAL, 5),
                Arguments.of(VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.I, 4),
                Arguments.of(VnKinds.THANH_PHO_TRUC_THUOC_TW, null, 4),
                Arguments.of(VnKinds.HUYEN, UnitClass.I, 3),
                Arguments.of(VnKinds.QUAN, UnitClass.II, 2),
                Arguments.of(VnKinds.THI_XA, UnitClass.III, 2),
                Arguments.of(VnKinds.THANH_PHO_THUOC_TINH, UnitClass.I, 3),
                Arguments.of(VnKinds.XA, UnitClass.I, 2),
                Arguments.of(VnKinds.PHUONG, UnitClass.II, 2),
                Arguments.of(VnKinds.THI_TRAN, UnitClass.III, 1),
                Arguments.of(VnKinds.XA, UnitClass.III, 1));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("nd08Caps")
    void nd08_capByLevelAndClass(UnitKind kind, UnitClass c, int cap) {
        assertNone(validate(ubnd(Y2021, kind, c, cap)), ND08);
        Violation v = only(validate(ubnd(Y2021, kind, c, cap + 1)), ND08, Severity.ERROR);
        assertEquals(u("a.ubnd"), v.units().get(0));
        assertEquals(List.of(deputyPost("a.ubnd")), v.posts());
        assertSays(v, "has " + (cap + 1) + " deputies, above the cap of " + cap);
    }

    @Test
    void nd08_communeClassIII_twoViceChairs_isAViolation() {
        only(validate(ubnd(Y2021, VnKinds.XA, UnitClass.III, 2)), ND08, Severity.ERROR);
    }

    @Test
    void nd08_communeClassII_twoViceChairs_isFine() {
        assertNone(validate(ubnd(Y2021, VnKinds.XA, UnitClass.II, 2)), ND08);
    }

    @Test
    void nd08_districtClassI_threeFine_fourViolation() {
        assertNone(validate(ubnd(Y2021, VnKinds.HUYEN, UnitClass.I, 3)), ND08);
        only(validate(ubnd(Y2021, VnKinds.HUYEN, UnitClass.I, 4)), ND08, Severity.ERROR);
    }

    @Test
    void nd08_provinceClassSpecial_fiveFine() {
        assertNone(validate(ubnd(Y2021, VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.SPECIAL, 5)), ND08);
    }

    @Test
    void nd08_unitOfUnknownClass_isNotChecked() {
        assertNone(validate(ubnd(Y2021, VnKinds.XA, null, 5)), ND08);
        assertNone(validate(ubnd(Y2021, VnKinds.TINH, null, 9)), ND08);
    }

    @Test
    void nd08_classOfTheUbndItself_winsOverItsTerritory() {
        OrgStructure s = at(Y2021).add(unit("a", "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.I))
                .add(org("a.ubnd", "UBND xã Nhật Tân", VnKinds.UBND, Level.COMMUNE, "a").unitClass(UnitClass.III), "a")
                .deputies("a.ubnd", 2).build();
        only(validate(s), ND08, Severity.ERROR);
    }

    @Test
    void nd08_inForceFromJuly2020UntilNd300() {
        assertNone(validate(ubnd(d(2020, 6, 30), VnKinds.XA, UnitClass.III, 2)), ND08);
        only(validate(ubnd(d(2020, 7, 1), VnKinds.XA, UnitClass.III, 2)), ND08, Severity.ERROR);
        only(validate(ubnd(d(2025, 11, 16), VnKinds.XA, UnitClass.III, 2)), ND08, Severity.ERROR);
        assertNone(validate(ubnd(d(2025, 11, 17), VnKinds.XA, UnitClass.III, 2)), ND08);
    }

    // ------------------------------------------------------------------ NĐ 37/2014 and NĐ 108/2020

    /** A district UBND {@code h.ubnd}: its Văn phòng {@code h.o0} then offices {@code h.o1..}, with these deputies; and a centre with 5. */
    static OrgStructure district(LocalDate date, int... deputies) {
        S s = at(date).add(unit("h", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).unitClass(UnitClass.II))
                .add(org("h.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "h"), "h");
        for (int i = 0; i < deputies.length; i++) {
            UnitKind k = i == 0 ? VnKinds.VAN_PHONG_HDND_UBND : VnKinds.PHONG;
            s.add(org("h.o" + i, "Cơ quan số " + i, k, Level.DISTRICT, "h"), "h.ubnd").deputies("h.o" + i, deputies[i]);
        }
        s.add(org("h.tt", "Trung tâm Phát triển quỹ đất", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT, "h"), "h.ubnd")
                .deputies("h.tt", 5);
        return s.build();
    }

    @Test
    void nd108_averageAboveTwo_namesTheUbndAndTheOfficesAboveAverage() {
        Violation v = only(validate(district(Y2021, 3, 1, 3, 2)), ND108, Severity.ERROR);
        assertEquals(List.of(u("h.ubnd"), u("h.o0"), u("h.o2")), v.units());
        assertSays(v, "4 units have 9 deputies in all", "above the average of 2 per unit", "at most 8");
    }

    @Test
    void nd108_averageExactlyTwo_isFine() {
        assertNone(validate(district(Y2021, 3, 1, 3, 1)), ND108);
        assertNone(validate(district(Y2021, 4, 0, 2, 2)), ND108);
    }

    @Test
    void nd108_aCentreIsNotAnOffice() {
        assertNone(validate(district(Y2021, 2, 2)), ND108);
    }

    @Test
    void nd108_replacesNd37On25November2020() {
        ValidationResult before = validate(district(d(2020, 11, 24), 4, 0, 0));
        only(before, ND37, Severity.ERROR);
        assertNone(before, ND108);
        ValidationResult after = validate(district(d(2020, 11, 25), 4, 0, 0));
        assertNone(after, ND37);
        assertNone(after, ND108);
        only(districtResult(d(2020, 11, 25), 4, 1, 2), ND108, Severity.ERROR);
    }

    static ValidationResult districtResult(LocalDate date, int... deputies) {
        return validate(district(date, deputies));
    }

    @Test
    void nd37_officeWithFourDeputiesIn2018_isAViolation() {
        Violation v = only(districtResult(Y2018, 1, 4, 1), ND37, Severity.ERROR);
        assertEquals(u("h.o1"), v.units().get(0));
        assertSays(v, "above the cap of 3");
    }

    @Test
    void nd37_threeIsFine_andTheOfficeOfTheCouncilAndCommitteeCounts() {
        assertNone(districtResult(Y2018, 3, 3, 3), ND37);
        only(districtResult(Y2018, 4, 3), ND37, Severity.ERROR);
    }

    @Test
    void nd108_notInForceAfterTheReform() {
        assertNone(districtResult(d(2025, 7, 1), 4, 4, 4), ND108);
        only(districtResult(d(2025, 6, 30), 4, 4, 4), ND108, Severity.ERROR);
    }

    // ------------------------------------------------------------------ NĐ 107/2020 and NĐ 150/2025 (sở)

    /** A province {@code t} of a kind with UBND {@code t.ubnd} and sở {@code t.s0..} with these deputies. */
    static OrgStructure departments(LocalDate date, UnitKind kind, int... deputies) {
        S s = at(date).add(unit("t", "Tỉnh Hà Nam", kind, Level.PROVINCE).unitClass(UnitClass.II))
                .add(org("t.ubnd", "UBND tỉnh", VnKinds.UBND, Level.PROVINCE, "t"), "t");
        for (int i = 0; i < deputies.length; i++) {
            s.add(org("t.s" + i, "Sở số " + i, VnKinds.SO, Level.PROVINCE, "t"), "t.ubnd").deputies("t.s" + i, deputies[i]);
        }
        return s.build();
    }

    @Test
    void nd107_averageThreePerSo() {
        assertNone(validate(departments(Y2021, VnKinds.TINH, 4, 2)), ND107);
        Violation v = only(validate(departments(Y2021, VnKinds.TINH, 4, 3)), ND107, Severity.ERROR);
        assertEquals(List.of(u("t.ubnd"), u("t.s0")), v.units());
        assertSays(v, "at most 6");
    }

    @Test
    void nd107_untilNd150_thenNd150() {
        ValidationResult r = validate(departments(d(2025, 6, 11), VnKinds.TINH, 4, 3));
        only(r, ND107, Severity.ERROR);
        assertNone(r, ND150_SO);
        r = validate(departments(d(2025, 6, 12), VnKinds.TINH, 4, 3));
        assertNone(r, ND107);
        only(r, ND150_SO, Severity.ERROR);
    }

    @Test
    void nd150_unmergedProvince_averageThree() {
        assertNone(validate(departments(Y2026, VnKinds.TINH, 3, 3)), ND150_SO);
        Violation v = only(validate(departments(Y2026, VnKinds.TINH, 4, 3)), ND150_SO, Severity.ERROR);
        assertSays(v, "above the average of 3 per unit", "at most 6");
    }

    @Test
    void nd150_provinceFormedFromTwo_getsOneMorePerSo() {
        MergerLog fromTwo = merged("t", MERGER_2025, "old.a", "old.b");
        assertNone(validate(departments(Y2026, VnKinds.TINH, 4, 4), fromTwo), ND150_SO);
        Violation v = only(validate(departments(Y2026, VnKinds.TINH, 5, 4), fromTwo), ND150_SO, Severity.ERROR);
        assertSays(v, "at most 8");
    }

    @Test
    void nd150_provinceFormedFromThree_getsTwoMorePerSo() {
        MergerLog fromThree = merged("t", MERGER_2025, "old.a", "old.b", "old.c");
        assertNone(validate(departments(Y2026, VnKinds.TINH, 5, 5), fromThree), ND150_SO);
        Violation v = only(validate(departments(Y2026, VnKinds.TINH, 6, 5), fromThree), ND150_SO, Severity.ERROR);
        assertSays(v, "at most 10");
    }

    /** Sở {@code t.s0} itself was formed on 1/7/2025 by merging two sở. */
    static final MergerLog SO_MERGED = merged("t.s0", MERGER_2025, "old.s1", "old.s2");

    @Test
    void nd150_mergedSoWithinFiveYears_isNotAnError() {
        ValidationResult r = validate(departments(Y2026, VnKinds.TINH, 6, 3), SO_MERGED);
        assertTrue(r.violationsOf(ND150_SO).stream().noneMatch(v -> v.severity() == Severity.ERROR), r::toString);
        r = validate(departments(d(2030, 6, 30), VnKinds.TINH, 6, 3), SO_MERGED);
        assertTrue(r.violationsOf(ND150_SO).stream().noneMatch(v -> v.severity() == Severity.ERROR), r::toString);
    }

    @Test
    void nd150_mergedSoAfterFiveYears_isAnError() {
        Violation v = only(validate(departments(d(2030, 7, 1), VnKinds.TINH, 6, 3), SO_MERGED), ND150_SO, Severity.ERROR);
        assertEquals(List.of(u("t.ubnd"), u("t.s0")), v.units());
    }

    @Test
    void nd150_mergedSoWithinFiveYears_isReportedAsInfo() {
        only(validate(departments(Y2026, VnKinds.TINH, 6, 3), SO_MERGED), ND150_SO, Severity.INFO);
    }

    @Test
    void nd150_subordinateUnitWithMoreDeputiesThanItsSo_isAViolation() {
        OrgStructure ok = at(Y2026).add(unit("t", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(org("t.so", "Sở Nông nghiệp", VnKinds.SO, Level.PROVINCE, "t"), "t").deputies("t.so", 2)
                .add(org("t.so.tt", "Trung tâm Khuyến nông", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.PROVINCE, "t"), "t.so")
                .deputies("t.so.tt", 2).build();
        assertNone(validate(ok), ND150_CAP_DUOI);
        OrgStructure over = at(Y2026).add(unit("t", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(org("t.so", "Sở Nông nghiệp", VnKinds.SO, Level.PROVINCE, "t"), "t").deputies("t.so", 2)
                .add(org("t.so.tt", "Trung tâm Khuyến nông", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.PROVINCE, "t"), "t.so")
                .deputies("t.so.tt", 3).build();
        Violation v = only(validate(over), ND150_CAP_DUOI, Severity.ERROR);
        assertEquals(List.of(u("t.so.tt"), u("t.so")), v.units());
    }

    /** A commune {@code x} with UBND {@code x.ubnd} and offices {@code x.p0..} with these deputies. */
    static OrgStructure communeOffices(LocalDate date, int... deputies) {
        S s = at(date).add(unit("x", "Xã Kim Bảng", VnKinds.XA, Level.COMMUNE))
                .add(org("x.ubnd", "UBND xã Kim Bảng", VnKinds.UBND, Level.COMMUNE, "x"), "x");
        for (int i = 0; i < deputies.length; i++) {
            s.add(org("x.p" + i, "Phòng số " + i, VnKinds.PHONG, Level.COMMUNE, "x"), "x.ubnd").deputies("x.p" + i, deputies[i]);
        }
        s.add(org("x.hcc", "Trung tâm Phục vụ hành chính công", VnKinds.TRUNG_TAM_PHUC_VU_HANH_CHINH_CONG, Level.COMMUNE, "x"),
                "x.ubnd").deputies("x.hcc", 3);
        return s.build();
    }

    @Test
    void nd150_communeOffices_averageTwoFrom2026() {
        assertNone(validate(communeOffices(Y2026, 2, 2)), ND150_XA);
        assertNone(validate(communeOffices(Y2026, 3, 1)), ND150_XA);
        Violation v = only(validate(communeOffices(Y2026, 3, 2)), ND150_XA, Severity.ERROR);
        assertEquals(List.of(u("x.ubnd"), u("x.p0")), v.units());
        assertNone(validate(communeOffices(d(2025, 12, 31), 3, 2)), ND150_XA);
    }

    // ------------------------------------------------------------------ NĐ 300/2025

    /** A merger of {@code t} from two provinces whose classes are known. */
    static MergerLog mergedWithClasses(UnitClass... classes) {
        return MergerLog.empty().with(new MergerLog.Merger(u("t"), MERGER_2025, ImmutableList.of(u("old.a"), u("old.b")),
                ImmutableSet.copyOf(classes), true));
    }

    static OrgStructure province(LocalDate date, UnitKind kind, UnitClass c, int viceChairs) {
        return at(date).add(unit("t", "Tỉnh mới", kind, Level.PROVINCE).unitClass(c))
                .add(org("t.ubnd", "UBND tỉnh mới", VnKinds.UBND, Level.PROVINCE, "t"), "t")
                .head("t.ubnd", "chu-tich", true).deputies("t.ubnd", viceChairs).build();
    }

    static Stream<Arguments> nd300Caps() {
        MergerLog none = MergerLog.empty();
        MergerLog fromThree = merged("t", MERGER_2025, "old.a", "old.b", "old.c");
        MergerLog fromTwo = merged("t", MERGER_2025, "old.a", "old.b");
        return Stream.of(
                Arguments.of("tỉnh from 3", VnKinds.TINH, null, fromThree, 6),
                Arguments.of("tỉnh class II from 3", VnKinds.TINH, UnitClass.II, fromThree, 6),
                Arguments.of("tỉnh from 2, one of class I", VnKinds.TINH, null, mergedWithClasses(UnitClass.I, UnitClass.III), 6),
                Arguments.of("tỉnh from 2, classes II and III", VnKinds.TINH, null,
                        mergedWithClasses(UnitClass.II, UnitClass.III), 5),
                Arguments.of("TP.HCM: special, from 3", VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.SPECIAL, fromThree, 8),
                Arguments.of("city class I from 3", VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.I, fromThree, 7),
                Arguments.of("city from 2", VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.I, fromTwo, 6),
                Arguments.of("Hà Nội: special, not merged", VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.SPECIAL, none, 5),
                Arguments.of("Huế: class I city, not merged", VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.I, none, 4),
                Arguments.of("tỉnh class I, not merged", VnKinds.TINH, UnitClass.I, none, 4),
                Arguments.of("tỉnh class II, not merged", VnKinds.TINH, UnitClass.II, none, 3),
                Arguments.of("tỉnh class III, not merged", VnKinds.TINH, UnitClass.III, none, 3));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("nd300Caps")
    void nd300_provinceViceChairs(String label, UnitKind kind, UnitClass c, MergerLog log, int cap) {
        assertNone(validate(province(Y2026, kind, c, cap), log), ND300_TINH);
        Violation v = only(validate(province(Y2026, kind, c, cap + 1), log), ND300_TINH, Severity.ERROR);
        assertSays(v, "above the cap of " + cap);
    }

    @Test
    void nd300_provinceMergedFromThree_capSix() {
        MergerLog log = merged("t", MERGER_2025, "old.a", "old.b", "old.c");
        assertNone(validate(province(Y2026, VnKinds.TINH, UnitClass.I, 6), log), ND300_TINH);
        only(validate(province(Y2026, VnKinds.TINH, UnitClass.I, 7), log), ND300_TINH, Severity.ERROR);
    }

    @Test
    void nd300_specialCityMergedFromThree_capEight() {
        MergerLog log = merged("t", MERGER_2025, "old.a", "old.b", "old.c");
        assertNone(validate(province(Y2026, VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.SPECIAL, 8), log), ND300_TINH);
        only(validate(province(Y2026, VnKinds.THANH_PHO_TRUC_THUOC_TW, UnitClass.SPECIAL, 9), log), ND300_TINH,
                Severity.ERROR);
    }

    @Test
    void nd300_unmergedClassII_capThree() {
        assertNone(validate(province(Y2026, VnKinds.TINH, UnitClass.II, 3)), ND300_TINH);
        only(validate(province(Y2026, VnKinds.TINH, UnitClass.II, 4)), ND300_TINH, Severity.ERROR);
    }

    @Test
    void nd300_provinceFromTwoOfUnknownClasses_isNotChecked() {
        MergerLog log = merged("t", MERGER_2025, "old.a", "old.b");
        assertNone(validate(province(Y2026, VnKinds.TINH, UnitClass.I, 9), log), ND300_TINH);
    }

    @Test
    void nd300_inForceFrom17November2025() {
        assertNone(validate(province(d(2025, 11, 16), VnKinds.TINH, UnitClass.II, 4)), ND300_TINH);
        only(validate(province(d(2025, 11, 17), VnKinds.TINH, UnitClass.II, 4)), ND300_TINH, Severity.ERROR);
    }

    /** A province UBND {@code t.ubnd} with commune UBNDs {@code x0.ubnd..} directly under it, with these vice-chairs. */
    static OrgStructure communes(LocalDate date, int... viceChairs) {
        S s = at(date).add(unit("t", "Tỉnh Ninh Bình", VnKinds.TINH, Level.PROVINCE).unitClass(UnitClass.I))
                .add(org("t.ubnd", "UBND tỉnh Ninh Bình", VnKinds.UBND, Level.PROVINCE, "t"), "t");
        for (int i = 0; i < viceChairs.length; i++) {
            s.add(unit("x" + i, "Xã số " + i, VnKinds.XA, Level.COMMUNE), "t")
                    .add(org("x" + i + ".ubnd", "UBND xã số " + i, VnKinds.UBND, Level.COMMUNE, "x" + i), "t.ubnd")
                    .deputies("x" + i + ".ubnd", viceChairs[i]);
        }
        return s.build();
    }

    @Test
    void nd300_communeViceChairs_averageTwoAndAHalfAcrossTheProvince() {
        assertNone(validate(communes(Y2026, 3, 3, 2, 2)), ND300_XA);
        assertNone(validate(communes(Y2026, 4, 1)), ND300_XA);
        Violation v = only(validate(communes(Y2026, 3, 3, 3, 2)), ND300_XA, Severity.ERROR);
        assertEquals(List.of(u("t.ubnd"), u("x0.ubnd"), u("x1.ubnd"), u("x2.ubnd")), v.units());
        assertSays(v, "4 units have 11 deputies in all", "above the average of 2.5 per unit", "at most 10");
    }

    @Test
    void nd300_communeViceChairs_onlyCommuneUbndsDirectlyUnderTheProvinceUbnd() {
        OrgStructure s = at(Y2026).add(unit("t", "Tỉnh Ninh Bình", VnKinds.TINH, Level.PROVINCE))
                .add(org("t.ubnd", "UBND tỉnh Ninh Bình", VnKinds.UBND, Level.PROVINCE, "t"), "t")
                .add(unit("x0", "Xã số 0", VnKinds.XA, Level.COMMUNE), "t")
                .add(org("x0.ubnd", "UBND xã số 0", VnKinds.UBND, Level.COMMUNE, "x0"), "t.ubnd").deputies("x0.ubnd", 2)
                .add(unit("x1", "Xã số 1", VnKinds.XA, Level.COMMUNE), "t")
                .add(org("x1.ubnd", "UBND xã số 1", VnKinds.UBND, Level.COMMUNE, "x1"), "x1").deputies("x1.ubnd", 5).build();
        assertNone(validate(s), ND300_XA);
    }

    @Test
    void nd300_communeViceChairs_notBefore17November2025() {
        assertNone(validate(communes(d(2025, 11, 16), 3, 3, 3, 2)), ND300_XA);
    }

    // ------------------------------------------------------------------ KL 187

    @Test
    void kl187_deputiesAboveHalfTheQuota_isAViolation() {
        OrgStructure s = at(Y2026).add(unit("t", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(org("t.s0", "Sở Tư pháp", VnKinds.SO, Level.PROVINCE, "t").staffQuota(6), "t").deputies("t.s0", 4)
                .add(org("t.s1", "Sở Nội vụ", VnKinds.SO, Level.PROVINCE, "t").staffQuota(6), "t").deputies("t.s1", 3)
                .build();
        List<Violation> l = validate(s).violationsOf(KL187);
        assertEquals(1, l.size(), l::toString);
        assertEquals(u("t.s0"), l.get(0).units().get(0));
        assertSays(l.get(0), "4 deputies, more than 50% of its staff quota (6)");
    }

    @Test
    void kl187_communeFrontCommittee_isExempt_butNotTheProvincialOne() {
        OrgStructure s = at(Y2026).add(unit("t", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(org("t.mttq", "Ủy ban MTTQ tỉnh", VnKinds.UBMTTQ, Level.PROVINCE, "t").staffQuota(4), "t")
                .deputies("t.mttq", 3)
                .add(unit("x", "Xã Kim Bảng", VnKinds.XA, Level.COMMUNE), "t")
                .add(org("x.mttq", "Ủy ban MTTQ xã", VnKinds.UBMTTQ, Level.COMMUNE, "x").staffQuota(2), "x")
                .deputies("x.mttq", 2).build();
        Violation v = only(validate(s), KL187, Severity.ERROR);
        assertEquals(u("t.mttq"), v.units().get(0));
    }

    @Test
    void kl187_unitsWithoutQuota_andBefore29August2025_areNotChecked() {
        OrgStructure noQuota = at(Y2026).add(unit("t", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(org("t.s0", "Sở Tư pháp", VnKinds.SO, Level.PROVINCE, "t"), "t").deputies("t.s0", 4).build();
        assertNone(validate(noQuota), KL187);
        OrgStructure early = at(d(2025, 8, 28)).add(unit("t", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(org("t.s0", "Sở Tư pháp", VnKinds.SO, Level.PROVINCE, "t").staffQuota(6), "t").deputies("t.s0", 4).build();
        assertNone(validate(early), KL187);
        assertEquals(1, validate(early.withDate(d(2025, 8, 29))).violationsOf(KL187).size());
    }

    // ------------------------------------------------------------------ HĐND: Luật 77/2015, Luật 47/2019

    static OrgStructure council(LocalDate date, UnitKind kind, int viceChairs) {
        Level level = kind.levels().iterator().next();
        return at(date).add(unit("a", "Địa bàn", kind, level))
                .add(org("a.hdnd", "HĐND", VnKinds.HDND, level, "a"), "a").deputies("a.hdnd", viceChairs).build();
    }

    @Test
    void luat77_provincialCouncil_atMostTwo() {
        assertNone(validate(council(Y2021, VnKinds.TINH, 2)), LUAT77);
        only(validate(council(Y2021, VnKinds.TINH, 3)), LUAT77, Severity.ERROR);
        only(validate(council(d(2016, 1, 1), VnKinds.TINH, 3)), LUAT77, Severity.ERROR);
        assertNone(validate(council(d(2025, 7, 1), VnKinds.TINH, 3)), LUAT77);
    }

    @Test
    void luat47_districtAndCommuneCouncils_one() {
        assertNone(validate(council(Y2021, VnKinds.HUYEN, 1)), LUAT47);
        only(validate(council(Y2021, VnKinds.HUYEN, 2)), LUAT47, Severity.ERROR);
        only(validate(council(Y2021, VnKinds.XA, 2)), LUAT47, Severity.ERROR);
        assertNone(validate(council(d(2020, 6, 30), VnKinds.HUYEN, 2)), LUAT47);
        assertNone(validate(council(Y2021, VnKinds.TINH, 2)), LUAT47);
    }

    // ------------------------------------------------------------------ QĐ 04-QĐi/TW

    static final UnitKind[] AGENCIES = {VnKinds.VAN_PHONG_CAP_UY, VnKinds.BAN_TO_CHUC, VnKinds.UY_BAN_KIEM_TRA,
        VnKinds.BAN_TUYEN_GIAO, VnKinds.BAN_DAN_VAN};

    /** A provincial party committee with its five staff agencies, with these deputies. */
    static OrgStructure partyAgencies(LocalDate date, UnitClass c, int... deputies) {
        S s = at(date).add(unit("t", "Tỉnh", VnKinds.TINH, Level.PROVINCE).unitClass(c))
                .add(org("t.tu", "Tỉnh ủy", VnKinds.TINH_UY, Level.PROVINCE, "t"));
        for (int i = 0; i < deputies.length; i++) {
            s.add(org("t.tu.b" + i, "Cơ quan số " + i, AGENCIES[i], Level.PROVINCE, "t"), "t.tu").deputies("t.tu.b" + i, deputies[i]);
        }
        return s.build();
    }

    @Test
    void qd04_atMostFifteenAcrossTheAgencies() {
        ValidationResult fine = validate(partyAgencies(Y2021, UnitClass.I, 3, 3, 3, 3, 3));
        assertNone(fine, QD04);
        Violation v = only(validate(partyAgencies(Y2021, UnitClass.I, 4, 3, 3, 3, 3)), QD04, Severity.ERROR);
        assertEquals(u("t.tu"), v.units().get(0));
        assertSays(v, "16 deputies in all, above the cap of 15");
        assertNone(validate(partyAgencies(Y2021, UnitClass.I, 4, 3, 3, 3, 3)), QD04_HN_HCM);
    }

    @Test
    void qd04_haNoiAndHcm_eighteen() {
        assertNone(validate(partyAgencies(Y2021, UnitClass.SPECIAL, 4, 4, 4, 3, 3)), QD04_HN_HCM);
        assertNone(validate(partyAgencies(Y2021, UnitClass.SPECIAL, 4, 4, 4, 3, 3)), QD04);
        only(validate(partyAgencies(Y2021, UnitClass.SPECIAL, 4, 4, 4, 4, 3)), QD04_HN_HCM, Severity.ERROR);
    }

    @Test
    void qd04_from25July2018Until1December2023() {
        assertNone(validate(partyAgencies(d(2018, 7, 24), UnitClass.I, 4, 3, 3, 3, 3)), QD04);
        only(validate(partyAgencies(d(2018, 7, 25), UnitClass.I, 4, 3, 3, 3, 3)), QD04, Severity.ERROR);
        assertNone(validate(partyAgencies(d(2023, 12, 1), UnitClass.I, 4, 3, 3, 3, 3)), QD04);
    }

    // ------------------------------------------------------------------ TT 09/2017 villages

    static OrgStructure village(LocalDate date, UnitKind kind, int deputies) {
        return at(date).add(unit("x", "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE))
                .add(unit("x.t1", "Thôn 1", kind, Level.VILLAGE), "x").head("x.t1", "truong-thon", true)
                .deputies("x.t1", deputies).build();
    }

    @Test
    void tt09_villageWithTwoDeputies_isAViolationFromMarch2018() {
        Violation v = only(validate(village(d(2018, 3, 1), VnKinds.THON, 2)), TT09, Severity.ERROR);
        assertEquals(u("x.t1"), v.units().get(0));
        assertSays(v, "above the cap of 1");
        assertNone(validate(village(d(2018, 2, 28), VnKinds.THON, 2)), TT09);
        assertNone(validate(village(d(2018, 3, 1), VnKinds.THON, 1)), TT09);
        only(validate(village(Y2026, VnKinds.TO_DAN_PHO, 2)), TT09, Severity.ERROR);
    }

    // ------------------------------------------------------------------ 2025 HĐND caps (a parameter)

    static final Rule HDND_2025 = VnRules.hdndViceChairs2025(LegalBasis.of("106/2025/UBTVQH15"), MERGER_2025);
    static final Validator WITH_HDND = Validator.of(VnRules.all().plus(HDND_2025));

    static ValidationResult hdnd(UnitKind kind, MergerLog log, int viceChairs) {
        return WITH_HDND.validate(council(Y2026, kind, viceChairs), log);
    }

    @Test
    void hdnd2025_capsByMerger() {
        MergerLog three = merged("a", MERGER_2025, "o1", "o2", "o3");
        MergerLog two = merged("a", MERGER_2025, "o1", "o2");
        MergerLog none = MergerLog.empty();
        String id = HDND_2025.id();
        int[][] cases = {
            // kind (0 city, 1 tỉnh, 2 xã), merger (3, 2, 1), cap
            {0, 3, 4}, {0, 2, 3}, {1, 3, 3}, {1, 2, 3}, {0, 1, 2}, {1, 1, 2}, {2, 1, 1}};
        for (int[] c : cases) {
            UnitKind kind = c[0] == 0 ? VnKinds.THANH_PHO_TRUC_THUOC_TW : c[0] == 1 ? VnKinds.TINH : VnKinds.XA;
            MergerLog log = c[1] == 3 ? three : c[1] == 2 ? two : none;
            String what = kind.code() + " from " + c[1];
            assertEquals(List.of(), hdnd(kind, log, c[2]).violationsOf(id), what);
            List<Violation> l = hdnd(kind, log, c[2] + 1).violationsOf(id);
            assertEquals(1, l.size(), what + ": " + l);
            assertTrue(l.get(0).messageEn().contains("above the cap of " + c[2]), what + ": " + l);
        }
        assertEquals(List.of(), WITH_HDND.validate(council(d(2025, 6, 30), VnKinds.XA, 3)).violationsOf(id), "before its date");
    }
}
