package org.bomay.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Relation;
import org.bomay.core.model.Unit;

/** Writes a {@link Selection} as a Graphviz DOT digraph; see {@link Exports#dot(org.bomay.core.structure.OrgStructure)}. */
final class DotWriter {
    private DotWriter() {}

    static void write(Selection sel, Appendable out) throws IOException {
        out.append("digraph bomay {\n");
        out.append("  graph [label=").append(Text.dot("Bộ máy ngày " + sel.structure.date()))
                .append(", labelloc=t, rankdir=TB, fontname=\"Helvetica\"];\n");
        out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (Map.Entry<Pillar, List<Unit>> e : sel.byPillar().entrySet()) {
            Pillar p = e.getKey();
            out.append("\n  subgraph cluster_").append(p.name()).append(" {\n");
            out.append("    label=").append(Text.dot(p.vietnamese())).append(";\n");
            out.append("    style=\"rounded,filled\";\n");
            out.append("    color=\"").append(Palette.stroke(p)).append("\";\n");
            out.append("    fillcolor=\"").append(Palette.clusterFill(p)).append("\";\n");
            out.append("    node [fillcolor=\"").append(Palette.nodeFill(p)).append("\"];\n");
            for (Unit u : e.getValue()) {
                out.append("    ").append(Text.dot(u.id().toString())).append(" [label=").append(Text.dot(label(sel, u)));
                if (u.isTerritorial()) {
                    out.append(", shape=tab");
                }
                if (!u.validity().contains(sel.structure.date())) {
                    out.append(", style=\"rounded,filled,dashed\"");
                }
                out.append("];\n");
            }
            out.append("  }\n");
        }
        if (!sel.hierarchy.isEmpty()) {
            out.append("\n  // subordination (trực thuộc), parent -> child\n");
            for (Selection.Link l : sel.hierarchy) {
                out.append("  ").append(Text.dot(l.parent().toString())).append(" -> ")
                        .append(Text.dot(l.child().toString())).append(";\n");
            }
        }
        if (!sel.relations.isEmpty()) {
            out.append("\n  // other relations, source -> target\n");
            for (Relation r : sel.relations) {
                String color = Palette.relation(r.type());
                out.append("  ").append(Text.dot(r.source().toString())).append(" -> ").append(Text.dot(r.target().toString()))
                        .append(" [label=").append(Text.dot(r.type().vietnamese())).append(", style=dashed, color=\"")
                        .append(color).append("\", fontcolor=\"").append(color).append("\", constraint=false];\n");
            }
        }
        if (!sel.concurrent.isEmpty()) {
            out.append("\n  // concurrent posts (kiêm nhiệm), unit of the main post -> unit of the concurrent post\n");
            for (Selection.Concurrent c : sel.concurrent) {
                out.append("  ").append(Text.dot(c.from().toString())).append(" -> ").append(Text.dot(c.to().toString()))
                        .append(" [label=").append(Text.dot(c.person().name() + " kiêm nhiệm"))
                        .append(", style=dotted, penwidth=2, color=\"").append(Palette.CONCURRENT).append("\", fontcolor=\"")
                        .append(Palette.CONCURRENT).append("\", constraint=false];\n");
            }
        }
        out.append("}\n");
    }

    /** The name, the kind in parentheses, then one line per head: {@code "Bí thư Huyện ủy: Nguyễn Văn An"}. */
    static String label(Selection sel, Unit u) {
        List<String> lines = new ArrayList<>();
        lines.add(u.name());
        lines.add("(" + u.kind().vietnamese() + ")");
        lines.addAll(sel.headLines(u.id()));
        return String.join("\n", lines);
    }
}
