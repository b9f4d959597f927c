package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The national generator: deterministic, sized as asked, three pillars at every level, concurrent posts; its reform applies. */
class NationalGeneratorTest {

    @Test
    void sameSizeAndSeed_giveEqualStructures_otherSeedsOthers() {
        OrgStructure a = NationalGenerator.of(2_000, 7).structure();
        OrgStructure b = NationalGenerator.of(2_000, 7).structure();
        assertEquals(a, b);
        assertEquals(a.units().stream().map(Unit::id).toList(), b.units().stream().map(Unit::id).toList());
        assertEquals(a.tenures(), b.tenures());
        assertEquals(a.people(), b.people());
        OrgStructure c = NationalGenerator.of(2_000, 8).structure();
        assertNotEquals(a, c);
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 3_000, 10_000, 30_000})
    void unitsAreWithinTenPercentOfTheTarget_andTheShapeIsKnownBeforeBuilding(int target) {
        NationalGenerator g = NationalGenerator.of(target, 11);
        NationalGenerator.Shape shape = g.shape();
        OrgStructure s = g.structure();
        assertEquals(shape.units(), s.unitCount(), shape.toString());
        assertTrue(Math.abs(s.unitCount() - target) <= target / 10, s.unitCount() + " units for " + target);
        assertEquals(shape.provinces(), s.unitsAt(Level.PROVINCE).stream().filter(Unit::isTerritorial).count());
        assertEquals(shape.districts(), s.unitsAt(Level.DISTRICT).stream().filter(Unit::isTerritorial).count());
        assertEquals(shape.communes(), s.unitsAt(Level.COMMUNE).stream().filter(Unit::isTerritorial).count());
        assertEquals(shape.villages(), s.unitsAt(Level.VILLAGE).stream().filter(Unit::isTerritorial).count());
    }

    @Test
    void postsAndPeople_aboutThreeAndTwoPerUnit() {
        OrgStructure s = NationalGenerator.of(10_000, 3).structure();
        double posts = s.posts().size() / (double) s.unitCount();
        double people = s.people().size() / (double) s.unitCount();
        assertTrue(posts > 2.6 && posts < 3.6, posts + " posts per unit");
        assertTrue(people > 1.7 && people < 2.3, people + " people per unit");
    }

    @Test
    void everyTerritoryHasItsThreePillars() {
        OrgStructure s = NationalGenerator.of(3_000, 5).structure();
        for (Unit t : s.units()) {
            if (!t.isTerritorial()) {
                continue;
            }
            Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);
            for (Unit u : s.unitsOfTerritory(t.id())) {
                if (!u.isTerritorial()) {
                    pillars.add(u.pillar());
                }
            }
            if (t.level() == Level.VILLAGE) {
                // the village itself is the state's; its party cell and Front work board
                assertEquals(EnumSet.of(Pillar.PARTY, Pillar.FRONT), pillars, t.toString());
                assertFalse(s.posts(t.id()).isEmpty(), t + " has a head");
            } else {
                assertEquals(EnumSet.allOf(Pillar.class), pillars, t.toString());
            }
        }
        // the party committee leads the council, the committee and the Front at every level
        for (String party : List.of("p1.tu", "p1.d1.hu", "p1.d1.c1.du")) {
            String territory = party.substring(0, party.lastIndexOf('.'));
            Set<UnitId> led = Set.copyOf(s.related(UnitId.of(party), org.bomay.core.model.RelationType.LEADS).stream()
                    .map(Unit::id).toList());
            for (String body : List.of(".hdnd", ".ubnd", ".mttq")) {
                assertTrue(led.contains(UnitId.of(territory + body)), party + " leads " + territory + body);
            }
        }
    }

    @Test
    void concurrentPosts_includeTheModelsOfResolution18() {
        OrgStructure s = NationalGenerator.of(10_000, 9).structure();
        assertTrue(s.concurrentTenures().size() > s.unitCount() / 2, s.concurrentTenures().size() + " concurrent tenures");
        int secretaryChairs = 0;
        int villageSecretaryHeads = 0;
        for (Unit c : s.unitsOf(VnKinds.DANG_UY_XA)) {
            if (holders(s, c.id().value() + ".head").equals(holders(s, c.territory().orElseThrow().value() + ".hdnd.head"))) {
                secretaryChairs++;
            }
        }
        for (Unit v : s.units()) {
            if (v.isTerritorial() && v.level() == Level.VILLAGE
                    && holders(s, v.id().value() + ".head").equals(holders(s, v.id().value() + ".cb.head"))) {
                villageSecretaryHeads++;
            }
        }
        int communes = s.unitsOf(VnKinds.DANG_UY_XA).size();
        assertTrue(secretaryChairs > communes / 4 && secretaryChairs < communes * 3 / 4,
                secretaryChairs + " of " + communes + " commune secretaries chair the HĐND");
        assertTrue(villageSecretaryHeads > 0, "some village cell secretaries are village heads");
    }

    private static List<Person> holders(OrgStructure s, String post) {
        return s.holders(PostId.of(post));
    }

    @Test
    void theGeneratedStructureIsConsistent_andPartyPostsAreHeldByPartyMembers() {
        // dated like SyntheticCountry's structures: everyone is already in office
        OrgStructure s = NationalGenerator.builder().units(3_000).seed(13).date(LocalDate.of(2020, 1, 1)).build().structure();
        StructureInvariants.checkAll(s);
        for (Tenure t : s.tenures()) {
            assertTrue(t.period().contains(s.date()), t + " in office on " + s.date());
        }
        Validator party = Validator.of(RulePack.of("party", VnRules.partyPosts()));
        assertEquals(0, party.validate(s).size(), "party posts held by non-members");
    }

    @Test
    void theReformApplies_andIncrementalValidationEqualsFull() {
        OrgStructure base = NationalGenerator.of(5_000, 17).structure().withDate(NationalReform.DATE);
        NationalReform plan = NationalReform.of(base, NationalReform.DATE, 17);
        assertTrue(plan.communeMerges().size() > 30, plan.toString());
        assertEquals(base.unitsAt(Level.DISTRICT).stream().filter(Unit::isTerritorial).count(), plan.districtDissolutions().size());
        assertEquals(1, plan.provinceMerges().size(), plan.toString());
        Validator validator = Validator.of(VnRules.all());
        History h = History.start(base);
        ValidationResult r = validator.validate(base);
        for (List<Change> phase : List.of(plan.communeMerges(), plan.districtDissolutions(), plan.provinceMerges())) {
            for (int i = 0; i < phase.size(); i++) {
                OrgStructure before = h.current();
                h = h.apply(phase.get(i));
                Version v = h.version(h.size() - 1);
                if (i < 4 || phase != plan.communeMerges()) { // conservation and lineage: every kind of change, not every merge
                    HistoryInvariants.checkAll(before, v.event().orElseThrow(), v.structure());
                }
                r = validator.revalidate(r, v.structure(), v.event().orElseThrow());
            }
            // incremental equals full at the end of each phase (ReplayBenchmark checks the same at 10^4)
            assertEquals(validator.validate(h.current(), MergerLog.of(h)).violations(), r.violations());
        }
        OrgStructure after = h.current();
        StructureInvariants.checkAll(after);
        assertTrue(after.unitsAt(Level.DISTRICT).stream().noneMatch(Unit::isTerritorial), "no district is left");
        assertEquals(base.unitsAt(Level.PROVINCE).stream().filter(Unit::isTerritorial).count() - 1,
                after.unitsAt(Level.PROVINCE).stream().filter(Unit::isTerritorial).count());
    }

    @Test
    void badSettingsAreRejected() {
        assertThrows(BomayException.class, () -> NationalGenerator.builder().units(10));
        assertThrows(BomayException.class, () -> NationalGenerator.builder().units(NationalGenerator.MAX_UNITS + 1));
        assertThrows(BomayException.class, () -> NationalGenerator.builder().date(null));
    }
}
