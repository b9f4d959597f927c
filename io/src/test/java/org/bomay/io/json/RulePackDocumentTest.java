package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.GroupRule;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.UnitRule;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.types.Cap;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.rules.types.ConcurrentPosts;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.GroupDeputyCap;
import org.bomay.core.rules.types.Minimum;
import org.bomay.core.rules.types.MinimumStaff;
import org.bomay.core.rules.types.PostPattern;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.StaffCap;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.Documents;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackDocumentTest {
    static final LocalDate D = LocalDate.of(2019, 6, 1);
    static final UnitKind TO_CONG_TAC = UnitKind.of("X.TO_CONG_TAC", "Tổ công tác", "working group", Pillar.PARTY, Level.DISTRICT);
    static final String ND37 = "vn.nd37-2014.pho-truong-phong-huyen";

    /** A district with one office of three deputies (NĐ 37/2014 allows 3 until 25/11/2020). */
    static OrgStructure district() {
        UnitId kb = UnitId.of("kb"), ub = UnitId.of("kb.ubnd"), nv = UnitId.of("kb.nv");
        PostId pp = PostId.of("kb.nv.pp");
        return OrgStructure.builder(D)
                .add(Unit.builder(kb, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).build())
                .add(Unit.builder(ub, "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT).territory(kb).build())
                .add(Unit.builder(nv, "Phòng Nội vụ", VnKinds.PHONG, Level.DISTRICT).territory(kb).staffQuota(8).actualStaff(8).build(), ub)
                .add(Post.of(PostId.of("kb.nv.tp"), nv, PostRole.HEAD, "Trưởng phòng Nội vụ"))
                .add(new Post(pp, nv, PostRole.DEPUTY, "Phó Trưởng phòng Nội vụ", 3))
                .add(Person.of(PersonId.of("p.a"), "Nguyễn Văn A", true))
                .add(Person.of(PersonId.of("p.b"), "Trần Thị B", true))
                .add(Person.of(PersonId.of("p.c"), "Lê Văn C", true))
                .add(Person.of(PersonId.of("p.d"), "Phạm Thị D", true))
                .add(Tenure.main(PersonId.of("p.a"), PostId.of("kb.nv.tp"), Period.from(LocalDate.of(2015, 1, 1))))
                .add(Tenure.main(PersonId.of("p.b"), pp, Period.from(LocalDate.of(2015, 1, 1))))
                .add(Tenure.main(PersonId.of("p.c"), pp, Period.from(LocalDate.of(2015, 1, 1))))
                .add(Tenure.main(PersonId.of("p.d"), pp, Period.from(LocalDate.of(2015, 1, 1))))
                .build();
    }

    /** Rules of every type and every selector criterion, with the values VnRules leaves to the caller. */
    static RulePack parameterized() {
        LegalBasis qd = LegalBasis.of("01/2024/QĐ-UBND", "Quyết định minh hoạ \"thử\" <b>");
        Selector every = Selector.kinds(VnKinds.UBND).levels(Level.PROVINCE).pillars(Pillar.STATE).classes(UnitClass.I, UnitClass.II)
                .territoryKinds(VnKinds.TINH).within(UnitId.of("hn"), UnitId.of("ht")).formedFrom(2, 3)
                .anyPredecessorClass(UnitClass.I).allPredecessorClasses(UnitClass.II, UnitClass.III)
                .attribute("vn.vung", "DONG_BANG_SONG_HONG").attribute("vn.mien-nui", "true").parentKinds(VnKinds.TINH)
                .except(Selector.kinds(VnKinds.UBND).classes(UnitClass.SPECIAL)).except(Selector.any().within(UnitId.of("hcm")));
        ConcurrencyModel anywhere = ConcurrencyModel.of("x=y", "Tổ trưởng đồng thời là Bí thư", "Group head is also secretary",
                PostPattern.of(Selector.kinds(TO_CONG_TAC), PostRole.HEAD, PostRole.DEPUTY),
                PostPattern.of(Selector.kinds(VnKinds.HUYEN_UY), PostRole.HEAD))
                .anyTerritory().allowed(Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 1, 1)), null)
                .notToSpread(Period.from(LocalDate.of(2022, 1, 1)), Set.of(UnitId.of("ht"), UnitId.of("hn")), qd);
        List<Rule> rules = new java.util.ArrayList<>(List.of(
                VnRules.maxConcurrentPosts(2, qd, Period.from(LocalDate.of(2024, 1, 1))),
                VnRules.minimumStaff(List.of(Minimum.of(Selector.kinds(VnKinds.PHONG), 5), Minimum.of(Selector.any(), 4)), qd, Period.ALWAYS),
                MinimumStaff.of(RuleInfo.structural("t.minimum-quota", "Biên chế tối thiểu", "Minimum quota"),
                        List.of(Minimum.of(Selector.kinds(VnKinds.SO), 10))).onQuota(),
                VnRules.communeStaffCaps(List.of(Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE), 32)), qd,
                        Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2030, 7, 1))),
                StaffCap.of(RuleInfo.structural("t.staff-quota", "Trần biên chế", "Quota cap").withSeverity(Severity.WARNING),
                        List.of(Cap.of(Selector.kinds(VnKinds.PHONG), 12))).onQuota(),
                VnRules.hdndViceChairs2025(LegalBasis.of("106/2025/UBTVQH15"), LocalDate.of(2025, 7, 1)),
                VnRules.doNotSpread(VnRules.MODEL_DAN_VAN_MTTQ, Set.of(UnitId.of("ht")), LocalDate.of(2022, 8, 10),
                        LegalBasis.of("55-KL/TU", "Kết luận của Ban Thường vụ Tỉnh ủy Hà Tĩnh")),
                ConcurrentPosts.of(RuleInfo.structural("t.kiem-nhiem", "Kiêm nhiệm tổ công tác", "Working group posts"), List.of(anywhere)),
                DeputyCap.of(RuleInfo.of("t.every-criterion", "Mọi tiêu chí", "Every criterion", qd, Period.ALWAYS),
                        List.of(Cap.of(every, 6), Cap.of(Selector.kinds(TO_CONG_TAC), 0))).withGrace(java.time.Period.of(2, 6, 0)),
                GroupDeputyCap.total(RuleInfo.of("t.group-total", "Tổng số cấp phó", "Total deputies", qd, Period.ALWAYS),
                        Selector.kinds(VnKinds.TINH_UY), Selector.kinds(VnKinds.BAN_TO_CHUC, VnKinds.BAN_DAN_VAN).levels(Level.PROVINCE), 15)
                        .withAllowance(Map.of(3, 2, 2, 1)).withGrace(java.time.Period.ofYears(5)),
                VnRules.noNewOrganizations(district()),
                VnRules.staffCutNq18(district())));
        rules.addAll(VnRules.communeCadres2009To2023(LocalDate.of(2019, 6, 1)));
        return RulePack.of("Tham số của người dùng", rules);
    }

    static List<RulePack> packs() {
        return List.of(VnRules.all(), VnRules.beforeReform(), VnRules.afterReform(), VnRules.structural(),
                VnRules.inForce(LocalDate.of(2021, 1, 1)), VnRules.inForce(LocalDate.of(2026, 1, 1)), parameterized());
    }

    /**
     * Rule types have no equals, so "the same rules" is: same name and order, and per rule the same
     * class, info, description, reach, boundaries, grace and kinds — and the same re-written text,
     * which holds every parameter.
     */
    static void assertSame(RulePack expected, RulePack actual, Documents d) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Rule a = expected.rules().get(i);
            Rule b = actual.rules().get(i);
            assertEquals(a.getClass(), b.getClass(), a.id());
            assertEquals(a.info(), b.info(), a.id());
            if (a instanceof GroupDeputyCap ga && !ga.allowance().isEmpty()) {
                // its toString shows the allowance map in the order it was given (Map.of: no fixed order)
                GroupDeputyCap gb = (GroupDeputyCap) b;
                assertEquals(ga.allowance(), gb.allowance());
                assertEquals(List.of(ga.group(), ga.members(), ga.isAverage(), ga.limit()),
                        List.of(gb.group(), gb.members(), gb.isAverage(), gb.limit()));
            } else {
                assertEquals(a.toString(), b.toString());
            }
            assertEquals(a.reads(), b.reads(), a.id());
            assertEquals(a.boundaries(), b.boundaries(), a.id());
            assertEquals(a.mergerGrace(), b.mergerGrace(), a.id());
            if (a instanceof UnitRule ua) {
                assertEquals(ua.kinds(), ((UnitRule) b).kinds(), a.id());
            }
            if (a instanceof GroupRule ga) {
                assertEquals(ga.kinds(), ((GroupRule) b).kinds(), a.id());
            }
        }
        assertEquals(d.write(expected), d.write(actual), "write, read, write gives the same text");
    }

    @Test
    void everyPack_roundTripsInJsonAndYaml() {
        for (RulePack pack : packs()) {
            for (Documents d : List.of(Documents.json(), Documents.yaml())) {
                String text = d.write(pack);
                RulePack back = d.readRules(text);
                assertSame(pack, back, d);
                assertEquals(text, d.write(pack), "writing is deterministic");
            }
        }
    }

    @Test
    void parameters_areWrittenInFull() {
        String text = Documents.json().write(parameterized());
        assertTrue(text.startsWith("{\n  \"format\" : \"bomay/1\",\n  \"type\" : \"rules\",\n  \"name\" : \"Tham số của người dùng\""), text);
        assertTrue(text.contains("\"code\" : \"X.TO_CONG_TAC\""), "a kind not in the catalog is declared");
        assertTrue(text.contains("\"grace\" : \"P2Y6M\""), text);
        assertTrue(text.contains("\"allowance\" : {\n        \"2\" : 1,\n        \"3\" : 2\n      }"), "allowance sorted by key: " + text);
        assertTrue(text.contains("\"title\" : \"Quyết định minh hoạ \\\"thử\\\" <b>\""), "escaped, UTF-8 as is");
        assertTrue(text.contains("\"sameTerritory\" : false"), text);
        assertTrue(text.contains("\"type\" : \"BaselineLimit\""), text);
        assertTrue(text.contains("\"measure\" : \"ORGANIZATIONS\""), text);
        assertTrue(text.contains("\"baseline\" : 2,"), "the baseline's total (kb.ubnd and kb.nv): " + text);
        String vn = Documents.json().write(VnRules.all());
        assertTrue(vn.contains("\"average\" : 2.5"), "NĐ 300/2025's 2.5 vice-chairs");
        assertTrue(vn.contains("\"average\" : 2,"), "a whole number without a fraction");
        assertTrue(vn.contains("\"areaKm2\" : 5.5"), vn);
        assertFalse(vn.contains("\"kinds\" : [ {"), "every VN kind is in the catalog");
    }

    @Test
    void withAnotherCatalog_kindsAreDeclaredAndResolved() {
        Documents d = Documents.json().withKinds(org.bomay.core.profile.vn.VnKinds.CATALOG.with(TO_CONG_TAC));
        String text = d.write(parameterized());
        assertFalse(text.contains("\"code\" : \"X.TO_CONG_TAC\""), "the catalog has it");
        assertSame(parameterized(), d.readRules(text), d);
        FormatException e = assertThrows(FormatException.class, () -> Documents.json().readRules(text));
        assertTrue(e.problems().stream().allMatch(p -> p.message().contains("unknown unit kind 'X.TO_CONG_TAC'")), e.getMessage());
    }

    @Test
    void file_roundTrips(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("vn.yaml");
        Documents.yaml().write(VnRules.all(), f);
        assertTrue(Files.readString(f).contains("type: \"DeputyCap\"") || Files.readString(f).contains("type: DeputyCap"));
        assertSame(VnRules.all(), Documents.forPath(f).readRules(f), Documents.yaml());
    }

    // ------------------------------------------------------------------ editing changes behaviour

    @Test
    void editingACap_changesWhatTheReadRuleReports() {
        OrgStructure s = district();
        Documents json = Documents.json();
        String text = json.write(VnRules.all());
        RulePack same = json.readRules(text);
        assertEquals(0, Validator.of(same).validate(s).violationsOf(ND37).size(), "3 deputies, cap 3");
        int at = text.indexOf("\"id\" : \"" + ND37 + "\"");
        int max = text.indexOf("\"max\" : 3", at);
        assertTrue(at > 0 && max > at, text);
        String edited = text.substring(0, max) + "\"max\" : 2" + text.substring(max + "\"max\" : 3".length());
        RulePack stricter = json.readRules(edited);
        assertEquals(1, Validator.of(stricter).validate(s).violationsOf(ND37).size(), "3 deputies, cap 2");
        assertTrue(Validator.of(stricter).validate(s).violationsOf(ND37).get(0).messageVi().contains("vượt mức tối đa 2"));
    }

    @Test
    void editingYaml_severityAndValidity() {
        RulePack pack = RulePack.of("Thử", VnRules.nd37DistrictOffices());
        String yaml = Documents.yaml().write(pack);
        assertTrue(yaml.contains("max: 3"), yaml);
        String edited = yaml.replace("max: 3", "max: 1").replace("severity: \"ERROR\"", "severity: \"WARNING\"")
                .replace("severity: ERROR", "severity: WARNING");
        RulePack back = Documents.yaml().readRules(edited);
        assertEquals(Severity.WARNING, back.rules().get(0).info().severity());
        var v = Validator.of(back).validate(district()).violationsOf(ND37);
        assertEquals(1, v.size());
        assertEquals(Severity.WARNING, v.get(0).severity());
        assertEquals(List.of(Cap.of(Selector.kinds(VnKinds.PHONG, VnKinds.VAN_PHONG_HDND_UBND).levels(Level.DISTRICT), 1)),
                ((DeputyCap) back.rules().get(0)).caps());
    }

    // ------------------------------------------------------------------ problems

    static final String OK = """
            {"format": "bomay/1", "type": "rules", "name": "Thử nghiệm",
             "rules": [
              {"type": "DeputyCap", "id": "t.cap-pho", "titleVi": "Tối đa 02 cấp phó", "titleEn": "At most 2 deputies",
               "source": {"number": "108/2020/NĐ-CP"}, "from": "2020-11-25",
               "caps": [{"where": {"kinds": ["VN.PHONG"], "levels": ["DISTRICT"]}, "max": 2}]},
              {"type": "SingleHead", "id": "t.mot-nguoi", "titleVi": "Một người đứng đầu", "titleEn": "One head",
               "severity": "WARNING", "where": {}}
             ]}
            """;

    static FormatException fails(String text) {
        return assertThrows(FormatException.class, () -> Documents.json().readRules(text));
    }

    static FormatProblem only(FormatException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void minimalDocument_reads() {
        RulePack p = Documents.json().readRules(OK);
        assertEquals("Thử nghiệm", p.name());
        assertEquals(List.of("t.cap-pho", "t.mot-nguoi"), p.rules().stream().map(Rule::id).toList());
        assertEquals(Severity.ERROR, p.rule("t.cap-pho").info().severity(), "the default severity");
        assertEquals(Period.from(LocalDate.of(2020, 11, 25)), p.rule("t.cap-pho").validity());
        assertEquals(Selector.any(), ((org.bomay.core.rules.types.SingleHead) p.rule("t.mot-nguoi")).selector());
    }

    @Test
    void unknownRuleType_listsTheKnownOnes() {
        FormatProblem p = only(fails(OK.replace("\"type\": \"SingleHead\"", "\"type\": \"OneHead\"")));
        assertEquals("/rules/1/type", p.pointer());
        assertEquals(6, p.line());
        assertTrue(p.message().startsWith("unknown rule type 'OneHead' (known: AdminUnitStandards, BaselineLimit, "), p.message());
        assertTrue(p.message().contains("SingleHead"), p.message());
    }

    @Test
    void unknownField_isReported() {
        FormatProblem p = only(fails(OK.replace("\"max\": 2", "\"max\": 2, \"colour\": \"red\"")));
        assertEquals("/rules/0/caps/0/colour", p.pointer());
        assertEquals(5, p.line());
        assertTrue(p.message().contains("unknown field 'colour' in a cap row (known: max, where)"), p.message());
    }

    @Test
    void wrongType_isReported() {
        FormatProblem p = only(fails(OK.replace("\"max\": 2", "\"max\": \"2\"")));
        assertEquals("/rules/0/caps/0/max", p.pointer());
        assertEquals(5, p.line());
        assertTrue(p.message().contains("must be an integer, not a string"), p.message());
    }

    @Test
    void badDate_isReported() {
        FormatProblem p = only(fails(OK.replace("2020-11-25", "2020-11-31")));
        assertEquals("/rules/0/from", p.pointer());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("2020-11-31"), p.message());
    }

    @Test
    void duplicateRuleId_pointsAtTheSecond() {
        FormatProblem p = only(fails(OK.replace("\"t.mot-nguoi\"", "\"t.cap-pho\"")));
        assertEquals("/rules/1/id", p.pointer());
        assertEquals(6, p.line());
        assertTrue(p.message().contains("duplicate rule id 't.cap-pho' (first at /rules/0, line 3)"), p.message());
    }

    @Test
    void valueCoreRejects_isAProblemAtItsRow() {
        FormatProblem p = only(fails(OK.replace("\"max\": 2", "\"max\": -1")));
        assertEquals("/rules/0/caps/0", p.pointer());
        assertTrue(p.message().contains("A cap must be >= 0, was -1"), p.message());
    }

    @Test
    void badRuleId_isAProblemAtTheId() {
        FormatProblem p = only(fails(OK.replace("\"t.cap-pho\"", "\"T Cap\"")));
        assertEquals("/rules/0/id", p.pointer());
        assertTrue(p.message().contains("A rule id must be lower-case"), p.message());
    }

    @Test
    void selectorProblems_areLocated() {
        FormatException e = fails(OK.replace("\"kinds\": [\"VN.PHONG\"], \"levels\": [\"DISTRICT\"]",
                "\"kinds\": [\"VN.PHONGG\"], \"levels\": [], \"classes\": [\"IV\"], \"formedFrom\": [0], \"size\": 3"));
        List<String> pointers = e.problems().stream().map(FormatProblem::pointer).toList();
        assertEquals(List.of("/rules/0/caps/0/where/kinds/0", "/rules/0/caps/0/where/levels", "/rules/0/caps/0/where/classes/0",
                "/rules/0/caps/0/where/size"), pointers, e.getMessage());
        assertTrue(e.problems().get(0).message().contains("unknown unit kind 'VN.PHONGG'"));
        assertTrue(e.problems().get(1).message().contains("must not be empty"));
        FormatProblem p = only(fails(OK.replace("\"levels\": [\"DISTRICT\"]", "\"formedFrom\": [0]")));
        assertEquals("/rules/0/caps/0/where/formedFrom", p.pointer());
        assertTrue(p.message().contains("Selector.formedFrom: counts must be >= 1"), p.message());
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        FormatException e = fails(OK.replace("\"type\": \"SingleHead\"", "\"type\": \"OneHead\"").replace("2020-11-25", "25/11/2020")
                .replace("\"max\": 2", "\"max\": 2.5").replace("\"name\": \"Thử nghiệm\",", ""));
        assertEquals(List.of("/name", "/rules/0/caps/0/max", "/rules/0/from", "/rules/1/type"),
                e.problems().stream().map(FormatProblem::pointer).sorted().toList(), e.getMessage());
    }

    @Test
    void missingParameters_andBadGrace() {
        FormatException e = fails("""
                {"format": "bomay/1", "type": "rules", "name": "x", "rules": [
                  {"type": "GroupDeputyCap", "id": "a", "titleVi": "a", "titleEn": "a", "group": {}, "members": {},
                   "average": 2, "total": 3, "grace": "5 years"},
                  {"type": "GroupDeputyCap", "id": "b", "titleVi": "b", "titleEn": "b", "group": {}, "members": {}},
                  {"type": "DeputyCap", "id": "c", "titleVi": "c", "titleEn": "c", "caps": []},
                  {"type": "ConcurrentPosts", "id": "d", "titleVi": "d", "titleEn": "d", "models": [
                    {"id": "m", "nameVi": "m", "nameEn": "m", "first": {"unit": {}, "roles": ["HEAD"]},
                     "second": {"unit": {}, "roles": ["CHIEF"]}, "statuses": [{"standing": "ALLOWED", "from": "2020-01-01", "to": "2019-01-01"}]},
                    {"id": "m", "nameVi": "m", "nameEn": "m", "first": {"unit": {}, "roles": ["HEAD"]}, "second": {"unit": {}, "roles": ["HEAD"]}}]}
                ]}
                """);
        List<String> pointers = e.problems().stream().map(FormatProblem::pointer).toList();
        assertEquals(List.of("/rules/0/total", "/rules/0/grace", "/rules/1/average", "/rules/2/caps",
                "/rules/3/models/0/second/roles/0", "/rules/3/models/0/statuses/0/to", "/rules/3/models/1/id"), pointers, e.getMessage());
        assertTrue(e.problems().get(1).message().contains("ISO-8601 period such as \"P5Y\""), e.getMessage());
        assertTrue(e.problems().get(6).message().contains("duplicate model id 'm'"), e.getMessage());
    }

    @Test
    void structuralChecks_areFixedByCore() {
        String text = Documents.json().write(VnRules.structural());
        assertEquals(VnRules.structural().size(), Documents.json().readRules(text).size());
        FormatProblem p = only(fails(text.replaceFirst("\"severity\" : \"WARNING\"", "\"severity\" : \"ERROR\"")));
        assertEquals("/rules/1", p.pointer());
        assertTrue(p.message().contains("structural check bomay.structure.territory is built into core"), p.message());
        FormatProblem q = only(fails(text.replaceFirst("\"id\" : \"bomay.structure.pillar\"", "\"id\" : \"bomay.structure.colour\"")));
        assertEquals("/rules/2/id", q.pointer());
    }

    @Test
    void yamlProblems_haveLines() {
        String yaml = Documents.yaml().write(RulePack.of("Thử", VnRules.nd37DistrictOffices()));
        FormatException e = assertThrows(FormatException.class, () -> Documents.yaml().readRules(yaml.replace("max: 3", "max: -3")));
        FormatProblem p = only(e);
        assertEquals("/rules/0/caps/0", p.pointer());
        List<String> lines = yaml.lines().toList();
        assertTrue(lines.get(p.line() - 1).contains("where") || lines.get(p.line() - 1).contains("- "), p + "\n" + yaml);
    }

    @Test
    void otherDocumentType_isRefused() {
        FormatProblem p = only(fails(OK.replace("\"type\": \"rules\"", "\"type\": \"structure\"")));
        assertEquals("/type", p.pointer());
        assertTrue(p.message().contains("expected type 'rules'"), p.message());
    }

    // ------------------------------------------------------------------ custom rules

    @Test
    void customRule_cannotBeWritten_andNothingIsWritten(@TempDir Path dir) {
        UnitRule custom = new UnitRule(RuleInfo.structural("my.no-empty-office", "Phòng không có người", "Office without staff")) {
            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return true;
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {}
        };
        RulePack pack = VnRules.structural().plus(custom);
        BomayException e = assertThrows(BomayException.class, () -> Documents.json().write(pack));
        assertTrue(e.getMessage().contains("Rule my.no-empty-office of pack"), e.getMessage());
        assertTrue(e.getMessage().contains("pack.without(\"my.no-empty-office\")"), e.getMessage());
        Path f = dir.resolve("x.json");
        assertThrows(BomayException.class, () -> Documents.json().write(pack, f));
        assertFalse(Files.exists(f), "the file is not created");
        assertEquals(VnRules.structural().size(), Documents.json().readRules(Documents.json().write(pack.without("my.no-empty-office"))).size());
    }
}
