package org.bomay.io.export;

import java.io.IOException;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;

/**
 * Writes a {@link Selection} as GraphML; see {@link Exports#graphml(org.bomay.core.structure.OrgStructure)}.
 * The XML is written directly, with {@link Text#xml(String)} escaping, so the bytes do not depend
 * on which StAX implementation is on the class path.
 */
final class GraphmlWriter {
    /** The {@code type} of a concurrent-post edge. */
    static final String CONCURRENT = "CONCURRENT";

    private GraphmlWriter() {}

    static void write(Selection sel, Appendable out) throws IOException {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n");
        out.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        out.append("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        key(out, "date", "graph", "string");
        key(out, "name", "node", "string");
        key(out, "kind", "node", "string");
        key(out, "kindName", "node", "string");
        key(out, "pillar", "node", "string");
        key(out, "level", "node", "string");
        key(out, "territorial", "node", "boolean");
        key(out, "validity", "node", "string");
        key(out, "head", "node", "string");
        key(out, "staffQuota", "node", "int");
        key(out, "type", "edge", "string");
        key(out, "label", "edge", "string");
        key(out, "person", "edge", "string");
        out.append("  <graph id=\"bomay\" edgedefault=\"directed\">\n");
        data(out, "    ", "date", sel.structure.date().toString());
        for (Unit u : sel.units) {
            out.append("    <node id=\"").append(Text.xml(u.id().toString())).append("\">\n");
            data(out, "      ", "name", u.name());
            data(out, "      ", "kind", u.kind().code());
            data(out, "      ", "kindName", u.kind().vietnamese());
            data(out, "      ", "pillar", u.pillar().name());
            data(out, "      ", "level", u.level().name());
            data(out, "      ", "territorial", String.valueOf(u.isTerritorial()));
            data(out, "      ", "validity", u.validity().toString());
            String head = sel.headNames(u.id());
            if (!head.isEmpty()) {
                data(out, "      ", "head", head);
            }
            if (u.staffQuota().isPresent()) {
                data(out, "      ", "staffQuota", String.valueOf(u.staffQuota().getAsInt()));
            }
            out.append("    </node>\n");
        }
        int n = 0;
        for (Selection.Link l : sel.hierarchy) { // as the model holds it: child SUBORDINATE_TO parent
            edge(out, n++, l.child().toString(), l.parent().toString(), RelationType.SUBORDINATE_TO.name(),
                    RelationType.SUBORDINATE_TO.vietnamese(), null);
        }
        for (Relation r : sel.relations) {
            edge(out, n++, r.source().toString(), r.target().toString(), r.type().name(), r.type().vietnamese(), null);
        }
        for (Selection.Concurrent c : sel.concurrent) {
            edge(out, n++, c.from().toString(), c.to().toString(), CONCURRENT, c.person().name() + " kiêm nhiệm",
                    c.person().id().toString());
        }
        out.append("  </graph>\n");
        out.append("</graphml>\n");
    }

    private static void key(Appendable out, String id, String forWhat, String type) throws IOException {
        out.append("  <key id=\"").append(id).append("\" for=\"").append(forWhat).append("\" attr.name=\"").append(id)
                .append("\" attr.type=\"").append(type).append("\"/>\n");
    }

    private static void data(Appendable out, String indent, String key, String value) throws IOException {
        out.append(indent).append("<data key=\"").append(key).append("\">").append(Text.xml(value)).append("</data>\n");
    }

    private static void edge(Appendable out, int n, String source, String target, String type, String label, String person)
            throws IOException {
        out.append("    <edge id=\"e").append(String.valueOf(n)).append("\" source=\"").append(Text.xml(source))
                .append("\" target=\"").append(Text.xml(target)).append("\">\n");
        data(out, "      ", "type", type);
        data(out, "      ", "label", label);
        if (person != null) {
            data(out, "      ", "person", person);
        }
        out.append("    </edge>\n");
    }
}
