package org.bomay.io.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.bomay.core.BomayException;
import org.bomay.core.structure.OrgStructure;

/**
 * Interchange exports of a structure: Graphviz DOT, GraphML, Mermaid and Popolo JSON. Each
 * format has three methods: the whole structure as a {@code String}; what {@link ExportOptions}
 * select as a {@code String}; and the same written to an {@link Appendable} (a {@code Writer},
 * a {@code StringBuilder}), for large structures.
 *
 * <pre>{@code
 * OrgStructure s = KimBang.structure();
 * Files.writeString(Path.of("kim-bang.dot"), Exports.dot(s));        // dot -Tsvg kim-bang.dot > kim-bang.svg
 * Files.writeString(Path.of("kim-bang.graphml"), Exports.graphml(s)); // yEd, Gephi, Cytoscape
 * String md = Exports.mermaid(s, ExportOptions.defaults().withRoot(KimBang.HUYEN_UY).withMaxDepth(1));
 * try (Writer w = Files.newBufferedWriter(Path.of("kim-bang.popolo.json"))) {
 *     Exports.popolo(s, ExportOptions.defaults(), w);
 * }
 * }</pre>
 *
 * <p>What every format shares:
 * <ul>
 *   <li>Units are in tree order (see {@link OrgStructure#units()}); other relations by source,
 *       type and target; concurrent posts by person id. The same structure and options give
 *       byte-identical text, lines ending in {@code \n} on every platform.
 *   <li>A unit's label is its name, its kind's Vietnamese name and, when people are exported, one
 *       line per head post in office: {@code "Bí thư Huyện ủy: Nguyễn Văn An"}.
 *   <li><b>Concurrent posts (kiêm nhiệm)</b>: for every person in office in posts of two or more
 *       units on the structure's date, at least one of them concurrent
 *       ({@link OrgStructure#concurrentTenures()}), an edge goes from the unit of their main post
 *       (their first post, {@link OrgStructure#postsOf}) to each other unit, labelled with the
 *       name and "kiêm nhiệm": purple and dotted in DOT, purple and thick in Mermaid, type
 *       {@code CONCURRENT} with the person's id in GraphML. An edge rather than a mark on a node,
 *       because the point of a concurrent post is the link it makes between two units (often of
 *       different pillars: Trưởng Ban Dân vận kiêm Chủ tịch Ủy ban MTTQ). Popolo has no edges:
 *       there a concurrent tenure is a membership labelled "kiêm nhiệm".
 *   <li>Text that a format cannot carry (control characters, unpaired surrogates) becomes U+FFFD.
 * </ul>
 *
 * <p>Every method throws {@link BomayException} if the structure or options are null, or if the
 * options' root is not in the structure (naming the id), and {@link UncheckedIOException} if the
 * {@code Appendable} fails. This class is thread-safe.
 */
public final class Exports {
    private Exports() {}

    // ------------------------------------------------------------------ DOT

    /**
     * The whole structure as a Graphviz DOT digraph.
     *
     * <pre>{@code
     * Files.writeString(Path.of("s.dot"), Exports.dot(structure));   // then: dot -Tsvg s.dot -o s.svg
     * }</pre>
     *
     * @see #dot(OrgStructure, ExportOptions, Appendable)
     */
    public static String dot(OrgStructure s) {
        return dot(s, ExportOptions.defaults());
    }

    /**
     * What the options select, as a Graphviz DOT digraph.
     *
     * <pre>{@code
     * String tree = Exports.dot(structure, ExportOptions.defaults().withRelations(false).withPeople(false));
     * }</pre>
     *
     * @see #dot(OrgStructure, ExportOptions, Appendable)
     */
    public static String dot(OrgStructure s, ExportOptions o) {
        StringBuilder b = new StringBuilder();
        dot(s, o, b);
        return b.toString();
    }

    /**
     * Writes what the options select as a Graphviz DOT digraph: one cluster per pillar
     * ({@code subgraph cluster_PARTY}, labelled "Đảng", and so on), one box per unit (a tab for an
     * administrative unit, dashed if its validity does not contain the structure's date),
     * subordination as solid edges from parent to child, the other relations as dashed edges
     * from source to target labelled with their Vietnamese verb ("lãnh đạo"), and concurrent
     * posts as dotted purple edges (see the class comment). Non-tree edges do not constrain the
     * layout, so the tree stays a tree. Every id is quoted; quotes, backslashes and line breaks
     * in names are escaped.
     *
     * <pre>{@code
     * try (Writer w = Files.newBufferedWriter(Path.of("s.dot"))) {
     *     Exports.dot(structure, ExportOptions.defaults(), w);
     * }
     * }</pre>
     */
    public static void dot(OrgStructure s, ExportOptions o, Appendable out) {
        Selection sel = Selection.of(s, o);
        checkOut(out);
        try {
            DotWriter.write(sel, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the DOT export: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ GraphML

    /**
     * The whole structure as GraphML.
     *
     * <pre>{@code
     * Files.writeString(Path.of("s.graphml"), Exports.graphml(structure));   // open in yEd or Gephi
     * }</pre>
     *
     * @see #graphml(OrgStructure, ExportOptions, Appendable)
     */
    public static String graphml(OrgStructure s) {
        return graphml(s, ExportOptions.defaults());
    }

    /**
     * What the options select, as GraphML.
     *
     * <pre>{@code
     * String xml = Exports.graphml(structure, ExportOptions.defaults().withRoot(UnitId.of("kb.ubnd")));
     * }</pre>
     *
     * @see #graphml(OrgStructure, ExportOptions, Appendable)
     */
    public static String graphml(OrgStructure s, ExportOptions o) {
        StringBuilder b = new StringBuilder();
        graphml(s, o, b);
        return b.toString();
    }

    /**
     * Writes what the options select as a GraphML document (UTF-8 text; write it with a UTF-8
     * writer). Nodes are units, with the node id the unit id and data keys {@code name},
     * {@code kind} (the code), {@code kindName} (Vietnamese), {@code pillar} and {@code level}
     * (enum names), {@code territorial}, {@code validity} (as {@code Period.toString()}),
     * {@code head} (the names of the heads in office, when people are exported) and
     * {@code staffQuota}. Edges carry {@code type} ({@code SUBORDINATE_TO}, {@code LEADS}, ...,
     * or {@code CONCURRENT}), {@code label} (the Vietnamese verb, or "… kiêm nhiệm") and, for
     * concurrent posts, {@code person} (the person's id). Relations keep the model's direction,
     * as in {@link OrgStructure#graph()}: a {@code SUBORDINATE_TO} edge goes from the child to
     * its parent (flip the hierarchic layout in yEd to draw the root on top).
     *
     * <pre>{@code
     * try (Writer w = Files.newBufferedWriter(Path.of("s.graphml"), StandardCharsets.UTF_8)) {
     *     Exports.graphml(structure, ExportOptions.defaults(), w);
     * }
     * }</pre>
     */
    public static void graphml(OrgStructure s, ExportOptions o, Appendable out) {
        Selection sel = Selection.of(s, o);
        checkOut(out);
        try {
            GraphmlWriter.write(sel, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the GraphML export: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ Mermaid

    /**
     * The whole structure as a Mermaid flowchart.
     *
     * <pre>{@code
     * String md = "```mermaid\n" + Exports.mermaid(structure) + "```\n";   // renders on GitHub
     * }</pre>
     *
     * @see #mermaid(OrgStructure, ExportOptions, Appendable)
     */
    public static String mermaid(OrgStructure s) {
        return mermaid(s, ExportOptions.defaults());
    }

    /**
     * What the options select, as a Mermaid flowchart.
     *
     * <pre>{@code
     * String md = Exports.mermaid(structure, ExportOptions.defaults().withRoot(UnitId.of("kb.hu")).withMaxDepth(1));
     * }</pre>
     *
     * @see #mermaid(OrgStructure, ExportOptions, Appendable)
     */
    public static String mermaid(OrgStructure s, ExportOptions o) {
        StringBuilder b = new StringBuilder();
        mermaid(s, o, b);
        return b.toString();
    }

    /**
     * Writes what the options select as a Mermaid {@code flowchart TD}: a subgraph per pillar
     * (labelled "Đảng", "Nhà nước", "Mặt trận"), subordination as {@code -->} from parent to
     * child, other relations as dotted {@code -.->} labelled with their verb, and concurrent posts
     * as thick purple {@code ==>} (see the class comment). Node ids are {@code u1, u2, ...} in
     * unit order, because unit ids may hold {@code . - : /}; labels are quoted, with quotes,
     * {@code # & < > | `} written as Mermaid entity codes ({@code #quot;}, {@code #lt;}, ...).
     *
     * <pre>{@code
     * StringBuilder md = new StringBuilder("```mermaid\n");
     * Exports.mermaid(structure, ExportOptions.defaults().withPeople(false), md);
     * md.append("```\n");
     * }</pre>
     */
    public static void mermaid(OrgStructure s, ExportOptions o, Appendable out) {
        Selection sel = Selection.of(s, o);
        checkOut(out);
        try {
            MermaidWriter.write(sel, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Mermaid export: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ Popolo

    /**
     * The whole structure as Popolo JSON.
     *
     * <pre>{@code
     * Files.writeString(Path.of("s.popolo.json"), Exports.popolo(structure));
     * }</pre>
     *
     * @see #popolo(OrgStructure, ExportOptions, Appendable)
     */
    public static String popolo(OrgStructure s) {
        return popolo(s, ExportOptions.defaults());
    }

    /**
     * What the options select, as Popolo JSON.
     *
     * <pre>{@code
     * String json = Exports.popolo(structure, ExportOptions.defaults().withRoot(UnitId.of("kb.mttq")));
     * }</pre>
     *
     * @see #popolo(OrgStructure, ExportOptions, Appendable)
     */
    public static String popolo(OrgStructure s, ExportOptions o) {
        StringWriter w = new StringWriter();
        popolo(s, o, w);
        return w.toString();
    }

    /**
     * Writes what the options select as a <a href="https://www.popoloproject.com/specs/">Popolo</a>
     * JSON document, pretty-printed, with Vietnamese text as is (not {@code \\u}-escaped):
     * <ul>
     *   <li>{@code organizations}: {@code id}, {@code name}, {@code classification} (the kind's
     *       Vietnamese name), {@code parent_id} (when the parent is exported),
     *       {@code founding_date} and {@code dissolution_date} (the bounds of the unit's validity,
     *       when bounded);
     *   <li>{@code posts}: {@code id}, {@code label} (the title), {@code organization_id},
     *       {@code role} (the role's Vietnamese name, e.g. "cấp phó");
     *   <li>{@code persons}: {@code id}, {@code name}, {@code birth_date} when known — everyone in
     *       a whole-structure export, otherwise those with a membership in it;
     *   <li>{@code memberships}: one per tenure of an exported post, past, present and future:
     *       {@code id} ({@code post/person/start}), {@code person_id}, {@code post_id},
     *       {@code organization_id}, {@code role} (the post's title), {@code label} "kiêm nhiệm"
     *       for a concurrent tenure, {@code start_date} and {@code end_date} (the period's bounds;
     *       the end is the effective date of the decision that ended the tenure).
     * </ul>
     * Without people ({@link ExportOptions#withPeople(boolean)}) the three last lists are empty.
     * Relations other than subordination have no place in Popolo and are left out.
     *
     * <pre>{@code
     * try (Writer w = Files.newBufferedWriter(Path.of("s.popolo.json"), StandardCharsets.UTF_8)) {
     *     Exports.popolo(structure, ExportOptions.defaults(), w);
     * }
     * }</pre>
     */
    public static void popolo(OrgStructure s, ExportOptions o, Appendable out) {
        Selection sel = Selection.of(s, o);
        checkOut(out);
        try {
            if (out instanceof Writer w) {
                PopoloWriter.write(sel, w);
            } else {
                StringWriter w = new StringWriter();
                PopoloWriter.write(sel, w);
                out.append(w.getBuffer());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Popolo export: " + e.getMessage(), e);
        }
    }

    private static void checkOut(Appendable out) {
        if (out == null) {
            throw new BomayException("Cannot export to a null Appendable");
        }
    }
}
