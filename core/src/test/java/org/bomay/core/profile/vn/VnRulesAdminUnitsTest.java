package org.bomay.core.profile.vn;

import static org.bomay.core.profile.vn.VnRulesFixture.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RulePack;
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
 * Administrative units and their staff: commune cadres (NĐ 92/2009, NĐ 34/2019, NĐ 33/2023),
 * the standards of NQ 1211/2016 and NQ 112/2025 (INFO), the mandatory mergers of NQ 653/2019 and
 * NQ 35/2023 (WARNING), and the household thresholds of villages (TT 14/2018), each against the
 * numbers of {@code research/vn_rules.md}.
 *
 * <pre>
 * t province (kind and attributes per test) ─ h district (before 2025) ─ x commune ─ x.v village
 * </pre>
 */
class VnRulesAdminUnitsTest {
    static final LocalDate Y2020 = d(2020, 1, 1);
    static final LocalDate Y2021 = d(2021, 1, 1);
    static final LocalDate Y2024 = d(2024, 1, 1);
    static final LocalDate Y2026 = d(2026, 1, 1);

    // ------------------------------------------------------------------ commune cadres

    /** A commune {@code x} of a kind and class whose UBND has {@code staff} cán bộ, công chức. */
    static OrgStructure communeStaff(LocalDate date, UnitKind kind, UnitClass c, int staff) {
        return at(date).add(unit("x", "Xã Nhật Tân", kind, Level.COMMUNE).unitClass(c))
                .add(org("x.ubnd", "UBND xã Nhật Tân", VnKinds.UBND, Level.COMMUNE, "x").actualStaff(staff), "x").build();
    }

    static Stream<Arguments> nd33Caps() {
        return Stream.of(
                Arguments.of(VnKinds.XA, UnitClass.I, 22), Arguments.of(VnKinds.XA, UnitClass.II, 20),
                Arguments.of(VnKinds.XA, UnitClass.III, 18), Arguments.of(VnKinds.THI_TRAN, UnitClass.I, 22),
                Arguments.of(VnKinds.THI_TRAN, UnitClass.III, 18), Arguments.of(VnKinds.PHUONG, UnitClass.I, 23),
                Arguments.of(VnKinds.PHUONG, UnitClass.II, 21), Arguments.of(VnKinds.PHUONG, UnitClass.III, 19));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("nd33Caps")
    void nd33_communeCadresByKindAndClass(UnitKind kind, UnitClass c, int cap) {
        assertNone(validate(communeStaff(Y2024, kind, c, cap)), ND33);
        Violation v = only(validate(communeStaff(Y2024, kind, c, cap + 1)), ND33, Severity.ERROR);
        assertEquals(List.of(u("x.ubnd")), v.units());
        assertSays(v, "has " + (cap + 1) + " staff, above the cap of " + cap);
    }

    @Test
    void nd33_xaClassI_23_isAViolation_phuongClassI_23_isFine() {
        only(validate(communeStaff(Y2024, VnKinds.XA, UnitClass.I, 23)), ND33, Severity.ERROR);
        assertNone(validate(communeStaff(Y2024, VnKinds.PHUONG, UnitClass.I, 23)), ND33);
    }

    @Test
    void nd33_from1August2023UntilTheReform() {
        assertNone(validate(communeStaff(d(2023, 7, 31), VnKinds.XA, UnitClass.I, 23)), ND33);
        only(validate(communeStaff(d(2023, 8, 1), VnKinds.XA, UnitClass.I, 23)), ND33, Severity.ERROR);
        assertNone(validate(communeStaff(d(2025, 7, 1), VnKinds.XA, UnitClass.I, 23)), ND33);
    }

    @Test
    void nd33_communeOfUnknownClass_isNotChecked() {
        assertNone(validate(communeStaff(Y2024, VnKinds.XA, null, 40)), ND33);
    }

    static final LocalDate ND34 = d(2019, 8, 25);
    static final List<Rule> CADRES = VnRules.communeCadres2009To2023(ND34);
    static final Validator CADRES_V = Validator.of(RulePack.of("cán bộ xã", CADRES));

    @Test
    void communeCadres2009To2023_twoRulesSplitAtTheGivenDate() {
        assertEquals(2, CADRES.size());
        Rule nd92 = CADRES.get(0);
        Rule nd34 = CADRES.get(1);
        assertEquals("vn.nd92-2009.can-bo-cong-chuc-xa", nd92.id());
        assertEquals("vn.nd34-2019.can-bo-cong-chuc-xa", nd34.id());
        assertEquals("92/2009/NĐ-CP", nd92.info().sourceNumber());
        assertEquals("34/2019/NĐ-CP", nd34.info().sourceNumber());
        assertEquals(Period.until(ND34), nd92.validity());
        assertEquals(Period.of(ND34, d(2023, 8, 1)), nd34.validity());
        assertEquals(Severity.ERROR, nd92.info().severity());
        assertEquals(Severity.ERROR, nd34.info().severity());
        // they fit into the built-in pack, and hand over to NĐ 33/2023 without a gap
        RulePack all = VnRules.all().plus(CADRES.toArray(new Rule[0]));
        assertEquals(31, all.size());
        assertEquals(nd34.validity().end(), all.rule(ND33).validity().start());
    }

    static Stream<Arguments> cadreCaps() {
        LocalDate before = ND34.minusDays(1);
        LocalDate after = ND34;
        return Stream.of(
                Arguments.of(before, VnKinds.XA, UnitClass.I, 25, "vn.nd92-2009.can-bo-cong-chuc-xa"),
                Arguments.of(before, VnKinds.XA, UnitClass.II, 23, "vn.nd92-2009.can-bo-cong-chuc-xa"),
                Arguments.of(before, VnKinds.XA, UnitClass.III, 21, "vn.nd92-2009.can-bo-cong-chuc-xa"),
                Arguments.of(before, VnKinds.PHUONG, UnitClass.I, 25, "vn.nd92-2009.can-bo-cong-chuc-xa"),
                Arguments.of(before, VnKinds.THI_TRAN, UnitClass.III, 21, "vn.nd92-2009.can-bo-cong-chuc-xa"),
                Arguments.of(after, VnKinds.XA, UnitClass.I, 23, "vn.nd34-2019.can-bo-cong-chuc-xa"),
                Arguments.of(after, VnKinds.XA, UnitClass.II, 21, "vn.nd34-2019.can-bo-cong-chuc-xa"),
                Arguments.of(after, VnKinds.XA, UnitClass.III, 19, "vn.nd34-2019.can-bo-cong-chuc-xa"),
                Arguments.of(after, VnKinds.PHUONG, UnitClass.I, 23, "vn.nd34-2019.can-bo-cong-chuc-xa"),
                Arguments.of(d(2023, 7, 31), VnKinds.PHUONG, UnitClass.III, 19, "vn.nd34-2019.can-bo-cong-chuc-xa"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("cadreCaps")
    void communeCadres2009To2023_numbers(LocalDate date, UnitKind kind, UnitClass c, int cap, String id) {
        assertEquals(List.of(), CADRES_V.validate(communeStaff(date, kind, c, cap)).violations());
        ValidationResult r = CADRES_V.validate(communeStaff(date, kind, c, cap + 1));
        assertEquals(1, r.violations().size(), r.violations()::toString);
        Violation v = r.violations().get(0);
        assertEquals(id, v.ruleId());
        assertSays(v, "above the cap of " + cap);
    }

    @Test
    void communeCadres2009To2023_nothingFrom1August2023() {
        assertEquals(List.of(), CADRES_V.validate(communeStaff(d(2023, 8, 1), VnKinds.XA, UnitClass.III, 30)).violations());
    }

    // ------------------------------------------------------------------ the standards (NQ 1211/2016, NQ 112/2025)

    /** Where the unit under test sits: the kinds of its province and district, the level it is at. */
    record Place(String label, UnitKind province, boolean mountainous, UnitKind district, UnitKind commune) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The chain province {@code t} ─ district {@code h} ─ commune {@code x} down to the place's
     * deepest kind, with the figures on the deepest; MIEN_NUI on the province when mountainous.
     */
    static OrgStructure place(LocalDate date, Place p, int population, double area) {
        S s = at(date);
        Unit.Builder t = unit("t", "Tỉnh", p.province(), Level.PROVINCE);
        if (p.mountainous()) {
            t.attribute(VnAttributes.MIEN_NUI, VnAttributes.YES);
        }
        if (p.district() == null && p.commune() == null) {
            return s.add(t.population(population).areaKm2(area)).build();
        }
        s.add(t);
        String parent = "t";
        if (p.district() != null) {
            Unit.Builder h = unit("h", "Huyện", p.district(), Level.DISTRICT);
            if (p.commune() == null) {
                return s.add(h.population(population).areaKm2(area), "t").build();
            }
            s.add(h, "t");
            parent = "h";
        }
        return s.add(unit("x", "Xã", p.commune(), Level.COMMUNE).population(population).areaKm2(area), parent).build();
    }

    static Place province(String label, UnitKind kind, boolean mountainous) {
        return new Place(label, kind, mountainous, null, null);
    }

    static Place district(String label, UnitKind province, boolean mountainous, UnitKind kind) {
        return new Place(label, province, mountainous, kind, null);
    }

    static Place commune(String label, boolean mountainous, UnitKind district, UnitKind kind) {
        return new Place(label, VnKinds.TINH, mountainous, district, kind);
    }

    /** NQ 1211/2016 as amended by NQ 27/2022: the table of vn_rules.md. */
    static Stream<Arguments> nq1211Standards() {
        return Stream.of(
                Arguments.of(province("tỉnh", VnKinds.TINH, false), 1_400_000, 5_000.0),
                Arguments.of(province("tỉnh miền núi", VnKinds.TINH, true), 900_000, 8_000.0),
                Arguments.of(province("thành phố trực thuộc TW", VnKinds.THANH_PHO_TRUC_THUOC_TW, false), 1_000_000, 1_500.0),
                Arguments.of(district("huyện", VnKinds.TINH, false, VnKinds.HUYEN), 120_000, 450.0),
                Arguments.of(district("huyện miền núi", VnKinds.TINH, true, VnKinds.HUYEN), 80_000, 850.0),
                Arguments.of(district("thành phố thuộc tỉnh", VnKinds.TINH, false, VnKinds.THANH_PHO_THUOC_TINH), 150_000, 150.0),
                Arguments.of(district("quận", VnKinds.THANH_PHO_TRUC_THUOC_TW, false, VnKinds.QUAN), 150_000, 35.0),
                Arguments.of(commune("xã", false, VnKinds.HUYEN, VnKinds.XA), 8_000, 30.0),
                Arguments.of(commune("xã miền núi", true, VnKinds.HUYEN, VnKinds.XA), 5_000, 50.0),
                Arguments.of(commune("phường thuộc quận", false, VnKinds.QUAN, VnKinds.PHUONG), 15_000, 5.5),
                Arguments.of(commune("phường thuộc thành phố", false, VnKinds.THANH_PHO_THUOC_TINH, VnKinds.PHUONG), 7_000, 5.5),
                Arguments.of(commune("phường thuộc thị xã", false, VnKinds.THI_XA, VnKinds.PHUONG), 5_000, 5.5));
    }

    static void assertStandard(String ruleId, LocalDate date, Place p, int population, double area) {
        assertNone(validate(place(date, p, population, area)), ruleId);
        Violation pop = only(validate(place(date, p, population - 1, area)), ruleId, Severity.INFO);
        assertEquals(List.of(p.commune() != null ? u("x") : p.district() != null ? u("h") : u("t")), pop.units());
        assertSays(pop, "population");
        assertTrue(!pop.messageEn().contains("area"), pop::messageEn);
        Violation ar = only(validate(place(date, p, population, area - 0.1)), ruleId, Severity.INFO);
        assertSays(ar, "area");
        assertTrue(!ar.messageEn().contains("population"), ar::messageEn);
    }

    @ParameterizedTest(name = "{0}: {1} people, {2} km²")
    @MethodSource("nq1211Standards")
    void nq1211_standards(Place p, int population, double area) {
        assertStandard(NQ1211, Y2021, p, population, area);
    }

    @Test
    void nq1211_mountainousFromTheProvince_andNotAfter2025() {
        Place xa = commune("xã", false, VnKinds.HUYEN, VnKinds.XA);
        Place xaMienNui = commune("xã miền núi", true, VnKinds.HUYEN, VnKinds.XA);
        only(validate(place(Y2021, xa, 6_000, 55.0)), NQ1211, Severity.INFO);
        assertNone(validate(place(Y2021, xaMienNui, 6_000, 55.0)), NQ1211);
        assertNone(validate(place(Y2026, xa, 6_000, 55.0)), NQ1211);
        only(validate(place(d(2025, 12, 31), xa, 6_000, 55.0)), NQ1211, Severity.INFO);
    }

    /** NQ 112/2025 (from 1/1/2026): the list of vn_rules.md. Communes sit under the province. */
    static Stream<Arguments> nq112Standards() {
        return Stream.of(
                Arguments.of(province("tỉnh", VnKinds.TINH, false), 1_400_000, 5_000.0),
                Arguments.of(province("tỉnh miền núi", VnKinds.TINH, true), 900_000, 8_000.0),
                Arguments.of(province("thành phố trực thuộc TW", VnKinds.THANH_PHO_TRUC_THUOC_TW, false), 2_500_000, 2_500.0),
                Arguments.of(commune("xã", false, null, VnKinds.XA), 16_000, 30.0),
                Arguments.of(commune("xã miền núi (tỉnh miền núi)", true, null, VnKinds.XA), 5_000, 100.0),
                Arguments.of(commune("phường", false, null, VnKinds.PHUONG), 21_000, 5.5));
    }

    @ParameterizedTest(name = "{0}: {1} people, {2} km²")
    @MethodSource("nq112Standards")
    void nq112_standards(Place p, int population, double area) {
        assertStandard(NQ112, Y2026, p, population, area);
    }

    @Test
    void nq112_islandCommune() {
        for (int[] figures : new int[][] {{2_500, 15}, {2_499, 15}}) {
            OrgStructure s = at(Y2026).add(unit("t", "Tỉnh Quảng Ninh", VnKinds.TINH, Level.PROVINCE))
                    .add(unit("x", "Đặc khu Cô Tô", VnKinds.XA, Level.COMMUNE).attribute(VnAttributes.HAI_DAO, VnAttributes.YES)
                            .population(figures[0]).areaKm2((double) figures[1]), "t").build();
            assertEquals(figures[0] < 2_500 ? 1 : 0, validate(s).violationsOf(NQ112).size(), () -> "island xã " + figures[0]);
        }
    }

    @Test
    void nq112_xaAt10000People_wasFineIn2021ButIsBelowTheNewStandard() {
        Place xa = commune("xã", false, null, VnKinds.XA);
        assertNone(validate(place(Y2021, xa, 10_000, 30.0)), NQ1211);
        assertNone(validate(place(Y2021, xa, 10_000, 30.0)), NQ112);
        only(validate(place(Y2026, xa, 10_000, 30.0)), NQ112, Severity.INFO);
    }

    @Test
    void nq112_mountainousXa_needs100Km2() {
        Place mienNui = commune("xã miền núi", true, null, VnKinds.XA);
        only(validate(place(Y2026, mienNui, 8_000, 50.0)), NQ112, Severity.INFO);
        assertNone(validate(place(Y2026, mienNui, 5_000, 100.0)), NQ112);
    }

    // ------------------------------------------------------------------ mandatory mergers (NQ 653/2019, NQ 35/2023)

    static final Place XA = commune("xã", false, VnKinds.HUYEN, VnKinds.XA);
    static final Place XA_MIEN_NUI = commune("xã miền núi", true, VnKinds.HUYEN, VnKinds.XA);
    static final Place HUYEN = district("huyện", VnKinds.TINH, false, VnKinds.HUYEN);
    static final Place PHUONG_QUAN = commune("phường thuộc quận", false, VnKinds.QUAN, VnKinds.PHUONG);

    static List<Violation> merge(String ruleId, LocalDate date, Place p, int population, double area) {
        return validate(place(date, p, population, area)).violationsOf(ruleId);
    }

    @Test
    void nq653_communeBelowHalfOfBoth_mustMerge() {
        List<Violation> l = merge(NQ653, Y2020, XA, 3_999, 14.9);
        assertEquals(1, l.size(), l::toString);
        assertEquals(Severity.WARNING, l.get(0).severity());
        assertEquals(List.of(u("x")), l.get(0).units());
        assertSays(l.get(0), "below 50% of the area standard and below 50% of the population standard");
    }

    @Test
    void nq653_oneCriterionAtHalf_isNotFlagged() {
        assertEquals(List.of(), merge(NQ653, Y2020, XA, 4_000, 10.0));
        assertEquals(List.of(), merge(NQ653, Y2020, XA, 3_000, 15.0));
    }

    @Test
    void nq653_againstTheMountainAndDistrictStandards() {
        assertEquals(1, merge(NQ653, Y2020, XA_MIEN_NUI, 2_499, 24.9).size());
        assertEquals(0, merge(NQ653, Y2020, XA_MIEN_NUI, 2_500, 24.9).size());
        assertEquals(1, merge(NQ653, Y2020, HUYEN, 59_999, 224.9).size());
        assertEquals(0, merge(NQ653, Y2020, HUYEN, 59_999, 225.0).size());
        assertEquals(1, merge(NQ653, Y2020, PHUONG_QUAN, 7_499, 2.7).size());
    }

    @Test
    void nq653_onlyFrom12March2019Until2022() {
        assertEquals(0, merge(NQ653, d(2019, 3, 11), XA, 3_000, 10.0).size());
        assertEquals(1, merge(NQ653, d(2019, 3, 12), XA, 3_000, 10.0).size());
        assertEquals(1, merge(NQ653, d(2021, 12, 31), XA, 3_000, 10.0).size());
        assertEquals(0, merge(NQ653, Y2024, XA, 3_000, 10.0).size());
    }

    @Test
    void nq35_communeBelowSeventyPercentOfBoth_mustMerge() {
        List<Violation> l = merge(NQ35, Y2024, XA, 5_599, 20.9);
        assertEquals(1, l.size(), l::toString);
        assertEquals(Severity.WARNING, l.get(0).severity());
        assertSays(l.get(0), "below 70% of the area standard and below 70% of the population standard");
        assertEquals(List.of(), merge(NQ35, Y2024, XA, 5_600, 20.0));
        assertEquals(List.of(), merge(NQ35, Y2024, XA, 5_000, 21.0));
    }

    @Test
    void nq35_communeWithSmallArea_belowThreeHundredPercentOfPopulation_mustMerge() {
        List<Violation> l = merge(NQ35, Y2024, XA, 23_999, 5.9);
        assertEquals(1, l.size(), l::toString);
        assertSays(l.get(0), "below 20% of the area standard and below 300% of the population standard");
        assertEquals(List.of(), merge(NQ35, Y2024, XA, 24_000, 5.9));
        assertEquals(List.of(), merge(NQ35, Y2024, XA, 20_000, 6.0));
        assertEquals(1, merge(NQ35, Y2024, PHUONG_QUAN, 44_999, 1.0).size());
    }

    @Test
    void nq35_districtWithSmallArea_belowTwoHundredPercentOfPopulation_mustMerge() {
        List<Violation> l = merge(NQ35, Y2024, HUYEN, 239_999, 89.0);
        assertEquals(1, l.size(), l::toString);
        assertSays(l.get(0), "below 20% of the area standard and below 200% of the population standard");
        assertEquals(List.of(), merge(NQ35, Y2024, HUYEN, 240_000, 89.0));
        // 250% of the population with less than 20% of the area: a commune must merge, a district need not
        assertEquals(List.of(), merge(NQ35, Y2024, HUYEN, 300_000, 89.0));
        assertEquals(1, merge(NQ35, Y2024, XA, 20_000, 5.9).size());
        assertEquals(1, merge(NQ35, Y2024, HUYEN, 83_999, 314.9).size());
    }

    @Test
    void nq35_notIn2020_nq653_notIn2024() {
        assertEquals(0, merge(NQ35, Y2020, XA, 3_000, 10.0).size());
        assertEquals(1, merge(NQ653, Y2020, XA, 3_000, 10.0).size());
        assertEquals(1, merge(NQ35, Y2024, XA, 3_000, 10.0).size());
        assertEquals(0, merge(NQ653, Y2024, XA, 3_000, 10.0).size());
        assertEquals(0, merge(NQ35, Y2026, XA, 3_000, 10.0).size());
    }

    @Test
    void mandatoryMergers_doNotApplyToProvinces() {
        Place tinh = province("tỉnh", VnKinds.TINH, false);
        Place city = province("thành phố trực thuộc TW", VnKinds.THANH_PHO_TRUC_THUOC_TW, false);
        assertAll(
                () -> assertEquals(List.of(), merge(NQ35, Y2024, tinh, 850_000, 860.0), "NQ 35/2023: districts and communes only"),
                () -> assertEquals(List.of(), merge(NQ653, Y2020, tinh, 600_000, 2_000.0), "NQ 653/2019: districts and communes only"),
                () -> assertEquals(List.of(), merge(NQ35, Y2024, city, 600_000, 1_000.0), "NQ 35/2023: districts and communes only"));
    }

    // ------------------------------------------------------------------ TT 14/2018 villages

    /**
     * A province {@code t} in a region (and optionally Hà Nội), a commune {@code x} (optionally on
     * the border), and a village {@code x.v} of a kind with {@code households}.
     */
    static OrgStructure village(LocalDate date, VnRegion region, boolean haNoi, boolean border, UnitKind kind, int households) {
        Unit.Builder t = unit("t", "Tỉnh", haNoi ? VnKinds.THANH_PHO_TRUC_THUOC_TW : VnKinds.TINH, Level.PROVINCE);
        if (region != null) {
            t.attribute(VnAttributes.VUNG, region.name());
        }
        if (haNoi) {
            t.attribute(VnAttributes.HA_NOI, VnAttributes.YES);
        }
        Unit.Builder x = unit("x", "Xã", kind == VnKinds.TO_DAN_PHO ? VnKinds.PHUONG : VnKinds.XA, Level.COMMUNE);
        if (border) {
            x.attribute(VnAttributes.BIEN_GIOI, VnAttributes.YES);
        }
        return at(date).add(t).add(unit("h", "Huyện", VnKinds.HUYEN, Level.DISTRICT), "t").add(x, "h")
                .add(unit("x.v", "Thôn 1", kind, Level.VILLAGE).households(households), "x").build();
    }

    static List<Violation> tt14(VnRegion region, UnitKind kind, int households) {
        return validate(village(Y2021, region, false, false, kind, households)).violationsOf(TT14);
    }

    @Test
    void tt14_redRiverDeltaThon_300() {
        Violation must = only(validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, false, false, VnKinds.THON, 140)), TT14,
                Severity.WARNING);
        assertEquals(List.of(u("x.v")), must.units());
        assertSays(must, "below 50% of the standard (300)", "must be merged");
        Violation encouraged = only(validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, false, false, VnKinds.THON, 200)),
                TT14, Severity.INFO);
        assertSays(encouraged, "below the standard of 300", "merging is encouraged");
        assertEquals(List.of(), tt14(VnRegion.DONG_BANG_SONG_HONG, VnKinds.THON, 300));
        only(validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, false, false, VnKinds.THON, 149)), TT14, Severity.WARNING);
        only(validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, false, false, VnKinds.THON, 150)), TT14, Severity.INFO);
    }

    /** TT 14/2018 thresholds by region (vn_rules.md): thôn and tổ dân phố. */
    static Stream<Arguments> tt14Thresholds() {
        return Stream.of(
                Arguments.of(VnRegion.TRUNG_DU_MIEN_NUI_PHIA_BAC, VnKinds.THON, 150),
                Arguments.of(VnRegion.DONG_BANG_SONG_HONG, VnKinds.THON, 300),
                Arguments.of(VnRegion.MIEN_TRUNG, VnKinds.THON, 250),
                Arguments.of(VnRegion.MIEN_NAM, VnKinds.THON, 350),
                Arguments.of(VnRegion.TAY_NGUYEN, VnKinds.THON, 200),
                Arguments.of(VnRegion.TRUNG_DU_MIEN_NUI_PHIA_BAC, VnKinds.TO_DAN_PHO, 200),
                Arguments.of(VnRegion.DONG_BANG_SONG_HONG, VnKinds.TO_DAN_PHO, 350),
                Arguments.of(VnRegion.MIEN_TRUNG, VnKinds.TO_DAN_PHO, 300),
                Arguments.of(VnRegion.MIEN_NAM, VnKinds.TO_DAN_PHO, 400));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("tt14Thresholds")
    void tt14_thresholdsByRegion(VnRegion region, UnitKind kind, int min) {
        assertEquals(List.of(), tt14(region, kind, min));
        List<Violation> below = tt14(region, kind, min - 1);
        assertEquals(1, below.size(), below::toString);
        assertEquals(Severity.INFO, below.get(0).severity());
        int half = (min + 1) / 2;
        assertEquals(Severity.INFO, tt14(region, kind, half).get(0).severity(), "at half the threshold");
        assertEquals(Severity.WARNING, tt14(region, kind, half - 1).get(0).severity(), "below half the threshold");
    }

    @Test
    void tt14_haNoiToDanPho_450() {
        List<Violation> l = validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, true, false, VnKinds.TO_DAN_PHO, 449))
                .violationsOf(TT14);
        assertEquals(1, l.size(), l::toString);
        assertEquals(Severity.INFO, l.get(0).severity());
        assertSays(l.get(0), "below the standard of 450");
        assertEquals(List.of(), validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, true, false, VnKinds.TO_DAN_PHO, 450))
                .violationsOf(TT14));
        only(validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, true, false, VnKinds.TO_DAN_PHO, 224)), TT14,
                Severity.WARNING);
        // a Hà Nội thôn keeps the regional 300
        assertEquals(List.of(), validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, true, false, VnKinds.THON, 300))
                .violationsOf(TT14));
    }

    @Test
    void tt14_borderCommuneThon_100() {
        assertEquals(List.of(), validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, false, true, VnKinds.THON, 100))
                .violationsOf(TT14));
        only(validate(village(Y2021, VnRegion.DONG_BANG_SONG_HONG, false, true, VnKinds.THON, 99)), TT14, Severity.INFO);
        only(validate(village(Y2021, VnRegion.TRUNG_DU_MIEN_NUI_PHIA_BAC, false, true, VnKinds.THON, 49)), TT14,
                Severity.WARNING);
        // no region recorded: the border row still applies
        only(validate(village(Y2021, null, false, true, VnKinds.THON, 49)), TT14, Severity.WARNING);
    }

    @Test
    void tt14_islandThon_100() {
        OrgStructure s = at(Y2021).add(unit("t", "Tỉnh Quảng Ninh", VnKinds.TINH, Level.PROVINCE)
                        .attribute(VnAttributes.VUNG, VnRegion.TRUNG_DU_MIEN_NUI_PHIA_BAC.name()))
                .add(unit("h", "Huyện Cô Tô", VnKinds.HUYEN, Level.DISTRICT).attribute(VnAttributes.HAI_DAO, VnAttributes.YES), "t")
                .add(unit("x", "Xã Thanh Lân", VnKinds.XA, Level.COMMUNE), "h")
                .add(unit("x.v", "Thôn 1", VnKinds.THON, Level.VILLAGE).households(120), "x").build();
        assertNone(validate(s), TT14);
    }

    @Test
    void tt14_tayNguyenToDanPho_andNoRegion_areNotChecked() {
        assertEquals(List.of(), tt14(VnRegion.TAY_NGUYEN, VnKinds.TO_DAN_PHO, 10));
        assertEquals(List.of(), tt14(null, VnKinds.THON, 10));
    }

    @Test
    void tt14_from3December2018() {
        assertEquals(List.of(), validate(village(d(2018, 12, 2), VnRegion.DONG_BANG_SONG_HONG, false, false, VnKinds.THON, 140))
                .violationsOf(TT14));
        only(validate(village(d(2018, 12, 3), VnRegion.DONG_BANG_SONG_HONG, false, false, VnKinds.THON, 140)), TT14,
                Severity.WARNING);
        only(validate(village(Y2026, VnRegion.DONG_BANG_SONG_HONG, false, false, VnKinds.THON, 140)), TT14, Severity.WARNING);
    }

    @Test
    void tt14_borderToDanPho_isNotChecked() {
        assertEquals(List.of(), validate(village(Y2021, VnRegion.TRUNG_DU_MIEN_NUI_PHIA_BAC, false, true, VnKinds.TO_DAN_PHO,
                90)).violationsOf(TT14));
    }
}
