package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.Documents;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;
import org.bomay.io.Limits;
import org.bomay.testkit.StructureGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureDocumentTest {
    static final LocalDate D = LocalDate.of(2018, 1, 1);
    static final UnitKind TO_CONG_TAC = UnitKind.of("X.TO_CONG_TAC", "Tổ công tác", "working group", Pillar.PARTY, Level.DISTRICT);

    static OrgStructure sample() {
        UnitId kb = UnitId.of("kb"), hu = UnitId.of("kb.hu"), btc = UnitId.of("kb.hu.btc"), ub = UnitId.of("kb.ubnd"),
                vp = UnitId.of("kb.ubnd.vp"), tct = UnitId.of("kb.hu.tct");
        return OrgStructure.builder(D)
                .add(Unit.builder(kb, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).areaKm2(175.5).population(135_000)
                        .unitClass(UnitClass.II).attribute("vn.vung", "đồng bằng").build())
                .add(Unit.builder(hu, "Huyện uỷ Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT).territory(kb).build())
                .add(Unit.builder(btc, "Ban Tổ chức \"Huyện ủy\" <script>", VnKinds.BAN_TO_CHUC, Level.DISTRICT).territory(kb)
                        .staffQuota(7).actualStaff(6).validity(Period.from(LocalDate.of(2010, 3, 1))).build(), hu)
                .add(Unit.builder(tct, "Tổ công tác đặc biệt", TO_CONG_TAC, Level.DISTRICT).territory(kb).build(), hu)
                .add(Unit.builder(ub, "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT).territory(kb).build())
                .add(Unit.builder(vp, "Văn phòng HĐND và UBND", VnKinds.VAN_PHONG_HDND_UBND, Level.DISTRICT).territory(kb).build(), ub)
                .add(Post.of(PostId.of("kb.hu.btc.tb"), btc, PostRole.HEAD, "Trưởng Ban Tổ chức"))
                .add(new Post(PostId.of("kb.hu.btc.pb"), btc, PostRole.DEPUTY, "Phó Trưởng Ban", 2))
                .add(Post.of(PostId.of("kb.ubnd.vp.cvp"), vp, PostRole.HEAD, "Chánh Văn phòng"))
                .add(Person.of(PersonId.of("p.an"), "Nguyễn Văn An", true).withBirthDate(LocalDate.of(1970, 5, 2)))
                .add(Person.of(PersonId.of("p.binh"), "Trần Thị Bình", false))
                .add(Tenure.main(PersonId.of("p.an"), PostId.of("kb.hu.btc.tb"), Period.from(LocalDate.of(2015, 10, 1))))
                .add(Tenure.concurrent(PersonId.of("p.an"), PostId.of("kb.ubnd.vp.cvp"), Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 1, 1))))
                .add(Tenure.main(PersonId.of("p.binh"), PostId.of("kb.hu.btc.pb"), Period.from(LocalDate.of(2012, 1, 1))))
                .add(Relation.of(RelationType.LEADS, hu, ub))
                .build();
    }

    static final String OK = """
            {"format": "bomay/1", "type": "structure", "date": "2018-01-01",
             "units": [
               {"id": "kb", "name": "Huyện Kim Bảng", "kind": "VN.HUYEN", "level": "DISTRICT"},
               {"id": "kb.hu", "name": "Huyện uỷ Kim Bảng", "kind": "VN.HUYEN_UY", "level": "DISTRICT", "territory": "kb"}
             ],
             "posts": [{"id": "kb.hu.bt", "unit": "kb.hu", "role": "HEAD", "title": "Bí thư Huyện ủy"}],
             "people": [{"id": "p.an", "name": "Nguyễn Văn An", "partyMember": true}],
             "tenures": [{"person": "p.an", "post": "kb.hu.bt", "from": "2015-10-01"}]
            }
            """;

    @Test
    void json_writeThenReadIsTheIdentity() {
        OrgStructure s = sample();
        String text = Documents.json().write(s);
        assertTrue(text.startsWith("{\n  \"format\" : \"bomay/1\",\n  \"type\" : \"structure\""), text);
        assertTrue(text.contains("Huyện uỷ Kim Bảng"), "UTF-8 text is written as is, not \\u-escaped");
        assertTrue(text.contains("\"code\" : \"X.TO_CONG_TAC\""), "a kind not in the catalog is declared in the document");
        OrgStructure back = Documents.json().readStructure(text);
        assertEquals(s, back);
        assertEquals(text, Documents.json().write(back), "writing is deterministic");
    }

    @Test
    void yaml_writeThenReadIsTheIdentity(@TempDir Path dir) {
        OrgStructure s = sample();
        Path f = dir.resolve("kb.yaml");
        Documents.yaml().write(s, f);
        assertEquals(s, Documents.forPath(f).readStructure(f));
    }

    @Test
    void generatedStructures_roundTripInJsonAndYaml() {
        qt().withExamples(40).forAll(StructureGen.structures()).checkAssert(s -> {
            assertEquals(s, Documents.json().readStructure(Documents.json().write(s)));
            assertEquals(s, Documents.yaml().readStructure(Documents.yaml().write(s)));
        });
    }

    @Test
    void minimalDocument_reads() {
        OrgStructure s = Documents.json().readStructure(OK);
        assertEquals(2, s.unitCount());
        assertEquals("Nguyễn Văn An", s.heads(UnitId.of("kb.hu")).get(0).name());
    }

    @Test
    void nfdText_isNormalizedToNfc() {
        String nfd = java.text.Normalizer.normalize("Huyện uỷ Kim Bảng", java.text.Normalizer.Form.NFD);
        OrgStructure s = Documents.json().readStructure(OK.replace("Huyện uỷ Kim Bảng", nfd));
        assertEquals("Huyện uỷ Kim Bảng", s.unit(UnitId.of("kb.hu")).name());
    }

    static FormatException fails(String text) {
        return assertThrows(FormatException.class, () -> Documents.json().readStructure(text));
    }

    static FormatProblem only(FormatException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void unknownField_namesPointerLineAndColumn() {
        FormatProblem p = only(fails(OK.replace("\"level\": \"DISTRICT\", \"territory\"", "\"level\": \"DISTRICT\", \"colour\": 1, \"territory\"")));
        assertEquals("/units/1/colour", p.pointer());
        assertEquals(4, p.line());
        assertTrue(p.column() > 70, p.toString());
        assertTrue(p.message().contains("unknown field 'colour'"), p.message());
        assertTrue(p.toString().startsWith("/units/1/colour (line 4, column "), p.toString());
    }

    @Test
    void wrongType_isReported() {
        FormatProblem p = only(fails(OK.replace("\"partyMember\": true", "\"partyMember\": \"yes\"")));
        assertEquals("/people/0/partyMember", p.pointer());
        assertEquals(7, p.line());
        assertTrue(p.message().contains("must be true or false, not a string"), p.message());
    }

    @Test
    void badDate_isReported() {
        FormatProblem p = only(fails(OK.replace("2015-10-01", "2015-13-01")));
        assertEquals("/tenures/0/from", p.pointer());
        assertEquals(8, p.line());
        assertTrue(p.message().contains("'2015-13-01' is not an ISO-8601 date"), p.message());
    }

    @Test
    void duplicateId_namesBothPlaces() {
        FormatException e = fails(OK.replace("{\"id\": \"kb.hu\", \"name\": \"Huyện uỷ Kim Bảng\"", "{\"id\": \"kb\", \"name\": \"Huyện uỷ Kim Bảng\""));
        assertEquals(2, e.problems().size(), e.getMessage()); // and the post's unit kb.hu is now missing
        FormatProblem p = e.problems().get(0);
        assertEquals("/units/1/id", p.pointer());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("duplicate unit id 'kb' (first at /units/0, line 3)"), p.message());
    }

    @Test
    void duplicateField_isReported() {
        FormatProblem p = only(fails(OK.replace("\"name\": \"Nguyễn Văn An\"", "\"name\": \"Nguyễn Văn An\", \"name\": \"B\"")));
        assertEquals("/people/0/name", p.pointer());
        assertTrue(p.message().contains("duplicate field 'name'"), p.message());
    }

    @Test
    void missingReference_pointsAtTheReferringField() {
        FormatProblem p = only(fails(OK.replace("\"post\": \"kb.hu.bt\"", "\"post\": \"kb.hu.pbt\"")));
        assertEquals("/tenures/0/post", p.pointer());
        assertEquals(8, p.line());
        assertTrue(p.message().contains("post 'kb.hu.pbt' of a tenure is not a post of the document"), p.message());
    }

    @Test
    void cycle_isReportedAtAParent() {
        String text = OK.replace("{\"id\": \"kb\", \"name\": \"Huyện Kim Bảng\", \"kind\": \"VN.HUYEN\", \"level\": \"DISTRICT\"}",
                "{\"id\": \"kb\", \"name\": \"Huyện Kim Bảng\", \"kind\": \"VN.HUYEN\", \"level\": \"DISTRICT\"},\n"
                        + "   {\"id\": \"a\", \"name\": \"Ban A\", \"kind\": \"VN.BAN_TO_CHUC\", \"level\": \"DISTRICT\", \"parent\": \"b\"},\n"
                        + "   {\"id\": \"b\", \"name\": \"Ban B\", \"kind\": \"VN.BAN_TO_CHUC\", \"level\": \"DISTRICT\", \"parent\": \"a\"}");
        FormatException e = fails(text);
        assertTrue(e.problems().stream().anyMatch(p -> p.message().toLowerCase().contains("cycle")
                && (p.pointer().equals("/units/1/parent") || p.pointer().equals("/units/2/parent")) && p.line() > 0), e.getMessage());
    }

    @Test
    void everyProblem_isCollected() {
        String text = OK.replace("\"level\": \"DISTRICT\"}", "\"level\": \"DISTRCT\"}")
                .replace("\"role\": \"HEAD\"", "\"role\": \"BOSS\"")
                .replace("2015-10-01", "yesterday");
        FormatException e = fails(text);
        assertEquals(List.of("/units/0/level", "/posts/0/role", "/tenures/0/from"),
                e.problems().stream().map(FormatProblem::pointer).toList(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Cannot read structure document: 3 problems"), e.getMessage());
    }

    @Test
    void missingRequiredField_isReportedAtItsPlace() {
        FormatProblem p = only(fails(OK.replace("\"title\": \"Bí thư Huyện ủy\"", "\"capacity\": 1")));
        assertEquals("/posts/0/title", p.pointer());
        assertEquals(6, p.line());
        assertTrue(p.message().contains("a post has no 'title'"), p.message());
    }

    @Test
    void unknownKind_isReported() {
        FormatProblem p = only(fails(OK.replace("VN.HUYEN_UY", "VN.XYZ")));
        assertEquals("/units/1/kind", p.pointer());
        assertTrue(p.message().contains("unknown unit kind 'VN.XYZ'"), p.message());
    }

    @Test
    void coreValidation_runs() {
        FormatProblem p = only(fails(OK.replace("\"from\": \"2015-10-01\"}", "\"from\": \"2015-10-01\"}, {\"person\": \"p.an\", \"post\": \"kb.hu.bt\", \"from\": \"2016-01-01\"}")));
        assertEquals("/tenures/0", p.pointer());
    }

    @Test
    void syntaxError_namesLineAndColumn() {
        FormatProblem p = only(fails(OK.replace("\"people\": [", "\"people\" [")));
        assertEquals(7, p.line());
        assertTrue(p.message().startsWith("not well-formed"), p.message());
    }

    @Test
    void header_mustNameFormatAndType() {
        assertTrue(only(fails(OK.replace("bomay/1", "bomay/2"))).message().contains("unsupported format 'bomay/2'"));
        assertTrue(only(fails(OK.replace("\"type\": \"structure\"", "\"type\": \"history\""))).message()
                .contains("this is a 'history' document; expected type 'structure'"));
        FormatProblem p = only(fails("[1, 2]"));
        assertTrue(p.message().contains("must be an object"), p.message());
        assertTrue(only(fails("")).message().contains("empty"));
    }

    @Test
    void limits_areEnforced() {
        Documents small = Documents.json().withLimits(Limits.DEFAULT.withMaxDocumentChars(100));
        FormatProblem big = only(assertThrows(FormatException.class, () -> small.readStructure(OK)));
        assertTrue(big.message().contains("longer than 100 characters"), big.message());
        Documents shallow = Documents.json().withLimits(Limits.DEFAULT.withMaxDepth(2));
        FormatProblem deep = only(assertThrows(FormatException.class, () -> shallow.readStructure(OK)));
        assertTrue(deep.message().contains("nesting deeper than 2"), deep.message());
        Documents shortStrings = Documents.json().withLimits(Limits.DEFAULT.withMaxStringLength(10));
        FormatProblem longString = only(assertThrows(FormatException.class, () -> shortStrings.readStructure(OK)));
        assertTrue(longString.message().contains("longer than 10"), longString.message());
    }

    @Test
    void yamlAliasesAndTags_areRefused() {
        String yaml = """
                format: bomay/1
                type: structure
                date: 2018-01-01
                units:
                  - &u {id: kb, name: Huyện Kim Bảng, kind: VN.HUYEN, level: DISTRICT}
                  - *u
                """;
        FormatException e = assertThrows(FormatException.class, () -> Documents.yaml().readStructure(yaml));
        assertTrue(e.getMessage().contains("anchors") || e.getMessage().contains("aliases"), e.getMessage());
        String tagged = """
                format: bomay/1
                type: structure
                date: !!java.util.Date 2018-01-01
                units: []
                """;
        FormatException t = assertThrows(FormatException.class, () -> Documents.yaml().readStructure(tagged));
        assertTrue(t.getMessage().contains("tags"), t.getMessage());
    }

    @Test
    void yaml_problemsHaveLines() {
        String yaml = """
                format: bomay/1
                type: structure
                date: 2018-01-01
                units:
                  - id: kb
                    name: Huyện Kim Bảng
                    kind: VN.HUYEN
                    level: DISTRICT
                    area: 3
                """;
        FormatProblem p = only(assertThrows(FormatException.class, () -> Documents.yaml().readStructure(yaml)));
        assertEquals("/units/0/area", p.pointer());
        assertEquals(9, p.line());
    }

    @Test
    void kindDeclaredAfterUnits_isFound() {
        String text = """
                {"format": "bomay/1", "type": "structure", "date": "2018-01-01",
                 "units": [{"id": "x", "name": "Tổ X", "kind": "X.TO", "level": "DISTRICT"}],
                 "kinds": [{"code": "X.TO", "vietnamese": "Tổ", "english": "team", "pillar": "PARTY", "levels": ["DISTRICT"]}]}
                """;
        assertEquals("Tổ", Documents.json().readStructure(text).unit(UnitId.of("x")).kind().vietnamese());
    }

    @Test
    void note_isWrittenAndAcceptedOnRead() {
        String text = Documents.json().withNote("ILLUSTRATIVE: số liệu minh hoạ").write(sample());
        assertTrue(text.contains("\"note\" : \"ILLUSTRATIVE: số liệu minh hoạ\""), text);
        assertEquals(sample(), Documents.json().readStructure(text));
        FormatProblem p = only(fails(OK.replace("\"type\": \"structure\"", "\"type\": \"structure\", \"note\": 3")));
        assertEquals("/note", p.pointer());
    }

    @Test
    void forPath_rejectsUnknownExtensions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kb.txt");
        Files.writeString(f, OK);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Documents.forPath(f));
        assertTrue(e.getMessage().contains("kb.txt"));
    }
}
