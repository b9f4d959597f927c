package org.bomay.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bomay.core.BomayException;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.structure.OrgStructure;

/** The units table: one row per unit. */
final class UnitTable {
    static final String ID = "id";
    static final String NAME = "name";
    static final String KIND = "kind";
    static final String LEVEL = "level";
    static final String PARENT = "parent";
    static final String TERRITORY = "territory";
    static final String VALID_FROM = "valid_from";
    static final String VALID_TO = "valid_to";
    static final String STAFF_QUOTA = "staff_quota";
    static final String ACTUAL_STAFF = "actual_staff";
    static final String AREA = "area_km2";
    static final String POPULATION = "population";
    static final String HOUSEHOLDS = "households";
    static final String UNIT_CLASS = "unit_class";

    static final ImmutableList<String> COLUMNS = ImmutableList.of(ID, NAME, KIND, LEVEL, PARENT, TERRITORY, VALID_FROM,
            VALID_TO, STAFF_QUOTA, ACTUAL_STAFF, AREA, POPULATION, HOUSEHOLDS, UNIT_CLASS);
    static final ImmutableSet<String> REQUIRED = ImmutableSet.of(ID, NAME, KIND, LEVEL);
    static final String ATTRIBUTE = "attr:";

    private UnitTable() {}

    static void write(OrgStructure s, CsvPrinter out) throws IOException {
        Set<String> keys = new TreeSet<>();
        s.forEachUnit(u -> keys.addAll(u.attributes().keySet()));
        List<String> header = new ArrayList<>(COLUMNS);
        keys.forEach(k -> header.add(ATTRIBUTE + k));
        out.record(header.toArray(String[]::new));
        String[] f = new String[header.size()];
        for (Unit u : s.units()) {
            int i = 0;
            f[i++] = u.id().toString();
            f[i++] = u.name();
            f[i++] = u.kind().code();
            f[i++] = u.level().name();
            f[i++] = s.parent(u.id()).map(p -> p.id().toString()).orElse("");
            f[i++] = u.territory().map(UnitId::toString).orElse("");
            f[i++] = u.validity().start().map(LocalDate::toString).orElse("");
            f[i++] = u.validity().end().map(LocalDate::toString).orElse("");
            f[i++] = u.staffQuota().isPresent() ? Integer.toString(u.staffQuota().getAsInt()) : "";
            f[i++] = u.actualStaff().isPresent() ? Integer.toString(u.actualStaff().getAsInt()) : "";
            f[i++] = u.areaKm2().isPresent() ? decimal(u.areaKm2().getAsDouble()) : "";
            f[i++] = u.population().isPresent() ? Integer.toString(u.population().getAsInt()) : "";
            f[i++] = u.households().isPresent() ? Integer.toString(u.households().getAsInt()) : "";
            f[i++] = u.unitClass().map(UnitClass::name).orElse("");
            for (String k : keys) {
                f[i++] = u.attributes().getOrDefault(k, "");
            }
            out.record(f);
        }
    }

    /** The shortest plain decimal that reads back as the same double: 7.6, 10, 0.25. */
    static String decimal(double d) {
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A unit read from a row, with its parent. */
    record Entry(Unit unit, UnitId parent, RowRef row) {}

    /** What the table held. */
    static final class Result {
        final List<Entry> entries = new ArrayList<>();
        final Map<UnitId, Entry> byId = new HashMap<>();
        /** Ids of units whose row had a problem: core problems naming them are not reported. */
        final Set<UnitId> broken = new HashSet<>();
        boolean complete;
    }

    static Result read(Table t, KindCatalog kinds, Problems problems) throws IOException {
        Result out = new Result();
        Map<UnitId, Integer> rowOf = new HashMap<>();
        List<String> attributeColumns = t.columns().stream()
                .filter(c -> c.startsWith(ATTRIBUTE) && c.length() > ATTRIBUTE.length()
                        && c.substring(ATTRIBUTE.length()).equals(c.substring(ATTRIBUTE.length()).strip()))
                .toList();
        for (Row r = t.next(); r != null && !problems.full(); r = t.next()) {
            UnitId id = r.id(ID, UnitId::of, true);
            if (r.broken()) {
                if (id != null) {
                    out.broken.add(id);
                }
                continue;
            }
            if (id != null) {
                Integer first = rowOf.putIfAbsent(id, r.number());
                if (first != null) {
                    r.problem(ID, "unit id " + id + " is also on row " + first + " (ids must be unique)");
                    continue; // the first row defines the unit
                }
            }
            String name = r.required(NAME);
            UnitKind kind = kind(r, kinds);
            Level level = r.choice(LEVEL, Level.class, true);
            UnitId parent = r.id(PARENT, UnitId::of, false);
            if (parent != null && parent.equals(id)) {
                r.problem(PARENT, "unit " + id + " cannot be its own parent");
                parent = null;
            }
            UnitId territory = r.id(TERRITORY, UnitId::of, false);
            LocalDate from = r.date(VALID_FROM);
            LocalDate to = r.date(VALID_TO);
            Period validity = period(r, from, to, VALID_TO);
            Integer quota = r.whole(STAFF_QUOTA, 0);
            Integer staff = r.whole(ACTUAL_STAFF, 0);
            Double area = r.decimal(AREA);
            Integer population = r.whole(POPULATION, 0);
            Integer households = r.whole(HOUSEHOLDS, 0);
            UnitClass unitClass = r.choice(UNIT_CLASS, UnitClass.class, false);
            if (!r.ok() || id == null) {
                if (id != null) {
                    out.broken.add(id);
                }
                continue;
            }
            Unit.Builder b;
            try {
                b = Unit.builder(id, name, kind, level);
            } catch (BomayException e) {
                r.problem(NAME, e.getMessage());
                out.broken.add(id);
                continue;
            }
            b.territory(territory).validity(validity).staffQuota(quota).actualStaff(staff).areaKm2(area)
                    .population(population).households(households).unitClass(unitClass);
            for (String c : attributeColumns) {
                if (r.has(c)) {
                    try {
                        b.attribute(c.substring(ATTRIBUTE.length()), r.text(c));
                    } catch (BomayException e) {
                        r.problem(c, e.getMessage());
                    }
                }
            }
            Unit unit = null;
            if (r.ok()) {
                try {
                    unit = b.build();
                } catch (BomayException e) {
                    r.problem(kind.allows(level) ? TERRITORY : LEVEL, e.getMessage());
                }
            }
            if (unit == null) {
                out.broken.add(id);
                continue;
            }
            Entry e = new Entry(unit, parent, r.ref());
            out.entries.add(e);
            out.byId.put(id, e);
        }
        out.complete = t.complete() && !problems.full();
        return out;
    }

    private static UnitKind kind(Row r, KindCatalog kinds) {
        String code = r.required(KIND);
        if (code == null) {
            return null;
        }
        try {
            return kinds.get(code);
        } catch (BomayException e) {
            r.problem(KIND, e.getMessage() + " (read with CsvTables.withKinds to use another catalog)");
            return null;
        }
    }

    /** The period [from, to), or {@code null} with a problem at {@code toColumn} if to is not after from. */
    static Period period(Row r, LocalDate from, LocalDate to, String toColumn) {
        try {
            return Period.of(from, to);
        } catch (BomayException e) {
            r.problem(toColumn, e.getMessage());
            return null;
        }
    }
}
