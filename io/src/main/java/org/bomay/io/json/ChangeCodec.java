package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bomay.core.BomayException;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.AddRelation;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeInfo;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Convert;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.Establish;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.RemoveRelation;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.TenureType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;

/**
 * Changes in the format: every change is an object whose {@code "type"} names its kind of change
 * ({@link ChangeType} in lower case with hyphens: {@code "merge"}, {@code "assign-concurrent"},
 * ...), with the fields of its {@link ChangeInfo} ({@code "effective"}, {@code "decided"},
 * {@code "basis": {"number", "title"}}, {@code "note"}) and its own. Units a change creates are
 * unit objects as in a structure's {@code "units"}, their {@code "parent"} included; ids are
 * strings; sets are written sorted, so the same change always gives the same text.
 *
 * <p>Reading is strict like the rest of the format: an unknown type is a problem naming the known
 * ones, a missing or unknown field a problem at its place, and every change is built through
 * core's constructors, whose message becomes a problem at the change.
 */
final class ChangeCodec {
    /** The type name of a history's undo, which is no {@link Change}. */
    static final String UNDO = name(ChangeType.UNDO);

    private ChangeCodec() {}

    /** The name of a kind of change in documents: {@code MERGE} → {@code "merge"}, {@code SET_STAFF_QUOTA} → {@code "set-staff-quota"}. */
    static String name(ChangeType t) {
        return t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type names a document may use; {@code undo} only where undos are allowed. */
    static List<String> names(boolean undo) {
        List<String> out = new ArrayList<>();
        for (ChangeType t : ChangeType.values()) {
            if (t != ChangeType.UNDO || undo) {
                out.add(name(t));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    /** Writes a change as an object. */
    static void write(Change c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", name(c.type()));
        writeInfo(c.info(), g);
        if (c instanceof Establish x) {
            g.writeFieldName("unit");
            StructureCodec.writeUnit(x.unit(), x.parent().orElse(null), g);
            if (!x.posts().isEmpty()) {
                g.writeArrayFieldStart("posts");
                for (Post p : x.posts()) {
                    StructureCodec.writePost(p, g);
                }
                g.writeEndArray();
            }
        } else if (c instanceof Rename x) {
            g.writeStringField("unit", x.unit().toString());
            g.writeStringField("name", x.newName());
        } else if (c instanceof Merge x) {
            ids(g, "sources", x.sources(), false);
            g.writeFieldName("result");
            StructureCodec.writeUnit(x.result(), x.parent().orElse(null), g);
            if (x.head().isPresent()) {
                g.writeStringField("head", x.head().get().toString());
            }
        } else if (c instanceof Absorb x) {
            g.writeStringField("into", x.into().toString());
            ids(g, "absorbed", x.absorbed(), false);
            if (x.head().isPresent()) {
                g.writeStringField("head", x.head().get().toString());
            }
        } else if (c instanceof Split x) {
            g.writeStringField("source", x.source().toString());
            g.writeBooleanField("sourceContinues", x.sourceContinues());
            g.writeArrayFieldStart("parts");
            for (SplitPart p : x.parts()) {
                writePart(p, g);
            }
            g.writeEndArray();
        } else if (c instanceof Transfer x) {
            g.writeStringField("unit", x.unit().toString());
            g.writeStringField("newParent", x.newParent().toString());
            if (x.newLevel().isPresent()) {
                g.writeStringField("newLevel", x.newLevel().get().name());
            }
            if (x.newTerritory().isPresent()) {
                g.writeStringField("newTerritory", x.newTerritory().get().toString());
            }
            if (x.crossPillar()) {
                g.writeBooleanField("crossPillar", true);
            }
        } else if (c instanceof Dissolve x) {
            g.writeStringField("unit", x.unit().toString());
            writeDisposition(x.disposition(), g);
        } else if (c instanceof Convert x) {
            g.writeStringField("unit", x.unit().toString());
            g.writeStringField("becomes", x.becomes());
            writeDisposition(x.disposition(), g);
        } else if (c instanceof Appoint x) {
            g.writeStringField("person", x.person().toString());
            g.writeStringField("post", x.post().toString());
            if (x.newPerson().isPresent()) {
                g.writeFieldName("newPerson");
                StructureCodec.writePerson(x.newPerson().get(), g);
            }
        } else if (c instanceof Relieve x) {
            g.writeStringField("person", x.person().toString());
            g.writeStringField("post", x.post().toString());
        } else if (c instanceof SetStaffQuota x) {
            g.writeStringField("unit", x.unit().toString());
            g.writeNumberField("quota", x.quota());
        } else if (c instanceof ReduceStaff x) {
            g.writeStringField("unit", x.unit().toString());
            g.writeNumberField("count", x.count());
            if (x.alsoQuota()) {
                g.writeBooleanField("alsoQuota", true);
            }
        } else if (c instanceof AddRelation x) {
            g.writeFieldName("relation");
            StructureCodec.writeRelation(x.relation(), g);
        } else if (c instanceof RemoveRelation x) {
            g.writeFieldName("relation");
            StructureCodec.writeRelation(x.relation(), g);
        } else if (c instanceof Compound x) {
            g.writeStringField("name", x.name());
            g.writeArrayFieldStart("parts");
            for (Change p : x.parts()) {
                write(p, g);
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("no format for " + c.getClass().getName()); // Change is sealed
        }
        g.writeEndObject();
    }

    /** Writes the fields of a change's info into the current object. */
    static void writeInfo(ChangeInfo i, JsonGenerator g) throws IOException {
        g.writeStringField("effective", i.effective().toString());
        if (i.decided().isPresent()) {
            g.writeStringField("decided", i.decided().get().toString());
        }
        if (i.basis().isPresent()) {
            g.writeFieldName("basis");
            writeBasis(i.basis().get(), g);
        }
        if (!i.note().isEmpty()) {
            g.writeStringField("note", i.note());
        }
    }

    /** Writes a legal basis as {@code {"number", "title"}} (no title when it is empty). */
    static void writeBasis(LegalBasis b, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("number", b.number());
        if (!b.title().isEmpty()) {
            g.writeStringField("title", b.title());
        }
        g.writeEndObject();
    }

    private static void writePart(SplitPart p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("unit");
        StructureCodec.writeUnit(p.unit(), p.parent().orElse(null), g);
        ids(g, "children", p.children(), true);
        ids(g, "posts", p.posts(), true);
        ids(g, "territoryUnits", p.territoryUnits(), true);
        if (p.staffQuota() != 0) {
            g.writeNumberField("staffQuota", p.staffQuota());
        }
        if (p.actualStaff() != 0) {
            g.writeNumberField("actualStaff", p.actualStaff());
        }
        if (!p.relations().isEmpty()) {
            List<Relation> rs = new ArrayList<>(p.relations());
            rs.sort(Comparator.comparing((Relation r) -> r.type().name()).thenComparing(r -> r.source().toString())
                    .thenComparing(r -> r.target().toString()));
            g.writeArrayFieldStart("relations");
            for (Relation r : rs) {
                StructureCodec.writeRelation(r, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeDisposition(Disposition d, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("disposition");
        idMap(g, "children", d.children());
        if (d.allChildrenTo().isPresent()) {
            g.writeStringField("allChildrenTo", d.allChildrenTo().get().toString());
        }
        idMap(g, "posts", d.posts());
        ids(g, "released", d.released(), true);
        if (d.releaseOtherPosts()) {
            g.writeBooleanField("releaseOtherPosts", true);
        }
        if (d.staffTo().isPresent()) {
            g.writeStringField("staffTo", d.staffTo().get().toString());
        }
        if (d.staffReleased()) {
            g.writeBooleanField("staffReleased", true);
        }
        g.writeEndObject();
    }

    /** An array of ids; a set is sorted (by its ids' text) and, if empty, not written. */
    private static void ids(JsonGenerator g, String field, Collection<?> ids, boolean set) throws IOException {
        if (set && ids.isEmpty()) {
            return;
        }
        List<String> out = new ArrayList<>();
        for (Object id : ids) {
            out.add(id.toString());
        }
        if (set) {
            out.sort(null);
        }
        g.writeArrayFieldStart(field);
        for (String s : out) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    /** An object of id → id, sorted by key; not written if empty. */
    private static void idMap(JsonGenerator g, String field, Map<?, ?> map) throws IOException {
        if (map.isEmpty()) {
            return;
        }
        Map<String, String> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** The unit kinds of the units a change creates (those of a compound's parts too). */
    static void kinds(Change c, Consumer<UnitKind> out) {
        if (c instanceof Establish x) {
            out.accept(x.unit().kind());
        } else if (c instanceof Merge x) {
            out.accept(x.result().kind());
        } else if (c instanceof Split x) {
            x.parts().forEach(p -> out.accept(p.unit().kind()));
        } else if (c instanceof Compound x) {
            x.parts().forEach(p -> kinds(p, out));
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * A decoded entry of a list of changes: a change, or (in a history) an undo with its info.
     *
     * @param change the change, or null for an undo
     * @param undo the undo's info, or null for a change
     * @param at where the entry is
     */
    record Entry(Change change, ChangeInfo undo, Node at) {}

    /** Reads changes, reporting problems; resolves unit kinds in a catalog. */
    static final class Decoder {
        private final Problems problems;
        private final KindCatalog catalog;

        Decoder(Problems problems, KindCatalog catalog) {
            this.problems = problems;
            this.catalog = catalog;
        }

        /**
         * Reads the entries of an array of changes; {@code null} if the array is absent (a problem
         * if required). Entries with problems are left out, so a list is complete only when no
         * problem was reported.
         */
        List<Entry> entries(Obj o, String field, boolean undoAllowed) {
            List<Node> items = o.array(field, true);
            if (items == null) {
                return null;
            }
            List<Entry> out = new ArrayList<>();
            for (Node n : items) {
                Entry e = entry(n, undoAllowed);
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        }

        /** Reads one entry: a change or, if allowed, an undo; {@code null} with problems if it is bad. */
        Entry entry(Node n, boolean undoAllowed) {
            Obj o = Obj.of(n, problems, "a change");
            if (o == null) {
                return null;
            }
            Node typeAt = o.get("type", true);
            if (typeAt == null) {
                return null;
            }
            ChangeType type = typeAt.type == Node.Type.STRING ? type(typeAt.text(), undoAllowed) : null;
            if (type == null) {
                problems.add(typeAt, (typeAt.type == Node.Type.STRING ? "unknown change type '" + typeAt.text() + "'"
                        : "'type' of a change must be a string, not " + typeAt.describe())
                        + "; known: " + String.join(", ", names(undoAllowed))
                        + (undoAllowed ? "" : " ('undo' only in a history's changes)"));
                return null;
            }
            ChangeInfo info = info(o);
            if (type == ChangeType.UNDO) {
                o.end();
                return o.failed() || info == null ? null : new Entry(null, info, n);
            }
            Change c = change(type, o, info);
            o.end();
            return c == null || o.failed() ? null : new Entry(c, null, n);
        }

        private static ChangeType type(String name, boolean undoAllowed) {
            for (ChangeType t : ChangeType.values()) {
                if (name(t).equals(name) && (t != ChangeType.UNDO || undoAllowed)) {
                    return t;
                }
            }
            return null;
        }

        private ChangeInfo info(Obj o) {
            LocalDate effective = o.date("effective", true);
            LocalDate decided = o.date("decided", false);
            LegalBasis basis = basis(o, "basis");
            String note = o.optStr("note");
            if (effective == null) {
                return null;
            }
            return new ChangeInfo(effective, Optional.ofNullable(decided), Optional.ofNullable(basis), note);
        }

        /** An optional legal basis object {@code {"number", "title"}}. */
        LegalBasis basis(Obj o, String field) {
            Obj b = o.object(field, false, "a legal basis");
            if (b == null) {
                return null;
            }
            String number = b.str("number");
            String title = b.optStr("title");
            b.end();
            if (b.failed()) {
                return null;
            }
            try {
                return LegalBasis.of(number, title);
            } catch (BomayException e) {
                problems.add(b.node, e.getMessage());
                return null;
            }
        }

        private Change change(ChangeType type, Obj o, ChangeInfo given) {
            // without an effective date the fields are still read, for their problems; the change is dropped
            ChangeInfo info = given != null ? given : ChangeInfo.on(LocalDate.EPOCH);
            switch (type) {
                case ESTABLISH: {
                    Embedded u = unit(o, "unit");
                    List<Post> posts = posts(o);
                    return build(o, () -> new Establish(info, need(u).unit(), u.parent(), need(posts)));
                }
                case RENAME: {
                    UnitId unit = o.conv("unit", true, UnitId::of);
                    String name = o.str("name");
                    return build(o, () -> new Rename(info, need(unit), need(name)));
                }
                case MERGE: {
                    List<UnitId> sources = ids(o, "sources", true, UnitId::of);
                    Embedded result = unit(o, "result");
                    PersonId head = o.conv("head", false, PersonId::of);
                    return build(o, () -> new Merge(info, need(sources), need(result).unit(), result.parent(), Optional.ofNullable(head)));
                }
                case ABSORB: {
                    UnitId into = o.conv("into", true, UnitId::of);
                    List<UnitId> absorbed = ids(o, "absorbed", true, UnitId::of);
                    PersonId head = o.conv("head", false, PersonId::of);
                    return build(o, () -> new Absorb(info, need(into), need(absorbed), Optional.ofNullable(head)));
                }
                case SPLIT: {
                    UnitId source = o.conv("source", true, UnitId::of);
                    Boolean continues = o.bool("sourceContinues", true);
                    List<SplitPart> parts = parts(o);
                    return build(o, () -> new Split(info, need(source), need(continues), need(parts)));
                }
                case TRANSFER: {
                    UnitId unit = o.conv("unit", true, UnitId::of);
                    UnitId newParent = o.conv("newParent", true, UnitId::of);
                    Level level = o.enumeration("newLevel", false, Level.class);
                    UnitId territory = o.conv("newTerritory", false, UnitId::of);
                    boolean cross = flag(o, "crossPillar");
                    return build(o, () -> new Transfer(info, need(unit), need(newParent), Optional.ofNullable(level),
                            Optional.ofNullable(territory), cross));
                }
                case DISSOLVE: {
                    UnitId unit = o.conv("unit", true, UnitId::of);
                    Disposition d = disposition(o);
                    return build(o, () -> new Dissolve(info, need(unit), need(d)));
                }
                case CONVERT: {
                    UnitId unit = o.conv("unit", true, UnitId::of);
                    String becomes = o.str("becomes");
                    Disposition d = disposition(o);
                    return build(o, () -> new Convert(info, need(unit), need(becomes), need(d)));
                }
                case APPOINT:
                case ASSIGN_CONCURRENT: {
                    TenureType tenure = type == ChangeType.ASSIGN_CONCURRENT ? TenureType.CONCURRENT : TenureType.MAIN;
                    PersonId person = o.conv("person", true, PersonId::of);
                    PostId post = o.conv("post", true, PostId::of);
                    Node np = o.get("newPerson", false);
                    Person newPerson = np == null ? null : person(np);
                    return build(o, () -> new Appoint(info, need(person), need(post), tenure,
                            np == null ? Optional.empty() : Optional.of(need(newPerson))));
                }
                case RELIEVE: {
                    PersonId person = o.conv("person", true, PersonId::of);
                    PostId post = o.conv("post", true, PostId::of);
                    return build(o, () -> new Relieve(info, need(person), need(post)));
                }
                case SET_STAFF_QUOTA: {
                    UnitId unit = o.conv("unit", true, UnitId::of);
                    Integer quota = o.integer("quota", true);
                    return build(o, () -> new SetStaffQuota(info, need(unit), need(quota)));
                }
                case REDUCE_STAFF: {
                    UnitId unit = o.conv("unit", true, UnitId::of);
                    Integer count = o.integer("count", true);
                    boolean alsoQuota = flag(o, "alsoQuota");
                    return build(o, () -> new ReduceStaff(info, need(unit), need(count), alsoQuota));
                }
                case ADD_RELATION: {
                    Relation r = relation(o.get("relation", true));
                    return build(o, () -> new AddRelation(info, need(r)));
                }
                case REMOVE_RELATION: {
                    Relation r = relation(o.get("relation", true));
                    return build(o, () -> new RemoveRelation(info, need(r)));
                }
                case COMPOUND: {
                    String name = o.str("name");
                    List<Node> partNodes = o.array("parts", true);
                    List<Change> parts = new ArrayList<>();
                    if (partNodes != null) {
                        for (Node p : partNodes) {
                            Entry e = entry(p, false);
                            if (e != null) {
                                parts.add(e.change());
                            }
                        }
                    }
                    return build(o, () -> new Compound(info, need(name), parts));
                }
                default:
                    throw new IllegalStateException("an undo is no change");
            }
        }

        /**
         * Builds a change from fields already read, unless a problem was reported in its object;
         * core's complaint becomes a problem at the change, unless a field was already reported.
         */
        private Change build(Obj o, Supplier<Change> make) {
            Change c;
            try {
                c = make.get();
            } catch (Missing e) {
                return null;
            } catch (BomayException e) {
                if (!o.failed()) {
                    problems.add(o.node, e.getMessage());
                }
                return null;
            }
            return o.failed() ? null : c;
        }

        /** Thrown by {@link #need} inside {@link #build} when a field was absent or bad (its problem is recorded). */
        private static final class Missing extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Missing() {
                super(null, null, false, false);
            }
        }

        private static <T> T need(T value) {
            if (value == null) {
                throw new Missing();
            }
            return value;
        }

        private static boolean flag(Obj o, String field) {
            return Boolean.TRUE.equals(o.bool(field, false));
        }

        /** An array of id strings: null (with problems) if bad or, when required, absent; empty if absent and optional. */
        private <T> List<T> ids(Obj o, String field, boolean required, Function<String, T> id) {
            List<Node> items = o.array(field, required);
            if (items == null) {
                return required ? null : List.of();
            }
            List<T> out = new ArrayList<>();
            boolean bad = false;
            for (Node i : items) {
                if (i.type != Node.Type.STRING) {
                    problems.add(i, "an element of '" + field + "' must be an id string, not " + i.describe());
                    bad = true;
                    continue;
                }
                T v = o.convert(i, id);
                if (v == null) {
                    bad = true;
                } else {
                    out.add(v);
                }
            }
            return bad ? null : out;
        }

        private <T> Set<T> set(Obj o, String field, Function<String, T> id) {
            List<T> l = ids(o, field, false, id);
            return l == null ? null : new LinkedHashSet<>(l);
        }

        private <K, V> Map<K, V> idMap(Obj o, String field, Function<String, K> key, Function<String, V> value) {
            Node n = o.get(field, false);
            Map<K, V> out = new LinkedHashMap<>();
            if (n == null) {
                return out;
            }
            if (n.type != Node.Type.OBJECT) {
                problems.add(n, "'" + field + "' must be an object of id → id, not " + n.describe());
                return null;
            }
            boolean bad = false;
            for (Map.Entry<String, Node> e : n.fields.entrySet()) {
                K k;
                try {
                    k = key.apply(e.getKey());
                } catch (BomayException | IllegalArgumentException ex) {
                    problems.add(e.getValue(), ex.getMessage());
                    bad = true;
                    continue;
                }
                Node v = e.getValue();
                if (v.type != Node.Type.STRING) {
                    problems.add(v, "'" + e.getKey() + "' in '" + field + "' must be an id string, not " + v.describe());
                    bad = true;
                    continue;
                }
                V val = o.convert(v, value);
                if (val == null) {
                    bad = true;
                } else {
                    out.put(k, val);
                }
            }
            return bad ? null : out;
        }

        /** A unit object (with its optional "parent"), as in a structure's "units". */
        private record Embedded(Unit unit, Optional<UnitId> parent) {}

        private Embedded unit(Obj o, String field) {
            Node n = o.get(field, true);
            if (n == null) {
                return null;
            }
            if (n.type != Node.Type.OBJECT) {
                problems.add(n, "'" + field + "' must be a unit object {\"id\", \"name\", \"kind\", \"level\", ...}, not " + n.describe());
                return null;
            }
            Node parentAt = n.fields.get("parent");
            Unit u = StructureCodec.unit(n, problems, catalog);
            if (u == null) {
                return null;
            }
            Optional<UnitId> parent = parentAt == null || parentAt.type == Node.Type.NULL ? Optional.empty()
                    : Optional.of(UnitId.of(parentAt.text())); // decoded and checked with the unit
            return new Embedded(u, parent);
        }

        /** The optional "posts" of an establishment; null if one is bad. */
        private List<Post> posts(Obj o) {
            List<Node> nodes = o.array("posts", false);
            List<Post> out = new ArrayList<>();
            boolean bad = false;
            if (nodes != null) {
                for (Node n : nodes) {
                    Post p = post(n);
                    bad |= p == null;
                    if (p != null) {
                        out.add(p);
                    }
                }
            }
            return bad ? null : out;
        }

        /** The "parts" of a split; null if absent or one is bad. */
        private List<SplitPart> parts(Obj o) {
            List<Node> nodes = o.array("parts", true);
            if (nodes == null) {
                return null;
            }
            List<SplitPart> out = new ArrayList<>();
            boolean bad = false;
            for (Node n : nodes) {
                SplitPart p = part(n);
                bad |= p == null;
                if (p != null) {
                    out.add(p);
                }
            }
            return bad ? null : out;
        }

        private SplitPart part(Node n) {
            Obj o = Obj.of(n, problems, "a part of a split");
            if (o == null) {
                return null;
            }
            Embedded u = unit(o, "unit");
            Set<UnitId> children = set(o, "children", UnitId::of);
            Set<PostId> posts = set(o, "posts", PostId::of);
            Set<UnitId> territory = set(o, "territoryUnits", UnitId::of);
            Integer quota = o.integer("staffQuota", false);
            Integer actual = o.integer("actualStaff", false);
            List<Node> relationNodes = o.array("relations", false);
            Set<Relation> relations = new LinkedHashSet<>();
            if (relationNodes != null) {
                for (Node r : relationNodes) {
                    Relation rel = relation(r);
                    if (rel != null) {
                        relations.add(rel);
                    }
                }
            }
            o.end();
            int before = problems.count();
            try {
                if (o.failed() || u == null || children == null || posts == null || territory == null) {
                    return null;
                }
                return new SplitPart(u.unit(), u.parent(), children, posts, territory, quota == null ? 0 : quota,
                        actual == null ? 0 : actual, relations);
            } catch (BomayException e) {
                if (problems.count() == before) {
                    problems.add(n, e.getMessage());
                }
                return null;
            }
        }

        private Disposition disposition(Obj parent) {
            Obj o = parent.object("disposition", true, "a disposition");
            if (o == null) {
                return null;
            }
            Map<UnitId, UnitId> children = idMap(o, "children", UnitId::of, UnitId::of);
            UnitId allChildrenTo = o.conv("allChildrenTo", false, UnitId::of);
            Map<PostId, UnitId> posts = idMap(o, "posts", PostId::of, UnitId::of);
            Set<PostId> released = set(o, "released", PostId::of);
            boolean releaseOthers = flag(o, "releaseOtherPosts");
            UnitId staffTo = o.conv("staffTo", false, UnitId::of);
            boolean staffReleased = flag(o, "staffReleased");
            o.end();
            if (o.failed()) {
                return null;
            }
            try {
                return new Disposition(children, Optional.ofNullable(allChildrenTo), posts, released, releaseOthers,
                        Optional.ofNullable(staffTo), staffReleased);
            } catch (BomayException e) {
                problems.add(o.node, e.getMessage());
                return null;
            }
        }

        private Post post(Node n) {
            Obj o = Obj.of(n, problems, "a post");
            if (o == null) {
                return null;
            }
            PostId id = o.conv("id", true, PostId::of);
            UnitId unit = o.conv("unit", true, UnitId::of);
            PostRole role = o.enumeration("role", true, PostRole.class);
            String title = o.str("title");
            Integer capacity = o.integer("capacity", false);
            o.end();
            if (o.failed()) {
                return null;
            }
            try {
                return new Post(id, unit, role, title, capacity == null ? 1 : capacity);
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return null;
            }
        }

        private Person person(Node n) {
            Obj o = Obj.of(n, problems, "a person");
            if (o == null) {
                return null;
            }
            PersonId id = o.conv("id", true, PersonId::of);
            String name = o.str("name");
            Boolean member = o.bool("partyMember", true);
            LocalDate birth = o.date("birthDate", false);
            o.end();
            if (o.failed()) {
                return null;
            }
            try {
                return new Person(id, name, member, birth);
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return null;
            }
        }

        /** A relation object {@code {"type", "source", "target"}}; null (with a problem) if absent or bad. */
        private Relation relation(Node n) {
            if (n == null) {
                return null;
            }
            Obj o = Obj.of(n, problems, "a relation");
            if (o == null) {
                return null;
            }
            RelationType type = o.enumeration("type", true, RelationType.class);
            UnitId source = o.conv("source", true, UnitId::of);
            UnitId target = o.conv("target", true, UnitId::of);
            o.end();
            if (o.failed()) {
                return null;
            }
            try {
                return Relation.of(type, source, target);
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return null;
            }
        }
    }
}
