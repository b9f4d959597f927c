package org.bomay.io.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Relation;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.InvalidStructureException;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.structure.StructureProblem;

/**
 * Reads the tables of one structure, builds it through {@link OrgStructure.Builder} and turns
 * every problem, its own and core's, into a {@link org.bomay.io.FormatProblem} at a row.
 *
 * <p>Core's validation runs when every table was read to its end with a usable header, even if
 * some rows had problems: those rows are left out, and core problems that name their ids are
 * dropped (they would only repeat the row's problem).
 */
final class StructureReader {
    /** A table to read: from a path (opened, size-checked and closed here) or a reader (left open). */
    record Input(String name, Path path, Reader reader) {
        static Input of(Path path) {
            Path f = path.getFileName();
            return new Input(f == null ? path.toString() : f.toString(), path, null);
        }

        static Input of(String name, Reader reader) {
            return new Input(name, null, reader);
        }
    }

    private interface Body<R> {
        R read(Table t) throws IOException;
    }

    private final CsvTables options;
    private final Problems problems = new Problems();

    private StructureReader(CsvTables options) {
        this.options = options;
    }

    static OrgStructure read(CsvTables options, LocalDate date, Input units, Input staffing, Input relations) {
        return new StructureReader(options).run(date, units, staffing, relations);
    }

    private OrgStructure run(LocalDate date, Input unitsIn, Input staffingIn, Input relationsIn) {
        UnitTable.Result units = table(unitsIn, 0, UnitTable.COLUMNS, UnitTable.REQUIRED, UnitTable.ATTRIBUTE,
                t -> UnitTable.read(t, options.kinds(), problems), new UnitTable.Result());
        StaffingTable.Result staffing = staffingIn == null ? complete(new StaffingTable.Result())
                : table(staffingIn, 1, StaffingTable.COLUMNS, StaffingTable.REQUIRED, null,
                        t -> StaffingTable.read(t, units.byId, problems), new StaffingTable.Result());
        RelationTable.Result relations = relationsIn == null ? complete(new RelationTable.Result())
                : table(relationsIn, 2, RelationTable.COLUMNS, RelationTable.REQUIRED, null,
                        t -> RelationTable.read(t, problems), new RelationTable.Result());

        String what = "CSV " + (staffingIn == null && relationsIn == null ? "table " + unitsIn.name()
                : "tables " + unitsIn.name() + (staffingIn == null ? "" : ", " + staffingIn.name())
                        + (relationsIn == null ? "" : ", " + relationsIn.name()));
        if (!(units.complete && staffing.complete && relations.complete)) {
            if (problems.isEmpty()) { // cannot happen: an incomplete table always reports why
                problems.add(Place.file(unitsIn.name(), 0), "the tables could not be read to their end");
            }
            throw problems.exception(what);
        }

        OrgStructure.Builder b = OrgStructure.builder(date);
        Index index = new Index(unitsIn.name(), units, staffing, relations);
        for (UnitTable.Entry e : units.entries) {
            if (e.parent() != null && !units.broken.contains(e.parent())) {
                b.add(e.unit(), e.parent());
            } else {
                b.add(e.unit());
            }
        }
        staffing.posts.values().forEach(b::add);
        staffing.people.values().forEach(b::add);
        staffing.tenures.forEach(b::add);
        relations.relations.keySet().forEach(b::add);
        try {
            OrgStructure s = b.build();
            if (problems.isEmpty()) {
                return s;
            }
        } catch (InvalidStructureException e) {
            Set<RowRef> used = new HashSet<>();
            for (StructureProblem p : e.problems()) {
                if (p.ids().stream().noneMatch(index::broken)) {
                    index.translate(p, used, problems);
                }
            }
            if (problems.isEmpty()) { // every core problem named a broken row, which has reported
                problems.add(Place.file(unitsIn.name(), 0), e.getMessage());
            }
        }
        throw problems.exception(what);
    }

    private static StaffingTable.Result complete(StaffingTable.Result r) {
        r.complete = true;
        return r;
    }

    private static RelationTable.Result complete(RelationTable.Result r) {
        r.complete = true;
        return r;
    }

    private <R> R table(Input in, int order, List<String> columns, Set<String> required, String attributePrefix, Body<R> body,
            R empty) {
        try {
            if (in.path() != null) {
                long size = Files.size(in.path());
                if (size > options.maxFileSize()) {
                    problems.add(Place.file(in.name(), order), "the file is " + size + " bytes, more than the limit of "
                            + options.maxFileSize() + " (raise it with CsvTables.withMaxFileSize)");
                    return empty;
                }
                try (Reader r = new InputStreamReader(Files.newInputStream(in.path()), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
                    return parse(r, in.name(), order, columns, required, attributePrefix, body);
                }
            }
            return parse(in.reader(), in.name(), order, columns, required, attributePrefix, body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + (in.path() != null ? in.path() : in.name()) + ": " + e.getMessage(), e);
        }
    }

    private <R> R parse(Reader r, String name, int order, List<String> columns, Set<String> required, String attributePrefix,
            Body<R> body) throws IOException {
        CsvParser parser = new CsvParser(r, name, order, options.separator(), options.maxFileSize(), options.maxRows(),
                options.maxFieldLength(), problems);
        return body.read(Table.open(parser, columns, required, attributePrefix, problems));
    }

    /** The rows behind each id, to place core's problems. */
    private static final class Index {
        private final String unitsFile;
        private final UnitTable.Result units;
        private final StaffingTable.Result staffing;
        private final RelationTable.Result relations;

        Index(String unitsFile, UnitTable.Result units, StaffingTable.Result staffing, RelationTable.Result relations) {
            this.unitsFile = unitsFile;
            this.units = units;
            this.staffing = staffing;
            this.relations = relations;
        }

        boolean broken(Object id) {
            return (id instanceof UnitId u && units.broken.contains(u)) || (id instanceof PostId p && staffing.brokenPosts.contains(p))
                    || (id instanceof PersonId h && staffing.brokenPeople.contains(h));
        }

        private RowRef unit(Object id) {
            UnitTable.Entry e = id instanceof UnitId u ? units.byId.get(u) : null;
            return e == null ? null : e.row();
        }

        private List<StaffingTable.TenureRow> tenures(Object person, Object post) {
            if (person instanceof PersonId h && post instanceof PostId p) {
                return staffing.tenureRows.getOrDefault(new StaffingTable.Holding(h, p), List.of());
            }
            return List.of();
        }

        /** Any row that defines the id. */
        private Place anyRow(Object id) {
            RowRef r = unit(id);
            if (r != null) {
                return r.place(UnitTable.ID);
            }
            r = id instanceof PostId p ? staffing.postRows.get(p) : null;
            if (r != null) {
                return r.place(StaffingTable.POST);
            }
            r = id instanceof PersonId h ? staffing.personRows.get(h) : null;
            return r == null ? null : r.place(StaffingTable.PERSON);
        }

        void translate(StructureProblem p, Set<RowRef> used, Problems problems) {
            List<Object> ids = p.ids();
            Object first = ids.isEmpty() ? null : ids.get(0);
            Object second = ids.size() > 1 ? ids.get(1) : null;
            Place at = null;
            String note = "";
            switch (p.type()) {
                case DUPLICATE_ENTRY -> {
                    List<StaffingTable.TenureRow> rows = tenures(first, second);
                    if (!rows.isEmpty()) {
                        RowRef r = pick(rows.subList(Math.min(1, rows.size() - 1), rows.size()).stream()
                                .map(StaffingTable.TenureRow::row).toList(), used);
                        at = r.place(StaffingTable.FROM);
                        note = rowsNote(rows.stream().map(StaffingTable.TenureRow::row).toList());
                    } else {
                        at = relation(first, second, null, used);
                    }
                }
                case MISSING_REFERENCE -> {
                    if (ids.size() == 3 && ids.stream().allMatch(UnitId.class::isInstance)) {
                        at = relation(second, ids.get(2), first, used);
                    } else if (first instanceof UnitId) {
                        at = place(unit(first), UnitTable.TERRITORY);
                    } else if (first instanceof PostId && second instanceof UnitId) {
                        at = place(staffing.postRows.get(first), StaffingTable.UNIT);
                    } else if (first instanceof PersonId) {
                        at = tenurePlace(tenures(first, second), used, StaffingTable.PERSON);
                    } else if (first instanceof PostId) {
                        at = tenurePlace(tenures(second, first), used, StaffingTable.POST);
                    }
                }
                case BAD_TERRITORY -> at = place(unit(first), UnitTable.TERRITORY);
                case KIND_CONFLICT -> at = place(unit(first), UnitTable.KIND);
                case MULTIPLE_PARENTS -> at = place(unit(first), UnitTable.PARENT);
                case LEVEL_MISMATCH -> at = place(unit(first), UnitTable.LEVEL);
                case CYCLE -> {
                    at = place(unit(first), UnitTable.PARENT);
                    List<RowRef> rows = ids.stream().map(this::unit).filter(r -> r != null).toList();
                    note = rowsNote(rows);
                }
                case TENURE_OUTSIDE_VALIDITY -> {
                    UnitTable.Entry u = ids.size() > 2 && ids.get(2) instanceof UnitId id ? units.byId.get(id) : null;
                    List<StaffingTable.TenureRow> rows = tenures(first, second);
                    List<RowRef> outside = rows.stream()
                            .filter(t -> u == null || !u.unit().validity().encloses(t.tenure().period()))
                            .map(StaffingTable.TenureRow::row).toList();
                    at = outside.isEmpty() ? null : pick(outside, used).place(StaffingTable.FROM);
                    if (u != null) {
                        note = " (the unit is on " + u.row() + ")";
                    }
                }
                case OVER_CAPACITY -> at = place(first instanceof PostId post ? staffing.postRows.get(post) : null,
                        StaffingTable.CAPACITY);
                default -> { }
            }
            for (int i = 0; at == null && i < ids.size(); i++) {
                at = anyRow(ids.get(i));
            }
            if (at == null) {
                at = Place.file(unitsFile, 0);
            }
            problems.add(at, p.message() + note);
        }

        /** The relation row of {@code source -> target}; {@code missing}, if given, names the end that is missing. */
        private Place relation(Object source, Object target, Object missing, Set<RowRef> used) {
            List<RowRef> rows = new ArrayList<>();
            boolean parent = false;
            for (Map.Entry<Relation, RowRef> e : relations.relations.entrySet()) {
                if (e.getKey().source().equals(source) && e.getKey().target().equals(target)) {
                    rows.add(e.getValue());
                }
            }
            UnitTable.Entry child = source instanceof UnitId s ? units.byId.get(s) : null;
            if (rows.isEmpty() && child != null && target.equals(child.parent())) {
                rows.add(child.row());
                parent = true;
            }
            if (rows.isEmpty()) {
                return null;
            }
            RowRef r = pick(rows, used);
            if (parent) {
                return r.place(UnitTable.PARENT);
            }
            return r.place(missing != null && missing.equals(source) ? RelationTable.SOURCE : RelationTable.TARGET);
        }

        private static Place tenurePlace(List<StaffingTable.TenureRow> rows, Set<RowRef> used, String column) {
            return rows.isEmpty() ? null : pick(rows.stream().map(StaffingTable.TenureRow::row).toList(), used).place(column);
        }

        private static Place place(RowRef r, String column) {
            return r == null ? null : r.place(column);
        }

        /** The first row not yet used by a problem, else the last one. */
        private static RowRef pick(List<RowRef> rows, Set<RowRef> used) {
            for (RowRef r : rows) {
                if (used.add(r)) {
                    return r;
                }
            }
            return rows.get(rows.size() - 1);
        }

        private static String rowsNote(List<RowRef> rows) {
            if (rows.size() < 2) {
                return "";
            }
            return " (rows " + rows.stream().map(r -> Integer.toString(r.row())).collect(Collectors.joining(", "))
                    + " of " + rows.get(0).file() + ")";
        }
    }
}
