package org.bomay.examples.kimbang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
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
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.structure.StructureCounts;
import org.junit.jupiter.api.Test;

class KimBangTest {
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 1);
    private static final List<UnitKind> COMMUNE_ORGANIZATIONS =
            List.of(VnKinds.DANG_UY_XA, VnKinds.HDND, VnKinds.UBND, VnKinds.UBMTTQ);

    private final OrgStructure s = KimBang.structure();
    private final OrgStructure march = KimBang.structure(MARCH);

    // ------------------------------------------------------------------ building and counts

    @Test
    void structure_isCachedOnItsDateAndRedatedOnRequest() {
        assertEquals(KimBang.DATE, s.date());
        assertSame(s, KimBang.structure());
        assertSame(s, KimBang.structure(KimBang.DATE));
        assertEquals(MARCH, march.date());
        assertEquals(s.units(), march.units());
        assertThrows(BomayException.class, () -> KimBang.structure(null));
    }

    @Test
    void structure_hasTheDocumentedCounts() {
        StructureCounts c = s.counts();
        assertEquals(291, c.units());
        assertEquals(66, c.territories());
        assertEquals(225, c.organizations());
        assertEquals(Map.of(Pillar.PARTY, 72, Pillar.STATE, 82, Pillar.FRONT, 71), c.organizationsByPillar());
        assertEquals(Map.of(Level.CENTRAL, 0, Level.PROVINCE, 7, Level.DISTRICT, 36, Level.COMMUNE, 90,
                Level.VILLAGE, 92), c.organizationsByLevel());
        assertEquals(386, c.posts());
        assertEquals(271, c.postsByRole().get(PostRole.HEAD));
        assertEquals(109, c.postsByRole().get(PostRole.DEPUTY));
        assertEquals(6, c.postsByRole().get(PostRole.STANDING_MEMBER));
        assertEquals(6, c.holdersByRole().get(PostRole.STANDING_MEMBER));
        assertEquals(375, c.people());
        assertEquals(887, c.staffQuota());
        assertEquals(859, c.actualStaff());
    }

    @Test
    void structure_hasTheRealAdministrativeHierarchy() {
        assertEquals(List.of(KimBang.TINH), ids(s.parent(KimBang.HUYEN).stream().toList()));
        assertEquals(16, s.unitsOf(VnKinds.XA).size());
        assertEquals(2, s.unitsOf(VnKinds.THI_TRAN).size());
        assertEquals(40, s.unitsOf(VnKinds.THON).size());
        assertEquals(6, s.unitsOf(VnKinds.TO_DAN_PHO).size());
        assertEquals(Set.of("Thị trấn Quế", "Thị trấn Ba Sao"),
                names(s.unitsOf(VnKinds.THI_TRAN)));
        assertEquals(Set.of("Xã Đại Cương", "Xã Đồng Hóa", "Xã Hoàng Tây", "Xã Khả Phong", "Xã Lê Hồ", "Xã Liên Sơn",
                "Xã Ngọc Sơn", "Xã Nguyễn Úy", "Xã Nhật Tân", "Xã Nhật Tựu", "Xã Tân Sơn", "Xã Thanh Sơn", "Xã Thi Sơn",
                "Xã Thụy Lôi", "Xã Tượng Lĩnh", "Xã Văn Xá"), names(s.unitsOf(VnKinds.XA)));
        Unit huyen = s.unit(KimBang.HUYEN);
        int population = communes().stream().mapToInt(u -> u.population().orElseThrow()).sum();
        assertEquals(population, huyen.population().orElseThrow());
        assertEquals(143_940, population);
    }

    // ------------------------------------------------------------------ communes and villages

    @Test
    void structure_hasEighteenCommunesEachWithFourOrganizations() {
        List<Unit> communes = communes();
        assertEquals(18, communes.size());
        assertEquals(KimBang.COMMUNES, ids(communes));
        for (Unit commune : communes) {
            assertEquals(KimBang.HUYEN, s.parent(commune.id()).orElseThrow().id());
            for (UnitKind kind : COMMUNE_ORGANIZATIONS) {
                List<Unit> found = communeOrganizations(commune, kind);
                assertEquals(1, found.size(), commune.id() + " must have exactly one " + kind.code() + ": " + found);
            }
            assertEquals(KimBang.HUYEN_UY, parentOf(communeOrganizations(commune, VnKinds.DANG_UY_XA).get(0)));
            assertEquals(null, parentOf(communeOrganizations(commune, VnKinds.HDND).get(0)), "councils are roots");
            assertEquals(KimBang.UBND, parentOf(communeOrganizations(commune, VnKinds.UBND).get(0)));
            assertEquals(KimBang.UBMTTQ, parentOf(communeOrganizations(commune, VnKinds.UBMTTQ).get(0)));
        }
    }

    @Test
    void everyCommune_hasAtLeastTwoVillagesEachWithCellHeadAndFrontBoard() {
        int villages = 0;
        for (Unit commune : communes()) {
            List<Unit> own = s.children(commune.id()).stream().filter(Unit::isTerritorial).toList();
            assertTrue(own.size() >= 2, commune.id() + " has " + own.size() + " villages");
            UnitId partyCommittee = communeOrganizations(commune, VnKinds.DANG_UY_XA).get(0).id();
            UnitId front = communeOrganizations(commune, VnKinds.UBMTTQ).get(0).id();
            for (Unit village : own) {
                villages++;
                assertEquals(Level.VILLAGE, village.level());
                Unit cell = onlyIn(village, VnKinds.CHI_BO);
                Unit board = onlyIn(village, VnKinds.BAN_CONG_TAC_MAT_TRAN);
                assertEquals(partyCommittee, parentOf(cell));
                assertEquals(front, parentOf(board));
                assertEquals(1, s.posts(village.id(), PostRole.HEAD).size(), village.id() + " needs a village head post");
                assertEquals(1, s.posts(cell.id(), PostRole.HEAD).size());
                assertEquals(1, s.posts(board.id(), PostRole.HEAD).size());
                assertEquals(List.of(board), s.related(cell.id(), RelationType.LEADS));
            }
        }
        assertEquals(46, villages);
    }

    @Test
    void everyOrganization_belongsToATerritoryAtItsOwnLevel() {
        for (Unit u : s.units()) {
            UnitId territory = u.territory().orElse(null);
            assertTrue(territory != null, u.id() + " has no territory");
            assertEquals(u.level(), s.unit(territory).level(), u.id() + " belongs to " + territory);
        }
        assertEquals(KimBang.TINH, s.unit(KimBang.SO_Y_TE).territory().orElseThrow());
        assertEquals(UnitId.of("kb.xa.nhat-tan"), s.unit(UnitId.of("kb.xa.nhat-tan.tyt")).territory().orElseThrow());
    }

    @Test
    void partyTree_hasTinhUyAsItsOnlyRoot() {
        List<Unit> partyRoots = s.roots().stream().filter(u -> u.pillar() == Pillar.PARTY).toList();
        assertEquals(List.of(KimBang.TINH_UY), ids(partyRoots));
        assertEquals(Set.of(KimBang.BAN_TO_CHUC, KimBang.BAN_TUYEN_GIAO, KimBang.BAN_DAN_VAN,
                KimBang.UY_BAN_KIEM_TRA, KimBang.VAN_PHONG_HUYEN_UY, KimBang.TTBDCT),
                s.children(KimBang.HUYEN_UY).stream().filter(u -> u.level() == Level.DISTRICT).map(Unit::id)
                        .collect(Collectors.toSet()));
        assertEquals(24, s.children(KimBang.HUYEN_UY).size());
        assertEquals(List.of(), s.unitsOf(VnKinds.BAN_THUONG_VU), "the standing board is a body, not a unit");
        Unit cell = s.unit(UnitId.of("kb.xa.nhat-tan.thon-1.cb"));
        assertEquals(List.of(UnitId.of("kb.xa.nhat-tan.du"), KimBang.HUYEN_UY, KimBang.TINH_UY),
                ids(s.ancestors(cell.id())));
    }

    @Test
    void provincialUnits_holdTheStationsHealthUnitsAndDykeUnitIn2018() {
        for (UnitId station : List.of(KimBang.TRAM_TRONG_TROT, KimBang.TRAM_CHAN_NUOI, KimBang.TRAM_KHUYEN_NONG,
                KimBang.HAT_QUAN_LY_DE_DIEU)) {
            assertEquals(KimBang.SO_NONG_NGHIEP, parentOf(s.unit(station)));
            assertEquals(KimBang.HUYEN, s.unit(station).territory().orElseThrow());
        }
        assertEquals(KimBang.SO_Y_TE, parentOf(s.unit(KimBang.TRUNG_TAM_Y_TE)));
        assertEquals(KimBang.SO_Y_TE, parentOf(s.unit(KimBang.TRUNG_TAM_DAN_SO)));
        assertEquals(KimBang.SO_TAI_NGUYEN_MOI_TRUONG, parentOf(s.unit(KimBang.VAN_PHONG_DANG_KY_DAT_DAI)));
        List<Unit> healthStations = s.unitsOf(VnKinds.TRAM_Y_TE);
        assertEquals(18, healthStations.size());
        for (Unit station : healthStations) {
            // units of the district health centre (TT 37/2016/TT-BYT), not of the Sở directly
            assertEquals(KimBang.TRUNG_TAM_Y_TE, parentOf(station));
            assertEquals(Level.COMMUNE, station.level());
        }
        assertEquals(Set.copyOf(KimBang.COMMUNES),
                healthStations.stream().map(u -> u.territory().orElseThrow()).collect(Collectors.toSet()));
        // the planned transfer to the district is one subtree: the centre and its 18 stations
        assertEquals(Set.copyOf(healthStations), Set.copyOf(s.children(KimBang.TRUNG_TAM_Y_TE)));
        assertEquals(19, s.subtree(KimBang.TRUNG_TAM_Y_TE).size());
        assertEquals(Set.of(KimBang.TRUNG_TAM_Y_TE, KimBang.TRUNG_TAM_DAN_SO), Set.copyOf(ids(s.children(KimBang.SO_Y_TE))));
        assertEquals(List.of(KimBang.UBND_TINH), ids(s.parent(KimBang.SO_Y_TE).stream().toList()));
        assertEquals(List.of(KimBang.UBND_TINH), ids(s.parent(KimBang.UBND).stream().toList()));
        assertEquals(List.of(KimBang.UBMTTQ_TINH), ids(s.parent(KimBang.UBMTTQ).stream().toList()));
    }

    @Test
    void councils_areRootsLedByTheirPartyCommittee_whileExecutivesAndFrontsKeepTheirHierarchy() {
        List<Unit> councils = s.unitsOf(VnKinds.HDND);
        assertEquals(20, councils.size());
        for (Unit hdnd : councils) {
            assertTrue(s.parent(hdnd.id()).isEmpty(), hdnd.id() + " is an elected council, subordinate to no other");
            assertTrue(s.children(hdnd.id()).isEmpty(), hdnd.id() + " has no council under it");
            assertEquals(1, s.relatedTo(hdnd.id(), RelationType.LEADS).size(), hdnd.id() + " is led by one committee");
        }
        assertTrue(s.roots().containsAll(councils));
        assertEquals(List.of(KimBang.TINH_UY), ids(s.relatedTo(KimBang.HDND_TINH, RelationType.LEADS)));
        assertEquals(List.of(KimBang.HUYEN_UY), ids(s.relatedTo(KimBang.HDND, RelationType.LEADS)));
        assertEquals(List.of(KimBang.UBND, KimBang.UBND_TINH),
                ids(s.ancestors(UnitId.of("kb.xa.nhat-tan.ubnd"))));
        assertEquals(List.of(KimBang.UBMTTQ, KimBang.UBMTTQ_TINH),
                ids(s.ancestors(UnitId.of("kb.xa.nhat-tan.mttq"))));
    }

    // ------------------------------------------------------------------ relations

    @Test
    void relations_leadsGuidesServesAndMemberOfAreThere() {
        Set<UnitId> ledByHuyenUy = Set.of(KimBang.HDND, KimBang.UBND, KimBang.UBMTTQ, KimBang.HOI_NONG_DAN,
                KimBang.HOI_PHU_NU, KimBang.HUYEN_DOAN, KimBang.HOI_CUU_CHIEN_BINH, KimBang.LIEN_DOAN_LAO_DONG);
        assertEquals(ledByHuyenUy, Set.copyOf(ids(s.related(KimBang.HUYEN_UY, RelationType.LEADS))));
        assertEquals(Set.of(KimBang.HDND, KimBang.UBND),
                Set.copyOf(ids(s.related(KimBang.VAN_PHONG_HDND_UBND, RelationType.SERVES))));
        assertEquals(List.of(KimBang.HUYEN_UY), ids(s.related(KimBang.VAN_PHONG_HUYEN_UY, RelationType.SERVES)));
        assertEquals(List.of(KimBang.PHONG_NONG_NGHIEP), ids(s.related(KimBang.SO_NONG_NGHIEP, RelationType.GUIDES)));
        assertEquals(List.of(KimBang.PHONG_Y_TE), ids(s.related(KimBang.SO_Y_TE, RelationType.GUIDES)));
        assertEquals(List.of(KimBang.PHONG_TAI_NGUYEN_MOI_TRUONG),
                ids(s.related(KimBang.SO_TAI_NGUYEN_MOI_TRUONG, RelationType.GUIDES)));
        assertEquals(Set.copyOf(KimBang.SOCIO_POLITICAL_ORGANIZATIONS),
                Set.copyOf(ids(s.relatedTo(KimBang.UBMTTQ, RelationType.MEMBER_OF))));
        for (UnitId org : KimBang.SOCIO_POLITICAL_ORGANIZATIONS) {
            assertTrue(s.parent(org).isEmpty(), org + " is a member of the Front in 2018, not under it");
        }
        for (Unit du : s.unitsOf(VnKinds.DANG_UY_XA)) {
            UnitId commune = du.territory().orElseThrow();
            List<Unit> led = s.related(du.id(), RelationType.LEADS);
            assertEquals(Set.of(VnKinds.HDND, VnKinds.UBND, VnKinds.UBMTTQ),
                    led.stream().map(Unit::kind).collect(Collectors.toSet()), du.id().toString());
            assertTrue(led.stream().allMatch(u -> u.territory().orElseThrow().equals(commune)), du.id().toString());
        }
        Map<RelationType, Long> byType = s.relations().stream()
                .collect(Collectors.groupingBy(r -> r.type(), Collectors.counting()));
        assertEquals(Map.of(RelationType.SUBORDINATE_TO, 262L, RelationType.LEADS, 111L, RelationType.GUIDES, 3L,
                RelationType.SERVES, 3L, RelationType.MEMBER_OF, 5L), byType);
    }

    // ------------------------------------------------------------------ posts, people, tenures

    @Test
    void everyPost_isHeldOnBothDatesExceptTheDocumentedVacancy() {
        for (OrgStructure snapshot : List.of(s, march)) {
            Set<PostId> vacant = snapshot.posts().stream().map(Post::id).filter(p -> snapshot.holders(p).isEmpty())
                    .collect(Collectors.toSet());
            assertEquals(KimBang.VACANT_POSTS, vacant, "vacant on " + snapshot.date());
        }
        assertEquals(108, s.counts().holdersByRole().get(PostRole.DEPUTY));
        assertEquals(3, s.holders(KimBang.PHONG_NONG_NGHIEP, PostRole.DEPUTY).size());
    }

    @Test
    void everyPerson_hasExactlyOneMainTenure() {
        for (Person p : s.people()) {
            long main = s.tenures(p.id()).stream().filter(t -> !t.isConcurrent()).count();
            assertEquals(1, main, p.toString());
        }
        for (OrgStructure snapshot : List.of(s, march)) {
            for (Person p : snapshot.people()) {
                long inOffice = snapshot.postsOf(p.id()).stream().filter(t -> !t.isConcurrent()).count();
                assertTrue(inOffice <= 1, p + " holds " + inOffice + " main posts on " + snapshot.date());
            }
        }
    }

    @Test
    void people_areFictitiousPartyMembersInPartyPostsAndSomeVillageHeadsAreNot() {
        for (Unit u : s.unitsOf(Pillar.PARTY)) {
            for (Post post : s.posts(u.id())) {
                for (Person holder : s.holders(post.id())) {
                    assertTrue(holder.partyMember(), holder + " holds " + post);
                }
            }
        }
        // every third village head is not a party member; from 2/2018 most heads are cell secretaries
        assertEquals(15, nonPartyVillageHeads(s));
        assertEquals(4, nonPartyVillageHeads(march));
        assertTrue(s.people().stream().allMatch(p -> p.id().value().matches("p\\.\\d{4}")));
        assertEquals(s.people().size(), s.people().stream().map(Person::name).distinct().count(), "names are unique");
    }

    @Test
    void danVanHeadChairsTheFront_onlyFromFebruary2018() {
        assertNotEquals(s.holders(KimBang.TRUONG_BAN_DAN_VAN), s.holders(KimBang.CHU_TICH_UBMTTQ));
        assertNotEquals(s.holders(KimBang.TRUONG_BAN_TUYEN_GIAO), s.holders(KimBang.GIAM_DOC_TTBDCT));
        assertEquals(march.holders(KimBang.TRUONG_BAN_DAN_VAN), march.holders(KimBang.CHU_TICH_UBMTTQ));
        assertEquals(march.holders(KimBang.TRUONG_BAN_TUYEN_GIAO), march.holders(KimBang.GIAM_DOC_TTBDCT));

        PersonId danVan = march.holders(KimBang.TRUONG_BAN_DAN_VAN).get(0).id();
        List<Tenure> held = march.postsOf(danVan);
        // the main post, the standing-board seat (since 2016) and the Front chair (since 2/2018)
        assertEquals(3, held.size());
        assertFalse(held.get(0).isConcurrent());
        assertEquals(KimBang.TRUONG_BAN_DAN_VAN, held.get(0).post());
        Tenure front = held.stream().filter(t -> t.post().equals(KimBang.CHU_TICH_UBMTTQ)).findFirst().orElseThrow();
        assertTrue(front.isConcurrent());
        assertEquals(KimBang.MODELS_FROM, front.period().start().orElseThrow());
        assertEquals(List.of(KimBang.TRUONG_BAN_DAN_VAN, KimBang.UY_VIEN_BAN_THUONG_VU.get(2)),
                s.postsOf(danVan).stream().map(Tenure::post).toList());
        // the outgoing chair's main tenure ends the day the model starts
        Tenure outgoing = s.tenures(KimBang.CHU_TICH_UBMTTQ).stream().filter(t -> !t.isConcurrent()).findFirst()
                .orElseThrow();
        assertEquals(KimBang.MODELS_FROM, outgoing.period().end().orElseThrow());
    }

    @Test
    void concurrentTenures_areStandingSeatsAndCommuneOnesBeforeTheModelsAndNinetyThreeAfter() {
        assertEquals(11, s.concurrentTenures().size());
        assertEquals(11, s.counts().concurrentTenures());
        Map<String, Long> byTitle = s.concurrentTenures().stream()
                .collect(Collectors.groupingBy(t -> s.post(t.post()).title(), Collectors.counting()));
        assertEquals(Map.of("Chủ tịch HĐND xã", 5L, "Ủy viên Ban Thường vụ Huyện ủy", 6L), byTitle);
        assertEquals(93, march.concurrentTenures().size());
        assertEquals(93, march.counts().concurrentTenures());
        assertEquals(5, secretariesChairingTheCouncil(march));
        assertEquals(5, secretariesChairingTheCouncil(s));
    }

    @Test
    void standingBoard_isSixConcurrentSeatsOfTheHuyenUyHeldByLeadersOfOtherUnits() {
        List<Post> seats = s.posts(KimBang.HUYEN_UY, PostRole.STANDING_MEMBER);
        assertEquals(KimBang.UY_VIEN_BAN_THUONG_VU, seats.stream().map(Post::id).toList());
        List<PostId> mainPosts = List.of(PostId.of("kb.hu.btc.tb"), KimBang.TRUONG_BAN_TUYEN_GIAO,
                KimBang.TRUONG_BAN_DAN_VAN, PostId.of("kb.hu.ubkt.cn"), KimBang.CHU_TICH_UBND, PostId.of("kb.ubnd.pct1"));
        for (OrgStructure snapshot : List.of(s, march)) {
            for (int i = 0; i < seats.size(); i++) {
                Post seat = seats.get(i);
                assertEquals("Ủy viên Ban Thường vụ Huyện ủy", seat.title());
                assertEquals(1, seat.capacity());
                List<Tenure> tenures = snapshot.tenures(seat.id());
                assertEquals(1, tenures.size(), seat.id().toString());
                Tenure t = tenures.get(0);
                assertTrue(t.isConcurrent(), seat.id() + " is held concurrently");
                assertTrue(t.period().end().isEmpty());
                // the seat holder's main post is elsewhere: the one the seat goes with
                assertEquals(snapshot.holders(mainPosts.get(i)), snapshot.holders(seat.id()), seat.id().toString());
                assertNotEquals(KimBang.HUYEN_UY, snapshot.post(mainPosts.get(i)).unit());
            }
        }
        // from the district congress (2015-07-01), or from a later start of the main post
        assertEquals(List.of(LocalDate.of(2015, 8, 1), LocalDate.of(2015, 8, 1), LocalDate.of(2016, 2, 1),
                LocalDate.of(2015, 7, 1), LocalDate.of(2016, 7, 1), LocalDate.of(2016, 12, 1)),
                seats.stream().map(p -> s.tenures(p.id()).get(0).period().start().orElseThrow()).toList());
        // the Bí thư and the Phó Bí thư are standing members by their posts: no seat, no extra tenure
        for (Post leader : s.posts(KimBang.HUYEN_UY).stream().filter(p -> p.role() != PostRole.STANDING_MEMBER).toList()) {
            PersonId holder = s.holders(leader.id()).get(0).id();
            assertEquals(List.of(leader.id()), s.tenures(holder).stream().map(Tenure::post).toList(), leader.toString());
        }
        assertEquals(List.of(KimBang.BI_THU_HUYEN_UY, PostId.of("kb.hu.pbt-tt"), PostId.of("kb.hu.pbt")),
                s.posts(KimBang.HUYEN_UY).stream().filter(p -> p.role() != PostRole.STANDING_MEMBER).map(Post::id)
                        .toList());
        assertEquals(9, s.posts(KimBang.HUYEN_UY).stream().flatMap(p -> s.holders(p.id()).stream()).distinct().count(),
                "nine distinct members of the standing board");
    }

    @Test
    void villageTriplePost_coversFortyOfFortySixVillagesFromFebruary2018() {
        assertEquals(0, tripleModelVillages(s));
        assertEquals(40, tripleModelVillages(march));
        assertEquals(46, villages().size());
    }

    @Test
    void staffQuotas_areOnDistrictOrganizationsAndCommuneUbnd() {
        for (UnitId id : List.of(KimBang.BAN_TO_CHUC, KimBang.VAN_PHONG_HUYEN_UY, KimBang.VAN_PHONG_HDND_UBND,
                KimBang.PHONG_NOI_VU, KimBang.THANH_TRA, KimBang.UBMTTQ, KimBang.TRUNG_TAM_Y_TE)) {
            assertTrue(s.unit(id).staffQuota().isPresent(), id + " needs a quota");
            assertTrue(s.unit(id).actualStaff().isPresent(), id + " needs actual staff");
        }
        List<Unit> communeUbnd = s.unitsOf(VnKinds.UBND).stream().filter(u -> u.level() == Level.COMMUNE).toList();
        assertEquals(18, communeUbnd.size());
        long overQuota = communeUbnd.stream()
                .filter(u -> u.actualStaff().orElseThrow() > u.staffQuota().orElseThrow()).count();
        assertEquals(2, overQuota);
    }

    // ------------------------------------------------------------------ search

    @Test
    void find_putsHuyenUyFirstWhateverTheSpelling() {
        assertEquals(KimBang.HUYEN_UY, s.find("huyen uy kim bang").get(0).id());
        assertEquals(KimBang.HUYEN_UY, s.find("Huyện uỷ Kim Bảng").get(0).id());
        assertEquals(KimBang.HUYEN_UY, s.find("Huyện ủy Kim Bảng").get(0).id());
        assertEquals(KimBang.UBND, s.find("UBND huyen Kim Bang").get(0).id());
        assertEquals(UnitId.of("kb.xa.nhat-tan.ubnd"), s.find("UBND xa Nhat Tan").get(0).id());
    }

    // ------------------------------------------------------------------ helpers

    private List<Unit> communes() {
        List<Unit> out = new ArrayList<>(s.unitsOf(VnKinds.THI_TRAN));
        out.addAll(s.unitsOf(VnKinds.XA));
        return out;
    }

    private List<Unit> villages() {
        List<Unit> out = new ArrayList<>(s.unitsOf(VnKinds.THON));
        out.addAll(s.unitsOf(VnKinds.TO_DAN_PHO));
        return out;
    }

    private List<Unit> communeOrganizations(Unit commune, UnitKind kind) {
        return s.unitsIn(commune.id()).stream().filter(u -> u.level() == Level.COMMUNE && u.kind().equals(kind))
                .toList();
    }

    private Unit onlyIn(Unit village, UnitKind kind) {
        List<Unit> found = s.unitsIn(village.id()).stream().filter(u -> u.kind().equals(kind)).toList();
        assertEquals(1, found.size(), village.id() + " must have exactly one " + kind.code());
        return found.get(0);
    }

    private UnitId parentOf(Unit u) {
        return s.parent(u.id()).map(Unit::id).orElse(null);
    }

    private long nonPartyVillageHeads(OrgStructure snapshot) {
        return villages().stream().flatMap(v -> snapshot.heads(v.id()).stream()).filter(p -> !p.partyMember()).count();
    }

    private static long secretariesChairingTheCouncil(OrgStructure snapshot) {
        return snapshot.unitsOf(VnKinds.DANG_UY_XA).stream().filter(du -> {
            List<Person> secretary = snapshot.heads(du.id());
            Unit hdnd = snapshot.related(du.id(), RelationType.LEADS).stream()
                    .filter(u -> u.kind().equals(VnKinds.HDND)).findFirst().orElseThrow();
            return !secretary.isEmpty() && secretary.equals(snapshot.heads(hdnd.id()));
        }).count();
    }

    private long tripleModelVillages(OrgStructure snapshot) {
        return villages().stream().filter(v -> {
            Function<UnitKind, List<Person>> headOf = kind -> snapshot.heads(snapshot.unitsIn(v.id()).stream()
                    .filter(u -> u.kind().equals(kind)).findFirst().orElseThrow().id());
            List<Person> secretary = headOf.apply(VnKinds.CHI_BO);
            return secretary.equals(snapshot.heads(v.id())) && secretary.equals(headOf.apply(VnKinds.BAN_CONG_TAC_MAT_TRAN));
        }).count();
    }

    private static List<UnitId> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    private static Set<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).collect(Collectors.toSet());
    }
}
