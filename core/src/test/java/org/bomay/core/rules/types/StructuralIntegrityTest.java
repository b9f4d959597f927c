package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Structural consistency: units, parents and territories in force; territory within the parent's;
 * parent of the same pillar.
 *
 * <pre>
 * hn Tỉnh Hà Nam ─┬ kb Huyện Kim Bảng ─ x1 Xã Nhật Tân
 *                 └ lb Huyện Lý Nhân ─ x3 Xã Nhân Hậu
 * kb.hu Huyện ủy Kim Bảng ─┬ kb.hu.vp Văn phòng (territory kb)
 *                          └ x1.du Đảng ủy xã Nhật Tân (territory x1)
 * kb.ubnd UBND huyện; lb.hu Huyện ủy Lý Nhân
 * </pre>
 */
class StructuralIntegrityTest {
    static final StructuralIntegrity IN_FORCE = StructuralIntegrity.inForce();
    static final StructuralIntegrity TERRITORY = StructuralIntegrity.territory();
    static final StructuralIntegrity PILLAR = StructuralIntegrity.pillar();
    static final LocalDate CEASED = LocalDate.of(2020, 1, 1);

    static OrgStructure.Builder base(LocalDate date) {
        return OrgStructure.builder(date)
                .add(admin("hn", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(admin("lb", "Huyện Lý Nhân", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(admin("x1", "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), u("kb"))
                .add(admin("x3", "Xã Nhân Hậu", VnKinds.XA, Level.COMMUNE), u("lb"))
                .add(org("kb.hu", "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, "kb").build())
                .add(org("kb.hu.vp", "Văn phòng Huyện ủy Kim Bảng", VnKinds.VAN_PHONG_CAP_UY, Level.DISTRICT, "kb").build(),
                        u("kb.hu"))
                .add(org("x1.du", "Đảng ủy xã Nhật Tân", VnKinds.DANG_UY_XA, Level.COMMUNE, "x1").build(), u("kb.hu"))
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").build())
                .add(org("lb.hu", "Huyện ủy Lý Nhân", VnKinds.HUYEN_UY, Level.DISTRICT, "lb").build());
    }

    /** The Trung tâm Bồi dưỡng chính trị, in force 2010–2020, with two posts and a party cell under it. */
    static OrgStructure.Builder withCentre(LocalDate date) {
        return base(date)
                .add(org("kb.tt", "Trung tâm Bồi dưỡng chính trị huyện Kim Bảng", VnKinds.TTBDCT, Level.DISTRICT, "kb")
                        .validity(Period.of(LocalDate.of(2010, 1, 1), CEASED)).build(), u("kb.hu"))
                .add(Post.of(post("kb.tt.gd"), u("kb.tt"), PostRole.HEAD, "Giám đốc Trung tâm"))
                .add(Post.of(post("kb.tt.pgd"), u("kb.tt"), PostRole.DEPUTY, "Phó Giám đốc Trung tâm"))
                .add(Person.of(person("p.gd"), "Lê Thị Giảng", true))
                .add(Tenure.main(person("p.gd"), post("kb.tt.gd"), Period.of(LocalDate.of(2015, 1, 1), CEASED)))
                .add(org("kb.tt.cb", "Chi bộ Trung tâm Bồi dưỡng chính trị", VnKinds.CHI_BO, Level.DISTRICT, "kb").build(),
                        u("kb.tt"));
    }

    static ValidationResult all(OrgStructure s) {
        return Validator.of(RulePack.of("cấu trúc", StructuralIntegrity.all())).validate(s);
    }

    @Test
    void consistentStructure_passesAllThree() {
        assertNone(all(base(DATE).build()));
        assertNone(all(withCentre(LocalDate.of(2019, 6, 1)).build()), "while the centre is in force");
    }

    @Test
    void allAndIds() {
        assertEquals(List.of(StructuralIntegrity.IN_FORCE, StructuralIntegrity.TERRITORY, StructuralIntegrity.PILLAR),
                StructuralIntegrity.all().stream().map(Rule::id).toList());
        assertEquals("bomay.structure.in-force", IN_FORCE.id());
        assertEquals(Severity.ERROR, IN_FORCE.info().severity());
        assertEquals(Severity.WARNING, TERRITORY.info().severity());
        assertEquals(Severity.WARNING, PILLAR.info().severity());
        assertTrue(IN_FORCE.source().isEmpty(), "structural checks rest on no document");
        assertEquals(Set.of(Reach.PARENT, Reach.OWN_TERRITORY), IN_FORCE.reads());
        assertEquals(Set.of(Reach.PARENT, Reach.OWN_TERRITORY, Reach.ANCESTORS), TERRITORY.reads());
        assertEquals(Set.of(Reach.PARENT), PILLAR.reads());
    }

    @Test
    void badParameters_aPackRefusesTheSameCheckTwice() {
        // the checks take no parameters; the closest misuse is adding one twice
        assertBad(StructuralIntegrity.IN_FORCE, () -> RulePack.of("t", IN_FORCE, StructuralIntegrity.inForce()));
    }

    // ------------------------------------------------------------------ in force

    @Test
    void ceasedUnitStillPresent_withItsPosts() {
        ValidationResult r = validate(IN_FORCE, withCentre(DATE).build());
        Violation v = r.violationsAbout(u("kb.tt")).stream().filter(x -> x.units().get(0).equals(u("kb.tt"))).findFirst()
                .orElseThrow();
        assertViolation(v, StructuralIntegrity.IN_FORCE, Severity.ERROR,
                "Trung tâm Bồi dưỡng chính trị huyện Kim Bảng ngoài thời gian hiệu lực (từ 01/01/2010 đến 01/01/2020) "
                        + "nhưng vẫn còn trong cơ cấu, cùng 2 chức danh",
                "Trung tâm Bồi dưỡng chính trị huyện Kim Bảng is not in force (validity 2010-01-01/2020-01-01) but is "
                        + "still in the structure, with 2 posts");
        assertEquals(units("kb.tt"), v.units());
        assertEquals(List.of(post("kb.tt.gd"), post("kb.tt.pgd")), v.posts());
        assertEquals(Severity.ERROR, v.severity());
        // on the day it ceased, too; the day before it is in force
        assertEquals(2, validate(IN_FORCE, withCentre(CEASED).build()).size());
        assertNone(validate(IN_FORCE, withCentre(CEASED.minusDays(1)).build()));
    }

    @Test
    void unitUnderACeasedParent() {
        ValidationResult r = validate(IN_FORCE, withCentre(DATE).build());
        assertEquals(2, r.size());
        Violation v = r.violations().stream().filter(x -> x.units().get(0).equals(u("kb.tt.cb"))).findFirst().orElseThrow();
        assertViolation(v, StructuralIntegrity.IN_FORCE, Severity.ERROR,
                "Chi bộ Trung tâm Bồi dưỡng chính trị trực thuộc Trung tâm Bồi dưỡng chính trị huyện Kim Bảng, đơn vị ngoài "
                        + "thời gian hiệu lực (từ 01/01/2010 đến 01/01/2020)",
                "Chi bộ Trung tâm Bồi dưỡng chính trị is subordinate to Trung tâm Bồi dưỡng chính trị huyện Kim Bảng, which is not in "
                        + "force (validity 2010-01-01/2020-01-01)");
        assertEquals(units("kb.tt.cb", "kb.tt"), v.units());
        // the messages name the validity, not the snapshot's date: the same finding on a later date is the same violation
        ValidationResult later = validate(IN_FORCE, withCentre(DATE).build().withDate(DATE.plusYears(1)));
        assertEquals(r.violations(), later.violations());
    }

    @Test
    void unitNotYetEstablished_withoutPosts() {
        OrgStructure s = base(DATE).add(org("kb.hu.bdv", "Ban Dân vận Huyện ủy", VnKinds.BAN_DAN_VAN, Level.DISTRICT, "kb")
                .validity(Period.from(LocalDate.of(2022, 1, 1))).build(), u("kb.hu")).build();
        Violation v = only(validate(IN_FORCE, s));
        assertTrue(v.messageVi().endsWith("ngoài thời gian hiệu lực (từ 01/01/2022) nhưng vẫn còn trong cơ cấu"), v::messageVi);
        assertTrue(v.messageEn().endsWith("but is still in the structure"), v::messageEn);
        assertEquals(List.of(), v.posts());
    }

    @Test
    void unitInACeasedTerritory() {
        OrgStructure s = base(DATE)
                .add(Unit.builder(u("x2"), "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE).validity(Period.until(CEASED)).build(), u("kb"))
                .add(org("x2.du", "Đảng ủy xã Đồng Hóa", VnKinds.DANG_UY_XA, Level.COMMUNE, "x2").build(), u("kb.hu"))
                .build();
        ValidationResult r = validate(IN_FORCE, s);
        assertEquals(2, r.size(), r::toString);
        Violation v = r.violations().stream().filter(x -> x.units().get(0).equals(u("x2.du"))).findFirst().orElseThrow();
        assertViolation(v, StructuralIntegrity.IN_FORCE, Severity.ERROR,
                "Đảng ủy xã Đồng Hóa thuộc địa bàn Xã Đồng Hóa, đơn vị hành chính ngoài thời gian hiệu lực (đến 01/01/2020)",
                "Đảng ủy xã Đồng Hóa belongs to Xã Đồng Hóa, an administrative unit not in force (validity ../2020-01-01)");
        assertEquals(units("x2.du", "x2"), v.units());
    }

    // ------------------------------------------------------------------ territory

    @Test
    void territoryOutsideTheParentsTerritory_isAWarning() {
        OrgStructure s = base(DATE).add(org("x3.du", "Đảng ủy xã Nhân Hậu", VnKinds.DANG_UY_XA, Level.COMMUNE, "x3").build(),
                u("kb.hu")).build();
        Violation v = only(validate(TERRITORY, s));
        assertViolation(v, StructuralIntegrity.TERRITORY, Severity.WARNING,
                "Đảng ủy xã Nhân Hậu thuộc địa bàn Xã Nhân Hậu, ngoài địa bàn Huyện Kim Bảng của đơn vị cấp trên Huyện ủy Kim Bảng",
                "Đảng ủy xã Nhân Hậu belongs to Xã Nhân Hậu, outside Huyện Kim Bảng, the territory of its parent Huyện ủy Kim Bảng");
        assertEquals(units("x3.du", "kb.hu"), v.units());
        // the same unit under its own district's committee is fine
        assertNone(validate(TERRITORY, base(DATE).add(org("x3.du", "Đảng ủy xã Nhân Hậu", VnKinds.DANG_UY_XA, Level.COMMUNE,
                "x3").build(), u("lb.hu")).build()));
    }

    @Test
    void territory_aWiderTerritoryIsOutsideToo_butMissingTerritoriesAreNotChecked() {
        OrgStructure wider = base(DATE).add(org("hn.x", "Ban Bảo vệ sức khỏe", VnKinds.BAN_BAO_VE_SUC_KHOE, Level.DISTRICT, "hn")
                .build(), u("kb.hu")).build();
        assertEquals(units("hn.x", "kb.hu"), only(validate(TERRITORY, wider)).units());
        OrgStructure none = base(DATE).add(org("kb.hu.x", "Ban không địa bàn", VnKinds.BAN_TO_CHUC, Level.DISTRICT, null).build(),
                u("kb.hu")).add(org("kb.hu.x.y", "Tổ công tác", VnKinds.CHI_BO, Level.COMMUNE, "x3").build(), u("kb.hu.x")).build();
        assertNone(validate(TERRITORY, none), "neither a unit nor a parent without territory is checked");
    }

    // ------------------------------------------------------------------ pillar

    @Test
    void crossPillarParent_isAWarning() {
        OrgStructure s = base(DATE).add(org("kb.mttq", "Ủy ban MTTQ huyện Kim Bảng", VnKinds.UBMTTQ, Level.DISTRICT, "kb").build(),
                u("kb.hu")).build();
        Violation v = only(validate(PILLAR, s));
        assertViolation(v, StructuralIntegrity.PILLAR, Severity.WARNING,
                "Ủy ban MTTQ huyện Kim Bảng (khối Mặt trận) trực thuộc Huyện ủy Kim Bảng (khối Đảng)",
                "Ủy ban MTTQ huyện Kim Bảng (Front) is subordinate to Huyện ủy Kim Bảng (Party)");
        assertEquals(units("kb.mttq", "kb.hu"), v.units());
        assertNone(validate(PILLAR, base(DATE).build()));
    }

    // ------------------------------------------------------------------ incremental

    @Test
    void incremental_theDateCrossesACentresEnd() {
        OrgStructure before = withCentre(LocalDate.of(2019, 6, 1)).add(Post.of(post("kb.ubnd.ct"), u("kb.ubnd"), PostRole.HEAD,
                "Chủ tịch UBND huyện")).build();
        Appoint appoint = Appoint.of(LocalDate.of(2020, 3, 1), person("p.moi"), post("kb.ubnd.ct"))
                .newPerson(Person.of(person("p.moi"), "Tô Văn Mới", true));
        ValidationResult r = assertIncremental(IN_FORCE, before, appoint);
        assertEquals(Set.of(u("kb.tt"), u("kb.tt.cb")), Set.copyOf(r.violations().stream().map(v -> v.units().get(0)).toList()));
        assertIncremental(TERRITORY, before, appoint);
        assertIncremental(PILLAR, before, appoint);
    }

    @Test
    void incremental_establishingUnits() {
        OrgStructure before = base(DATE).build();
        LocalDate d = LocalDate.of(2021, 4, 1);
        Unit misplaced = org("x3.du", "Đảng ủy xã Nhân Hậu", VnKinds.DANG_UY_XA, Level.COMMUNE, "x3").build();
        assertEquals(units("x3.du", "kb.hu"), only(assertIncremental(TERRITORY, before, Establish.of(d, misplaced, u("kb.hu"))))
                .units());
        assertIncremental(IN_FORCE, before, Establish.of(d, misplaced, u("kb.hu")));
        assertIncremental(PILLAR, before, Establish.of(d, misplaced, u("kb.hu")));
    }

    @Test
    void incremental_theCommuneMovesIntoTheParentsDistrict() {
        OrgStructure before = base(DATE).add(org("x3.du", "Đảng ủy xã Nhân Hậu", VnKinds.DANG_UY_XA, Level.COMMUNE, "x3").build(),
                u("kb.hu")).build();
        assertEquals(1, validate(TERRITORY, before).size());
        assertNone(assertIncremental(TERRITORY, before, Transfer.of(LocalDate.of(2021, 4, 1), u("x3"), u("kb"))));
        assertIncremental(IN_FORCE, before, Transfer.of(LocalDate.of(2021, 4, 1), u("x3"), u("kb")));
        // moving the party committee across pillars, when asked for
        OrgStructure withFront = base(DATE).add(org("kb.mttq", "Ủy ban MTTQ huyện Kim Bảng", VnKinds.UBMTTQ, Level.DISTRICT, "kb")
                .build()).build();
        Violation v = only(assertIncremental(PILLAR, withFront,
                Transfer.of(LocalDate.of(2021, 4, 1), u("kb.mttq"), u("kb.hu")).acrossPillars()));
        assertEquals(units("kb.mttq", "kb.hu"), v.units());
    }
}
