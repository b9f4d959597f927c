package org.bomay.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * The relations table: one row per relation other than SUBORDINATE_TO (LEADS, GUIDES, SERVES,
 * MEMBER_OF), which the units table's {@code parent} column holds.
 */
final class RelationTable {
    static final String SOURCE = "source";
    static final String TYPE = "type";
    static final String TARGET = "target";

    static final ImmutableList<String> COLUMNS = ImmutableList.of(SOURCE, TYPE, TARGET);
    static final ImmutableSet<String> REQUIRED = ImmutableSet.copyOf(COLUMNS);

    private RelationTable() {}

    static void write(OrgStructure s, CsvPrinter out) throws IOException {
        out.record(COLUMNS.toArray(String[]::new));
        for (Relation r : s.relations()) {
            if (r.type() != RelationType.SUBORDINATE_TO) {
                out.record(r.source().toString(), r.type().name(), r.target().toString());
            }
        }
    }

    /** What the table held: each relation with its row. */
    static final class Result {
        final Map<Relation, RowRef> relations = new LinkedHashMap<>();
        boolean complete;
    }

    static Result read(Table t, Problems problems) throws IOException {
        Result out = new Result();
        Map<Relation, Integer> rowOf = new HashMap<>();
        for (Row r = t.next(); r != null && !problems.full(); r = t.next()) {
            if (r.broken()) {
                continue;
            }
            UnitId source = r.id(SOURCE, UnitId::of, true);
            RelationType type = r.choice(TYPE, RelationType.class, true);
            UnitId target = r.id(TARGET, UnitId::of, true);
            if (type == RelationType.SUBORDINATE_TO) {
                r.problem(TYPE, "SUBORDINATE_TO is not a relation row: put the parent in the parent column of the units table");
            }
            if (source != null && source.equals(target)) {
                r.problem(TARGET, "a relation from unit " + source + " to itself is not allowed");
            }
            if (!r.ok() || source == null || type == null || target == null) {
                continue;
            }
            Relation rel = Relation.of(type, source, target);
            Integer first = rowOf.putIfAbsent(rel, r.number());
            if (first != null) {
                r.problem(null, "the relation " + rel + " is also on row " + first);
                continue;
            }
            out.relations.put(rel, r.ref());
        }
        out.complete = t.complete() && !problems.full();
        return out;
    }
}
