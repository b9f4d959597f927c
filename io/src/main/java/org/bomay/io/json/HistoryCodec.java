package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.structure.OrgStructure;

/**
 * The history document ({@code "type": "history"}). Not public API:
 * {@link org.bomay.io.Documents} is the entry point.
 *
 * <p>Fields, in this order:
 * <ul>
 *   <li>{@code kinds} (optional): the unit kinds not in the catalog that the document uses
 *       anywhere — in the initial structure, in the units its changes create;</li>
 *   <li>{@code initial}: the initial structure (version 0), with the fields of a structure
 *       document ({@code date}, {@code units}, {@code posts}, {@code people}, {@code tenures},
 *       {@code relations}; {@code kinds} is accepted there too);</li>
 *   <li>{@code changes}: every change in the order applied, as {@code ChangeCodec} writes them; a
 *       history's undo is {@code {"type": "undo", "effective", "decided", "basis", "note"}};</li>
 *   <li>{@code events} (optional on reading): for readers and other tools, one per change, what
 *       the replay gives: {@code version}, {@code type} (MERGE, ASSIGN_CONCURRENT, UNDO, ...),
 *       {@code effective}, {@code summary}, {@code originals}, {@code results}, {@code established},
 *       {@code ceased} (unit ids) and {@code links} ({@code [{from, to, kind}]}).</li>
 * </ul>
 *
 * <p>Reading replays the changes with {@link History#start} and {@link History#apply} (or
 * {@link History#undo}), so core's checks run: a change that cannot apply is a problem at its
 * place ({@code /changes/i}) with core's message, and the replay stops there. The events are
 * derived data: when present they are checked against the replay, and any difference is a
 * problem at the field that differs (delete {@code events} from a hand-edited document rather
 * than updating them; the writer writes them again).
 */
public final class HistoryCodec {
    /** The document type. */
    public static final String TYPE = "history";

    private HistoryCodec() {}

    // ------------------------------------------------------------------ writing

    /**
     * The body of a history document. Checks what could make the document unreadable before
     * anything is written.
     *
     * @throws org.bomay.core.BomayException if two different unit kinds share a code
     */
    public static Engine.Body body(History h, KindCatalog catalog) {
        DocKinds.Collector kinds = new DocKinds.Collector(catalog);
        kinds.structure(h.initial());
        List<ChangeEvent> events = h.events();
        for (ChangeEvent e : events) {
            e.change().ifPresent(c -> ChangeCodec.kinds(c, kinds));
        }
        KindCatalog extended = kinds.extended();
        return g -> {
            kinds.write(g);
            g.writeObjectFieldStart("initial");
            StructureCodec.writeFields(h.initial(), extended, g);
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (ChangeEvent e : events) {
                if (e.change().isPresent()) {
                    ChangeCodec.write(e.change().get(), g);
                } else {
                    g.writeStartObject();
                    g.writeStringField("type", ChangeCodec.UNDO);
                    ChangeCodec.writeInfo(e.info(), g);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Version v : h.versions()) {
                if (v.event().isPresent()) {
                    write(event(v.index(), v.event().get()), g);
                }
            }
            g.writeEndArray();
        };
    }

    /** An event as plain values (Integer, String, List, Map), written and compared alike. */
    static Map<String, Object> event(int version, ChangeEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("type", e.type().name());
        m.put("effective", e.info().effective().toString());
        m.put("summary", e.change().map(Change::summary).orElse("undo: " + e.originals() + " → " + e.results()));
        m.put("originals", strings(e.originals()));
        m.put("results", strings(e.results()));
        m.put("established", strings(e.established()));
        m.put("ceased", strings(e.ceased()));
        List<Object> links = new ArrayList<>();
        for (ChangeEvent.UnitLink l : e.links()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("from", l.from().toString());
            link.put("to", l.to().toString());
            link.put("kind", l.kind().name());
            links.add(link);
        }
        m.put("links", links);
        return m;
    }

    private static List<Object> strings(List<?> ids) {
        List<Object> out = new ArrayList<>();
        ids.forEach(i -> out.add(i.toString()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void write(Object v, JsonGenerator g) throws IOException {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                g.writeFieldName(e.getKey());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(o, g);
            }
            g.writeEndArray();
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else {
            g.writeString((String) v);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Reads a history document; {@code name} names it in messages. */
    public static History read(Engine engine, Reader in, String name, KindCatalog catalog) {
        Problems problems = new Problems(name);
        StructureCodec.Decoder initial = new StructureCodec.Decoder(problems, catalog);
        return engine.read(in, TYPE, problems, initial.sinks("initial"), root -> decode(root, problems, catalog, initial));
    }

    private static History decode(Obj root, Problems problems, KindCatalog catalog, StructureCodec.Decoder streamed) {
        KindCatalog[] kinds = {DocKinds.read(root, problems, catalog)};
        OrgStructure initial = DocKinds.structure(root, "initial", "the initial structure", problems, kinds, streamed);
        List<ChangeCodec.Entry> changes = new ChangeCodec.Decoder(problems, kinds[0]).entries(root, "changes", true);
        List<Node> events = root.array("events", false);
        root.end();
        if (!problems.isEmpty() || initial == null || changes == null) {
            return null;
        }
        History h = History.start(initial);
        for (ChangeCodec.Entry e : changes) {
            try {
                h = e.change() != null ? h.apply(e.change()) : h.undo(e.undo());
            } catch (BomayException x) {
                problems.add(e.at(), x.getMessage());
                return null;
            }
        }
        if (events != null) {
            check(h, events, root.node.fields.get("events"), problems);
        }
        return h;
    }

    /** Compares the document's events with the replay's; each difference is a problem. */
    private static void check(History h, List<Node> events, Node at, Problems problems) {
        int expected = h.size() - 1;
        if (events.size() != expected) {
            problems.add(at, "'events' lists " + events.size() + " events, but the replay of the changes gives " + expected
                    + "; events are derived from the changes: delete 'events' to have them recomputed");
            return;
        }
        for (int i = 0; i < expected; i++) {
            Version v = h.version(i + 1);
            same(events.get(i), event(v.index(), v.event().get()), problems, i);
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean same(Node n, Object expected, Problems problems, int change) {
        String hint = " by the replay of /changes/" + change + "; events are derived from the changes: delete 'events' to have them recomputed";
        if (expected instanceof Map<?, ?> m) {
            if (n.type != Node.Type.OBJECT) {
                problems.add(n, "expected an object" + hint);
                return false;
            }
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                Node f = n.fields.get(e.getKey());
                if (f == null) {
                    problems.missing(n, e.getKey(), "the event has no '" + e.getKey() + "'; it is " + text(e.getValue()) + hint);
                    return false;
                }
                if (!same(f, e.getValue(), problems, change)) {
                    return false;
                }
            }
            for (Map.Entry<String, Node> f : n.fields.entrySet()) {
                if (!m.containsKey(f.getKey())) {
                    problems.add(f.getValue(), "unknown field '" + f.getKey() + "' in an event (known: " + String.join(", ",
                            ((Map<String, Object>) m).keySet()) + ")");
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof List<?> l) {
            boolean ok = n.type == Node.Type.ARRAY && n.items.size() == l.size();
            for (int i = 0; ok && i < l.size(); i++) {
                Object x = l.get(i);
                Node item = n.items.get(i);
                ok = x instanceof String s ? item.type == Node.Type.STRING && s.equals(item.text()) : same(item, x, problems, change);
                if (!ok && !(x instanceof String)) {
                    return false; // reported inside
                }
            }
            if (!ok) {
                problems.add(n, "is " + describe(n) + " in the document, but " + text(expected) + hint);
            }
            return ok;
        }
        boolean ok = expected instanceof Integer i ? n.type == Node.Type.NUMBER && n.text().equals(i.toString())
                : n.type == Node.Type.STRING && expected.equals(n.text());
        if (!ok) {
            problems.add(n, "is " + describe(n) + " in the document, but " + text(expected) + hint);
        }
        return ok;
    }

    private static String describe(Node n) {
        return switch (n.type) {
            case STRING -> "\"" + n.text() + "\"";
            case NUMBER -> n.text();
            case ARRAY -> "an array of " + n.items.size();
            default -> n.describe();
        };
    }

    private static String text(Object v) {
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(text(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + ": " + text(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(v);
    }
}
