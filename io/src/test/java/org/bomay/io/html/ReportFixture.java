package org.bomay.io.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Rename;
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
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.StaffWithinQuota;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.structure.OrgStructure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A small hand-built district on 1/1/2019 with hostile text in its data, a rule pack, and a
 * programme of three steps with one target met and one missed. People are fictitious.
 *
 * <pre>
 * kb Huyện Kim Bảng (administrative unit) ─ x1 Xã Nhật Tân
 * kb.hu Huyện ủy (bt An) ─┬ kb.hu.btc Ban Tổ chức (tb O'Brien "Tý" &lt;b&gt;)
 *                         ├ kb.hu.bdv Ban Dân vận              (renamed on 1/10/2019)
 *                         └ kb.hu.x &lt;script&gt;alert(1)&lt;/script&gt; (quota 3, staff 4: over quota)
 * kb.ubnd UBND (ct Oanh) ─┬ kb.nv Phòng Nội vụ (6/6; tp Sơn)  ┐ merged into kb.nvtc on 1/7/2019
 *                         ├ kb.tc Phòng Tài chính (8/7; tp Vân) ┘
 *                         └ kb.vp Văn phòng HĐND và UBND (12/13; 3 deputies): 2 staff fewer on 1/7/2020
 * </pre>
 */
final class ReportFixture {
    static final LocalDate BASE = LocalDate.of(2019, 1, 1);
    static final LocalDate MERGER_DAY = LocalDate.of(2019, 7, 1);
    static final LocalDate RENAME_DAY = LocalDate.of(2019, 10, 1);
    static final LocalDate REDUCE_DAY = LocalDate.of(2020, 7, 1);
    static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);

    static final String HOSTILE = "<script>alert(1)</script>";
    static final String QUOTED = "Ban \"Tuyên giáo\" & 'Dân vận'";
    static final String PERSON = "O'Brien \"Tý\" <b>";
    static final String STEP_LABEL = "Hợp nhất <i>phòng</i> & \"sáp nhập\"";

    static final UnitId KB = UnitId.of("kb");
    static final UnitId X1 = UnitId.of("x1");
    static final UnitId HU = UnitId.of("kb.hu");
    static final UnitId BTC = UnitId.of("kb.hu.btc");
    static final UnitId BDV = UnitId.of("kb.hu.bdv");
    static final UnitId X = UnitId.of("kb.hu.x");
    static final UnitId UBND = UnitId.of("kb.ubnd");
    static final UnitId NV = UnitId.of("kb.nv");
    static final UnitId TC = UnitId.of("kb.tc");
    static final UnitId VP = UnitId.of("kb.vp");
    static final UnitId NVTC = UnitId.of("kb.nvtc");

    static final PersonId SON = PersonId.of("p.son");

    static final String CAP_PHO = "t.cap-pho";
    static final String BIEN_CHE = "t.bien-che";

    private ReportFixture() {}

    private static Unit org(UnitId id, String name, UnitKind kind) {
        return Unit.builder(id, name, kind, Level.DISTRICT).territory(KB).build();
    }

    private static Unit staffed(UnitId id, String name, UnitKind kind, int quota, int actual) {
        return Unit.builder(id, name, kind, Level.DISTRICT).territory(KB).staffQuota(quota).actualStaff(actual).build();
    }

    static OrgStructure structure() {
        Period since = Period.from(LocalDate.of(2015, 1, 1));
        return OrgStructure.builder(BASE)
                .add(Unit.of(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(Unit.of(X1, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), KB)
                .add(org(HU, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY))
                .add(org(BTC, "Ban Tổ chức Huyện ủy", VnKinds.BAN_TO_CHUC), HU)
                .add(org(BDV, QUOTED, VnKinds.BAN_DAN_VAN), HU)
                .add(staffed(X, HOSTILE, VnKinds.BAN_TUYEN_GIAO, 3, 4), HU)
                .add(org(UBND, "Ủy ban nhân dân huyện Kim Bảng", VnKinds.UBND))
                .add(staffed(NV, "Phòng Nội vụ", VnKinds.PHONG, 6, 6), UBND)
                .add(staffed(TC, "Phòng Tài chính – Kế hoạch", VnKinds.PHONG, 8, 7), UBND)
                .add(staffed(VP, "Văn phòng HĐND và UBND", VnKinds.VAN_PHONG_HDND_UBND, 12, 13), UBND)
                .add(Post.of(PostId.of("kb.hu.bt"), HU, PostRole.HEAD, "Bí thư Huyện ủy"))
                .add(Post.of(PostId.of("kb.hu.btc.tb"), BTC, PostRole.HEAD, "Trưởng Ban Tổ chức"))
                .add(Post.of(PostId.of("kb.ubnd.ct"), UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(PostId.of("kb.nv.tp"), NV, PostRole.HEAD, "Trưởng phòng Nội vụ"))
                .add(Post.of(PostId.of("kb.tc.tp"), TC, PostRole.HEAD, "Trưởng phòng Tài chính – Kế hoạch"))
                .add(Post.of(PostId.of("kb.vp.cvp"), VP, PostRole.HEAD, "Chánh Văn phòng"))
                .add(Post.of(PostId.of("kb.vp.pcvp"), VP, PostRole.DEPUTY, "Phó Chánh Văn phòng", 3))
                .add(Person.of(PersonId.of("p.an"), "Nguyễn Văn An", true))
                .add(Person.of(PersonId.of("p.obrien"), PERSON, true))
                .add(Person.of(PersonId.of("p.oanh"), "Bùi Thị Oanh", true))
                .add(Person.of(SON, "Lý Văn Sơn", true))
                .add(Person.of(PersonId.of("p.van"), "Dương Thị Vân", true))
                .add(Person.of(PersonId.of("p.yen"), "Tạ Thị Yến", true))
                .add(Person.of(PersonId.of("p.bao"), "Lương Văn Bảo", true))
                .add(Person.of(PersonId.of("p.chung"), "Cao Văn Chung", true))
                .add(Person.of(PersonId.of("p.dat"), "Kiều Văn Đạt", true))
                .add(Tenure.main(PersonId.of("p.an"), PostId.of("kb.hu.bt"), since))
                .add(Tenure.main(PersonId.of("p.obrien"), PostId.of("kb.hu.btc.tb"), since))
                .add(Tenure.main(PersonId.of("p.oanh"), PostId.of("kb.ubnd.ct"), since))
                .add(Tenure.main(SON, PostId.of("kb.nv.tp"), since))
                .add(Tenure.main(PersonId.of("p.van"), PostId.of("kb.tc.tp"), since))
                .add(Tenure.main(PersonId.of("p.yen"), PostId.of("kb.vp.cvp"), since))
                .add(Tenure.main(PersonId.of("p.bao"), PostId.of("kb.vp.pcvp"), since))
                .add(Tenure.main(PersonId.of("p.chung"), PostId.of("kb.vp.pcvp"), since))
                .add(Tenure.main(PersonId.of("p.dat"), PostId.of("kb.vp.pcvp"), since))
                .build();
    }

    /** ERROR: an office with more than 2 deputies; ERROR: staff above quota. */
    static RulePack pack() {
        LegalBasis nd108 = LegalBasis.of("108/2020/NĐ-CP", "Quy định tổ chức các cơ quan chuyên môn");
        return RulePack.of("Thử nghiệm <pack>",
                DeputyCap.of(RuleInfo.of(CAP_PHO, "Tối đa 02 cấp phó", "At most 2 deputies", nd108, Period.ALWAYS),
                        Selector.kinds(VnKinds.PHONG, VnKinds.VAN_PHONG_HDND_UBND), 2),
                StaffWithinQuota.of(RuleInfo.structural(BIEN_CHE, "Không vượt biên chế", "Staff within quota"), Selector.any()));
    }

    /** Three steps; targets: organizations down by one (MET), actual staff down 10% (MISSED). */
    static Scenario scenario() {
        Step merger = Step.builder("office-merger", MERGER_DAY, STEP_LABEL)
                .change(Merge.of(MERGER_DAY, List.of(NV, TC), org(NVTC, "Phòng Nội vụ – Tài chính", VnKinds.PHONG)).withHead(SON))
                .lead("UBND huyện").status(Step.Status.APPROVED).build();
        Step rename = Step.of("rename", RENAME_DAY, "Đổi tên Ban Dân vận", Rename.of(RENAME_DAY, BDV, "Ban Dân vận Huyện ủy"));
        Step reduce = Step.of("reduce", REDUCE_DAY, "Tinh giản biên chế Văn phòng", ReduceStaff.of(REDUCE_DAY, VP, 2));
        return Scenario.builder("Chương trình <thử> & \"kiểm tra\"", structure()).step(merger).step(rename).step(reduce)
                .target(Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, -1, Target.Basis.CHANGE, DEADLINE)
                        .named("Giảm đầu mối"))
                .target(Target.reduction(Metrics.staffActual(), 10, DEADLINE).named("Tinh giản <10%>"))
                .build();
    }

    static SimulationResult result() {
        return Simulation.of(pack()).run(scenario());
    }

    // ------------------------------------------------------------------ reading the report back

    /** Parses the report as namespace-aware XML, loading no DTD or external entity. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";

    /** The elements of a namespace and local name, in document order. */
    static List<Element> elements(Element root, String ns, String name) {
        NodeList nl = root.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    /** The elements whose class attribute holds this class. */
    static List<Element> withClass(List<Element> es, String cls) {
        return es.stream().filter(e -> hasClass(e, cls)).toList();
    }

    static boolean hasClass(Element e, String cls) {
        return List.of(e.getAttribute("class").split(" ")).contains(cls);
    }

    /** The SVG org charts of a report, in order (a simulation's: before, then after). */
    static List<Element> orgCharts(Document d) {
        return withClass(elements(d.getDocumentElement(), SVG, "svg"), "org-chart");
    }

    /** The box of a unit in a chart. */
    static Element box(Element chart, UnitId id) {
        return elements(chart, SVG, "g").stream().filter(g -> g.getAttribute("data-unit").equals(id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no box for " + id));
    }

    /** The table of a class. */
    static Element table(Document d, String cls) {
        return withClass(elements(d.getDocumentElement(), XHTML, "table"), cls).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no table." + cls));
    }

    /** The body rows of a table. */
    static List<Element> rows(Element table) {
        Element body = elements(table, XHTML, "tbody").get(0);
        return elements(body, XHTML, "tr");
    }
}
