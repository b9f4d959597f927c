package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.ChangeInfo;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Rename;
import org.bomay.core.change.Transfer;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.Cap;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.GroupDeputyCap;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.StructuralIntegrity;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Bugs of incremental validation that {@link ValidationPropertiesTest} found, each reduced to a
 * small history on a {@link SyntheticCountry} (one district, two communes): after a change,
 * {@link Validator#revalidate} threw or found something else than a full run. Bugs 1 to 3 were
 * fixed in {@code Validator}'s scope of re-checks (commit 5caedee). Each test accepts any correct
 * fix, not only the one made.
 */
class ValidationRegressionTest {
    private static final LocalDate DAY = LocalDate.of(2020, 3, 1);
    private static final UnitId C1 = UnitId.of("p1.d1.c1");
    private static final UnitId C2 = UnitId.of("p1.d1.c2");

    private static OrgStructure country() {
        return SyntheticCountry.builder().districtsPerProvince(1).communesPerDistrict(2).villagesPerCommune(0).build()
                .structure();
    }

    private static List<ValidationResult> check(RulePack pack, History h) {
        return ValidationInvariants.checkIncrementalEqualsFull(Validator.of(pack), h);
    }

    /**
     * Bug 0: a group rule re-checked the groups of the parents of the units in reach, and looked
     * up the parent of a unit that the change added (or removed) in the snapshot without it:
     * revalidate threw UnknownIdException. Shortest plan found: one step, {@code MERGE [p1.c1.v1,
     * p1.c1.v2] → n1}; also found by the engine tests and fixed in commit 779a01c.
     */
    @Test
    void bug0_aGroupRule_survivesUnitsAddedAndRemoved() {
        RulePack pack = RulePack.of("kiểm thử", GroupDeputyCap.average(RuleInfo.structural("t.avg", "Bình quân cấp phó",
                "Average deputies"), Selector.kinds(VnKinds.UBND), Selector.kinds(VnKinds.PHONG), 1.0));
        UnitId office = UnitId.of("p1.d1.ph13");
        Unit u = Unit.builder(office, "Phòng Mới", VnKinds.PHONG, Level.DISTRICT).territory(UnitId.of("p1.d1")).build();
        History h = History.start(country())
                .apply(new Establish(ChangeInfo.on(DAY), u, Optional.of(UnitId.of("p1.d1.ubnd")),
                        List.of(Post.of(PostId.of("p1.d1.ph13.head"), office, PostRole.HEAD, "Trưởng phòng"))))
                .apply(Merge.of(DAY.plusDays(1), List.of(UnitId.of("p1.d1.ph1"), UnitId.of("p1.d1.ph2")),
                        Unit.builder(UnitId.of("p1.d1.ph14"), "Phòng Hợp nhất", VnKinds.PHONG, Level.DISTRICT)
                                .territory(UnitId.of("p1.d1")).build()).withHead(PersonId.of("n103")));
        assertEquals(3, check(pack, h).size());
    }

    /**
     * Bug 1: a commune that absorbs another gets a merger record (it is now "formed from 2"), but
     * the absorption may leave its own record as it was, so the event does not touch it; the
     * validator re-checked the units of a territory only when the territory was touched, and a
     * cap selected by {@code formedFrom} kept the old cap for the commune's UBND. Shortest plan
     * found: one step, {@code ABSORB [p1.c2] into p1.c1} on a three-tier structure.
     */
    @Test
    void bug1_aCommuneAbsorbingAnother_reChecksTheUnitsOfItsTerritory() {
        RulePack pack = RulePack.of("kiểm thử", DeputyCap.of(RuleInfo.structural("t.cap", "Cấp phó UBND xã", "Commune vice-chairs"),
                List.of(Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).formedFrom(2), 2),
                        Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE), 1))));
        History h = History.start(country()).apply(Absorb.of(DAY, C1, C2));
        List<ValidationResult> r = check(pack, h);
        // both UBND have 2 vice-chairs, above 1; after the absorption both belong to p1.d1.c1,
        // formed from 2: cap 2
        assertEquals(2, r.get(0).size());
        assertEquals(List.of(), r.get(1).violations());
    }

    /**
     * Bug 2: the territory check names the territory of the unit's parent; renaming that
     * territory did not re-check the unit, whose warning kept the old name. The rule reads its
     * parent and territories; the validator re-checked the units of a renamed territory but not
     * their children. Shortest plan found: four steps, the last {@code RENAME p1.c4} while a
     * commune party committee hung under {@code p1.c4.ubnd}.
     */
    @Test
    void bug2_renamingTheTerritoryOfAParent_reChecksTheChildren() {
        RulePack pack = RulePack.of("kiểm thử", StructuralIntegrity.territory());
        History h = History.start(country())
                .apply(Transfer.of(DAY, UnitId.of("p1.d1.c1.hdnd"), UnitId.of("p1.d1.c2.hdnd")))
                .apply(Rename.of(DAY.plusDays(10), C2, "Xã Mới"));
        List<ValidationResult> r = check(pack, h);
        Violation w = r.get(2).violations().get(0);
        assertTrue(w.messageVi().contains("Xã Mới"), w::messageVi);
    }

    /**
     * Bug 3: the in-force check named the snapshot's date ("not in force on 2020-01-01"); when the
     * date moved and a unit stayed out of force, the validator did not re-check it, and kept the
     * old date. Shortest plan found: one step, a split on 2020-01-01 seen on 2020-01-09, with an
     * organization in force from 2020-03-15 in the structure. The message now names the unit's
     * validity instead (so the same finding is the same violation on every date); the validator
     * still re-checks such units when the date moves, as a custom rule may name the date.
     */
    @Test
    void bug3_aUnitOutOfForce_isReportedOnTheNewDate() {
        OrgStructure s = country();
        UnitId later = UnitId.of("p1.d1.dt1");
        OrgStructure.Builder b = s.toBuilder().replace(s.unit(later).withValidity(Period.from(LocalDate.of(2021, 1, 1))));
        for (Post p : s.posts(later)) {
            s.tenures(p.id()).forEach(b::remove);
        }
        History h = History.start(b.build()).apply(Rename.of(DAY, C1, "Xã Mới"));
        List<ValidationResult> r = check(RulePack.of("kiểm thử", StructuralIntegrity.inForce()), h);
        assertTrue(r.get(1).violations().get(0).messageEn().contains("not in force (validity 2021-01-01/..)"),
                () -> r.get(1).violations().toString());
    }
}
