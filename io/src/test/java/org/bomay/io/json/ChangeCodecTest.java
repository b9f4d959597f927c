package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.AddRelation;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Convert;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.RemoveRelation;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;
import org.bomay.io.Limits;
import org.junit.jupiter.api.Test;

/** Every type of change, hand-built with every optional field, written and read back on its own (not applied). */
class ChangeCodecTest {
    static final LocalDate D = LocalDate.of(2019, 7, 1);
    static final KindCatalog CATALOG = VnKinds.CATALOG.with(HistoryFixture.TO_CONG_TAC);

    static UnitId u(String id) {
        return UnitId.of(id);
    }

    static PostId p(String id) {
        return PostId.of(id);
    }

    static Unit unit(String id, String name) {
        return Unit.builder(u(id), name, VnKinds.PHONG, Level.DISTRICT).territory(u("kb")).staffQuota(4).actualStaff(3)
                .validity(Period.from(D)).unitClass(UnitClass.I).attribute("ghi.chú", "mới").build();
    }

    /** One change of each type (two appointments), with their optional fields set. */
    static List<Change> everyType() {
        Relation serves = Relation.of(RelationType.SERVES, u("kb.vp"), u("kb.hu"));
        return List.of(
                Establish.of(D, Unit.builder(u("kb.tct"), "Tổ công tác", HistoryFixture.TO_CONG_TAC, Level.DISTRICT).build(), u("kb.hu"),
                        Post.of(p("kb.tct.tt"), u("kb.tct"), PostRole.HEAD, "Tổ trưởng"),
                        new Post(p("kb.tct.tp"), u("kb.tct"), PostRole.DEPUTY, "Tổ phó", 3))
                        .basis("12-QĐ/HU", "Quyết định \"thành lập\" <tổ>").decided(D.minusDays(20)).note("thí điểm"),
                Establish.of(D, unit("kb.root", "Đơn vị gốc"), null),
                Rename.of(D, u("kb.hu.bdv"), "Ban Dân vận Huyện ủy"),
                Merge.of(D, List.of(u("kb.nv"), u("kb.tc")), unit("kb.nvtc", "Phòng Nội vụ – Tài chính")).withHead(PersonId.of("p.son"))
                        .withParent(u("kb.ubnd")),
                Merge.of(D, List.of(u("kb.nv"), u("kb.tc")), unit("kb.nv", "Phòng Nội vụ – Tài chính")),
                Absorb.of(D, u("kb.tt"), u("kb.ttdl"), u("kb.ttdl2")).withHead(PersonId.of("p.cuong")),
                Split.ceasing(D, u("kb.nvtc"),
                        SplitPart.of(unit("kb.nv2", "Phòng Nội vụ")).under(u("kb.ubnd")).children(u("c1"), u("c2"))
                                .posts(p("kb.nvtc.tp"), p("kb.nvtc.pp")).territoryUnits(u("x1")).staff(3, 2)
                                .relations(Relation.of(RelationType.SERVES, u("kb.nv2"), u("kb.ubnd")),
                                        Relation.of(RelationType.GUIDES, u("kb.nv2"), u("x1.ub"))),
                        SplitPart.of(unit("kb.tc2", "Phòng Tài chính"))),
                Split.continuing(D, u("kb.nvtc"), SplitPart.of(unit("kb.kh", "Phòng Kế hoạch"))),
                Transfer.of(D, u("kb.ttyt"), u("tinh.syt")).toLevel(Level.PROVINCE).toTerritory(u("tinh")).acrossPillars(),
                Transfer.of(D, u("kb.ttyt"), u("kb.ubnd")),
                Dissolve.of(D, u("kb.bql"), Disposition.none().moveChild(u("c1"), u("kb.ubnd")).moveChild(u("c2"), u("kb.vp"))
                        .moveAllChildrenTo(u("kb.ubnd")).movePost(p("kb.bql.gd"), u("kb.vp")).movePost(p("kb.bql.pgd"), u("kb.vp"))
                        .releasePosts(p("kb.bql.x"), p("kb.bql.y")).releaseAllOtherPosts().staffTo(u("kb.vp"))),
                Dissolve.of(D, u("kb.bql"), Disposition.none()),
                Convert.of(D, u("kb.tt"), "Công ty cổ phần", Disposition.none().releaseStaff().releasePosts(p("kb.tt.gd"))),
                Appoint.of(D, PersonId.of("p.new"), p("kb.tct.tt"))
                        .newPerson(Person.of(PersonId.of("p.new"), "Đinh Văn Mới", false).withBirthDate(LocalDate.of(1990, 2, 3))),
                Appoint.of(D, PersonId.of("p.an"), p("kb.tct.tt")),
                Appoint.concurrent(D, PersonId.of("p.an"), p("kb.tct.tp")),
                Relieve.of(D, PersonId.of("p.an"), p("kb.tct.tp")),
                SetStaffQuota.of(D, u("kb.vp"), 0),
                ReduceStaff.of(D, u("kb.vp"), 2),
                ReduceStaff.of(D, u("kb.vp"), 2).andQuota(),
                AddRelation.of(D, serves),
                RemoveRelation.of(D, serves),
                Compound.of(D, "Bí thư chi bộ đồng thời là trưởng thôn",
                        Appoint.concurrent(D, PersonId.of("p.an"), p("t1.tt")).note("kiêm nhiệm"),
                        Compound.of(D, "lồng", Rename.of(D, u("t1"), "Thôn 1")))
                        .basis("05-QĐ/HU", ""));
    }

    /** Writes the change into a document and reads it back. */
    static Change roundTrip(Change c, boolean yaml) {
        Engine e = Engine.of(yaml, Limits.DEFAULT);
        String text = write(c, yaml);
        Problems problems = new Problems("test");
        return e.read(new StringReader(text), "change", problems, Map.of(), root -> {
            Node n = root.get("change", true);
            root.end();
            ChangeCodec.Entry entry = new ChangeCodec.Decoder(problems, CATALOG).entry(n, false);
            return entry == null ? null : entry.change();
        });
    }

    static String write(Change c, boolean yaml) {
        StringWriter w = new StringWriter();
        Engine.of(yaml, Limits.DEFAULT).write(w, "change", g -> {
            g.writeFieldName("change");
            ChangeCodec.write(c, g);
        });
        return w.toString();
    }

    static FormatException fails(String changeJson) {
        String text = "{\"format\": \"bomay/1\", \"type\": \"change\",\n \"change\": " + changeJson + "}";
        Problems problems = new Problems("test");
        return assertThrows(FormatException.class, () -> Engine.of(false, Limits.DEFAULT).read(new StringReader(text), "change",
                problems, Map.of(), root -> {
                    Node n = root.get("change", true);
                    root.end();
                    ChangeCodec.Entry entry = new ChangeCodec.Decoder(problems, CATALOG).entry(n, false);
                    return entry == null ? null : entry.change();
                }));
    }

    static FormatProblem only(FormatException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void everyType_isCovered() {
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        everyType().forEach(c -> types.add(c.type()));
        assertEquals(EnumSet.complementOf(EnumSet.of(ChangeType.UNDO)), types);
    }

    @Test
    void everyType_writeThenReadIsTheIdentity_inJsonAndYaml() {
        for (Change c : everyType()) {
            for (boolean yaml : new boolean[] {false, true}) {
                Change back = roundTrip(c, yaml);
                assertNotNull(back, c.summary());
                assertEquals(c, back, c.type() + " " + c.summary() + (yaml ? " in YAML" : " in JSON"));
                assertEquals(write(c, yaml), write(back, yaml), "deterministic: " + c.summary());
            }
        }
    }

    @Test
    void typeNames_areTheChangeTypesInKebabCase() {
        assertEquals("set-staff-quota", ChangeCodec.name(ChangeType.SET_STAFF_QUOTA));
        assertEquals("assign-concurrent", ChangeCodec.name(ChangeType.ASSIGN_CONCURRENT));
        assertTrue(write(everyType().get(0), false).contains("\"type\" : \"establish\""));
    }

    @Test
    void setsAndMaps_areWrittenSorted() {
        String text = write(everyType().get(10), false);
        assertTrue(text.indexOf("\"c1\" : \"kb.ubnd\"") < text.indexOf("\"c2\" : \"kb.vp\""), text);
        assertTrue(text.indexOf("\"kb.bql.x\"") < text.indexOf("\"kb.bql.y\""), text);
    }

    @Test
    void unknownType_listsTheKnownOnes_withoutUndoOutsideAHistory() {
        FormatProblem p = only(fails("{\"type\": \"undo\", \"effective\": \"2019-07-01\"}"));
        assertEquals("/change/type", p.pointer());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("unknown change type 'undo'"), p.message());
        assertTrue(p.message().contains("('undo' only in a history's changes)"), p.message());
        FormatProblem q = only(fails("{\"type\": 3, \"effective\": \"2019-07-01\"}"));
        assertTrue(q.message().startsWith("'type' of a change must be a string"), q.message());
    }

    @Test
    void missingFields_areEachReported() {
        FormatException e = fails("{\"type\": \"merge\", \"sources\": [\"a\", 7],\n \"result\": {\"id\": \"n\", \"kind\": \"VN.PHONG\", \"level\": \"DISTRICT\"}}");
        assertEquals(List.of("/change/effective", "/change/sources/1", "/change/result/name"),
                e.problems().stream().map(FormatProblem::pointer).toList(), e.getMessage());
    }

    @Test
    void coreRejection_isAProblemAtTheChange() {
        FormatProblem p = only(fails("{\"type\": \"merge\", \"effective\": \"2019-07-01\", \"sources\": [\"a\"],\n"
                + " \"result\": {\"id\": \"n\", \"name\": \"N\", \"kind\": \"VN.PHONG\", \"level\": \"DISTRICT\"}}"));
        assertEquals("/change", p.pointer());
        assertTrue(p.message().contains("at least two distinct units"), p.message());
        FormatProblem q = only(fails("{\"type\": \"dissolve\", \"effective\": \"2019-07-01\", \"unit\": \"a\",\n"
                + " \"disposition\": {\"posts\": {\"p\": \"b\"}, \"released\": [\"p\"]}}"));
        assertEquals("/change/disposition", q.pointer());
        assertTrue(q.message().contains("both moved"), q.message());
    }

    @Test
    void unknownKindOfACreatedUnit_isReported() {
        FormatProblem p = only(fails("{\"type\": \"establish\", \"effective\": \"2019-07-01\",\n"
                + " \"unit\": {\"id\": \"n\", \"name\": \"N\", \"kind\": \"VN.NOPE\", \"level\": \"DISTRICT\"}}"));
        assertEquals("/change/unit/kind", p.pointer());
        assertTrue(p.message().contains("unknown unit kind 'VN.NOPE'"), p.message());
    }

    @Test
    void missingEffectiveDate_isOneProblem_evenInACompound() {
        FormatProblem p = only(fails("{\"type\": \"compound\", \"name\": \"X\", \"parts\": [\n"
                + " {\"type\": \"rename\", \"effective\": \"2019-07-01\", \"unit\": \"a\", \"name\": \"A\"}]}"));
        assertEquals("/change/effective", p.pointer());
    }

    @Test
    void optionalParts_areLeftOut() {
        String text = write(Rename.of(D, u("a"), "A"), false);
        assertTrue(!text.contains("decided") && !text.contains("basis") && !text.contains("note"), text);
        String relieve = write(ReduceStaff.of(D, u("a"), 1), false);
        assertTrue(!relieve.contains("alsoQuota"), relieve);
        assertEquals(Optional.empty(), ((Rename) roundTrip(Rename.of(D, u("a"), "A"), false)).info().basis());
    }
}
