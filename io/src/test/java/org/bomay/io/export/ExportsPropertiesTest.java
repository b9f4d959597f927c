package org.bomay.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.bomay.core.model.RelationType;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.StructureGen;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Properties of the exports over generated structures (testkit). */
class ExportsPropertiesTest {
    private static final int SHRINK_CYCLES = 2_000;
    private static final int EXAMPLES = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StructureGen.Config CONFIG = StructureGen.config().withConcurrentRate(50);

    @Test
    void everyExport_isDeterministic() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(EXAMPLES).forAll(StructureGen.shapes(CONFIG))
                .checkAssert(shape -> {
                    OrgStructure a = shape.toStructure();
                    OrgStructure b = shape.toStructure();
                    assertEquals(Exports.dot(a), Exports.dot(b));
                    assertEquals(Exports.graphml(a), Exports.graphml(b));
                    assertEquals(Exports.mermaid(a), Exports.mermaid(b));
                    assertEquals(Exports.popolo(a), Exports.popolo(b));
                });
    }

    @Test
    void graphml_hasANodePerUnitAndAnEdgePerRelationAndConcurrentLink() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(EXAMPLES).forAll(StructureGen.shapes(CONFIG))
                .checkAssert(shape -> {
                    OrgStructure s = shape.toStructure();
                    Document doc = parse(Exports.graphml(s));
                    assertEquals(s.unitCount(), doc.getElementsByTagNameNS("*", "node").getLength());
                    int concurrent = Selection.of(s, ExportOptions.defaults()).concurrent.size();
                    assertTrue(concurrent <= s.concurrentTenures().size());
                    assertEquals(s.relations().size() + concurrent, doc.getElementsByTagNameNS("*", "edge").getLength(),
                            "every relation (SUBORDINATE_TO included) and every concurrent link is an edge");
                    long hierarchy = s.relations().stream().filter(r -> r.type() == RelationType.SUBORDINATE_TO).count();
                    assertEquals(s.unitCount() - s.roots().size(), hierarchy);
                });
    }

    @Test
    void popolo_referencesResolveWithinTheDocument() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(EXAMPLES).forAll(StructureGen.shapes(CONFIG))
                .checkAssert(shape -> {
                    OrgStructure s = shape.toStructure();
                    JsonNode root = readJson(Exports.popolo(s));
                    Set<String> orgs = ExportsTest.ids(root.get("organizations"));
                    Set<String> posts = ExportsTest.ids(root.get("posts"));
                    Set<String> persons = ExportsTest.ids(root.get("persons"));
                    assertEquals(s.unitCount(), orgs.size());
                    assertEquals(s.tenures().size(), root.get("memberships").size());
                    assertEquals(s.tenures().size(), ExportsTest.ids(root.get("memberships")).size());
                    for (JsonNode m : root.get("memberships")) {
                        assertTrue(persons.contains(m.get("person_id").asText()), m.toString());
                        assertTrue(posts.contains(m.get("post_id").asText()), m.toString());
                        assertTrue(orgs.contains(m.get("organization_id").asText()), m.toString());
                    }
                });
    }

    @Test
    void mermaid_hasANodePerUnitInOneSubgraphPerPillar() {
        qt().withShrinkCycles(SHRINK_CYCLES).withExamples(EXAMPLES).forAll(StructureGen.shapes(CONFIG))
                .checkAssert(shape -> {
                    OrgStructure s = shape.toStructure();
                    String md = Exports.mermaid(s);
                    assertEquals(s.unitCount(), md.lines().filter(l -> l.matches("        u[0-9]+\\[\".*\"\\]")).count(), md);
                    long pillars = s.units().stream().map(u -> u.pillar()).distinct().count();
                    assertEquals(pillars, md.lines().filter(l -> l.startsWith("    subgraph cluster_")).count(), md);
                    assertTrue(md.lines().skip(1).allMatch(l -> l.startsWith("    ")), md);
                });
    }

    private static Document parse(String xml) {
        try {
            return ExportsTest.parseXml(xml);
        } catch (Exception e) {
            throw new AssertionError("GraphML is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("Popolo is not JSON: " + e.getMessage(), e);
        }
    }
}
