/**
 * The self-contained HTML report: one XHTML file with inline CSS and SVG, no script and no
 * external resource, for a structure (counts, org chart, violations) or a simulation result
 * (summary, metric charts, org chart before and after with the changes highlighted, timeline,
 * targets, final violations). The entry point is {@link org.bomay.io.html.HtmlReport}.
 *
 * <pre>{@code
 * HtmlReport.of(Simulation.of(VnRules.all()).run(programme))
 *         .subtree(KimBang.UBND).maxDepth(2)
 *         .writeTo(Path.of("programme.html"));
 * }</pre>
 */
package org.bomay.io.html;
