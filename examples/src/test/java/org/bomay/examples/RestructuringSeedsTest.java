package org.bomay.examples;

import static org.bomay.core.model.Level.COMMUNE;
import static org.bomay.core.model.Level.DISTRICT;
import static org.bomay.core.model.Level.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeEvent.PostMove;
import org.bomay.core.change.ChangeEvent.StaffMove;
import org.bomay.core.change.ChangeEvent.UnitLink;
import org.bomay.core.change.ChangeEvent.UnitMove;
import org.bomay.core.change.ChangeException;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Convert;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.change.Transfer;
import org.bomay.core.history.History;
import org.bomay.core.history.LineageStep;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.TenureType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.structure.StructureCounts;
import org.bomay.examples.kimbang.KimBang;
import org.bomay.examples.seeds.ChauThanhFixture;
import org.bomay.examples.seeds.HaTinhFixture;
import org.junit.jupiter.api.Test;

/**
 * The restructurings of the seeds, applied with the core's changes and checked for lineage and
 * conservation: Kim Bảng 2018 (seed 000) on the built-in example, Châu Thành 2018–2019 (seed 001)
 * and Hà Tĩnh 2022 (seed 004, Kết luận 55-KL/TU) on the small fixtures of
 * {@code org.bomay.examples.seeds}. Units and places are real, people fictitious; effective and
 * decision dates that the seeds do not give are ILLUSTRATIVE and marked so below.
 */
class RestructuringSeedsTest {

    // ------------------------------------------------------------------ Kim Bảng (seed 000): dates and changes

    /** Seed 000: the stations are to be taken over "hoàn thành trước 30/6/2018"; the day itself is ILLUSTRATIVE. */
    private static final LocalDate KB_STATIONS_MERGED = LocalDate.of(2018, 6, 30);
    /** ILLUSTRATIVE: the decision on the stations (the seed gives none). */
    private static final LocalDate KB_STATIONS_DECIDED = LocalDate.of(2018, 4, 16);
    /** ILLUSTRATIVE: the seed schedules the office merger (hợp nhất) but gives no date. */
    private static final LocalDate KB_OFFICES_MERGED = LocalDate.of(2018, 7, 1);
    /** ILLUSTRATIVE: the decision on the office merger. */
    private static final LocalDate KB_OFFICES_DECIDED = LocalDate.of(2018, 5, 15);
    /**
     * ILLUSTRATIVE: seed 000 lists the take-over of the health centre and the 18 commune health
     * stations among the tasks of "6 tháng cuối năm 2018 và năm 2019" (the 30/6/2018 deadline is
     * the agricultural stations' and the dyke unit's), so the transfer is dated 2019-01-01.
     */
    private static final LocalDate KB_HEALTH_TRANSFERRED = LocalDate.of(2019, 1, 1);
    /** ILLUSTRATIVE: the decision on the health centre. */
    private static final LocalDate KB_HEALTH_DECIDED = LocalDate.of(2018, 11, 20);

    /** The merged office (a new unit, so a new id). */
    private static final UnitId KB_VAN_PHONG_CHUNG = UnitId.of("kb.vp-hu-hdnd-ubnd");
    /** The agricultural services centre formed from the three stations. */
    private static final UnitId KB_TT_DICH_VU_NONG_NGHIEP = UnitId.of("kb.ttdvnn");

    private static final PostId KB_CVP_HUYEN_UY = PostId.of("kb.hu.vp.cvp");
    private static final PostId KB_CVP_HDND_UBND = PostId.of("kb.ubnd.vp.cvp");
    private static final List<UnitId> KB_STATIONS =
            List.of(KimBang.TRAM_TRONG_TROT, KimBang.TRAM_CHAN_NUOI, KimBang.TRAM_KHUYEN_NONG);

    private static final String NQ18 = "18-NQ/TW";
    private static final String NQ18_TITLE = "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị"
            + " tinh gọn, hoạt động hiệu lực, hiệu quả";
    private static final String NQ19 = "19-NQ/TW";
    private static final String NQ19_TITLE = "Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả"
            + " hoạt động của các đơn vị sự nghiệp công lập";

    private final OrgStructure kb = KimBang.structure();

    /** hợp nhất: Văn phòng Huyện ủy + Văn phòng HĐND và UBND huyện → one office, headed by the party office's chief. */
    private Merge kbOfficeMerger() {
        Unit office = Unit.builder(KB_VAN_PHONG_CHUNG, "Văn phòng Huyện ủy – HĐND – UBND huyện Kim Bảng",
                VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN, DISTRICT).territory(KimBang.HUYEN).build();
        return Merge.of(KB_OFFICES_MERGED, List.of(KimBang.VAN_PHONG_HUYEN_UY, KimBang.VAN_PHONG_HDND_UBND), office)
                .withHead(holder(kb.withDate(KB_OFFICES_MERGED), KB_CVP_HUYEN_UY))
                .basis(NQ18, NQ18_TITLE)
                .decided(KB_OFFICES_DECIDED)
                .note("Hợp nhất văn phòng cấp ủy với văn phòng HĐND, UBND huyện (seed 000)");
    }

    /**
     * tiếp nhận + hợp nhất: the three stations of the provincial Sở Nông nghiệp và PTNT become one
     * district centre under the UBND huyện, headed by the Trạm trưởng Trạm Khuyến nông (an ILLUSTRATIVE choice).
     */
    private Merge kbStationsMerger() {
        Unit centre = Unit.builder(KB_TT_DICH_VU_NONG_NGHIEP, "Trung tâm Dịch vụ nông nghiệp huyện Kim Bảng",
                VnKinds.TRUNG_TAM_SU_NGHIEP, DISTRICT).territory(KimBang.HUYEN).build();
        return Merge.of(KB_STATIONS_MERGED, KB_STATIONS, centre)
                .withParent(KimBang.UBND)
                .withHead(holder(kb.withDate(KB_STATIONS_MERGED), PostId.of("kb.tram-kn.tt")))
                .basis(NQ19, NQ19_TITLE)
                .decided(KB_STATIONS_DECIDED);
    }

    /** tiếp nhận: the Trung tâm Y tế huyện, with its 18 Trạm Y tế, from Sở Y tế to the UBND huyện. */
    private Transfer kbHealthTransfer() {
        return (Transfer) Transfer.of(KB_HEALTH_TRANSFERRED, KimBang.TRUNG_TAM_Y_TE, KimBang.UBND)
                .basis(NQ19, NQ19_TITLE)
                .decided(KB_HEALTH_DECIDED);
    }

    private static List<UnitId> kbHealthStations() {
        return KimBang.COMMUNES.stream().map(c -> UnitId.of(c.value() + ".tyt")).toList();
    }

    // ------------------------------------------------------------------ Kim Bảng: the office merger

    @Test
    void kimBang_officeMerger_namedHeadLeads_otherHeadBecomesDeputy_sumsAndPeopleConserved() {
        OrgStructure before = kb.withDate(KB_OFFICES_MERGED);
        PersonId partyChief = holder(before, KB_CVP_HUYEN_UY);
        PersonId stateChief = holder(before, KB_CVP_HDND_UBND);
        Set<PostId> postsBefore = union(postIds(before, KimBang.VAN_PHONG_HUYEN_UY), postIds(before, KimBang.VAN_PHONG_HDND_UBND));
        Set<PersonId> peopleBefore =
                union(inOffice(before, KimBang.VAN_PHONG_HUYEN_UY), inOffice(before, KimBang.VAN_PHONG_HDND_UBND));
        assertEquals(6, postsBefore.size());
        assertEquals(6, peopleBefore.size());

        Applied a = kbOfficeMerger().applyTo(kb);
        OrgStructure after = a.structure();
        assertEquals(KB_OFFICES_MERGED, after.date());

        // the sources cease, the new office sits where the first source sat
        assertFalse(after.contains(KimBang.VAN_PHONG_HUYEN_UY));
        assertFalse(after.contains(KimBang.VAN_PHONG_HDND_UBND));
        Unit vp = after.unit(KB_VAN_PHONG_CHUNG);
        assertEquals(Optional.of(KimBang.HUYEN_UY), after.parent(KB_VAN_PHONG_CHUNG).map(Unit::id));
        assertEquals(Pillar.PARTY, vp.pillar());
        assertEquals(DISTRICT, vp.level());
        assertEquals(Optional.of(KimBang.HUYEN), vp.territory());
        assertEquals(LocalDate.of(2018, 7, 1), vp.validity().start().orElseThrow());

        // quota and staff are the sums (ILLUSTRATIVE figures of the example: 11 + 18, 10 + 17)
        assertEquals(29, vp.staffQuota().getAsInt());
        assertEquals(27, vp.actualStaff().getAsInt());

        // the named head heads it; the other former head is now a deputy ("Phó ...")
        assertEquals(List.of(partyChief), personIds(after.heads(KB_VAN_PHONG_CHUNG)));
        Post demoted = after.post(KB_CVP_HDND_UBND);
        assertEquals(KB_VAN_PHONG_CHUNG, demoted.unit());
        assertEquals(PostRole.DEPUTY, demoted.role());
        assertEquals("Phó Chánh Văn phòng HĐND và UBND huyện", demoted.title());
        assertEquals(stateChief, holder(after, KB_CVP_HDND_UBND));
        assertEquals(1, after.posts(KB_VAN_PHONG_CHUNG, PostRole.HEAD).size());
        assertEquals(5, after.posts(KB_VAN_PHONG_CHUNG, PostRole.DEPUTY).size());

        // posts and people conserved
        assertEquals(postsBefore, postIds(after, KB_VAN_PHONG_CHUNG));
        assertEquals(peopleBefore, inOffice(after, KB_VAN_PHONG_CHUNG));
        StructureCounts c0 = before.counts();
        StructureCounts c1 = after.counts();
        assertEquals(c0.units() - 1, c1.units());
        assertEquals(c0.posts(), c1.posts());
        assertEquals(c0.people(), c1.people());
        assertEquals(c0.staffQuota(), c1.staffQuota());
        assertEquals(c0.actualStaff(), c1.actualStaff());
        assertEquals(c0.holdersByRole().get(PostRole.HEAD) - 1, c1.holdersByRole().get(PostRole.HEAD));

        // SERVES redirected: the one office serves the Huyện ủy, the HĐND and the UBND
        assertEquals(Set.of(KimBang.HUYEN_UY, KimBang.HDND, KimBang.UBND),
                Set.copyOf(ids(after.related(KB_VAN_PHONG_CHUNG, RelationType.SERVES))));
        for (UnitId served : List.of(KimBang.HUYEN_UY, KimBang.HDND, KimBang.UBND)) {
            assertEquals(List.of(KB_VAN_PHONG_CHUNG), ids(after.relatedTo(served, RelationType.SERVES)));
        }

        // the event
        ChangeEvent e = a.event();
        assertEquals(ChangeType.MERGE, e.type());
        assertEquals(List.of(KimBang.VAN_PHONG_HUYEN_UY, KimBang.VAN_PHONG_HDND_UBND), e.originals());
        assertEquals(List.of(KB_VAN_PHONG_CHUNG), e.results());
        assertEquals(List.of(KB_VAN_PHONG_CHUNG), e.established());
        assertEquals(Set.of(KimBang.VAN_PHONG_HUYEN_UY, KimBang.VAN_PHONG_HDND_UBND), Set.copyOf(e.ceased()));
        assertEquals(Set.of(new UnitLink(KimBang.VAN_PHONG_HUYEN_UY, KB_VAN_PHONG_CHUNG, LinkKind.MERGED_INTO),
                new UnitLink(KimBang.VAN_PHONG_HDND_UBND, KB_VAN_PHONG_CHUNG, LinkKind.MERGED_INTO)), Set.copyOf(e.links()));
        assertEquals(postsBefore, e.posts().stream().map(PostMove::post).collect(Collectors.toSet()));
        assertTrue(e.posts().stream().allMatch(m -> m.to().equals(Optional.of(KB_VAN_PHONG_CHUNG))));
        List<PostMove> roleChanges = e.posts().stream().filter(m -> m.roleBefore() != m.roleAfter()).toList();
        assertEquals(List.of(new PostMove(KB_CVP_HDND_UBND, KimBang.VAN_PHONG_HDND_UBND, Optional.of(KB_VAN_PHONG_CHUNG),
                PostRole.HEAD, PostRole.DEPUTY)), roleChanges);
        assertEquals(peopleBefore, e.people().stream().map(ChangeEvent.PersonMove::person).collect(Collectors.toSet()));
        assertEquals(Set.of(new StaffMove(Optional.of(KimBang.VAN_PHONG_HUYEN_UY), Optional.of(KB_VAN_PHONG_CHUNG), 11, 10),
                new StaffMove(Optional.of(KimBang.VAN_PHONG_HDND_UBND), Optional.of(KB_VAN_PHONG_CHUNG), 18, 17)),
                Set.copyOf(e.staff()));
        assertEquals(0, e.quotaReleased());
        assertEquals(3, e.relationsRemoved().size());
        assertEquals(Set.of(Relation.of(RelationType.SERVES, KB_VAN_PHONG_CHUNG, KimBang.HUYEN_UY),
                Relation.of(RelationType.SERVES, KB_VAN_PHONG_CHUNG, KimBang.HDND),
                Relation.of(RelationType.SERVES, KB_VAN_PHONG_CHUNG, KimBang.UBND)), Set.copyOf(e.relationsAdded()));
        assertEquals(NQ18, e.info().basis().orElseThrow().number());
        assertEquals(Optional.of(KB_OFFICES_DECIDED), e.info().decided());

        // lineage in a history
        History h = History.start(kb).apply(kbOfficeMerger());
        List<LineageStep> successors = h.successors(KimBang.VAN_PHONG_HDND_UBND);
        assertEquals(1, successors.size());
        LineageStep step = successors.get(0);
        assertEquals(KB_VAN_PHONG_CHUNG, step.to());
        assertEquals(LinkKind.MERGED_INTO, step.kind());
        assertEquals(KB_OFFICES_MERGED, step.date());
        assertEquals(1, step.version());
        assertEquals(ChangeType.MERGE, step.type());
        assertEquals(Set.of(KimBang.VAN_PHONG_HUYEN_UY, KimBang.VAN_PHONG_HDND_UBND),
                h.predecessors(KB_VAN_PHONG_CHUNG).stream().map(LineageStep::from).collect(Collectors.toSet()));
        assertEquals(List.of(KB_VAN_PHONG_CHUNG), h.currentSuccessors(KimBang.VAN_PHONG_HUYEN_UY));
    }

    @Test
    void kimBang_officeMerger_withoutNamedHead_failsNamingBothHeadsPosts() {
        Merge noHead = new Merge(kbOfficeMerger().info(), kbOfficeMerger().sources(), kbOfficeMerger().result(),
                Optional.empty(), Optional.empty());
        ChangeException e = assertThrows(ChangeException.class, () -> noHead.applyTo(kb));
        assertTrue(e.ids().containsAll(List.of(KB_CVP_HUYEN_UY, KB_CVP_HDND_UBND)), e.ids().toString());
        assertTrue(e.reason().contains("withHead"), e.reason());
        assertTrue(e.getMessage().contains("hợp nhất"), e.getMessage());

        // naming someone who heads neither office fails too, naming that person
        PersonId chairman = holder(kb.withDate(KB_OFFICES_MERGED), KimBang.CHU_TICH_UBND);
        ChangeException wrong = assertThrows(ChangeException.class, () -> kbOfficeMerger().withHead(chairman).applyTo(kb));
        assertEquals(List.of(chairman), wrong.ids());
    }

    // ------------------------------------------------------------------ Kim Bảng: the agricultural stations

    @Test
    void kimBang_stationsMerger_threeProvincialStationsBecomeOneDistrictCentreUnderUbnd() {
        OrgStructure before = kb.withDate(KB_STATIONS_MERGED);
        // what the kinds allow: stations and the centre exist at district level; the Sở only at province level
        assertEquals(Set.of(DISTRICT), VnKinds.TRAM.levels());
        assertTrue(VnKinds.TRUNG_TAM_SU_NGHIEP.allows(DISTRICT));
        assertEquals(Set.of(PROVINCE), VnKinds.SO.levels());
        for (UnitId station : KB_STATIONS) {
            assertEquals(Optional.of(KimBang.SO_NONG_NGHIEP), before.parent(station).map(Unit::id));
            assertEquals(DISTRICT, before.unit(station).level());
        }
        assertEquals(PROVINCE, before.unit(KimBang.SO_NONG_NGHIEP).level());
        Set<PersonId> people = new HashSet<>();
        Set<PostId> posts = new HashSet<>();
        KB_STATIONS.forEach(st -> {
            people.addAll(inOffice(before, st));
            posts.addAll(postIds(before, st));
        });
        assertEquals(6, people.size());
        PersonId khuyenNong = holder(before, PostId.of("kb.tram-kn.tt"));

        Applied a = kbStationsMerger().applyTo(kb);
        OrgStructure after = a.structure();

        Unit centre = after.unit(KB_TT_DICH_VU_NONG_NGHIEP);
        assertEquals(Optional.of(KimBang.UBND), after.parent(KB_TT_DICH_VU_NONG_NGHIEP).map(Unit::id));
        assertEquals(DISTRICT, centre.level());
        assertEquals(after.unit(KimBang.UBND).level(), centre.level());
        assertEquals(Pillar.STATE, centre.pillar());
        assertTrue(KB_STATIONS.stream().noneMatch(after::contains));
        // the Sở keeps only the dyke unit; the UBND huyện gains the centre
        assertEquals(List.of(KimBang.HAT_QUAN_LY_DE_DIEU), ids(after.children(KimBang.SO_NONG_NGHIEP)));
        assertTrue(ids(after.children(KimBang.UBND)).contains(KB_TT_DICH_VU_NONG_NGHIEP));
        // ILLUSTRATIVE figures of the example: 6 + 7 + 5, 5 + 6 + 5
        assertEquals(18, centre.staffQuota().getAsInt());
        assertEquals(16, centre.actualStaff().getAsInt());
        assertEquals(List.of(khuyenNong), personIds(after.heads(KB_TT_DICH_VU_NONG_NGHIEP)));
        assertEquals(1, after.posts(KB_TT_DICH_VU_NONG_NGHIEP, PostRole.HEAD).size());
        assertEquals(5, after.posts(KB_TT_DICH_VU_NONG_NGHIEP, PostRole.DEPUTY).size());
        assertEquals(PostRole.DEPUTY, after.post(PostId.of("kb.tram-tt-bvtv.tt")).role());
        assertEquals("Phó Trạm trưởng Trạm Chăn nuôi và Thú y", after.post(PostId.of("kb.tram-cn-ty.tt")).title());
        assertEquals(posts, postIds(after, KB_TT_DICH_VU_NONG_NGHIEP));
        assertEquals(people, inOffice(after, KB_TT_DICH_VU_NONG_NGHIEP));

        ChangeEvent e = a.event();
        assertEquals(KB_STATIONS, e.originals());
        assertEquals(3, e.links().size());
        assertTrue(e.links().stream().allMatch(l -> l.kind() == LinkKind.MERGED_INTO && l.to().equals(KB_TT_DICH_VU_NONG_NGHIEP)));
        assertEquals(2, e.posts().stream().filter(m -> m.roleBefore() == PostRole.HEAD && m.roleAfter() == PostRole.DEPUTY).count());
        assertEquals(18, e.staff().stream().mapToInt(StaffMove::quota).sum());

        // a centre placed at province level cannot sit under the district UBND: the change names it
        Unit provincial = Unit.builder(UnitId.of("kb.ttdvnn-tinh"), "Trung tâm Dịch vụ nông nghiệp",
                VnKinds.TRUNG_TAM_SU_NGHIEP, PROVINCE).build();
        ChangeException wrongLevel = assertThrows(ChangeException.class, () -> Merge.of(KB_STATIONS_MERGED, KB_STATIONS,
                provincial).withParent(KimBang.UBND).withHead(khuyenNong).applyTo(kb));
        assertTrue(wrongLevel.ids().contains(UnitId.of("kb.ttdvnn-tinh")), wrongLevel.ids().toString());
        assertTrue(wrongLevel.ids().contains(KimBang.UBND), wrongLevel.ids().toString());
        // and a station's kind cannot exist at commune level at all
        assertThrows(BomayException.class,
                () -> Unit.of(UnitId.of("kb.tram-x"), "Trạm Khuyến nông xã", VnKinds.TRAM, COMMUNE));
    }

    // ------------------------------------------------------------------ Kim Bảng: the health centre

    @Test
    void kimBang_healthCentreTransfer_movesCentreWithAll18StationsToUbnd_subtreeIntact() {
        List<UnitId> stations = kbHealthStations();
        assertEquals(18, stations.size());
        List<UnitId> subtreeBefore = ids(kb.subtree(KimBang.TRUNG_TAM_Y_TE));
        assertEquals(19, subtreeBefore.size());
        assertEquals(Set.copyOf(stations), Set.copyOf(subtreeBefore.subList(1, 19)));
        assertTrue(ids(kb.subtree(KimBang.SO_Y_TE)).containsAll(subtreeBefore));
        // both parents are STATE, the level does not change: no acrossPillars(), no toLevel()
        assertEquals(Pillar.STATE, kb.unit(KimBang.SO_Y_TE).pillar());
        assertEquals(Pillar.STATE, kb.unit(KimBang.UBND).pillar());
        assertEquals(Set.of(DISTRICT), VnKinds.TRUNG_TAM_Y_TE.levels());
        assertEquals(Set.of(COMMUNE), VnKinds.TRAM_Y_TE.levels());

        Applied a = kbHealthTransfer().applyTo(kb);
        OrgStructure after = a.structure();

        assertEquals(Optional.of(KimBang.UBND), after.parent(KimBang.TRUNG_TAM_Y_TE).map(Unit::id));
        assertEquals(subtreeBefore, ids(after.subtree(KimBang.TRUNG_TAM_Y_TE)));
        assertTrue(ids(after.subtree(KimBang.UBND)).containsAll(subtreeBefore));
        assertTrue(ids(after.subtree(KimBang.SO_Y_TE)).stream().noneMatch(subtreeBefore::contains));
        assertEquals(List.of(KimBang.SO_Y_TE, KimBang.TRUNG_TAM_DAN_SO), ids(after.subtree(KimBang.SO_Y_TE)));
        for (UnitId u : subtreeBefore) {
            assertEquals(kb.unit(u), after.unit(u), "unit unchanged: " + u);
            assertEquals(kb.posts(u), after.posts(u), "posts unchanged: " + u);
        }
        for (UnitId st : stations) {
            assertEquals(Optional.of(KimBang.TRUNG_TAM_Y_TE), after.parent(st).map(Unit::id));
            assertEquals(COMMUNE, after.unit(st).level());
        }
        assertEquals(DISTRICT, after.unit(KimBang.TRUNG_TAM_Y_TE).level());
        assertEquals(kb.counts().units(), after.counts().units());
        assertEquals(kb.counts().posts(), after.counts().posts());

        ChangeEvent e = a.event();
        assertEquals(ChangeType.TRANSFER, e.type());
        assertEquals(List.of(KimBang.TRUNG_TAM_Y_TE), e.originals());
        assertEquals(List.of(KimBang.TRUNG_TAM_Y_TE), e.results());
        assertEquals(List.of(new UnitMove(KimBang.TRUNG_TAM_Y_TE, Optional.of(KimBang.SO_Y_TE), Optional.of(KimBang.UBND))),
                e.children());
        assertTrue(e.ceased().isEmpty());
        assertTrue(e.established().isEmpty());
        assertTrue(e.links().isEmpty());
        assertTrue(e.posts().isEmpty());

        // under a party committee it would cross pillars: refused unless asked for explicitly
        ChangeException cross = assertThrows(ChangeException.class,
                () -> Transfer.of(KB_HEALTH_TRANSFERRED, KimBang.TRUNG_TAM_Y_TE, KimBang.HUYEN_UY).applyTo(kb));
        assertEquals(List.of(KimBang.TRUNG_TAM_Y_TE, KimBang.HUYEN_UY), cross.ids());
        assertTrue(cross.reason().contains("acrossPillars"), cross.reason());
    }

    // ------------------------------------------------------------------ Kim Bảng: history

    @Test
    void kimBang_history_asOfAsDecidedUndoAndNoReusedIds() {
        History h = History.start(kb).apply(kbStationsMerger()).apply(kbOfficeMerger()).apply(kbHealthTransfer());
        assertEquals(4, h.size());
        assertEquals(List.of(ChangeType.MERGE, ChangeType.MERGE, ChangeType.TRANSFER),
                h.events().stream().map(ChangeEvent::type).toList());

        // asOf: before, between and after the changes
        OrgStructure march = h.asOf(LocalDate.of(2018, 3, 1));
        assertTrue(march.sameContent(kb));
        assertTrue(march.contains(KimBang.TRAM_KHUYEN_NONG) && march.contains(KimBang.VAN_PHONG_HUYEN_UY));
        assertFalse(march.contains(KB_TT_DICH_VU_NONG_NGHIEP));
        OrgStructure lastDayOfJune = h.asOf(KB_STATIONS_MERGED);
        assertTrue(lastDayOfJune.contains(KB_TT_DICH_VU_NONG_NGHIEP));
        assertFalse(lastDayOfJune.contains(KimBang.TRAM_KHUYEN_NONG));
        assertTrue(lastDayOfJune.contains(KimBang.VAN_PHONG_HUYEN_UY));
        OrgStructure december = h.asOf(LocalDate.of(2018, 12, 31));
        assertEquals(LocalDate.of(2018, 12, 31), december.date());
        assertTrue(december.contains(KB_VAN_PHONG_CHUNG));
        assertFalse(december.contains(KimBang.VAN_PHONG_HUYEN_UY));
        assertEquals(Optional.of(KimBang.SO_Y_TE), december.parent(KimBang.TRUNG_TAM_Y_TE).map(Unit::id));
        assertEquals(Optional.of(KimBang.UBND), h.asOf(KB_HEALTH_TRANSFERRED).parent(KimBang.TRUNG_TAM_Y_TE).map(Unit::id));
        assertEquals(2, h.versionAsOf(LocalDate.of(2018, 12, 31)).index());
        assertThrows(BomayException.class, () -> h.asOf(LocalDate.of(2017, 12, 31)));

        // asDecided: only what was decided by then, with its own (possibly later) effective date
        History april = h.asDecided(LocalDate.of(2018, 4, 30));
        assertEquals(2, april.size());
        assertTrue(april.current().contains(KB_TT_DICH_VU_NONG_NGHIEP));
        assertTrue(april.current().contains(KimBang.VAN_PHONG_HUYEN_UY));
        History may = h.asDecided(LocalDate.of(2018, 5, 31));
        assertEquals(3, may.size());
        assertEquals(KB_OFFICES_MERGED, may.current().date()); // decided in May, in force from July
        assertTrue(may.current().contains(KB_VAN_PHONG_CHUNG));
        assertEquals(Optional.of(KimBang.SO_Y_TE), may.current().parent(KimBang.TRUNG_TAM_Y_TE).map(Unit::id));
        assertEquals(4, h.asDecided(KB_HEALTH_DECIDED).size());
        assertEquals(1, h.asDecided(LocalDate.of(2018, 1, 31)).size());

        // undo the transfer: a new version with the structure before it; nothing erased
        History undone = h.undo(LocalDate.of(2019, 3, 1));
        assertEquals(5, undone.size());
        assertTrue(undone.current().sameContent(h.version(2).structure()));
        assertEquals(LocalDate.of(2019, 3, 1), undone.current().date());
        assertEquals(Optional.of(KimBang.SO_Y_TE), undone.current().parent(KimBang.TRUNG_TAM_Y_TE).map(Unit::id));
        assertEquals(ChangeType.UNDO, undone.version(4).event().orElseThrow().type());
        assertEquals(Optional.of(KimBang.UBND),
                undone.asOf(LocalDate.of(2019, 2, 1)).parent(KimBang.TRUNG_TAM_Y_TE).map(Unit::id));
        assertEquals(4, h.size()); // the old history is unchanged

        // undo a merger: the sources come back, linked RESTORED_AS
        History merged = History.start(kb).apply(kbOfficeMerger());
        History back = merged.undo(LocalDate.of(2018, 8, 1));
        assertTrue(back.current().contains(KimBang.VAN_PHONG_HUYEN_UY));
        assertTrue(back.current().contains(KimBang.VAN_PHONG_HDND_UBND));
        assertFalse(back.current().contains(KB_VAN_PHONG_CHUNG));
        assertTrue(back.current().sameContent(kb));
        assertEquals(Set.of(new UnitLink(KB_VAN_PHONG_CHUNG, KimBang.VAN_PHONG_HUYEN_UY, LinkKind.RESTORED_AS),
                new UnitLink(KB_VAN_PHONG_CHUNG, KimBang.VAN_PHONG_HDND_UBND, LinkKind.RESTORED_AS)),
                Set.copyOf(back.events().get(1).links()));
        assertEquals(List.of(KimBang.VAN_PHONG_HUYEN_UY), back.currentSuccessors(KimBang.VAN_PHONG_HUYEN_UY));

        // unit ids are never reused: merging again under the same id after the undo is rejected
        Merge again = kbOfficeMerger().withInfo(kbOfficeMerger().info().withEffective(LocalDate.of(2018, 9, 1)));
        BomayException reuse = assertThrows(BomayException.class, () -> back.apply(again));
        assertTrue(reuse.getMessage().contains(KB_VAN_PHONG_CHUNG.value()), reuse.getMessage());
        assertTrue(reuse.getMessage().contains("never reused"), reuse.getMessage());
        assertTrue(back.hasUsed(KB_VAN_PHONG_CHUNG));

        // nor can a split give a part the id of a unit that ceased earlier
        Unit oldId = Unit.builder(KimBang.TRAM_KHUYEN_NONG, "Trạm Khuyến nông huyện Kim Bảng", VnKinds.TRAM, DISTRICT)
                .territory(KimBang.HUYEN).build();
        Unit newId = Unit.builder(UnitId.of("kb.tt-khac"), "Trung tâm Dịch vụ nông nghiệp (phần còn lại)",
                VnKinds.TRUNG_TAM_SU_NGHIEP, DISTRICT).territory(KimBang.HUYEN).build();
        OrgStructure cur = h.current();
        Split resplit = Split.ceasing(LocalDate.of(2019, 6, 1), KB_TT_DICH_VU_NONG_NGHIEP,
                SplitPart.of(oldId).posts(PostId.of("kb.tram-kn.tt")).staff(5, 5),
                SplitPart.of(newId).posts(postIds(cur, KB_TT_DICH_VU_NONG_NGHIEP).stream()
                        .filter(p -> !p.equals(PostId.of("kb.tram-kn.tt"))).toArray(PostId[]::new)).staff(13, 11));
        BomayException reuse2 = assertThrows(BomayException.class, () -> h.apply(resplit));
        assertTrue(reuse2.getMessage().contains(KimBang.TRAM_KHUYEN_NONG.value()), reuse2.getMessage());
        assertFalse(h.current().contains(KimBang.TRAM_KHUYEN_NONG));
        assertThrows(BomayException.class, () -> h.apply(Establish.of(LocalDate.of(2019, 6, 1), oldId, KimBang.UBND)));

        // changes go in the order of their effective dates
        BomayException early = assertThrows(BomayException.class,
                () -> h.apply(Transfer.of(LocalDate.of(2018, 12, 1), KimBang.TRUNG_TAM_DAN_SO, KimBang.UBND)));
        assertTrue(early.getMessage().contains("2018-12-01"), early.getMessage());
    }

    // ------------------------------------------------------------------ Châu Thành (seed 001)

    /** ILLUSTRATIVE: seed 001 (11/02/2019) reports these as done without dates. */
    private static final LocalDate CT_DONE = LocalDate.of(2018, 10, 1);
    /** ILLUSTRATIVE: the dissolution was being prepared ("xây dựng Đề án giải thể") in 2/2019. */
    private static final LocalDate CT_DISSOLVED = LocalDate.of(2019, 7, 1);

    private final OrgStructure ct = ChauThanhFixture.structure();

    @Test
    void chauThanh_populationCentreAbsorbedIntoHealthCentre_healthCentreHeadStays_otherBecomesDeputy() {
        OrgStructure before = ct.withDate(CT_DONE);
        assertEquals(ChauThanhFixture.NGUYEN_VAN_AN, holder(before, ChauThanhFixture.GIAM_DOC_TTYT));
        assertEquals(ChauThanhFixture.TRAN_THI_BINH, holder(before, ChauThanhFixture.GIAM_DOC_TTDS));
        Set<PostId> posts = union(postIds(before, ChauThanhFixture.TRUNG_TAM_Y_TE),
                postIds(before, ChauThanhFixture.TRUNG_TAM_DAN_SO));
        Set<PersonId> people = union(inOffice(before, ChauThanhFixture.TRUNG_TAM_Y_TE),
                inOffice(before, ChauThanhFixture.TRUNG_TAM_DAN_SO));

        Absorb absorb = (Absorb) Absorb.of(CT_DONE, ChauThanhFixture.TRUNG_TAM_Y_TE, ChauThanhFixture.TRUNG_TAM_DAN_SO)
                .basis(NQ19, NQ19_TITLE)
                .note("Sáp nhập Trung tâm Dân số - Kế hoạch hóa gia đình vào Trung tâm Y tế (seed 001)");
        Applied a = absorb.applyTo(ct);
        OrgStructure after = a.structure();

        assertFalse(after.contains(ChauThanhFixture.TRUNG_TAM_DAN_SO));
        Unit ttyt = after.unit(ChauThanhFixture.TRUNG_TAM_Y_TE);
        assertEquals(ct.unit(ChauThanhFixture.TRUNG_TAM_Y_TE).validity(), ttyt.validity()); // it continues
        assertEquals(156, ttyt.staffQuota().getAsInt()); // ILLUSTRATIVE 150 + 6
        assertEquals(147, ttyt.actualStaff().getAsInt()); // ILLUSTRATIVE 142 + 5
        assertEquals(List.of(ChauThanhFixture.NGUYEN_VAN_AN), personIds(after.heads(ChauThanhFixture.TRUNG_TAM_Y_TE)));
        Post former = after.post(ChauThanhFixture.GIAM_DOC_TTDS);
        assertEquals(ChauThanhFixture.TRUNG_TAM_Y_TE, former.unit());
        assertEquals(PostRole.DEPUTY, former.role());
        assertEquals("Phó Giám đốc Trung tâm Dân số – Kế hoạch hóa gia đình huyện", former.title());
        assertEquals(ChauThanhFixture.TRAN_THI_BINH, holder(after, ChauThanhFixture.GIAM_DOC_TTDS));
        assertEquals(posts, postIds(after, ChauThanhFixture.TRUNG_TAM_Y_TE));
        assertEquals(people, inOffice(after, ChauThanhFixture.TRUNG_TAM_Y_TE));
        assertEquals(3, after.posts(ChauThanhFixture.TRUNG_TAM_Y_TE, PostRole.DEPUTY).size());
        assertEquals(List.of(ChauThanhFixture.TRAM_Y_TE_GIAO_LONG), ids(after.children(ChauThanhFixture.TRUNG_TAM_Y_TE)));
        assertEquals(List.of(ChauThanhFixture.TRUNG_TAM_Y_TE), ids(after.children(ChauThanhFixture.SO_Y_TE)));
        assertEquals(ct.counts().units() - 1, after.counts().units());
        assertEquals(ct.counts().posts(), after.counts().posts());
        assertEquals(ct.counts().staffQuota(), after.counts().staffQuota());

        ChangeEvent e = a.event();
        assertEquals(ChangeType.ABSORB, e.type());
        assertEquals("sáp nhập", e.type().vietnamese());
        assertEquals(List.of(ChauThanhFixture.TRUNG_TAM_Y_TE, ChauThanhFixture.TRUNG_TAM_DAN_SO), e.originals());
        assertEquals(List.of(ChauThanhFixture.TRUNG_TAM_Y_TE), e.results());
        assertEquals(List.of(ChauThanhFixture.TRUNG_TAM_DAN_SO), e.ceased());
        assertTrue(e.established().isEmpty());
        assertEquals(List.of(new UnitLink(ChauThanhFixture.TRUNG_TAM_DAN_SO, ChauThanhFixture.TRUNG_TAM_Y_TE,
                LinkKind.ABSORBED_INTO)), e.links());
        assertEquals(List.of(new StaffMove(Optional.of(ChauThanhFixture.TRUNG_TAM_DAN_SO),
                Optional.of(ChauThanhFixture.TRUNG_TAM_Y_TE), 6, 5)), e.staff());
        assertEquals(2, e.posts().size()); // the population centre's two posts moved; the health centre's stayed

        // naming the absorbed centre's head instead: the health centre's head becomes the deputy
        Applied other = absorb.withHead(ChauThanhFixture.TRAN_THI_BINH).applyTo(ct);
        assertEquals(List.of(ChauThanhFixture.TRAN_THI_BINH),
                personIds(other.structure().heads(ChauThanhFixture.TRUNG_TAM_Y_TE)));
        assertEquals(PostRole.DEPUTY, other.structure().post(ChauThanhFixture.GIAM_DOC_TTYT).role());
        assertEquals("Phó Giám đốc Trung tâm Y tế huyện", other.structure().post(ChauThanhFixture.GIAM_DOC_TTYT).title());

        // a deputy cannot be named head
        PersonId deputy = holder(before, ChauThanhFixture.PHO_GIAM_DOC_TTDS);
        ChangeException notAHead = assertThrows(ChangeException.class, () -> absorb.withHead(deputy).applyTo(ct));
        assertEquals(List.of(deputy), notAHead.ids());

        // lineage
        History h = History.start(ct).apply(absorb);
        assertEquals(List.of(ChauThanhFixture.TRUNG_TAM_Y_TE), h.currentSuccessors(ChauThanhFixture.TRUNG_TAM_DAN_SO));
        assertEquals(LinkKind.ABSORBED_INTO, h.successors(ChauThanhFixture.TRUNG_TAM_DAN_SO).get(0).kind());
    }

    @Test
    void chauThanh_trafficWorksBoardDissolved_nothingDisappearsSilently() {
        UnitId board = ChauThanhFixture.BAN_QL_CONG_TRINH_GIAO_THONG;
        Set<PostId> boardPosts = Set.of(ChauThanhFixture.TRUONG_BAN_CTGT, ChauThanhFixture.PHO_TRUONG_BAN_CTGT,
                ChauThanhFixture.KE_TOAN_CTGT);
        assertEquals(boardPosts, postIds(ct, board));

        // without a disposition: refused, naming every post that has no destination
        ChangeException none = assertThrows(ChangeException.class,
                () -> Dissolve.of(CT_DISSOLVED, board, Disposition.none()).applyTo(ct));
        assertEquals(boardPosts, Set.copyOf(none.ids()));
        for (PostId p : boardPosts) {
            assertTrue(none.getMessage().contains(p.value()), none.getMessage());
        }
        assertTrue(none.getMessage().contains("giải thể"), none.getMessage());

        // posts disposed of but not the staff: refused, naming the unit and its staff
        ChangeException noStaff = assertThrows(ChangeException.class, () -> Dissolve.of(CT_DISSOLVED, board,
                Disposition.none().releaseAllOtherPosts()).applyTo(ct));
        assertEquals(List.of(board), noStaff.ids());
        assertTrue(noStaff.reason().contains("staff quota (7)") && noStaff.reason().contains("staff (6)"), noStaff.reason());

        // a post that is not the board's: refused
        assertThrows(ChangeException.class, () -> Dissolve.of(CT_DISSOLVED, board, Disposition.none()
                .movePost(ChauThanhFixture.GIAM_DOC_TTYT, ChauThanhFixture.BAN_QLDA).releaseAllOtherPosts().releaseStaff())
                .applyTo(ct));

        // the deputy and the staff go to the Ban Quản lý dự án đầu tư xây dựng; the head's and the accountant's posts are released
        OrgStructure before = ct.withDate(CT_DISSOLVED);
        PersonId truongBan = holder(before, ChauThanhFixture.TRUONG_BAN_CTGT);
        PersonId phoTruongBan = holder(before, ChauThanhFixture.PHO_TRUONG_BAN_CTGT);
        PersonId keToan = holder(before, ChauThanhFixture.KE_TOAN_CTGT);
        Dissolve dissolve = (Dissolve) Dissolve.of(CT_DISSOLVED, board, Disposition.none()
                        .movePost(ChauThanhFixture.PHO_TRUONG_BAN_CTGT, ChauThanhFixture.BAN_QLDA)
                        .releasePosts(ChauThanhFixture.TRUONG_BAN_CTGT)
                        .releaseAllOtherPosts()
                        .staffTo(ChauThanhFixture.BAN_QLDA))
                .basis(NQ19, NQ19_TITLE)
                .note("Đề án giải thể Ban Quản lý công trình giao thông và đô thị huyện (seed 001)");
        Applied a = dissolve.applyTo(ct);
        OrgStructure after = a.structure();

        assertFalse(after.contains(board));
        assertFalse(ids(after.children(ChauThanhFixture.UBND)).contains(board));
        assertEquals(ChauThanhFixture.BAN_QLDA, after.post(ChauThanhFixture.PHO_TRUONG_BAN_CTGT).unit());
        assertEquals(phoTruongBan, holder(after, ChauThanhFixture.PHO_TRUONG_BAN_CTGT));
        assertFalse(after.contains(ChauThanhFixture.TRUONG_BAN_CTGT));
        assertFalse(after.contains(ChauThanhFixture.KE_TOAN_CTGT));
        // the people stay in the record, without a post
        assertTrue(after.contains(truongBan) && after.contains(keToan));
        assertTrue(after.postsOf(truongBan).isEmpty());
        assertTrue(after.postsOf(keToan).isEmpty());
        Unit qlda = after.unit(ChauThanhFixture.BAN_QLDA);
        assertEquals(17, qlda.staffQuota().getAsInt()); // ILLUSTRATIVE 10 + 7
        assertEquals(15, qlda.actualStaff().getAsInt()); // ILLUSTRATIVE 9 + 6
        assertEquals(ct.counts().staffQuota(), after.counts().staffQuota());
        assertEquals(ct.counts().posts() - 2, after.counts().posts());
        assertEquals(ct.counts().people(), after.counts().people());

        ChangeEvent e = a.event();
        assertEquals(ChangeType.DISSOLVE, e.type());
        assertEquals(List.of(board), e.originals());
        assertEquals(List.of(board), e.ceased());
        assertTrue(e.results().isEmpty());
        assertTrue(e.links().isEmpty()); // no successor: dissolved, not merged
        // every post of the board has a recorded destination
        assertEquals(boardPosts, e.posts().stream().map(PostMove::post).collect(Collectors.toSet()));
        assertEquals(Set.of(ChauThanhFixture.TRUONG_BAN_CTGT, ChauThanhFixture.KE_TOAN_CTGT),
                e.posts().stream().filter(m -> m.to().isEmpty()).map(PostMove::post).collect(Collectors.toSet()));
        assertEquals(Set.of(truongBan, keToan), e.people().stream().filter(m -> m.toPost().isEmpty())
                .map(ChangeEvent.PersonMove::person).collect(Collectors.toSet()));
        assertEquals(Set.of(phoTruongBan), e.people().stream().filter(m -> m.toPost().isPresent())
                .map(ChangeEvent.PersonMove::person).collect(Collectors.toSet()));
        assertEquals(List.of(new StaffMove(Optional.of(board), Optional.of(ChauThanhFixture.BAN_QLDA), 7, 6)), e.staff());
        assertEquals(0, e.quotaReleased());

        History h = History.start(ct).apply(dissolve);
        assertTrue(h.successors(board).isEmpty());
        assertTrue(h.currentSuccessors(board).isEmpty());
        assertEquals(List.of(ChangeType.DISSOLVE), h.eventsOf(board).stream().map(ChangeEvent::type).toList());
    }

    @Test
    void chauThanh_waterSupplyBoardConvertedToJointStockCompany_leavesTheSystemWithStaffReleased() {
        UnitId board = ChauThanhFixture.BAN_QL_NUOC_SINH_HOAT;
        // ILLUSTRATIVE: the seed says only "sang công ty cổ phần"; the company's name is made up
        String company = "Công ty cổ phần Cấp nước Châu Thành";
        OrgStructure before = ct.withDate(CT_DONE);
        Set<PersonId> staffInOffice = inOffice(before, board);
        assertEquals(2, staffInOffice.size());

        // the staff must be accounted for
        ChangeException silent = assertThrows(ChangeException.class,
                () -> Convert.of(CT_DONE, board, company, Disposition.none().releaseAllOtherPosts()).applyTo(ct));
        assertEquals(List.of(board), silent.ids());

        Convert convert = (Convert) Convert.of(CT_DONE, board, company,
                        Disposition.none().releaseAllOtherPosts().releaseStaff())
                .basis(NQ19, NQ19_TITLE);
        Applied a = convert.applyTo(ct);
        OrgStructure after = a.structure();

        assertFalse(after.contains(board));
        assertFalse(after.contains(ChauThanhFixture.TRUONG_BAN_NUOC));
        assertFalse(after.contains(ChauThanhFixture.PHO_TRUONG_BAN_NUOC));
        assertTrue(after.find("nước sinh hoạt").isEmpty());
        assertEquals(ct.counts().staffQuota() - 12, after.counts().staffQuota()); // ILLUSTRATIVE quota 12
        assertEquals(ct.counts().actualStaff() - 12, after.counts().actualStaff());
        assertEquals(ct.counts().organizations() - 1, after.counts().organizations());

        ChangeEvent e = a.event();
        assertEquals(ChangeType.CONVERT, e.type());
        assertEquals("chuyển đổi", e.type().vietnamese());
        assertEquals(Optional.of(company), e.becomes());
        assertEquals(List.of(board), e.ceased());
        assertTrue(e.results().isEmpty());
        assertEquals(List.of(new StaffMove(Optional.of(board), Optional.empty(), 12, 12)), e.staff());
        assertEquals(12, e.quotaReleased());
        assertEquals(Set.of(ChauThanhFixture.TRUONG_BAN_NUOC, ChauThanhFixture.PHO_TRUONG_BAN_NUOC),
                e.posts().stream().filter(m -> m.to().isEmpty()).map(PostMove::post).collect(Collectors.toSet()));
        assertEquals(staffInOffice, e.people().stream().filter(m -> m.toPost().isEmpty())
                .map(ChangeEvent.PersonMove::person).collect(Collectors.toSet()));
        assertTrue(e.describe().contains("becomes: " + company), e.describe());
    }

    // ------------------------------------------------------------------ Hà Tĩnh 2022 (seed 004, Kết luận 55-KL/TU)

    /** ILLUSTRATIVE: the splits are to be "hoàn thành trong tháng 10/2022"; the effective day is made up. */
    private static final LocalDate HT_SPLIT = LocalDate.of(2022, 10, 31);
    /** ILLUSTRATIVE: the day of Kết luận 55-KL/TU is not in the seed (after the conference of 10/8/2022). */
    private static final LocalDate HT_KL55 = LocalDate.of(2022, 8, 25);
    private static final String KL55 = "55-KL/TU";
    private static final String KL55_TITLE = "Thực hiện Thông báo Kết luận số 16-KL/TW ngày 7/7/2022 của Bộ Chính trị về thực"
            + " hiện một số mô hình thí điểm theo Nghị quyết số 18-NQ/TW";

    private static final UnitId DT_BAN_TO_CHUC = UnitId.of("ht.dt.hu.btc");
    private static final UnitId DT_PHONG_NOI_VU = UnitId.of("ht.dt.ubnd.noi-vu");
    private static final UnitId DT_UBKT = UnitId.of("ht.dt.hu.ubkt");
    private static final UnitId DT_THANH_TRA = UnitId.of("ht.dt.ubnd.thanh-tra");
    private static final UnitId DT_VP_HUYEN_UY = UnitId.of("ht.dt.hu.vp");
    private static final UnitId DT_VP_HDND_UBND = UnitId.of("ht.dt.ubnd.vp");
    private static final UnitId KA_BAN_TUYEN_GIAO = UnitId.of("ht.ka.hu.btg");
    private static final UnitId KA_BAN_DAN_VAN = UnitId.of("ht.ka.hu.bdv");

    private final OrgStructure ht = HaTinhFixture.structure();

    private static Unit dt(UnitId id, String name, org.bomay.core.model.UnitKind kind) {
        return Unit.builder(id, name, kind, DISTRICT).territory(HaTinhFixture.DUC_THO).build();
    }

    /** Cơ quan Tổ chức – Nội vụ → Ban Tổ chức Huyện ủy (under the Huyện ủy) + Phòng Nội vụ (under the UBND). */
    private Split dtToChucNoiVuSplit() {
        return (Split) Split.ceasing(HT_SPLIT, HaTinhFixture.TO_CHUC_NOI_VU,
                        SplitPart.of(dt(DT_BAN_TO_CHUC, "Ban Tổ chức Huyện ủy Đức Thọ", VnKinds.BAN_TO_CHUC))
                                .posts(HaTinhFixture.TCNV_TRUONG_BAN, HaTinhFixture.TCNV_PHO_TRUONG_BAN)
                                .staff(6, 6), // ILLUSTRATIVE shares of 12 / 11
                        SplitPart.of(dt(DT_PHONG_NOI_VU, "Phòng Nội vụ huyện Đức Thọ", VnKinds.PHONG))
                                .under(HaTinhFixture.DUC_THO_UBND)
                                .posts(HaTinhFixture.TCNV_TRUONG_PHONG, HaTinhFixture.TCNV_PHO_TRUONG_PHONG)
                                .staff(6, 5))
                .basis(KL55, KL55_TITLE).decided(HT_KL55);
    }

    /** Cơ quan Ủy ban Kiểm tra – Thanh tra → Ủy ban Kiểm tra Huyện ủy + Thanh tra huyện. */
    private Split dtUbktThanhTraSplit() {
        return (Split) Split.ceasing(HT_SPLIT, HaTinhFixture.UBKT_THANH_TRA,
                        SplitPart.of(dt(DT_UBKT, "Ủy ban Kiểm tra Huyện ủy Đức Thọ", VnKinds.UY_BAN_KIEM_TRA))
                                .under(HaTinhFixture.DUC_THO_HUYEN_UY)
                                .posts(HaTinhFixture.UBKT_CHU_NHIEM, HaTinhFixture.UBKT_PHO_CHU_NHIEM)
                                .staff(5, 5), // ILLUSTRATIVE shares of 10 / 9
                        SplitPart.of(dt(DT_THANH_TRA, "Thanh tra huyện Đức Thọ", VnKinds.PHONG))
                                .under(HaTinhFixture.DUC_THO_UBND)
                                .posts(HaTinhFixture.UBKT_CHANH_THANH_TRA, HaTinhFixture.UBKT_PHO_CHANH_THANH_TRA)
                                .staff(5, 4))
                .basis(KL55, KL55_TITLE).decided(HT_KL55);
    }

    /** Văn phòng Cấp ủy – Chính quyền → Văn phòng Huyện ủy + Văn phòng HĐND và UBND huyện, each serving its bodies. */
    private Split dtVanPhongSplit() {
        return (Split) Split.ceasing(HT_SPLIT, HaTinhFixture.VAN_PHONG_CAP_UY_CHINH_QUYEN,
                        SplitPart.of(dt(DT_VP_HUYEN_UY, "Văn phòng Huyện ủy Đức Thọ", VnKinds.VAN_PHONG_CAP_UY))
                                .under(HaTinhFixture.DUC_THO_HUYEN_UY)
                                .posts(HaTinhFixture.VP_CHANH_VP_HUYEN_UY, HaTinhFixture.VP_PHO_VP_HUYEN_UY)
                                .staff(9, 8) // ILLUSTRATIVE shares of 24 / 22
                                .relations(Relation.of(RelationType.SERVES, DT_VP_HUYEN_UY, HaTinhFixture.DUC_THO_HUYEN_UY)),
                        SplitPart.of(dt(DT_VP_HDND_UBND, "Văn phòng HĐND và UBND huyện Đức Thọ", VnKinds.VAN_PHONG_HDND_UBND))
                                .under(HaTinhFixture.DUC_THO_UBND)
                                .posts(HaTinhFixture.VP_CHANH_VP_UBND, HaTinhFixture.VP_PHO_VP_UBND_1,
                                        HaTinhFixture.VP_PHO_VP_UBND_2)
                                .staff(15, 14)
                                .relations(Relation.of(RelationType.SERVES, DT_VP_HDND_UBND, HaTinhFixture.DUC_THO_HDND),
                                        Relation.of(RelationType.SERVES, DT_VP_HDND_UBND, HaTinhFixture.DUC_THO_UBND)))
                .basis(KL55, KL55_TITLE).decided(HT_KL55);
    }

    @Test
    void haTinh_ducTho_toChucNoiVuSplit_partsUnderTheirPillarsParents_staffAndPeopleConserved() {
        OrgStructure before = ht.withDate(HT_SPLIT);
        PersonId head = holder(before, HaTinhFixture.TCNV_TRUONG_BAN);
        assertEquals(head, holder(before, HaTinhFixture.TCNV_TRUONG_PHONG)); // the pilot: one head for both sides
        PersonId phoTruongPhong = holder(before, HaTinhFixture.TCNV_PHO_TRUONG_PHONG);
        Set<PersonId> people = inOffice(before, HaTinhFixture.TO_CHUC_NOI_VU);
        assertEquals(3, people.size());

        Applied a = dtToChucNoiVuSplit().applyTo(ht);
        OrgStructure after = a.structure();

        assertFalse(after.contains(HaTinhFixture.TO_CHUC_NOI_VU));
        // the party board under the Huyện ủy (the source's parent), the state office under the UBND
        assertEquals(Optional.of(HaTinhFixture.DUC_THO_HUYEN_UY), after.parent(DT_BAN_TO_CHUC).map(Unit::id));
        assertEquals(Pillar.PARTY, after.unit(DT_BAN_TO_CHUC).pillar());
        assertEquals(Optional.of(HaTinhFixture.DUC_THO_UBND), after.parent(DT_PHONG_NOI_VU).map(Unit::id));
        assertEquals(Pillar.STATE, after.unit(DT_PHONG_NOI_VU).pillar());
        for (UnitId part : List.of(DT_BAN_TO_CHUC, DT_PHONG_NOI_VU)) {
            assertEquals(after.parent(part).orElseThrow().pillar(), after.unit(part).pillar());
            assertEquals(HT_SPLIT, after.unit(part).validity().start().orElseThrow());
        }
        // staff conserved: 6 + 6 = 12, 6 + 5 = 11
        assertEquals(6, after.unit(DT_BAN_TO_CHUC).staffQuota().getAsInt());
        assertEquals(6, after.unit(DT_PHONG_NOI_VU).staffQuota().getAsInt());
        assertEquals(5, after.unit(DT_PHONG_NOI_VU).actualStaff().getAsInt());
        assertEquals(ht.counts().staffQuota(), after.counts().staffQuota());
        assertEquals(ht.counts().actualStaff(), after.counts().actualStaff());
        // posts allocated, people with them; the former head still holds both heads' posts, now in two units
        assertEquals(Set.of(HaTinhFixture.TCNV_TRUONG_BAN, HaTinhFixture.TCNV_PHO_TRUONG_BAN), postIds(after, DT_BAN_TO_CHUC));
        assertEquals(Set.of(HaTinhFixture.TCNV_TRUONG_PHONG, HaTinhFixture.TCNV_PHO_TRUONG_PHONG),
                postIds(after, DT_PHONG_NOI_VU));
        assertEquals(people, union(inOffice(after, DT_BAN_TO_CHUC), inOffice(after, DT_PHONG_NOI_VU)));
        assertEquals(List.of(head), personIds(after.heads(DT_BAN_TO_CHUC)));
        assertEquals(List.of(head), personIds(after.heads(DT_PHONG_NOI_VU)));
        assertEquals(List.of(TenureType.MAIN, TenureType.CONCURRENT),
                after.postsOf(head).stream().map(Tenure::type).toList());
        assertEquals(ht.counts().units() + 1, after.counts().units());
        assertEquals(ht.counts().posts(), after.counts().posts());

        ChangeEvent e = a.event();
        assertEquals(ChangeType.SPLIT, e.type());
        assertEquals(List.of(HaTinhFixture.TO_CHUC_NOI_VU), e.originals());
        assertEquals(List.of(DT_BAN_TO_CHUC, DT_PHONG_NOI_VU), e.results());
        assertEquals(List.of(DT_BAN_TO_CHUC, DT_PHONG_NOI_VU), e.established());
        assertEquals(List.of(HaTinhFixture.TO_CHUC_NOI_VU), e.ceased());
        assertEquals(List.of(new UnitLink(HaTinhFixture.TO_CHUC_NOI_VU, DT_BAN_TO_CHUC, LinkKind.SPLIT_INTO),
                new UnitLink(HaTinhFixture.TO_CHUC_NOI_VU, DT_PHONG_NOI_VU, LinkKind.SPLIT_INTO)), e.links());
        assertEquals(12, e.staff().stream().mapToInt(StaffMove::quota).sum());
        assertEquals(11, e.staff().stream().mapToInt(StaffMove::actual).sum());
        assertEquals(KL55, e.info().basis().orElseThrow().number());

        History h = History.start(ht).apply(dtToChucNoiVuSplit());
        assertEquals(Set.of(DT_BAN_TO_CHUC, DT_PHONG_NOI_VU),
                h.successors(HaTinhFixture.TO_CHUC_NOI_VU).stream().map(LineageStep::to).collect(Collectors.toSet()));
        assertEquals(List.of(HaTinhFixture.TO_CHUC_NOI_VU),
                h.predecessors(DT_PHONG_NOI_VU).stream().map(LineageStep::from).toList());

        // Thông báo 16 paused "Trưởng Ban Tổ chức đồng thời là Trưởng phòng Nội vụ": the deputy takes the office over
        LocalDate handover = HT_SPLIT.plusDays(1); // ILLUSTRATIVE
        h = h.apply(Compound.of(handover, "Kiện toàn Trưởng phòng Nội vụ huyện Đức Thọ",
                Relieve.of(handover, head, HaTinhFixture.TCNV_TRUONG_PHONG),
                Relieve.of(handover, phoTruongPhong, HaTinhFixture.TCNV_PHO_TRUONG_PHONG),
                Appoint.of(handover, phoTruongPhong, HaTinhFixture.TCNV_TRUONG_PHONG)));
        OrgStructure later = h.current();
        assertEquals(List.of(phoTruongPhong), personIds(later.heads(DT_PHONG_NOI_VU)));
        assertEquals(List.of(head), personIds(later.heads(DT_BAN_TO_CHUC)));
        assertEquals(1, later.postsOf(head).size());
        assertEquals(after.counts().concurrentTenures() - 1, later.counts().concurrentTenures());
        assertTrue(later.holders(HaTinhFixture.TCNV_PHO_TRUONG_PHONG).isEmpty());
    }

    @Test
    void haTinh_ducTho_toChucNoiVuSplit_mustAllocateEveryPostAndAllStaff() {
        Split full = dtToChucNoiVuSplit();
        SplitPart btc = full.parts().get(0);
        SplitPart pnv = full.parts().get(1);

        // the shares add up to 11, not 12
        ChangeException shortStaff = assertThrows(ChangeException.class, () -> Split.ceasing(HT_SPLIT,
                HaTinhFixture.TO_CHUC_NOI_VU, btc, pnv.staff(5, 5)).applyTo(ht));
        assertEquals(List.of(HaTinhFixture.TO_CHUC_NOI_VU), shortStaff.ids());
        assertTrue(shortStaff.reason().contains("12"), shortStaff.reason());

        // a post left behind
        ChangeException leftBehind = assertThrows(ChangeException.class, () -> Split.ceasing(HT_SPLIT,
                HaTinhFixture.TO_CHUC_NOI_VU, btc, pnv.posts(HaTinhFixture.TCNV_TRUONG_PHONG)).applyTo(ht));
        assertEquals(List.of(HaTinhFixture.TCNV_PHO_TRUONG_PHONG), leftBehind.ids());
        assertTrue(leftBehind.getMessage().contains("chia tách"), leftBehind.getMessage());

        // a post allocated twice is refused when the split is built
        assertThrows(BomayException.class, () -> Split.ceasing(HT_SPLIT, HaTinhFixture.TO_CHUC_NOI_VU, btc,
                pnv.posts(HaTinhFixture.TCNV_TRUONG_BAN, HaTinhFixture.TCNV_PHO_TRUONG_PHONG)));
    }

    @Test
    void haTinh_ducTho_threeMergedAgencies_splitTogether_partyBoardsUnderHuyenUy_stateOfficesUnderUbnd() {
        Compound all = Compound.of(HT_SPLIT,
                        "Chia tách Cơ quan Tổ chức – Nội vụ, Cơ quan Ủy ban Kiểm tra – Thanh tra, Văn phòng Cấp ủy – Chính quyền"
                                + " huyện Đức Thọ theo mô hình chung của hệ thống chính trị",
                        dtToChucNoiVuSplit(), dtUbktThanhTraSplit(), dtVanPhongSplit())
                .basis(KL55, KL55_TITLE).decided(HT_KL55);
        OrgStructure before = ht.withDate(HT_SPLIT);
        Set<PersonId> people = union(union(inOffice(before, HaTinhFixture.TO_CHUC_NOI_VU),
                inOffice(before, HaTinhFixture.UBKT_THANH_TRA)), inOffice(before, HaTinhFixture.VAN_PHONG_CAP_UY_CHINH_QUYEN));
        assertEquals(10, people.size());

        History h = History.start(ht).apply(all);
        OrgStructure after = h.current();

        assertEquals(List.of(DT_BAN_TO_CHUC, DT_UBKT, DT_VP_HUYEN_UY), ids(after.children(HaTinhFixture.DUC_THO_HUYEN_UY)));
        assertEquals(List.of(DT_PHONG_NOI_VU, DT_THANH_TRA, DT_VP_HDND_UBND), ids(after.children(HaTinhFixture.DUC_THO_UBND)));
        after.children(HaTinhFixture.DUC_THO_HUYEN_UY).forEach(u -> assertEquals(Pillar.PARTY, u.pillar(), u.toString()));
        after.children(HaTinhFixture.DUC_THO_UBND).forEach(u -> assertEquals(Pillar.STATE, u.pillar(), u.toString()));
        assertEquals(0, after.unitsOf(VnKinds.TO_CHUC_NOI_VU).size() + after.unitsOf(VnKinds.UBKT_THANH_TRA).size()
                + after.unitsOf(VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN).size());
        // staff and people conserved, three agencies became six
        assertEquals(ht.counts().staffQuota(), after.counts().staffQuota());
        assertEquals(ht.counts().actualStaff(), after.counts().actualStaff());
        assertEquals(ht.counts().organizations() + 3, after.counts().organizations());
        assertEquals(ht.counts().posts(), after.counts().posts());
        Set<PersonId> peopleAfter = new HashSet<>();
        for (UnitId part : List.of(DT_BAN_TO_CHUC, DT_UBKT, DT_VP_HUYEN_UY, DT_PHONG_NOI_VU, DT_THANH_TRA, DT_VP_HDND_UBND)) {
            peopleAfter.addAll(inOffice(after, part));
            assertEquals(1, after.posts(part, PostRole.HEAD).size(), part.value());
        }
        assertEquals(people, peopleAfter);
        // the offices serve their own bodies again
        assertEquals(List.of(HaTinhFixture.DUC_THO_HUYEN_UY), ids(after.related(DT_VP_HUYEN_UY, RelationType.SERVES)));
        assertEquals(Set.of(HaTinhFixture.DUC_THO_HDND, HaTinhFixture.DUC_THO_UBND),
                Set.copyOf(ids(after.related(DT_VP_HDND_UBND, RelationType.SERVES))));

        ChangeEvent e = h.events().get(0);
        assertEquals(ChangeType.COMPOUND, e.type());
        assertEquals(3, e.parts().size());
        assertEquals(6, e.links().size());
        assertTrue(e.links().stream().allMatch(l -> l.kind() == LinkKind.SPLIT_INTO));
        assertEquals(3, e.ceased().size());
        assertEquals(6, e.established().size());
        assertEquals(3, e.relationsRemoved().size()); // the merged office's SERVES, released ...
        assertEquals(3, e.relationsAdded().size()); // ... and re-created by its parts
        assertEquals(Set.of(DT_UBKT, DT_THANH_TRA),
                h.successors(HaTinhFixture.UBKT_THANH_TRA).stream().map(LineageStep::to).collect(Collectors.toSet()));
        assertEquals(Set.of(DT_VP_HUYEN_UY, DT_VP_HDND_UBND),
                Set.copyOf(h.currentSuccessors(HaTinhFixture.VAN_PHONG_CAP_UY_CHINH_QUYEN)));
        // before the split's effective day, the merged agencies are still in force
        assertTrue(h.asOf(HT_SPLIT.minusDays(1)).contains(HaTinhFixture.TO_CHUC_NOI_VU));
        // decided on the conclusion's date: what had been decided by the end of August includes it
        assertEquals(2, h.asDecided(LocalDate.of(2022, 8, 31)).size());
        assertEquals(1, h.asDecided(LocalDate.of(2022, 8, 24)).size());

        // all or nothing: a compound whose last part fails changes nothing and names the part
        Split broken = Split.ceasing(HT_SPLIT, HaTinhFixture.VAN_PHONG_CAP_UY_CHINH_QUYEN,
                dtVanPhongSplit().parts().get(0), dtVanPhongSplit().parts().get(1).staff(14, 14));
        ChangeException e2 = assertThrows(ChangeException.class, () -> Compound.of(HT_SPLIT, "Chia tách (thiếu biên chế)",
                dtToChucNoiVuSplit(), broken).applyTo(ht));
        assertTrue(e2.reason().contains(HaTinhFixture.VAN_PHONG_CAP_UY_CHINH_QUYEN.value()), e2.reason());
        assertTrue(ht.contains(HaTinhFixture.TO_CHUC_NOI_VU));
    }

    @Test
    void haTinh_kyAnh_banTuyenGiaoDanVanSplit_bothBoardsUnderHuyenUy() {
        Split split = (Split) Split.ceasing(HT_SPLIT, HaTinhFixture.BAN_TUYEN_GIAO_DAN_VAN,
                        SplitPart.of(Unit.builder(KA_BAN_TUYEN_GIAO, "Ban Tuyên giáo Huyện ủy Kỳ Anh", VnKinds.BAN_TUYEN_GIAO,
                                        DISTRICT).territory(HaTinhFixture.KY_ANH).build())
                                .posts(HaTinhFixture.TGDV_TRUONG_BAN, HaTinhFixture.TGDV_PHO_TRUONG_BAN_1)
                                .staff(5, 4), // ILLUSTRATIVE shares of 9 / 8
                        SplitPart.of(Unit.builder(KA_BAN_DAN_VAN, "Ban Dân vận Huyện ủy Kỳ Anh", VnKinds.BAN_DAN_VAN,
                                        DISTRICT).territory(HaTinhFixture.KY_ANH).build())
                                .posts(HaTinhFixture.TGDV_PHO_TRUONG_BAN_2, HaTinhFixture.TGDV_PHO_TRUONG_BAN_3)
                                .staff(4, 4))
                .basis(KL55, KL55_TITLE).decided(HT_KL55);
        Applied a = split.applyTo(ht);
        OrgStructure after = a.structure();

        assertEquals(List.of(KA_BAN_TUYEN_GIAO, KA_BAN_DAN_VAN), ids(after.children(HaTinhFixture.KY_ANH_HUYEN_UY)));
        assertEquals(9, after.unit(KA_BAN_TUYEN_GIAO).staffQuota().getAsInt() + after.unit(KA_BAN_DAN_VAN).staffQuota().getAsInt());
        assertEquals(8, after.unit(KA_BAN_TUYEN_GIAO).actualStaff().getAsInt() + after.unit(KA_BAN_DAN_VAN).actualStaff().getAsInt());
        assertEquals(1, personIds(after.heads(KA_BAN_TUYEN_GIAO)).size());
        assertEquals(2, after.holders(KA_BAN_DAN_VAN, PostRole.DEPUTY).size());
        // a split only allocates existing posts: the new Ban Dân vận has no head post until one is created
        assertTrue(after.posts(KA_BAN_DAN_VAN, PostRole.HEAD).isEmpty());
        assertEquals(List.of(new UnitLink(HaTinhFixture.BAN_TUYEN_GIAO_DAN_VAN, KA_BAN_TUYEN_GIAO, LinkKind.SPLIT_INTO),
                new UnitLink(HaTinhFixture.BAN_TUYEN_GIAO_DAN_VAN, KA_BAN_DAN_VAN, LinkKind.SPLIT_INTO)), a.event().links());
        assertFalse(after.contains(HaTinhFixture.BAN_TUYEN_GIAO_DAN_VAN));
    }

    @Test
    void haTinh_enterprisePartyOrganization_transferredFromBlocCommitteeToDucThoHuyenUy() {
        LocalDate moved = LocalDate.of(2022, 12, 1); // ILLUSTRATIVE: item 2.5 sets no date
        UnitId org = HaTinhFixture.DANG_BO_DOANH_NGHIEP;
        UnitId cell = HaTinhFixture.CHI_BO_DOANH_NGHIEP;
        // both parents are PARTY: no acrossPillars(); but the organization sits at province level
        assertEquals(Pillar.PARTY, ht.unit(HaTinhFixture.DANG_BO_KHOI).pillar());
        assertEquals(Pillar.PARTY, ht.unit(HaTinhFixture.DUC_THO_HUYEN_UY).pillar());
        assertEquals(PROVINCE, ht.unit(org).level());
        assertTrue(VnKinds.TO_CHUC_CO_SO_DANG.allows(DISTRICT) && VnKinds.CHI_BO.allows(DISTRICT));

        // moved as it is, a province-level organization cannot sit under a district committee
        ChangeException asIs = assertThrows(ChangeException.class,
                () -> Transfer.of(moved, org, HaTinhFixture.DUC_THO_HUYEN_UY).applyTo(ht));
        assertTrue(asIs.ids().contains(org) && asIs.ids().contains(HaTinhFixture.DUC_THO_HUYEN_UY), asIs.ids().toString());
        // moved to district level alone, its province-level party cell would sit below it at a higher level
        ChangeException cellLeftHigh = assertThrows(ChangeException.class, () -> Transfer.of(moved, org,
                HaTinhFixture.DUC_THO_HUYEN_UY).toLevel(DISTRICT).toTerritory(HaTinhFixture.DUC_THO).applyTo(ht));
        assertTrue(cellLeftHigh.ids().contains(cell), cellLeftHigh.ids().toString());

        // the cell first, then the organization: one compound, all or nothing
        Compound transfer = Compound.of(moved, "Chuyển giao Đảng bộ doanh nghiệp A về trực thuộc Huyện ủy Đức Thọ",
                        Transfer.of(moved, cell, org).toLevel(DISTRICT).toTerritory(HaTinhFixture.DUC_THO),
                        Transfer.of(moved, org, HaTinhFixture.DUC_THO_HUYEN_UY).toLevel(DISTRICT)
                                .toTerritory(HaTinhFixture.DUC_THO))
                .basis(KL55, KL55_TITLE).decided(HT_KL55);
        Applied a = transfer.applyTo(ht);
        OrgStructure after = a.structure();

        assertEquals(Optional.of(HaTinhFixture.DUC_THO_HUYEN_UY), after.parent(org).map(Unit::id));
        assertEquals(Optional.of(org), after.parent(cell).map(Unit::id));
        for (UnitId u : List.of(org, cell)) {
            assertEquals(DISTRICT, after.unit(u).level(), u.value());
            assertEquals(Optional.of(HaTinhFixture.DUC_THO), after.unit(u).territory(), u.value());
            assertEquals(Pillar.PARTY, after.unit(u).pillar());
            assertEquals(ht.posts(u), after.posts(u));
            assertEquals(personIds(ht.withDate(moved).heads(u)), personIds(after.heads(u)));
        }
        assertTrue(after.children(HaTinhFixture.DANG_BO_KHOI).isEmpty());
        assertTrue(ids(after.unitsIn(HaTinhFixture.DUC_THO)).containsAll(List.of(org, cell)));
        assertEquals(ht.counts().units(), after.counts().units());

        ChangeEvent e = a.event();
        assertEquals(ChangeType.COMPOUND, e.type());
        assertEquals(List.of(ChangeType.TRANSFER, ChangeType.TRANSFER), e.parts().stream().map(ChangeEvent::type).toList());
        assertEquals(List.of(new UnitMove(org, Optional.of(HaTinhFixture.DANG_BO_KHOI), Optional.of(HaTinhFixture.DUC_THO_HUYEN_UY))),
                e.children());
        assertEquals(Set.of(new UnitMove(cell, Optional.of(HaTinhFixture.TINH), Optional.of(HaTinhFixture.DUC_THO)),
                new UnitMove(org, Optional.of(HaTinhFixture.TINH), Optional.of(HaTinhFixture.DUC_THO))), Set.copyOf(e.territories()));
        assertTrue(e.ceased().isEmpty() && e.links().isEmpty());
    }

    // ------------------------------------------------------------------ helpers

    private static List<UnitId> ids(Collection<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    private static List<PersonId> personIds(Collection<Person> people) {
        return people.stream().map(Person::id).toList();
    }

    private static Set<PostId> postIds(OrgStructure s, UnitId unit) {
        return s.posts(unit).stream().map(Post::id).collect(Collectors.toSet());
    }

    /** Everyone in office in any post of the unit on the structure's date. */
    private static Set<PersonId> inOffice(OrgStructure s, UnitId unit) {
        return s.posts(unit).stream().flatMap(p -> s.holders(p.id()).stream()).map(Person::id).collect(Collectors.toSet());
    }

    /** The one person in office in a post. */
    private static PersonId holder(OrgStructure s, PostId post) {
        List<Person> hs = s.holders(post);
        assertEquals(1, hs.size(), "holders of " + post + " on " + s.date() + ": " + hs);
        return hs.get(0).id();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
