package org.bomay.core.structure;

import static org.bomay.core.structure.KimBangFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.StructureProblem.Type;
import org.junit.jupiter.api.Test;

class StructureEditorTest {
    private final OrgStructure s = structure();

    private static Type type(Runnable edit) {
        return assertThrows(InvalidStructureException.class, edit::run).problems().get(0).type();
    }

    /** Every edited snapshot must equal a full rebuild of itself. */
    private static OrgStructure checked(StructureEditor ed) {
        OrgStructure t = ed.build();
        assertEquals(t, t.toBuilder().build());
        return t;
    }

    @Test
    void edits_doNotChangeTheOriginal() {
        OrgStructure before = structure();
        OrgStructure t = checked(s.edit().setParent(KB_VP, KB_HU).removeRelation(Relation.of(RelationType.LEADS, KB_HU, KB_MTTQ)));
        assertEquals(before, s);
        assertEquals(KB_HU, t.parent(KB_VP).get().id());
        assertEquals(KB_UBND, s.parent(KB_VP).get().id());
        assertFalse(t.children(KB_UBND).stream().anyMatch(u -> u.id().equals(KB_VP)));
    }

    @Test
    void setParent_rejectsCyclesAndLevels_andRootsAreKept() {
        assertEquals(Type.CYCLE, type(() -> s.edit().setParent(KB_HU, NT_T1_CB)));
        assertEquals(Type.CYCLE, type(() -> s.edit().setParent(KB_HU, KB_HU)));
        assertEquals(Type.LEVEL_MISMATCH, type(() -> s.edit().setParent(HN_STC, NT_UBND)));
        assertEquals(Type.UNKNOWN, type(() -> s.edit().setParent(KB_HU, UnitId.of("none"))));
        OrgStructure t = checked(s.edit().setParent(KB_BDV, null));
        assertEquals(KB_BDV, t.roots().get(t.roots().size() - 1).id());
        OrgStructure back = checked(t.edit().setParent(KB_BDV, KB_HU));
        assertEquals(s.roots(), back.roots());
    }

    @Test
    void addAndRemoveUnit_checkReferences() {
        Unit board = Unit.builder(UnitId.of("kb.btc"), "Ban Tổ chức Huyện ủy", VnKinds.BAN_TO_CHUC, Level.DISTRICT).territory(KB).build();
        OrgStructure t = checked(s.edit().addUnit(board, KB_HU));
        assertTrue(t.contains(board.id()));
        assertEquals(Type.DUPLICATE_ID, type(() -> t.edit().addUnit(board, KB_HU)));
        assertEquals(Type.MISSING_REFERENCE, type(() -> s.edit().addUnit(board.toBuilder().territory(UnitId.of("zz")).build(), null)));
        assertEquals(Type.BAD_TERRITORY, type(() -> s.edit().addUnit(board.toBuilder().territory(KB_HU).build(), null)));
        assertEquals(Type.STILL_REFERENCED, type(() -> s.edit().removeUnit(KB_HU)));     // children
        assertEquals(Type.STILL_REFERENCED, type(() -> s.edit().removeUnit(KB_MTTQ)));   // posts
        assertEquals(Type.STILL_REFERENCED, type(() -> s.edit().removeUnit(NT_T1)));     // units of its territory
        assertEquals(Type.STILL_REFERENCED, type(() -> s.edit().removeUnit(KB_HND)));    // a relation
        OrgStructure gone = checked(t.edit().removeUnit(board.id()));
        assertEquals(s, gone.withDate(s.date()));
    }

    @Test
    void replaceUnit_checksItsChildrenTerritoryAndTenures() {
        assertEquals(Type.TENURE_OUTSIDE_VALIDITY,
                type(() -> s.edit().replaceUnit(s.unit(KB_BDV).withValidity(Period.from(LocalDate.of(2018, 1, 1))))));
        OrgStructure t = checked(s.edit().replaceUnit(s.unit(KB_BDV).withName("Ban Dân vận")));
        assertEquals("Ban Dân vận", t.unit(KB_BDV).name());
        assertEquals(KB_BDV, t.find("ban dan van").get(0).id()); // the name index follows the edit
    }

    @Test
    void tenures_checkCapacityValidityAndDuplicates() {
        Tenure second = Tenure.main(BINH, BDV_TB, Period.from(LocalDate.of(2018, 1, 1)));
        assertEquals(Type.OVER_CAPACITY, type(() -> s.edit().addTenure(second)));
        assertEquals(Type.DUPLICATE_ENTRY, type(() -> s.edit().addTenure(AN_BDV)));
        assertEquals(Type.UNKNOWN, type(() -> s.edit().removeTenure(Tenure.main(BINH, BDV_TB, Period.ALWAYS))));
        Tenure ended = AN_BDV.withPeriod(Period.of(LocalDate.of(2015, 10, 1), LocalDate.of(2019, 1, 1)));
        OrgStructure t = checked(s.edit().replaceTenure(AN_BDV, ended).addTenure(second.withPeriod(Period.from(LocalDate.of(2019, 1, 1)))));
        assertEquals(List.of(BINH), t.heads(KB_BDV).stream().map(p -> p.id()).toList());
        assertEquals(Type.STILL_REFERENCED, type(() -> s.edit().removePost(BDV_TB)));
        assertEquals(Type.STILL_REFERENCED, type(() -> s.edit().removePerson(AN)));
    }

    @Test
    void replaceTenure_failing_restoresTheOldTenure() {
        StructureEditor ed = s.edit();
        Tenure bad = Tenure.main(AN, PostId.of("nope"), Period.ALWAYS);
        assertThrows(InvalidStructureException.class, () -> ed.replaceTenure(AN_BDV, bad));
        assertEquals(s, ed.build());
    }

    @Test
    void posts_moveBetweenUnitsWithTheirTenures() {
        OrgStructure t = checked(s.edit().replacePost(s.post(BDV_TB).withRole(PostRole.DEPUTY)).replacePost(
                new Post(BDV_TB, KB_HU, PostRole.DEPUTY, "Phó Bí thư", 1)));
        assertEquals(KB_HU, t.post(BDV_TB).unit());
        assertTrue(t.posts(KB_BDV).isEmpty());
        assertEquals(Type.UNKNOWN, type(() -> s.edit().addPost(Post.of(PostId.of("x"), UnitId.of("none"), PostRole.HEAD, "x"))));
    }

    @Test
    void relations_subordinationGoesThroughSetParent() {
        assertThrows(BomayException.class, () -> s.edit().addRelation(Relation.of(RelationType.SUBORDINATE_TO, KB_VP, KB_HU)));
        assertThrows(BomayException.class, () -> s.edit().removeRelation(Relation.of(RelationType.SUBORDINATE_TO, KB_VP, KB_UBND)));
        assertEquals(Type.DUPLICATE_ENTRY, type(() -> s.edit().addRelation(Relation.of(RelationType.LEADS, KB_HU, KB_MTTQ))));
    }

    @Test
    void build_isCheapAndTheDateCanChange() {
        StructureEditor ed = s.edit();
        OrgStructure a = ed.build();
        assertEquals(s, a);
        assertEquals(LocalDate.of(2020, 1, 1), ed.date(LocalDate.of(2020, 1, 1)).build().date());
        assertTrue(ed.touchedUnits().isEmpty());
        ed.setParent(KB_VP, KB_HU);
        assertEquals(java.util.Set.of(KB_VP, KB_HU, KB_UBND), ed.touchedUnits());
    }
}
