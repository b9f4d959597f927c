package org.bomay.core.change;

import static org.bomay.core.change.ChangeFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeEvent.PersonMove;
import org.bomay.core.change.ChangeEvent.StaffMove;
import org.bomay.core.change.ChangeEvent.UnitLink;
import org.bomay.core.change.ChangeEvent.UnitMove;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class ChangeTest {
    private final OrgStructure s = structure();

    private static final Unit VP_CHUNG = Unit.builder(UnitId.of("kb.vp"), "Văn phòng Huyện ủy – HĐND – UBND huyện Kim Bảng",
            VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN, Level.DISTRICT).territory(KB).build();

    /** Applies and checks that a full re-validation of the result agrees with the local checks. */
    private static Applied apply(Change c, OrgStructure s) {
        Applied a = c.applyTo(s);
        assertEquals(a.structure(), a.structure().toBuilder().build(), "a full re-validation rebuilds the same snapshot");
        assertEquals(c.effective(), a.structure().date());
        return a;
    }

    private static Set<UnitId> ids(List<Unit> units) {
        return units.stream().map(Unit::id).collect(Collectors.toSet());
    }

    private static long quota(OrgStructure s) {
        return s.counts().staffQuota();
    }

    // ------------------------------------------------------------------ merge

    @Test
    void merge_formsNewUnitWithChildrenPostsPeopleStaffAndRelations() {
        Applied a = apply(Merge.of(D, List.of(VPHU, VPUB), VP_CHUNG).withHead(BINH).withParent(HU), s);
        OrgStructure t = a.structure();
        UnitId vp = VP_CHUNG.id();
        assertFalse(t.contains(VPHU));
        assertFalse(t.contains(VPUB));
        assertEquals(HU, t.parent(vp).get().id());
        assertEquals(Period.from(D), t.unit(vp).validity());
        assertEquals(20, t.unit(vp).staffQuota().getAsInt());
        assertEquals(18, t.unit(vp).actualStaff().getAsInt());
        assertEquals(List.of(BINH), t.heads(vp).stream().map(Person::id).toList());
        assertEquals(Set.of(EM, CHI), t.holders(vp, PostRole.DEPUTY).stream().map(Person::id).collect(Collectors.toSet()));
        assertEquals("Phó Chánh Văn phòng HĐND và UBND", t.post(VPUB_CVP).title());
        // the tenure in force goes on from the merger; Chi's ended tenure stays in the earlier version
        assertEquals(List.of(Tenure.main(CHI, VPHU_PCVP, Period.from(D))), t.tenures(VPHU_PCVP));
        assertEquals(Set.of(UBND, HDND, HU), ids(t.related(vp, RelationType.SERVES)));
        assertEquals(quota(s), quota(t));
        assertEquals(s.posts().size(), t.posts().size());
        assertEquals(s.people().size(), t.people().size());

        ChangeEvent e = a.event();
        assertEquals(ChangeType.MERGE, e.type());
        assertEquals(List.of(VPHU, VPUB), e.originals());
        assertEquals(List.of(vp), e.results());
        assertEquals(List.of(vp), e.established());
        assertEquals(List.of(VPHU, VPUB), e.ceased());
        assertEquals(List.of(new UnitLink(VPHU, vp, LinkKind.MERGED_INTO), new UnitLink(VPUB, vp, LinkKind.MERGED_INTO)), e.links());
        assertTrue(e.posts().stream().anyMatch(m -> m.post().equals(VPUB_CVP) && m.roleBefore() == PostRole.HEAD
                && m.roleAfter() == PostRole.DEPUTY && m.to().equals(Optional.of(vp))));
        assertEquals(Set.of(BINH, EM, CHI), e.people().stream().map(PersonMove::person).collect(Collectors.toSet()));
        assertEquals(List.of(new StaffMove(Optional.of(VPHU), Optional.of(vp), 8, 7),
                new StaffMove(Optional.of(VPUB), Optional.of(vp), 12, 11)), e.staff());
        assertEquals(0, e.quotaReleased());
        assertTrue(e.touchedUnits().containsAll(Set.of(VPHU, VPUB, vp, HU)));
    }

    @Test
    void merge_withoutNamedHead_failsWhenSeveralHeadsAreInOffice_andLeavesTheStructure() {
        OrgStructure before = structure();
        ChangeException e = assertThrows(ChangeException.class, () -> Merge.of(D, List.of(VPHU, VPUB), VP_CHUNG).applyTo(s));
        assertTrue(e.getMessage().contains("withHead"), e.getMessage());
        assertTrue(e.getMessage().contains("hợp nhất"), e.getMessage());
        assertTrue(e.ids().contains(VPHU_CVP), e.ids().toString());
        assertEquals(before, s);
    }

    @Test
    void merge_namedHeadMustHoldAHeadPost() {
        ChangeException e = assertThrows(ChangeException.class,
                () -> Merge.of(D, List.of(VPHU, VPUB), VP_CHUNG).withHead(KHANH).applyTo(s));
        assertTrue(e.reason().contains("holds no head post"), e.reason());
    }

    @Test
    void merge_resultMayKeepTheIdOfTheUnitKeepingTheHeadquarters() {
        Unit kept = Unit.builder(VPHU, "Văn phòng Huyện ủy – HĐND – UBND", VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN, Level.DISTRICT)
                .territory(KB).build();
        OrgStructure t = apply(Merge.of(D, List.of(VPHU, VPUB), kept).withHead(EM), s).structure();
        assertTrue(t.contains(VPHU));
        assertFalse(t.contains(VPUB));
        assertEquals("Văn phòng Huyện ủy – HĐND – UBND", t.unit(VPHU).name());
        assertEquals(List.of(EM), t.heads(VPHU).stream().map(Person::id).toList());
        assertEquals(PostRole.DEPUTY, t.post(VPHU_CVP).role());
        // the continuing unit keeps its history: Chi's old tenure stays
        assertEquals(2, t.tenures(VPHU_PCVP).size());
    }

    @Test
    void merge_rejectsAnExistingIdAndBadArguments() {
        Unit clash = VP_CHUNG.toBuilder().build();
        Unit withClashingId = Unit.builder(NV, "x", VnKinds.PHONG, Level.DISTRICT).territory(KB).build();
        assertThrows(ChangeException.class, () -> Merge.of(D, List.of(VPHU, VPUB), withClashingId).withHead(BINH).applyTo(s));
        assertThrows(BomayException.class, () -> Merge.of(D, List.of(VPHU), clash));
        assertThrows(BomayException.class, () -> Merge.of(D, List.of(VPHU, VPHU), clash));
        ChangeException missing = assertThrows(ChangeException.class,
                () -> Merge.of(D, List.of(VPHU, UnitId.of("kb.none")), clash).applyTo(s));
        assertTrue(missing.ids().contains(UnitId.of("kb.none")));
    }

    @Test
    void merge_ofCommunesMovesTheUnitsOfTheirTerritories() {
        Unit xaMoi = Unit.builder(UnitId.of("x12"), "Xã Nhật Tân Đồng", VnKinds.XA, Level.COMMUNE).build();
        Applied a = apply(Merge.of(D, List.of(X1, X2), xaMoi), s);
        OrgStructure t = a.structure();
        assertEquals(Optional.of(xaMoi.id()), t.unit(X1_DU).territory());
        assertEquals(Optional.of(xaMoi.id()), t.unit(X2_TYT).territory());
        assertEquals(KB, t.parent(xaMoi.id()).get().id());
        assertEquals(List.of(X1_T1), t.children(xaMoi.id()).stream().map(Unit::id).toList());
        assertEquals(Set.of(X1_DU, X2_DU, X1_TYT, X2_TYT),
                a.event().territories().stream().map(UnitMove::unit).collect(Collectors.toSet()));
    }

    @Test
    void change_beforeTheSnapshotDate_isRejected() {
        ChangeException e = assertThrows(ChangeException.class,
                () -> Rename.of(LocalDate.of(2017, 1, 1), NV, "Phòng Nội vụ – Lao động").applyTo(s));
        assertTrue(e.reason().contains("before the structure's date"), e.reason());
    }

    // ------------------------------------------------------------------ absorb

    @Test
    void absorb_keepsTheContinuingUnitAndItsHead() {
        Applied a = apply(Absorb.of(D, TTYT, X1_TYT), s);
        OrgStructure t = a.structure();
        assertFalse(t.contains(X1_TYT));
        assertEquals(55, t.unit(TTYT).staffQuota().getAsInt());
        assertEquals(53, t.unit(TTYT).actualStaff().getAsInt());
        assertEquals(List.of(new UnitLink(X1_TYT, TTYT, LinkKind.ABSORBED_INTO)), a.event().links());
        assertEquals(List.of(TTYT), a.event().results());
        assertEquals(quota(s), quota(t));
    }

    @Test
    void absorb_withNamedHead_demotesTheContinuingUnitsHead() {
        OrgStructure t = apply(Absorb.of(D, BDV, VPHU).withHead(BINH), s).structure();
        assertEquals(List.of(BINH), t.heads(BDV).stream().map(Person::id).toList());
        assertEquals(PostRole.DEPUTY, t.post(BDV_TB).role());
        assertEquals("Phó Trưởng Ban Dân vận", t.post(BDV_TB).title());
        assertEquals(Set.of(HU), ids(t.related(BDV, RelationType.SERVES)));
    }

    // ------------------------------------------------------------------ split

    private static Unit part(String id, String name, org.bomay.core.model.UnitKind kind) {
        return Unit.builder(UnitId.of(id), name, kind, Level.DISTRICT).territory(KB).build();
    }

    @Test
    void split_ceasing_allocatesEverythingAndConservesStaff() {
        Split split = Split.ceasing(D, VPUB,
                SplitPart.of(part("kb.hdnd.vp", "Văn phòng HĐND huyện", VnKinds.VAN_PHONG_HDND_UBND)).under(HDND).staff(4, 4)
                        .relations(Relation.of(RelationType.SERVES, UnitId.of("kb.hdnd.vp"), HDND)),
                SplitPart.of(part("kb.ubnd.vp2", "Văn phòng UBND huyện", VnKinds.VAN_PHONG_HDND_UBND)).posts(VPUB_CVP).staff(8, 7));
        Applied a = apply(split, s);
        OrgStructure t = a.structure();
        assertFalse(t.contains(VPUB));
        assertEquals(HDND, t.parent(UnitId.of("kb.hdnd.vp")).get().id());
        assertEquals(UBND, t.parent(UnitId.of("kb.ubnd.vp2")).get().id());
        assertEquals(List.of(EM), t.heads(UnitId.of("kb.ubnd.vp2")).stream().map(Person::id).toList());
        assertEquals(quota(s), quota(t));
        assertEquals(List.of(HDND), t.related(UnitId.of("kb.hdnd.vp"), RelationType.SERVES).stream().map(Unit::id).toList());
        assertEquals(2, a.event().relationsRemoved().size()); // the source's SERVES relations were released
        assertEquals(Set.of(LinkKind.SPLIT_INTO), a.event().links().stream().map(UnitLink::kind).collect(Collectors.toSet()));
    }

    @Test
    void split_ceasing_failsWhenSomethingIsNotAllocated() {
        Split missingPost = Split.ceasing(D, VPUB,
                SplitPart.of(part("kb.a", "A", VnKinds.PHONG)).staff(4, 4),
                SplitPart.of(part("kb.b", "B", VnKinds.PHONG)).staff(8, 7));
        ChangeException e = assertThrows(ChangeException.class, () -> missingPost.applyTo(s));
        assertTrue(e.reason().contains(VPUB_CVP.toString()), e.reason());
        Split badStaff = Split.ceasing(D, VPUB,
                SplitPart.of(part("kb.a", "A", VnKinds.PHONG)).posts(VPUB_CVP).staff(4, 4),
                SplitPart.of(part("kb.b", "B", VnKinds.PHONG)).staff(1, 1));
        assertTrue(assertThrows(ChangeException.class, () -> badStaff.applyTo(s)).reason().contains("add up to 5 and 5"));
        assertThrows(BomayException.class, () -> Split.ceasing(D, VPUB, SplitPart.of(part("kb.a", "A", VnKinds.PHONG))));
    }

    @Test
    void split_continuing_keepsTheRestAndShrinksItsStaff() {
        OrgStructure t = apply(Split.continuing(D, TTYT,
                SplitPart.of(part("kb.ttds", "Trung tâm Dân số", VnKinds.TRUNG_TAM_DAN_SO)).children(X2_TYT).staff(6, 6)), s).structure();
        assertEquals(44, t.unit(TTYT).staffQuota().getAsInt());
        assertEquals(List.of(X1_TYT), t.children(TTYT).stream().map(Unit::id).toList());
        assertEquals(UnitId.of("kb.ttds"), t.parent(X2_TYT).get().id());
        assertEquals(quota(s), quota(t));
    }

    // ------------------------------------------------------------------ transfer

    @Test
    void transfer_movesTheSubtreeToAnotherParentAndLevel() {
        Applied a = apply(Transfer.of(D, TTYT, UBND), s);
        OrgStructure t = a.structure();
        assertEquals(UBND, t.parent(TTYT).get().id());
        assertEquals(Set.of(X1_TYT, X2_TYT), ids(t.children(TTYT)));
        assertEquals(List.of(new UnitMove(TTYT, Optional.of(SYT), Optional.of(UBND))), a.event().children());
        assertEquals(List.of(GIANG), t.heads(TTYT).stream().map(Person::id).toList());
    }

    @Test
    void transfer_acrossPillars_mustBeAskedFor() {
        ChangeException e = assertThrows(ChangeException.class, () -> Transfer.of(D, NV, HU).applyTo(s));
        assertTrue(e.reason().contains("acrossPillars"), e.reason());
        assertEquals(HU, apply(Transfer.of(D, NV, HU).acrossPillars(), s).structure().parent(NV).get().id());
    }

    @Test
    void transfer_rejectsACycleAndALevelTheKindDoesNotAllow() {
        assertTrue(assertThrows(ChangeException.class, () -> Transfer.of(D, TTYT, X1_TYT).applyTo(s)).getMessage()
                .contains("cycle"));
        assertThrows(ChangeException.class, () -> Transfer.of(D, NV, UBND).toLevel(Level.VILLAGE).applyTo(s));
        assertThrows(ChangeException.class, () -> Transfer.of(D, NV, UBND).applyTo(s)); // nothing to do
    }

    // ------------------------------------------------------------------ dissolve, convert

    @Test
    void dissolve_needsADestinationForEveryChildPostAndStaff() {
        ChangeException e = assertThrows(ChangeException.class, () -> Dissolve.of(D, NV, Disposition.none()).applyTo(s));
        assertTrue(e.reason().contains(NV_TP.toString()) && e.reason().contains(NV_CV.toString()), e.reason());
        ChangeException staff = assertThrows(ChangeException.class,
                () -> Dissolve.of(D, NV, Disposition.none().releaseAllOtherPosts()).applyTo(s));
        assertTrue(staff.reason().contains("staffTo"), staff.reason());
        ChangeException children = assertThrows(ChangeException.class,
                () -> Dissolve.of(D, TTYT, Disposition.none().releaseAllOtherPosts().releaseStaff()).applyTo(s));
        assertTrue(children.reason().contains(X1_TYT.toString()), children.reason());
    }

    @Test
    void dissolve_movesAndReleasesAsDisposed() {
        Applied a = apply(Dissolve.of(D, NV, Disposition.none().movePost(NV_CV, VPUB).releaseAllOtherPosts().staffTo(VPUB)), s);
        OrgStructure t = a.structure();
        assertFalse(t.contains(NV));
        assertFalse(t.contains(NV_TP));
        assertEquals(VPUB, t.post(NV_CV).unit());
        assertEquals(List.of(KHANH), t.holders(NV_CV).stream().map(Person::id).toList());
        assertEquals(18, t.unit(VPUB).staffQuota().getAsInt());
        assertEquals(quota(s), quota(t));
        assertTrue(a.event().posts().stream().anyMatch(m -> m.post().equals(NV_TP) && m.to().isEmpty()));
        assertEquals(List.of(NV), a.event().ceased());
        assertTrue(a.event().links().isEmpty());
    }

    @Test
    void convert_recordsWhatTheUnitBecameAndTheReleasedStaff() {
        Applied a = apply(Convert.of(D, X2_TYT, "Công ty cổ phần Y tế Đồng Hóa", Disposition.none().releaseStaff()), s);
        assertEquals(Optional.of("Công ty cổ phần Y tế Đồng Hóa"), a.event().becomes());
        assertEquals(5, a.event().quotaReleased());
        assertEquals(quota(s) - 5, quota(a.structure()));
        assertEquals(ChangeType.CONVERT, a.event().type());
    }

    @Test
    void dissolve_ofAnAdministrativeUnitWithUnitsInItsTerritory_fails() {
        ChangeException e = assertThrows(ChangeException.class,
                () -> Dissolve.of(D, X2, Disposition.none()).applyTo(s));
        assertTrue(e.reason().contains("territory"), e.reason());
    }

    // ------------------------------------------------------------------ people and staff

    @Test
    void appoint_concurrent_andRelieve() {
        Applied a = apply(Compound.of(D, "Bí thư chi bộ đồng thời là trưởng thôn",
                Appoint.concurrent(D, HOA, TRUONG_THON)), s);
        OrgStructure t = a.structure();
        assertEquals(List.of(HOA), t.heads(X1_T1).stream().map(Person::id).toList());
        assertEquals(2, t.postsOf(HOA).size());
        assertEquals(1, a.event().parts().size());
        OrgStructure back = apply(Relieve.of(LocalDate.of(2019, 1, 1), HOA, TRUONG_THON), t).structure();
        assertTrue(back.heads(X1_T1).isEmpty());
        assertEquals(Period.of(D, LocalDate.of(2019, 1, 1)), back.tenures(TRUONG_THON).get(0).period());
    }

    @Test
    void appoint_secondMainPost_fails_andNewPersonIsAdded() {
        assertTrue(assertThrows(ChangeException.class, () -> Appoint.of(D, BINH, TRUONG_THON).applyTo(s)).reason()
                .contains("main post"));
        PersonId lan = PersonId.of("p.lan");
        OrgStructure t = apply(Appoint.of(D, lan, TRUONG_THON).newPerson(Person.of(lan, "Ngô Thị Lan", true)), s).structure();
        assertEquals(List.of(lan), t.heads(X1_T1).stream().map(Person::id).toList());
        assertThrows(ChangeException.class, () -> Appoint.of(D, PersonId.of("p.none"), TRUONG_THON).applyTo(s));
        assertThrows(ChangeException.class, () -> Relieve.of(D, KHANH, TRUONG_THON).applyTo(s));
    }

    @Test
    void staffQuota_andReduction_recordGrantsAndReleases() {
        Applied set = apply(SetStaffQuota.of(D, NV, 8), s);
        assertEquals(List.of(new StaffMove(Optional.empty(), Optional.of(NV), 2, 0)), set.event().staff());
        assertEquals(-2, set.event().quotaReleased());
        Applied cut = apply(ReduceStaff.of(D, NV, 2).andQuota(), s);
        assertEquals(4, cut.structure().unit(NV).staffQuota().getAsInt());
        assertEquals(4, cut.structure().unit(NV).actualStaff().getAsInt());
        assertEquals(2, cut.event().quotaReleased());
        assertThrows(ChangeException.class, () -> ReduceStaff.of(D, NV, 7).applyTo(s));
        assertThrows(BomayException.class, () -> ReduceStaff.of(D, NV, 0));
    }

    @Test
    void relations_addAndRemove() {
        Relation guides = Relation.of(RelationType.GUIDES, SYT, TTYT);
        OrgStructure t = apply(AddRelation.of(D, guides), s).structure();
        assertEquals(List.of(TTYT), t.related(SYT, RelationType.GUIDES).stream().map(Unit::id).toList());
        assertThrows(ChangeException.class, () -> AddRelation.of(D, guides).applyTo(t));
        OrgStructure u = apply(RemoveRelation.of(D, guides), t).structure();
        assertTrue(u.related(SYT, RelationType.GUIDES).isEmpty());
        assertThrows(BomayException.class, () -> AddRelation.of(D, Relation.of(RelationType.SUBORDINATE_TO, NV, HU)));
    }

    @Test
    void establish_andRename() {
        Unit tt = Unit.builder(UnitId.of("kb.ttdvnn"), "Trung tâm Dịch vụ nông nghiệp", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT)
                .territory(KB).build();
        Post gd = Post.of(PostId.of("kb.ttdvnn.gd"), tt.id(), PostRole.HEAD, "Giám đốc");
        Applied a = apply(Establish.of(D, tt, UBND, gd), s);
        assertEquals(Period.from(D), a.structure().unit(tt.id()).validity());
        assertEquals(List.of(gd), a.structure().posts(tt.id()));
        assertThrows(ChangeException.class, () -> Establish.of(D, tt, UBND).applyTo(a.structure()));
        Unit dated = tt.withValidity(Period.from(LocalDate.of(2019, 1, 1)));
        assertThrows(ChangeException.class, () -> Establish.of(D, dated, UBND).applyTo(s));
        OrgStructure r = apply(Rename.of(D, NV, "Phòng Nội vụ huyện Kim Bảng (mới)"), s).structure();
        assertEquals("Phòng Nội vụ huyện Kim Bảng (mới)", r.unit(NV).name());
        assertThrows(ChangeException.class, () -> Rename.of(D, NV, s.unit(NV).name()).applyTo(s));
    }

    // ------------------------------------------------------------------ compound and atomicity

    @Test
    void compound_isAllOrNothing_andNamesTheFailingPart() {
        Compound c = Compound.of(D, "Nhất thể hóa", Appoint.concurrent(D, HOA, TRUONG_THON), Appoint.concurrent(D, HOA, NV_TP),
                Appoint.concurrent(D, HOA, PostId.of("x1.none")));
        ChangeException e = assertThrows(ChangeException.class, () -> c.applyTo(s));
        assertTrue(e.getMessage().contains("Nhất thể hóa") && e.reason().contains("x1.none"), e.getMessage());
        assertEquals(structure(), s);
        assertThrows(BomayException.class, () -> Compound.of(D, "x", Appoint.concurrent(D.plusDays(1), HOA, TRUONG_THON)));
    }

    @Test
    void aFailedChange_leavesTheSnapshotAndItsSharedMapsUntouched() {
        OrgStructure before = structure();
        for (Change bad : List.<Change>of(
                Merge.of(D, List.of(VPHU, VPUB), VP_CHUNG),
                Dissolve.of(D, NV, Disposition.none().releaseAllOtherPosts()),
                Transfer.of(D, TTYT, X2_TYT),
                Split.ceasing(D, VPUB, SplitPart.of(part("kb.a", "A", VnKinds.PHONG)), SplitPart.of(part("kb.b", "B", VnKinds.PHONG))))) {
            assertThrows(ChangeException.class, () -> bad.applyTo(s));
            assertEquals(before, s);
        }
        // and the snapshot stays usable for a valid change afterwards
        assertSame(s.date(), apply(Rename.of(s.date(), NV, "Phòng Nội vụ"), s).structure().date());
    }

    @Test
    void changeInfo_carriesDecisionBasisAndNote() {
        Change c = Rename.of(D, NV, "Phòng Nội vụ").decided(LocalDate.of(2018, 5, 2)).basis("18-NQ/TW", "Tinh gọn bộ máy")
                .note("thí điểm");
        assertEquals(Optional.of(LocalDate.of(2018, 5, 2)), c.info().decided());
        assertEquals("18-NQ/TW — Tinh gọn bộ máy", c.info().basis().get().toString());
        assertEquals("thí điểm", apply(c, s).event().info().note());
        assertThrows(BomayException.class, () -> LegalBasis.of(" "));
        assertThrows(BomayException.class, () -> ChangeInfo.on(null));
    }

    @Test
    void event_describe_isReadable() {
        String text = apply(Merge.of(D, List.of(VPHU, VPUB), VP_CHUNG).withHead(BINH).basis("18-NQ/TW", ""), s).event().describe();
        assertTrue(text.startsWith("hợp nhất (MERGE) 2018-07-01: [kb.hu.vp, kb.ubnd.vp] → [kb.vp]"), text);
        assertTrue(text.contains("kb.ubnd.vp.cvp: kb.ubnd.vp → kb.vp, HEAD → DEPUTY"), text);
        assertTrue(text.contains("basis: 18-NQ/TW"), text);
    }

    @Test
    void merge_ofAUnitWithOneBelowIt_removesBothAndKeepsTheRest() {
        Unit centre = Unit.builder(UnitId.of("kb.ttyt2"), "Trung tâm Y tế", VnKinds.TRUNG_TAM_Y_TE, Level.DISTRICT).territory(KB).build();
        OrgStructure t = apply(Merge.of(D, List.of(TTYT, X1_TYT), centre), s).structure();
        assertFalse(t.contains(TTYT));
        assertFalse(t.contains(X1_TYT));
        assertEquals(List.of(X2_TYT), t.children(centre.id()).stream().map(Unit::id).toList());
        assertEquals(SYT, t.parent(centre.id()).get().id());
    }

    @Test
    void absorb_intoAUnitBelowAnAbsorbedOne_isRefusedClearly() {
        ChangeException e = assertThrows(ChangeException.class, () -> Absorb.of(D, X1_TYT, TTYT).applyTo(s));
        assertTrue(e.reason().contains("lies below"), e.reason());
    }

    @Test
    void merge_andSplit_askForTheParentWhenTheDefaultOneIsInAnotherPillar() {
        Unit partyOffice = Unit.builder(UnitId.of("kb.vpx"), "Văn phòng", VnKinds.VAN_PHONG_CAP_UY, Level.DISTRICT).territory(KB).build();
        ChangeException e = assertThrows(ChangeException.class,
                () -> Merge.of(D, List.of(VPUB, VPHU), partyOffice).withHead(BINH).applyTo(s));
        assertTrue(e.reason().contains("withParent"), e.reason());
        assertEquals(HU, apply(Merge.of(D, List.of(VPUB, VPHU), partyOffice).withHead(BINH).withParent(HU), s).structure()
                .parent(partyOffice.id()).get().id());
        Split split = Split.ceasing(D, VPUB, SplitPart.of(part("kb.a", "A", VnKinds.BAN_DAN_VAN)).posts(VPUB_CVP).staff(6, 6),
                SplitPart.of(part("kb.b", "B", VnKinds.PHONG)).staff(6, 5));
        assertTrue(assertThrows(ChangeException.class, () -> split.applyTo(s)).reason().contains("under(...)"));
    }

    @Test
    void infoSetters_keepTheRecordType() {
        Merge m = Merge.of(D, List.of(VPHU, VPUB), VP_CHUNG).basis("18-NQ/TW", "").decided(D.minusMonths(1)).withHead(BINH);
        assertEquals(Optional.of(BINH), m.head());
        assertEquals(Optional.of(D.minusMonths(1)), m.info().decided());
    }

    @Test
    void nullsInsideArguments_areReportedByName() {
        BomayException e = assertThrows(BomayException.class, () -> Absorb.of(D, TTYT, X1_TYT, null));
        assertTrue(e.getMessage().contains("Absorb: the absorbed units"), e.getMessage());
        assertTrue(assertThrows(BomayException.class, () -> SplitPart.of(VP_CHUNG).children(X1_TYT, null)).getMessage()
                .contains("SplitPart: the children"));
        assertTrue(assertThrows(BomayException.class, () -> Disposition.none().releasePosts(NV_TP, null)).getMessage()
                .contains("Disposition: the released posts"));
        assertEquals(Set.of(X1_TYT), SplitPart.of(VP_CHUNG).children(X1_TYT, X1_TYT).children()); // repeats are harmless
    }

    @Test
    void compound_reportsNetUnits_whileItsLinksTraceThroughATransientOne() {
        Unit tmp = Unit.builder(UnitId.of("kb.tmp"), "Trạm y tế liên xã", VnKinds.TRAM_Y_TE, Level.COMMUNE).territory(X1).build();
        ChangeEvent e = apply(Compound.of(D, "Sắp xếp trạm y tế", Merge.of(D, List.of(X1_TYT, X2_TYT), tmp),
                Absorb.of(D, TTYT, tmp.id())), s).event();
        assertEquals(List.of(X1_TYT, X2_TYT), e.ceased());
        assertTrue(e.established().isEmpty());
        assertEquals(List.of(X1_TYT, X2_TYT, TTYT), e.originals());
        assertEquals(List.of(TTYT), e.results());
        assertEquals(3, e.links().size()); // x1 → tmp, x2 → tmp, tmp → kb.ttyt
    }
}
