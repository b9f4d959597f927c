/**
 * bomay io: reading and writing structures, histories, scenarios, rule-pack parameters and
 * simulation results ({@link org.bomay.io.Documents}: the bomay/1 format in JSON and YAML, see
 * {@code docs/format.md}), CSV tables ({@link org.bomay.io.csv}), interchange exports
 * ({@link org.bomay.io.export}: Graphviz DOT, GraphML, Mermaid, Popolo JSON) and the
 * self-contained HTML report ({@link org.bomay.io.html}).
 *
 * <p>Every reading error is a {@link org.bomay.io.FormatException} listing all problems of the
 * document with their JSON pointer (or CSV row), line and column.
 */
package org.bomay.io;
