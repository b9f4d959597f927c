/**
 * Interchange exports of a structure for drawing and exchange: Graphviz DOT, GraphML (yEd,
 * Gephi), Mermaid (Markdown pages) and Popolo JSON (civic-data tools). {@link
 * org.bomay.io.export.Exports} is the entry point; {@link org.bomay.io.export.ExportOptions}
 * selects a subtree, a depth, and whether people and non-hierarchy relations appear.
 *
 * <pre>{@code
 * String dot = Exports.dot(structure);
 * String md = Exports.mermaid(structure, ExportOptions.defaults().withRoot(UnitId.of("kb.hu")).withMaxDepth(1));
 * }</pre>
 *
 * <p>Exports are write-only and deterministic: the same structure and options give byte-identical
 * text. Reading structures back is the business of the JSON/YAML/CSV documents of {@code org.bomay.io}.
 */
package org.bomay.io.export;
