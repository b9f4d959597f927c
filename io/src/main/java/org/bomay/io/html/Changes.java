package org.bomay.io.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.sim.StructureDiff;
import org.bomay.core.structure.OrgStructure;

/**
 * The units that differ between a simulation's baseline and its final structure: added,
 * removed, and changed (renamed, moved, posts added, removed or moved, or other fields such as
 * staff), with notes per unit for the org charts' tooltips and the table of changes.
 * {@link StructureDiff} gives the first ones; fields it does not compare (staff, kind, level,
 * validity, territory) are compared here.
 *
 * <pre>{@code
 * Changes c = new Changes(StructureDiff.between(before, after), before, after);
 * TreeChart.render(markup, after, roots, 3, 150, c.marks(false));
 * c.table(markup);
 * }</pre>
 */
final class Changes {
    private final StructureDiff diff;
    private final OrgStructure before;
    private final OrgStructure after;
    private final Set<UnitId> added;
    private final Set<UnitId> removed;
    private final Map<UnitId, List<String>> changed = new LinkedHashMap<>();

    Changes(StructureDiff diff, OrgStructure before, OrgStructure after) {
        this.diff = diff;
        this.before = before;
        this.after = after;
        this.added = new LinkedHashSet<>(diff.unitsAdded());
        this.removed = new LinkedHashSet<>(diff.unitsRemoved());
        diff.unitsRenamed().forEach(r -> change(r.unit(), "Đổi tên (renamed): " + r.from() + " → " + r.to()));
        diff.unitsMoved().forEach(mv -> change(mv.unit(), "Chuyển (moved): " + mv.from().map(Object::toString).orElse("(gốc)")
                + " → " + mv.to().map(Object::toString).orElse("(gốc)")));
        diff.postsAdded().forEach(p -> change(after.post(p).unit(), "Thêm chức danh (post added): " + p));
        diff.postsRemoved().forEach(p -> change(before.post(p).unit(), "Bỏ chức danh (post removed): " + p));
        diff.postsMoved().forEach(p -> {
            change(p.fromUnit(), "Chức danh chuyển đi (post moved out): " + p.post());
            change(p.toUnit(), "Chức danh chuyển đến (post moved in): " + p.post());
        });
        for (Unit u : after.units()) {
            if (before.contains(u.id()) && !u.equals(before.unit(u.id()))) {
                fields(before.unit(u.id()), u).forEach(note -> change(u.id(), note));
            }
        }
    }

    /** What differs between two versions of a unit, besides its name (a rename is noted apart). */
    private static List<String> fields(Unit a, Unit b) {
        List<String> notes = new ArrayList<>();
        field(notes, "Loại (kind)", a.kind().code(), b.kind().code());
        field(notes, "Cấp (level)", a.level(), b.level());
        field(notes, "Địa bàn (territory)", a.territory().map(Object::toString).orElse("–"),
                b.territory().map(Object::toString).orElse("–"));
        field(notes, "Hiệu lực (validity)", a.validity(), b.validity());
        field(notes, "Biên chế được giao (staff quota)", a.staffQuota(), b.staffQuota());
        field(notes, "Biên chế thực có (actual staff)", a.actualStaff(), b.actualStaff());
        boolean named = !a.name().equals(b.name());
        if (notes.isEmpty() && !named) {
            notes.add("Thuộc tính khác thay đổi (other attributes changed)");
        }
        return notes;
    }

    private static void field(List<String> notes, String what, Object from, Object to) {
        if (!from.equals(to)) {
            notes.add(what + ": " + shown(from) + " → " + shown(to));
        }
    }

    private static String shown(Object v) {
        if (v instanceof OptionalInt o) {
            return o.isPresent() ? Integer.toString(o.getAsInt()) : "–";
        }
        return v.toString();
    }

    /** Notes a change of a unit in both structures. */
    private void change(UnitId id, String note) {
        if (before.contains(id) && after.contains(id)) {
            changed.computeIfAbsent(id, k -> new ArrayList<>()).add(note);
        }
    }

    TreeChart.Marks marks(boolean inBefore) {
        return new TreeChart.Marks() {
            @Override
            public String status(UnitId id) {
                if (inBefore ? removed.contains(id) : added.contains(id)) {
                    return inBefore ? "removed" : "added";
                }
                return changed.containsKey(id) ? "changed" : null;
            }

            @Override
            public String note(UnitId id) {
                if (inBefore ? removed.contains(id) : added.contains(id)) {
                    return inBefore ? "Không còn sau kịch bản (removed)" : "Thêm mới (added)";
                }
                List<String> notes = changed.get(id);
                return notes == null ? null : HtmlReport.listed(notes).replace("; ", "\n");
            }
        };
    }

    void table(Markup m) {
        m.leaf("p", "Đơn vị (units): +" + added.size() + " −" + removed.size() + ", đổi tên (renamed) " + diff.unitsRenamed().size()
                + ", chuyển (moved) " + diff.unitsMoved().size() + ", thay đổi (changed) " + changed.size()
                + "; chức danh (posts): +" + diff.postsAdded().size() + " −" + diff.postsRemoved().size() + ", chuyển (moved) "
                + diff.postsMoved().size() + "; người (people): +" + diff.peopleAdded().size() + " −"
                + diff.peopleRemoved().size() + ", đổi chức danh (posts changed) " + diff.peopleMoved().size() + ".",
                "class", "meta");
        List<String[]> rows = new ArrayList<>();
        added.forEach(id -> rows.add(new String[] {"added", "Thêm mới (added)", id.toString(), after.unit(id).name(),
            parentOf(after, id)}));
        removed.forEach(id -> rows.add(new String[] {"removed", "Không còn (removed)", id.toString(), before.unit(id).name(),
            parentOf(before, id)}));
        changed.forEach((id, notes) -> rows.add(new String[] {"changed", "Thay đổi (changed)", id.toString(),
            after.unit(id).name(), String.join("; ", notes)}));
        if (rows.isEmpty()) {
            return;
        }
        m.open("table", "class", "changes");
        m.open("thead").open("tr");
        for (String h : List.of("Thay đổi (change)", "Mã (id)", "Tên (name)", "Chi tiết (details)")) {
            m.leaf("th", h);
        }
        m.close().close();
        m.open("tbody");
        for (String[] r : rows.subList(0, Math.min(rows.size(), HtmlReport.MAX_ROWS))) {
            m.open("tr", "class", r[0], "data-unit", r[2]);
            m.leaf("td", r[1]);
            m.open("td").leaf("code", r[2]).close();
            m.leaf("td", r[3]);
            m.leaf("td", r[4]);
            m.close();
        }
        m.close().close();
        HtmlReport.more(m, rows.size(), "đơn vị (units)");
    }

    private static String parentOf(OrgStructure s, UnitId id) {
        Optional<Unit> p = s.parent(id);
        return p.map(u -> "thuộc (under) " + u.id() + " " + u.name()).orElse("đơn vị gốc (a root)");
    }
}
