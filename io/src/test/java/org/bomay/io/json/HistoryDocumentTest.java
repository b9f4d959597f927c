package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.io.Documents;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;
import org.bomay.testkit.PlanGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryDocumentTest {

    /** Same versions: equal structures, and events with the same change, info and lineage. */
    static void assertSameHistory(History expected, History actual) {
        assertEquals(expected.size(), actual.size(), "versions");
        for (int i = 0; i < expected.size(); i++) {
            Version e = expected.version(i);
            Version a = actual.version(i);
            assertEquals(e.structure(), a.structure(), "structure of version " + i);
            assertEquals(e.event().isPresent(), a.event().isPresent());
            if (e.event().isPresent()) {
                ChangeEvent x = e.event().get();
                ChangeEvent y = a.event().get();
                assertEquals(x.change(), y.change(), "change of version " + i);
                assertEquals(x.info(), y.info(), "info of version " + i);
                assertEquals(HistoryCodec.event(i, x), HistoryCodec.event(i, y), "event of version " + i);
                // the order of the moves in an event follows the iteration order of a Disposition's or a
                // SplitPart's sets, which Set.copyOf does not fix: compare the lines as a multiset
                assertEquals(sortedLines(x.describe()), sortedLines(y.describe()), "event of version " + i);
            }
        }
    }

    static java.util.List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "the text holds " + needle);
        assertEquals(-1, text.indexOf(needle, at + 1), needle + " is unique in the text");
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static final String FIXTURE_JSON = Documents.json().write(HistoryFixture.history());

    static FormatException fails(String text) {
        return assertThrows(FormatException.class, () -> Documents.json().readHistory(text));
    }

    /** The exception's message names the problem's pointer, line and column. */
    static void assertLocated(FormatException e, String pointer, int line) {
        assertTrue(e.getMessage().contains("  - " + pointer + " (line " + line + ", column "), e.getMessage());
    }

    static FormatProblem only(FormatException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    // ------------------------------------------------------------------ round trips

    @Test
    void fixture_hasEveryTypeOfChange() {
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        for (ChangeEvent e : HistoryFixture.history().events()) {
            types.add(e.type());
            e.parts().forEach(p -> types.add(p.type()));
        }
        assertEquals(EnumSet.allOf(ChangeType.class), types);
    }

    @Test
    void json_writeThenReadIsTheIdentity() {
        History h = HistoryFixture.history();
        String text = FIXTURE_JSON;
        assertTrue(text.startsWith("{\n  \"format\" : \"bomay/1\",\n  \"type\" : \"history\""), text);
        assertTrue(text.contains("\"code\" : \"X.TO_CONG_TAC\""), "a kind not in the catalog is declared once, at the top");
        assertEquals(text.indexOf("\"code\" : \"X.TO_CONG_TAC\""), text.lastIndexOf("\"code\" : \"X.TO_CONG_TAC\""));
        assertTrue(text.contains("\"type\" : \"undo\""), text);
        assertTrue(text.contains("\"type\" : \"assign-concurrent\""), text);
        assertTrue(text.contains("Tổ công tác đặc biệt"), "UTF-8 text is written as is");
        History back = Documents.json().readHistory(text);
        assertSameHistory(h, back);
        assertEquals(text, Documents.json().write(back), "writing is deterministic");
        assertEquals(text, Documents.json().write(HistoryFixture.history()), "the same history twice gives the same text");
    }

    @Test
    void yaml_writeThenReadIsTheIdentity(@TempDir Path dir) {
        History h = HistoryFixture.history();
        Path f = dir.resolve("history.yaml");
        Documents.yaml().write(h, f);
        History back = Documents.forPath(f).readHistory(f);
        assertSameHistory(h, back);
        assertEquals(Documents.yaml().write(h), Documents.yaml().write(back));
    }

    @Test
    void initialOnly_roundTrips() {
        History h = History.start(HistoryFixture.structure());
        History back = Documents.json().readHistory(Documents.json().write(h));
        assertSameHistory(h, back);
    }

    @Test
    void generatedHistories_roundTripInJsonAndYaml() {
        PlanGen.check(PlanGen.plans(), 40, plan -> {
            History h = plan.history();
            String json = Documents.json().write(h);
            History fromJson = Documents.json().readHistory(json);
            assertSameHistory(h, fromJson);
            assertEquals(json, Documents.json().write(fromJson));
            assertSameHistory(h, Documents.yaml().readHistory(Documents.yaml().write(h)));
        });
    }

    @Test
    void handWrittenHistory_reads() {
        String text = """
                {"format": "bomay/1", "type": "history",
                 "initial": {"date": "2018-01-01",
                   "units": [
                     {"id": "kb", "name": "Huyện Kim Bảng", "kind": "VN.HUYEN", "level": "DISTRICT"},
                     {"id": "kb.hu", "name": "Huyện ủy Kim Bảng", "kind": "VN.HUYEN_UY", "level": "DISTRICT", "territory": "kb"},
                     {"id": "kb.hu.x", "name": "Tổ X", "kind": "X.TO", "level": "DISTRICT", "parent": "kb.hu"}],
                   "kinds": [{"code": "X.TO", "vietnamese": "Tổ", "english": "team", "pillar": "PARTY", "levels": ["DISTRICT"]}]},
                 "changes": [
                   {"type": "rename", "effective": "2018-07-01", "unit": "kb.hu", "name": "Huyện ủy huyện Kim Bảng",
                    "basis": {"number": "01-QĐ/HU"}},
                   {"type": "establish", "effective": "2018-08-01",
                    "unit": {"id": "kb.hu.y", "name": "Tổ Y", "kind": "X.TO", "level": "DISTRICT", "parent": "kb.hu"}},
                   {"type": "undo", "effective": "2018-09-01"}]}
                """;
        History h = Documents.json().readHistory(text);
        assertEquals(4, h.size());
        assertEquals("Huyện ủy huyện Kim Bảng", h.current().unit(UnitId.of("kb.hu")).name());
        assertTrue(!h.current().contains(UnitId.of("kb.hu.y")), "the establishment is undone");
        assertEquals("Tổ", h.version(2).structure().unit(UnitId.of("kb.hu.y")).kind().vietnamese(),
                "a kind declared in the initial structure serves the changes");
    }

    // ------------------------------------------------------------------ problems

    @Test
    void unknownChangeType_isReportedWithTheKnownOnes() {
        String bad = FIXTURE_JSON.replace("\"type\" : \"relieve\"", "\"type\" : \"retire\"");
        FormatException e = fails(bad);
        FormatProblem p = only(e);
        assertEquals("/changes/14/type", p.pointer(), p.toString());
        assertEquals(lineOf(bad, "\"type\" : \"retire\""), p.line());
        assertLocated(e, "/changes/14/type", p.line());
        assertTrue(p.message().contains("unknown change type 'retire'"), p.message());
        assertTrue(p.message().contains("merge, absorb, split"), p.message());
        assertTrue(p.message().contains("undo"), p.message());
    }

    @Test
    void missingFieldInAChange_isReportedAtItsPlace() {
        String bad = FIXTURE_JSON.replace(",\n      \"name\" : \"Ban Dân vận Huyện ủy\"", "");
        FormatException e = fails(bad);
        FormatProblem p = only(e);
        assertEquals("/changes/3/name", p.pointer(), p.toString());
        assertLocated(e, "/changes/3/name", lineOf(bad, "\"unit\" : \"kb.hu.bdv\"") - 3);
        assertTrue(p.message().contains("has no 'name'"), p.message());
        assertEquals(lineOf(bad, "\"unit\" : \"kb.hu.bdv\"") - 3, p.line(), "the line where the change that lacks it starts");
    }

    @Test
    void unknownFieldInAChange_isReported() {
        String bad = FIXTURE_JSON.replace("\"name\" : \"Ban Dân vận Huyện ủy\"", "\"name\" : \"Ban Dân vận Huyện ủy\",\n      \"colour\" : \"red\"");
        FormatProblem p = only(fails(bad));
        assertEquals("/changes/3/colour", p.pointer());
        assertEquals(lineOf(bad, "\"colour\""), p.line());
    }

    @Test
    void changeThatDoesNotApply_isReportedAtItsPlaceWithCoresMessage() {
        String bad = FIXTURE_JSON.replace("\"unit\" : \"kb.hu.bdv\",\n      \"name\"", "\"unit\" : \"kb.nope\",\n      \"name\"");
        FormatException e = fails(bad);
        FormatProblem p = only(e);
        assertLocated(e, "/changes/3", lineOf(bad, "\"unit\" : \"kb.nope\"") - 3);
        assertEquals("/changes/3", p.pointer(), p.toString());
        assertEquals(lineOf(bad, "\"unit\" : \"kb.nope\"") - 3, p.line(), "the line where the change starts");
        assertTrue(p.message().contains("kb.nope"), p.message());
        assertTrue(p.message().startsWith("Cannot apply đổi tên (RENAME)"), p.message());
    }

    @Test
    void changeBeforeThePrevious_isReported() {
        String text = """
                {"format": "bomay/1", "type": "history",
                 "initial": {"date": "2018-01-01", "units": [{"id": "kb", "name": "Huyện Kim Bảng", "kind": "VN.HUYEN", "level": "DISTRICT"}]},
                 "changes": [
                   {"type": "rename", "effective": "2018-07-01", "unit": "kb", "name": "Huyện A"},
                   {"type": "rename", "effective": "2018-06-01", "unit": "kb", "name": "Huyện B"}]}
                """;
        FormatProblem p = only(fails(text));
        assertEquals("/changes/1", p.pointer());
        assertEquals(5, p.line());
        assertTrue(p.message().contains("before the current version's date 2018-07-01"), p.message());
    }

    @Test
    void badDateAndBasis_areReported() {
        String bad = FIXTURE_JSON.replace("\"decided\" : \"2019-01-20\"", "\"decided\" : \"20/01/2019\"")
                .replace("\"number\" : \"05-QĐ/HU\"", "\"number\" : \" \"");
        FormatException e = fails(bad);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals("/changes/0/decided", e.problems().get(0).pointer());
        assertTrue(e.problems().get(1).pointer().endsWith("/basis"), e.problems().get(1).toString());
        assertTrue(e.problems().get(1).message().contains("document number"), e.problems().get(1).message());
    }

    @Test
    void everyProblemOfTheChanges_isCollected() {
        String bad = FIXTURE_JSON.replace("\"type\" : \"relieve\"", "\"type\" : \"retire\"")
                .replace(",\n      \"name\" : \"Ban Dân vận Huyện ủy\"", "")
                .replace("\"count\" : 1", "\"count\" : \"one\"");
        FormatException e = fails(bad);
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void partOfACompound_isReportedAtItsPlace() {
        String bad = FIXTURE_JSON.replace("\"name\" : \"Tổ công tác\"\n", "\"name\" : 7\n");
        FormatProblem p = only(fails(bad));
        assertTrue(p.pointer().matches("/changes/15/parts/1/name"), p.toString());
    }

    @Test
    void undoOutsideAHistory_andNothingToUndo_areReported() {
        String text = """
                {"format": "bomay/1", "type": "history",
                 "initial": {"date": "2018-01-01", "units": [{"id": "kb", "name": "Huyện Kim Bảng", "kind": "VN.HUYEN", "level": "DISTRICT"}]},
                 "changes": [{"type": "undo", "effective": "2018-07-01"}]}
                """;
        FormatProblem p = only(fails(text));
        assertEquals("/changes/0", p.pointer());
        assertTrue(p.message().contains("no change to undo"), p.message());
    }

    // ------------------------------------------------------------------ events

    @Test
    void events_areWrittenForReaders() {
        assertTrue(FIXTURE_JSON.contains("\"events\" : [\n    {\n      \"version\" : 1,\n      \"type\" : \"ESTABLISH\""), FIXTURE_JSON);
        assertTrue(FIXTURE_JSON.contains("\"kind\" : \"MERGED_INTO\""), "links");
        assertTrue(FIXTURE_JSON.contains("\"type\" : \"UNDO\""), "an undo's event");
    }

    @Test
    void eventsLeftOut_areRecomputed() {
        int at = FIXTURE_JSON.indexOf(",\n  \"events\"");
        String without = FIXTURE_JSON.substring(0, at) + "\n}\n";
        History h = Documents.json().readHistory(without);
        assertSameHistory(HistoryFixture.history(), h);
        assertEquals(FIXTURE_JSON, Documents.json().write(h));
    }

    @Test
    void eventThatDiffersFromTheReplay_isReported() {
        String bad = FIXTURE_JSON.replace("\"summary\" : \"kb.hu.bdv → \\\"Ban Dân vận Huyện ủy\\\"\"",
                "\"summary\" : \"kb.hu.bdv renamed\"");
        FormatProblem p = only(fails(bad));
        assertEquals("/events/3/summary", p.pointer(), p.toString());
        assertEquals(lineOf(bad, "kb.hu.bdv renamed"), p.line());
        assertTrue(p.message().contains("by the replay of /changes/3"), p.message());
        assertTrue(p.message().contains("delete 'events'"), p.message());

        String lessLinks = FIXTURE_JSON.replace("\"kind\" : \"MERGED_INTO\"", "\"kind\" : \"ABSORBED_INTO\"");
        FormatException e = fails(lessLinks);
        assertTrue(e.problems().stream().allMatch(x -> x.pointer().matches("/events/4/links/\\d/kind")), e.getMessage());
    }

    @Test
    void eventsOfAnotherLength_areReported() {
        String bad = FIXTURE_JSON.replace("\"events\" : [\n", "\"events\" : [ {\"version\": 0},\n");
        FormatProblem p = only(fails(bad));
        assertEquals("/events", p.pointer());
        assertTrue(p.message().contains("lists 18 events, but the replay of the changes gives 17"), p.message());
    }

    // ------------------------------------------------------------------ writing

    @Test
    void kindThatRedefinesACatalogCode_cannotBeWritten() {
        UnitKind hospital = UnitKind.of("VN.BENH_VIEN", "Bệnh viện tư", "private hospital", Pillar.STATE, Level.DISTRICT);
        History h = History.start(HistoryFixture.structure()).apply(org.bomay.core.change.Establish.of(HistoryFixture.d(2, 1),
                Unit.builder(UnitId.of("kb.bv"), "Bệnh viện A", hospital, Level.DISTRICT).build(), HistoryFixture.UBND));
        BomayException e = assertThrows(BomayException.class, () -> Documents.json().write(h));
        assertTrue(e.getMessage().contains("VN.BENH_VIEN"), e.getMessage());
        assertTrue(e.getMessage().contains("give it another code"), e.getMessage());
    }

    @Test
    void initialStructure_isStreamed_andItsProblemsAreLocated_andKindsDeclaredLaterAreFound() {
        String text = """
                {"format": "bomay/1", "type": "history",
                 "initial": {"date": "2018-01-01",
                   "units": [
                     {"id": "kb", "name": "Huyện Kim Bảng", "kind": "VN.HUYEN", "level": "DISTRICT"},
                     {"id": "kb.to", "name": "Tổ X", "kind": "X.TO", "level": "DISTRICT", "territory": "kb"},
                     {"id": "kb.hu", "name": "Huyện ủy", "kind": "VN.HUYEN_UY", "level": "DISTRCT", "territory": "kb"}
                   ]},
                 "changes": [],
                 "kinds": [{"code": "X.TO", "vietnamese": "Tổ", "english": "team", "pillar": "PARTY", "levels": ["DISTRICT"]}]}
                """;
        org.bomay.io.FormatException e = org.junit.jupiter.api.Assertions.assertThrows(org.bomay.io.FormatException.class,
                () -> org.bomay.io.Documents.json().readHistory(text));
        org.junit.jupiter.api.Assertions.assertEquals(1, e.problems().size(), e.getMessage());
        org.bomay.io.FormatProblem p = e.problems().get(0);
        org.junit.jupiter.api.Assertions.assertEquals("/initial/units/2/level", p.pointer(), e.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(6, p.line(), e.getMessage());
        org.bomay.core.history.History h = org.bomay.io.Documents.json().readHistory(text.replace("DISTRCT", "DISTRICT"));
        org.junit.jupiter.api.Assertions.assertEquals("Tổ", h.initial().unit(org.bomay.core.model.UnitId.of("kb.to")).kind().vietnamese());
    }
}
