package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

class UnitKindTest {

    @Test
    void of_isOrganizational() {
        UnitKind k = UnitKind.of("VN.PHONG", "Phòng chuyên môn", "specialized office", Pillar.STATE, Level.DISTRICT);
        assertEquals("VN.PHONG", k.code());
        assertEquals("Phòng chuyên môn", k.vietnamese());
        assertEquals("specialized office", k.english());
        assertEquals(Pillar.STATE, k.pillar());
        assertEquals(ImmutableSet.of(Level.DISTRICT), k.levels());
        assertFalse(k.isTerritorial());
        assertTrue(k.allows(Level.DISTRICT));
        assertFalse(k.allows(Level.COMMUNE));
    }

    @Test
    void territorial_isStatePillar() {
        UnitKind k = UnitKind.territorial("T.XA", "Xã", "rural commune", Level.COMMUNE);
        assertTrue(k.isTerritorial());
        assertEquals(Pillar.STATE, k.pillar());
        assertEquals(ImmutableSet.of(Level.COMMUNE), k.levels());
    }

    @Test
    void of_ordersLevelsTopDown() {
        UnitKind k = UnitKind.of("T.CHI_BO", "Chi bộ", "party cell", Pillar.PARTY, Level.VILLAGE, Level.DISTRICT,
                Level.COMMUNE, Level.DISTRICT);
        assertEquals(List.of(Level.DISTRICT, Level.COMMUNE, Level.VILLAGE), k.levels().asList());
    }

    @Test
    void of_normalizesNames() {
        String nfd = java.text.Normalizer.normalize(" Huyện  ủy ", java.text.Normalizer.Form.NFD);
        assertEquals("Huyện ủy", UnitKind.of("T.HU", nfd, "district party committee", Pillar.PARTY, Level.DISTRICT)
                .vietnamese());
    }

    @Test
    void of_rejectsBadCode() {
        for (String bad : Arrays.asList("VN HUYEN_UY", "VN.HUYỆN_ỦY", "", "VN/HUYEN", "X".repeat(65), null)) {
            BomayException e = assertThrows(BomayException.class,
                    () -> UnitKind.of(bad, "Huyện ủy", "district party committee", Pillar.PARTY, Level.DISTRICT), bad);
            assertEquals("Unit kind code '" + bad + "' must be 1 to 64 ASCII letters, digits, '.', '_' or '-'",
                    e.getMessage());
        }
        assertEquals(64, UnitKind.of("X".repeat(64), "x", "x", Pillar.STATE, Level.CENTRAL).code().length());
    }

    @Test
    void of_rejectsNoLevel() {
        BomayException e = assertThrows(BomayException.class,
                () -> UnitKind.of("T.NONE", "Không cấp", "no level", Pillar.STATE));
        assertEquals("Unit kind T.NONE must allow at least one level and no null level", e.getMessage());
        assertThrows(BomayException.class, () -> UnitKind.of("T.NONE", "x", "x", Pillar.STATE, (Level[]) null));
        assertThrows(BomayException.class, () -> UnitKind.of("T.NONE", "x", "x", Pillar.STATE, Level.DISTRICT, null));
        assertThrows(BomayException.class,
                () -> UnitKind.of("T.NONE", "x", "x", Pillar.STATE, new ArrayList<Level>(), false));
    }

    @Test
    void of_rejectsNoPillar() {
        BomayException e = assertThrows(BomayException.class, () -> UnitKind.of("T.X", "x", "x", null, Level.DISTRICT));
        assertEquals("Unit kind T.X has no pillar", e.getMessage());
    }

    @Test
    void of_rejectsBlankNames_namingCodeAndLanguage() {
        assertEquals("Unit kind T.X has no Vietnamese name: A name must not be blank",
                assertThrows(BomayException.class, () -> UnitKind.of("T.X", " ", "x", Pillar.STATE, Level.DISTRICT))
                        .getMessage());
        assertEquals("Unit kind T.X has no English name: A name must not be null",
                assertThrows(BomayException.class, () -> UnitKind.of("T.X", "x", null, Pillar.STATE, Level.DISTRICT))
                        .getMessage());
    }

    @Test
    void of_acceptsAnyCollectionOfLevels() {
        UnitKind fromEnumSet = UnitKind.of("T.A", "a", "a", Pillar.STATE, EnumSet.of(Level.DISTRICT), false);
        UnitKind fromGuava = UnitKind.of("T.A", "a", "a", Pillar.STATE, ImmutableSet.of(Level.DISTRICT), false);
        UnitKind fromArrayList = UnitKind.of("T.A", "a", "a", Pillar.STATE, new ArrayList<>(List.of(Level.DISTRICT)), true);
        assertEquals(ImmutableSet.of(Level.DISTRICT), fromEnumSet.levels());
        assertEquals(ImmutableSet.of(Level.DISTRICT), fromGuava.levels());
        assertTrue(fromArrayList.isTerritorial());
    }

    @Test
    void of_acceptsJdkImmutableCollectionsOfLevels() {
        UnitKind fromList = UnitKind.of("T.A", "a", "a", Pillar.STATE, List.of(Level.DISTRICT, Level.COMMUNE), false);
        UnitKind fromSet = UnitKind.of("T.B", "b", "b", Pillar.STATE, Set.of(Level.COMMUNE), true);
        assertEquals(List.of(Level.DISTRICT, Level.COMMUNE), fromList.levels().asList());
        assertEquals(ImmutableSet.of(Level.COMMUNE), fromSet.levels());
    }

    @Test
    void equals_byCodeOnly() {
        UnitKind a = UnitKind.of("T.A", "Một", "one", Pillar.STATE, Level.DISTRICT);
        UnitKind sameCode = UnitKind.of("T.A", "Khác", "other", Pillar.PARTY, Level.COMMUNE);
        assertEquals(a, sameCode);
        assertEquals(a.hashCode(), sameCode.hashCode());
        assertFalse(a.sameDefinition(sameCode));
        assertTrue(a.sameDefinition(UnitKind.of("T.A", "Một", "one", Pillar.STATE, Level.DISTRICT)));
        assertNotEquals(a, UnitKind.of("T.B", "Một", "one", Pillar.STATE, Level.DISTRICT));
    }

    @Test
    void toString_isCodeAndVietnameseName() {
        assertEquals("VN.HUYEN_UY (Huyện ủy)",
                UnitKind.of("VN.HUYEN_UY", "Huyện ủy", "district party committee", Pillar.PARTY, Level.DISTRICT).toString());
    }
}
