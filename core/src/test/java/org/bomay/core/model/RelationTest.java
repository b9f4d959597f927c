package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

class RelationTest {
    private static final UnitId HU = UnitId.of("kb.hu");
    private static final UnitId UBND = UnitId.of("kb.ubnd");

    @Test
    void of_keepsTypeSourceAndTarget() {
        Relation r = Relation.of(RelationType.LEADS, HU, UBND);
        assertEquals(RelationType.LEADS, r.type());
        assertEquals(HU, r.source());
        assertEquals(UBND, r.target());
    }

    @Test
    void of_rejectsSelfRelation_namingTheUnit() {
        BomayException e = assertThrows(BomayException.class, () -> Relation.of(RelationType.LEADS, HU, UnitId.of("kb.hu")));
        assertEquals("Relation LEADS from unit kb.hu to itself is not allowed", e.getMessage());
    }

    @Test
    void of_rejectsMissingFields() {
        assertEquals("Relation kb.hu null kb.ubnd needs a type, a source and a target",
                assertThrows(BomayException.class, () -> Relation.of(null, HU, UBND)).getMessage());
        assertEquals("Relation null LEADS kb.ubnd needs a type, a source and a target",
                assertThrows(BomayException.class, () -> Relation.of(RelationType.LEADS, null, UBND)).getMessage());
        assertThrows(BomayException.class, () -> Relation.of(RelationType.LEADS, HU, null));
    }

    @Test
    void equals_byValue_directionMatters() {
        assertEquals(Relation.of(RelationType.LEADS, HU, UBND), Relation.of(RelationType.LEADS, HU, UBND));
        assertEquals(Relation.of(RelationType.LEADS, HU, UBND).hashCode(), Relation.of(RelationType.LEADS, HU, UBND).hashCode());
        assertNotEquals(Relation.of(RelationType.LEADS, HU, UBND), Relation.of(RelationType.LEADS, UBND, HU));
        assertNotEquals(Relation.of(RelationType.LEADS, HU, UBND), Relation.of(RelationType.GUIDES, HU, UBND));
    }

    @Test
    void toString_readsAsAVerb() {
        assertEquals("kb.hu LEADS kb.ubnd", Relation.of(RelationType.LEADS, HU, UBND).toString());
        assertEquals("kb.vp SUBORDINATE_TO kb.ubnd",
                Relation.of(RelationType.SUBORDINATE_TO, UnitId.of("kb.vp"), UBND).toString());
    }

    @Test
    void relationType_vietnameseAndEnglishVerbs() {
        assertEquals("trực thuộc", RelationType.SUBORDINATE_TO.vietnamese());
        assertEquals("lãnh đạo", RelationType.LEADS.vietnamese());
        assertEquals("guides", RelationType.GUIDES.english());
        assertEquals("is a member of", RelationType.MEMBER_OF.english());
    }
}
