package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bomay.core.BomayException;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.model.UnitKind;
import org.bomay.core.structure.OrgStructure;

/**
 * The unit kinds of a history or scenario document. A document names kinds by code; those not in
 * the reader's catalog are declared once in the document's top-level {@code "kinds"} (the same
 * objects as in a structure document), for the embedded structure, the units changes create and
 * the selectors alike. The embedded structure may declare kinds in its own {@code "kinds"} too
 * (a hand-written document may); they count for the whole document.
 */
final class DocKinds {
    private DocKinds() {}

    /** Collects the kinds a document uses that its catalog lacks, in the order met. */
    static final class Collector implements Consumer<UnitKind> {
        private final KindCatalog catalog;
        private final Map<String, UnitKind> own = new LinkedHashMap<>();

        Collector(KindCatalog catalog) {
            this.catalog = catalog;
        }

        /**
         * @throws BomayException if the kind's code belongs to another kind of the
         *     catalog or of the document: a document names kinds by code, so the two could not be told apart
         */
        @Override
        public void accept(UnitKind k) {
            UnitKind known = catalog.find(k.code()).orElse(null);
            if (known != null) {
                if (!known.sameDefinition(k)) {
                    throw new BomayException("Cannot write unit kind " + k + ": the catalog '" + catalog.name()
                            + "' has another kind with the code " + k.code() + " (" + known + "); give it another code, "
                            + "or write with Documents.withKinds(a catalog that holds it)");
                }
                return;
            }
            UnitKind first = own.putIfAbsent(k.code(), k);
            if (first != null && first != k && !first.sameDefinition(k)) {
                throw new BomayException("Cannot write two different unit kinds with the code " + k.code() + ": " + first
                        + " and " + k + "; give one another code");
            }
        }

        void structure(OrgStructure s) {
            s.forEachUnit(u -> accept(u.kind()));
        }

        /** The kinds to declare. */
        List<UnitKind> own() {
            return new ArrayList<>(own.values());
        }

        /** The catalog with the document's own kinds: the structure is written with it, so it declares none itself. */
        KindCatalog extended() {
            return own.isEmpty() ? catalog : catalog.with(own.values().toArray(UnitKind[]::new));
        }

        /** Writes {@code "kinds"} if there is any kind to declare. */
        void write(JsonGenerator g) throws IOException {
            if (own.isEmpty()) {
                return;
            }
            g.writeArrayFieldStart("kinds");
            for (UnitKind k : own.values()) {
                StructureCodec.writeKind(k, g);
            }
            g.writeEndArray();
        }
    }

    /**
     * Reads the optional {@code "kinds"} of an object: the catalog with the kinds declared there
     * (a bad or conflicting kind is a problem and is left out).
     */
    static KindCatalog read(Obj o, Problems problems, KindCatalog catalog) {
        List<Node> items = o.array("kinds", false);
        if (items == null) {
            return catalog;
        }
        Map<String, UnitKind> found = new LinkedHashMap<>();
        Map<String, Node> at = new HashMap<>();
        for (Node n : items) {
            UnitKind k = StructureCodec.kind(n, problems, catalog);
            if (k == null) {
                continue;
            }
            Node first = at.get(k.code());
            if (first != null) {
                problems.add(n, "duplicate unit kind '" + k.code() + "' (first at " + first.pointer() + ", line " + first.line + ")");
                continue;
            }
            found.put(k.code(), k);
            at.put(k.code(), n);
        }
        return found.isEmpty() ? catalog : catalog.with(found.values().toArray(UnitKind[]::new));
    }

    /**
     * Reads a structure embedded in a document (e.g. a history's {@code "initial"}): the fields of
     * a structure document, built through core's builder. Its kinds are added to {@code catalog[0]},
     * which then serves the rest of the document. {@code null} with problems if it is absent or bad.
     */
    static OrgStructure structure(Obj parent, String field, String description, Problems problems, KindCatalog[] catalog) {
        return structure(parent, field, description, problems, catalog, new StructureCodec.Decoder(problems, catalog[0]));
    }

    /**
     * As {@link #structure(Obj, String, String, Problems, KindCatalog[])}, with a decoder that
     * already received the structure's streamed arrays ({@link StructureCodec.Decoder#sinks(String)}).
     */
    static OrgStructure structure(Obj parent, String field, String description, Problems problems, KindCatalog[] catalog,
            StructureCodec.Decoder d) {
        Obj s = parent.object(field, true, description);
        if (s == null) {
            return null;
        }
        catalog[0] = read(s, problems, catalog[0]);
        d.catalog(catalog[0]);
        for (Map.Entry<String, Consumer<Node>> e : d.sinks().entrySet()) {
            if (e.getKey().equals("kinds")) {
                continue; // read above
            }
            List<Node> items = s.array(e.getKey(), e.getKey().equals("units"));
            if (items != null) {
                items.forEach(e.getValue());
            }
        }
        java.time.LocalDate date = s.date("date", true);
        s.end(StructureCodec.FIELDS);
        return d.build(date);
    }
}
