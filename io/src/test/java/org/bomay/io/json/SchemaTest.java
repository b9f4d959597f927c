package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.TenureType;
import org.bomay.core.model.UnitClass;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.types.BaselineLimit;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.sim.Attrition;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.sim.TargetResult;
import org.bomay.core.sim.TimelineEntry;
import org.bomay.io.Documents;
import org.bomay.io.FormatException;
import org.bomay.testkit.PlanGen;
import org.bomay.testkit.StructureGen;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar accepts what the writers write and refuses what the readers
 * refuse: every document type, every change type, every rule type; the enumerations and type
 * names it lists are core's.
 */
class SchemaTest {
    static final String RESOURCE = "/org/bomay/io/bomay-1.schema.json";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = load();

    static Schema schema() {
        return SCHEMA;
    }

    private static Schema load() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text());
    }

    static String text() {
        try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the schema ships in the io jar at " + RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Error> errors(String json) {
        return schema().validate(json, InputFormat.JSON);
    }

    static void valid(String json) {
        List<Error> e = errors(json);
        assertEquals(List.of(), e, () -> "the schema refuses what a writer wrote:\n" + json);
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a written document, edited. */
    static String edit(String json, Consumer<ObjectNode> edit) {
        ObjectNode doc = tree(json);
        edit.accept(doc);
        return text(doc);
    }

    static ObjectNode at(ObjectNode doc, String pointer) {
        JsonNode n = doc.at(pointer);
        assertTrue(n.isObject(), pointer + " in " + doc);
        return (ObjectNode) n;
    }

    /** The schema refuses it, and the reader (when there is one) too. */
    static void refused(String what, String json, Consumer<String> reader) {
        assertFalse(errors(json).isEmpty(), () -> "the schema accepts " + what + ":\n" + json);
        if (reader != null) {
            assertThrows(FormatException.class, () -> reader.accept(json), "the reader accepts " + what);
        }
    }

    // ------------------------------------------------------------------ structure

    @Test
    void writtenStructures_validate() {
        assertEquals(List.of(), errors(Documents.json().withNote("n").write(StructureDocumentTest.sample())));
        Schema schema = schema();
        qt().withExamples(20).forAll(StructureGen.structures()).checkAssert(s ->
                assertEquals(List.of(), schema.validate(Documents.json().write(s), InputFormat.JSON)));
    }

    @Test
    void schema_refusesWhatTheReaderRefuses() {
        String ok = StructureDocumentTest.OK;
        assertEquals(List.of(), errors(ok));
        assertFalse(errors(ok.replace("\"level\": \"DISTRICT\", \"territory\"", "\"level\": \"DISTRICT\", \"colour\": 1, \"territory\"")).isEmpty(),
                "unknown field");
        assertFalse(errors(ok.replace("\"partyMember\": true", "\"partyMember\": \"yes\"")).isEmpty(), "wrong type");
        assertFalse(errors(ok.replace("2015-10-01", "2015/10/01")).isEmpty(), "bad date");
        assertFalse(errors(ok.replace("bomay/1", "bomay/2")).isEmpty(), "format");
        assertFalse(errors(ok.replace("\"role\": \"HEAD\"", "\"role\": \"BOSS\"")).isEmpty(), "enumeration");
        List<Error> e = errors(ok.replace("\"date\": \"2018-01-01\",", ""));
        assertTrue(e.stream().anyMatch(x -> x.toString().contains("date")), e.toString());
    }

    // ------------------------------------------------------------------ history

    @Test
    void writtenHistory_withEveryTypeOfChange_validates() {
        String json = Documents.json().withNote("fixture").write(HistoryFixture.history());
        valid(json);
        Set<String> written = new TreeSet<>();
        tree(json).get("changes").forEach(c -> written.add(c.get("type").asText()));
        assertEquals(new TreeSet<>(ChangeCodec.names(true)), written, "the fixture has every type of change, the undo included");
        assertTrue(tree(json).has("kinds") && tree(json).get("events").size() == HistoryFixture.changes().size() + 1);
        valid(Documents.json().write(History.start(HistoryFixture.structure())));
    }

    /** Every variant of every change (optional fields set and not), in a history and in a scenario's step. */
    @Test
    void everyVariantOfEveryChange_validates() {
        String initial = "{\"date\": \"2019-01-01\", \"units\": []}";
        for (Change c : ChangeCodecTest.everyType()) {
            JsonNode change = tree(ChangeCodecTest.write(c, false)).get("change");
            String history = "{\"format\": \"bomay/1\", \"type\": \"history\", \"initial\": " + initial + ", \"changes\": [" + text(change) + "]}";
            valid(history);
            String scenario = "{\"format\": \"bomay/1\", \"type\": \"scenario\", \"name\": \"s\", \"baseline\": " + initial
                    + ", \"steps\": [{\"id\": \"s1\", \"date\": \"" + c.effective() + "\", \"label\": \"l\", \"changes\": [" + text(change) + "]}]}";
            valid(scenario);
        }
    }

    @Test
    void generatedHistories_validate() {
        PlanGen.check(PlanGen.plans(), 30, plan -> valid(Documents.json().write(plan.history())));
    }

    @Test
    void history_schemaRefusesWhatTheReaderRefuses() {
        String ok = Documents.json().write(HistoryFixture.history());
        valid(ok);
        Consumer<String> reader = t -> Documents.json().readHistory(t);
        refused("an unknown change type", edit(ok, d -> at(d, "/changes/4").put("type", "fuse")), reader);
        refused("an unknown field in a change", edit(ok, d -> at(d, "/changes/4").put("colour", "red")), reader);
        refused("an unknown field in a part of a compound", edit(ok, d -> at(d, "/changes/15/parts/1").put("colour", "red")), reader);
        refused("a merge without its sources", edit(ok, d -> at(d, "/changes/4").remove("sources")), reader);
        refused("a change without its effective date", edit(ok, d -> at(d, "/changes/3").remove("effective")), reader);
        refused("a bad date in a change", edit(ok, d -> at(d, "/changes/3").put("effective", "1/3/2019")), reader);
        refused("a field of another type of change", edit(ok, d -> at(d, "/changes/3").put("newParent", "kb")), reader);
        refused("an unknown field in a disposition", edit(ok, d -> at(d, "/changes/8/disposition").put("staffFired", true)), reader);
        refused("a split's flag as a string", edit(ok, d -> at(d, "/changes/6").put("sourceContinues", "yes")), reader);
        refused("a legal basis without its number", edit(ok, d -> at(d, "/changes/0/basis").remove("number")), reader);
        refused("an undo inside a compound", edit(ok, d -> ((ArrayNode) d.at("/changes/15/parts")).add(tree(
                "{\"type\": \"undo\", \"effective\": \"2019-11-01\"}"))), reader);
        refused("an event with an unknown field", edit(ok, d -> at(d, "/events/0").put("colour", "red")), reader);
        refused("an event without its links", edit(ok, d -> at(d, "/events/0").remove("links")), reader);
        refused("an event in kebab case", edit(ok, d -> at(d, "/events/0").put("type", "establish")), reader);
        refused("a history without its initial structure", edit(ok, d -> d.remove("initial")), reader);
        refused("an unknown field in the initial structure", edit(ok, d -> at(d, "/initial").put("colour", "red")), reader);
        // events are derived data: without them the document still reads, and still validates
        String noEvents = edit(ok, d -> d.remove("events"));
        valid(noEvents);
        Documents.json().readHistory(noEvents);
    }

    // ------------------------------------------------------------------ scenario

    @Test
    void writtenScenarios_validate() {
        String json = ScenarioDocumentTest.JSON;
        valid(json);
        ObjectNode doc = tree(json);
        for (String field : List.of("until", "kinds", "mergers", "attrition")) {
            assertTrue(doc.has(field), field);
        }
        Set<String> bases = new TreeSet<>();
        Set<String> comparators = new TreeSet<>();
        doc.get("targets").forEach(t -> {
            bases.add(t.get("basis").asText());
            comparators.add(t.get("comparator").asText());
        });
        assertEquals(names(Target.Basis.class), bases, "every basis of a target");
        assertEquals(names(Target.Comparator.class), comparators, "every comparator");
        Set<String> models = new TreeSet<>();
        doc.at("/attrition/models").forEach(m -> models.add(m.get("type").asText()));
        assertEquals(Set.of("rate", "retirement"), models, "every attrition model");

        Scenario s = ScenarioDocumentTest.scenario();
        valid(Documents.json().withNote("n").write(s.branch("Không hợp nhất").remove("s4").noAttrition().build()));
        valid(Documents.json().write(Scenario.builder("Tối thiểu", HistoryFixture.structure()).build()));
        valid(Documents.json().withMetrics(List.of(ScenarioDocumentTest.HEADS)).write(Scenario.builder("Có chỉ tiêu riêng",
                HistoryFixture.structure()).target(Target.atMost(ScenarioDocumentTest.HEADS, 20, ScenarioDocumentTest.DEADLINE)).build()));
        valid(Documents.json().write(ResultDocumentTest.scenario()));
        valid(Documents.json().write(Scenario.builder("Hao hụt theo tỷ lệ", HistoryFixture.structure())
                .attrition(Attrition.rate(0.5, -7)).build()));
    }

    @Test
    void scenario_schemaRefusesWhatTheReaderRefuses() {
        String ok = ScenarioDocumentTest.JSON;
        valid(ok);
        Consumer<String> reader = t -> Documents.json().readScenario(t);
        refused("an unknown field in a step", edit(ok, d -> at(d, "/steps/0").put("colour", "red")), reader);
        refused("an unknown step status", edit(ok, d -> at(d, "/steps/0").put("status", "DRAFT")), reader);
        refused("a step id with a space", edit(ok, d -> at(d, "/steps/0").put("id", "bước 1")), reader);
        refused("a step without changes", edit(ok, d -> at(d, "/steps/0").remove("changes")), reader);
        refused("a step with no change", edit(ok, d -> at(d, "/steps/0").putArray("changes")), reader);
        refused("an undo in a step", edit(ok, d -> ((ArrayNode) d.at("/steps/0/changes")).add(tree(
                "{\"type\": \"undo\", \"effective\": \"2019-02-01\"}"))), reader);
        refused("an unknown change type in a step", edit(ok, d -> at(d, "/steps/0/changes/0").put("type", "found")), reader);
        refused("an unknown comparator", edit(ok, d -> at(d, "/targets/0").put("comparator", "BELOW")), reader);
        refused("a threshold as a string", edit(ok, d -> at(d, "/targets/0").put("threshold", "0")), reader);
        refused("a target without its deadline", edit(ok, d -> at(d, "/targets/0").remove("deadline")), reader);
        refused("an unknown field in a selector", edit(ok, d -> at(d, "/targets/0/scope").put("colour", "red")), reader);
        refused("an empty criterion in a selector", edit(ok, d -> at(d, "/targets/0/scope").putArray("levels")), reader);
        refused("an unknown attrition model", edit(ok, d -> at(d, "/attrition/models/0").put("type", "death")), reader);
        refused("a field of the other attrition model", edit(ok, d -> at(d, "/attrition/models/0").put("perYear", 0.1)), reader);
        refused("an attrition without models", edit(ok, d -> at(d, "/attrition").putArray("models")), reader);
        refused("an unknown unit class in a merger", edit(ok, d -> ((ArrayNode) d.at("/mergers/1/fromClasses")).add("IV")), reader);
        refused("a scenario without steps", edit(ok, d -> d.remove("steps")), reader);
        refused("an unknown field at the top", edit(ok, d -> d.put("owner", "x")), reader);
    }

    // ------------------------------------------------------------------ rules

    @Test
    void writtenRulePacks_validate_everyRuleType() {
        Set<String> types = new TreeSet<>();
        for (RulePack pack : RulePackDocumentTest.packs()) {
            String json = Documents.json().withNote("n").write(pack);
            valid(json);
            tree(json).get("rules").forEach(r -> types.add(r.get("type").asText()));
        }
        assertEquals(new TreeSet<>(RulePackCodec.types()), types, "the packs have every rule type");
    }

    @Test
    void rules_schemaRefusesWhatTheReaderRefuses() {
        String ok = RulePackDocumentTest.OK;
        valid(ok);
        Consumer<String> reader = t -> Documents.json().readRules(t);
        refused("a bad date in a rule", ok.replace("\"from\": \"2020-11-25\"", "\"from\": \"25/11/2020\""), reader);
        refused("an unknown rule type", ok.replace("\"type\": \"SingleHead\"", "\"type\": \"OneHead\""), reader);
        refused("an unknown field in a cap row", ok.replace("\"max\": 2", "\"max\": 2, \"colour\": \"red\""), reader);
        refused("a cap as a string", ok.replace("\"max\": 2", "\"max\": \"2\""), reader);
        refused("a negative cap", ok.replace("\"max\": 2", "\"max\": -1"), reader);
        refused("no cap row", ok.replace("\"caps\": [{\"where\": {\"kinds\": [\"VN.PHONG\"], \"levels\": [\"DISTRICT\"]}, \"max\": 2}]",
                "\"caps\": []"), reader);
        refused("a rule without its selector", ok.replace(", \"where\": {}", ""), reader);
        refused("a parameter of another rule type", ok.replace("\"where\": {}", "\"where\": {}, \"max\": 1"), reader);
        refused("an unknown severity", ok.replace("\"WARNING\"", "\"FATAL\""), reader);
        refused("an upper-case rule id", ok.replace("t.cap-pho", "T.Cap"), reader);
        refused("an unknown field in a source", ok.replace("{\"number\": \"108/2020/NĐ-CP\"}", "{\"number\": \"108/2020/NĐ-CP\", \"page\": 1}"),
                reader);

        String param = Documents.json().write(RulePackDocumentTest.parameterized());
        valid(param);
        int group = indexOf(param, "GroupDeputyCap");
        int structural = indexOf(Documents.json().write(VnRules.structural()), "StructuralIntegrity");
        refused("a GroupDeputyCap with both average and total", edit(param, d -> at(d, "/rules/" + group).put("average", 1)), reader);
        refused("a GroupDeputyCap with neither", edit(param, d -> at(d, "/rules/" + group).remove("total")), reader);
        refused("an allowance key that is no number", edit(param, d -> at(d, "/rules/" + group + "/allowance").put("two", 1)), reader);
        refused("a bad grace period", edit(param, d -> at(d, "/rules/" + group).put("grace", "5 years")), reader);
        refused("a structural check of another id", edit(Documents.json().write(VnRules.structural()),
                d -> at(d, "/rules/" + structural).put("id", "bomay.structure.colour")), reader);
        refused("a structural check with a source", edit(Documents.json().write(VnRules.structural()),
                d -> at(d, "/rules/" + structural).putObject("source").put("number", "1/2020")), reader);
    }

    static int indexOf(String rules, String type) {
        JsonNode list = tree(rules).get("rules");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).get("type").asText().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in " + rules);
    }

    // ------------------------------------------------------------------ result

    @Test
    void writtenResults_validate_withAndWithoutTheFinalStructure() {
        SimulationResult r = ResultDocumentTest.run();
        valid(Documents.json().write(r));
        String with = Documents.json().withNote("n").write(r, true);
        valid(with);
        assertTrue(tree(with).has("finalStructure"));
    }

    @Test
    void writtenResults_validate_everyOutcome() {
        LocalDate bad = LocalDate.of(2020, 3, 1);
        Scenario failing = ResultDocumentTest.scenario().branch("Nhánh lỗi")
                .step(Step.of("bad", bad, "Tinh giản phòng đã hợp nhất", org.bomay.core.change.ReduceStaff.of(bad, ResultDocumentTest.NV, 1)))
                .step(Step.of("later", LocalDate.of(2020, 6, 1), "Tinh giản tiếp",
                        org.bomay.core.change.ReduceStaff.of(LocalDate.of(2020, 6, 1), ResultDocumentTest.VP, 1)))
                .build();
        Set<String> kinds = new TreeSet<>();
        Set<String> outcomes = new TreeSet<>();
        Set<String> statuses = new TreeSet<>();
        List<SimulationResult> results = List.of(
                Simulation.of(ResultDocumentTest.pack()).run(failing),
                Simulation.of(ResultDocumentTest.pack()).only(Step.Status.PLANNED).run(ResultDocumentTest.scenario()),
                Simulation.of(VnRules.all()).onFailure(Simulation.OnFailure.SKIP).run(ScenarioDocumentTest.scenario().branch("Hao hụt")
                        .attrition(Attrition.rate(0.5, 1)).build()));
        for (SimulationResult r : results) {
            String json = Documents.json().write(r, true);
            valid(json);
            tree(json).get("timeline").forEach(e -> {
                kinds.add(e.get("kind").asText());
                outcomes.add(e.get("outcome").asText());
            });
            tree(json).get("targets").forEach(t -> statuses.add(t.get("status").asText()));
        }
        assertEquals(names(TimelineEntry.Kind.class), kinds, "every kind of timeline entry");
        assertEquals(names(TimelineEntry.Outcome.class), outcomes, "every outcome");
        assertEquals(names(TargetResult.Status.class), statuses, "every target status");
    }

    @Test
    void result_schemaRefusesWhatTheWriterNeverWrites() {
        String ok = Documents.json().write(ResultDocumentTest.run());
        valid(ok);
        int merger = 1;
        assertTrue(tree(ok).at("/timeline/" + merger + "/appeared").size() > 0, ok);
        refused("an unknown field", edit(ok, d -> d.put("colour", "red")), null);
        refused("an unknown outcome", edit(ok, d -> at(d, "/timeline/0").put("outcome", "DONE")), null);
        refused("a step without its status", edit(ok, d -> at(d, "/timeline/" + merger).remove("status")), null);
        refused("an appeared violation without 'caused'", edit(ok, d -> at(d, "/timeline/" + merger + "/appeared/0").remove("caused")), null);
        refused("'caused' in a final violation", edit(ok, d -> at(d, "/finalViolations/0").put("caused", true)), null);
        refused("a metric that is no number", edit(ok, d -> at(d, "/timeline/0/metrics").put("units", "4")), null);
        refused("a target without its status", edit(ok, d -> at(d, "/targets/0").remove("status")), null);
        refused("a result without its timeline", edit(ok, d -> d.remove("timeline")), null);
    }

    // ------------------------------------------------------------------ the schema's lists are core's

    @Test
    void typeNamesAndEnumerations_areCores() {
        ObjectNode schema = tree(text());
        assertEquals(List.of("structure", "history", "scenario", "rules", "result"), strings(schema.at("/properties/type/enum")));
        assertEquals(ChangeCodec.names(true), strings(schema.at("/$defs/historyChange/properties/type/enum")));
        assertEquals(ChangeCodec.names(false), strings(schema.at("/$defs/change/properties/type/enum")));
        List<String> branches = new ArrayList<>();
        schema.at("/$defs/change/allOf").forEach(b -> branches.add(b.at("/if/properties/type/const").asText()));
        assertEquals(ChangeCodec.names(false), branches, "one branch per change type");
        for (String name : ChangeCodec.names(true)) {
            String def = name.equals("undo") ? "undo" : camel(name);
            assertEquals(name, schema.at("/$defs/" + def + "/properties/type/const").asText(), def);
            assertFalse(schema.at("/$defs/" + def + "/additionalProperties").asBoolean(true), def);
        }
        assertEquals(RulePackCodec.types(), strings(schema.at("/$defs/rule/properties/type/enum")));
        List<String> rules = new ArrayList<>();
        schema.at("/$defs/rule/allOf").forEach(b -> rules.add(b.at("/if/properties/type/const").asText()));
        assertEquals(new TreeSet<>(RulePackCodec.types()), new TreeSet<>(rules), "one branch per rule type");
        assertEquals(Set.of("bomay.structure.in-force", "bomay.structure.territory", "bomay.structure.pillar"),
                new TreeSet<>(strings(schema.at("/$defs/StructuralIntegrity/properties/id/enum"))));
        assertEquals(Set.of(org.bomay.core.rules.types.StructuralIntegrity.IN_FORCE, org.bomay.core.rules.types.StructuralIntegrity.TERRITORY,
                org.bomay.core.rules.types.StructuralIntegrity.PILLAR), new TreeSet<>(strings(schema.at("/$defs/StructuralIntegrity/properties/id/enum"))));

        enumeration(schema, "/$defs/level/enum", Level.class);
        enumeration(schema, "/$defs/pillar/enum", Pillar.class);
        enumeration(schema, "/$defs/role/enum", PostRole.class);
        enumeration(schema, "/$defs/unitClass/enum", UnitClass.class);
        enumeration(schema, "/$defs/unit/properties/unitClass/enum", UnitClass.class);
        enumeration(schema, "/$defs/tenure/properties/type/enum", TenureType.class);
        enumeration(schema, "/$defs/anyRelation/properties/type/enum", RelationType.class);
        assertEquals(java.util.Arrays.stream(RelationType.values()).map(Enum::name).filter(n -> !n.equals("SUBORDINATE_TO")).toList(),
                strings(schema.at("/$defs/relation/properties/type/enum")));
        enumeration(schema, "/$defs/changeTypeName/enum", ChangeType.class);
        enumeration(schema, "/$defs/event/properties/links/items/properties/kind/enum", ChangeEvent.LinkKind.class);
        enumeration(schema, "/$defs/step/properties/status/enum", Step.Status.class);
        enumeration(schema, "/$defs/timelineEntry/properties/status/enum", Step.Status.class);
        enumeration(schema, "/$defs/comparator/enum", Target.Comparator.class);
        enumeration(schema, "/$defs/targetBasis/enum", Target.Basis.class);
        enumeration(schema, "/$defs/severity/enum", Severity.class);
        enumeration(schema, "/$defs/concurrencyModel/properties/statuses/items/properties/standing/enum", ConcurrencyModel.Standing.class);
        enumeration(schema, "/$defs/BaselineLimit/properties/measure/enum", BaselineLimit.Measure.class);
        enumeration(schema, "/$defs/timelineEntry/properties/kind/enum", TimelineEntry.Kind.class);
        enumeration(schema, "/$defs/timelineEntry/properties/outcome/enum", TimelineEntry.Outcome.class);
        enumeration(schema, "/$defs/targetResult/properties/status/enum", TargetResult.Status.class);
        assertEquals(names(Severity.class), new TreeSet<>(fields(schema.at("/$defs/timelineEntry/properties/violationCounts/properties"))));
        assertEquals(List.of(SelectorCodec.FIELDS), fields(schema.at("/$defs/selector/properties")));
        assertEquals(List.of(StructureCodec.FIELDS), fields(schema.at("/$defs/embeddedStructure/properties")));
    }

    static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    static <E extends Enum<E>> Set<String> names(Class<E> type) {
        Set<String> out = new TreeSet<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.name());
        }
        return out;
    }

    static <E extends Enum<E>> void enumeration(JsonNode schema, String pointer, Class<E> type) {
        List<String> listed = strings(schema.at(pointer));
        List<String> expected = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            expected.add(e.name());
        }
        assertEquals(expected, listed, pointer);
    }

    static List<String> strings(JsonNode array) {
        assertTrue(array.isArray(), "not an array: " + array);
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> fields(JsonNode o) {
        assertTrue(o.isObject(), "not an object: " + o);
        List<String> out = new ArrayList<>();
        for (Iterator<String> i = o.fieldNames(); i.hasNext();) {
            out.add(i.next());
        }
        return out;
    }
}
