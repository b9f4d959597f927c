package org.bomay.core.structure;

import org.bomay.core.model.Pillar;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
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
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.StructureProblem.Type;
import org.junit.jupiter.api.Test;

/** Every rejection of {@link OrgStructure.Builder#build()}, one test each, and the cases just inside the rules. */
class OrgStructureBuildTest {
    private static final LocalDate DATE = LocalDate.of(2019, 1, 1);

    private static final UnitId HN = UnitId.of("hn");
    private static final UnitId KB = UnitId.of("kb");
    private static final UnitId NT = UnitId.of("nt");
    private static final UnitId NT_T1 = UnitId.of("nt.t1");
    private static final UnitId HU = UnitId.of("kb.hu");
    private static final UnitId BDV = UnitId.of("kb.bdv");
    private static final UnitId UBND = UnitId.of("kb.ubnd");
    private static final PostId BDV_TB = PostId.of("kb.bdv.tb");
    private static final PostId UBND_CT = PostId.of("kb.ubnd.ct");
    private static final PersonId AN = PersonId.of("p.an");
    private static final PersonId BINH = PersonId.of("p.binh");

    private static Unit unit(UnitId id, String name, UnitKind kind, Level level) {
        return Unit.of(id, name, kind, level);
    }

    private static Unit org(UnitId id, String name, UnitKind kind, Level level, UnitId territory) {
        return Unit.builder(id, name, kind, level).territory(territory).build();
    }

    private static Unit kb() {
        return unit(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT);
    }

    private static Unit hu() {
        return org(HU, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, KB);
    }

    private static Unit bdv() {
        return org(BDV, "Ban Dân vận Huyện ủy Kim Bảng", VnKinds.BAN_DAN_VAN, Level.DISTRICT, KB);
    }

    private static Unit ubnd() {
        return org(UBND, "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, KB);
    }

    /** A valid district: Kim Bảng, its party committee with the Dân vận board, its UBND; two people. */
    private static OrgStructure.Builder valid() {
        return OrgStructure.builder(DATE)
                .add(kb())
                .add(hu())
                .add(bdv(), HU)
                .add(ubnd())
                .add(Relation.of(RelationType.LEADS, HU, UBND))
                .add(Post.of(BDV_TB, BDV, PostRole.HEAD, "Trưởng Ban Dân vận"))
                .add(Post.of(UBND_CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Person.of(AN, "Nguyễn Văn An", true))
                .add(Person.of(BINH, "Trần Thị Bình", true))
                .add(Tenure.main(AN, BDV_TB, Period.from(LocalDate.of(2015, 10, 1))))
                .add(Tenure.main(BINH, UBND_CT, Period.from(LocalDate.of(2016, 7, 1))));
    }

    private static InvalidStructureException rejected(OrgStructure.Builder b) {
        return assertThrows(InvalidStructureException.class, b::build);
    }

    /** Asserts the build fails with exactly one problem of the type, whose message names every id. */
    private static StructureProblem onlyProblem(OrgStructure.Builder b, Type type, Object... ids) {
        InvalidStructureException e = rejected(b);
        assertEquals(1, e.problems().size(), e.getMessage());
        StructureProblem p = e.problems().get(0);
        assertEquals(type, p.type(), e.getMessage());
        for (Object id : ids) {
            assertTrue(p.message().contains(id.toString()), "problem message does not name " + id + ": " + p.message());
            assertTrue(e.getMessage().contains(id.toString()), "exception message does not name " + id + ": " + e.getMessage());
        }
        assertTrue(e.getMessage().startsWith("Invalid structure: 1 problem\n  - " + type + ": "), e.getMessage());
        return p;
    }

    @Test
    void build_acceptsTheValidFixture() {
        OrgStructure s = valid().build();
        assertEquals(4, s.units().size());
        assertEquals(2, s.posts().size());
        assertEquals(2, s.people().size());
        assertEquals(2, s.tenures().size());
        assertEquals(2, s.relations().size());
    }

    // ------------------------------------------------------------------ duplicates

    @Test
    void build_rejectsDuplicateUnitId() {
        OrgStructure.Builder b = valid().add(org(BDV, "Ban Dân vận (bản sao)", VnKinds.BAN_DAN_VAN, Level.DISTRICT, KB));
        StructureProblem p = onlyProblem(b, Type.DUPLICATE_ID, BDV);
        assertEquals(List.of(BDV), p.ids());
        assertEquals("Duplicate unit id kb.bdv: kb.bdv \"Ban Dân vận Huyện ủy Kim Bảng\" [VN.BAN_DAN_VAN, DISTRICT] and "
                + "kb.bdv \"Ban Dân vận (bản sao)\" [VN.BAN_DAN_VAN, DISTRICT]", p.message());
    }

    @Test
    void build_rejectsIdenticalUnitAddedTwice() {
        onlyProblem(valid().add(ubnd()), Type.DUPLICATE_ID, UBND);
    }

    @Test
    void build_rejectsDuplicatePostId() {
        OrgStructure.Builder b = valid().add(Post.of(UBND_CT, UBND, PostRole.DEPUTY, "Phó Chủ tịch UBND huyện"));
        StructureProblem p = onlyProblem(b, Type.DUPLICATE_ID, UBND_CT);
        assertEquals(List.of(UBND_CT), p.ids());
        assertTrue(p.message().startsWith("Duplicate post id kb.ubnd.ct: "), p.message());
    }

    @Test
    void build_rejectsDuplicatePersonId() {
        OrgStructure.Builder b = valid().add(Person.of(AN, "Nguyễn Văn Ân", false));
        StructureProblem p = onlyProblem(b, Type.DUPLICATE_ID, AN);
        assertEquals(List.of(AN), p.ids());
        assertEquals("Duplicate person id p.an: p.an \"Nguyễn Văn An\" (đảng viên) and p.an \"Nguyễn Văn Ân\"", p.message());
    }

    @Test
    void build_rejectsDuplicateRelation() {
        OrgStructure.Builder b = valid().add(Relation.of(RelationType.LEADS, HU, UBND));
        StructureProblem p = onlyProblem(b, Type.DUPLICATE_ENTRY, HU, UBND);
        assertEquals("Relation kb.hu LEADS kb.ubnd is added twice", p.message());
        assertEquals(List.of(HU, UBND), p.ids());
    }

    @Test
    void build_rejectsDuplicateSubordination() {
        OrgStructure.Builder b = valid().add(Relation.of(RelationType.SUBORDINATE_TO, BDV, HU));
        StructureProblem p = onlyProblem(b, Type.DUPLICATE_ENTRY, BDV, HU);
        assertEquals("Relation kb.bdv SUBORDINATE_TO kb.hu is added twice", p.message());
    }

    @Test
    void build_rejectsDuplicateTenure() {
        OrgStructure.Builder b = valid().add(Tenure.main(AN, BDV_TB, Period.from(LocalDate.of(2015, 10, 1))));
        StructureProblem p = onlyProblem(b, Type.DUPLICATE_ENTRY, AN, BDV_TB);
        assertEquals("Tenure p.an -> kb.bdv.tb 2015-10-01/.. MAIN is added twice", p.message());
        assertEquals(List.of(AN, BDV_TB), p.ids());
    }

    @Test
    void build_reportsATenureWithAMissingPersonAddedTwice_asMissingOnceAndDuplicateOnce() {
        PersonId ghost = PersonId.of("p.khong-co");
        Tenure t = Tenure.main(ghost, BDV_TB, Period.from(LocalDate.of(2016, 1, 1)));
        InvalidStructureException e = assertThrows(InvalidStructureException.class, () -> valid().add(t).add(t).build());
        assertEquals(List.of(Type.MISSING_REFERENCE, Type.DUPLICATE_ENTRY), e.problems().stream().map(StructureProblem::type).toList(),
                e.getMessage());
    }

    @Test
    void build_rejectsOnePersonHoldingOnePostTwiceAtOnce() {
        OrgStructure.Builder b = valid().add(Tenure.concurrent(AN, BDV_TB, Period.from(LocalDate.of(2017, 1, 1))));
        StructureProblem p = onlyProblem(b, Type.DUPLICATE_ENTRY, AN, BDV_TB);
        assertEquals("Person p.an holds post kb.bdv.tb twice at once: tenures 2015-10-01/.. MAIN and 2017-01-01/.. "
                + "CONCURRENT overlap (end one before the other starts)", p.message());
    }

    @Test
    void build_acceptsOnePersonHoldingOnePostAgainAfterAGap() {
        OrgStructure.Builder b = OrgStructure.builder(DATE).add(kb()).add(hu())
                .add(org(BDV, "Ban Dân vận Huyện ủy Kim Bảng", VnKinds.BAN_DAN_VAN, Level.DISTRICT, KB), HU)
                .add(Post.of(BDV_TB, BDV, PostRole.HEAD, "Trưởng Ban Dân vận"))
                .add(Person.of(AN, "Nguyễn Văn An", true))
                .add(Tenure.main(AN, BDV_TB, Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1))))
                .add(Tenure.main(AN, BDV_TB, Period.from(LocalDate.of(2015, 1, 1))));
        assertEquals(List.of(Person.of(AN, "Nguyễn Văn An", true)), b.build().holders(BDV_TB));
    }

    @Test
    void build_rejectsTwoDefinitionsOfOneKindCode() {
        UnitKind other = UnitKind.of(VnKinds.UBND.code(), "Ủy ban", "committee", Pillar.PARTY, Level.DISTRICT);
        UnitId fake = UnitId.of("kb.fake");
        OrgStructure.Builder b = valid().add(org(fake, "Ủy ban giả", other, Level.DISTRICT, KB));
        StructureProblem p = onlyProblem(b, Type.KIND_CONFLICT, UBND, fake);
        assertEquals("Units kb.ubnd and kb.fake have different kinds with the same code VN.UBND "
                + "(take both from one KindCatalog)", p.message());
    }

    @Test
    void build_rejectsTerritoryBelowTheUnit() {
        OrgStructure.Builder b = OrgStructure.builder(DATE).add(kb())
                .add(unit(NT, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), KB)
                .add(org(HU, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, NT));
        StructureProblem p = onlyProblem(b, Type.BAD_TERRITORY, HU, NT);
        assertEquals("Unit kb.hu (DISTRICT) belongs to territory nt (COMMUNE), which lies below it: "
                + "a unit's territory is at its level or above", p.message());
    }

    @Test
    void builder_replaceKeepsPostsAndTenures() {
        OrgStructure s = valid().replace(bdv().withName("Ban Dân vận (đổi tên)")).build();
        assertEquals("Ban Dân vận (đổi tên)", s.unit(BDV).name());
        assertEquals(List.of(BDV_TB), s.posts(BDV).stream().map(Post::id).toList());
        assertEquals(List.of(Person.of(AN, "Nguyễn Văn An", true)), s.holders(BDV_TB));
    }

    @Test
    void builder_replaceOrRemoveOfAnUnknownIdIsRejectedNamingIt() {
        OrgStructure.Builder b = valid();
        UnitId ghost = UnitId.of("kb.ghost");
        assertEquals("OrgStructure.Builder.replace: there is no unit kb.ghost to replace (use add)",
                assertThrows(BomayException.class,
                        () -> b.replace(org(ghost, "Ma", VnKinds.PHONG, Level.DISTRICT, KB))).getMessage());
        assertEquals("OrgStructure.Builder.remove: there is no unit kb.ghost to remove",
                assertThrows(BomayException.class, () -> b.remove(ghost)).getMessage());
        assertEquals("OrgStructure.Builder.remove: there is no post kb.ghost.tp to remove",
                assertThrows(BomayException.class, () -> b.remove(PostId.of("kb.ghost.tp"))).getMessage());
        assertEquals("OrgStructure.Builder.remove: there is no person p.ghost to remove",
                assertThrows(BomayException.class, () -> b.remove(PersonId.of("p.ghost"))).getMessage());
        assertEquals(valid().build(), b.build(), "a rejected call leaves the builder as it was");
    }

    @Test
    void builder_removePostAndPersonTakeTheirTenures() {
        OrgStructure s = valid().remove(BDV_TB).remove(BINH).build();
        assertFalse(s.contains(BDV_TB));
        assertFalse(s.contains(BINH));
        assertEquals(List.of(), s.tenures());
        assertTrue(s.contains(AN));
    }

    // ------------------------------------------------------------------ missing references

    @Test
    void build_rejectsPostOfMissingUnit() {
        UnitId ghost = UnitId.of("kb.ghost");
        PostId post = PostId.of("kb.ghost.tp");
        StructureProblem p = onlyProblem(valid().add(Post.of(post, ghost, PostRole.HEAD, "Trưởng phòng")),
                Type.MISSING_REFERENCE, post, ghost);
        assertEquals("Post kb.ghost.tp belongs to unit kb.ghost, which is not in the structure", p.message());
        assertEquals(List.of(post, ghost), p.ids());
    }

    @Test
    void build_rejectsTenureOfMissingPerson() {
        PersonId ghost = PersonId.of("p.ghost");
        StructureProblem p = onlyProblem(valid().add(Tenure.concurrent(ghost, UBND_CT, Period.ALWAYS)),
                Type.MISSING_REFERENCE, ghost, UBND_CT);
        assertEquals("Tenure p.ghost -> kb.ubnd.ct ../.. CONCURRENT names person p.ghost, who is not in the structure",
                p.message());
        assertEquals(List.of(ghost, UBND_CT), p.ids());
    }

    @Test
    void build_rejectsTenureOfMissingPost() {
        PostId ghost = PostId.of("kb.ghost.tp");
        StructureProblem p = onlyProblem(valid().add(Tenure.concurrent(AN, ghost, Period.ALWAYS)),
                Type.MISSING_REFERENCE, ghost, AN);
        assertEquals("Tenure p.an -> kb.ghost.tp ../.. CONCURRENT names post kb.ghost.tp, which is not in the structure",
                p.message());
        assertEquals(List.of(ghost, AN), p.ids());
    }

    @Test
    void build_rejectsRelationToMissingUnit() {
        UnitId ghost = UnitId.of("kb.mttq");
        StructureProblem p = onlyProblem(valid().add(Relation.of(RelationType.LEADS, HU, ghost)),
                Type.MISSING_REFERENCE, ghost, HU);
        assertEquals("Relation kb.hu LEADS kb.mttq refers to unit kb.mttq, which is not in the structure", p.message());
        assertEquals(List.of(ghost, HU, ghost), p.ids());
    }

    @Test
    void build_rejectsSubordinationToMissingParent() {
        UnitId ghost = UnitId.of("hn.tu");
        StructureProblem p = onlyProblem(valid().add(Relation.of(RelationType.SUBORDINATE_TO, HU, ghost)),
                Type.MISSING_REFERENCE, ghost, HU);
        assertTrue(p.message().startsWith("Relation kb.hu SUBORDINATE_TO hn.tu refers to unit hn.tu"), p.message());
    }

    @Test
    void build_rejectsMissingTerritory() {
        UnitId mttq = UnitId.of("kb.mttq");
        StructureProblem p = onlyProblem(
                valid().add(org(mttq, "Ủy ban MTTQ huyện Lý Nhân", VnKinds.UBMTTQ, Level.DISTRICT, UnitId.of("ln"))),
                Type.MISSING_REFERENCE, mttq, "ln");
        assertEquals("Unit kb.mttq belongs to territory ln, which is not in the structure", p.message());
        assertEquals(List.of(mttq, UnitId.of("ln")), p.ids());
    }

    @Test
    void build_rejectsTerritoryThatIsNotAnAdministrativeUnit() {
        UnitId mttq = UnitId.of("kb.mttq");
        StructureProblem p = onlyProblem(valid().add(org(mttq, "Ủy ban MTTQ huyện", VnKinds.UBMTTQ, Level.DISTRICT, HU)),
                Type.BAD_TERRITORY, mttq, HU);
        assertEquals("Unit kb.mttq belongs to territory kb.hu, but kb.hu (VN.HUYEN_UY) is not an administrative unit",
                p.message());
        assertEquals(List.of(mttq, HU), p.ids());
    }

    // ------------------------------------------------------------------ the tree

    @Test
    void build_rejectsUnitWithTwoParents() {
        OrgStructure.Builder b = valid().add(Relation.of(RelationType.SUBORDINATE_TO, BDV, UBND));
        StructureProblem p = onlyProblem(b, Type.MULTIPLE_PARENTS, BDV, HU, UBND);
        assertEquals("Unit kb.bdv is SUBORDINATE_TO more than one parent: [kb.hu, kb.ubnd] (a unit has one parent; "
                + "use LEADS, GUIDES or SERVES for the other links)", p.message());
        assertEquals(List.of(BDV, HU, UBND), p.ids());
    }

    @Test
    void build_acceptsOneParentPlusOtherRelations() {
        OrgStructure s = valid().add(Relation.of(RelationType.SERVES, BDV, UBND)).build();
        assertEquals(HU, s.parent(BDV).orElseThrow().id());
    }

    @Test
    void build_rejectsTwoCycle_namingBothUnits() {
        UnitId a = UnitId.of("kb.bcd-a");
        UnitId b = UnitId.of("kb.bcd-b");
        OrgStructure.Builder builder = OrgStructure.builder(DATE)
                .add(unit(a, "Ban Chỉ đạo A", VnKinds.BAN_CHI_DAO, Level.DISTRICT), b)
                .add(unit(b, "Ban Chỉ đạo B", VnKinds.BAN_CHI_DAO, Level.DISTRICT), a);
        StructureProblem p = onlyProblem(builder, Type.CYCLE, a, b);
        assertEquals("Units [kb.bcd-a, kb.bcd-b] form a SUBORDINATE_TO cycle (kb.bcd-a is its own ancestor)", p.message());
        assertEquals(List.of(a, b), p.ids());
    }

    @Test
    void build_rejectsThreeCycle_namingEveryUnit() {
        UnitId a = UnitId.of("x.a");
        UnitId b = UnitId.of("x.b");
        UnitId c = UnitId.of("x.c");
        UnitId tail = UnitId.of("x.tail");
        OrgStructure.Builder builder = OrgStructure.builder(DATE)
                .add(unit(tail, "Chi bộ D", VnKinds.CHI_BO, Level.COMMUNE), a) // hangs off the cycle, is not in it
                .add(unit(a, "Chi bộ A", VnKinds.CHI_BO, Level.COMMUNE), b)
                .add(unit(b, "Chi bộ B", VnKinds.CHI_BO, Level.COMMUNE), c)
                .add(unit(c, "Chi bộ C", VnKinds.CHI_BO, Level.COMMUNE), a);
        StructureProblem p = onlyProblem(builder, Type.CYCLE, a, b, c);
        assertEquals("Units [x.a, x.b, x.c] form a SUBORDINATE_TO cycle (x.a is its own ancestor)", p.message());
        assertEquals(List.of(a, b, c), p.ids());
    }

    @Test
    void build_rejectsCommuneUnderVillage() {
        OrgStructure.Builder b = OrgStructure.builder(DATE)
                .add(unit(NT_T1, "Thôn Thượng", VnKinds.THON, Level.VILLAGE))
                .add(unit(NT, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), NT_T1);
        StructureProblem p = onlyProblem(b, Type.LEVEL_MISMATCH, NT, NT_T1);
        assertEquals("Unit nt (COMMUNE) cannot be subordinate to nt.t1 (VILLAGE): a unit sits at its parent's level or "
                + "deeper", p.message());
        assertEquals(List.of(NT, NT_T1), p.ids());
    }

    @Test
    void build_rejectsDistrictCommitteeUnderCommuneCommittee() {
        UnitId du = UnitId.of("nt.du");
        OrgStructure.Builder b = OrgStructure.builder(DATE)
                .add(unit(du, "Đảng ủy xã Nhật Tân", VnKinds.DANG_UY_XA, Level.COMMUNE))
                .add(unit(HU, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT), du);
        onlyProblem(b, Type.LEVEL_MISMATCH, HU, du);
    }

    @Test
    void build_acceptsCommuneDirectlyUnderProvince() {
        OrgStructure s = OrgStructure.builder(LocalDate.of(2025, 7, 1))
                .add(unit(HN, "Tỉnh Ninh Bình", VnKinds.TINH, Level.PROVINCE))
                .add(unit(NT, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), HN)
                .build();
        assertEquals(HN, s.parent(NT).orElseThrow().id());
        assertEquals(1, s.depth(NT));
    }

    @Test
    void build_acceptsSameLevelParent() {
        OrgStructure s = valid().build();
        assertEquals(Level.DISTRICT, s.unit(BDV).level());
        assertEquals(Level.DISTRICT, s.parent(BDV).orElseThrow().level());
    }

    // ------------------------------------------------------------------ tenures and validity

    @Test
    void build_rejectsTenureStartingBeforeItsUnit() {
        UnitId vp = UnitId.of("kb.vp");
        PostId cvp = PostId.of("kb.vp.cvp");
        Tenure early = Tenure.main(BINH, cvp, Period.from(LocalDate.of(2017, 12, 1)));
        OrgStructure.Builder b = valid()
                .add(Unit.builder(vp, "Văn phòng HĐND và UBND huyện", VnKinds.VAN_PHONG_HDND_UBND, Level.DISTRICT)
                        .territory(KB).validity(Period.from(LocalDate.of(2018, 1, 1))).build())
                .add(Post.of(cvp, vp, PostRole.HEAD, "Chánh Văn phòng"))
                .add(early);
        StructureProblem p = onlyProblem(b, Type.TENURE_OUTSIDE_VALIDITY, BINH, cvp, vp);
        assertEquals("Tenure p.binh -> kb.vp.cvp 2017-12-01/.. MAIN of post kb.vp.cvp runs 2017-12-01/.., outside the "
                + "validity 2018-01-01/.. of its unit kb.vp", p.message());
        assertEquals(List.of(BINH, cvp, vp), p.ids());
    }

    @Test
    void build_rejectsOpenEndedTenureOfCeasingUnit() {
        UnitId vp = UnitId.of("kb.vp");
        PostId cvp = PostId.of("kb.vp.cvp");
        OrgStructure.Builder b = valid()
                .add(Unit.builder(vp, "Văn phòng HĐND và UBND huyện", VnKinds.VAN_PHONG_HDND_UBND, Level.DISTRICT)
                        .territory(KB).validity(Period.of(LocalDate.of(2004, 1, 1), LocalDate.of(2025, 7, 1))).build())
                .add(Post.of(cvp, vp, PostRole.HEAD, "Chánh Văn phòng"))
                .add(Tenure.main(BINH, cvp, Period.from(LocalDate.of(2020, 1, 1))));
        StructureProblem p = onlyProblem(b, Type.TENURE_OUTSIDE_VALIDITY, BINH, cvp, vp);
        assertTrue(p.message().contains("runs 2020-01-01/.., outside the validity 2004-01-01/2025-07-01 of its unit kb.vp"),
                p.message());
    }

    @Test
    void build_acceptsTenureEndingOnTheDayItsUnitCeases() {
        UnitId vp = UnitId.of("kb.vp");
        PostId cvp = PostId.of("kb.vp.cvp");
        OrgStructure s = valid()
                .add(Unit.builder(vp, "Văn phòng HĐND và UBND huyện", VnKinds.VAN_PHONG_HDND_UBND, Level.DISTRICT)
                        .territory(KB).validity(Period.of(LocalDate.of(2004, 1, 1), LocalDate.of(2025, 7, 1))).build())
                .add(Post.of(cvp, vp, PostRole.HEAD, "Chánh Văn phòng"))
                .add(Tenure.main(BINH, cvp, Period.of(LocalDate.of(2004, 1, 1), LocalDate.of(2025, 7, 1))))
                .build();
        assertEquals(List.of(s.person(BINH)), s.holders(cvp));
    }

    // ------------------------------------------------------------------ capacity

    @Test
    void build_rejectsSingleSeatHeldByTwoAtOnce() {
        OrgStructure.Builder b = valid().add(Tenure.concurrent(AN, UBND_CT, Period.of(LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 1, 1))));
        StructureProblem p = onlyProblem(b, Type.OVER_CAPACITY, UBND_CT, BINH, AN);
        assertEquals("Post kb.ubnd.ct (capacity 1) is held by 2 people at once on 2018-01-01: [p.binh, p.an]", p.message());
        assertEquals(List.of(UBND_CT, BINH, AN), p.ids());
    }

    @Test
    void build_rejectsSingleSeatHeldByTwoOpenStartTenures() {
        OrgStructure.Builder b = OrgStructure.builder(DATE).add(ubnd()).add(kb())
                .add(Post.of(UBND_CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Person.of(AN, "Nguyễn Văn An", true)).add(Person.of(BINH, "Trần Thị Bình", true))
                .add(Tenure.main(AN, UBND_CT, Period.until(LocalDate.of(2016, 7, 1))))
                .add(Tenure.main(BINH, UBND_CT, Period.ALWAYS));
        StructureProblem p = onlyProblem(b, Type.OVER_CAPACITY, UBND_CT, AN, BINH);
        assertEquals("Post kb.ubnd.ct (capacity 1) is held by 2 people at once: [p.an, p.binh]", p.message());
    }

    @Test
    void build_acceptsConsecutiveHoldersOfSingleSeat() {
        PersonId cuong = PersonId.of("p.cuong");
        OrgStructure s = OrgStructure.builder(DATE).add(kb()).add(ubnd())
                .add(Post.of(UBND_CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Person.of(cuong, "Lê Văn Cường", true))
                .add(Person.of(BINH, "Trần Thị Bình", true))
                .add(Tenure.main(cuong, UBND_CT, Period.of(LocalDate.of(2011, 7, 1), LocalDate.of(2016, 7, 1))))
                .add(Tenure.main(BINH, UBND_CT, Period.from(LocalDate.of(2016, 7, 1))))
                .build();
        assertEquals(2, s.tenures(UBND_CT).size());
        assertEquals(List.of(s.person(BINH)), s.holders(UBND_CT));
        assertEquals(List.of(s.person(cuong)), s.withDate(LocalDate.of(2016, 6, 30)).holders(UBND_CT));
    }

    private static OrgStructure.Builder deputies(int holders) {
        PostId pct = PostId.of("kb.ubnd.pct");
        OrgStructure.Builder b = OrgStructure.builder(DATE).add(kb()).add(ubnd())
                .add(Post.of(pct, UBND, PostRole.DEPUTY, "Phó Chủ tịch UBND huyện", 3));
        for (int i = 1; i <= holders; i++) {
            PersonId p = PersonId.of("p.pct" + i);
            b.add(Person.of(p, "Phó Chủ tịch " + i, true))
                    .add(Tenure.main(p, pct, Period.from(LocalDate.of(2016, 7, i))));
        }
        return b;
    }

    @Test
    void build_acceptsCapacityThreeHeldByThree() {
        OrgStructure s = deputies(3).build();
        assertEquals(3, s.holders(PostId.of("kb.ubnd.pct")).size());
    }

    @Test
    void build_rejectsCapacityThreeHeldByFour() {
        StructureProblem p = onlyProblem(deputies(4), Type.OVER_CAPACITY, "kb.ubnd.pct", "p.pct1", "p.pct4");
        assertEquals("Post kb.ubnd.pct (capacity 3) is held by 4 people at once on 2016-07-04: "
                + "[p.pct1, p.pct2, p.pct3, p.pct4]", p.message());
    }

    @Test
    void build_acceptsCapacityThreeHeldByFourOverTime() {
        PostId pct = PostId.of("kb.ubnd.pct");
        OrgStructure.Builder b = deputies(3);
        b.add(Person.of(PersonId.of("p.pct4"), "Phó Chủ tịch 4", true))
                .remove(Tenure.main(PersonId.of("p.pct1"), pct, Period.from(LocalDate.of(2016, 7, 1))))
                .add(Tenure.main(PersonId.of("p.pct1"), pct, Period.of(LocalDate.of(2016, 7, 1), LocalDate.of(2018, 1, 1))))
                .add(Tenure.main(PersonId.of("p.pct4"), pct, Period.from(LocalDate.of(2018, 1, 1))));
        OrgStructure s = b.build();
        assertEquals(4, s.tenures(pct).size());
        assertEquals(3, s.holders(pct).size());
    }

    @Test
    void build_overCapacityReportsTheFirstDay() {
        PersonId a = PersonId.of("p.a");
        PersonId b = PersonId.of("p.b");
        PersonId c = PersonId.of("p.c");
        OrgStructure.Builder builder = OrgStructure.builder(DATE).add(kb()).add(ubnd())
                .add(Post.of(UBND_CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Person.of(a, "Người A", true)).add(Person.of(b, "Người B", true)).add(Person.of(c, "Người C", true))
                .add(Tenure.main(a, UBND_CT, Period.from(LocalDate.of(2010, 1, 1))))
                .add(Tenure.main(b, UBND_CT, Period.from(LocalDate.of(2015, 1, 1))))
                .add(Tenure.main(c, UBND_CT, Period.from(LocalDate.of(2012, 1, 1))));
        StructureProblem p = onlyProblem(builder, Type.OVER_CAPACITY, UBND_CT);
        assertEquals("Post kb.ubnd.ct (capacity 1) is held by 2 people at once on 2012-01-01: [p.a, p.c]", p.message());
    }

    // ------------------------------------------------------------------ reporting, repeat builds, nulls

    @Test
    void build_reportsEveryProblemAtOnce() {
        OrgStructure.Builder b = valid()
                .add(ubnd())                                                                  // DUPLICATE_ID
                .add(Relation.of(RelationType.LEADS, HU, UBND))                              // DUPLICATE_ENTRY
                .add(Post.of(PostId.of("x.tp"), UnitId.of("x"), PostRole.HEAD, "Trưởng"))    // MISSING_REFERENCE
                .add(org(UnitId.of("kb.mttq"), "MTTQ", VnKinds.UBMTTQ, Level.DISTRICT, HU))  // BAD_TERRITORY
                .add(Relation.of(RelationType.SUBORDINATE_TO, BDV, UBND))                    // MULTIPLE_PARENTS
                .add(Tenure.concurrent(AN, UBND_CT, Period.ALWAYS));                         // OVER_CAPACITY
        InvalidStructureException e = rejected(b);
        assertEquals(6, e.problems().size(), e.getMessage());
        assertEquals(List.of(Type.DUPLICATE_ID, Type.BAD_TERRITORY, Type.DUPLICATE_ENTRY, Type.MULTIPLE_PARENTS,
                Type.MISSING_REFERENCE, Type.OVER_CAPACITY), e.problems().stream().map(StructureProblem::type).toList());
        assertTrue(e.getMessage().startsWith("Invalid structure: 6 problems\n  - DUPLICATE_ID: "), e.getMessage());
        assertEquals(7, e.getMessage().split("\n").length);
    }

    @Test
    void build_messageListsTwentyProblemsThenACount() {
        OrgStructure.Builder b = valid();
        for (int i = 0; i < 23; i++) {
            b.add(Post.of(PostId.of("x.p" + i), UnitId.of("x"), PostRole.STAFF, "Chuyên viên"));
        }
        InvalidStructureException e = rejected(b);
        assertEquals(23, e.problems().size());
        String[] lines = e.getMessage().split("\n");
        assertEquals(22, lines.length);
        assertEquals("Invalid structure: 23 problems", lines[0]);
        assertEquals("  ... and 3 more (see problems())", lines[21]);
    }

    @Test
    void build_canBeCalledTwice_givingEqualStructures() {
        OrgStructure.Builder b = valid();
        OrgStructure first = b.build();
        OrgStructure second = b.build();
        assertNotSame(first, second);
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
    }

    @Test
    void build_laterChangesToTheBuilderDoNotReachABuiltStructure() {
        OrgStructure.Builder b = valid();
        OrgStructure first = b.build();
        b.add(org(UnitId.of("kb.mttq"), "Ủy ban MTTQ huyện Kim Bảng", VnKinds.UBMTTQ, Level.DISTRICT, KB));
        OrgStructure second = b.build();
        assertEquals(4, first.units().size());
        assertEquals(5, second.units().size());
    }

    @Test
    void build_afterAFailureSucceedsOnceFixed() {
        Relation extra = Relation.of(RelationType.SUBORDINATE_TO, BDV, UBND);
        OrgStructure.Builder b = valid().add(extra);
        rejected(b);
        assertDoesNotThrow(() -> b.remove(extra).build());
    }

    @Test
    void builder_rejectsNullDate() {
        assertEquals("A structure needs a date: the day the snapshot describes",
                assertThrows(BomayException.class, () -> OrgStructure.builder(null)).getMessage());
    }

    @Test
    void add_rejectedParentLeavesTheBuilderUnchanged() {
        OrgStructure.Builder b = OrgStructure.builder(DATE).add(kb());
        assertThrows(BomayException.class, () -> b.add(hu(), null));
        assertEquals(List.of(kb()), b.build().units());
    }

    @Test
    void add_rejectsNull() {
        OrgStructure.Builder b = OrgStructure.builder(DATE);
        assertEquals("OrgStructure.Builder: the unit must not be null",
                assertThrows(BomayException.class, () -> b.add((Unit) null)).getMessage());
        assertEquals("OrgStructure.Builder: the unit must not be null",
                assertThrows(BomayException.class, () -> b.add((Unit) null, KB)).getMessage());
        assertEquals("OrgStructure.Builder: the parent of kb.hu must not be null",
                assertThrows(BomayException.class, () -> b.add(hu(), null)).getMessage());
        assertEquals("OrgStructure.Builder: the post must not be null",
                assertThrows(BomayException.class, () -> b.add((Post) null)).getMessage());
        assertEquals("OrgStructure.Builder: the person must not be null",
                assertThrows(BomayException.class, () -> b.add((Person) null)).getMessage());
        assertEquals("OrgStructure.Builder: the tenure must not be null",
                assertThrows(BomayException.class, () -> b.add((Tenure) null)).getMessage());
        assertEquals("OrgStructure.Builder: the relation must not be null",
                assertThrows(BomayException.class, () -> b.add((Relation) null)).getMessage());
        assertThrows(BomayException.class, () -> b.remove((UnitId) null));
    }
}
