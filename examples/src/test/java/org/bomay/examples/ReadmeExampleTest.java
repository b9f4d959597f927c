package org.bomay.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
import org.bomay.core.change.Merge;
import org.bomay.core.history.History;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.sim.Comparison;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.examples.kimbang.KimBang;
import org.bomay.examples.kimbang.KimBangProgramme;
import org.junit.jupiter.api.Test;

/** The README's snippets, verbatim, with their comments turned into assertions. */
class ReadmeExampleTest {

    @Test
    void readmeSnippet_behavesAsItsCommentsSay() {
        UnitId huyen = UnitId.of("kb"), huyenUy = UnitId.of("kb.hu"), btc = UnitId.of("kb.hu.btc");
        OrgStructure s = OrgStructure.builder(LocalDate.of(2018, 1, 1))
                .add(Unit.of(huyen, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(Unit.builder(huyenUy, "Huyện uỷ Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT).territory(huyen).build())
                .add(Unit.builder(btc, "Ban Tổ chức Huyện ủy", VnKinds.BAN_TO_CHUC, Level.DISTRICT).territory(huyen).build(), huyenUy)
                .add(Post.of(PostId.of("kb.hu.btc.tb"), btc, PostRole.HEAD, "Trưởng Ban Tổ chức"))
                .add(Person.of(PersonId.of("p.an"), "Nguyễn Văn An", true))
                .add(Tenure.main(PersonId.of("p.an"), PostId.of("kb.hu.btc.tb"), Period.from(LocalDate.of(2015, 10, 1))))
                .build();

        assertEquals("[kb.hu \"Huyện uỷ Kim Bảng\" [VN.HUYEN_UY, DISTRICT]]", s.find("huyen uy kim bang").toString());
        assertEquals(List.of(huyenUy, btc), s.find("Huyện ủy").stream().map(Unit::id).toList());
        assertEquals("[kb.hu.btc \"Ban Tổ chức Huyện ủy\" [VN.BAN_TO_CHUC, DISTRICT]]", s.children(huyenUy).toString());
        assertEquals("[p.an \"Nguyễn Văn An\" (đảng viên)]", s.heads(btc).toString());
        String tree = s.tree(huyenUy);
        assertTrue(tree.startsWith("Huyện uỷ Kim Bảng  [VN.HUYEN_UY] kb.hu\n└── Ban Tổ chức Huyện ủy"), tree);
        assertTrue(tree.contains("Nguyễn Văn An"), tree);
    }

    @Test
    void readmeRestructuringSnippet_behavesAsItsCommentsSay() {
        OrgStructure kb = KimBang.structure();                                       // 1/1/2018
        Unit centre = Unit.builder(UnitId.of("kb.ttdvnn"), "Trung tâm Dịch vụ nông nghiệp huyện Kim Bảng",
                VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT).territory(KimBang.HUYEN).build();
        History h = History.start(kb).apply(
                Merge.of(LocalDate.of(2018, 7, 1),
                         List.of(KimBang.TRAM_TRONG_TROT, KimBang.TRAM_CHAN_NUOI, KimBang.TRAM_KHUYEN_NONG), centre)
                     .withParent(KimBang.UBND)
                     .withHead(kb.heads(KimBang.TRAM_KHUYEN_NONG).get(0).id()));

        assertTrue(h.asOf(LocalDate.of(2018, 3, 1)).contains(KimBang.TRAM_KHUYEN_NONG));
        assertTrue(!h.current().contains(KimBang.TRAM_KHUYEN_NONG));
        assertEquals("[kb.tram-kn MERGED_INTO kb.ttdvnn on 2018-07-01 (v1, hợp nhất)]",
                h.successors(KimBang.TRAM_KHUYEN_NONG).toString());
        String text = h.events().get(0).describe();
        assertTrue(text.startsWith("hợp nhất (MERGE) 2018-07-01: [kb.tram-tt-bvtv, kb.tram-cn-ty, kb.tram-kn] → [kb.ttdvnn]"), text);
        assertTrue(text.contains("staff:"), text);
    }

    @Test
    void readmeRulesSnippet_behavesAsItsCommentsSay() {
        OrgStructure kb = KimBang.structure();
        Unit centre = Unit.builder(UnitId.of("kb.ttdvnn"), "Trung tâm Dịch vụ nông nghiệp huyện Kim Bảng",
                VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT).territory(KimBang.HUYEN).build();
        History h = History.start(kb).apply(
                Merge.of(LocalDate.of(2018, 7, 1),
                         List.of(KimBang.TRAM_TRONG_TROT, KimBang.TRAM_CHAN_NUOI, KimBang.TRAM_KHUYEN_NONG), centre)
                     .withParent(KimBang.UBND)
                     .withHead(kb.heads(KimBang.TRAM_KHUYEN_NONG).get(0).id()));

        Validator vn = Validator.of(VnRules.all());
        ValidationResult r2021 = vn.validate(KimBang.structure(LocalDate.of(2021, 1, 1)));
        List<Violation> villages = r2021.violationsOf("vn.tt14-2018.so-ho-thon-to-dan-pho");
        assertEquals(3, villages.stream().filter(v -> v.severity() == Severity.WARNING).count(), villages.toString());
        assertEquals(4, villages.stream().filter(v -> v.severity() == Severity.INFO).count(), villages.toString());
        assertTrue(r2021.report().contains("(14/2018/TT-BNV)"));

        ValidationResult replay = vn.validate(h);
        assertEquals(List.of(), replay.appearedSince(vn.validate(kb)));
        assertEquals(vn.validate(h.current(), MergerLog.of(h)).violations(), replay.violations());
    }

    @Test
    void readmeSimulationSnippet_behavesAsItsCommentsSay() {
        Scenario programme = KimBangProgramme.scenario();
        Simulation sim = Simulation.of(VnRules.all());
        SimulationResult r = sim.run(programme);
        assertTrue(r.target("Giảm đầu mối").met());
        assertEquals(218.0, r.target("Giảm đầu mối").baseline());
        assertEquals(215.0, r.target("Giảm đầu mối").value().getAsDouble());
        assertEquals(8, programme.steps().size());
        assertEquals(4, programme.targets().size());
        Scenario noMerger = programme.branch("Không hợp nhất văn phòng").remove("office-merger").build();
        SimulationResult rb = sim.run(noMerger);
        String table = Comparison.of(r, rb).toString();
        assertTrue(table.contains("B = Không hợp nhất văn phòng"), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("units\\s+225\\s+222\\s+223")), table);
        assertEquals(List.of(KimBang.VAN_PHONG_HUYEN_UY, KimBang.VAN_PHONG_HDND_UBND), Comparison.of(r, rb).diff(0, 1).unitsAdded());
    }

    @Test
    void readmeFilesSnippet_behavesAsItsCommentsSay(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        OrgStructure kb = KimBang.structure();
        Scenario programme = KimBangProgramme.scenario();
        SimulationResult r = Simulation.of(VnRules.all()).run(programme);
        java.nio.file.Path json = dir.resolve("kim-bang.json");
        org.bomay.io.Documents.json().write(kb, json);
        OrgStructure back = org.bomay.io.Documents.json().readStructure(json);
        assertEquals(kb, back);
        java.nio.file.Path plan = dir.resolve("programme.json");
        org.bomay.io.Documents.json().write(programme, plan);
        assertEquals(programme, org.bomay.io.Documents.json().readScenario(plan));
        org.bomay.io.csv.CsvTables.standard().withBom(true).writeDirectory(kb, dir.resolve("kb-csv"));
        assertEquals(kb, org.bomay.io.csv.CsvTables.standard().readDirectory(KimBang.DATE, dir.resolve("kb-csv")));
        java.nio.file.Files.writeString(dir.resolve("kim-bang.dot"), org.bomay.io.export.Exports.dot(kb));
        assertTrue(java.nio.file.Files.readString(dir.resolve("kim-bang.dot")).contains("subgraph cluster_"));
        java.nio.file.Path html = org.bomay.io.html.HtmlReport.of(r).subtree(KimBang.HUYEN).writeTo(dir.resolve("programme.html"));
        String page = java.nio.file.Files.readString(html);
        assertTrue(page.contains("<svg") && !page.contains("<script"), "inline SVG, no script");
    }
}
