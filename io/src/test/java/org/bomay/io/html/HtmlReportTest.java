package org.bomay.io.html;

import static org.bomay.io.html.ReportFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bomay.core.BomayException;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Language;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {

    private static String structureReport() {
        OrgStructure s = structure();
        return HtmlReport.of(s).validation(Validator.of(pack()).validate(s)).render();
    }

    private static String simulationReport() {
        return HtmlReport.of(result()).render();
    }

    // ------------------------------------------------------------------ well-formed, self-contained

    @Test
    void structureReport_isWellFormedXhtml() throws Exception {
        String html = structureReport();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">"), html.substring(0, 80));
        Document d = parse(html);
        Element root = d.getDocumentElement();
        assertEquals(XHTML, root.getNamespaceURI());
        assertEquals("html", root.getLocalName());
        assertEquals("vi", root.getAttribute("lang"));
        assertEquals("UTF-8", elements(root, XHTML, "meta").get(0).getAttribute("charset"));
        assertEquals(1, orgCharts(d).size());
        assertEquals(SVG, orgCharts(d).get(0).getNamespaceURI());
        assertEquals("Cơ cấu tổ chức ngày 2019-01-01", elements(root, XHTML, "title").get(0).getTextContent());
    }

    @Test
    void simulationReport_isWellFormedXhtml() throws Exception {
        Document d = parse(simulationReport());
        Element root = d.getDocumentElement();
        assertEquals(XHTML, root.getNamespaceURI());
        assertEquals(2, orgCharts(d).size());
        for (String id : List.of("summary", "metrics", "org-chart", "changes", "timeline", "targets", "violations")) {
            assertTrue(elements(root, XHTML, "section").stream().anyMatch(s -> s.getAttribute("id").equals(id)), id);
        }
        assertTrue(elements(root, SVG, "svg").stream().allMatch(s -> s.getAttribute("xmlns").equals(SVG) || SVG.equals(s.getNamespaceURI())));
    }

    @Test
    void report_loadsNothing() {
        for (String html : List.of(structureReport(), simulationReport())) {
            String rest = html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "").replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assertFalse(rest.contains("http://"), "http:// outside the namespaces");
            assertFalse(rest.contains("https://"), "https://");
            String lower = rest.toLowerCase(Locale.ROOT);
            for (String s : List.of("<script", "src=", "href=", "@import", "url(", "<link", "<img", "<iframe", "<object")) {
                assertFalse(lower.contains(s), s);
            }
        }
    }

    // ------------------------------------------------------------------ escaping

    @Test
    void report_escapesTextFromData() throws Exception {
        for (String html : List.of(structureReport(), simulationReport())) {
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
            assertTrue(html.contains("Ban &quot;Tuyên giáo&quot; &amp; &#39;Dân vận&#39;"));
            assertTrue(html.contains("O&#39;Brien &quot;Tý&quot; &lt;b&gt;"));
            Document d = parse(html);
            assertEquals(0, d.getElementsByTagNameNS("*", "script").getLength());
            assertEquals(0, d.getElementsByTagNameNS("*", "b").getLength());
            String text = d.getDocumentElement().getTextContent();
            assertTrue(text.contains(HOSTILE), "the hostile name is shown as text");
            assertTrue(text.contains(QUOTED));
            assertTrue(text.contains(PERSON));
        }
        String sim = simulationReport();
        assertTrue(sim.contains("Chương trình &lt;thử&gt; &amp; &quot;kiểm tra&quot;"));
        assertTrue(sim.contains("Hợp nhất &lt;i&gt;phòng&lt;/i&gt; &amp; &quot;sáp nhập&quot;"));
        assertEquals(0, parse(sim).getElementsByTagNameNS("*", "i").getLength());
    }

    // ------------------------------------------------------------------ the structure report

    @Test
    void structureReport_showsCountsChartAndViolations() throws Exception {
        OrgStructure s = structure();
        ValidationResult v = Validator.of(pack()).validate(s);
        Document d = parse(HtmlReport.of(v).render());
        Element counts = table(d, "counts");
        assertTrue(rows(counts).get(0).getTextContent().contains(Integer.toString(s.counts().units())));
        // every unit is within the default depth and cap
        Element chart = orgCharts(d).get(0);
        assertEquals(s.unitCount(), withClass(elements(chart, SVG, "g"), "unit").size());
        assertTrue(hasClass(box(chart, HU), "party"));
        assertTrue(hasClass(box(chart, UBND), "state"));
        assertTrue(hasClass(box(chart, KB), "territory"));
        assertTrue(box(chart, BTC).getTextContent().contains(PERSON), "the head's name is in the box");
        // the violations: kb.vp over its deputy cap and its quota, kb.hu.x over its quota
        List<Element> rows = rows(table(d, "violations"));
        assertEquals(v.size(), rows.size());
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(r -> hasClass(r, "error")));
        assertTrue(rows.stream().anyMatch(r -> r.getAttribute("data-rule").equals(CAP_PHO) && r.getTextContent().contains("kb.vp")));
        assertTrue(rows.stream().anyMatch(r -> r.getAttribute("data-rule").equals(BIEN_CHE) && r.getTextContent().contains(HOSTILE)));
        assertTrue(rows.get(0).getTextContent().contains(v.violations().get(0).messageVi()));
    }

    @Test
    void structureReport_marksUnitsNotInForce() throws Exception {
        OrgStructure s = structure().toBuilder().add(Unit.builder(UnitId.of("kb.tkn"), "Trạm Khuyến nông", VnKinds.TRAM, Level.DISTRICT)
                .territory(KB).validity(Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2018, 3, 1))).build(), UBND).build();
        Document d = parse(HtmlReport.of(s).render());
        Element g = box(orgCharts(d).get(0), UnitId.of("kb.tkn"));
        assertTrue(hasClass(g, "inactive") && hasClass(g, "state"), g.getAttribute("class"));
        assertTrue(g.getTextContent().contains("Không hiệu lực ngày 2019-01-01"));
        assertTrue(d.getDocumentElement().getTextContent().contains("1 units not in force on 2019-01-01 are counted above"));
        assertFalse(parse(HtmlReport.of(structure()).render()).getDocumentElement().getTextContent().contains("not in force"));
    }

    @Test
    void structureReport_withoutValidation_hasNoViolationsSection() throws Exception {
        Document d = parse(HtmlReport.of(structure()).title("Kim Bảng").render());
        assertTrue(elements(d.getDocumentElement(), XHTML, "section").stream().noneMatch(s -> s.getAttribute("id").equals("violations")));
        assertEquals("Kim Bảng", elements(d.getDocumentElement(), XHTML, "h1").get(0).getTextContent());
    }

    @Test
    void language_givesViolationMessagesInEnglish() throws Exception {
        OrgStructure s = structure();
        ValidationResult v = Validator.of(pack()).validate(s);
        String html = HtmlReport.of(v).language(Language.ENGLISH).render();
        Document d = parse(html);
        assertTrue(rows(table(d, "violations")).get(0).getTextContent().contains(v.violations().get(0).messageEn()));
    }

    @Test
    void subtree_chartsTheRootDownToTheDepth() throws Exception {
        Document d = parse(HtmlReport.of(structure()).subtree(UBND).maxDepth(0).render());
        Element chart = orgCharts(d).get(0);
        List<Element> boxes = withClass(elements(chart, SVG, "g"), "unit");
        assertEquals(1, boxes.size());
        assertEquals("kb.ubnd", boxes.get(0).getAttribute("data-unit"));
        assertEquals("▸ 3", withClass(elements(chart, SVG, "text"), "more").get(0).getTextContent());
        assertTrue(d.getDocumentElement().getTextContent().contains("Hiển thị 1 trên 4 đơn vị"));

        Document d1 = parse(HtmlReport.of(structure()).subtree(HU).maxDepth(1).render());
        List<String> ids = withClass(elements(orgCharts(d1).get(0), SVG, "g"), "unit").stream().map(g -> g.getAttribute("data-unit")).toList();
        assertEquals(List.of("kb.hu", "kb.hu.btc", "kb.hu.bdv", "kb.hu.x"), ids);
    }

    // ------------------------------------------------------------------ the simulation report

    @Test
    void simulationReport_highlightsChangedUnits() throws Exception {
        Document d = parse(simulationReport());
        Element before = orgCharts(d).get(0);
        Element after = orgCharts(d).get(1);
        // the merger: kb.nv and kb.tc removed (red, in the chart before), kb.nvtc added (green, in the chart after)
        assertTrue(hasClass(box(before, NV), "removed"));
        assertTrue(hasClass(box(before, TC), "removed"));
        assertTrue(hasClass(box(after, NVTC), "added"));
        assertTrue(elements(after, SVG, "g").stream().noneMatch(g -> g.getAttribute("data-unit").equals("kb.nv")));
        assertTrue(elements(before, SVG, "g").stream().noneMatch(g -> g.getAttribute("data-unit").equals("kb.nvtc")));
        // the renamed board and the office whose staff fell are amber in both
        assertTrue(hasClass(box(before, BDV), "changed"));
        assertTrue(hasClass(box(after, BDV), "changed"));
        assertTrue(box(after, BDV).getTextContent().contains("Đổi tên (renamed): " + QUOTED + " → Ban Dân vận Huyện ủy"));
        assertTrue(hasClass(box(after, VP), "changed"));
        assertTrue(box(after, VP).getTextContent().contains("Biên chế thực có (actual staff): 13 → 11"));
        // the rest is left alone
        for (UnitId id : List.of(HU, BTC, X, KB, X1)) {
            Element g = box(after, id);
            assertFalse(hasClass(g, "added") || hasClass(g, "changed") || hasClass(g, "removed"), id.toString());
        }
        List<Element> changes = rows(table(d, "changes"));
        assertEquals(List.of("added", "removed", "removed", "changed", "changed"),
                changes.stream().map(r -> r.getAttribute("class")).toList());
        assertEquals(List.of("kb.nvtc", "kb.nv", "kb.tc", "kb.hu.bdv", "kb.vp"),
                changes.stream().map(r -> r.getAttribute("data-unit")).toList());
    }

    @Test
    void simulationReport_showsTargetsMetAndMissed() throws Exception {
        SimulationResult r = result();
        Document d = parse(HtmlReport.of(r).render());
        List<Element> rows = rows(table(d, "targets"));
        assertEquals(2, rows.size());
        Element met = rows.get(0);
        Element missed = rows.get(1);
        assertTrue(hasClass(met, "met"));
        assertEquals("MET", status(met));
        assertTrue(met.getTextContent().contains("Giảm đầu mối"));
        assertTrue(met.getTextContent().contains(MERGER_DAY.toString()), "met since the merger");
        assertTrue(met.getTextContent().contains(DEADLINE.toString()));
        assertTrue(hasClass(missed, "missed"));
        assertEquals("MISSED", status(missed));
        assertTrue(missed.getTextContent().contains("Tinh giản <10%>"));
        assertTrue(missed.getTextContent().contains("Δ ≤ −10%"));
        assertEquals(r.target("Tinh giản <10%>").value().getAsDouble(),
                Double.parseDouble(withClass(elements(missed, XHTML, "td"), "value").get(0).getTextContent()));
    }

    @Test
    void simulationReport_showsAFailedStepAndTargetsNotEvaluated() throws Exception {
        LocalDate day = LocalDate.of(2019, 9, 1);
        Scenario failing = scenario().branch("Có bước lỗi <x>")
                .step(Step.of("bad", day, "Điều chuyển đơn vị không có", Transfer.of(day, UnitId.of("kb.khong-co"), HU))).build();
        SimulationResult r = Simulation.of(pack()).run(failing);
        Document d = parse(HtmlReport.of(r).render());
        List<Element> timeline = rows(table(d, "timeline"));
        Element bad = timeline.stream().filter(e -> e.getTextContent().contains("Điều chuyển")).findFirst().orElseThrow();
        assertTrue(hasClass(bad, "failed"));
        assertTrue(bad.getTextContent().contains(r.entry("bad").failure().orElseThrow()));
        assertTrue(timeline.stream().anyMatch(e -> hasClass(e, "not_run")));
        List<Element> targets = rows(table(d, "targets"));
        assertTrue(targets.stream().allMatch(e -> hasClass(e, "not-evaluated") && status(e).equals("NOT_EVALUATED")));
        assertTrue(d.getDocumentElement().getTextContent().contains("dừng (stopped)"));
        assertTrue(d.getDocumentElement().getTextContent().contains("nhánh của (branch of) " + r.scenario().parent().orElseThrow()));
    }

    private static String status(Element row) {
        return withClass(elements(row, XHTML, "td"), "status").get(0).getTextContent();
    }

    @Test
    void simulationReport_showsTheTimeline() throws Exception {
        SimulationResult r = result();
        Document d = parse(HtmlReport.of(r).render());
        List<Element> rows = rows(table(d, "timeline"));
        assertEquals(r.timeline().size(), rows.size());
        assertEquals(List.of("BASELINE", "STEP", "STEP", "STEP"), rows.stream().map(e -> e.getAttribute("data-kind")).toList());
        assertTrue(rows.stream().allMatch(e -> hasClass(e, "applied")));
        assertTrue(rows.get(1).getTextContent().contains("office-merger"));
        assertTrue(rows.get(1).getTextContent().contains(STEP_LABEL));
        assertTrue(rows.get(1).getTextContent().contains("đã phê duyệt"));
        // the reduction resolves kb.vp's quota violation
        Element reduce = rows.get(3);
        assertEquals(Integer.toString(r.entry("reduce").resolved().size()),
                withClass(elements(reduce, XHTML, "td"), "resolved").get(0).getTextContent());
        assertTrue(reduce.getTextContent().contains("− " + BIEN_CHE));
        // the final violations
        assertEquals(r.finalValidation().size(), rows(table(d, "violations")).size());
    }

    @Test
    void simulationReport_chartsTheRequestedMetrics() throws Exception {
        SimulationResult r = result();
        List<String> keys = List.of("units", "deputies", "staff.actual", "units.pillar.STATE");
        Document d = parse(HtmlReport.of(r).metrics(keys).render());
        List<Element> charts = withClass(elements(d.getDocumentElement(), SVG, "svg"), "metric-chart");
        assertEquals(keys, charts.stream().map(c -> c.getAttribute("data-metric")).toList());
        for (Element c : charts) {
            assertEquals(r.timeline().size(), elements(c, SVG, "circle").size());
            assertEquals(1, withClass(elements(c, SVG, "path"), "series").size());
        }
        List<String> captions = elements(d.getDocumentElement(), XHTML, "figcaption").stream().map(Element::getTextContent).toList();
        assertEquals("Đầu mối (organizations) units", captions.get(0));
        assertEquals("Đầu mối theo khối (organizations by pillar) · STATE units.pillar.STATE", captions.get(3));
        // the organizations chart steps down at the merger: 10 → 9 (the values are in the tooltips)
        List<String> tips = elements(charts.get(0), SVG, "title").stream().map(Element::getTextContent).toList();
        assertEquals("2019-01-01 baseline: " + fmt(r.baselineMeasurements().get("units")), tips.get(0));
        assertEquals("2019-07-01 office-merger: " + fmt(r.baselineMeasurements().get("units") - 1), tips.get(1));
    }

    private static String fmt(double v) {
        return Long.toString(Math.round(v));
    }

    @Test
    void simulationReport_chartsTheDefaultMetricsThatWereMeasured() throws Exception {
        Document d = parse(simulationReport());
        List<String> keys = withClass(elements(d.getDocumentElement(), SVG, "svg"), "metric-chart").stream()
                .map(c -> c.getAttribute("data-metric")).toList();
        assertEquals(HtmlReport.DEFAULT_METRICS, keys);
        Document none = parse(HtmlReport.of(result()).metrics(List.of()).render());
        assertTrue(withClass(elements(none.getDocumentElement(), SVG, "svg"), "metric-chart").isEmpty());
    }

    @Test
    void simulationReport_subtreeOfARemovedUnitSaysItIsGone() throws Exception {
        Document d = parse(HtmlReport.of(result()).subtree(NV).render());
        assertEquals(1, orgCharts(d).size(), "only the chart before holds kb.nv");
        assertTrue(hasClass(box(orgCharts(d).get(0), NV), "removed"));
        assertTrue(d.getDocumentElement().getTextContent().contains("không có trong cơ cấu ngày " + REDUCE_DAY));
    }

    // ------------------------------------------------------------------ determinism and files

    @Test
    void report_isDeterministic() {
        assertEquals(structureReport(), structureReport());
        assertEquals(simulationReport(), simulationReport());
        HtmlReport r = HtmlReport.of(result()).subtree(UBND).maxDepth(1).metrics("units");
        assertEquals(r.render(), r.render());
    }

    @Test
    void writeTo_writesTheReportInUtf8(@TempDir Path dir) throws Exception {
        HtmlReport r = HtmlReport.of(structure());
        Path f = r.writeTo(dir.resolve("report.html"));
        assertEquals(r.render(), Files.readString(f, StandardCharsets.UTF_8));
        assertTrue(Files.readAllBytes(f).length > r.render().length(), "Vietnamese text takes more bytes than chars in UTF-8");
        BomayException noFile = assertThrows(BomayException.class, () -> r.writeTo(null));
        assertEquals("HtmlReport.writeTo: the file must not be null", noFile.getMessage());
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> r.writeTo(dir.resolve("missing").resolve("report.html")));
        assertTrue(e.getMessage().contains("missing"));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void subtree_rejectsAnUnknownRootNamingIt() {
        BomayException e = assertThrows(BomayException.class, () -> HtmlReport.of(structure()).subtree(UnitId.of("kb.khong-co")));
        assertTrue(e.getMessage().contains("kb.khong-co"), e.getMessage());
        assertTrue(e.getMessage().contains("2019-01-01"), e.getMessage());
        assertTrue(e.getMessage().contains("[kb, kb.hu, kb.ubnd]"), e.getMessage());
        BomayException s = assertThrows(BomayException.class, () -> HtmlReport.of(result()).subtree(UnitId.of("kb.khong-co")));
        assertTrue(s.getMessage().contains("kb.khong-co") && s.getMessage().contains("neither in the baseline"), s.getMessage());
    }

    @Test
    void nullArguments_areRejectedWithMessages() {
        HtmlReport r = HtmlReport.of(structure());
        HtmlReport sim = HtmlReport.of(result());
        rejects("HtmlReport.of: the structure must not be null", () -> HtmlReport.of((OrgStructure) null));
        rejects("HtmlReport.of: the validation must not be null", () -> HtmlReport.of((ValidationResult) null));
        rejects("HtmlReport.of: the simulation result must not be null", () -> HtmlReport.of((SimulationResult) null));
        rejects("HtmlReport.title: the title must not be null", () -> r.title(null));
        rejects("HtmlReport.subtree: the root unit", () -> r.subtree(null));
        rejects("HtmlReport.validation: the validation must not be null", () -> r.validation(null));
        rejects("HtmlReport.metrics: the keys must not be null", () -> sim.metrics((String[]) null));
        rejects("HtmlReport.metrics: the keys must not be null", () -> sim.metrics((List<String>) null));
        rejects("HtmlReport.metrics: key 1 of 2 must not be null", () -> sim.metrics("units", null));
        rejects("HtmlReport.language: the language must not be null", () -> r.language(null));
    }

    @Test
    void options_rejectBadValues() {
        HtmlReport r = HtmlReport.of(structure());
        HtmlReport sim = HtmlReport.of(result());
        rejects("HtmlReport.title: the title must not be blank", () -> r.title("  "));
        rejects("HtmlReport.maxDepth: the depth must be 0 or more, was -1", () -> r.maxDepth(-1));
        rejects("HtmlReport.maxNodes: the number of boxes must be 1 or more, was 0", () -> r.maxNodes(0));
        rejects("measured no metric units.nowhere; the keys are [units, ", () -> sim.metrics("units.nowhere"));
        rejects("a structure report has no timeline", () -> r.metrics("units"));
        rejects("a simulation report shows the result's final validation", () -> sim.validation(Validator.of(pack()).validate(structure())));
        OrgStructure other = structure().withDate(LOCAL_OTHER);
        rejects("the validation is of another structure (of 2019-06-01)", () -> r.validation(Validator.of(pack()).validate(other)));
    }

    private static final LocalDate LOCAL_OTHER = LocalDate.of(2019, 6, 1);

    private static void rejects(String message, Executable call) {
        BomayException e = assertThrows(BomayException.class, call);
        assertTrue(e.getMessage().contains(message), () -> "expected «" + message + "» in «" + e.getMessage() + "»");
    }

    @Test
    void options_returnCopies() {
        HtmlReport r = HtmlReport.of(structure());
        HtmlReport deep = r.maxDepth(0);
        assertEquals("HtmlReport[structure of 2019-01-01, roots, depth 3, at most 150 boxes]", r.toString());
        assertEquals("HtmlReport[structure of 2019-01-01, roots, depth 0, at most 150 boxes]", deep.toString());
        assertFalse(r.render().equals(deep.render()));
        assertEquals("HtmlReport[structure of 2019-01-01, subtree kb.hu, depth 3, at most 150 boxes]", r.subtree(HU).toString());
    }
}
