package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.sim.Attrition;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.io.Documents;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioDocumentTest {
    static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
    static final Selector DISTRICT = Selector.any().within(HistoryFixture.KB);

    /** A metric of the caller's own: heads in office. */
    static final Metric HEADS = Metric.of("heads", "Người đứng đầu", ctx -> ctx.organizations().stream()
            .mapToInt(u -> ctx.structure().heads(u.id()).size()).sum());

    /** The fixture's changes as steps, one per date, with every field of a step used somewhere. */
    static List<Step> steps() {
        Map<LocalDate, List<Change>> byDate = new LinkedHashMap<>();
        for (Change c : HistoryFixture.changes()) {
            byDate.computeIfAbsent(c.effective(), d -> new ArrayList<>()).add(c);
        }
        List<Step> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<LocalDate, List<Change>> e : byDate.entrySet()) {
            Step.Builder b = Step.builder("s" + ++i, e.getKey(), "Bước " + i + ": " + e.getValue().get(0).type().vietnamese())
                    .changes(e.getValue()).status(Step.Status.values()[i % 3]);
            if (i % 2 == 0) {
                b.lead("Ban Tổ chức Huyện ủy").partners("Phòng Nội vụ", "Văn phòng HĐND và UBND");
            }
            if (i % 3 == 0) {
                b.basis(LegalBasis.of("18-NQ/TW", "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy"));
            }
            out.add(b.build());
        }
        return out;
    }

    static List<Target> targets() {
        Metric villageModel = Metrics.coverage(VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_CHI_BO_TRUONG_THON))
                .select("model." + VnRules.MODEL_BI_THU_CHI_BO_TRUONG_THON);
        return List.of(
                Target.atMost(Metrics.deputiesOverCap(), 0, DEADLINE).within(DISTRICT).named("Cấp phó trong khung"),
                Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, -1, Target.Basis.CHANGE, DEADLINE).within(DISTRICT),
                Target.reduction(Metrics.staffActual(), 2.5, DEADLINE).versus(1234).named("Tinh giản 2,5% so với 2015"),
                Target.atLeast(villageModel, 0, DEADLINE),
                Target.exactly(Metrics.organizationsByPillar().select("units.pillar.PARTY"), 5, DEADLINE)
                        .within(Selector.kinds(VnKinds.BAN_TO_CHUC, HistoryFixture.TO_CONG_TAC).levels(Level.DISTRICT)
                                .classes(UnitClass.I).except(Selector.any().pillars(Pillar.FRONT)).attribute("ghi.chu", "thí điểm")),
                Target.atMost(Metrics.violationsOf("vn.nq653-2019.sap-xep-dvhc"), 0, DEADLINE),
                Target.change(Metrics.staffQuota(), Target.Comparator.AT_LEAST, -10.25, Target.Basis.PERCENT, DEADLINE));
    }

    static Scenario scenario() {
        MergerLog log = MergerLog.empty()
                .with(HistoryFixture.VP, LocalDate.of(2015, 7, 1), List.of(UnitId.of("kb.vp.old1"), UnitId.of("kb.vp.old2")))
                .with(new MergerLog.Merger(HistoryFixture.VP, LocalDate.of(2017, 1, 1),
                        com.google.common.collect.ImmutableList.of(HistoryFixture.VP, UnitId.of("kb.vp.x")),
                        com.google.common.collect.ImmutableSet.of(UnitClass.II, UnitClass.I), true))
                .with(UnitId.of("x1"), LocalDate.of(2016, 1, 1), List.of(UnitId.of("x1a"), UnitId.of("x1b"), UnitId.of("x1c")));
        Scenario.Builder b = Scenario.builder("Chương trình \"thử\" 2019–2020", HistoryFixture.structure()).steps(steps())
                .mergers(log)
                .attrition(Attrition.retirementAge(60).and(Attrition.rate(0.03, 2018)).alsoQuota()
                        .within(Selector.any().within(HistoryFixture.KB).withKinds(HistoryFixture.TO_CONG_TAC, VnKinds.PHONG)))
                .until(LocalDate.of(2021, 12, 31));
        targets().forEach(b::target);
        return b.build();
    }

    static final String JSON = Documents.json().write(scenario());

    static FormatException fails(String text) {
        return assertThrows(FormatException.class, () -> Documents.json().readScenario(text));
    }

    static FormatProblem only(FormatException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    // ------------------------------------------------------------------ round trips

    @Test
    void json_writeThenReadIsTheIdentity() {
        Scenario s = scenario();
        assertTrue(JSON.startsWith("{\n  \"format\" : \"bomay/1\",\n  \"type\" : \"scenario\",\n  \"name\" : \"Chương trình \\\"thử\\\" 2019–2020\""),
                JSON);
        Scenario back = Documents.json().readScenario(JSON);
        assertEquals(s, back);
        assertEquals(s.mergers(), back.mergers());
        assertEquals(s.attrition(), back.attrition());
        assertEquals(s.targets(), back.targets());
        assertEquals(JSON, Documents.json().write(back), "writing is deterministic");
    }

    @Test
    void yaml_writeThenReadIsTheIdentity(@TempDir Path dir) {
        Path f = dir.resolve("plan.yaml");
        Documents.yaml().write(scenario(), f);
        Scenario back = Documents.forPath(f).readScenario(f);
        assertEquals(scenario(), back);
        assertEquals(Documents.yaml().write(scenario()), Documents.yaml().write(back));
    }

    @Test
    void readScenario_simulatesLikeTheOriginal() {
        Simulation sim = Simulation.of(VnRules.all()).onFailure(Simulation.OnFailure.SKIP);
        SimulationResult a = sim.run(scenario());
        SimulationResult b = sim.run(Documents.json().readScenario(JSON));
        assertEquals(a.targetTable(), b.targetTable());
        assertEquals(a.timelineTable(), b.timelineTable());
    }

    @Test
    void minimalScenario_roundTrips() {
        Scenario s = Scenario.builder("Trống", HistoryFixture.structure()).build();
        String text = Documents.json().write(s);
        for (String field : List.of("mergers", "attrition", "until", "parent", "kinds")) {
            assertFalse(text.contains("\n  \"" + field + "\""), field + " is left out: " + text);
        }
        assertEquals(s, Documents.json().readScenario(text));
    }

    @Test
    void branch_isWrittenFlattened_withItsParentsName() {
        Scenario parent = scenario();
        Scenario branch = parent.branch("Không hợp nhất").remove("s4").noAttrition().removeTarget("Cấp phó trong khung").build();
        String text = Documents.json().write(branch);
        assertTrue(text.contains("\"parent\" : \"Chương trình \\\"thử\\\" 2019–2020\""), text);
        assertFalse(text.contains("\"id\" : \"s4\""), "the removed step is not written");
        Scenario back = Documents.json().readScenario(text);
        assertEquals(branch, back);
        assertEquals(parent.name(), back.parent().get());
    }

    @Test
    void labels_areWrittenOnlyWhenGiven() {
        assertTrue(JSON.contains("\"label\" : \"Cấp phó trong khung\""));
        assertFalse(JSON.contains("\"label\" : \"units change"), "a default label is not written: it follows the fields");
        assertTrue(JSON.contains("\"threshold\" : -2.5"), JSON);
        assertTrue(JSON.contains("\"threshold\" : -1,"), "whole numbers without a fraction");
        assertTrue(JSON.contains("\"reference\" : 1234"), JSON);
    }

    @Test
    void customMetric_isNamedByKey_andNeedsToBeGivenToWriterAndReader() {
        Target t = Target.atMost(HEADS, 20, DEADLINE).named("Người đứng đầu");
        Scenario s = Scenario.builder("Có chỉ tiêu riêng", HistoryFixture.structure()).target(t).build();
        BomayException e = assertThrows(BomayException.class, () -> Documents.json().write(s));
        assertTrue(e.getMessage().contains("target 'Người đứng đầu'"), e.getMessage());
        assertTrue(e.getMessage().contains("'heads'"), e.getMessage());
        String text = Documents.json().withMetrics(List.of(HEADS)).write(s);
        assertTrue(text.contains("\"metric\" : \"heads\""), text);
        FormatProblem p = only(fails(text));
        assertEquals("/targets/0/metric", p.pointer());
        Scenario back = Documents.json().withMetrics(List.of(HEADS)).readScenario(text);
        assertEquals(s, back);
        assertTrue(back.targets().get(0).metric() == HEADS, "the reader uses the metric given");
    }

    @Test
    void writingAnUnnameableMetric_leavesTheFileAlone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("plan.json");
        Files.writeString(f, "old");
        Scenario s = Scenario.builder("Có chỉ tiêu riêng", HistoryFixture.structure()).target(Target.atMost(HEADS, 20, DEADLINE)).build();
        assertThrows(BomayException.class, () -> Documents.json().write(s, f));
        assertEquals("old", Files.readString(f));
    }

    // ------------------------------------------------------------------ problems

    @Test
    void badStatus_isReported() {
        String bad = JSON.replaceFirst("\"status\" : \"APPROVED\"", "\"status\" : \"FINISHED\"");
        FormatException e = fails(bad);
        FormatProblem p = only(e);
        HistoryDocumentTest.assertLocated(e, "/steps/0/status", HistoryDocumentTest.lineOf(bad, "FINISHED"));
        assertEquals("/steps/0/status", p.pointer());
        assertEquals(HistoryDocumentTest.lineOf(bad, "FINISHED"), p.line());
        assertTrue(p.message().contains("'FINISHED' is not one of [PLANNED, APPROVED, DONE]"), p.message());
    }

    @Test
    void unknownMetricKey_isReportedWithTheKnownKeys() {
        String bad = JSON.replace("\"metric\" : \"deputies.over-cap\"", "\"metric\" : \"deputes.over-cap\"");
        FormatException e = fails(bad);
        FormatProblem p = only(e);
        HistoryDocumentTest.assertLocated(e, "/targets/0/metric", HistoryDocumentTest.lineOf(bad, "deputes.over-cap"));
        assertEquals("/targets/0/metric", p.pointer());
        assertEquals(HistoryDocumentTest.lineOf(bad, "deputes.over-cap"), p.line());
        assertTrue(p.message().contains("unknown metric 'deputes.over-cap'"), p.message());
        assertTrue(p.message().contains("deputies.over-cap"), "lists the known keys: " + p.message());
        assertTrue(p.message().contains("violations.<rule id>"), p.message());
    }

    @Test
    void metricKeys_resolveToEquivalentMetrics() {
        MetricNames names = MetricNames.of(List.of());
        assertEquals("units.level.COMMUNE", names.resolve("units.level.COMMUNE").get().key());
        assertEquals("violations.ERROR", names.resolve("violations.ERROR").get().key());
        assertEquals("violations.vn.x", names.resolve("violations.vn.x").get().key());
        assertEquals("staff.actual", names.resolve("staff.actual").get().key());
        assertTrue(names.resolve("units.bogus").isEmpty(), "units is not a family");
        assertTrue(names.resolve("nothing").isEmpty());
    }

    @Test
    void undoInAStep_isRefused() {
        String bad = JSON.replaceFirst("\"type\" : \"rename\"", "\"type\" : \"undo\"");
        FormatException e = fails(bad);
        assertTrue(e.problems().get(0).pointer().matches("/steps/\\d+/changes/\\d+/type"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("'undo' only in a history's changes"), e.getMessage());
    }

    @Test
    void duplicateStepIds_andChangesOffTheStepsDate_areReported() {
        String dup = JSON.replace("\"id\" : \"s2\"", "\"id\" : \"s1\"");
        FormatProblem p = only(fails(dup));
        assertEquals("/steps/1/id", p.pointer());
        assertTrue(p.message().contains("duplicate step id 's1'"), p.message());

        String moved = JSON.replace("\"date\" : \"2019-03-01\"", "\"date\" : \"2019-03-02\"");
        FormatProblem q = only(fails(moved));
        assertEquals("/steps/1", q.pointer());
        assertTrue(q.message().contains("not on the step's date 2019-03-02"), q.message());
    }

    @Test
    void badTargetsAndAttrition_areEachReported() {
        String bad = JSON.replace("\"comparator\" : \"AT_MOST\"", "\"comparator\" : \"BELOW\"")
                .replace("\"perYear\" : 0.03", "\"perYear\" : 3")
                .replace("\"type\" : \"retirement\"", "\"type\" : \"death\"")
                .replace("\"until\" : \"2021-12-31\"", "\"until\" : \"2018-12-31\"");
        FormatException e = fails(bad);
        List<String> pointers = e.problems().stream().map(FormatProblem::pointer).toList();
        assertTrue(pointers.contains("/targets/0/comparator"), e.getMessage());
        assertTrue(pointers.contains("/attrition/models/0/type"), e.getMessage());
        assertTrue(pointers.contains("/attrition/models/1"), e.getMessage());
        assertTrue(pointers.contains("/until"), e.getMessage());
    }

    @Test
    void branchNamedLikeItsParent_isReported() {
        String bad = JSON.replace("\"until\" : \"2021-12-31\"", "\"parent\" : \"Chương trình \\\"thử\\\" 2019–2020\",\n  \"until\" : \"2021-12-31\"");
        FormatProblem p = only(fails(bad));
        assertEquals("/parent", p.pointer());
        assertTrue(p.message().contains("a branch needs a name of its own"), p.message());
    }

    @Test
    void duplicateTargetLabels_areReported() {
        String bad = JSON.replace("\"label\" : \"Tinh giản 2,5% so với 2015\"", "\"label\" : \"Cấp phó trong khung\"");
        FormatProblem p = only(fails(bad));
        assertEquals("/targets/2", p.pointer());
        assertTrue(p.message().contains("two targets are labelled 'Cấp phó trong khung'"), p.message());
    }

    @Test
    void unknownKindInASelector_isReported() {
        String bad = JSON.replaceFirst("(\"kinds\" : \\[\\s*)\"VN.BAN_TO_CHUC\"", "$1\"VN.BAN_TO_CHUK\"");
        FormatProblem p = only(fails(bad));
        assertTrue(p.pointer().matches("/targets/4/scope/kinds/\\d"), p.toString());
    }

    /**
     * Scenarios generated from testkit's plans: every change a plan produced is a step (some
     * joined in pairs), statuses, agencies, attrition and targets chosen from the plan's choices.
     */
    @Test
    void generatedScenarios_writeThenReadIsTheIdentity_inJsonAndYaml() {
        org.bomay.testkit.PlanGen.check(org.bomay.testkit.PlanGen.plans(org.bomay.testkit.PlanGen.structureConfig(), 1, 8, 10), 25,
                plan -> {
                    Scenario s = generated(plan);
                    assertEquals(s, Documents.json().readScenario(Documents.json().write(s)), "JSON");
                    assertEquals(s, Documents.yaml().readScenario(Documents.yaml().write(s)), "YAML");
                });
    }

    private static Scenario generated(org.bomay.testkit.PlanGen.Plan plan) {
        Step.Status[] statuses = Step.Status.values();
        List<Step> steps = new ArrayList<>();
        int seed = 0;
        for (int i = 0; i < plan.steps().size(); i++) {
            if (plan.produced().get(i).isEmpty()) {
                continue;
            }
            Change c = plan.produced().get(i).get();
            List<Integer> choices = plan.steps().get(i).choices();
            int d = choices.get(choices.size() - 1);
            seed = seed * 31 + d;
            if (d % 3 == 2 && !steps.isEmpty()) {   // joins the step before, which moves to its date
                Step previous = steps.remove(steps.size() - 1);
                steps.add(previous.withDate(c.effective()).toBuilder().change(c).build());
                continue;
            }
            Step.Builder b = Step.builder("s" + (i + 1), c.effective(), "Bước " + (i + 1) + ": " + c.type().vietnamese())
                    .change(c).status(statuses[d % statuses.length]);
            if (d % 2 == 0) {
                b.lead("Ban Tổ chức Huyện ủy").partners("Sở Nội vụ", "UBND huyện");
            }
            if (d % 5 == 0) {
                b.basis(LegalBasis.of("18-NQ/TW"));
            }
            steps.add(b.build());
        }
        Scenario.Builder b = Scenario.builder("Phương án " + Math.abs(seed % 100), plan.initial()).steps(steps);
        LocalDate start = plan.initial().date();
        if (seed % 2 == 0) {
            b.attrition(seed % 4 == 0 ? Attrition.rate(0.03, seed) : Attrition.retirementAge(60).and(Attrition.rate(0.05, seed)).alsoQuota());
        }
        b.target(Target.atMost(Metrics.organizations(), 10 + Math.abs(seed % 50), start.plusDays(400)));
        b.target(Target.reduction(Metrics.staffActual(), 5, start.plusDays(700)).within(Selector.atLevels(Level.COMMUNE)));
        return b.build();
    }
}
