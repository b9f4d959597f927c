package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bomay.core.BomayException;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.TenureType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.structure.InvalidStructureException;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.structure.StructureProblem;

/**
 * The structure part of the format: writes a snapshot's fields and reads them back through
 * {@link OrgStructure#builder(LocalDate)}, so core's validation always runs. Used for a structure
 * document and for the structures embedded in histories and scenarios.
 */
final class StructureCodec {
    static final String[] FIELDS = {"date", "kinds", "units", "posts", "people", "tenures", "relations"};

    private StructureCodec() {}

    // ------------------------------------------------------------------ writing

    /** Writes the structure's fields into the current object. */
    static void writeFields(OrgStructure s, KindCatalog catalog, JsonGenerator g) throws IOException {
        g.writeStringField("date", s.date().toString());
        Map<String, UnitKind> own = new LinkedHashMap<>();
        s.forEachUnit(u -> {
            UnitKind k = u.kind();
            if (catalog.find(k.code()).filter(c -> c.sameDefinition(k)).isEmpty()) {
                own.putIfAbsent(k.code(), k);
            }
        });
        if (!own.isEmpty()) {
            g.writeArrayFieldStart("kinds");
            for (UnitKind k : own.values()) {
                writeKind(k, g);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("units");
        for (Unit u : s.units()) {
            writeUnit(u, s.parent(u.id()).map(Unit::id).orElse(null), g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("posts");
        for (Post p : s.posts()) {
            writePost(p, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("people");
        for (Person p : s.people()) {
            writePerson(p, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tenures");
        for (Tenure t : s.tenures()) {
            writeTenure(t, g);
        }
        g.writeEndArray();
        // relations() lists sources in tree order, but one source's relations in the order they
        // were added: sort those by type and target so equal structures give equal text
        List<Relation> rels = new ArrayList<>();
        for (Relation r : s.relations()) {
            if (r.type() != RelationType.SUBORDINATE_TO) {
                rels.add(r);
            }
        }
        Map<UnitId, Integer> sourceOrder = new HashMap<>();
        for (Relation r : rels) {
            sourceOrder.putIfAbsent(r.source(), sourceOrder.size());
        }
        rels.sort(java.util.Comparator.<Relation>comparingInt(r -> sourceOrder.get(r.source()))
                .thenComparing(Relation::type).thenComparing(r -> r.target().toString()));
        g.writeArrayFieldStart("relations");
        for (Relation r : rels) {
            writeRelation(r, g);
        }
        g.writeEndArray();
    }

    static void writeKind(UnitKind k, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", k.code());
        g.writeStringField("vietnamese", k.vietnamese());
        g.writeStringField("english", k.english());
        g.writeStringField("pillar", k.pillar().name());
        g.writeArrayFieldStart("levels");
        for (Level l : k.levels()) {
            g.writeString(l.name());
        }
        g.writeEndArray();
        if (k.isTerritorial()) {
            g.writeBooleanField("territorial", true);
        }
        g.writeEndObject();
    }

    static void writeUnit(Unit u, UnitId parent, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", u.id().toString());
        g.writeStringField("name", u.name());
        g.writeStringField("kind", u.kind().code());
        g.writeStringField("level", u.level().name());
        if (parent != null) {
            g.writeStringField("parent", parent.toString());
        }
        if (u.territory().isPresent()) {
            g.writeStringField("territory", u.territory().get().toString());
        }
        writePeriod(u.validity(), g);
        if (u.staffQuota().isPresent()) {
            g.writeNumberField("staffQuota", u.staffQuota().getAsInt());
        }
        if (u.actualStaff().isPresent()) {
            g.writeNumberField("actualStaff", u.actualStaff().getAsInt());
        }
        if (u.areaKm2().isPresent()) {
            g.writeNumberField("areaKm2", u.areaKm2().getAsDouble());
        }
        if (u.population().isPresent()) {
            g.writeNumberField("population", u.population().getAsInt());
        }
        if (u.households().isPresent()) {
            g.writeNumberField("households", u.households().getAsInt());
        }
        if (u.unitClass().isPresent()) {
            g.writeStringField("unitClass", u.unitClass().get().name());
        }
        if (!u.attributes().isEmpty()) {
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : u.attributes().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void writePeriod(Period p, JsonGenerator g) throws IOException {
        if (p.start().isPresent()) {
            g.writeStringField("from", p.start().get().toString());
        }
        if (p.end().isPresent()) {
            g.writeStringField("to", p.end().get().toString());
        }
    }

    static void writePost(Post p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("unit", p.unit().toString());
        g.writeStringField("role", p.role().name());
        g.writeStringField("title", p.title());
        if (p.capacity() != 1) {
            g.writeNumberField("capacity", p.capacity());
        }
        g.writeEndObject();
    }

    static void writePerson(Person p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("name", p.name());
        g.writeBooleanField("partyMember", p.partyMember());
        if (p.birth().isPresent()) {
            g.writeStringField("birthDate", p.birth().get().toString());
        }
        g.writeEndObject();
    }

    static void writeTenure(Tenure t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("person", t.person().toString());
        g.writeStringField("post", t.post().toString());
        g.writeStringField("type", t.type().name());
        writePeriod(t.period(), g);
        g.writeEndObject();
    }

    static void writeRelation(Relation r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", r.type().name());
        g.writeStringField("source", r.source().toString());
        g.writeStringField("target", r.target().toString());
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ reading

    /** Reads one structure's records as they stream by, then builds it. */
    static final class Decoder {
        private final Problems problems;
        private KindCatalog catalog;
        private final Map<String, UnitKind> declared = new HashMap<>();
        private final Map<String, Node> declaredAt = new HashMap<>();
        private final List<Node> deferred = new ArrayList<>(); // units whose kind was not yet declared
        private final Map<UnitId, UnitRec> units = new LinkedHashMap<>();
        private final Map<PostId, PostRec> posts = new LinkedHashMap<>();
        private final Map<PersonId, Node> people = new HashMap<>();
        private final List<Person> peopleList = new ArrayList<>();
        private final List<TenureRec> tenures = new ArrayList<>();
        private final List<RelationRec> relations = new ArrayList<>();
        /** One id object per distinct id of the document: references share the declared one. */
        private final Map<String, UnitId> unitIds = new HashMap<>();
        private final Map<Period, Period> periods = new HashMap<>();
        private final Map<String, PostId> postIds = new HashMap<>();
        private final Map<String, PersonId> personIds = new HashMap<>();

        private UnitId unitId(String s) {
            UnitId id = unitIds.get(s);
            if (id == null) {
                id = UnitId.of(s);
                unitIds.put(s, id);
            }
            return id;
        }

        private PostId postId(String s) {
            PostId id = postIds.get(s);
            if (id == null) {
                id = PostId.of(s);
                postIds.put(s, id);
            }
            return id;
        }

        private PersonId personId(String s) {
            PersonId id = personIds.get(s);
            if (id == null) {
                id = PersonId.of(s);
                personIds.put(s, id);
            }
            return id;
        }

        /** Ids of records that had problems: references to them are not reported again. */
        private final Set<Object> broken = new java.util.HashSet<>();

        private record UnitRec(Unit unit, UnitId parent, Node at, Node parentAt, Node territoryAt) {}

        private record PostRec(Post post, Node at, Node unitAt) {}

        private record TenureRec(Tenure tenure, Node at, Node personAt, Node postAt) {}

        private record RelationRec(Relation relation, Node at, Node sourceAt, Node targetAt) {}

        Decoder(Problems problems, KindCatalog catalog) {
            this.problems = problems;
            this.catalog = catalog;
        }

        /** The array fields that stream into this decoder. */
        Map<String, Consumer<Node>> sinks() {
            Map<String, Consumer<Node>> m = new HashMap<>();
            m.put("kinds", this::kind);
            m.put("units", this::unit);
            m.put("posts", this::post);
            m.put("people", this::person);
            m.put("tenures", this::tenure);
            m.put("relations", this::relation);
            return m;
        }

        /**
         * The sinks of a structure embedded in the root's object field {@code field} (keys
         * {@code "field/units"}, ...), so a national history or scenario streams its structure as
         * a structure document does. Its {@code kinds} are not streamed: they are read with the
         * document's own.
         */
        Map<String, Consumer<Node>> sinks(String field) {
            Map<String, Consumer<Node>> m = new HashMap<>();
            sinks().forEach((k, v) -> {
                if (!k.equals("kinds")) {
                    m.put(field + "/" + k, v);
                }
            });
            return m;
        }

        /**
         * Resolves kind codes in another catalog from now on (a document's own kinds are known only
         * once it is read; units of kinds not yet known wait until {@link #build}).
         */
        void catalog(KindCatalog c) {
            this.catalog = c;
        }

        /** Feeds the arrays of an object that holds a structure (an embedded one). */
        void feed(Obj o) {
            for (Map.Entry<String, Consumer<Node>> e : sinks().entrySet()) {
                List<Node> items = o.array(e.getKey(), e.getKey().equals("units"));
                if (items != null) {
                    items.forEach(e.getValue());
                }
            }
        }

        void kind(Node n) {
            Obj o = Obj.of(n, problems, "a unit kind");
            if (o == null) {
                return;
            }
            String code = o.str("code");
            String vi = o.str("vietnamese");
            String en = o.str("english");
            Pillar pillar = o.enumeration("pillar", true, Pillar.class);
            List<Node> levelNodes = o.array("levels", true);
            Boolean territorial = o.bool("territorial", false);
            o.end();
            Set<Level> levels = EnumSet.noneOf(Level.class);
            if (levelNodes != null) {
                for (Node l : levelNodes) {
                    Level level = Obj.enumeration(l, Level.class, problems);
                    if (level != null) {
                        levels.add(level);
                    }
                }
            }
            if (o.failed()) {
                return;
            }
            UnitKind k;
            try {
                k = UnitKind.of(code, vi, en, pillar, levels, Boolean.TRUE.equals(territorial));
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return;
            }
            if (declared.containsKey(code)) {
                Node first = declaredAt.get(code);
                problems.add(n, "duplicate unit kind '" + code + "' (first at " + first.pointer() + ", line " + first.line + ")");
                return;
            }
            UnitKind known = catalog.find(code).orElse(null);
            if (known != null && !known.sameDefinition(k)) {
                problems.add(n, "unit kind '" + code + "' differs from the one in the catalog '" + catalog.name()
                        + "' (" + known + "): give it another code");
                return;
            }
            declared.put(code, k);
            declaredAt.put(code, n);
        }

        private void broken(Object id) {
            if (id != null) {
                broken.add(id);
            }
        }

        private boolean known(Map<?, ?> records, Object id) {
            return records.containsKey(id) || broken.contains(id);
        }

        private UnitKind findKind(String code) {
            UnitKind k = declared.get(code);
            return k != null ? k : catalog.find(code).orElse(null);
        }

        void unit(Node n) {
            if (n.type == Node.Type.OBJECT && n.fields.get("kind") != null && n.fields.get("kind").type == Node.Type.STRING
                    && findKind(n.fields.get("kind").text()) == null) {
                deferred.add(n); // its kind may be declared further down
                return;
            }
            decodeUnit(n);
        }

        private void decodeUnit(Node n) {
            Obj o = Obj.of(n, problems, "a unit");
            if (o == null) {
                return;
            }
            UnitId id = o.conv("id", true, this::unitId);
            String name = o.str("name");
            Node kindAt = o.get("kind", true);
            UnitKind kind = null;
            if (kindAt != null) {
                if (kindAt.type != Node.Type.STRING) {
                    problems.add(kindAt, "'kind' of a unit must be a unit kind code string, not " + kindAt.describe());
                } else {
                    kind = findKind(kindAt.text());
                    if (kind == null) {
                        problems.add(kindAt, "unknown unit kind '" + kindAt.text() + "': not in the catalog '" + catalog.name()
                                + "' nor in the document's \"kinds\"");
                    }
                }
            }
            Level level = o.enumeration("level", true, Level.class);
            Node parentAt = o.get("parent", false);
            UnitId parent = parentAt == null ? null : o.conv("parent", false, this::unitId);
            Node territoryAt = o.get("territory", false);
            UnitId territory = territoryAt == null ? null : o.conv("territory", false, this::unitId);
            Period validity = period(o);
            Integer quota = o.integer("staffQuota", false);
            Integer actual = o.integer("actualStaff", false);
            Double area = o.decimal("areaKm2", false);
            Integer population = o.integer("population", false);
            Integer households = o.integer("households", false);
            UnitClass unitClass = o.enumeration("unitClass", false, UnitClass.class);
            Map<String, String> attributes = o.stringMap("attributes");
            o.end();
            if (o.failed()) {
                broken(id);
                return;
            }
            Unit u;
            try {
                Unit.Builder b = Unit.builder(id, name, kind, level).validity(validity).staffQuota(quota).actualStaff(actual)
                        .areaKm2(area).population(population).households(households).unitClass(unitClass).attributes(attributes);
                if (territory != null) {
                    b.territory(territory);
                }
                u = b.build();
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                broken(id);
                return;
            }
            UnitRec first = units.get(id);
            if (first != null) {
                problems.add(n.fields.get("id"), "duplicate unit id '" + id + "' (first at " + first.at.pointer() + ", line "
                        + first.at.line + ")");
                return;
            }
            units.put(id, new UnitRec(u, parent, n, parentAt, territoryAt));
            n.release();
        }

        private Period period(Obj o) {
            LocalDate from = o.date("from", false);
            LocalDate to = o.date("to", false);
            if (from != null && to != null && !to.isAfter(from)) {
                problems.add(o.node.fields.get("to"), "'to' " + to + " must be after 'from' " + from
                        + " (it is the first day outside the period)");
                return Period.ALWAYS;
            }
            Period p = Period.of(from, to);
            Period shared = periods.putIfAbsent(p, p); // tenures share a few thousand periods
            return shared == null ? p : shared;
        }

        void post(Node n) {
            Obj o = Obj.of(n, problems, "a post");
            if (o == null) {
                return;
            }
            PostId id = o.conv("id", true, this::postId);
            UnitId unit = o.conv("unit", true, this::unitId);
            PostRole role = o.enumeration("role", true, PostRole.class);
            String title = problems.shared(o.str("title"));
            Integer capacity = o.integer("capacity", false);
            Node unitAt = n.fields.get("unit");
            o.end();
            if (o.failed()) {
                broken(id);
                return;
            }
            Post p;
            try {
                p = new Post(id, unit, role, title, capacity == null ? 1 : capacity);
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                broken(id);
                return;
            }
            PostRec first = posts.get(id);
            if (first != null) {
                problems.add(n.fields.get("id"), "duplicate post id '" + id + "' (first at " + first.at.pointer() + ", line "
                        + first.at.line + ")");
                return;
            }
            posts.put(id, new PostRec(p, n, unitAt));
            n.release();
        }

        void person(Node n) {
            Obj o = Obj.of(n, problems, "a person");
            if (o == null) {
                return;
            }
            PersonId id = o.conv("id", true, this::personId);
            String name = problems.shared(o.str("name"));
            Boolean member = o.bool("partyMember", true);
            LocalDate birth = o.date("birthDate", false);
            o.end();
            if (o.failed()) {
                broken(id);
                return;
            }
            Person p;
            try {
                p = new Person(id, name, member, birth);
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                broken(id);
                return;
            }
            Node first = people.get(id);
            if (first != null) {
                problems.add(n.fields.get("id"), "duplicate person id '" + id + "' (first at " + first.pointer() + ", line "
                        + first.line + ")");
                return;
            }
            people.put(id, n);
            peopleList.add(p);
            n.release();
        }

        void tenure(Node n) {
            Obj o = Obj.of(n, problems, "a tenure");
            if (o == null) {
                return;
            }
            PersonId person = o.conv("person", true, this::personId);
            PostId post = o.conv("post", true, this::postId);
            TenureType type = o.enumeration("type", false, TenureType.class);
            Period period = period(o);
            Node personAt = n.fields.get("person");
            Node postAt = n.fields.get("post");
            o.end();
            if (o.failed()) {
                return;
            }
            tenures.add(new TenureRec(new Tenure(person, post, period, type == null ? TenureType.MAIN : type), n, personAt, postAt));
            n.release();
        }

        void relation(Node n) {
            Obj o = Obj.of(n, problems, "a relation");
            if (o == null) {
                return;
            }
            RelationType type = o.enumeration("type", true, RelationType.class);
            UnitId source = o.conv("source", true, this::unitId);
            UnitId target = o.conv("target", true, this::unitId);
            Node sourceAt = n.fields.get("source");
            Node targetAt = n.fields.get("target");
            o.end();
            if (o.failed()) {
                return;
            }
            if (type == RelationType.SUBORDINATE_TO) {
                problems.add(n.fields.get("type"), "SUBORDINATE_TO is written as the unit's \"parent\", not as a relation");
                return;
            }
            Relation r;
            try {
                r = Relation.of(type, source, target);
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return;
            }
            relations.add(new RelationRec(r, n, sourceAt, targetAt));
            n.release();
        }

        /**
         * Builds the structure, reporting missing references at the field that holds them and
         * core's problems at the record they name; {@code null} if the document had problems.
         */
        OrgStructure build(LocalDate date) {
            for (Node n : deferred) {
                decodeUnit(n);
            }
            deferred.clear();
            if (date == null) {
                return null;
            }
            for (UnitRec r : units.values()) {
                if (r.parent != null && !known(units, r.parent)) {
                    problems.add(r.parentAt, "parent '" + r.parent + "' of unit " + r.unit.id() + " is not a unit of the document");
                }
                UnitId t = r.unit.territory().orElse(null);
                if (t != null && !known(units, t)) {
                    problems.add(r.territoryAt, "territory '" + t + "' of unit " + r.unit.id() + " is not a unit of the document");
                }
            }
            for (PostRec r : posts.values()) {
                if (!known(units, r.post.unit())) {
                    problems.add(r.unitAt, "unit '" + r.post.unit() + "' of post " + r.post.id() + " is not a unit of the document");
                }
            }
            for (TenureRec r : tenures) {
                if (!known(people, r.tenure.person())) {
                    problems.add(r.personAt, "person '" + r.tenure.person() + "' of a tenure is not a person of the document");
                }
                if (!known(posts, r.tenure.post())) {
                    problems.add(r.postAt, "post '" + r.tenure.post() + "' of a tenure is not a post of the document");
                }
            }
            for (RelationRec r : relations) {
                if (!known(units, r.relation.source())) {
                    problems.add(r.sourceAt, "source '" + r.relation.source() + "' of a relation is not a unit of the document");
                }
                if (!known(units, r.relation.target())) {
                    problems.add(r.targetAt, "target '" + r.relation.target() + "' of a relation is not a unit of the document");
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            OrgStructure.Builder b = OrgStructure.builder(date);
            for (UnitRec r : units.values()) {
                if (r.parent == null) {
                    b.add(r.unit);
                } else {
                    b.add(r.unit, r.parent);
                }
            }
            posts.values().forEach(r -> b.add(r.post));
            peopleList.forEach(b::add);
            tenures.forEach(r -> b.add(r.tenure));
            relations.forEach(r -> b.add(r.relation));
            try {
                return b.build();
            } catch (InvalidStructureException e) {
                for (StructureProblem p : e.problems()) {
                    Node at = locate(p);
                    if (at == null) {
                        problems.add("", 0, 0, p.message());
                    } else {
                        problems.add(at, p.message());
                    }
                }
                return null;
            }
        }

        /** The record a core problem is about: a tenure when it names a person and a post, else its first id. */
        private Node locate(StructureProblem p) {
            PersonId person = null;
            PostId post = null;
            for (Object id : p.ids()) {
                if (id instanceof PersonId x && person == null) {
                    person = x;
                } else if (id instanceof PostId x && post == null) {
                    post = x;
                }
            }
            if (person != null && post != null) {
                for (TenureRec r : tenures) {
                    if (r.tenure.person().equals(person) && r.tenure.post().equals(post)) {
                        return r.at;
                    }
                }
            }
            for (Object id : p.ids()) {
                if (id instanceof UnitId u && units.containsKey(u)) {
                    UnitRec r = units.get(u);
                    return p.type() == StructureProblem.Type.CYCLE || p.type() == StructureProblem.Type.MULTIPLE_PARENTS
                            ? (r.parentAt != null ? r.parentAt : r.at) : r.at;
                }
                if (id instanceof PostId x && posts.containsKey(x)) {
                    return posts.get(x).at;
                }
                if (id instanceof PersonId x && people.containsKey(x)) {
                    return people.get(x);
                }
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ single records (histories and scenarios)

    /**
     * Decodes one unit object as written in {@code "units"} (its {@code "parent"} field is read and
     * checked as an id, and left to the caller): for the units a change embeds. {@code null}, with
     * the problems, if it is bad. The node is released when it decodes.
     */
    static Unit unit(Node n, Problems problems, KindCatalog catalog) {
        Decoder d = new Decoder(problems, catalog);
        d.decodeUnit(n);
        return d.units.isEmpty() ? null : d.units.values().iterator().next().unit;
    }

    /** Decodes one unit kind object as written in {@code "kinds"}; {@code null}, with the problems, if it is bad. */
    static UnitKind kind(Node n, Problems problems, KindCatalog catalog) {
        Decoder d = new Decoder(problems, catalog);
        d.kind(n);
        return d.declared.isEmpty() ? null : d.declared.values().iterator().next();
    }
}
