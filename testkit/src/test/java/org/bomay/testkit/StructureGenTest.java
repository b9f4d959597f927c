package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** The generator honours its knobs and its id scheme. */
class StructureGenTest {
    /**
     * QuickTheories 0.26 runs 100,000 shrink cycles by default and keeps every counterexample it
     * meets; bounded, a failure here is reported within seconds and a few hundred MB.
     */
    private static final int SHRINK_CYCLES = 5_000;

    @Test
    void sameShape_buildsEqualStructuresWithTheSameIds() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(100).forAll(StructureGen.shapes(StructureGen.config()))
                .checkAssert(shape -> {
                    OrgStructure a = shape.toStructure();
                    OrgStructure b = shape.toStructure();
                    assertEquals(a, b);
                    assertEquals(a.units().stream().map(Unit::id).toList(), b.units().stream().map(Unit::id).toList());
                    assertEquals(a.tenures(), b.tenures());
                });
    }

    @Test
    void ids_followThePositionInTheTree() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(100).forAll(StructureGen.structures()).checkAssert(s -> {
            for (Unit u : s.units()) {
                if (u.isTerritorial()) {
                    s.parent(u.id()).ifPresentOrElse(
                            p -> assertTrue(u.id().value().startsWith(p.id().value() + "."), u + " under " + p),
                            () -> assertTrue(u.id().value().matches("p\\d+"), u + " is a root"));
                } else {
                    UnitId t = u.territory().orElseThrow(() -> new AssertionError(u + " has no territory"));
                    assertTrue(u.id().value().startsWith(t.value() + "."), u + " in " + t);
                    assertTrue(s.unit(t).isTerritorial(), u + " in " + t);
                    assertEquals(u.level(), s.unit(t).level(), u + " at the level of its territory " + t);
                }
            }
            for (Post p : s.posts()) {
                assertTrue(p.id().value().matches(java.util.regex.Pattern.quote(p.unit().value()) + "\\.(head|dep\\d)"),
                        p.toString());
            }
            for (Tenure t : s.tenures()) {
                assertTrue(t.person().value().startsWith(s.tenures(t.person()).get(0).post().value() + "/"), t.toString());
            }
        });
    }

    @Test
    void provincesDistrictsCommunesAndVillages_stayWithinTheirBounds() {
        StructureGen.Config c = StructureGen.config().withProvinces(1, 3).withDistrictsPerProvince(0, 2)
                .withCommunesPerDistrict(2, 3).withVillagesPerCommune(1, 2);
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(50).forAll(StructureGen.shapes(c)).checkAssert(shape -> {
            OrgStructure s = shape.toStructure();
            List<Unit> provinces = s.unitsOf(VnKinds.TINH);
            assertTrue(provinces.size() >= 1 && provinces.size() <= 3, "provinces: " + provinces.size());
            for (Unit p : provinces) {
                assertTrue(s.parent(p.id()).isEmpty(), p + " is a root");
                within(0, 2, territorialChildren(s, p, Level.DISTRICT), p);
            }
            for (Unit d : s.unitsAt(Level.DISTRICT)) {
                if (d.isTerritorial()) {
                    within(2, 3, territorialChildren(s, d, Level.COMMUNE), d);
                }
            }
            for (Unit x : s.unitsAt(Level.COMMUNE)) {
                if (x.isTerritorial()) {
                    assertEquals(Level.DISTRICT, s.parent(x.id()).orElseThrow().level(), x + " is under a district");
                    within(1, 2, territorialChildren(s, x, Level.VILLAGE), x);
                }
            }
        });
    }

    @Test
    void threeTierMode_hasNoDistrictLevel() {
        StructureGen.Config c = StructureGen.config().withThreeTiers(true).withCommunesPerProvince(2, 5);
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(100).forAll(StructureGen.structures(c)).checkAssert(s -> {
            assertEquals(List.of(), s.unitsAt(Level.DISTRICT));
            assertEquals(0, s.counts().organizationsByLevel().get(Level.DISTRICT));
            for (Unit p : s.unitsOf(VnKinds.TINH)) {
                within(2, 5, territorialChildren(s, p, Level.COMMUNE), p);
                assertEquals(Period.from(LocalDate.of(2025, 7, 1)), p.validity(), p + " began on 1/7/2025");
            }
            for (Unit u : s.unitsAt(Level.COMMUNE)) {
                assertEquals(Level.PROVINCE, s.parent(u.id()).orElseThrow().level(), u + " hangs under a province body");
                assertFalse(u.kind().equals(VnKinds.THI_TRAN), u + ": no thị trấn after 2025");
            }
            assertEquals(LocalDate.of(2026, 1, 1), s.date());
        });
    }

    @Test
    void deputies_matchTheirBounds() {
        StructureGen.Config c = StructureGen.config().withDeputies(2, 2).withCommunesPerDistrict(1, 2);
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(50).forAll(StructureGen.structures(c)).checkAssert(s -> {
            for (Unit u : s.units()) {
                boolean village = u.level() == Level.VILLAGE;
                int heads = u.isTerritorial() && !village ? 0 : 1;
                int deputies = u.isTerritorial() ? 0 : 2;
                assertEquals(heads, s.posts(u.id(), PostRole.HEAD).size(), u + " head posts");
                assertEquals(deputies, s.posts(u.id(), PostRole.DEPUTY).size(), u + " deputy posts");
                assertEquals(heads + deputies, s.posts(u.id()).size(), u + " posts");
            }
        });
    }

    @Test
    void noVacancy_fillsEveryHeadAndDeputyPost() {
        StructureGen.Config c = StructureGen.config().withVacancyRate(0).withConcurrentRate(0);
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(50).forAll(StructureGen.structures(c)).checkAssert(s -> {
            for (Post p : s.posts()) {
                assertEquals(1, s.holders(p.id()).size(), p + " is held");
            }
            assertEquals(0, s.concurrentTenures().size());
        });
    }

    @Test
    void fullVacancy_leavesEveryPostEmptyOnTheDate() {
        StructureGen.Config c = StructureGen.config().withVacancyRate(100).withConcurrentRate(100);
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(50).forAll(StructureGen.structures(c)).checkAssert(s -> {
            s.counts().holdersByRole().forEach((role, n) -> assertEquals(0, n, role + " holders"));
            assertEquals(0, s.counts().concurrentTenures());
            for (Person p : s.people()) {
                assertEquals(List.of(), s.postsOf(p.id()), p + " held a post before, not now");
            }
        });
    }

    @Test
    void fullConcurrency_makesEverySecretaryChairTheCouncilAndHeadTheVillage() {
        StructureGen.Config c = StructureGen.config().withVacancyRate(0).withConcurrentRate(100);
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(50).forAll(StructureGen.structures(c)).checkAssert(s -> {
            for (Unit council : s.unitsOf(VnKinds.HDND)) {
                List<Unit> leaders = s.relatedTo(council.id(), RelationType.LEADS);
                assertEquals(1, leaders.size(), council + " is led by one party committee");
                assertEquals(s.heads(leaders.get(0).id()), s.heads(council.id()), council + " is chaired by the secretary");
                Post chair = s.posts(council.id(), PostRole.HEAD).get(0);
                assertTrue(s.tenures(chair.id()).stream().allMatch(Tenure::isConcurrent), chair + " is held concurrently");
            }
            for (Unit village : s.unitsAt(Level.VILLAGE)) {
                if (village.isTerritorial()) {
                    Unit cell = s.unit(UnitId.of(village.id() + ".cb"));
                    assertEquals(s.heads(cell.id()), s.heads(village.id()), village + " is headed by the cell secretary");
                }
            }
            int expected = s.unitsOf(VnKinds.HDND).size() + s.unitsOf(VnKinds.THON).size()
                    + s.unitsOf(VnKinds.TO_DAN_PHO).size() + s.unitsOf(VnKinds.BAN_DAN_VAN).size();
            assertEquals(expected, s.counts().concurrentTenures());
        });
    }

    @Test
    void noConcurrency_meansNoConcurrentTenure() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(50)
                .forAll(StructureGen.structures(StructureGen.config().withConcurrentRate(0)))
                .checkAssert(s -> assertTrue(s.tenures().stream().noneMatch(Tenure::isConcurrent)));
    }

    @Test
    void config_rejectsBadBounds() {
        StructureGen.Config c = StructureGen.config();
        assertThrows(IllegalArgumentException.class, () -> c.withProvinces(2, 1));
        assertThrows(IllegalArgumentException.class, () -> c.withVillagesPerCommune(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> c.withDistrictsPerProvince(0, 5_000));
        assertThrows(IllegalArgumentException.class, () -> c.withVacancyRate(101));
        assertThrows(IllegalArgumentException.class, () -> c.withConcurrentRate(-1));
        assertEquals(LocalDate.of(2020, 1, 1), c.date());
        assertEquals(LocalDate.of(2019, 6, 1), c.withDate(LocalDate.of(2019, 6, 1)).date());
        assertTrue(c.toString().contains("provinces 1"), c.toString());
    }

    @Test
    void threeTierStructures_beforeTheReformAreRejected() {
        StructureGen.Config early = StructureGen.config().withThreeTiers(true).withDate(LocalDate.of(2024, 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StructureGen.shapes(early));
        assertTrue(e.getMessage().contains("2025-07-01") && e.getMessage().contains("2024-01-01"), e.getMessage());
    }

    /**
     * The counterexample QuickTheories reports is the smallest shape that fails: two districts of one
     * commune each, no village, no optional body, every post vacant. (QuickTheories shrinks one random
     * draw per cycle and runs every cycle, so the cycles are bounded to keep the test at a few seconds.)
     */
    @Test
    void aFailingProperty_shrinksToTheSmallestShape() {
        StructureGen.Config c = StructureGen.config().withDistrictsPerProvince(1, 4).withCommunesPerDistrict(1, 2)
                .withVillagesPerCommune(0, 1).withDeputies(0, 1);
        AssertionError e = assertThrows(AssertionError.class, () -> qt().withFixedSeed(7).withExamples(200)
                .withShrinkCycles(20_000)
                .forAll(StructureGen.shapes(c))
                .check(shape -> shape.toStructure().unitsOf(VnKinds.HUYEN_UY).size() < 2));
        String message = e.getMessage();
        String smallest = message.substring(message.indexOf("StructureShape["), message.indexOf("Other found"));
        assertTrue(smallest.contains("\n  p1.d2 "), message);
        assertFalse(smallest.contains("p1.d3"), smallest);
        assertFalse(smallest.contains(".c2"), smallest);
        assertFalse(smallest.contains(".v1"), smallest);
        assertFalse(smallest.matches("(?s).*[a-z0-9]\\[[^\\]]*[HD=].*"), smallest); // every post vacant: tu[h], ubnd[hd]
    }

    /** A property over structures prints the failing structure as a text tree. */
    @Test
    void aFailingStructureProperty_printsTheTree() {
        AssertionError e = assertThrows(AssertionError.class, () -> qt().withFixedSeed(7).withExamples(50)
                .withShrinkCycles(2_000)
                .forAll(StructureGen.structures(StructureGen.config().withDeputies(0, 1)))
                .check(s -> s.unitsOf(VnKinds.THON).isEmpty()));
        String message = e.getMessage();
        assertTrue(message.contains("[VN.TINH] p1\n"), message);
        assertTrue(message.matches("(?s).*\\[VN\\.THON\\] p1\\.d\\d\\.c\\d\\.v1 .*"), message);
    }

    private static int territorialChildren(OrgStructure s, Unit parent, Level level) {
        return (int) s.children(parent.id()).stream().filter(u -> u.isTerritorial() && u.level() == level).count();
    }

    private static void within(int min, int max, int n, Unit of) {
        assertTrue(n >= min && n <= max, of + " has " + n + " children, expected " + min + ".." + max);
    }
}
