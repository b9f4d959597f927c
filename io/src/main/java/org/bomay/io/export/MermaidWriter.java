package org.bomay.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Relation;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;

/**
 * Writes a {@link Selection} as a Mermaid flowchart; see {@link Exports#mermaid(org.bomay.core.structure.OrgStructure)}.
 * Node ids are {@code u1, u2, ...} in the selection's order, since unit ids may hold characters
 * Mermaid reads as syntax.
 */
final class MermaidWriter {
    private MermaidWriter() {}

    static void write(Selection sel, Appendable out) throws IOException {
        out.append("flowchart TD\n");
        Map<Pillar, List<Unit>> groups = sel.byPillar();
        for (Map.Entry<Pillar, List<Unit>> e : groups.entrySet()) {
            out.append("    subgraph cluster_").append(e.getKey().name()).append('[')
                    .append(Text.mermaid(e.getKey().vietnamese())).append("]\n");
            for (Unit u : e.getValue()) {
                out.append("        ").append(id(sel, u.id())).append('[').append(Text.mermaid(DotWriter.label(sel, u)))
                        .append("]\n");
            }
            out.append("    end\n");
        }
        for (Selection.Link l : sel.hierarchy) {
            out.append("    ").append(id(sel, l.parent())).append(" --> ").append(id(sel, l.child())).append('\n');
        }
        for (Relation r : sel.relations) {
            out.append("    ").append(id(sel, r.source())).append(" -.->|").append(Text.mermaid(r.type().vietnamese()))
                    .append("| ").append(id(sel, r.target())).append('\n');
        }
        for (Selection.Concurrent c : sel.concurrent) {
            out.append("    ").append(id(sel, c.from())).append(" ==>|").append(Text.mermaid(c.person().name() + " kiêm nhiệm"))
                    .append("| ").append(id(sel, c.to())).append('\n');
        }
        for (Map.Entry<Pillar, List<Unit>> e : groups.entrySet()) {
            Pillar p = e.getKey();
            out.append("    classDef ").append(p.name()).append(" fill:").append(Palette.nodeFill(p)).append(",stroke:")
                    .append(Palette.stroke(p)).append('\n');
            out.append("    class ").append(e.getValue().stream().map(u -> id(sel, u.id())).collect(Collectors.joining(",")))
                    .append(' ').append(p.name()).append('\n');
            out.append("    style cluster_").append(p.name()).append(" fill:").append(Palette.clusterFill(p)).append(",stroke:")
                    .append(Palette.stroke(p)).append('\n');
        }
        if (!sel.concurrent.isEmpty()) {
            int first = sel.hierarchy.size() + sel.relations.size();
            List<String> idx = new ArrayList<>();
            for (int i = 0; i < sel.concurrent.size(); i++) {
                idx.add(String.valueOf(first + i));
            }
            out.append("    linkStyle ").append(String.join(",", idx)).append(" stroke:").append(Palette.CONCURRENT)
                    .append(",color:").append(Palette.CONCURRENT).append('\n');
        }
    }

    private static String id(Selection sel, UnitId unit) {
        return "u" + (sel.position(unit) + 1);
    }
}
