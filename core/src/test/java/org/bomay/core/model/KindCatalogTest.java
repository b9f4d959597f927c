package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

class KindCatalogTest {
    private static final UnitKind HU = UnitKind.of("T.HU", "Huyện ủy", "district party committee", Pillar.PARTY,
            Level.DISTRICT);
    private static final UnitKind UBND = UnitKind.of("T.UBND", "Ủy ban nhân dân", "People's Committee", Pillar.STATE,
            Level.PROVINCE, Level.DISTRICT, Level.COMMUNE);
    private static final UnitKind XA = UnitKind.territorial("T.XA", "Xã", "rural commune", Level.COMMUNE);
    private static final UnitKind MTTQ = UnitKind.of("T.MTTQ", "Ủy ban Mặt trận Tổ quốc", "Fatherland Front committee",
            Pillar.FRONT, Level.DISTRICT);

    private static KindCatalog catalog() {
        return KindCatalog.of("test", List.of(HU, UBND, XA));
    }

    @Test
    void of_keepsKindsInOrder() {
        KindCatalog c = catalog();
        assertEquals("test", c.name());
        assertEquals(3, c.size());
        assertEquals(List.of(HU, UBND, XA), c.kinds());
        assertSame(UBND, c.get("T.UBND"));
        assertEquals(Optional.of(XA), c.find("T.XA"));
        assertEquals(Optional.empty(), c.find("T.NOPE"));
    }

    @Test
    void of_rejectsDuplicateCodeWithDifferentDefinition() {
        UnitKind other = UnitKind.of("T.HU", "Quận ủy", "urban district party committee", Pillar.PARTY, Level.DISTRICT);
        BomayException e = assertThrows(BomayException.class, () -> KindCatalog.of("test", List.of(HU, other)));
        assertEquals("Two different unit kinds share the code T.HU: T.HU[Huyện ủy / district party committee, PARTY, "
                + "[DISTRICT]] and T.HU[Quận ủy / urban district party committee, PARTY, [DISTRICT]]", e.getMessage());
    }

    @Test
    void of_rejectsDuplicateCodeDifferingOnlyInTerritoriality() {
        UnitKind org = UnitKind.of("T.XA", "Xã", "rural commune", Pillar.STATE, Level.COMMUNE);
        BomayException e = assertThrows(BomayException.class, () -> KindCatalog.of("test", List.of(XA, org)));
        assertTrue(e.getMessage().contains("T.XA[Xã / rural commune, STATE, [COMMUNE], territorial] and "
                + "T.XA[Xã / rural commune, STATE, [COMMUNE]]"), e.getMessage());
    }

    @Test
    void of_allowsIdenticalReAdd() {
        UnitKind copy = UnitKind.of("T.HU", "Huyện ủy", "district party committee", Pillar.PARTY, Level.DISTRICT);
        KindCatalog c = KindCatalog.of("test", List.of(HU, copy, UBND));
        assertEquals(2, c.size());
        assertSame(HU, c.get("T.HU"));
    }

    @Test
    void of_rejectsBlankNameNullKindsAndNullKind() {
        assertEquals("A kind catalog needs a name",
                assertThrows(BomayException.class, () -> KindCatalog.of(" ", List.of(HU))).getMessage());
        assertEquals("Kind catalog test: kinds must not be null",
                assertThrows(BomayException.class, () -> KindCatalog.of("test", null)).getMessage());
        assertEquals("Kind catalog test contains a null kind",
                assertThrows(BomayException.class, () -> KindCatalog.of("test", Arrays.asList(HU, null))).getMessage());
    }

    @Test
    void get_rejectsUnknownCode_namingCodeAndCatalog() {
        BomayException e = assertThrows(BomayException.class, () -> catalog().get("T.NOPE"));
        assertEquals("Unknown unit kind T.NOPE in catalog test", e.getMessage());
    }

    @Test
    void get_suggestsTheCodeWithOtherCase() {
        BomayException e = assertThrows(BomayException.class, () -> catalog().get("t.ubnd"));
        assertEquals("Unknown unit kind t.ubnd in catalog test (did you mean T.UBND?)", e.getMessage());
    }

    @Test
    void with_extendsWithoutChangingTheOriginal() {
        KindCatalog c = catalog();
        KindCatalog more = c.with(MTTQ);
        assertEquals(4, more.size());
        assertEquals(List.of(HU, UBND, XA, MTTQ), more.kinds());
        assertEquals("test", more.name());
        assertEquals(3, c.size());
        assertEquals(Optional.empty(), c.find("T.MTTQ"));
    }

    @Test
    void with_allowsIdenticalKind_rejectsConflictingKind() {
        KindCatalog c = catalog();
        assertEquals(3, c.with(HU).size());
        UnitKind conflicting = UnitKind.of("T.UBND", "Ủy ban nhân dân", "People's Committee", Pillar.STATE, Level.DISTRICT);
        BomayException e = assertThrows(BomayException.class, () -> c.with(conflicting));
        assertTrue(e.getMessage().startsWith("Two different unit kinds share the code T.UBND"), e.getMessage());
    }

    @Test
    void kinds_ofPillar() {
        KindCatalog c = catalog().with(MTTQ);
        assertEquals(List.of(HU), c.kinds(Pillar.PARTY));
        assertEquals(List.of(UBND, XA), c.kinds(Pillar.STATE));
        assertEquals(List.of(MTTQ), c.kinds(Pillar.FRONT));
    }

    @Test
    void contains_requiresTheSameDefinition() {
        KindCatalog c = catalog();
        assertTrue(c.contains(HU));
        assertTrue(c.contains(UnitKind.of("T.HU", "Huyện ủy", "district party committee", Pillar.PARTY, Level.DISTRICT)));
        assertFalse(c.contains(UnitKind.of("T.HU", "Huyện ủy", "district party committee", Pillar.PARTY, Level.PROVINCE)));
        assertFalse(c.contains(MTTQ));
    }

    @Test
    void toString_isNameAndSize() {
        assertEquals("KindCatalog[test: 3 kinds]", catalog().toString());
    }
}
