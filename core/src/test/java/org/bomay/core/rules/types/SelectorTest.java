package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Selector matching on a small province:
 *
 * <pre>
 * hn Tỉnh Hà Nam (vn.vung=DBSH) ─ kb Huyện Kim Bảng (vn.mien-nui=false) ─┬ x1 Xã Nhật Tân (III)
 *                                                                        └ p1 Phường Quế (I)
 * hn.tu Tỉnh ủy ─ kb.hu Huyện ủy ─ x1.du Đảng ủy xã (territory x1)
 * x1.ubnd UBND xã (territory x1); p1.ubnd UBND phường (territory p1, own class II)
 * hy Tỉnh Hưng Yên
 * </pre>
 */
class SelectorTest {
    private static final OrgStructure S = OrgStructure.builder(DATE)
            .add(Unit.builder(u("hn"), "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE).attribute("vn.vung", "DBSH").build())
            .add(Unit.builder(u("kb"), "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).attribute("vn.mien-nui", "false")
                    .build(), u("hn"))
            .add(Unit.builder(u("x1"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.III).build(), u("kb"))
            .add(Unit.builder(u("p1"), "Phường Quế", VnKinds.PHUONG, Level.COMMUNE).unitClass(UnitClass.I).build(), u("kb"))
            .add(admin("hy", "Tỉnh Hưng Yên", VnKinds.TINH, Level.PROVINCE))
            .add(org("hn.tu", "Tỉnh ủy Hà Nam", VnKinds.TINH_UY, Level.PROVINCE, "hn").build())
            .add(org("kb.hu", "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, "kb").build(), u("hn.tu"))
            .add(org("x1.du", "Đảng ủy xã Nhật Tân", VnKinds.DANG_UY_XA, Level.COMMUNE, "x1").build(), u("kb.hu"))
            .add(org("x1.ubnd", "UBND xã Nhật Tân", VnKinds.UBND, Level.COMMUNE, "x1").build())
            .add(org("p1.ubnd", "UBND phường Quế", VnKinds.UBND, Level.COMMUNE, "p1").unitClass(UnitClass.II).build())
            .add(Post.of(headPost("x1.ubnd"), u("x1.ubnd"), PostRole.HEAD, "Chủ tịch UBND xã"))
            .add(Post.of(headPost("p1.ubnd"), u("p1.ubnd"), PostRole.HEAD, "Chủ tịch UBND phường"))
            .build();

    private static boolean m(Selector s, String unit) {
        return m(s, unit, MergerLog.empty());
    }

    private static boolean m(Selector s, String unit, MergerLog log) {
        return s.matches(S.unit(u(unit)), RuleContext.of(S, log));
    }

    @Test
    void any_matchesEveryUnit() {
        for (Unit x : S.units()) {
            assertTrue(Selector.any().matches(x, RuleContext.of(S, MergerLog.empty())), x::toString);
        }
        assertEquals(Set.of(), Selector.any().reads());
        assertEquals("any", Selector.any().toString());
    }

    @Test
    void kindsAndLevels() {
        Selector communeUbnd = Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE);
        assertTrue(m(communeUbnd, "x1.ubnd"));
        assertTrue(m(communeUbnd, "p1.ubnd"));
        assertFalse(m(communeUbnd, "x1.du"));
        assertFalse(m(communeUbnd, "x1"));
        assertTrue(m(Selector.atLevels(Level.PROVINCE), "hn.tu"));
        assertFalse(m(Selector.atLevels(Level.PROVINCE), "kb.hu"));
        assertTrue(m(Selector.kinds(VnKinds.XA, VnKinds.PHUONG), "p1"));
        assertEquals(Set.of(VnKinds.UBND), communeUbnd.kinds());
        assertEquals(Set.of(Level.COMMUNE), communeUbnd.levels());
        assertEquals(Set.of(), communeUbnd.reads(), "kind and level read only the unit");
    }

    @Test
    void classes_ofTheUnitOrElseItsTerritory() {
        assertTrue(m(Selector.any().classes(UnitClass.III), "x1.ubnd"), "x1.ubnd has no class; its territory x1 is III");
        assertTrue(m(Selector.any().classes(UnitClass.III), "x1"));
        assertFalse(m(Selector.any().classes(UnitClass.I), "p1.ubnd"), "p1.ubnd's own class II wins over p1's class I");
        assertTrue(m(Selector.any().classes(UnitClass.II), "p1.ubnd"));
        assertFalse(m(Selector.any().classes(UnitClass.III), "kb.hu"), "no class anywhere");
        assertEquals(Set.of(Reach.OWN_TERRITORY), Selector.any().classes(UnitClass.I).reads());
    }

    @Test
    void territoryKinds() {
        Selector inWard = Selector.kinds(VnKinds.UBND).territoryKinds(VnKinds.PHUONG);
        assertTrue(m(inWard, "p1.ubnd"));
        assertFalse(m(inWard, "x1.ubnd"));
        assertTrue(m(Selector.any().territoryKinds(VnKinds.XA), "x1"), "an administrative unit is its own territory");
        assertEquals(Set.of(Reach.OWN_TERRITORY), inWard.reads());
    }

    @Test
    void within_theUnitItsAncestorsOrItsTerritorysAncestors() {
        Selector inHn = Selector.any().within(u("hn"));
        assertTrue(m(inHn, "hn"), "the area itself");
        assertTrue(m(inHn, "x1"), "an ancestor of the unit");
        assertTrue(m(inHn, "x1.ubnd"), "a root organization whose territory lies in hn");
        assertTrue(m(inHn, "x1.du"));
        assertFalse(m(inHn, "hy"));
        assertTrue(m(Selector.any().within(u("hy"), u("kb")), "p1.ubnd"), "one of several areas is enough");
        assertFalse(m(Selector.any().within(u("x1")), "p1.ubnd"));
        assertEquals(Set.of(Reach.ANCESTORS), inHn.reads());
    }

    @Test
    void formedFrom_readsTheTerritorysLatestMerger() {
        MergerLog log = log("x1", LocalDate.of(2020, 1, 1), "a", "b", "c");
        assertTrue(m(Selector.any().formedFrom(1), "x1.ubnd"), "no merger on record: formed from 1");
        assertFalse(m(Selector.any().formedFrom(3), "x1.ubnd"));
        assertTrue(m(Selector.any().formedFrom(3), "x1.ubnd", log));
        assertTrue(m(Selector.any().formedFrom(2, 3), "x1", log));
        assertFalse(m(Selector.any().formedFrom(1), "x1.ubnd", log));
        assertTrue(m(Selector.any().formedFrom(1), "p1.ubnd", log));
        assertTrue(m(Selector.any().formedFrom(1), "hn.tu", log), "hn.tu names territory hn, which has no merger");
        assertEquals(Set.of(Reach.OWN_TERRITORY), Selector.any().formedFrom(2).reads());
    }

    @Test
    void predecessorClasses() {
        MergerLog known = MergerLog.empty().with(new MergerLog.Merger(u("x1"), LocalDate.of(2020, 1, 1),
                ImmutableList.of(u("a"), u("b")), ImmutableSet.of(UnitClass.I, UnitClass.II), true));
        MergerLog partly = MergerLog.empty().with(new MergerLog.Merger(u("x1"), LocalDate.of(2020, 1, 1),
                ImmutableList.of(u("a"), u("b")), ImmutableSet.of(UnitClass.I), false));
        assertTrue(m(Selector.any().anyPredecessorClass(UnitClass.I), "x1.ubnd", known));
        assertFalse(m(Selector.any().anyPredecessorClass(UnitClass.III), "x1.ubnd", known));
        assertFalse(m(Selector.any().anyPredecessorClass(UnitClass.I), "x1.ubnd"), "no merger: no predecessor");
        assertTrue(m(Selector.any().allPredecessorClasses(UnitClass.I, UnitClass.II), "x1.ubnd", known));
        assertFalse(m(Selector.any().allPredecessorClasses(UnitClass.I), "x1.ubnd", known));
        assertFalse(m(Selector.any().allPredecessorClasses(UnitClass.I, UnitClass.II), "x1.ubnd", partly),
                "a predecessor of unknown class");
        assertTrue(m(Selector.any().anyPredecessorClass(UnitClass.I), "x1.ubnd", partly));
    }

    @Test
    void attribute_inheritedFromTerritoryOrAncestor() {
        Selector dbsh = Selector.any().attribute("vn.vung", "DBSH");
        assertTrue(m(dbsh, "hn"), "own");
        assertTrue(m(dbsh, "x1"), "from the province, an ancestor");
        assertTrue(m(dbsh, "x1.ubnd"), "from the territory's ancestor");
        assertTrue(m(dbsh, "x1.du"));
        assertFalse(m(dbsh, "hy"));
        assertTrue(m(Selector.any().attribute("vn.mien-nui", "false"), "p1.ubnd"));
        assertFalse(m(Selector.any().attribute("vn.mien-nui", "true"), "p1.ubnd"));
        assertFalse(m(Selector.any().attribute("vn.vung", "DBSH").attribute("vn.mien-nui", "true"), "x1"),
                "every attribute must hold");
        assertEquals(Set.of(Reach.INHERITED), dbsh.reads());
    }

    @Test
    void except() {
        Selector allButCommuneUbnd = Selector.any().except(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE));
        assertFalse(m(allButCommuneUbnd, "x1.ubnd"));
        assertTrue(m(allButCommuneUbnd, "x1.du"));
        Selector ubndNotClassIII = Selector.kinds(VnKinds.UBND).except(Selector.any().classes(UnitClass.III));
        assertTrue(m(ubndNotClassIII, "p1.ubnd"));
        assertFalse(m(ubndNotClassIII, "x1.ubnd"));
        assertEquals(Set.of(Reach.OWN_TERRITORY), ubndNotClassIII.reads(), "an exception's reads count");
    }

    @Test
    void valueEqualityAndToString() {
        Selector a = Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.III);
        Selector b = Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.III);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE));
        assertNotEquals(Selector.any().anyPredecessorClass(UnitClass.I), Selector.any().allPredecessorClasses(UnitClass.I));
        assertEquals("kinds=[VN.UBND] levels=[COMMUNE] classes=[III]", a.toString());
    }

    @Test
    void badParameters() {
        assertTrue(assertThrows(BomayException.class, () -> Selector.kinds(new org.bomay.core.model.UnitKind[0])).getMessage().contains("Selector.kinds"));
        assertTrue(assertThrows(BomayException.class, () -> Selector.atLevels((Level) null)).getMessage()
                .contains("Selector.levels"));
        assertTrue(assertThrows(BomayException.class, () -> Selector.any().classes()).getMessage()
                .contains("Selector.classes"));
        assertTrue(assertThrows(BomayException.class, () -> Selector.any().within((UnitId[]) null)).getMessage()
                .contains("Selector.within"));
        assertTrue(assertThrows(BomayException.class, () -> Selector.any().formedFrom(0)).getMessage()
                .contains("Selector.formedFrom"));
        assertTrue(assertThrows(BomayException.class, () -> Selector.any().attribute(" ", "x")).getMessage()
                .contains("Selector.attribute"));
        assertTrue(assertThrows(BomayException.class, () -> Selector.any().attribute("k", null)).getMessage()
                .contains("Selector.attribute"));
        assertTrue(assertThrows(BomayException.class, () -> Selector.any().except(null)).getMessage()
                .contains("Selector.except"));
    }

    @Test
    void usedByARule_throughTheValidator() {
        // a selector by inherited attribute picks the rule's units in a full validation (both head posts are vacant)
        SingleHead r = SingleHead.of(info("t.head"), Selector.kinds(VnKinds.UBND).attribute("vn.vung", "DBSH"));
        List<Violation> vs = validate(r, S).violations();
        assertEquals(units("p1.ubnd", "x1.ubnd"), vs.stream().map(v -> v.units().get(0)).sorted().toList());
        assertTrue(vs.stream().allMatch(v -> v.severity() == Severity.WARNING));
    }
}
