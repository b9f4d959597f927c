package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.types.Selector;

/**
 * A {@link Selector} as an object whose fields are its criteria, named after the methods that set
 * them; an empty object is {@link Selector#any()}:
 *
 * <pre>{@code
 * {"kinds": ["VN.UBND"], "levels": ["COMMUNE"], "classes": ["III"],
 *  "attributes": {"vn.vung": "DONG_BANG_SONG_HONG"}, "except": [{"kinds": ["VN.UBMTTQ"]}]}
 * }</pre>
 *
 * <p>Fields: {@code kinds}, {@code levels}, {@code pillars}, {@code classes}, {@code territoryKinds},
 * {@code within} (unit ids), {@code formedFrom} (integers), {@code anyPredecessorClass},
 * {@code allPredecessorClasses}, {@code attributes} (an object of strings), {@code parentKinds}
 * and {@code except} (an array of selectors). Kinds are unit kind codes. Reading builds the
 * selector through its own methods, so core's checks run. Used by rule packs, by the scopes
 * of scenario targets and attrition, and by the targets of results.
 */
final class SelectorCodec {
    static final String[] FIELDS = {"kinds", "levels", "pillars", "classes", "territoryKinds", "within", "formedFrom",
        "anyPredecessorClass", "allPredecessorClasses", "attributes", "parentKinds", "except"};

    private SelectorCodec() {}

    // ------------------------------------------------------------------ writing

    /** Writes the selector as an object (the current value). */
    static void write(Selector s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        codes(g, "kinds", s.kinds());
        names(g, "levels", s.levels());
        names(g, "pillars", s.pillarSet());
        names(g, "classes", s.classSet());
        codes(g, "territoryKinds", s.territoryKindSet());
        if (!s.withinSet().isEmpty()) {
            g.writeArrayFieldStart("within");
            for (UnitId id : s.withinSet()) {
                g.writeString(id.toString());
            }
            g.writeEndArray();
        }
        if (!s.formedFromSet().isEmpty()) {
            g.writeArrayFieldStart("formedFrom");
            for (int n : s.formedFromSet()) {
                g.writeNumber(n);
            }
            g.writeEndArray();
        }
        names(g, "anyPredecessorClass", s.anyPredecessorClassSet());
        names(g, "allPredecessorClasses", s.allPredecessorClassSet());
        if (!s.attributeMap().isEmpty()) {
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : s.attributeMap().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        codes(g, "parentKinds", s.parentKindSet());
        if (!s.exceptions().isEmpty()) {
            g.writeArrayFieldStart("except");
            for (Selector e : s.exceptions()) {
                write(e, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void codes(JsonGenerator g, String field, Collection<UnitKind> kinds) throws IOException {
        if (!kinds.isEmpty()) {
            g.writeArrayFieldStart(field);
            for (UnitKind k : kinds) {
                g.writeString(k.code());
            }
            g.writeEndArray();
        }
    }

    private static void names(JsonGenerator g, String field, Collection<? extends Enum<?>> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(field);
            for (Enum<?> v : values) {
                g.writeString(v.name());
            }
            g.writeEndArray();
        }
    }

    /** Every unit kind the selector names, its exceptions' included. */
    static void kinds(Selector s, Consumer<UnitKind> out) {
        s.kinds().forEach(out);
        s.territoryKindSet().forEach(out);
        s.parentKindSet().forEach(out);
        s.exceptions().forEach(e -> kinds(e, out));
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a selector, resolving kind codes with {@code kinds} (which returns {@code null} for an
     * unknown code); {@code null}, with the problems recorded, if it has any.
     */
    static Selector read(Node n, Problems problems, Function<String, UnitKind> kinds) {
        Obj o = Obj.of(n, problems, "a selector");
        if (o == null) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        List<Node> kindNodes = o.array("kinds", false);
        if (nonEmpty(kindNodes, o, "kinds")) {
            UnitKind[] v = kindList(kindNodes, problems, kinds).toArray(new UnitKind[0]);
            steps.add(new Step(o.node.fields.get("kinds"), s -> s.withKinds(v)));
        }
        enumStep(o, "levels", Level.class, steps, (s, v) -> s.levels(v.toArray(new Level[0])));
        enumStep(o, "pillars", Pillar.class, steps, (s, v) -> s.pillars(v.toArray(new Pillar[0])));
        enumStep(o, "classes", UnitClass.class, steps, (s, v) -> s.classes(v.toArray(new UnitClass[0])));
        List<Node> tk = o.array("territoryKinds", false);
        if (nonEmpty(tk, o, "territoryKinds")) {
            UnitKind[] v = kindList(tk, problems, kinds).toArray(new UnitKind[0]);
            steps.add(new Step(o.node.fields.get("territoryKinds"), s -> s.territoryKinds(v)));
        }
        List<Node> within = o.array("within", false);
        if (nonEmpty(within, o, "within")) {
            List<UnitId> ids = new ArrayList<>();
            for (Node w : within) {
                if (w.type != Node.Type.STRING) {
                    problems.add(w, "an area of 'within' must be a unit id string, not " + w.describe());
                } else {
                    UnitId id = o.convert(w, UnitId::of);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
            steps.add(new Step(o.node.fields.get("within"), s -> s.within(ids.toArray(new UnitId[0]))));
        }
        List<Node> formed = o.array("formedFrom", false);
        if (nonEmpty(formed, o, "formedFrom")) {
            List<Integer> counts = new ArrayList<>();
            for (Node f : formed) {
                Integer c = integer(f, problems, "a count of 'formedFrom'");
                if (c != null) {
                    counts.add(c);
                }
            }
            steps.add(new Step(o.node.fields.get("formedFrom"), s -> s.formedFrom(counts.toArray(new Integer[0]))));
        }
        enumStep(o, "anyPredecessorClass", UnitClass.class, steps, (s, v) -> s.anyPredecessorClass(v.toArray(new UnitClass[0])));
        enumStep(o, "allPredecessorClasses", UnitClass.class, steps,
                (s, v) -> s.allPredecessorClasses(v.toArray(new UnitClass[0])));
        Node attrs = o.get("attributes", false);
        if (attrs != null) {
            if (attrs.type != Node.Type.OBJECT) {
                problems.add(attrs, "'attributes' of a selector must be an object of strings, not " + attrs.describe());
            } else {
                for (Map.Entry<String, Node> e : attrs.fields.entrySet()) {
                    Node v = e.getValue();
                    if (v.type != Node.Type.STRING) {
                        problems.add(v, "attribute '" + e.getKey() + "' must be a string, not " + v.describe());
                    } else {
                        String key = e.getKey();
                        steps.add(new Step(v, s -> s.attribute(key, v.text())));
                    }
                }
            }
        }
        List<Node> pk = o.array("parentKinds", false);
        if (nonEmpty(pk, o, "parentKinds")) {
            UnitKind[] v = kindList(pk, problems, kinds).toArray(new UnitKind[0]);
            steps.add(new Step(o.node.fields.get("parentKinds"), s -> s.parentKinds(v)));
        }
        List<Node> except = o.array("except", false);
        if (except != null) {
            for (Node e : except) {
                Selector x = read(e, problems, kinds);
                if (x != null) {
                    steps.add(new Step(e, s -> s.except(x)));
                }
            }
        }
        o.end();
        if (o.failed()) {
            return null;
        }
        Selector s = Selector.any();
        for (Step st : steps) {
            try {
                s = st.apply.apply(s);
            } catch (BomayException e) {
                problems.add(st.at, e.getMessage());
                return null;
            }
        }
        return s;
    }

    /** One criterion to set, with where it was written. */
    private record Step(Node at, Function<Selector, Selector> apply) {}

    private static boolean nonEmpty(List<Node> items, Obj o, String field) {
        if (items == null) {
            return false;
        }
        if (items.isEmpty()) {
            o.problems.add(o.node.fields.get(field), "'" + field + "' of a selector must not be empty: leave the field out to match any");
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> void enumStep(Obj o, String field, Class<E> type, List<Step> steps,
            java.util.function.BiFunction<Selector, List<E>, Selector> set) {
        List<Node> items = o.array(field, false);
        if (!nonEmpty(items, o, field)) {
            return;
        }
        List<E> values = new ArrayList<>();
        for (Node n : items) {
            E e = Obj.enumeration(n, type, o.problems);
            if (e != null) {
                values.add(e);
            }
        }
        steps.add(new Step(o.node.fields.get(field), s -> set.apply(s, values)));
    }

    /** The kinds of an array of codes; unknown codes are problems. */
    static List<UnitKind> kindList(List<Node> items, Problems problems, Function<String, UnitKind> kinds) {
        List<UnitKind> out = new ArrayList<>();
        for (Node n : items) {
            if (n.type != Node.Type.STRING) {
                problems.add(n, "a unit kind must be a kind code string such as \"VN.UBND\", not " + n.describe());
                continue;
            }
            UnitKind k = kinds.apply(n.text());
            if (k == null) {
                problems.add(n, "unknown unit kind '" + n.text() + "': not in the kind catalog nor in the document's \"kinds\"");
            } else {
                out.add(k);
            }
        }
        return out;
    }

    /** An integer array element, or {@code null} with a problem. */
    static Integer integer(Node n, Problems problems, String what) {
        if (n.type != Node.Type.NUMBER) {
            problems.add(n, what + " must be an integer, not " + n.describe());
            return null;
        }
        try {
            return Integer.parseInt(n.text());
        } catch (NumberFormatException e) {
            problems.add(n, what + " must be an integer, not " + n.text());
            return null;
        }
    }
}
