package org.bomay.io.html;

import static org.bomay.io.html.ReportFixture.SVG;
import static org.bomay.io.html.ReportFixture.elements;
import static org.bomay.io.html.ReportFixture.orgCharts;
import static org.bomay.io.html.ReportFixture.parse;
import static org.bomay.io.html.ReportFixture.withClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.SyntheticCountry;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TreeChartTest {
    private static final OrgStructure SMALL = SyntheticCountry.builder().provinces(1).districtsPerProvince(2).communesPerDistrict(2)
            .villagesPerCommune(2).build().structure();

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void chart_boxesDoNotOverlap() throws Exception {
        Element chart = orgCharts(parse(HtmlReport.of(SMALL).maxDepth(4).maxNodes(120).render())).get(0);
        List<Element> rects = elements(chart, SVG, "rect");
        assertTrue(rects.size() > 20, "boxes " + rects.size());
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                boolean apart = Math.abs(number(rects.get(i), "x") - number(rects.get(j), "x")) >= TreeChart.BOX_W
                        || Math.abs(number(rects.get(i), "y") - number(rects.get(j), "y")) >= TreeChart.BOX_H;
                assertTrue(apart, "boxes " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void chart_putsParentsOneRowAboveTheirChildrenAndWithinTheirSpan() throws Exception {
        Element chart = orgCharts(parse(HtmlReport.of(SMALL).maxDepth(4).maxNodes(120).render())).get(0);
        Map<String, Element> boxes = new HashMap<>();
        withClass(elements(chart, SVG, "g"), "unit").forEach(g -> boxes.put(g.getAttribute("data-unit"), g));
        int checked = 0;
        for (Element g : boxes.values()) {
            Unit parent = SMALL.parent(UnitId.of(g.getAttribute("data-unit"))).orElse(null);
            if (parent == null || !boxes.containsKey(parent.id().toString())) {
                continue;
            }
            Element child = elements(g, SVG, "rect").get(0);
            Element up = elements(boxes.get(parent.id().toString()), SVG, "rect").get(0);
            assertTrue(number(up, "y") < number(child, "y"));
            List<Element> siblings = SMALL.children(parent.id()).stream().map(u -> boxes.get(u.id().toString()))
                    .filter(Objects::nonNull).map(b -> elements(b, SVG, "rect").get(0)).toList();
            double min = siblings.stream().mapToDouble(r -> number(r, "x")).min().orElseThrow();
            double max = siblings.stream().mapToDouble(r -> number(r, "x")).max().orElseThrow();
            assertTrue(number(up, "x") >= min && number(up, "x") <= max, "parent over its children");
            checked++;
        }
        assertTrue(checked > 20);
        // one path per parent-child pair shown
        assertEquals(checked, elements(withClass(elements(chart, SVG, "g"), "links").get(0), SVG, "path").size());
    }

    @Test
    void chart_ofABigStructureIsCappedWithANote() throws Exception {
        OrgStructure s = SyntheticCountry.builder().provinces(3).districtsPerProvince(4).communesPerDistrict(5).villagesPerCommune(4)
                .build().structure();
        assertTrue(s.unitCount() > 1000, "units " + s.unitCount());
        String html = HtmlReport.of(s).maxDepth(10).render();
        Document d = parse(html);
        List<Element> boxes = withClass(elements(orgCharts(d).get(0), SVG, "g"), "unit");
        assertEquals(HtmlReport.DEFAULT_MAX_NODES, boxes.size());
        assertTrue(d.getDocumentElement().getTextContent().contains("Hiển thị 150 trên " + s.unitCount() + " đơn vị"));
        assertTrue(html.length() < 400_000, "size " + html.length());
        Document small = parse(HtmlReport.of(s).maxNodes(10).render());
        assertEquals(10, withClass(elements(orgCharts(small).get(0), SVG, "g"), "unit").size());
    }
}
