package org.bomay.core.structure;

import static org.bomay.core.structure.KimBangFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.StructureProblem.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OrgStructureQueryTest {
    private final OrgStructure s = KimBangFixture.structure();

    private static List<UnitId> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    private static List<PersonId> personIds(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }

    private static List<PostId> postIds(List<Post> posts) {
        return posts.stream().map(Post::id).toList();
    }

    // ------------------------------------------------------------------ lookups

    @Test
    void sizes_ofTheFixture() {
        assertEquals(DATE, s.date());
        assertEquals(20, s.units().size());
        assertEquals(20, s.unitIds().size());
        assertEquals(13, s.posts().size());
        assertEquals(9, s.people().size());
        assertEquals(12, s.tenures().size());
        assertEquals(20, s.relations().size());
    }

    @Test
    void units_inTreeOrder() {
        // each root in the order added, followed by its subtree in pre-order (children in the order added)
        assertEquals(List.of(HN, KB, NT, NT_T1, NT_T2, DH, HN_TU, KB_HU, NT_DU, NT_T1_CB, KB_BDV, HN_STC, KB_HDND, KB_UBND,
                KB_VP, KB_PTCKH, NT_UBND, KB_MTTQ, NT_T1_BCT, KB_HND), ids(s.units()));
    }

    @Test
    void unit_postAndPerson_lookups() {
        Unit ubnd = s.unit(KB_UBND);
        assertEquals("Ủy ban nhân dân huyện Kim Bảng", ubnd.name());
        assertEquals(VnKinds.UBND, ubnd.kind());
        assertEquals("Chủ tịch UBND huyện", s.post(UBND_CT).title());
        assertEquals(KB_UBND, s.post(UBND_CT).unit());
        assertEquals("Nguyễn Văn An", s.person(AN).name());
    }

    @Test
    void contains_forEachIdType() {
        assertTrue(s.contains(KB_HU));
        assertFalse(s.contains(UnitId.of("kb.nowhere")));
        assertFalse(s.contains((UnitId) null));
        assertTrue(s.contains(HU_BT));
        assertFalse(s.contains(PostId.of("kb.hu.nowhere")));
        assertTrue(s.contains(AN));
        assertFalse(s.contains(PersonId.of("p.nobody")));
    }

    @Test
    void unit_unknownIdIsNamed() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> s.unit(UnitId.of("kb.nowhere")));
        assertEquals("Unknown unit kb.nowhere in the structure of 2019-01-01 (check the id, or whether the unit was "
                + "removed by a change)", e.getMessage());
    }

    @Test
    void post_unknownIdIsNamed() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> s.post(PostId.of("kb.hu.nowhere")));
        assertTrue(e.getMessage().startsWith("Unknown post kb.hu.nowhere in the structure of 2019-01-01"), e.getMessage());
    }

    @Test
    void person_unknownIdIsNamed() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> s.person(PersonId.of("p.nobody")));
        assertTrue(e.getMessage().startsWith("Unknown person p.nobody in the structure of 2019-01-01"), e.getMessage());
    }

    @Test
    void queries_rejectUnknownIds() {
        UnitId nowhere = UnitId.of("kb.nowhere");
        List<Executable> calls = List.of(
                () -> s.parent(nowhere), () -> s.children(nowhere), () -> s.ancestors(nowhere),
                () -> s.subtree(nowhere), () -> s.subtree(nowhere, Pillar.PARTY), () -> s.depth(nowhere),
                () -> s.unitsIn(nowhere), () -> s.posts(nowhere), () -> s.posts(nowhere, PostRole.HEAD),
                () -> s.heads(nowhere), () -> s.related(nowhere, RelationType.LEADS),
                () -> s.relatedTo(nowhere, RelationType.LEADS), () -> s.tree(nowhere),
                () -> s.tenures(PostId.of("x")), () -> s.holders(PostId.of("x")),
                () -> s.tenures(PersonId.of("x")), () -> s.postsOf(PersonId.of("x")), () -> s.unit(null));
        for (Executable c : calls) {
            assertThrows(UnknownIdException.class, c);
        }
    }

    // ------------------------------------------------------------------ the tree

    @Test
    void parent_ofChildAndOfRoot() {
        assertEquals(Optional.of(s.unit(KB_HU)), s.parent(NT_DU));
        assertEquals(Optional.of(s.unit(KB_MTTQ)), s.parent(NT_T1_BCT));
        assertEquals(Optional.empty(), s.parent(HN));
        assertEquals(Optional.empty(), s.parent(KB_HND));
    }

    @Test
    void children_inTheOrderAdded() {
        assertEquals(List.of(NT_DU, KB_BDV), ids(s.children(KB_HU)));
        assertEquals(List.of(KB_VP, KB_PTCKH, NT_UBND), ids(s.children(KB_UBND)));
        assertEquals(List.of(NT, DH), ids(s.children(KB)));
        assertEquals(List.of(), s.children(NT_T2));
    }

    @Test
    void ancestors_nearestFirst() {
        assertEquals(List.of(NT_DU, KB_HU, HN_TU), ids(s.ancestors(NT_T1_CB)));
        assertEquals(List.of(NT, KB, HN), ids(s.ancestors(NT_T2)));
        assertEquals(List.of(), s.ancestors(HN));
    }

    @Test
    void roots_inTheOrderAdded() {
        assertEquals(List.of(HN, HN_TU, HN_STC, KB_HDND, KB_UBND, KB_MTTQ, KB_HND), ids(s.roots()));
    }

    @Test
    void subtree_preOrder() {
        assertEquals(List.of(HN, KB, NT, NT_T1, NT_T2, DH), ids(s.subtree(HN)));
        assertEquals(List.of(HN_TU, KB_HU, NT_DU, NT_T1_CB, KB_BDV), ids(s.subtree(HN_TU)));
        assertEquals(List.of(KB_UBND, KB_VP, KB_PTCKH, NT_UBND), ids(s.subtree(KB_UBND)));
        assertEquals(List.of(NT_T2), ids(s.subtree(NT_T2)));
    }

    @Test
    void subtree_ofPillar() {
        assertEquals(List.of(HN_TU, KB_HU, NT_DU, NT_T1_CB, KB_BDV), ids(s.subtree(HN_TU, Pillar.PARTY)));
        assertEquals(List.of(), s.subtree(HN_TU, Pillar.STATE));
        assertEquals(List.of(KB_MTTQ, NT_T1_BCT), ids(s.subtree(KB_MTTQ, Pillar.FRONT)));
    }

    @Test
    void subtree_ofPillar_visitsBelowUnitsOfOtherPillars() {
        UnitKind stateKind = UnitKind.of("T.STATE", "Cơ quan", "agency", Pillar.STATE, Level.DISTRICT, Level.COMMUNE);
        UnitKind partyKind = UnitKind.of("T.PARTY", "Chi bộ", "cell", Pillar.PARTY, Level.DISTRICT);
        UnitId a = UnitId.of("a");
        UnitId b = UnitId.of("b");
        UnitId c = UnitId.of("c");
        OrgStructure mixed = OrgStructure.builder(DATE)
                .add(Unit.of(a, "A", stateKind, Level.DISTRICT))
                .add(Unit.of(b, "B", partyKind, Level.DISTRICT), a)
                .add(Unit.of(c, "C", stateKind, Level.COMMUNE), b)
                .build();
        assertEquals(List.of(a, c), ids(mixed.subtree(a, Pillar.STATE)));
        assertEquals(List.of(b), ids(mixed.subtree(a, Pillar.PARTY)));
    }

    @Test
    void depth_countsAncestors() {
        assertEquals(0, s.depth(HN));
        assertEquals(1, s.depth(KB));
        assertEquals(2, s.depth(NT));
        assertEquals(3, s.depth(NT_T1));
        assertEquals(3, s.depth(NT_T1_CB));
        assertEquals(1, s.depth(NT_T1_BCT));
        assertEquals(0, s.depth(KB_HND));
    }

    // ------------------------------------------------------------------ selections

    @Test
    void unitsOfPillar() {
        assertEquals(List.of(HN_TU, KB_HU, NT_DU, NT_T1_CB, KB_BDV), ids(s.unitsOf(Pillar.PARTY)));
        assertEquals(List.of(KB_MTTQ, NT_T1_BCT, KB_HND), ids(s.unitsOf(Pillar.FRONT)));
        // administrative units belong to STATE; the order is not documented, so compare as a set
        List<UnitId> state = ids(s.unitsOf(Pillar.STATE));
        assertEquals(12, state.size());
        assertEquals(ImmutableSet.of(HN, KB, NT, DH, NT_T1, NT_T2, HN_STC, KB_HDND, KB_UBND, KB_VP, KB_PTCKH, NT_UBND),
                ImmutableSet.copyOf(state));
    }

    @Test
    void unitsAtLevel_inTheOrderAdded() {
        assertEquals(List.of(KB, KB_HU, KB_BDV, KB_HDND, KB_UBND, KB_VP, KB_PTCKH, KB_MTTQ, KB_HND),
                ids(s.unitsAt(Level.DISTRICT)));
        assertEquals(List.of(NT_T1, NT_T2, NT_T1_CB, NT_T1_BCT), ids(s.unitsAt(Level.VILLAGE)));
        assertEquals(List.of(HN, HN_TU, HN_STC), ids(s.unitsAt(Level.PROVINCE)));
        assertEquals(List.of(), s.unitsAt(Level.CENTRAL));
    }

    @Test
    void unitsOfKind() {
        assertEquals(List.of(KB_UBND, NT_UBND), ids(s.unitsOf(VnKinds.UBND)));
        assertEquals(List.of(NT, DH), ids(s.unitsOf(VnKinds.XA)));
        assertEquals(List.of(KB_HU), ids(s.unitsOf(VnKinds.HUYEN_UY)));
        assertEquals(List.of(), s.unitsOf(VnKinds.TTBDCT));
    }

    @Test
    void unitsIn_commune_includesItsVillagesAndTheirUnits() {
        assertEquals(List.of(NT, NT_DU, NT_UBND, NT_T1, NT_T1_CB, NT_T1_BCT, NT_T2), ids(s.unitsIn(NT)));
    }

    @Test
    void unitsIn_district_isTransitive() {
        assertEquals(List.of(KB, KB_HU, KB_BDV, KB_HDND, KB_UBND, KB_VP, KB_PTCKH, KB_MTTQ, KB_HND,
                NT, NT_DU, NT_UBND, NT_T1, NT_T1_CB, NT_T1_BCT, NT_T2, DH), ids(s.unitsIn(KB)));
    }

    @Test
    void unitsIn_province_isEverything() {
        List<UnitId> all = ids(s.unitsIn(HN));
        assertEquals(20, all.size());
        assertEquals(ImmutableSet.copyOf(s.unitIds()), ImmutableSet.copyOf(all));
        assertEquals(List.of(HN, HN_TU, HN_STC, KB), all.subList(0, 4));
    }

    @Test
    void unitsIn_village() {
        assertEquals(List.of(NT_T2), ids(s.unitsIn(NT_T2)));
    }

    @Test
    void unitsIn_rejectsNonTerritorialUnit_namingIt() {
        BomayException e = assertThrows(BomayException.class, () -> s.unitsIn(KB_HU));
        assertEquals("unitsIn: unit kb.hu (Huyện ủy Kim Bảng) is not an administrative unit; pass the id of a "
                + "territorial unit such as a district or a commune", e.getMessage());
    }

    // ------------------------------------------------------------------ posts and people

    @Test
    void posts_ofUnit_inTheOrderAdded() {
        assertEquals(List.of(HU_BT, HU_PBT, HU_TV, HU_UV), postIds(s.posts(KB_HU)));
        assertEquals(List.of(), s.posts(KB_HDND));
    }

    @Test
    void posts_ofUnitWithRole() {
        assertEquals(List.of(HU_PBT), postIds(s.posts(KB_HU, PostRole.DEPUTY)));
        assertEquals(List.of(HU_BT), postIds(s.posts(KB_HU, PostRole.HEAD)));
        assertEquals(List.of(), s.posts(KB_HU, PostRole.STAFF));
        assertEquals(List.of(PTCKH_CV), postIds(s.posts(KB_PTCKH, PostRole.STAFF)));
    }

    @Test
    void holders_onTheSnapshotDate() {
        assertEquals(List.of(DUNG), personIds(s.holders(UBND_CT)));
        assertEquals(List.of(EM, GIANG), personIds(s.holders(UBND_PCT)));
        assertEquals(List.of(), s.holders(PTCKH_TP));
        assertEquals(List.of(), s.holders(PTCKH_CV));
    }

    @Test
    void holders_pastTenureIsNotAHolder_untilWithDate() {
        assertEquals(List.of(CUONG_UBND, DUNG_UBND), s.tenures(UBND_CT));
        assertEquals(List.of(CUONG), personIds(s.withDate(LocalDate.of(2015, 1, 1)).holders(UBND_CT)));
        assertEquals(List.of(CUONG), personIds(s.withDate(LocalDate.of(2016, 6, 30)).holders(UBND_CT)));
        assertEquals(List.of(DUNG), personIds(s.withDate(LocalDate.of(2016, 7, 1)).holders(UBND_CT)));
        assertEquals(List.of(), s.withDate(LocalDate.of(2011, 6, 30)).holders(UBND_CT));
    }

    @Test
    void holders_futureTenureCountsFromItsStart() {
        assertEquals(List.of(), s.withDate(LocalDate.of(2019, 12, 31)).holders(PTCKH_TP));
        assertEquals(List.of(KHANH), personIds(s.withDate(LocalDate.of(2020, 1, 1)).holders(PTCKH_TP)));
    }

    @Test
    void withDate_sharesDataButChangesTheDate() {
        OrgStructure later = s.withDate(LocalDate.of(2020, 1, 1));
        assertEquals(LocalDate.of(2020, 1, 1), later.date());
        assertEquals(DATE, s.date());
        assertEquals(s.units(), later.units());
        assertSame(s, s.withDate(DATE));
        assertNotEquals(s, later);
        assertThrows(BomayException.class, () -> s.withDate(null));
    }

    @Test
    void postsOf_mainFirstThenConcurrent() {
        assertEquals(List.of(AN_MTTQ, AN_BDV), s.tenures(AN)); // added concurrent first
        assertEquals(List.of(AN_BDV, AN_MTTQ), s.postsOf(AN));
        assertEquals(List.of(HOA_CB, HOA_BCT), s.postsOf(HOA));
        assertEquals(List.of(LAN_DU, LAN_UV), s.postsOf(LAN));
    }

    @Test
    void postsOf_onlyTenuresInOffice() {
        assertEquals(List.of(AN_BDV), s.withDate(LocalDate.of(2017, 1, 1)).postsOf(AN));
        assertEquals(List.of(), s.postsOf(CUONG));
        assertEquals(List.of(), s.postsOf(KHANH));
        assertEquals(List.of(KHANH_TP), s.tenures(KHANH));
    }

    @Test
    void concurrentTenures_inForceOnTheDate() {
        // in the order of tenures(): post by post, in tree order of their units
        assertEquals(List.of(LAN_UV, AN_MTTQ, HOA_BCT), s.concurrentTenures());
        assertEquals(List.of(LAN_UV), s.withDate(LocalDate.of(2017, 1, 1)).concurrentTenures());
        assertEquals(List.of(), s.withDate(LocalDate.of(2015, 1, 1)).concurrentTenures());
    }

    @Test
    void heads_ofUnits() {
        assertEquals(List.of(DUNG), personIds(s.heads(KB_UBND)));
        assertEquals(List.of(BINH), personIds(s.heads(KB_HU)));
        assertEquals(List.of(AN), personIds(s.heads(KB_MTTQ)));
        assertEquals(List.of(), s.heads(KB_PTCKH));
        assertEquals(List.of(), s.heads(KB_HDND));
        assertEquals(List.of(EM, GIANG), personIds(s.holders(KB_UBND, PostRole.DEPUTY)));
    }

    // ------------------------------------------------------------------ relations

    @Test
    void related_subordinateTo() {
        assertEquals(List.of(HN_TU), ids(s.related(KB_HU, RelationType.SUBORDINATE_TO)));
        assertEquals(List.of(NT_DU, KB_BDV), ids(s.relatedTo(KB_HU, RelationType.SUBORDINATE_TO)));
        assertEquals(List.of(), s.related(HN, RelationType.SUBORDINATE_TO));
    }

    @Test
    void related_leads() {
        assertEquals(List.of(KB_HDND, KB_UBND, KB_MTTQ), ids(s.related(KB_HU, RelationType.LEADS)));
        assertEquals(List.of(KB_HU), ids(s.relatedTo(KB_UBND, RelationType.LEADS)));
        assertEquals(List.of(), s.relatedTo(KB_HU, RelationType.LEADS));
    }

    @Test
    void related_serves() {
        assertEquals(List.of(KB_HDND, KB_UBND), ids(s.related(KB_VP, RelationType.SERVES)));
        assertEquals(List.of(KB_VP), ids(s.relatedTo(KB_UBND, RelationType.SERVES)));
        assertEquals(List.of(KB_VP), ids(s.relatedTo(KB_HDND, RelationType.SERVES)));
        assertEquals(List.of(), s.relatedTo(KB_VP, RelationType.SERVES));
    }

    @Test
    void related_guides() {
        assertEquals(List.of(KB_PTCKH), ids(s.related(HN_STC, RelationType.GUIDES)));
        assertEquals(List.of(HN_STC), ids(s.relatedTo(KB_PTCKH, RelationType.GUIDES)));
    }

    @Test
    void related_memberOf() {
        assertEquals(List.of(KB_MTTQ), ids(s.related(KB_HND, RelationType.MEMBER_OF)));
        assertEquals(List.of(KB_HND), ids(s.relatedTo(KB_MTTQ, RelationType.MEMBER_OF)));
        assertEquals(List.of(NT_T1_BCT), ids(s.relatedTo(KB_MTTQ, RelationType.SUBORDINATE_TO)));
    }

    // ------------------------------------------------------------------ search

    @Test
    void find_ignoresDiacriticsToneMarksAndAbbreviations() {
        // every word must match a word of the name, in any order: "uy" is also a word of "Ủy ban ..." and of the
        // expanded "UBND"; names holding the phrase "huyen uy" come first, then shorter names
        assertEquals(List.of(KB_HU, KB_BDV, KB_UBND, KB_MTTQ, KB_VP), ids(s.find("Huyện uỷ")));
        assertEquals(List.of(KB_HU, KB_BDV), ids(s.find("Huyện uỷ Kim Bảng")).subList(0, 2));
        assertEquals(KB_HU, s.find("huyen uy kim bang").get(0).id());
        assertEquals(List.of(NT_UBND), ids(s.find("UBND xa Nhat Tan")));
        assertEquals(List.of(DH), ids(s.find("dong hoa")));
        assertEquals(List.of(), s.find("Lý Nhân"));
        assertEquals(List.of(), s.find(" "));
        assertThrows(BomayException.class, () -> s.find(null));
    }

    @Test
    void findPeople_lastWordIsAPrefix_shorterNamesFirst() {
        assertEquals(List.of(AN), personIds(s.findPeople("nguyen van an")));
        assertEquals(List.of(HOA, LAN, EM, BINH), personIds(s.findPeople("thi")));
        assertEquals(List.of(HOA), personIds(s.findPeople("Vũ Thị Hoà")));
        assertEquals(List.of(DUNG), personIds(s.findPeople("pham van d")));
    }

    // ------------------------------------------------------------------ counts and printing

    @Test
    void counts_organizationsAndTerritories() {
        StructureCounts c = s.counts();
        assertEquals(14, c.organizations());
        assertEquals(6, c.territories());
        assertEquals(20, c.units());
    }

    @Test
    void counts_byPillarAndLevel_organizationsOnly() {
        StructureCounts c = s.counts();
        assertEquals(Map.of(Pillar.PARTY, 5, Pillar.STATE, 6, Pillar.FRONT, 3), c.organizationsByPillar());
        assertEquals(Map.of(Level.CENTRAL, 0, Level.PROVINCE, 2, Level.DISTRICT, 8, Level.COMMUNE, 2, Level.VILLAGE, 2),
                c.organizationsByLevel());
    }

    @Test
    void counts_postsAndHoldersByRole() {
        StructureCounts c = s.counts();
        assertEquals(13, c.posts());
        assertEquals(Map.of(PostRole.HEAD, 8, PostRole.DEPUTY, 2, PostRole.STANDING_MEMBER, 1, PostRole.MEMBER, 1,
                PostRole.STAFF, 1), c.postsByRole());
        assertEquals(Map.of(PostRole.HEAD, 7, PostRole.DEPUTY, 2, PostRole.STANDING_MEMBER, 0, PostRole.MEMBER, 1,
                PostRole.STAFF, 0), c.holdersByRole());
    }

    @Test
    void counts_peopleConcurrentAndStaff() {
        StructureCounts c = s.counts();
        assertEquals(9, c.people());
        assertEquals(3, c.concurrentTenures());
        assertEquals(40 + 75 + 8, c.staffQuota());
        assertEquals(70 + 7, c.actualStaff());
    }

    @Test
    void counts_dependOnTheDate() {
        StructureCounts c = s.withDate(LocalDate.of(2015, 1, 1)).counts();
        assertEquals(0, c.concurrentTenures());
        assertEquals(Map.of(PostRole.HEAD, 1, PostRole.DEPUTY, 0, PostRole.STANDING_MEMBER, 0, PostRole.MEMBER, 0,
                PostRole.STAFF, 0), c.holdersByRole()); // only Cường, chair 2011-2016
        assertEquals(13, c.posts());
    }

    @Test
    void counts_toStringIsATable() {
        String expected = String.join("\n",
                "units               20  (organizations 14, administrative units 6)",
                "  by pillar     PARTY 5  STATE 6  FRONT 3",
                "  by level      PROVINCE 2  DISTRICT 8  COMMUNE 2  VILLAGE 2",
                "posts               13   HEAD 8  DEPUTY 2  STANDING_MEMBER 1  MEMBER 1  STAFF 1",
                "  in office     HEAD 7  DEPUTY 2  MEMBER 1",
                "people               9",
                "concurrent           3  (kiêm nhiệm in force)",
                "staff quota        123  actual 77");
        assertEquals(expected, s.counts().toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void tree_smallCaseWithElision() {
        String expected = "Huyện ủy Kim Bảng  [VN.HUYEN_UY] kb.hu · 4 posts · Trần Thị Bình\n"
                + "├── Đảng ủy xã Nhật Tân  [VN.DANG_UY_XA] nt.du · 1 post · Bùi Thị Lan · ▸ 1 unit below\n"
                + "└── Ban Dân vận Huyện ủy Kim Bảng  [VN.BAN_DAN_VAN] kb.bdv · 1 post · Nguyễn Văn An\n";
        assertEquals(expected, s.tree(KB_HU, 1));
    }

    @Test
    void tree_whole() {
        String expected = "Huyện ủy Kim Bảng  [VN.HUYEN_UY] kb.hu · 4 posts · Trần Thị Bình\n"
                + "├── Đảng ủy xã Nhật Tân  [VN.DANG_UY_XA] nt.du · 1 post · Bùi Thị Lan\n"
                + "│   └── Chi bộ thôn Thượng  [VN.CHI_BO] nt.t1.cb · 1 post · Vũ Thị Hòa\n"
                + "└── Ban Dân vận Huyện ủy Kim Bảng  [VN.BAN_DAN_VAN] kb.bdv · 1 post · Nguyễn Văn An\n";
        assertEquals(expected, s.tree(KB_HU));
        assertEquals(expected, s.tree(KB_HU, 2));
    }

    @Test
    void tree_depthZeroElidesTheChildren() {
        assertEquals("Huyện Kim Bảng  [VN.HUYEN] kb · ▸ 2 units below\n", s.tree(KB, 0));
        assertEquals("Tỉnh Hà Nam  [VN.TINH] hn · ▸ 1 unit below\n", s.tree(HN, 0));
        assertEquals("Thôn Hạ  [VN.THON] nt.t2\n", s.tree(NT_T2, 0));
    }

    @Test
    void tree_vacantHeadShowsNoName() {
        assertEquals("Phòng Tài chính – Kế hoạch huyện Kim Bảng  [VN.PHONG] kb.ptckh · 2 posts\n", s.tree(KB_PTCKH));
    }

    @Test
    void tree_severalHeadsShowTheFirstAndACount() {
        PostId ct = PostId.of("kb.hdnd.ct");
        OrgStructure t = s.toBuilder()
                .add(Post.of(ct, KB_HDND, PostRole.HEAD, "Chủ tịch HĐND huyện", 2))
                .add(Tenure.concurrent(BINH, ct, Period.from(LocalDate.of(2016, 7, 1))))
                .add(Tenure.concurrent(DUNG, ct, Period.from(LocalDate.of(2016, 7, 1))))
                .build();
        assertEquals("Hội đồng nhân dân huyện Kim Bảng  [VN.HDND] kb.hdnd · 1 post · Trần Thị Bình +1\n", t.tree(KB_HDND));
    }

    @Test
    void tree_rejectsNegativeDepth() {
        BomayException e = assertThrows(BomayException.class, () -> s.tree(KB, -1));
        assertEquals("tree: maxDepth must be >= 0, was -1", e.getMessage());
    }

    @Test
    void toString_isDateAndCounts() {
        assertEquals("OrgStructure[2019-01-01: 20 units (14 orgs), 13 posts, 9 people]",
                s.toString());
    }

    // ------------------------------------------------------------------ equality and derivation

    @Test
    void equals_isOrderInsensitive() {
        OrgStructure.Builder b = OrgStructure.builder(DATE);
        Lists.reverse(s.relations()).forEach(b::add);
        Lists.reverse(s.tenures()).forEach(b::add);
        Lists.reverse(s.people()).forEach(b::add);
        Lists.reverse(s.posts()).forEach(b::add);
        Lists.reverse(s.units()).forEach(b::add);
        OrgStructure reversed = b.build();
        assertEquals(List.of(KB_BDV, NT_DU), ids(reversed.children(KB_HU))); // really in another order
        assertEquals(s, reversed);
        assertEquals(reversed, s);
        assertEquals(s.hashCode(), reversed.hashCode());
    }

    @Test
    void equals_differsOnDateOrContent() {
        assertNotEquals(s, s.withDate(LocalDate.of(2019, 1, 2)));
        assertNotEquals(s, s.toBuilder().remove(KHANH_TP).build());
        assertNotEquals(s, s.toBuilder().remove(org.bomay.core.model.Relation.of(RelationType.GUIDES, HN_STC, KB_PTCKH))
                .build());
        assertNotEquals(s, s.toBuilder().add(Person.of(PersonId.of("p.new"), "Người Mới", false)).build());
        assertFalse(s.equals(null));
        assertFalse(s.equals("OrgStructure"));
    }

    @Test
    void toBuilder_buildIsEqual() {
        OrgStructure copy = s.toBuilder().build();
        assertEquals(s, copy);
        assertEquals(s.hashCode(), copy.hashCode());
        assertEquals(s.units(), copy.units());
        assertEquals(s.relations(), copy.relations());
        assertEquals(s.tree(HN_TU), copy.tree(HN_TU));
    }

    @Test
    void toBuilder_removeUnit_removesItsPostsTenuresAndRelations() {
        OrgStructure t = s.toBuilder().remove(KB_UBND).build();
        assertFalse(t.contains(KB_UBND));
        assertEquals(19, t.units().size());
        assertFalse(t.contains(UBND_CT));
        assertFalse(t.contains(UBND_PCT));
        assertEquals(11, t.posts().size());
        assertEquals(12 - 4, t.tenures().size());
        assertTrue(t.tenures().stream().noneMatch(x -> x.post().equals(UBND_CT) || x.post().equals(UBND_PCT)));
        assertEquals(20 - 5, t.relations().size());
        assertTrue(t.relations().stream().noneMatch(r -> r.source().equals(KB_UBND) || r.target().equals(KB_UBND)));
        // people stay; children become roots
        assertEquals(9, t.people().size());
        assertEquals(List.of(), t.tenures(DUNG));
        assertEquals(List.of(HN, HN_TU, HN_STC, KB_HDND, KB_VP, KB_PTCKH, NT_UBND, KB_MTTQ, KB_HND), ids(t.roots()));
        assertEquals(List.of(KB_HDND), ids(t.related(KB_VP, RelationType.SERVES)));
        // the original is untouched
        assertTrue(s.contains(KB_UBND));
    }

    @Test
    void toBuilder_removeTerritory_leavesReferencesThatBuildReports() {
        InvalidStructureException e = assertThrows(InvalidStructureException.class,
                () -> s.toBuilder().remove(NT_T1).build());
        assertEquals(List.of(Type.MISSING_REFERENCE, Type.MISSING_REFERENCE),
                e.problems().stream().map(StructureProblem::type).toList());
        assertTrue(e.getMessage().contains("Unit nt.t1.cb belongs to territory nt.t1, which is not in the structure"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Unit nt.t1.bct belongs to territory nt.t1, which is not in the structure"),
                e.getMessage());
    }

    @Test
    void accessors_areImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> s.units().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.children(KB_HU).clear());
        assertThrows(UnsupportedOperationException.class, () -> s.counts().organizationsByPillar().clear());
        assertEquals(Arrays.asList(PostRole.values()), List.copyOf(s.counts().postsByRole().keySet()));
    }
}
