package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.SingleHead;
import org.bomay.core.rules.types.StaffWithinQuota;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.sim.TimelineEntry;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultDocumentTest {
    static final LocalDate BASE = LocalDate.of(2019, 1, 1);
    static final LocalDate MERGER_DAY = LocalDate.of(2019, 7, 1);
    static final LocalDate REDUCE_DAY = LocalDate.of(2020, 1, 1);
    static final UnitId KB = UnitId.of("kb"), UBND = UnitId.of("kb.ubnd"), NV = UnitId.of("kb.nv"), TC = UnitId.of("kb.tc"),
            VP = UnitId.of("kb.vp"), NVTC = UnitId.of("kb.nvtc");
    static final String VP_NAME = "Văn phòng \"HĐND\" và UBND <b>";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A district UBND with two offices (kb.nv: 2 deputies; kb.tc: 1) and an office over its quota
     * (kb.vp, 13 staff for 12). People are fictitious.
     */
    static OrgStructure baseline() {
        Period since = Period.from(LocalDate.of(2015, 1, 1));
        OrgStructure.Builder b = OrgStructure.builder(BASE)
                .add(Unit.builder(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).build())
                .add(Unit.builder(UBND, "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT).territory(KB).build())
                .add(Unit.builder(NV, "Phòng Nội vụ", VnKinds.PHONG, Level.DISTRICT).territory(KB).staffQuota(6).actualStaff(6).build(), UBND)
                .add(Unit.builder(TC, "Phòng Tài chính – Kế hoạch", VnKinds.PHONG, Level.DISTRICT).territory(KB).staffQuota(8)
                        .actualStaff(7).build(), UBND)
                .add(Unit.builder(VP, VP_NAME, VnKinds.VAN_PHONG_HDND_UBND, Level.DISTRICT).territory(KB).staffQuota(12)
                        .actualStaff(13).build(), UBND)
                .add(Post.of(PostId.of("kb.ubnd.ct"), UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(PostId.of("kb.nv.tp"), NV, PostRole.HEAD, "Trưởng phòng Nội vụ"))
                .add(new Post(PostId.of("kb.nv.pp"), NV, PostRole.DEPUTY, "Phó Trưởng phòng Nội vụ", 3))
                .add(Post.of(PostId.of("kb.tc.tp"), TC, PostRole.HEAD, "Trưởng phòng Tài chính – Kế hoạch"))
                .add(new Post(PostId.of("kb.tc.pp"), TC, PostRole.DEPUTY, "Phó Trưởng phòng Tài chính – Kế hoạch", 3))
                .add(Post.of(PostId.of("kb.vp.cvp"), VP, PostRole.HEAD, "Chánh Văn phòng"));
        String[][] people = {{"p.oanh", "Bùi Thị Oanh", "kb.ubnd.ct"}, {"p.son", "Lý Văn Sơn", "kb.nv.tp"},
            {"p.tam", "Mai Thị Tâm", "kb.nv.pp"}, {"p.uyen", "Hồ Thị Uyên", "kb.nv.pp"}, {"p.van", "Dương Thị Vân", "kb.tc.tp"},
            {"p.xuan", "Phan Văn Xuân", "kb.tc.pp"}, {"p.yen", "Tạ Thị Yến", "kb.vp.cvp"}};
        for (String[] p : people) {
            b.add(Person.of(PersonId.of(p[0]), p[1], true)).add(Tenure.main(PersonId.of(p[0]), PostId.of(p[2]), since));
        }
        return b.build();
    }

    static RulePack pack() {
        return RulePack.of("Thử nghiệm",
                DeputyCap.of(RuleInfo.of("t.cap-pho", "Tối đa 02 cấp phó mỗi phòng", "At most 2 deputies per office",
                        LegalBasis.of("108/2020/NĐ-CP"), Period.ALWAYS), Selector.kinds(VnKinds.PHONG, VnKinds.VAN_PHONG_HDND_UBND), 2),
                StaffWithinQuota.of(RuleInfo.structural("t.bien-che", "Không vượt biên chế", "Staff within quota"), Selector.any()),
                SingleHead.of(RuleInfo.structural("t.mot-nguoi", "Một người đứng đầu", "One head").withSeverity(Severity.WARNING),
                        Selector.any()));
    }

    static Step merger() {
        return Step.builder("office-merger", MERGER_DAY, "Hợp nhất Phòng Nội vụ và Phòng Tài chính – Kế hoạch")
                .change(Merge.of(MERGER_DAY, List.of(NV, TC), Unit.builder(NVTC, "Phòng Nội vụ – Tài chính", VnKinds.PHONG,
                        Level.DISTRICT).territory(KB).build()).withHead(PersonId.of("p.son")))
                .lead("UBND huyện").status(Step.Status.APPROVED).basis(LegalBasis.of("18-NQ/TW")).build();
    }

    static Step reduce() {
        return Step.of("reduce", REDUCE_DAY, "Tinh giản biên chế Văn phòng", ReduceStaff.of(REDUCE_DAY, VP, 2));
    }

    static Scenario scenario() {
        return Scenario.builder("Sắp xếp \"phòng\" 2019", baseline()).step(merger()).step(reduce())
                .target(Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, -1, Target.Basis.CHANGE,
                        LocalDate.of(2019, 12, 31)).named("Giảm ít nhất 1 đầu mối"))
                .target(Target.reduction(Metrics.staffActual(), 10, LocalDate.of(2020, 12, 31)))
                .target(Target.atMost(Metrics.deputiesOverCap(), 0, LocalDate.of(2020, 12, 31)).within(Selector.kinds(VnKinds.PHONG)))
                .build();
    }

    static SimulationResult run() {
        return Simulation.of(pack()).run(scenario());
    }

    static List<String> fieldNames(JsonNode o) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> i = o.fieldNames(); i.hasNext();) {
            out.add(i.next());
        }
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void header_andSummary() throws Exception {
        SimulationResult r = run();
        String text = Documents.json().write(r);
        assertTrue(text.startsWith("{\n  \"format\" : \"bomay/1\",\n  \"type\" : \"result\",\n  \"scenario\" : \"Sắp xếp \\\"phòng\\\" 2019\""),
                text);
        JsonNode doc = JSON.readTree(text);
        assertEquals(List.of("format", "type", "scenario", "rules", "baselineDate", "finalDate", "stopped", "failures", "targetsMet",
                "timeline", "targets", "finalViolations"), fieldNames(doc));
        assertEquals("Sắp xếp \"phòng\" 2019", doc.get("scenario").asText());
        assertEquals("Thử nghiệm", doc.get("rules").asText());
        assertEquals("2019-01-01", doc.get("baselineDate").asText());
        assertEquals("2020-01-01", doc.get("finalDate").asText());
        assertFalse(doc.get("stopped").asBoolean());
        assertEquals(0, doc.get("failures").asInt());
        assertEquals(1, doc.get("targetsMet").asInt());
    }

    @Test
    void timeline_entriesEventsAndViolations() throws Exception {
        SimulationResult r = run();
        JsonNode timeline = JSON.readTree(Documents.json().write(r)).get("timeline");
        assertEquals(3, timeline.size());
        assertEquals(r.timeline().size(), timeline.size());
        assertEquals(List.of("BASELINE", "STEP", "STEP"), List.of(timeline.get(0).get("kind").asText(), timeline.get(1).get("kind").asText(),
                timeline.get(2).get("kind").asText()));
        JsonNode base = timeline.get(0);
        assertNull(base.get("step"));
        assertEquals("baseline", base.get("label").asText());
        assertEquals(0, base.get("events").size());

        JsonNode m = timeline.get(1);
        assertEquals("2019-07-01", m.get("date").asText());
        assertEquals("office-merger", m.get("step").asText());
        assertEquals("APPROVED", m.get("status").asText());
        assertEquals("Hợp nhất Phòng Nội vụ và Phòng Tài chính – Kế hoạch", m.get("label").asText());
        assertEquals("APPLIED", m.get("outcome").asText());
        assertNull(m.get("failure"));
        JsonNode ev = m.get("events").get(0);
        assertEquals("MERGE", ev.get("type").asText());
        assertEquals("2019-07-01", ev.get("effective").asText());
        assertEquals(List.of("kb.nv", "kb.tc"), texts(ev.get("originals")));
        assertEquals(List.of("kb.nvtc"), texts(ev.get("results")));
        assertEquals(r.entry("office-merger").events().get(0).change().orElseThrow().summary(), ev.get("summary").asText());

        JsonNode cap = null;
        for (JsonNode v : m.get("appeared")) {
            if (v.get("rule").asText().equals("t.cap-pho")) {
                cap = v;
            }
        }
        assertTrue(cap != null, m.toString());
        assertEquals("ERROR", cap.get("severity").asText());
        assertEquals("kb.nvtc", cap.get("units").get(0).asText());
        assertTrue(cap.get("caused").asBoolean(), "the merger caused it");
        assertEquals("108/2020/NĐ-CP", cap.get("source").asText());
        assertEquals(List.of("rule", "severity", "units", "posts", "people", "messageVi", "messageEn", "source", "caused"), fieldNames(cap));

        JsonNode reduce = timeline.get(2);
        assertEquals(1, reduce.get("resolved").size());
        JsonNode quota = reduce.get("resolved").get(0);
        assertEquals("t.bien-che", quota.get("rule").asText());
        Violation resolved = r.entry("reduce").resolved().get(0);
        assertEquals(resolved.messageVi(), quota.get("messageVi").asText(), "quotes, <, > and Vietnamese read back as written");
        assertTrue(quota.get("messageVi").asText().startsWith(VP_NAME), quota.toString());
        assertNull(quota.get("caused"), "only appeared violations say whether the entry caused them");
        assertEquals(r.entry("reduce").validation().count(Severity.ERROR), reduce.get("violationCounts").get("ERROR").asInt());
    }

    @Test
    void metrics_areEveryValueInKeyOrder() throws Exception {
        SimulationResult r = run();
        JsonNode timeline = JSON.readTree(Documents.json().write(r)).get("timeline");
        for (int i = 0; i < r.timeline().size(); i++) {
            Map<String, Double> expected = r.timeline().get(i).measurements().asMap();
            JsonNode metrics = timeline.get(i).get("metrics");
            assertEquals(new ArrayList<>(expected.keySet()), fieldNames(metrics), "in the order the metrics gave them");
            for (Map.Entry<String, Double> e : expected.entrySet()) {
                assertEquals(e.getValue(), metrics.get(e.getKey()).asDouble(), 0.0, e.getKey());
            }
        }
        assertEquals(4, timeline.get(0).get("metrics").get("units").asInt());
        assertTrue(timeline.get(0).get("metrics").get("units").isIntegralNumber(), "whole numbers without a fraction");
        assertEquals(3, timeline.get(1).get("metrics").get("units").asInt());
        assertEquals(26, timeline.get(0).get("metrics").get("staff.actual").asInt());
        assertEquals(24, timeline.get(2).get("metrics").get("staff.actual").asInt());
    }

    @Test
    void targets_statusValuesAndDates() throws Exception {
        SimulationResult r = run();
        JsonNode targets = JSON.readTree(Documents.json().write(r)).get("targets");
        assertEquals(3, targets.size());
        JsonNode units = targets.get(0);
        assertEquals("Giảm ít nhất 1 đầu mối", units.get("label").asText());
        assertEquals("units", units.get("metric").asText());
        assertEquals("AT_MOST", units.get("comparator").asText());
        assertEquals(-1, units.get("threshold").asInt());
        assertEquals("CHANGE", units.get("basis").asText());
        assertEquals("2019-12-31", units.get("deadline").asText());
        assertEquals("MET", units.get("status").asText());
        assertEquals(3, units.get("value").asInt());
        assertEquals(4, units.get("baseline").asInt());
        assertEquals(-1, units.get("compared").asInt());
        assertEquals("2019-07-01", units.get("metSince").asText());
        assertNull(units.get("scope"));

        JsonNode staff = targets.get(1);
        assertEquals("MISSED", staff.get("status").asText());
        assertEquals("PERCENT", staff.get("basis").asText());
        assertEquals(-10, staff.get("threshold").asInt());
        assertEquals(r.targets().get(1).compared().getAsDouble(), staff.get("compared").asDouble(), 0.0);
        assertTrue(staff.get("compared").isFloatingPointNumber(), staff.toString());
        assertNull(staff.get("metSince"));

        JsonNode deputies = targets.get(2);
        assertEquals(r.targets().get(2).status().name(), deputies.get("status").asText());
        assertEquals(List.of("VN.PHONG"), texts(deputies.get("scope").get("kinds")));
    }

    @Test
    void finalViolations_andOptionalFinalStructure() throws Exception {
        SimulationResult r = run();
        JsonNode doc = JSON.readTree(Documents.json().write(r));
        assertEquals(r.finalValidation().size(), doc.get("finalViolations").size());
        assertNull(doc.get("finalStructure"), "only on request");

        String with = Documents.json().write(r, true);
        ObjectNode s = (ObjectNode) JSON.readTree(with).get("finalStructure");
        ObjectNode structureDoc = JSON.createObjectNode().put("format", "bomay/1").put("type", "structure");
        structureDoc.setAll(s);
        assertEquals(r.finalStructure(), Documents.json().readStructure(JSON.writeValueAsString(structureDoc)),
                "the final structure is written as in a structure document");
    }

    @Test
    void output_isDeterministic_andTheSameInYaml() throws Exception {
        String a = Documents.json().write(run(), true);
        String b = Documents.json().write(run(), true);
        assertEquals(a, b, "two runs of the same scenario write the same text");
        String yaml = Documents.yaml().write(run(), true);
        assertEquals(yaml, Documents.yaml().write(run(), true));
        assertEquals(JSON.readTree(a), new YAMLMapper().readTree(yaml), "JSON and YAML hold the same document");
        assertFalse(a.contains("\\u"), "UTF-8 text is written as is");
        assertTrue(a.contains("Văn phòng \\\"HĐND\\\" và UBND <b>"), "quotes are escaped, the rest written as is");
    }

    @Test
    void stoppedRun_reportsTheFailureAndWhatWasNotRun(@TempDir Path dir) throws Exception {
        LocalDate bad = LocalDate.of(2020, 3, 1);
        Scenario s = scenario().branch("Nhánh lỗi")
                .step(Step.of("bad", bad, "Tinh giản phòng đã hợp nhất", ReduceStaff.of(bad, NV, 1)))
                .step(Step.of("later", LocalDate.of(2020, 6, 1), "Tinh giản tiếp", ReduceStaff.of(LocalDate.of(2020, 6, 1), VP, 1)))
                .build();
        SimulationResult r = Simulation.of(pack()).run(s);
        Path f = dir.resolve("result.json");
        Documents.json().write(r, f);
        JsonNode doc = JSON.readTree(Files.readString(f));
        assertEquals("Nhánh lỗi", doc.get("scenario").asText());
        assertEquals("Sắp xếp \"phòng\" 2019", doc.get("parent").asText());
        assertTrue(doc.get("stopped").asBoolean());
        assertEquals(1, doc.get("failures").asInt());
        JsonNode timeline = doc.get("timeline");
        assertEquals(5, timeline.size());
        JsonNode failed = timeline.get(3);
        assertEquals("bad", failed.get("step").asText());
        assertEquals("FAILED", failed.get("outcome").asText());
        assertEquals(r.entry("bad").failure().orElseThrow(), failed.get("failure").asText());
        assertTrue(failed.get("failure").asText().contains("kb.nv"), failed.toString());
        assertEquals(0, failed.get("events").size());
        assertEquals(TimelineEntry.Outcome.NOT_RUN.name(), timeline.get(4).get("outcome").asText());
        assertEquals("NOT_EVALUATED", doc.get("targets").get(1).get("status").asText());
        assertNull(doc.get("targets").get(1).get("value"));
        assertNull(doc.get("targets").get(1).get("compared"));
    }
}
