package org.bomay.io.export;

import static org.bomay.io.export.ExportFixture.AWKWARD_NAME;
import static org.bomay.io.export.ExportFixture.AWKWARD_PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OrgStructure s = ExportFixture.structure();

    // ------------------------------------------------------------------ DOT

    @Test
    void dot_clustersUnitsByPillar() {
        String dot = Exports.dot(s);
        assertTrue(dot.startsWith("digraph bomay {\n"), dot);
        assertTrue(dot.endsWith("}\n"), dot);
        Map<String, String> clusterOf = new HashMap<>();
        String cluster = null;
        for (String line : dot.split("\n")) {
            if (line.startsWith("  subgraph cluster_")) {
                cluster = line.substring("  subgraph ".length(), line.indexOf(" {"));
            } else if (line.equals("  }")) {
                cluster = null;
            } else if (cluster != null && line.startsWith("    \"")) {
                clusterOf.put(line.substring(5, line.indexOf('"', 5)), cluster);
            }
        }
        assertEquals(ExportFixture.UNITS, clusterOf.size(), dot);
        for (Unit u : s.units()) {
            assertEquals("cluster_" + u.pillar().name(), clusterOf.get(u.id().toString()), u.toString());
        }
        assertTrue(dot.contains("subgraph cluster_PARTY {\n    label=\"Đảng\";"), dot);
        assertTrue(dot.contains("subgraph cluster_STATE {\n    label=\"Nhà nước\";"), dot);
        assertTrue(dot.contains("subgraph cluster_FRONT {\n    label=\"Mặt trận\";"), dot);
    }

    @Test
    void dot_labelsUnitsWithNameKindAndHead() {
        assertTrue(Exports.dot(s).contains(
                "\"kb.hu\" [label=\"Huyện ủy Kim Bảng\\n(Huyện ủy)\\nBí thư Huyện ủy: Nguyễn Văn An\"];"));
    }

    @Test
    void dot_drawsHierarchyFromParentToChild() {
        String dot = Exports.dot(s);
        assertTrue(dot.contains("  \"kb\" -> \"kb.ubnd\";\n"), dot);
        assertTrue(dot.contains("  \"kb.hu\" -> \"kb.hu.bdv\";\n"), dot);
        assertEquals(ExportFixture.HIERARCHY_LINKS, count(dot, Pattern.compile("(?m)^  \"[^\"]+\" -> \"[^\"]+\";$")));
    }

    @Test
    void dot_drawsOtherRelationsDashedWithTheirVerb() {
        String dot = Exports.dot(s);
        assertTrue(dot.contains("\"kb.hu\" -> \"kb.ubnd\" [label=\"lãnh đạo\", style=dashed"), dot);
        assertTrue(dot.contains("\"kb.hnd\" -> \"kb.mttq\" [label=\"là thành viên của\", style=dashed"), dot);
        assertTrue(dot.contains("\"kb.ubnd.vp\" -> \"kb.ubnd\" [label=\"phục vụ\", style=dashed"), dot);
        assertEquals(ExportFixture.OTHER_RELATIONS, count(dot, Pattern.compile("style=dashed")));
    }

    @Test
    void dot_drawsConcurrentPostsAsDottedEdgesFromTheMainPost() {
        String dot = Exports.dot(s);
        assertTrue(dot.contains("\"kb.hu.bdv\" -> \"kb.mttq\" [label=\"Trần Thị Bình kiêm nhiệm\", style=dotted"), dot);
        assertTrue(dot.contains("\"kb.ubnd\" -> \"kb.hu\" [label=\"Lê Văn Cường kiêm nhiệm\", style=dotted"), dot);
        assertEquals(ExportFixture.CONCURRENT_LINKS, count(dot, Pattern.compile("kiêm nhiệm\", style=dotted")));
    }

    @Test
    void dot_escapesQuotesAndBackslashesInNames() {
        String dot = Exports.dot(s);
        assertTrue(dot.contains("\"kb.hnd\" [label=\"Hội Nông dân \\\"Tam Nông\\\" <script>alert('x')</script> & #1 \\\\ Kim Bảng"
                + "\\n(Hội Nông dân)\\nChủ tịch Hội Nông dân huyện: Đỗ Văn \\\"Em\\\"\"];"), dot);
        // every double quote of the output opens or closes a string, or is escaped
        for (String line : dot.split("\n")) {
            int unescaped = 0;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == '\\') {
                    i++;
                } else if (line.charAt(i) == '"') {
                    unescaped++;
                }
            }
            assertEquals(0, unescaped % 2, line);
        }
    }

    @Test
    void dot_marksUnitsOutsideTheirValidityAndAdministrativeUnits() {
        String later = Exports.dot(s.withDate(LocalDate.of(2019, 1, 1)));
        assertTrue(later.contains("\"kb.ubnd.tkn\" [label=\"Trạm Khuyến nông\\n(Trạm)\", style=\"rounded,filled,dashed\"];"),
                later);
        assertTrue(later.contains("\"kb\" [label=\"Huyện Kim Bảng\\n(Huyện)\", shape=tab];"), later);
    }

    // ------------------------------------------------------------------ GraphML

    @Test
    void graphml_parsesAsXmlWithANodePerUnitAndAnEdgePerLink() throws Exception {
        Document doc = parseXml(Exports.graphml(s));
        assertEquals("graphml", doc.getDocumentElement().getLocalName());
        assertEquals(ExportFixture.UNITS, doc.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(ExportFixture.HIERARCHY_LINKS + ExportFixture.OTHER_RELATIONS + ExportFixture.CONCURRENT_LINKS,
                doc.getElementsByTagNameNS("*", "edge").getLength());
        Set<String> keys = new HashSet<>();
        NodeList ks = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < ks.getLength(); i++) {
            keys.add(((Element) ks.item(i)).getAttribute("id"));
        }
        assertTrue(keys.containsAll(List.of("name", "kind", "pillar", "level", "head", "staffQuota", "type")), keys.toString());
    }

    @Test
    void graphml_keepsNamesMarkupAndDiacriticsAsText() throws Exception {
        Document doc = parseXml(Exports.graphml(s));
        Map<String, Map<String, String>> nodes = nodeData(doc);
        assertEquals(AWKWARD_NAME, nodes.get("kb.hnd").get("name"));
        assertEquals(AWKWARD_PERSON, nodes.get("kb.hnd").get("head"));
        assertEquals("VN.HUYEN_UY", nodes.get("kb.hu").get("kind"));
        assertEquals("PARTY", nodes.get("kb.hu").get("pillar"));
        assertEquals("DISTRICT", nodes.get("kb.hu").get("level"));
        assertEquals("75", nodes.get("kb.ubnd").get("staffQuota"));
        assertEquals("Lê Văn Cường", nodes.get("kb.ubnd").get("head"));
        assertEquals(0, doc.getElementsByTagName("script").getLength());
    }

    @Test
    void graphml_edgesCarryTheModelDirectionAndType() throws Exception {
        Document doc = parseXml(Exports.graphml(s));
        List<String> edges = new ArrayList<>();
        NodeList es = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < es.getLength(); i++) {
            Element e = (Element) es.item(i);
            edges.add(e.getAttribute("source") + " " + data(e).get("type") + " " + e.getAttribute("target")
                    + (data(e).containsKey("person") ? " " + data(e).get("person") : ""));
        }
        assertTrue(edges.contains("kb.ubnd SUBORDINATE_TO kb"), edges.toString());
        assertTrue(edges.contains("kb.hu LEADS kb.ubnd"), edges.toString());
        assertTrue(edges.contains("kb.hu.bdv CONCURRENT kb.mttq p.binh"), edges.toString());
    }

    // ------------------------------------------------------------------ Mermaid

    @Test
    void mermaid_usesSafeNodeIdsAndQuotedLabels() {
        String md = Exports.mermaid(s);
        assertTrue(md.startsWith("flowchart TD\n"), md);
        Pattern node = Pattern.compile("(?m)^        (\\S+)\\[\"([^\"]*)\"\\]$");
        Matcher m = node.matcher(md);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(ExportFixture.UNITS, ids.size(), md);
        for (String id : ids) {
            assertTrue(id.matches("u[0-9]+"), id);
        }
        assertEquals(ExportFixture.UNITS, new HashSet<>(ids).size());
        assertFalse(md.contains("kb."), "unit ids must not be Mermaid ids:\n" + md);
    }

    @Test
    void mermaid_writesQuotesAndMarkupAsEntityCodes() {
        String md = Exports.mermaid(s);
        assertTrue(md.contains("[\"Hội Nông dân #quot;Tam Nông#quot; #lt;script#gt;alert('x')#lt;/script#gt; #amp; #35;1 \\ Kim Bảng"
                + "<br/>(Hội Nông dân)<br/>Chủ tịch Hội Nông dân huyện: Đỗ Văn #quot;Em#quot;\"]"), md);
        assertFalse(md.contains("<script>"), md);
    }

    @Test
    void mermaid_groupsUnitsInASubgraphPerPillar() {
        String md = Exports.mermaid(s);
        assertTrue(md.contains("    subgraph cluster_PARTY[\"Đảng\"]\n        u6[\"Huyện ủy Kim Bảng"), md);
        assertTrue(md.contains("    subgraph cluster_FRONT[\"Mặt trận\"]\n        u9["), md);
        assertEquals(3, count(md, Pattern.compile("(?m)^    end$")));
        assertTrue(md.contains("    u8 ==>|\"Trần Thị Bình kiêm nhiệm\"| u9\n"), md);
        assertTrue(md.contains("    u6 -.->|\"lãnh đạo\"| u2\n"), md);
        assertTrue(md.contains("    linkStyle 10,11 stroke:#7b3294,color:#7b3294\n"), md);
    }

    // ------------------------------------------------------------------ Popolo

    @Test
    void popolo_parsesAndEveryMembershipPointsToAnExportedPersonPostAndOrganization() throws IOException {
        JsonNode root = JSON.readTree(Exports.popolo(s));
        Set<String> orgs = ids(root.get("organizations"));
        Set<String> posts = ids(root.get("posts"));
        Set<String> persons = ids(root.get("persons"));
        assertEquals(ExportFixture.UNITS, orgs.size());
        assertEquals(s.posts().size(), posts.size());
        assertEquals(s.people().size(), persons.size());
        assertEquals(ExportFixture.TENURES, root.get("memberships").size());
        assertEquals(ExportFixture.TENURES, ids(root.get("memberships")).size(), "membership ids are unique");
        for (JsonNode m : root.get("memberships")) {
            assertTrue(persons.contains(m.get("person_id").asText()), m.toString());
            assertTrue(posts.contains(m.get("post_id").asText()), m.toString());
            assertTrue(orgs.contains(m.get("organization_id").asText()), m.toString());
        }
        for (JsonNode p : root.get("posts")) {
            assertTrue(orgs.contains(p.get("organization_id").asText()), p.toString());
        }
        for (JsonNode o : root.get("organizations")) {
            if (o.has("parent_id")) {
                assertTrue(orgs.contains(o.get("parent_id").asText()), o.toString());
            }
        }
    }

    @Test
    void popolo_writesDatesClassificationsAndConcurrentTenures() throws IOException {
        JsonNode root = JSON.readTree(Exports.popolo(s));
        JsonNode tram = find(root.get("organizations"), "kb.ubnd.tkn");
        assertEquals("Trạm", tram.get("classification").asText());
        assertEquals("kb.ubnd", tram.get("parent_id").asText());
        assertEquals("1990-01-01", tram.get("founding_date").asText());
        assertEquals("2018-07-01", tram.get("dissolution_date").asText());
        assertFalse(find(root.get("organizations"), "kb").has("parent_id"));
        JsonNode kiem = find(root.get("memberships"), "kb.mttq.ct/p.binh/2018-01-01");
        assertEquals("kiêm nhiệm", kiem.get("label").asText());
        JsonNode past = find(root.get("memberships"), "kb.mttq.ct/p.dung/2014-01-01");
        assertEquals("2018-01-01", past.get("end_date").asText());
        assertEquals("1965-05-19", find(root.get("persons"), "p.an").get("birth_date").asText());
        assertEquals(AWKWARD_NAME, find(root.get("organizations"), "kb.hnd").get("name").asText());
    }

    @Test
    void popolo_writesVietnameseTextUnescaped() {
        String json = Exports.popolo(s);
        assertTrue(json.contains("\"name\": \"Ủy ban nhân dân huyện Kim Bảng\""), json);
        assertFalse(json.contains("\\u"), json);
        assertFalse(json.contains("\r"), json);
    }

    // ------------------------------------------------------------------ options

    @Test
    void subtree_exportsOnlyTheRootAndItsDescendants() throws Exception {
        ExportOptions ubnd = ExportOptions.defaults().withRoot(ExportFixture.UBND);
        Document doc = parseXml(Exports.graphml(s, ubnd));
        Set<String> nodes = nodeData(doc).keySet();
        assertEquals(Set.of("kb.ubnd", "kb.ubnd.pnv", "kb.ubnd.vp", "kb.ubnd.tkn"), nodes);
        // the hierarchy below the root and the SERVES relation inside it; nothing that leaves the subtree
        assertEquals(3 + 1, doc.getElementsByTagNameNS("*", "edge").getLength());

        JsonNode popolo = JSON.readTree(Exports.popolo(s, ubnd));
        assertEquals(nodes, ids(popolo.get("organizations")));
        assertFalse(find(popolo.get("organizations"), "kb.ubnd").has("parent_id"), "the parent is not exported");
        assertEquals(Set.of("kb.ubnd.ct", "kb.ubnd.pnv.tp"), ids(popolo.get("posts")));
        assertEquals(Set.of("p.cuong"), ids(popolo.get("persons")));

        String dot = Exports.dot(s, ubnd);
        assertFalse(dot.contains("cluster_PARTY"), dot);
        assertFalse(dot.contains("kiêm nhiệm"), "the other end of the concurrent post is outside:\n" + dot);
        assertEquals(4, count(Exports.mermaid(s, ubnd), Pattern.compile("(?m)^        u[0-9]+\\[")));
    }

    @Test
    void maxDepth_cutsTheTreeBelowTheRoot() throws Exception {
        Set<String> roots = nodeData(parseXml(Exports.graphml(s, ExportOptions.defaults().withMaxDepth(0)))).keySet();
        assertEquals(Set.of("kb", "kb.hu", "kb.mttq", "kb.hnd"), roots);
        Set<String> two = nodeData(parseXml(Exports.graphml(s,
                ExportOptions.defaults().withRoot(ExportFixture.HUYEN).withMaxDepth(1)))).keySet();
        assertEquals(Set.of("kb", "kb.ubnd"), two);
    }

    @Test
    void withoutPeople_leavesOutHeadsConcurrentPostsAndPopoloPeople() throws IOException {
        ExportOptions noPeople = ExportOptions.defaults().withPeople(false);
        String dot = Exports.dot(s, noPeople);
        assertFalse(dot.contains("Nguyễn Văn An"), dot);
        assertFalse(dot.contains("kiêm nhiệm"), dot);
        assertFalse(Exports.graphml(s, noPeople).contains("<data key=\"head\">"));
        assertFalse(Exports.mermaid(s, noPeople).contains("linkStyle"));
        JsonNode popolo = JSON.readTree(Exports.popolo(s, noPeople));
        assertEquals(ExportFixture.UNITS, popolo.get("organizations").size());
        assertEquals(0, popolo.get("posts").size());
        assertEquals(0, popolo.get("persons").size());
        assertEquals(0, popolo.get("memberships").size());
    }

    @Test
    void withoutRelations_drawsTheHierarchyOnly() {
        ExportOptions tree = ExportOptions.defaults().withRelations(false);
        String dot = Exports.dot(s, tree);
        assertFalse(dot.contains("style=dashed"), dot);
        assertEquals(ExportFixture.HIERARCHY_LINKS, count(dot, Pattern.compile("(?m)^  \"[^\"]+\" -> \"[^\"]+\";$")));
        assertFalse(Exports.mermaid(s, tree).contains("-.->"));
        assertFalse(Exports.graphml(s, tree).contains(">LEADS<"));
    }

    @Test
    void unknownRoot_isRejectedNamingTheIdInEveryFormat() {
        ExportOptions nowhere = ExportOptions.defaults().withRoot(UnitId.of("kb.nowhere"));
        List<BiFunction<OrgStructure, ExportOptions, String>> formats =
                List.of(Exports::dot, Exports::graphml, Exports::mermaid, Exports::popolo);
        for (BiFunction<OrgStructure, ExportOptions, String> f : formats) {
            BomayException e = assertThrows(BomayException.class, () -> f.apply(s, nowhere));
            assertTrue(e.getMessage().contains("kb.nowhere"), e.getMessage());
            assertTrue(e.getMessage().contains("ExportOptions.withRoot"), e.getMessage());
        }
    }

    @Test
    void nullArguments_areRejectedWithAClearMessage() {
        assertThrows(BomayException.class, () -> Exports.dot(null));
        assertThrows(BomayException.class, () -> Exports.graphml(s, null));
        assertThrows(BomayException.class, () -> Exports.mermaid(s, ExportOptions.defaults(), null));
    }

    // ------------------------------------------------------------------ determinism and writers

    @Test
    void exports_areByteIdenticalForEqualStructures() {
        OrgStructure again = ExportFixture.structure();
        assertEquals(Exports.dot(s), Exports.dot(again));
        assertEquals(Exports.graphml(s), Exports.graphml(again));
        assertEquals(Exports.mermaid(s), Exports.mermaid(again));
        assertEquals(Exports.popolo(s), Exports.popolo(again));
        assertEquals(Exports.popolo(s), Exports.popolo(s));
    }

    @Test
    void exports_doNotDependOnTheOrderRelationsWereAdded() {
        OrgStructure reversed = s.toBuilder()
                .remove(Relation.of(RelationType.LEADS, ExportFixture.HUYEN_UY,
                        ExportFixture.UBND))
                .add(Relation.of(RelationType.LEADS, ExportFixture.HUYEN_UY,
                        ExportFixture.UBND))
                .build();
        assertNotEquals(s.relations(), reversed.relations(), "the structure lists the relations in another order");
        assertEquals(Exports.dot(s), Exports.dot(reversed));
        assertEquals(Exports.graphml(s), Exports.graphml(reversed));
    }

    @Test
    void appendableOverloads_writeTheSameTextAsStrings() {
        ExportOptions o = ExportOptions.defaults();
        StringBuilder dot = new StringBuilder();
        Exports.dot(s, o, dot);
        assertEquals(Exports.dot(s), dot.toString());
        StringWriter graphml = new StringWriter();
        Exports.graphml(s, o, graphml);
        assertEquals(Exports.graphml(s), graphml.toString());
        StringBuilder mermaid = new StringBuilder("```mermaid\n");
        Exports.mermaid(s, o, mermaid);
        assertEquals("```mermaid\n" + Exports.mermaid(s), mermaid.toString());
        StringBuilder popolo = new StringBuilder();
        Exports.popolo(s, o, popolo);
        assertEquals(Exports.popolo(s), popolo.toString());
        StringWriter popoloW = new StringWriter();
        Exports.popolo(s, o, popoloW);
        assertEquals(Exports.popolo(s), popoloW.toString());
    }

    @Test
    void failingAppendable_throwsUncheckedIOException() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Exports.dot(s, ExportOptions.defaults(), broken));
        assertTrue(e.getMessage().contains("DOT"), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> Exports.popolo(s, ExportOptions.defaults(), broken));
    }

    @Test
    void emptySubtreeOfALeaf_isAOneNodeGraph() throws Exception {
        OrgStructure one = OrgStructure.builder(LocalDate.of(2020, 1, 1))
                .add(Unit.of(UnitId.of("x"), "Xã Một", VnKinds.XA, Level.COMMUNE)).build();
        assertEquals(1, parseXml(Exports.graphml(one)).getElementsByTagNameNS("*", "node").getLength());
        assertTrue(Exports.dot(one).contains("\"x\" [label=\"Xã Một\\n(Xã)\", shape=tab];"));
    }

    // ------------------------------------------------------------------ helpers

    static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Map<String, String>> nodeData(Document doc) {
        Map<String, Map<String, String>> out = new HashMap<>();
        NodeList ns = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < ns.getLength(); i++) {
            Element n = (Element) ns.item(i);
            out.put(n.getAttribute("id"), data(n));
        }
        return out;
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> out = new HashMap<>();
        NodeList ds = e.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < ds.getLength(); i++) {
            Element d = (Element) ds.item(i);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }

    static Set<String> ids(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }

    private static int count(String text, Pattern p) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
