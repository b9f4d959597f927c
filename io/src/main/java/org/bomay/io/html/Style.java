package org.bomay.io.html;

/**
 * The report's style sheet, written inline in its head. It holds no {@code <}, {@code >} or
 * {@code &} (no child selectors), so it is the same text to an HTML and to an XML parser, and it
 * loads nothing: no fonts, images or imports.
 *
 * <pre>{@code
 * markup.open("style").raw(Style.CSS).close();
 * }</pre>
 */
final class Style {
    private Style() {}

    /** The CSS. */
    static final String CSS = """

            body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 14px;
                   color: #1f2328; margin: 24px; line-height: 1.4; }
            h1 { font-size: 22px; margin: 0 0 4px 0; }
            h2 { font-size: 18px; margin: 28px 0 8px 0; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
            h3 { font-size: 15px; margin: 18px 0 6px 0; }
            p.meta { color: #57606a; margin: 2px 0; }
            p.note { color: #57606a; font-size: 12px; }
            table { border-collapse: collapse; margin: 6px 0 12px 0; }
            th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.sub td.label { padding-left: 22px; color: #57606a; }
            tr.error td.sev { color: #b42318; font-weight: 600; }
            tr.warning td.sev { color: #9a6700; font-weight: 600; }
            tr.info td.sev { color: #0969da; }
            tr.met td.status { color: #1a7f37; font-weight: 600; }
            tr.missed td.status { color: #b42318; font-weight: 600; }
            tr.not-evaluated td.status { color: #57606a; font-style: italic; }
            tr.failed td.outcome { color: #b42318; font-weight: 600; }
            tr.excluded td, tr.not_run td { color: #8c959f; }
            code { font-family: ui-monospace, Consolas, monospace; font-size: 12px; }
            .chart-scroll { overflow: auto; max-width: 100%; border: 1px solid #d0d7de; background: #ffffff; }
            .charts { display: flex; flex-wrap: wrap; gap: 12px; }
            figure { margin: 0; border: 1px solid #d0d7de; padding: 6px; background: #ffffff; }
            figcaption { font-size: 12px; font-weight: 600; margin-bottom: 4px; }
            figcaption code { font-weight: normal; color: #57606a; }
            .legend span.swatch { display: inline-block; width: 12px; height: 12px; border: 2px solid #8c959f;
                                  vertical-align: middle; margin: 0 4px 0 12px; }
            .swatch.party { background: #fff1f0; } .swatch.state { background: #eef4ff; }
            .swatch.front { background: #fff8e1; } .swatch.territory { background: #f3f4f6; }
            .swatch.added { background: #c9f2c7; border-color: #1a7f37; }
            .swatch.changed { background: #ffe3a3; border-color: #bf8700; }
            .swatch.removed { background: #ffc9c9; border-color: #b42318; }
            svg text { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
            svg.org-chart .links path { fill: none; stroke: #8c959f; stroke-width: 1.2; }
            svg.org-chart rect { stroke: #8c959f; stroke-width: 1; fill: #ffffff; }
            svg.org-chart g.party rect { fill: #fff1f0; }
            svg.org-chart g.state rect { fill: #eef4ff; }
            svg.org-chart g.front rect { fill: #fff8e1; }
            svg.org-chart g.territory rect { fill: #f3f4f6; }
            svg.org-chart g.added rect { fill: #c9f2c7; stroke: #1a7f37; stroke-width: 2.5; }
            svg.org-chart g.changed rect { fill: #ffe3a3; stroke: #bf8700; stroke-width: 2.5; }
            svg.org-chart g.removed rect { fill: #ffc9c9; stroke: #b42318; stroke-width: 2.5; }
            svg.org-chart g.inactive rect { stroke-dasharray: 4 3; opacity: 0.6; }
            svg.org-chart text.name { font-size: 12px; font-weight: 600; fill: #1f2328; }
            svg.org-chart text.kind { font-size: 10.5px; fill: #57606a; }
            svg.org-chart text.head { font-size: 10.5px; fill: #1f2328; }
            svg.org-chart text.more { font-size: 10.5px; fill: #57606a; text-anchor: end; }
            svg.metric-chart .axis { fill: none; stroke: #8c959f; stroke-width: 1; }
            svg.metric-chart .series { fill: none; stroke: #0969da; stroke-width: 2; }
            svg.metric-chart circle { fill: #0969da; }
            svg.metric-chart text.tick { font-size: 10px; fill: #57606a; }
            svg.metric-chart text.y { text-anchor: end; }
            svg.metric-chart text.x-end { text-anchor: end; }
            footer { margin-top: 32px; color: #8c959f; font-size: 12px; }
            """;
}
