package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.InvalidStructureException;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.structure.StructureCounts;
import org.bomay.core.structure.StructureProblem;
import org.bomay.core.text.VnText;
import org.junit.jupiter.api.Test;

/** Properties of {@link OrgStructure} over generated structures. */
class OrgStructurePropertiesTest {
    /**
     * QuickTheories 0.26 runs 100,000 shrink cycles by default and keeps every counterexample it
     * meets; bounded, a failure here is reported within seconds and a few hundred MB.
     */
    private static final int SHRINK_CYCLES = 5_000;
    private static final StructureGen.Config TWO_TIER = StructureGen.config();
    private static final StructureGen.Config THREE_TIER = StructureGen.config().withThreeTiers(true);

    @Test
    void generatedStructures_buildAndKeepEveryInvariant() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(200).forAll(StructureGen.shapes(TWO_TIER))
                .checkAssert(shape -> StructureInvariants.checkAll(shape.toStructure()));
    }

    @Test
    void threeTierStructures_buildAndKeepEveryInvariant() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(200).forAll(StructureGen.shapes(THREE_TIER))
                .checkAssert(shape -> StructureInvariants.checkAll(shape.toStructure()));
    }

    @Test
    void invariants_holdOnEveryDate() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(100)
                .forAll(StructureGen.shapes(TWO_TIER), integers().between(-20 * 366, 5 * 366))
                .checkAssert((shape, days) -> {
                    OrgStructure s = shape.toStructure();
                    OrgStructure then = s.withDate(s.date().plusDays(days));
                    StructureInvariants.checkAll(then);
                    assertEquals(s, then.withDate(s.date()));
                });
    }

    @Test
    void largerStructures_keepEveryInvariant() {
        StructureGen.Config big = StructureGen.config().withProvinces(2, 3).withDistrictsPerProvince(2, 4)
                .withVillagesPerCommune(1, 4);
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(10).forAll(StructureGen.shapes(big))
                .checkAssert(shape -> StructureInvariants.checkAll(shape.toStructure()));
    }

    @Test
    void counts_agreeWithTheTree() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(200).forAll(StructureGen.structures()).checkAssert(s -> {
            StructureCounts c = s.counts();
            int byPillar = c.organizationsByPillar().values().stream().mapToInt(Integer::intValue).sum();
            int byLevel = c.organizationsByLevel().values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(c.organizations(), byPillar, "organizations by pillar add up");
            assertEquals(c.organizations(), byLevel, "organizations by level add up");
            assertEquals(s.units().size(), c.organizations() + c.territories(), "organizations + administrative units");
            int allByPillar = 0;
            for (Pillar p : Pillar.values()) {
                allByPillar += s.unitsOf(p).size();
            }
            int allByLevel = 0;
            for (Level l : Level.values()) {
                allByLevel += s.unitsAt(l).size();
            }
            assertEquals(s.units().size(), allByPillar, "unitsOf(pillar) add up");
            assertEquals(s.units().size(), allByLevel, "unitsAt(level) add up");
            int subtrees = s.roots().stream().mapToInt(r -> s.subtree(r.id()).size()).sum();
            assertEquals(s.units().size(), subtrees, "the subtrees of the roots cover every unit once");
            int children = s.units().stream().mapToInt(u -> s.children(u.id()).size()).sum();
            assertEquals(s.units().size() - s.roots().size(), children, "every unit but a root is some unit's child");
            int postsByUnit = s.units().stream().mapToInt(u -> s.posts(u.id()).size()).sum();
            assertEquals(c.posts(), postsByUnit, "every post belongs to one unit");
        });
    }

    @Test
    void toBuilderThenBuild_isTheIdentity() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(200).forAll(StructureGen.structures()).checkAssert(s -> {
            OrgStructure copy = s.toBuilder().build();
            assertEquals(s, copy);
            assertEquals(s.hashCode(), copy.hashCode());
            assertEquals(s.counts(), copy.counts());
        });
    }

    @Test
    void rebuildingInReverseOrder_givesAnEqualStructure() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(200).forAll(StructureGen.structures()).checkAssert(s -> {
            OrgStructure.Builder b = OrgStructure.builder(s.date());
            reversed(s.units()).forEach(b::add);
            reversed(s.posts()).forEach(b::add);
            reversed(s.people()).forEach(b::add);
            reversed(s.tenures()).forEach(b::add);
            reversed(s.relations()).forEach(b::add);
            OrgStructure r = b.build();
            assertEquals(s, r);
            assertEquals(r, s);
            assertEquals(s.hashCode(), r.hashCode());
            assertEquals(s.counts(), r.counts());
            StructureInvariants.checkAll(r);
        });
    }

    @Test
    void everyUnit_isFoundByItsNameAndItsLooseKey() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(200).forAll(StructureGen.structures()).checkAssert(s -> {
            for (Unit u : s.units()) {
                List<Unit> byName = s.find(u.name());
                assertTrue(byName.contains(u), () -> "find(\"" + u.name() + "\") misses " + u + ": " + byName);
                assertEquals(VnText.looseKey(u.name()), VnText.looseKey(byName.get(0).name()),
                        () -> "find(\"" + u.name() + "\") ranks a unit with another name first: " + byName);
                String loose = VnText.looseKey(u.name());
                assertTrue(s.find(loose).contains(u), () -> "find(\"" + loose + "\") misses " + u);
                String plain = TextVariants.stripDiacritics(u.name()).toLowerCase(java.util.Locale.ROOT);
                assertTrue(s.find(plain).contains(u), () -> "find(\"" + plain + "\") misses " + u);
            }
            for (Person p : s.people()) {
                assertTrue(s.findPeople(p.name()).contains(p), () -> "findPeople(\"" + p.name() + "\") misses " + p);
            }
        });
    }

    /**
     * Replaces the parent of a random unit by two or three parents (or keeps its parent and adds
     * one or two): build() must report MULTIPLE_PARENTS naming the unit, then its parents in order.
     */
    @Test
    void aSecondParent_isRejectedAsMultipleParentsNamingTheUnit() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(200)
                .forAll(StructureGen.shapes(TWO_TIER), lists().of(integers().between(0, 9_999)).ofSize(4), booleans().all())
                .checkAssert((shape, picks, keepParent) -> {
                    OrgStructure s = shape.toStructure();
                    List<Unit> units = s.units();
                    Unit u = units.get(picks.get(0) % units.size());
                    OrgStructure.Builder b = s.toBuilder();
                    List<UnitId> parents = new ArrayList<>();
                    s.parent(u.id()).ifPresent(p -> {
                        if (keepParent) {
                            parents.add(p.id());
                        } else {
                            b.remove(Relation.of(RelationType.SUBORDINATE_TO, u.id(), p.id()));
                        }
                    });
                    int wanted = 2 + picks.get(1) % 2;
                    int k = 2;
                    while (parents.size() < wanted) {
                        List<Unit> candidates = units.stream()
                                .filter(x -> !x.id().equals(u.id()) && !parents.contains(x.id())).toList();
                        Unit q = candidates.get(picks.get(k++ % picks.size()) % candidates.size());
                        parents.add(q.id());
                        b.add(Relation.of(RelationType.SUBORDINATE_TO, u.id(), q.id()));
                    }
                    InvalidStructureException e = assertThrows(InvalidStructureException.class, b::build);
                    List<StructureProblem> multiple = e.problems().stream()
                            .filter(p -> p.type() == StructureProblem.Type.MULTIPLE_PARENTS).toList();
                    assertEquals(1, multiple.size(), e::getMessage);
                    List<Object> expected = new ArrayList<>();
                    expected.add(u.id());
                    expected.addAll(parents);
                    assertEquals(expected, multiple.get(0).ids(), e::getMessage);
                    assertTrue(multiple.get(0).message().contains("Unit " + u.id() + " "), e::getMessage);
                    assertTrue(e.getMessage().contains(u.id().toString()), e::getMessage);
                });
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> r = new ArrayList<>(list);
        Collections.reverse(r);
        return r;
    }
}
