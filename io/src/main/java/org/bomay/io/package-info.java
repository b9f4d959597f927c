/**
 * bomay io: reading and writing structures, histories, scenarios and results (JSON, YAML, CSV),
 * interchange exports (Graphviz DOT, GraphML, Mermaid, Popolo JSON) and the HTML report.
 *
 * <p>Nothing is here yet: the format and its readers arrive with the io issue. The module
 * exists so the reactor, its dependency tree and its module name ({@code org.bomay.io}) are
 * settled now.
 */
package org.bomay.io;
