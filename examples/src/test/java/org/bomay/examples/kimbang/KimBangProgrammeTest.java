package org.bomay.examples.kimbang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeException;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Relieve;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Step;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Metrics.Coverage;
import org.bomay.core.sim.MetricContext;
import org.bomay.core.sim.Target;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class KimBangProgrammeTest {
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 1);
    private static final List<String> IDS = List.of("dan-van-mttq", "tuyen-giao-ttbdct", "village-triple-post",
            "agri-stations", "office-merger", "health-transfer", "land-registry", "pilot-merger");
    private static final List<UnitId> STATIONS =
            List.of(KimBang.TRAM_TRONG_TROT, KimBang.TRAM_CHAN_NUOI, KimBang.TRAM_KHUYEN_NONG);

    private final Scenario programme = KimBangProgramme.scenario();
    private final OrgStructure before = KimBang.beforeProgramme();

    // ------------------------------------------------------------------ the scenario

    @Test
    void scenario_hasTheProgrammesDatedStepsAndAgencies() {
        assertEquals("Chương trình hành động Huyện ủy Kim Bảng thực hiện NQ 18-NQ/TW (2018)", programme.name());
        assertSame(programme, KimBangProgramme.scenario());
        assertSame(before, programme.baseline());
        assertEquals(Optional.empty(), programme.parent());
        assertEquals(IDS, programme.steps().stream().map(Step::id).toList());
        assertEquals(IDS, List.of(KimBangProgramme.DAN_VAN_MTTQ, KimBangProgramme.TUYEN_GIAO_TTBDCT,
                KimBangProgramme.VILLAGE_TRIPLE_POST, KimBangProgramme.AGRI_STATIONS, KimBangProgramme.OFFICE_MERGER,
                KimBangProgramme.HEALTH_TRANSFER, KimBangProgramme.LAND_REGISTRY, KimBangProgramme.PILOT_MERGER));

        LocalDate feb = LocalDate.of(2018, 2, 1);
        assertEquals(List.of(feb, feb, feb, LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1), LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 1, 1), LocalDate.of(2019, 7, 1)), programme.steps().stream().map(Step::date).toList());
        assertEquals(List.of("Ban Tổ chức Huyện ủy", "Ban Tổ chức Huyện ủy", "Ban Tổ chức Huyện ủy", "UBND huyện",
                "Ban Tổ chức Huyện ủy", "UBND huyện", "UBND huyện", "UBND huyện"),
                programme.steps().stream().map(Step::lead).toList());
        assertEquals(List.of(
                List.of("Ban Dân vận Huyện ủy", "Ủy ban MTTQ Việt Nam huyện"),
                List.of("Ban Tuyên giáo Huyện ủy", "Trung tâm Bồi dưỡng chính trị huyện"),
                List.of("Đảng ủy các xã, thị trấn", "Ủy ban MTTQ Việt Nam huyện"),
                List.of("Sở Nông nghiệp và Phát triển nông thôn", "Phòng Nội vụ"),
                List.of("Văn phòng Huyện ủy", "Văn phòng HĐND và UBND huyện"),
                List.of("Sở Y tế", "Phòng Nội vụ"),
                List.of("Sở Tài nguyên và Môi trường"),
                List.of("Phòng Nội vụ", "Phòng Nông nghiệp và PTNT")),
                programme.steps().stream().map(Step::partners).toList());
        assertEquals(List.of(Step.Status.DONE, Step.Status.DONE, Step.Status.DONE, Step.Status.APPROVED,
                Step.Status.APPROVED, Step.Status.APPROVED, Step.Status.APPROVED, Step.Status.PLANNED),
                programme.steps().stream().map(Step::status).toList());
        assertEquals(List.of("18-NQ/TW", "18-NQ/TW", "18-NQ/TW", "19-NQ/TW", "18-NQ/TW", "19-NQ/TW", "19-NQ/TW", "19-NQ/TW"),
                programme.steps().stream().map(s -> s.basis().orElseThrow().number()).toList());
        assertTrue(programme.step(KimBangProgramme.OFFICE_MERGER).basis().orElseThrow().title().startsWith("Một số vấn đề"));
        // one compound per model, one per village, four transfers, one change each for the rest
        assertEquals(List.of(1, 1, 40, 4, 1, 1, 1, 1), programme.steps().stream().map(s -> s.changes().size()).toList());
        assertEquals("Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ huyện",
                programme.step(KimBangProgramme.DAN_VAN_MTTQ).label());
        assertTrue(programme.step(KimBangProgramme.AGRI_STATIONS).label().contains("hoàn thành trước 30/6/2018"));
        assertEquals(List.of(ChangeType.TRANSFER), programme.step(KimBangProgramme.AGRI_STATIONS).changes().stream()
                .map(Change::type).distinct().toList());
        assertEquals(ChangeType.MERGE, programme.step(KimBangProgramme.PILOT_MERGER).changes().get(0).type());
        assertEquals(LocalDate.of(2021, 12, 31), programme.end()); // the staff target's deadline
    }

    @Test
    void scenario_hasTheFourTargetsWithinTheDistrict() {
        assertEquals(KimBangProgramme.targets(), programme.targets());
        assertEquals(List.of("Cấp phó trong khung quy định", "Giảm đầu mối",
                "Bí thư chi bộ đồng thời là trưởng thôn, tổ dân phố ở ít nhất 40 thôn, tổ dân phố",
                "Tinh giản biên chế 10% (NQ 18)"), programme.targets().stream().map(Target::label).toList());
        assertEquals(List.of("deputies.over-cap", "units", "model." + VnRules.MODEL_BI_THU_CHI_BO_TRUONG_THON, "staff.actual"),
                programme.targets().stream().map(t -> t.metric().key()).toList());
        assertEquals(List.of(Target.Comparator.AT_MOST, Target.Comparator.AT_MOST, Target.Comparator.AT_LEAST,
                Target.Comparator.AT_MOST), programme.targets().stream().map(Target::comparator).toList());
        assertEquals(List.of(0.0, -1.0, 40.0, -10.0), programme.targets().stream().map(Target::value).toList());
        assertEquals(List.of(Target.Basis.VALUE, Target.Basis.CHANGE, Target.Basis.VALUE, Target.Basis.PERCENT),
                programme.targets().stream().map(Target::basis).toList());
        assertEquals(List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2019, 12, 31), LocalDate.of(2018, 3, 1),
                LocalDate.of(2021, 12, 31)), programme.targets().stream().map(Target::deadline).toList());
        programme.targets().forEach(t -> assertEquals(Selector.any().within(KimBang.HUYEN), t.scope(), t.label()));

        // the village triple post, seen through its front-work-board half: none before, 40 of 46 after February
        ConcurrencyModel matTran = VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_CHI_BO_MAT_TRAN);
        History h = History.start(programme.baseline());
        for (Step s : programme.steps().subList(0, 3)) {
            h = h.applyAll(s.changes());
        }
        assertEquals(new Coverage(VnRules.MODEL_BI_THU_CHI_BO_MAT_TRAN, 0, 46),
                Metrics.coverage(MetricContext.of(before.withDate(MARCH)), matTran));
        assertEquals(new Coverage(VnRules.MODEL_BI_THU_CHI_BO_MAT_TRAN, 40, 46),
                Metrics.coverage(MetricContext.of(h.current().withDate(MARCH)).within(KimBangProgramme.DISTRICT), matTran));
        // đầu mối: three fewer once both mergers are done
        Metric units = programme.targets().get(1).metric();
        for (Step s : programme.steps().subList(3, 8)) {
            h = h.applyAll(s.changes());
        }
        double unitsBefore = units.value(MetricContext.of(before).within(KimBangProgramme.DISTRICT));
        assertEquals(unitsBefore - 3, units.value(MetricContext.of(h.current()).within(KimBangProgramme.DISTRICT)));
        assertTrue(programme.targets().get(1).holds(unitsBefore - 3, unitsBefore));
    }

    @Test
    void modelSteps_relieveTheOutgoingHoldersAndAppointConcurrently() {
        OrgStructure feb = before.withDate(KimBang.MODELS_FROM);
        Compound danVan = (Compound) programme.step(KimBangProgramme.DAN_VAN_MTTQ).changes().get(0);
        assertEquals(List.of(
                Relieve.of(KimBang.MODELS_FROM, holder(feb, KimBang.CHU_TICH_UBMTTQ), KimBang.CHU_TICH_UBMTTQ),
                Appoint.concurrent(KimBang.MODELS_FROM, holder(feb, KimBang.TRUONG_BAN_DAN_VAN), KimBang.CHU_TICH_UBMTTQ)),
                danVan.parts());
        assertEquals("18-NQ/TW", danVan.info().basis().orElseThrow().number());
        Compound tuyenGiao = (Compound) programme.step(KimBangProgramme.TUYEN_GIAO_TTBDCT).changes().get(0);
        assertEquals(List.of(ChangeType.RELIEVE, ChangeType.ASSIGN_CONCURRENT), tuyenGiao.parts().stream().map(Change::type).toList());
        assertEquals(KimBang.GIAM_DOC_TTBDCT, ((Appoint) tuyenGiao.parts().get(1)).post());
        assertEquals(holder(feb, KimBang.TRUONG_BAN_TUYEN_GIAO), ((Appoint) tuyenGiao.parts().get(1)).person());

        // 40 villages, each: two relieved, then the cell secretary appointed to both posts
        List<Change> villages = programme.step(KimBangProgramme.VILLAGE_TRIPLE_POST).changes();
        Set<UnitId> villageIds = new HashSet<>();
        for (Change c : villages) {
            Compound v = (Compound) c;
            assertEquals(List.of(ChangeType.RELIEVE, ChangeType.RELIEVE, ChangeType.ASSIGN_CONCURRENT,
                    ChangeType.ASSIGN_CONCURRENT),
                    v.parts().stream().map(Change::type).toList(), v.name());
            Appoint head = (Appoint) v.parts().get(2);
            UnitId village = feb.post(head.post()).unit();
            assertEquals(Level.VILLAGE, feb.unit(village).level());
            assertEquals(holder(feb, PostId.of(village.value() + ".cb.bt")), head.person());
            assertEquals(PostId.of(village.value() + ".bctmt.tb"), ((Appoint) v.parts().get(3)).post());
            assertTrue(v.name().endsWith(feb.unit(village).name()), v.name());
            villageIds.add(village);
        }
        assertEquals(40, villageIds.size());
        assertEquals(46, before.unitsAt(Level.VILLAGE).stream().filter(u -> u.kind().isTerritorial()).count());
    }

    // ------------------------------------------------------------------ applying it

    @Test
    void scenario_appliesStepByStepInAHistory() {
        History h = History.start(programme.baseline());
        for (Step s : programme.steps()) {
            h = h.applyAll(s.changes());
            assertEquals(s.date(), h.current().date(), s.id());
        }
        assertEquals(1 + 1 + 1 + 40 + 4 + 1 + 1 + 1 + 1, h.size());
        OrgStructure end = h.current();
        assertEquals(LocalDate.of(2019, 7, 1), end.date());

        // the transfers: everything under the UBND huyện; the Sở keep only the population centre
        assertEquals(Optional.of(KimBang.UBND), end.parent(KimBang.HAT_QUAN_LY_DE_DIEU).map(Unit::id));
        assertEquals(Optional.of(KimBang.UBND), end.parent(KimBang.TRUNG_TAM_Y_TE).map(Unit::id));
        assertEquals(Optional.of(KimBang.UBND), end.parent(KimBang.VAN_PHONG_DANG_KY_DAT_DAI).map(Unit::id));
        assertEquals(19, end.subtree(KimBang.TRUNG_TAM_Y_TE).size());
        assertTrue(end.children(KimBang.SO_NONG_NGHIEP).isEmpty());
        assertTrue(end.children(KimBang.SO_TAI_NGUYEN_MOI_TRUONG).isEmpty());
        assertEquals(List.of(KimBang.TRUNG_TAM_DAN_SO), ids(end.children(KimBang.SO_Y_TE)));

        // the mergers: two offices → one, three stations → one centre under the UBND
        assertFalse(end.contains(KimBang.VAN_PHONG_HUYEN_UY) || end.contains(KimBang.VAN_PHONG_HDND_UBND));
        assertEquals(Optional.of(KimBang.HUYEN_UY), end.parent(KimBangProgramme.VAN_PHONG_CHUNG).map(Unit::id));
        assertTrue(STATIONS.stream().noneMatch(end::contains));
        assertEquals(Optional.of(KimBang.UBND), end.parent(KimBangProgramme.TRUNG_TAM_DICH_VU_NONG_NGHIEP).map(Unit::id));
        assertEquals(18, end.unit(KimBangProgramme.TRUNG_TAM_DICH_VU_NONG_NGHIEP).staffQuota().getAsInt());
        assertEquals(List.of(holder(before.withDate(LocalDate.of(2019, 7, 1)), PostId.of("kb.tram-kn.tt"))),
                end.heads(KimBangProgramme.TRUNG_TAM_DICH_VU_NONG_NGHIEP).stream().map(Person::id).toList());
        assertEquals(List.of(holder(before.withDate(LocalDate.of(2018, 7, 1)), PostId.of("kb.hu.vp.cvp"))),
                end.heads(KimBangProgramme.VAN_PHONG_CHUNG).stream().map(Person::id).toList());
        assertEquals(before.counts().units() - 3, end.counts().units());
        assertEquals(before.counts().posts(), end.counts().posts());
        assertEquals(before.counts().people(), end.counts().people());
        assertEquals(before.counts().staffQuota(), end.counts().staffQuota());
        // the models stay in force: 6 standing seats + 5 commune chairs + 2 district models + 80 village posts
        assertEquals(93, end.concurrentTenures().size());
    }

    @Test
    void modelSteps_reproduceTheBuiltInModelsOfMarch2018() {
        History h = History.start(programme.baseline());
        for (String id : List.of(KimBangProgramme.DAN_VAN_MTTQ, KimBangProgramme.TUYEN_GIAO_TTBDCT,
                KimBangProgramme.VILLAGE_TRIPLE_POST)) {
            h = h.applyAll(programme.step(id).changes());
        }
        OrgStructure after = h.current().withDate(MARCH);
        OrgStructure builtIn = KimBang.structure(MARCH);

        // the posts of the models: the same holders as the built-in data
        List<PostId> modelPosts = builtIn.concurrentTenures().stream()
                .filter(t -> t.period().start().orElseThrow().equals(KimBang.MODELS_FROM)).map(Tenure::post).toList();
        assertEquals(82, modelPosts.size());
        assertTrue(modelPosts.containsAll(List.of(KimBang.CHU_TICH_UBMTTQ, KimBang.GIAM_DOC_TTBDCT)));
        for (PostId p : modelPosts) {
            assertEquals(holderIds(builtIn, p), holderIds(after, p), p.value());
        }
        assertEquals(holderIds(after, KimBang.TRUONG_BAN_DAN_VAN), holderIds(after, KimBang.CHU_TICH_UBMTTQ));
        assertEquals(93, after.concurrentTenures().size());
        assertEquals(builtIn.concurrentTenures().size(), after.concurrentTenures().size());
        assertEquals(Set.copyOf(builtIn.concurrentTenures()), Set.copyOf(after.concurrentTenures()));
        // and every other post too: the programme's steps on the baseline give the built-in data
        for (Post p : builtIn.posts()) {
            assertEquals(holderIds(builtIn, p.id()), holderIds(after, p.id()), p.id().value());
        }
        // before February the outgoing holders are still in office, in both
        OrgStructure january = h.asOf(LocalDate.of(2018, 1, 31));
        assertEquals(holderIds(KimBang.structure(LocalDate.of(2018, 1, 31)), KimBang.CHU_TICH_UBMTTQ),
                holderIds(january, KimBang.CHU_TICH_UBMTTQ));
        assertEquals(11, january.concurrentTenures().size());
    }

    @Test
    void modelSteps_cannotBeAppliedToTheBuiltInData_whereTheModelsAreAlreadyRecorded() {
        Change danVan = programme.step(KimBangProgramme.DAN_VAN_MTTQ).changes().get(0);
        ChangeException e = assertThrows(ChangeException.class, () -> History.start(KimBang.structure()).apply(danVan));
        PersonId outgoing = holder(before.withDate(KimBang.MODELS_FROM), KimBang.CHU_TICH_UBMTTQ);
        assertTrue(e.ids().contains(outgoing) || e.ids().contains(KimBang.CHU_TICH_UBMTTQ), e.ids().toString());
    }

    @Test
    void villageModelTarget_measuresFortyVillagesInMarch2018() {
        Metric village = programme.targets().get(2).metric();
        assertEquals(0.0, village.value(MetricContext.of(before.withDate(MARCH)).within(KimBangProgramme.DISTRICT)));
        assertEquals(40.0, village.value(MetricContext.of(KimBang.structure(MARCH)).within(KimBangProgramme.DISTRICT)));
    }

    // ------------------------------------------------------------------ the baseline

    @Test
    void beforeProgramme_isTheBuiltInDataWithoutTheModelTenures() {
        OrgStructure march = before.withDate(MARCH);
        OrgStructure builtIn = KimBang.structure(MARCH);
        assertSame(before, KimBang.beforeProgramme());
        assertEquals(KimBang.DATE, before.date());
        assertNotEquals(holderIds(march, KimBang.TRUONG_BAN_DAN_VAN), holderIds(march, KimBang.CHU_TICH_UBMTTQ));
        assertNotEquals(holderIds(march, KimBang.TRUONG_BAN_TUYEN_GIAO), holderIds(march, KimBang.GIAM_DOC_TTBDCT));
        assertEquals(11, march.concurrentTenures().size());
        assertEquals(11, before.concurrentTenures().size());
        assertEquals(93, builtIn.concurrentTenures().size());
        // the outgoing holders are the built-in data's holders of January, now open-ended
        assertEquals(holderIds(KimBang.structure(), KimBang.CHU_TICH_UBMTTQ), holderIds(march, KimBang.CHU_TICH_UBMTTQ));
        assertTrue(before.tenures(KimBang.CHU_TICH_UBMTTQ).stream().allMatch(t -> t.period().end().isEmpty()));
        // same ids, same people, 82 tenures fewer (the model tenures), none ending on MODELS_FROM
        assertEquals(KimBang.structure().unitIds(), before.unitIds());
        assertEquals(KimBang.structure().posts(), before.posts());
        assertEquals(KimBang.structure().people(), before.people());
        assertEquals(KimBang.structure().relations(), before.relations());
        assertEquals(KimBang.structure().tenures().size() - 82, before.tenures().size());
        assertTrue(before.tenures().stream().noneMatch(t -> t.period().start().equals(Optional.of(KimBang.MODELS_FROM))
                || t.period().end().equals(Optional.of(KimBang.MODELS_FROM))));
        // every post held on both dates, each by one person who holds it as their main post
        for (Post p : before.posts()) {
            if (!KimBang.VACANT_POSTS.contains(p.id())) {
                assertEquals(1, march.holders(p.id()).size(), p.id().value());
            }
        }
    }

    // ------------------------------------------------------------------ the branch and bad input

    @Test
    void withoutOfficeMerger_hasEveryStepButTheOfficeMerger_andNamesItsParent() {
        Scenario branch = KimBangProgramme.withoutOfficeMerger();
        assertSame(branch, KimBangProgramme.withoutOfficeMerger());
        assertEquals(KimBangProgramme.WITHOUT_OFFICE_MERGER_NAME, branch.name());
        assertTrue(branch.name().contains("không hợp nhất văn phòng"), branch.name());
        assertEquals(Optional.of(programme.name()), branch.parent());
        assertSame(before, branch.baseline());
        assertEquals(IDS.stream().filter(id -> !id.equals("office-merger")).toList(),
                branch.steps().stream().map(Step::id).toList());
        for (Step s : branch.steps()) {
            assertEquals(programme.step(s.id()), s);
        }
        History h = History.start(branch.baseline());
        for (Step s : branch.steps()) {
            h = h.applyAll(s.changes());
        }
        assertTrue(h.current().contains(KimBang.VAN_PHONG_HUYEN_UY) && h.current().contains(KimBang.VAN_PHONG_HDND_UBND));
        assertFalse(h.current().contains(KimBangProgramme.VAN_PHONG_CHUNG));
        assertEquals(before.counts().units() - 2, h.current().counts().units());
    }

    @Test
    void branch_removingAnUnknownStep_failsNamingTheIds() {
        BomayException e = assertThrows(BomayException.class,
                () -> programme.branch("Không hợp nhất").remove("office-merge"));
        assertTrue(e.getMessage().contains("office-merge;"), e.getMessage());
        assertTrue(e.getMessage().contains(IDS.toString()), e.getMessage());
        BomayException unknown = assertThrows(BomayException.class, () -> programme.step("merger"));
        assertTrue(unknown.getMessage().contains("pilot-merger"), unknown.getMessage());
        // a branch needs its own name, and two steps may not share an id
        assertThrows(BomayException.class, () -> programme.branch(programme.name()).build());
        assertThrows(BomayException.class,
                () -> programme.branch("Hai lần").step(programme.step(KimBangProgramme.LAND_REGISTRY)).build());
    }

    // ------------------------------------------------------------------ helpers

    private static PersonId holder(OrgStructure s, PostId post) {
        List<Person> hs = s.holders(post);
        assertEquals(1, hs.size(), "holders of " + post + " on " + s.date() + ": " + hs);
        return hs.get(0).id();
    }

    private static Set<PersonId> holderIds(OrgStructure s, PostId post) {
        return s.holders(post).stream().map(Person::id).collect(Collectors.toSet());
    }

    private static List<UnitId> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }
}
