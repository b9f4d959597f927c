package org.bomay.examples.chauthanh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeEvent.StaffMove;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.history.LineageStep;
import org.bomay.core.model.Level;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChauThanhOneYearTest {
    private static final LocalDate COMMUNES = LocalDate.of(2019, 12, 1);

    private static SimulationResult result;
    private static History history;

    private final Scenario year = ChauThanhOneYear.scenario();

    @BeforeAll
    static void run() {
        result = Simulation.of(VnRules.all()).within(ChauThanh.DISTRICT).run(ChauThanhOneYear.scenario());
        history = result.history();
    }

    // ------------------------------------------------------------------ the scenario

    @Test
    void scenario_hasTheSeedsTasks_datedWithAgenciesStatusesAndBases() {
        assertSame(year, ChauThanhOneYear.scenario());
        assertSame(ChauThanh.structure(), year.baseline());
        assertEquals(ChauThanhOneYear.STEP_IDS, year.steps().stream().map(Step::id).toList());
        assertEquals(List.of("sap-nhap-giao-long-giao-hoa", "sap-nhap-an-hoa-an-phuoc", "sap-nhap-son-hoa-an-hiep"),
                ChauThanhOneYear.STEP_IDS.subList(7, 10));
        LocalDate mar = LocalDate.of(2018, 3, 1);
        assertEquals(List.of(mar, mar, LocalDate.of(2018, 7, 1), LocalDate.of(2018, 10, 1), LocalDate.of(2018, 11, 1),
                LocalDate.of(2019, 1, 1), LocalDate.of(2019, 7, 1), COMMUNES, COMMUNES, COMMUNES),
                year.steps().stream().map(Step::date).toList());
        assertTrue(year.steps().stream().allMatch(s -> s.date().getYear() >= 2018 && s.date().getYear() <= 2019));
        assertEquals(List.of(Step.Status.DONE, Step.Status.DONE, Step.Status.DONE, Step.Status.DONE, Step.Status.DONE,
                Step.Status.DONE, Step.Status.PLANNED, Step.Status.PLANNED, Step.Status.PLANNED, Step.Status.PLANNED),
                year.steps().stream().map(Step::status).toList());
        assertEquals(List.of("Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy", "Sở Y tế tỉnh Bến Tre",
                "UBND huyện", "UBND huyện", "UBND huyện", "UBND huyện", "UBND huyện", "UBND huyện"),
                year.steps().stream().map(Step::lead).toList());
        assertEquals(List.of("18-NQ/TW", "18-NQ/TW", "NQ số 02 của Tỉnh ủy Bến Tre", "19-NQ/TW", "19-NQ/TW", "14/2018/TT-BNV",
                "19-NQ/TW", "653/2019/UBTVQH14", "653/2019/UBTVQH14", "653/2019/UBTVQH14"),
                year.steps().stream().map(s -> s.basis().orElseThrow().number()).toList());
        assertEquals(List.of("Ban Tổ chức Huyện ủy", "Phòng Nội vụ", "UBND xã Giao Hòa", "UBND xã Giao Long"),
                year.step(ChauThanhOneYear.GIAO_LONG_GIAO_HOA).partners());
        assertEquals(3, year.targets().size());
        assertEquals(LocalDate.of(2019, 12, 31), year.end());
    }

    @Test
    void communeMergers_noInventedResolutionNumber_theBasisIsMarkedToBeConfirmed() {
        for (String id : List.of(ChauThanhOneYear.GIAO_LONG_GIAO_HOA, ChauThanhOneYear.AN_HOA_AN_PHUOC,
                ChauThanhOneYear.SON_HOA_AN_HIEP)) {
            Step s = year.step(id);
            assertEquals(1, s.changes().size());
            assertEquals(ChangeType.COMPOUND, s.changes().get(0).type());
            assertEquals("653/2019/UBTVQH14", s.changes().get(0).info().basis().orElseThrow().number());
            assertTrue(s.changes().get(0).info().note().contains("to be confirmed"), s.changes().get(0).info().note());
        }
    }

    // ------------------------------------------------------------------ the concurrent-post models

    @Test
    void coverage_14of22_then16of22_onTheSeedsDate_then15of19_afterTheMergers() {
        assertEquals("14/22", ChauThanhOneYear.secretaryChairsCouncil(history.initial()).toString());
        assertEquals("16/22", ChauThanhOneYear.secretaryChairsCouncil(history.asOf(LocalDate.of(2018, 7, 1))).toString());
        assertEquals(ChauThanhOneYear.REPORTED_COVERAGE,
                ChauThanhOneYear.secretaryChairsCouncil(history.asOf(ChauThanhOneYear.SEED_DATE)).toString());
        assertEquals("15/19", ChauThanhOneYear.secretaryChairsCouncil(result.finalStructure()).toString());
        // Quới Sơn and Phú Đức: the secretary now chairs the council, concurrently; the former chair holds no post
        OrgStructure seed = history.asOf(ChauThanhOneYear.SEED_DATE);
        OrgStructure jan = history.initial();
        for (UnitId x : List.of(ChauThanh.XA_QUOI_SON, ChauThanh.XA_PHU_DUC)) {
            assertEquals(seed.heads(ChauThanh.of(x, "du")), seed.heads(ChauThanh.of(x, "hdnd")), x.value());
            var former = jan.heads(ChauThanh.of(x, "hdnd")).get(0).id();
            assertTrue(seed.postsOf(former).isEmpty(), x.value());
        }
    }

    @Test
    void models_18InTheData_ofThe66Reported_theRestIsNotFaked() {
        Map<String, Integer> atSeed = ChauThanhOneYear.models(history.asOf(ChauThanhOneYear.SEED_DATE));
        assertEquals(Map.of(VnRules.MODEL_DAN_VAN_MTTQ, 1, VnRules.MODEL_TUYEN_GIAO_TTBDCT, 1, VnRules.MODEL_BI_THU_XA_HDND, 16),
                atSeed);
        assertEquals(18, atSeed.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(66, ChauThanhOneYear.REPORTED_MODELS);
        // the models are real concurrent tenures of the district's people
        OrgStructure seed = history.asOf(ChauThanhOneYear.SEED_DATE);
        assertEquals(seed.holders(ChauThanh.TRUONG_BAN_TUYEN_GIAO), seed.holders(ChauThanh.GIAM_DOC_TTBDCT));
        assertEquals(seed.holders(ChauThanh.TRUONG_BAN_DAN_VAN), seed.holders(ChauThanh.CHU_TICH_UBMTTQ));
        assertEquals(18, seed.concurrentTenures().size());
        // after the mergers: 2 + 15
        assertEquals(17, ChauThanhOneYear.models(result.finalStructure()).values().stream().mapToInt(Integer::intValue).sum());
    }

    // ------------------------------------------------------------------ units

    @Test
    void counts_communes22to19_hamlets18to12_organizations123to108() {
        assertEquals(22.0, result.baselineMeasurements().get("admin-units.COMMUNE"));
        assertEquals(19.0, result.finalMeasurements().get("admin-units.COMMUNE"));
        assertEquals(18.0, result.baselineMeasurements().get("admin-units.VILLAGE"));
        assertEquals(12.0, result.finalMeasurements().get("admin-units.VILLAGE"));
        assertEquals(12.0, history.asOf(ChauThanhOneYear.SEED_DATE).unitsAt(Level.VILLAGE).size());
        // đầu mối: −1 population centre, −1 water board, −1 traffic board, −4 × 3 commune organizations
        assertEquals(123.0, result.baselineMeasurements().get("units"));
        assertEquals(108.0, result.finalMeasurements().get("units"));
        assertEquals(19, result.finalStructure().unitsOf(VnKinds.DANG_UY_XA).size());
        assertEquals(10, result.timeline().stream().filter(e -> e.step().isPresent() && e.applied()).count());
        assertTrue(result.failures().isEmpty());
    }

    @Test
    void lineage_ofTheMergedCommunes_predecessorsAndSuccessors() {
        for (Map.Entry<UnitId, UnitId> e : ChauThanhOneYear.COMMUNE_MERGERS.entrySet()) {
            UnitId absorbed = e.getKey();
            UnitId into = e.getValue();
            List<LineageStep> pre = history.predecessors(into);
            assertEquals(1, pre.size(), pre.toString());
            assertEquals(absorbed, pre.get(0).from());
            assertEquals(LinkKind.ABSORBED_INTO, pre.get(0).kind());
            assertEquals(COMMUNES, pre.get(0).date());
            assertEquals(ChangeType.COMPOUND, pre.get(0).type());
            assertEquals(List.of(into), history.successors(absorbed).stream().map(LineageStep::to).toList());
            assertEquals(List.of(into), history.currentSuccessors(absorbed));
            // the commune's organizations follow it
            for (String part : List.of("du", "hdnd", "ubnd", "mttq")) {
                assertEquals(List.of(ChauThanh.of(into, part)), history.currentSuccessors(ChauThanh.of(absorbed, part)), part);
                assertFalse(result.finalStructure().contains(ChauThanh.of(absorbed, part)));
            }
            assertTrue(history.asOf(LocalDate.of(2019, 11, 30)).contains(absorbed));
            assertFalse(history.current().contains(absorbed));
        }
        assertEquals("[ct.xa.giao-hoa ABSORBED_INTO ct.xa.giao-long on 2019-12-01 (v14, thay đổi tổng hợp)]",
                history.predecessors(ChauThanh.XA_GIAO_LONG).toString());
    }

    @Test
    void communeMerger_theAbsorbedCommunesLeadersBecomeDeputies_nobodyIsLost() {
        OrgStructure before = history.asOf(LocalDate.of(2019, 11, 30));
        OrgStructure after = result.finalStructure();
        PostId secretary = PostId.of("ct.xa.an-hoa.du.bt");
        PostId councilChair = PostId.of("ct.xa.an-hoa.hdnd.ct");
        var who = before.holders(secretary).get(0).id();
        assertEquals(before.holders(secretary), before.holders(councilChair), "An Hóa applied the model");
        assertEquals(ChauThanh.of(ChauThanh.XA_AN_PHUOC, "du"), after.post(secretary).unit());
        assertEquals(PostRole.DEPUTY, after.post(secretary).role());
        assertEquals("Phó Bí thư Đảng ủy xã", after.post(secretary).title());
        assertEquals(PostRole.DEPUTY, after.post(councilChair).role());
        assertEquals(2, after.postsOf(who).size());
        assertEquals(before.counts().people(), after.counts().people());
        // the two deputy posts held together are no listed model: an INFO the merger caused
        ValidationResult v = result.finalValidation();
        List<Violation> kiemNhiem = v.violationsOf("vn.nq18-2017.kiem-nhiem");
        assertEquals(1, kiemNhiem.size(), kiemNhiem.toString());
        assertEquals(Severity.INFO, kiemNhiem.get(0).severity());
        assertEquals(List.of(who), kiemNhiem.get(0).people());
    }

    @Test
    void hamlets_sixAbsorbedInFiveCommunes_theirHeadsBecomeDeputies() {
        OrgStructure seed = history.asOf(ChauThanhOneYear.SEED_DATE);
        for (Map.Entry<UnitId, UnitId> e : ChauThanhOneYear.HAMLET_MERGERS.entrySet()) {
            assertFalse(seed.contains(e.getKey()));
            assertEquals(List.of(e.getValue()), history.currentSuccessors(e.getKey()));
            assertEquals(history.initial().parent(e.getKey()), seed.parent(e.getValue()));
            assertEquals(1, seed.posts(e.getValue(), PostRole.DEPUTY).size(), e.getValue().value());
        }
        assertEquals(PostRole.DEPUTY, seed.post(PostId.of("ct.tt.chau-thanh.kp-4.tr")).role());
        assertEquals("Phó Trưởng khu phố", seed.post(PostId.of("ct.tt.chau-thanh.kp-4.tr")).title());
    }

    @Test
    void publicServiceUnits_absorbed_converted_dissolvedWithADisposition() {
        // sáp nhập: the population centre into the health centre, which continues
        assertEquals(List.of(ChauThanh.TRUNG_TAM_Y_TE), history.currentSuccessors(ChauThanh.TRUNG_TAM_DAN_SO));
        ChangeEvent absorb = history.eventsOf(ChauThanh.TRUNG_TAM_DAN_SO).get(0);
        assertEquals(ChangeType.ABSORB, absorb.type());
        OrgStructure after = result.finalStructure();
        assertEquals(156, after.unit(ChauThanh.TRUNG_TAM_Y_TE).staffQuota().getAsInt()); // ILLUSTRATIVE 150 + 6
        assertEquals(PostRole.DEPUTY, after.post(ChauThanh.GIAM_DOC_TTDS).role());

        // chuyển đổi: the water-supply board leaves the system with its staff
        ChangeEvent convert = history.eventsOf(ChauThanh.BAN_QL_NUOC_SINH_HOAT).get(0);
        assertEquals(ChangeType.CONVERT, convert.type());
        assertTrue(convert.becomes().orElseThrow().startsWith("Công ty cổ phần"));
        assertEquals(12, convert.quotaReleased());
        assertTrue(history.successors(ChauThanh.BAN_QL_NUOC_SINH_HOAT).isEmpty());

        // giải thể: the traffic works board; its deputy and its staff go to the Ban QLDA, the other posts are released
        ChangeEvent dissolve = history.eventsOf(ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG).get(0);
        assertEquals(ChangeType.DISSOLVE, dissolve.type());
        assertEquals(List.of(new StaffMove(Optional.of(ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG), Optional.of(ChauThanh.BAN_QLDA),
                7, 6)), dissolve.staff());
        assertEquals(ChauThanh.BAN_QLDA, after.post(ChauThanh.PHO_TRUONG_BAN_CTGT).unit());
        assertFalse(after.contains(ChauThanh.TRUONG_BAN_CTGT));
        assertFalse(after.contains(ChauThanh.KE_TOAN_CTGT));
        assertTrue(history.successors(ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG).isEmpty());
        // staff: only the converted board's leaves the district (ILLUSTRATIVE figures: quota 12, actual 12)
        assertEquals(result.baselineMeasurements().get("staff.quota") - 12, result.finalMeasurements().get("staff.quota"));
        assertEquals(351.0, result.baselineMeasurements().get("staff.actual"));
        assertEquals(339.0, result.finalMeasurements().get("staff.actual"));
    }

    // ------------------------------------------------------------------ rules and targets

    @Test
    void violations_beforeAndAfter_theYearResolvesTheMandatoryMergers() {
        Validator vn = Validator.of(VnRules.all());
        ValidationResult before = vn.validate(ChauThanh.structure());
        ValidationResult unchanged = vn.validate(ChauThanh.structure(COMMUNES));
        ValidationResult after = result.finalValidation();
        assertEquals(List.of(0, 0, 22), counts(before));
        assertEquals(List.of(0, 7, 23), counts(unchanged)); // Giao Hòa (NQ 653) and six hamlets (TT 14) must merge
        assertEquals(List.of(0, 0, 21), counts(after));
        Map<String, Long> resolved = byRule(after.resolvedSince(unchanged));
        assertEquals(Map.of("vn.nq653-2019.sap-xep-dvhc", 1L, "vn.tt14-2018.so-ho-thon-to-dan-pho", 6L,
                "vn.nq1211-2016.tieu-chuan-dvhc", 3L), resolved);
        assertEquals(Map.of("vn.nq18-2017.kiem-nhiem", 1L), byRule(after.appearedSince(unchanged)));
        assertEquals(0, result.timeline().stream().mapToInt(e -> e.validation().count(Severity.ERROR)).max().orElseThrow());
    }

    @Test
    void targets_allThreeMet() {
        assertEquals("3/3", result.targetsMet());
        assertTrue(result.target(ChauThanhOneYear.TARGET_COVERAGE).met());
        assertEquals(16.0, result.target(ChauThanhOneYear.TARGET_COVERAGE).value().getAsDouble());
        assertEquals(Optional.of(LocalDate.of(2018, 7, 1)), result.target(ChauThanhOneYear.TARGET_COVERAGE).metSince());
        assertEquals(12.0, result.target(ChauThanhOneYear.TARGET_HAMLETS).value().getAsDouble());
        assertEquals(19.0, result.target(ChauThanhOneYear.TARGET_COMMUNES).value().getAsDouble());
        assertEquals(Optional.of(COMMUNES), result.target(ChauThanhOneYear.TARGET_COMMUNES).metSince());
    }

    @Test
    void withoutTheCommuneMergers_theCommuneTargetIsMissed() {
        Scenario doneOnly = year.branch("Chỉ các việc đã thực hiện").remove(ChauThanhOneYear.GIAI_THE_CTGT)
                .remove(ChauThanhOneYear.GIAO_LONG_GIAO_HOA).remove(ChauThanhOneYear.AN_HOA_AN_PHUOC)
                .remove(ChauThanhOneYear.SON_HOA_AN_HIEP).build();
        SimulationResult r = Simulation.of(VnRules.all()).within(ChauThanh.DISTRICT).run(doneOnly);
        assertEquals("2/3", r.targetsMet());
        assertFalse(r.target(ChauThanhOneYear.TARGET_COMMUNES).met());
        assertEquals(22.0, r.finalMeasurements().get("admin-units.COMMUNE"));
    }

    @Test
    void badInput_isRefusedWithAClearMessage() {
        BomayException e = assertThrows(BomayException.class, () -> ChauThanhOneYear.secretaryChairsCouncil(null));
        assertTrue(e.getMessage().contains("ChauThanh.structure()"), e.getMessage());
        assertThrows(BomayException.class, () -> ChauThanhOneYear.models(null));
        assertThrows(BomayException.class, () -> year.step("no-such-step"));
    }

    private static List<Integer> counts(ValidationResult v) {
        return List.of(v.count(Severity.ERROR), v.count(Severity.WARNING), v.count(Severity.INFO));
    }

    private static Map<String, Long> byRule(List<Violation> vs) {
        return vs.stream().collect(Collectors.groupingBy(Violation::ruleId, Collectors.counting()));
    }
}
