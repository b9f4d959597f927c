package org.bomay.io.html;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.bomay.core.model.Person;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * An org chart of some units of a structure as inline SVG: a box per unit (name, kind, head)
 * and an elbow line from each parent to each child.
 *
 * <p>The units shown are picked breadth-first from the roots, down to {@code maxDepth} levels
 * below them and at most {@code maxNodes} boxes in all, so a national structure gives a small
 * chart of its top levels; a box whose children are left out says how many. The layout is the
 * simple tidy one: leaves take consecutive columns in depth-first order and a parent sits
 * midway over its first and last child, so subtrees never overlap.
 *
 * <pre>{@code
 * TreeChart.render(markup, structure, List.of(UnitId.of("kb.hu")), 2, 100, Marks.NONE);
 * }</pre>
 */
final class TreeChart {
    static final int BOX_W = 184;
    static final int BOX_H = 56;
    private static final int GAP_X = 14;
    private static final int GAP_Y = 40;
    private static final int MARGIN = 8;

    /** How the units of a chart are highlighted. */
    interface Marks {
        /** No highlight. */
        Marks NONE = new Marks() {
            @Override
            public String status(UnitId id) {
                return null;
            }

            @Override
            public String note(UnitId id) {
                return null;
            }
        };

        /** A CSS class ({@code added}, {@code changed}, {@code removed}) or null. */
        String status(UnitId id);

        /** What changed, for the box's tooltip, or null. */
        String note(UnitId id);
    }

    /** A box: the unit, its depth, the children shown and how many are not. */
    private static final class Node {
        final Unit unit;
        final int depth;
        final List<Node> children = new ArrayList<>();
        int hidden;
        double column;

        Node(Unit unit, int depth) {
            this.unit = unit;
            this.depth = depth;
        }
    }

    private TreeChart() {}

    /**
     * Writes the chart (a scrollable div holding the SVG) and, when units were left out, a note
     * saying how many are shown of how many.
     */
    static void render(Markup m, OrgStructure s, List<UnitId> rootIds, int maxDepth, int maxNodes, Marks marks) {
        if (rootIds.isEmpty()) {
            m.leaf("p", "(không có đơn vị — no units)", "class", "note");
            return;
        }
        // pick the units breadth-first
        List<Node> order = new ArrayList<>();
        List<Node> roots = new ArrayList<>();
        int hiddenRoots = 0;
        for (UnitId id : rootIds) {
            if (order.size() < maxNodes) {
                Node n = new Node(s.unit(id), 0);
                roots.add(n);
                order.add(n);
            } else {
                hiddenRoots++;
            }
        }
        boolean cut = hiddenRoots > 0;
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            ImmutableList<Unit> children = s.children(n.unit.id());
            for (Unit c : children) {
                if (n.depth < maxDepth && order.size() < maxNodes) {
                    Node k = new Node(c, n.depth + 1);
                    n.children.add(k);
                    order.add(k);
                } else {
                    n.hidden++;
                }
            }
            cut |= n.hidden > 0;
        }
        // leaves take columns in depth-first order; parents sit over their children
        int columns = 0;
        Deque<Node> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.children.isEmpty()) {
                n.column = columns++;
            }
            for (int i = n.children.size() - 1; i >= 0; i--) {
                stack.push(n.children.get(i));
            }
        }
        int deepest = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            Node n = order.get(i);
            if (!n.children.isEmpty()) {
                n.column = (n.children.get(0).column + n.children.get(n.children.size() - 1).column) / 2;
            }
            deepest = Math.max(deepest, n.depth);
        }
        int width = 2 * MARGIN + columns * (BOX_W + GAP_X) - GAP_X;
        int height = 2 * MARGIN + (deepest + 1) * (BOX_H + GAP_Y) - GAP_Y + 16;

        m.open("div", "class", "chart-scroll");
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "org-chart", "width", Integer.toString(width), "height",
                Integer.toString(height), "viewBox", "0 0 " + width + " " + height, "role", "img", "aria-label", "Sơ đồ tổ chức ngày " + s.date());
        m.open("g", "class", "links");
        for (Node n : order) {
            for (Node c : n.children) {
                double px = x(n) + BOX_W / 2.0;
                double py = y(n) + BOX_H;
                double cx = x(c) + BOX_W / 2.0;
                double cy = y(c);
                double mid = py + GAP_Y / 2.0;
                m.empty("path", "d", "M" + Fmt.coord(px) + " " + Fmt.coord(py) + "V" + Fmt.coord(mid) + "H" + Fmt.coord(cx) + "V"
                        + Fmt.coord(cy));
            }
        }
        m.close();
        for (Node n : order) {
            box(m, s, n, marks);
        }
        m.close(); // svg
        m.close(); // div
        if (cut) {
            long total = 0;
            for (UnitId id : rootIds) {
                total += s.subtree(id).size();
            }
            m.leaf("p", "Hiển thị " + order.size() + " trên " + total + " đơn vị (sâu tối đa " + maxDepth + " cấp, tối đa " + maxNodes
                    + " ô); “▸ n” là số đơn vị trực thuộc không hiển thị" + (hiddenRoots > 0 ? "; … " + hiddenRoots
                            + " đơn vị gốc khác không hiển thị, hãy chọn một nhánh (choose a branch with subtree)" : "") + ". (Showing " + order.size() + " of " + total + " units.)",
                    "class", "note");
        }
    }

    private static double x(Node n) {
        return MARGIN + n.column * (BOX_W + GAP_X);
    }

    private static double y(Node n) {
        return MARGIN + n.depth * (BOX_H + GAP_Y);
    }

    private static void box(Markup m, OrgStructure s, Node n, Marks marks) {
        Unit u = n.unit;
        UnitId id = u.id();
        boolean inForce = u.validity().contains(s.date());
        String status = marks.status(id);
        StringBuilder cls = new StringBuilder("unit ").append(u.isTerritorial() ? "territory" : u.pillar().name().toLowerCase(Locale.ROOT));
        if (status != null) {
            cls.append(' ').append(status);
        }
        if (!inForce) {
            cls.append(" inactive");
        }
        ImmutableList<Person> heads = s.heads(id);
        String head = heads.isEmpty() ? "—" : heads.get(0).name() + (heads.size() > 1 ? " +" + (heads.size() - 1) : "");
        StringBuilder tip = new StringBuilder(u.name()).append('\n').append(id).append(" · ").append(u.kind().vietnamese())
                .append(" (").append(u.kind().code()).append(") · ").append(u.level().name());
        tip.append('\n').append("Người đứng đầu: ").append(head).append(" · ").append(s.posts(id).size()).append(" chức danh");
        if (!inForce) {
            tip.append("\nKhông hiệu lực ngày ").append(s.date()).append(" (").append(u.validity()).append(')');
        }
        String note = marks.note(id);
        if (note != null) {
            tip.append('\n').append(note);
        }
        if (n.hidden > 0) {
            tip.append('\n').append(n.hidden).append(" đơn vị trực thuộc không hiển thị");
        }
        double x = x(n);
        double y = y(n);
        m.open("g", "class", cls.toString(), "data-unit", id.toString());
        m.leaf("title", tip.toString());
        m.empty("rect", "x", Fmt.coord(x), "y", Fmt.coord(y), "width", Integer.toString(BOX_W), "height", Integer.toString(BOX_H),
                "rx", "4");
        m.leaf("text", Fmt.cut(u.name(), 26), "class", "name", "x", Fmt.coord(x + 6), "y", Fmt.coord(y + 16));
        m.leaf("text", Fmt.cut(u.kind().vietnamese(), 32), "class", "kind", "x", Fmt.coord(x + 6), "y", Fmt.coord(y + 32));
        m.leaf("text", Fmt.cut(head, 32), "class", "head", "x", Fmt.coord(x + 6), "y", Fmt.coord(y + 48));
        if (n.hidden > 0) {
            m.leaf("text", "▸ " + n.hidden, "class", "more", "x", Fmt.coord(x + BOX_W - 4), "y", Fmt.coord(y + BOX_H + 14));
        }
        m.close();
    }
}
