package org.bomay.examples.hatinh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeEvent.UnitMove;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.history.LineageStep;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.TargetResult;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** Kết luận 55-KL/TU as a scenario: splits with lineage, new heads, transfers, targets and "do not spread". */
class HaTinh2022Test {
    private static final String KIEM_NHIEM = "vn.nq18-2017.kiem-nhiem";
    private static final Simulation SIM = Simulation.of(HaTinh2022.rules());
    private static final SimulationResult RUN = SIM.run(HaTinh2022.scenario());
    private static final SimulationResult SPREAD = SIM.run(HaTinh2022.withDanVanSpread());

    private final OrgStructure base = HaTinh.structure();
    private final History h = HaTinh2022.history();

    private static Set<UnitId> to(List<LineageStep> steps) {
        return steps.stream().map(LineageStep::to).collect(Collectors.toSet());
    }

    private static Set<PersonId> inOffice(OrgStructure s, UnitId unit) {
        return s.posts(unit).stream().flatMap(p -> s.holders(p.id()).stream()).map(Person::id).collect(Collectors.toSet());
    }

    private static PersonId holder(OrgStructure s, PostId post) {
        List<Person> hs = s.holders(post);
        assertEquals(1, hs.size(), post + " on " + s.date() + ": " + hs);
        return hs.get(0).id();
    }

    // ------------------------------------------------------------------ the scenario

    @Test
    void scenario_fiveDatedSteps_withLeadAgencyStatusAndBasis() {
        var sc = HaTinh2022.scenario();
        assertSame(sc, HaTinh2022.scenario());
        assertEquals(HaTinh2022.NAME, sc.name());
        assertSame(HaTinh.structure(), sc.baseline());
        assertEquals(List.of("duc-tho-split", "ky-anh-split", "duc-tho-heads", "ky-anh-heads", "enterprise-transfer"),
                sc.steps().stream().map(Step::id).toList());
        assertEquals(List.of(HaTinh2022.SPLIT_DATE, HaTinh2022.SPLIT_DATE, HaTinh2022.HEADS_DATE, HaTinh2022.HEADS_DATE,
                HaTinh2022.TRANSFER_DATE), sc.steps().stream().map(Step::date).toList());
        assertEquals(LocalDate.of(2022, 10, 31), HaTinh2022.SPLIT_DATE); // "hoàn thành trong tháng 10/2022"
        assertEquals("Ban Thường vụ Huyện ủy Đức Thọ", sc.step(HaTinh2022.DUC_THO_SPLIT).lead());
        assertEquals("Ban Thường vụ Huyện ủy Kỳ Anh", sc.step(HaTinh2022.KY_ANH_SPLIT).lead());
        assertEquals("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", sc.step(HaTinh2022.ENTERPRISE_TRANSFER).lead());
        assertTrue(sc.step(HaTinh2022.DUC_THO_SPLIT).partners().contains("Ban Tổ chức Tỉnh ủy"));
        assertEquals(Step.Status.APPROVED, sc.step(HaTinh2022.KY_ANH_SPLIT).status());
        assertEquals(Step.Status.PLANNED, sc.step(HaTinh2022.ENTERPRISE_TRANSFER).status());
        assertEquals("55-KL/TU", sc.step(HaTinh2022.DUC_THO_SPLIT).basis().orElseThrow().number());
        assertEquals(VnRules.TB_16_2022, sc.step(HaTinh2022.DUC_THO_HEADS).basis().orElseThrow());
        assertEquals(4, sc.targets().size());
    }

    @Test
    void history_decidedOnTheConference_effectiveLater() {
        assertEquals(7, h.size()); // the initial structure and six changes (two transfers in the last step)
        assertEquals(1, h.asDecided(HaTinh2022.KL55_DATE.minusDays(1)).size());
        assertEquals(7, h.asDecided(HaTinh2022.KL55_DATE).size());
        assertTrue(h.asOf(HaTinh2022.SPLIT_DATE.minusDays(1)).contains(HaTinh.TO_CHUC_NOI_VU));
        assertFalse(h.asOf(HaTinh2022.SPLIT_DATE).contains(HaTinh.TO_CHUC_NOI_VU));
        assertTrue(h.events().stream().allMatch(e -> e.info().basis().isPresent()));
    }

    // ------------------------------------------------------------------ splits and lineage

    @Test
    void ducThoSplit_eachMergedAgencyBecomesAPartyAgencyAndAStateOffice_withLineage() {
        Map<UnitId, List<UnitId>> parts = Map.of(
                HaTinh.TO_CHUC_NOI_VU, List.of(HaTinh2022.DT_BAN_TO_CHUC, HaTinh2022.DT_PHONG_NOI_VU),
                HaTinh.UBKT_THANH_TRA, List.of(HaTinh2022.DT_UBKT, HaTinh2022.DT_THANH_TRA),
                HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN, List.of(HaTinh2022.DT_VP_HUYEN_UY, HaTinh2022.DT_VP_HDND_UBND));
        OrgStructure after = h.asOf(HaTinh2022.SPLIT_DATE);
        for (var e : parts.entrySet()) {
            UnitId party = e.getValue().get(0);
            UnitId state = e.getValue().get(1);
            assertEquals(Set.copyOf(e.getValue()), to(h.successors(e.getKey())));
            assertEquals(e.getValue(), h.currentSuccessors(e.getKey()));
            for (UnitId part : e.getValue()) {
                List<LineageStep> pre = h.predecessors(part);
                assertEquals(List.of(e.getKey()), pre.stream().map(LineageStep::from).toList());
                assertEquals(LinkKind.SPLIT_INTO, pre.get(0).kind());
                assertEquals(HaTinh2022.SPLIT_DATE, pre.get(0).date());
            }
            assertEquals(Optional.of(HaTinh.DUC_THO_HUYEN_UY), after.parent(party).map(Unit::id));
            assertEquals(Pillar.PARTY, after.unit(party).pillar());
            assertEquals(Optional.of(HaTinh.DUC_THO_UBND), after.parent(state).map(Unit::id));
            assertEquals(Pillar.STATE, after.unit(state).pillar());
            // staff and people conserved
            Unit merged = base.unit(e.getKey());
            assertEquals(merged.staffQuota().getAsInt(),
                    after.unit(party).staffQuota().getAsInt() + after.unit(state).staffQuota().getAsInt());
            assertEquals(merged.actualStaff().getAsInt(),
                    after.unit(party).actualStaff().getAsInt() + after.unit(state).actualStaff().getAsInt());
            Set<PersonId> people = new HashSet<>(inOffice(after, party));
            people.addAll(inOffice(after, state));
            assertEquals(inOffice(base, e.getKey()), people);
        }
        assertEquals(List.of(HaTinh.DUC_THO_HUYEN_UY), after.related(HaTinh2022.DT_VP_HUYEN_UY, RelationType.SERVES)
                .stream().map(Unit::id).toList());
        assertEquals(Set.of(HaTinh.DUC_THO_HDND, HaTinh.DUC_THO_UBND), after.related(HaTinh2022.DT_VP_HDND_UBND,
                RelationType.SERVES).stream().map(Unit::id).collect(Collectors.toSet()));

        ChangeEvent e = h.events().get(0);
        assertEquals(ChangeType.COMPOUND, e.type());
        assertEquals(3, e.parts().size());
        assertEquals(6, e.established().size());
        assertEquals(3, e.ceased().size());
        assertEquals(HaTinh2022.KL55_DATE, e.info().decided().orElseThrow());
    }

    @Test
    void kyAnhSplit_banTuyenGiaoAndBanDanVan_underTheHuyenUy() {
        OrgStructure after = h.asOf(HaTinh2022.SPLIT_DATE);
        assertEquals(List.of(HaTinh2022.KA_BAN_TUYEN_GIAO, HaTinh2022.KA_BAN_DAN_VAN),
                after.children(HaTinh.KY_ANH_HUYEN_UY).stream().map(Unit::id).toList());
        assertEquals(Set.of(HaTinh2022.KA_BAN_TUYEN_GIAO, HaTinh2022.KA_BAN_DAN_VAN), to(h.successors(HaTinh.BAN_TUYEN_GIAO_DAN_VAN)));
        assertEquals(9, after.unit(HaTinh2022.KA_BAN_TUYEN_GIAO).staffQuota().getAsInt()
                + after.unit(HaTinh2022.KA_BAN_DAN_VAN).staffQuota().getAsInt());
        // right after the split the former head still heads both boards
        assertEquals(holder(after, HaTinh.TGDV_TRUONG_BAN_TUYEN_GIAO), holder(after, HaTinh.TGDV_TRUONG_BAN_DAN_VAN));
        assertEquals(HaTinh2022.KA_BAN_DAN_VAN, after.post(HaTinh.TGDV_TRUONG_BAN_DAN_VAN).unit());
    }

    @Test
    void organizations_fourMoreAfterTheSplits() {
        assertEquals(22, RUN.baselineMeasurements().get("units"));
        assertEquals(26, RUN.finalMeasurements().get("units"));
        OrgStructure end = RUN.finalStructure();
        assertEquals(14, end.unitsIn(HaTinh.DUC_THO).stream().filter(u -> !u.isTerritorial()).count());
        assertEquals(6, end.unitsIn(HaTinh.KY_ANH).stream().filter(u -> !u.isTerritorial()).count());
        assertEquals(base.counts().staffQuota(), end.counts().staffQuota());
        assertEquals(base.counts().actualStaff(), end.counts().actualStaff());
        assertEquals(base.counts().posts(), end.counts().posts());
    }

    // ------------------------------------------------------------------ heads

    @Test
    void heads_pausedConcurrentPostsFlaggedAfterTheSplit_resolvedWhenTheDeputiesTakeOver() {
        List<Violation> paused = RUN.entry(HaTinh2022.DUC_THO_SPLIT).caused().stream()
                .filter(v -> v.severity() == Severity.ERROR).toList();
        assertEquals(3, paused.size());
        assertTrue(paused.stream().allMatch(v -> v.ruleId().equals(KIEM_NHIEM) && v.messageVi().contains("đã tạm dừng")
                && v.messageVi().contains("(16-TB/TW)")), paused.toString());
        assertEquals(3, RUN.entry(HaTinh2022.DUC_THO_HEADS).resolved().size());
        assertEquals(0, RUN.entry(HaTinh2022.DUC_THO_HEADS).validation().count(Severity.ERROR));

        OrgStructure split = h.asOf(HaTinh2022.SPLIT_DATE);
        OrgStructure heads = h.asOf(HaTinh2022.HEADS_DATE);
        for (List<PostId> p : List.of(List.of(HaTinh.TCNV_TRUONG_PHONG, HaTinh.TCNV_PHO_TRUONG_PHONG, HaTinh.TCNV_TRUONG_BAN),
                List.of(HaTinh.UBKT_CHANH_THANH_TRA, HaTinh.UBKT_PHO_CHANH_THANH_TRA, HaTinh.UBKT_CHU_NHIEM),
                List.of(HaTinh.VP_CHANH_VP_HDND_UBND, HaTinh.VP_PHO_VP_HDND_UBND_1, HaTinh.VP_CHANH_VP_HUYEN_UY),
                List.of(HaTinh.TGDV_TRUONG_BAN_DAN_VAN, HaTinh.TGDV_PHO_TRUONG_BAN_2, HaTinh.TGDV_TRUONG_BAN_TUYEN_GIAO))) {
            PersonId deputy = holder(split, p.get(1));
            PersonId partyHead = holder(split, p.get(2));
            assertEquals(deputy, holder(heads, p.get(0)));
            assertTrue(heads.holders(p.get(1)).isEmpty());
            assertEquals(1, heads.postsOf(partyHead).size());
            assertEquals(1, heads.postsOf(deputy).size());
        }
        // only Đức Thọ's Dân vận = Front application remains concurrent
        assertEquals(5, base.concurrentTenures().size());
        assertEquals(1, heads.concurrentTenures().size());
        assertEquals(HaTinh.DUC_THO_CHU_TICH_MTTQ, heads.concurrentTenures().get(0).post());
    }

    // ------------------------------------------------------------------ transfers

    @Test
    void enterpriseTransfers_narrowAreaOrganizationsMoveToTheirDistrict_theOtherStays() {
        List<?> changes = HaTinh2022.enterpriseTransfers(base, HaTinh2022.TRANSFER_DATE);
        assertEquals(2, changes.size());
        OrgStructure end = RUN.finalStructure();
        assertEquals(List.of(HaTinh.DANG_BO_CONG_TY_C), end.children(HaTinh.DANG_BO_KHOI).stream().map(Unit::id).toList());
        Map<UnitId, UnitId> moved = Map.of(HaTinh.DANG_BO_CONG_TY_A, HaTinh.DUC_THO, HaTinh.CHI_BO_CONG_TY_B, HaTinh.KY_ANH);
        for (var e : moved.entrySet()) {
            Unit u = end.unit(e.getKey());
            assertEquals(Level.DISTRICT, u.level());
            assertEquals(Optional.of(e.getValue()), u.territory());
            assertEquals(Pillar.PARTY, end.parent(u.id()).orElseThrow().pillar());
            assertEquals(Optional.of(e.getValue()), end.parent(u.id()).orElseThrow().territory());
            assertEquals(base.posts(u.id()), end.posts(u.id()));
            assertEquals(inOffice(base, u.id()), inOffice(end, u.id()));
        }
        assertEquals(Optional.of(HaTinh.DANG_BO_CONG_TY_A), end.parent(HaTinh.CHI_BO_CONG_TY_A).map(Unit::id));
        assertEquals(Level.DISTRICT, end.unit(HaTinh.CHI_BO_CONG_TY_A).level());
        assertEquals(Level.PROVINCE, end.unit(HaTinh.DANG_BO_CONG_TY_C).level());

        List<ChangeEvent> events = RUN.entry(HaTinh2022.ENTERPRISE_TRANSFER).events();
        assertEquals(2, events.size());
        List<UnitMove> parents = events.stream().flatMap(e -> e.parts().stream()).flatMap(p -> p.children().stream()).toList();
        assertEquals(List.of(new UnitMove(HaTinh.DANG_BO_CONG_TY_A, Optional.of(HaTinh.DANG_BO_KHOI), Optional.of(HaTinh.DUC_THO_HUYEN_UY)),
                new UnitMove(HaTinh.CHI_BO_CONG_TY_B, Optional.of(HaTinh.DANG_BO_KHOI), Optional.of(HaTinh.KY_ANH_HUYEN_UY))), parents);
        assertTrue(events.stream().allMatch(e -> e.links().isEmpty() && e.ceased().isEmpty()));
        assertEquals(List.of(ChangeType.TRANSFER, ChangeType.TRANSFER), events.get(0).parts().stream().map(ChangeEvent::type).toList());
    }

    @Test
    void enterpriseTransfers_rejectsBadInput() {
        assertThrows(BomayException.class, () -> HaTinh2022.enterpriseTransfers(null, HaTinh2022.TRANSFER_DATE));
        assertThrows(BomayException.class, () -> HaTinh2022.enterpriseTransfers(base, null));
        OrgStructure noBloc = base.toBuilder().remove(HaTinh.CHI_BO_CONG_TY_A).remove(HaTinh.DANG_BO_CONG_TY_A)
                .remove(HaTinh.CHI_BO_CONG_TY_B).remove(HaTinh.DANG_BO_CONG_TY_C).remove(HaTinh.DANG_BO_KHOI).build();
        BomayException e = assertThrows(BomayException.class,
                () -> HaTinh2022.enterpriseTransfers(noBloc, HaTinh2022.TRANSFER_DATE));
        assertTrue(e.getMessage().contains("ht.tu.dbk"), e.getMessage());
        // after the transfers nothing is left to move
        assertTrue(HaTinh2022.enterpriseTransfers(RUN.finalStructure(), LocalDate.of(2023, 1, 1)).isEmpty());
    }

    // ------------------------------------------------------------------ targets

    @Test
    void targets_allFourMet_withTheDatesTheyWereMetFrom() {
        assertEquals("4/4", RUN.targetsMet());
        assertFalse(RUN.stopped());
        assertEquals(Optional.of(HaTinh2022.SPLIT_DATE), RUN.target(HaTinh2022.TARGET_MERGED_AGENCIES).metSince());
        assertEquals(Optional.of(HaTinh2022.HEADS_DATE), RUN.target(HaTinh2022.TARGET_CONCURRENT).metSince());
        assertEquals(Optional.of(HaTinh.DATE), RUN.target(HaTinh2022.TARGET_NOT_SPREAD).metSince());
        assertEquals(Optional.of(HaTinh2022.TRANSFER_DATE), RUN.target(HaTinh2022.TARGET_ENTERPRISES).metSince());
        assertEquals(2, RUN.target(HaTinh2022.TARGET_ENTERPRISES).baseline());
        assertEquals(4, RUN.target(HaTinh2022.TARGET_CONCURRENT).baseline());
        assertEquals(0, RUN.finalValidation().count(Severity.ERROR));
        assertEquals(0, RUN.finalValidation().count(Severity.WARNING));
    }

    // ------------------------------------------------------------------ do not spread

    @Test
    void doNotSpread_isTheProvincesScopedDatedStandingOfTheModel() {
        ConcurrencyModel m = HaTinh2022.doNotSpread().model(VnRules.MODEL_DAN_VAN_MTTQ);
        ConcurrencyModel.Status last = m.statuses().get(m.statuses().size() - 1);
        assertEquals(ConcurrencyModel.Standing.NOT_TO_SPREAD, last.standing());
        assertEquals(Set.of(HaTinh.TINH), last.scope());
        assertEquals(Optional.of(LocalDate.of(2022, 8, 10)), last.period().start());
        assertEquals(HaTinh2022.KL55, last.source().orElseThrow());
        assertEquals(VnRules.all().size(), HaTinh2022.rules().size());
        assertSame(HaTinh2022.doNotSpread(), HaTinh2022.rules().rule(KIEM_NHIEM));
    }

    @Test
    void doNotSpread_flagsTheNewApplicationInKyAnh_notTheExistingOneInDucTho() {
        assertEquals(HaTinh2022.SPREAD_NAME, HaTinh2022.withDanVanSpread().name());
        assertEquals(Optional.of(HaTinh2022.NAME), HaTinh2022.withDanVanSpread().parent());
        OrgStructure end = SPREAD.finalStructure();
        PersonId kyAnh = holder(end, HaTinh.TGDV_TRUONG_BAN_DAN_VAN);
        assertEquals(kyAnh, holder(end, HaTinh.KY_ANH_CHU_TICH_MTTQ));
        PersonId ducTho = holder(end, HaTinh.DUC_THO_TRUONG_BAN_DAN_VAN);
        assertEquals(ducTho, holder(end, HaTinh.DUC_THO_CHU_TICH_MTTQ));

        List<Violation> found = SPREAD.finalValidation().violationsOf(KIEM_NHIEM);
        assertEquals(1, found.size());
        Violation v = found.get(0);
        assertEquals(Severity.ERROR, v.severity());
        assertEquals(List.of(kyAnh), v.people());
        assertTrue(v.units().contains(HaTinh2022.KA_BAN_DAN_VAN), v.units().toString());
        assertTrue(v.messageVi().contains("không được nhân rộng ở nơi chưa thực hiện từ 10/08/2022 (55-KL/TU)"), v.messageVi());
        assertTrue(SPREAD.finalValidation().violationsAbout(ducTho).isEmpty());
        assertEquals(1, SPREAD.entry(HaTinh2022.KY_ANH_DAN_VAN_MTTQ).caused().size());

        assertEquals(TargetResult.Status.MISSED, SPREAD.target(HaTinh2022.TARGET_NOT_SPREAD).status());
        assertEquals(TargetResult.Status.MISSED, SPREAD.target(HaTinh2022.TARGET_CONCURRENT).status());
        assertEquals(2, SPREAD.finalMeasurements().get("model." + VnRules.MODEL_DAN_VAN_MTTQ));
        assertEquals(1, RUN.finalMeasurements().get("model." + VnRules.MODEL_DAN_VAN_MTTQ));
    }

    @Test
    void doNotSpread_withoutTheProvincesDecision_theSameBranchIsAccepted() {
        SimulationResult plain = Simulation.of(VnRules.all()).run(HaTinh2022.withDanVanSpread());
        assertTrue(plain.finalValidation().violationsOf(KIEM_NHIEM).isEmpty());
        // and outside the province's scope or before its date the standing is the national one
        ConcurrencyModel m = HaTinh2022.doNotSpread().model(VnRules.MODEL_DAN_VAN_MTTQ);
        assertEquals(ConcurrencyModel.Standing.ALLOWED, m.statuses().get(0).standing());
        assertTrue(m.statuses().get(0).scope().isEmpty());
    }

    @Test
    void posts_keepTheirIdsAcrossTheSplit() {
        OrgStructure end = RUN.finalStructure();
        Post p = end.post(HaTinh.TCNV_TRUONG_PHONG);
        assertEquals(HaTinh2022.DT_PHONG_NOI_VU, p.unit());
        assertEquals("Trưởng phòng Nội vụ", p.title());
    }
}
