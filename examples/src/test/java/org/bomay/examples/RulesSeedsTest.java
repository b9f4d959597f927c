package org.bomay.examples;

import static org.bomay.core.model.Level.DISTRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.history.History;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.GroupBy;
import org.bomay.core.rules.Language;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.structure.OrgStructure;
import org.bomay.examples.kimbang.KimBang;
import org.junit.jupiter.api.Test;

/**
 * The Vietnam rule packs on the Kim Bảng example (seed 000): what the rules in force on a date
 * say about the district, and how a restructuring's violations appear, wait out a grace period
 * and resolve. Numbers not in the seed are ILLUSTRATIVE (see {@link KimBang#ILLUSTRATIVE}).
 */
class RulesSeedsTest {
    private static final Validator VN = Validator.of(VnRules.all());
    private static final LocalDate Y2018 = LocalDate.of(2018, 1, 1);
    private static final LocalDate Y2020 = LocalDate.of(2020, 6, 1);
    private static final LocalDate Y2021 = LocalDate.of(2021, 1, 1);
    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

    private static OrgStructure kimBangOn(LocalDate date) {
        return KimBang.structure(date).withDate(date);
    }

    private static Set<UnitId> unitsFlagged(ValidationResult r, String ruleId) {
        return r.violationsOf(ruleId).stream().map(v -> v.units().get(0)).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ the example as it is

    @Test
    void kimBang2018_theOnlyErrorsAreTheIllustrativeStaffAboveQuota_andTheRulesInForceAreThoseOf2018() {
        ValidationResult r = VN.validate(KimBang.structure());

        Set<String> errorRules = r.violations(Severity.ERROR).stream().map(Violation::ruleId).collect(Collectors.toSet());
        assertEquals(Set.of("bomay.staff.within-quota"), errorRules, r.report());
        assertTrue(r.violationsAbout(UnitId.of("kb.xa.van-xa.ubnd")).stream()
                .anyMatch(v -> v.messageVi().contains("vượt biên chế được giao (21)")), r.report());
        Set<String> inForce = r.rulesInForce().stream().map(x -> x.id()).collect(Collectors.toSet());
        assertTrue(inForce.contains("vn.nd37-2014.pho-truong-phong-huyen"));
        assertFalse(inForce.contains("vn.nd108-2020.pho-truong-phong-huyen"), "NĐ 108/2020 is not yet in force in 2018");
        assertFalse(inForce.contains("vn.tt14-2018.so-ho-thon-to-dan-pho"), "TT 14/2018 is dated 3/12/2018");
        // Phòng Nông nghiệp has 3 deputies: within NĐ 37/2014's cap of 3 per office.
        assertTrue(r.violationsOf("vn.nd37-2014.pho-truong-phong-huyen").isEmpty());
    }

    @Test
    void kimBangReport_printsByRuleAndByUnit_inBothLanguages() {
        ValidationResult r = VN.validate(kimBangOn(Y2021));
        String byRule = r.report();
        assertTrue(byRule.startsWith("Kiểm tra ngày 2021-01-01 theo Việt Nam"), byRule);
        assertTrue(byRule.contains("vn.tt14-2018.so-ho-thon-to-dan-pho — Quy mô số hộ gia đình của thôn, tổ dân phố (14/2018/TT-BNV)"),
                byRule);
        String byUnit = r.report(GroupBy.UNIT, Language.ENGLISH);
        assertTrue(byUnit.contains("kb.xa.hoang-tay.thon-2 Thôn 2 xã Hoàng Tây"), byUnit);
        assertTrue(byUnit.contains("128 households, below 50% of the standard (300)"), byUnit);
    }

    // ------------------------------------------------------------------ deputies

    /** Adds {@code n} deputies, in office since 2019, to a unit (ILLUSTRATIVE people). */
    private static OrgStructure withDeputies(OrgStructure s, UnitId unit, int n) {
        OrgStructure.Builder b = s.toBuilder();
        for (int i = 1; i <= n; i++) {
            PostId post = PostId.of(unit.value() + ".them-pho-" + i);
            PersonId person = PersonId.of("p.them." + unit.value() + "." + i);
            b.add(Post.of(post, unit, PostRole.DEPUTY, "Phó Trưởng phòng (bổ sung " + i + ")"));
            b.add(Person.of(person, "Nguyễn Văn Thêm " + i, true));
            b.add(Tenure.main(person, post, Period.from(LocalDate.of(2019, 1, 1))));
        }
        return b.build();
    }

    @Test
    void kimBangOfficeWithThreeDeputies_breaksTheNd108Average_onceTheDistrictTotalExceedsTwoPerOffice() {
        String nd108 = "vn.nd108-2020.pho-truong-phong-huyen";
        // As built: 12 offices with 20 deputies in all (Nông nghiệp 3, the rest at most 2): within the average of 2.
        OrgStructure kb = kimBangOn(Y2021);
        assertTrue(VN.validate(kb).violationsOf(nd108).isEmpty());

        // Bring four small offices up to 2 deputies: 25 deputies for 12 offices > 24.
        OrgStructure full = withDeputies(withDeputies(withDeputies(withDeputies(kb, KimBang.PHONG_VAN_HOA_THONG_TIN, 1),
                KimBang.PHONG_TU_PHAP, 2), KimBang.PHONG_Y_TE, 1), KimBang.THANH_TRA, 1);
        List<Violation> vs = VN.validate(full).violationsOf(nd108);
        assertEquals(1, vs.size(), vs.toString());
        Violation v = vs.get(0);
        assertEquals(Severity.ERROR, v.severity());
        assertEquals(KimBang.UBND, v.units().get(0));
        assertEquals(List.of(KimBang.UBND, KimBang.PHONG_NONG_NGHIEP), v.units(), "the UBND and the one office above 2");
        assertTrue(v.messageVi().contains("12 đơn vị có tổng cộng 25 cấp phó, vượt mức bình quân 2 mỗi đơn vị (tối đa 24)"),
                v.messageVi());
        assertEquals("108/2020/NĐ-CP", v.source().orElseThrow().number());

        // The same office in 2018, under NĐ 37/2014 (at most 3 per office): fine at 3, flagged at 4.
        assertTrue(VN.validate(KimBang.structure()).violationsOf("vn.nd37-2014.pho-truong-phong-huyen").isEmpty());
        OrgStructure four = withDeputies(KimBang.structure(), KimBang.PHONG_NONG_NGHIEP, 1).withDate(LocalDate.of(2019, 6, 1));
        assertEquals(Set.of(KimBang.PHONG_NONG_NGHIEP), unitsFlagged(VN.validate(four), "vn.nd37-2014.pho-truong-phong-huyen"));
    }

    @Test
    void mergedOfficeOverTheCap_isAcceptedInsideTheGracePeriod_andFlaggedAfterIt() {
        // Kim Bảng merges Phòng Nông nghiệp (head + 3 deputies) and Phòng Tài nguyên và Môi trường (head + 2 deputies)
        // on 1/7/2018 (ILLUSTRATIVE): the TN-MT head becomes a deputy, so the merged office has 6.
        LocalDate merged = LocalDate.of(2018, 7, 1);
        OrgStructure kb = KimBang.structure();
        Unit office = Unit.builder(UnitId.of("kb.ubnd.nn-tnmt"), "Phòng Nông nghiệp và Tài nguyên huyện Kim Bảng",
                VnKinds.PHONG, DISTRICT).territory(KimBang.HUYEN).build();
        PersonId head = kb.heads(KimBang.PHONG_NONG_NGHIEP).get(0).id();
        History h = History.start(kb).apply(
                Merge.of(merged, List.of(KimBang.PHONG_NONG_NGHIEP, KimBang.PHONG_TAI_NGUYEN_MOI_TRUONG), office).withHead(head));
        // A what-if rule: NĐ 37/2014's cap of 3 per office with the 5-year grace after a merger that NĐ 150/2025 introduced.
        DeputyCap cap = DeputyCap.of(RuleInfo.of("test.cap-3-grace-5", "Tối đa 03 Phó Trưởng phòng, ân hạn 5 năm sau hợp nhất",
                        "At most 3 deputies, 5 years of grace after a merger", LegalBasis.of("37/2014/NĐ-CP"), Period.ALWAYS),
                Selector.kinds(VnKinds.PHONG).levels(DISTRICT), 3).withGrace(java.time.Period.ofYears(5));
        Validator v = Validator.of(RulePack.of("what-if", cap));
        MergerLog log = MergerLog.of(h);

        ValidationResult inGrace = v.validate(h.current().withDate(LocalDate.of(2023, 6, 30)), log);
        assertEquals(1, inGrace.size(), inGrace.report());
        Violation info = inGrace.violations().get(0);
        assertEquals(Severity.INFO, info.severity());
        assertTrue(info.messageVi().contains("có 6 cấp phó, vượt mức tối đa 3 nhưng còn trong thời hạn 5 năm sau sắp xếp (đến 01/07/2023)"),
                info.messageVi());

        ValidationResult after = v.validate(h.current().withDate(LocalDate.of(2023, 7, 1)), log);
        assertEquals(Severity.ERROR, after.violations().get(0).severity(), after.report());
        assertEquals(UnitId.of("kb.ubnd.nn-tnmt"), after.violations().get(0).units().get(0));

        // Without the merger on record there is no grace.
        assertEquals(Severity.ERROR, v.validate(h.current().withDate(LocalDate.of(2019, 1, 1))).violations().get(0).severity());
    }

    // ------------------------------------------------------------------ administrative units

    @Test
    void communeBelowHalfOfBothStandards_isFlaggedIn2020_andTheSameNumbersAreJudgedBy2023ThresholdsIn2024() {
        UnitId hoangTay = UnitId.of("kb.xa.hoang-tay");
        UnitId lienSon = UnitId.of("kb.xa.lien-son");
        UnitId ngocSon = UnitId.of("kb.xa.ngoc-son");
        // ILLUSTRATIVE: Hoàng Tây with 3,500 people (6.1 km²): below 50% of both 8,000 people and 30 km².
        OrgStructure.Builder b = KimBang.structure().toBuilder();
        b.replace(KimBang.structure().unit(hoangTay).toBuilder().population(3_500).build());
        OrgStructure kb = b.build();

        ValidationResult y2020 = VN.validate(kb.withDate(Y2020));
        assertEquals(Set.of(hoangTay), unitsFlagged(y2020, "vn.nq653-2019.sap-xep-dvhc"), y2020.report());
        Violation v = y2020.violationsOf("vn.nq653-2019.sap-xep-dvhc").get(0);
        assertEquals(Severity.WARNING, v.severity());
        assertTrue(v.messageVi().contains("dưới 50% tiêu chuẩn diện tích và dưới 50% tiêu chuẩn dân số, thuộc diện phải sắp xếp"),
                v.messageVi());

        // 2024: NQ 35/2023 — below 70% of both (Hoàng Tây; Liên Sơn 9.7 km², 5,260 people), or area below 20%
        // (6 km²) with population below 300% (Ngọc Sơn, 5.6 km²).
        ValidationResult y2024 = VN.validate(kb.withDate(Y2024));
        assertTrue(y2024.violationsOf("vn.nq653-2019.sap-xep-dvhc").isEmpty(), "NQ 653/2019 covered 2019–2021");
        Set<UnitId> flagged2024 = unitsFlagged(y2024, "vn.nq35-2023.sap-xep-dvhc");
        assertTrue(flagged2024.containsAll(Set.of(hoangTay, lienSon, ngocSon)), flagged2024.toString());
        assertFalse(unitsFlagged(y2020, "vn.nq653-2019.sap-xep-dvhc").contains(lienSon),
                "Liên Sơn has 66% of the population standard: not below 50% in 2020");
    }

    @Test
    void villagesBelowHalfOfTheHouseholdThreshold_areFlaggedOnceTt14Applies() {
        String tt14 = "vn.tt14-2018.so-ho-thon-to-dan-pho";
        assertTrue(VN.validate(kimBangOn(LocalDate.of(2018, 6, 1))).violationsOf(tt14).isEmpty());
        ValidationResult r = VN.validate(kimBangOn(LocalDate.of(2019, 1, 1)));
        Set<UnitId> mustMerge = r.violationsOf(tt14).stream().filter(v -> v.severity() == Severity.WARNING)
                .map(v -> v.units().get(0)).collect(Collectors.toSet());
        assertEquals(Set.of(UnitId.of("kb.xa.hoang-tay.thon-2"), UnitId.of("kb.xa.nhat-tuu.thon-3"),
                UnitId.of("kb.tt.ba-sao.tdp-3")), mustMerge, r.report());
    }

    // ------------------------------------------------------------------ concurrent posts and paused models

    @Test
    void theProgrammesConcurrentPostModels_areAllowed_andTheMergedOfficeIsFlaggedAfterThe2022Pause() {
        ValidationResult models = VN.validate(KimBang.structure(KimBang.MODELS_FROM));
        assertTrue(models.violationsOf("vn.nq18-2017.kiem-nhiem").isEmpty(), models.report());
        assertEquals(93, KimBang.structure(LocalDate.of(2018, 3, 1)).concurrentTenures().size());

        // The office merger of the programme (ILLUSTRATIVE date 1/7/2018) forms a Văn phòng cấp ủy – chính quyền.
        OrgStructure kb = KimBang.structure();
        Unit office = Unit.builder(UnitId.of("kb.vp-hu-hdnd-ubnd"), "Văn phòng Huyện ủy – HĐND – UBND huyện Kim Bảng",
                VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN, DISTRICT).territory(KimBang.HUYEN).build();
        PersonId chief = kb.holders(PostId.of("kb.hu.vp.cvp")).get(0).id();
        History h = History.start(kb).apply(Merge.of(LocalDate.of(2018, 7, 1),
                List.of(KimBang.VAN_PHONG_HUYEN_UY, KimBang.VAN_PHONG_HDND_UBND), office).withHead(chief));
        String paused = "vn.tb16-2022.co-quan-hop-nhat";
        assertTrue(VN.validate(h.current().withDate(LocalDate.of(2022, 7, 6))).violationsOf(paused).isEmpty());
        List<Violation> after = VN.validate(h.current().withDate(LocalDate.of(2022, 7, 7))).violationsOf(paused);
        assertEquals(1, after.size());
        assertEquals(Severity.WARNING, after.get(0).severity());
        assertEquals("16-TB/TW", after.get(0).source().orElseThrow().number());
    }

    // ------------------------------------------------------------------ history: incremental, with causes

    @Test
    void validatingTheHistory_givesTheFullResult_andNamesTheChangeThatCausedEachNewViolation() {
        OrgStructure kb = KimBang.structure();
        PersonId head = kb.heads(KimBang.PHONG_NONG_NGHIEP).get(0).id();
        Unit office = Unit.builder(UnitId.of("kb.ubnd.nn-tnmt"), "Phòng Nông nghiệp và Tài nguyên huyện Kim Bảng",
                VnKinds.PHONG, DISTRICT).territory(KimBang.HUYEN).build();
        Merge merge = (Merge) Merge.of(LocalDate.of(2018, 7, 1),
                List.of(KimBang.PHONG_NONG_NGHIEP, KimBang.PHONG_TAI_NGUYEN_MOI_TRUONG), office).withHead(head);
        History h = History.start(kb).apply(merge);

        ValidationResult replayed = VN.validate(h);
        ValidationResult full = VN.validate(h.current(), MergerLog.of(h));
        assertEquals(full.violations(), replayed.violations());

        List<Violation> caused = replayed.violationsOf("vn.nd37-2014.pho-truong-phong-huyen");
        assertEquals(1, caused.size(), replayed.report());
        assertEquals(merge.info(), caused.get(0).cause().orElseThrow().info(), "the merge caused the new office's 6 deputies");
        assertTrue(replayed.violationsOf("bomay.staff.within-quota").stream().allMatch(v -> v.cause().isEmpty()),
                "the staff above quota was there before the merge");
        assertEquals(1, replayed.appearedSince(VN.validate(kb)).size());
    }
}
