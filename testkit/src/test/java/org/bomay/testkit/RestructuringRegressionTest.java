package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeEvent.UnitMove;
import org.bomay.core.change.ChangeException;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Bugs of the core that the restructuring properties ({@link RestructuringPropertiesTest}) found,
 * each reduced to a small test; all three were fixed in commit 5287bd3 ("Fix three bugs the plan
 * properties found"). Each test accepts any correct fix, not only the one made.
 */
class RestructuringRegressionTest {
    private static final LocalDate DAY = LocalDate.of(2020, 3, 1);

    private static OrgStructure country(int communes, int villages) {
        return SyntheticCountry.builder().districtsPerProvince(1).communesPerDistrict(communes).villagesPerCommune(villages)
                .build().structure();
    }

    // ------------------------------------------------------------------ A: level and territory

    /**
     * Bug A: a transfer to a higher level that kept the unit's territory was accepted although the
     * territory then lay below the unit, and the snapshot failed full validation (BAD_TERRITORY):
     * {@code StructureEditor.replaceUnit} re-checked the territory only when the territory changed,
     * not when the level did. Shortest plan found: one step, {@code TRANSFER p1.d1.c1.ccb → under
     * p1.hpn at PROVINCE} (a commune's Hội Cựu chiến binh moved under the province's Hội LHPN,
     * keeping territory p1.d1.c1).
     */

    @Test
    void bugA_aTransferToAHigherLevel_neverLeavesTheTerritoryBelowTheUnit() {
        OrgStructure s = country(1, 1);
        // the village's party cell (territory: the village) becomes a commune-level cell
        Change t = Transfer.of(DAY, UnitId.of("p1.d1.c1.v1.cb"), UnitId.of("p1.d1.c1.du")).toLevel(Level.COMMUNE);
        Applied a;
        try {
            a = t.applyTo(s);
        } catch (ChangeException rejected) {
            return; // rejected (the fix made) ...
        }
        OrgStructure after = a.structure(); // ... or accepted with another territory: the snapshot must be valid
        assertEquals(after, assertDoesNotThrow(() -> after.toBuilder().build(), "full validation of the transferred snapshot"));
    }


    // ------------------------------------------------------------------ B: a merge keeping an id

    /**
     * Bug B: a merge whose new unit keeps the id of one of the merging units and is placed under
     * another parent ({@code Merge.withParent}, or the first source's parent when the kept unit is
     * not the first) moved that unit without recording the move in {@code event.children()}, where
     * every other unit that changes parent is recorded. Shortest plan found: one step, {@code MERGE
     * [p1.d1.c1.hdnd, p1.d1.c2.hdnd] → p1.d1.c1.hdnd} under {@code p1.hdnd}.
     */

    @Test
    void bugB_aMergeKeepingASourcesId_recordsItsMoveToAnotherParent() {
        OrgStructure s = country(2, 0);
        UnitId kept = UnitId.of("p1.d1.c1.hdnd");
        PersonId head = s.holders(PostId.of("p1.d1.c1.hdnd.head")).get(0).id();
        Unit result = Unit.builder(kept, "HĐND xã (hợp nhất)", VnKinds.HDND, Level.COMMUNE).territory(UnitId.of("p1.d1.c1")).build();
        Change merge = Merge.of(DAY, List.of(kept, UnitId.of("p1.d1.c2.hdnd")), result).withHead(head)
                .withParent(UnitId.of("p1.hdnd"));
        Applied a = merge.applyTo(s);
        ChangeEvent e = a.event();
        assertTrue(e.children().contains(new UnitMove(kept, Optional.of(UnitId.of("p1.d1.hdnd")), Optional.of(UnitId.of("p1.hdnd")))),
                () -> "the kept unit moved from p1.d1.hdnd to p1.hdnd, but the event's children are " + e.children());
        HistoryInvariants.checkAll(s, e, a.structure());
    }


    // ------------------------------------------------------------------ C: a split's double allocation

    /**
     * Bug C: {@code Split}'s constructor refused a unit named both as a child and as a territory
     * unit of one part ("is allocated to two parts", which it was not). A ceasing split must
     * allocate every child and every unit of the source's territory, so an administrative unit
     * with a child that also belongs to its territory could not be split. Found by the plan
     * generator, whose split of such a commune failed to construct.
     */

    @Test
    void bugC_aCommunesChildInItsTerritory_canGoToOnePartOfASplit() {
        OrgStructure s = country(1, 1);
        UnitId commune = UnitId.of("p1.d1.c1");
        UnitId ubnd = UnitId.of("p1.d1.c1.ubnd");
        OrgStructure moved = Transfer.of(DAY, ubnd, commune).applyTo(s).structure(); // the UBND xã under the xã itself
        Unit a = Unit.builder(UnitId.of("x.a"), "Xã A", VnKinds.XA, Level.COMMUNE).build();
        Unit b = Unit.builder(UnitId.of("x.b"), "Xã B", VnKinds.XA, Level.COMMUNE).build();
        Split split = assertDoesNotThrow(() -> Split.ceasing(DAY, commune,
                SplitPart.of(a).children(UnitId.of("p1.d1.c1.v1"), ubnd).territoryUnits(ubnd, UnitId.of("p1.d1.c1.du")),
                SplitPart.of(b).territoryUnits(UnitId.of("p1.d1.c1.hdnd"), UnitId.of("p1.d1.c1.mttq"))));
        OrgStructure after = split.applyTo(moved).structure();
        assertEquals(Optional.of(a.id()), after.unit(ubnd).territory());
        assertEquals(a.id(), after.parent(ubnd).orElseThrow().id());
    }
}
