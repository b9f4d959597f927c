package org.bomay.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Period;
import org.bomay.core.model.Unit;
import org.junit.jupiter.api.Test;

class RuleInfoTest {
    private static final LegalBasis ND108 = LegalBasis.of("108/2020/NĐ-CP");
    private static final Period VALIDITY = Period.of(LocalDate.of(2020, 11, 25), LocalDate.of(2025, 7, 1));

    private static void assertRejected(String expectedInMessage, org.junit.jupiter.api.function.Executable e) {
        BomayException x = assertThrows(BomayException.class, e);
        assertTrue(x.getMessage().contains(expectedInMessage), x.getMessage());
    }

    @Test
    void of_keepsEverything_withSeverityError() {
        RuleInfo i = RuleInfo.of("vn.nd108-2020.pho-truong-phong", "Bình quân 02 Phó Trưởng phòng", "On average 2 deputies", ND108,
                VALIDITY);
        assertEquals("vn.nd108-2020.pho-truong-phong", i.id());
        assertEquals(Optional.of(ND108), i.source());
        assertEquals(VALIDITY, i.validity());
        assertEquals(Severity.ERROR, i.severity());
        assertEquals("108/2020/NĐ-CP", i.sourceNumber());
    }

    @Test
    void structural_hasNoSource_isAlwaysInForce() {
        RuleInfo i = RuleInfo.structural("s.x_1", "Kiểm tra", "Check");
        assertEquals(Optional.empty(), i.source());
        assertEquals(Period.ALWAYS, i.validity());
        assertEquals("—", i.sourceNumber());
        assertEquals(Severity.ERROR, i.severity());
    }

    @Test
    void titles_areNormalized() {
        String decomposed = java.text.Normalizer.normalize("Phó  Trưởng phòng ", java.text.Normalizer.Form.NFD);
        RuleInfo i = RuleInfo.structural("s.x", decomposed, "  Deputy   heads ");
        assertEquals("Phó Trưởng phòng", i.titleVi());
        assertEquals("Deputy heads", i.titleEn());
    }

    @Test
    void badId_isRejectedNamingTheId() {
        assertRejected("'Vn.Upper'", () -> RuleInfo.structural("Vn.Upper", "Tiêu đề", "Title"));
        assertRejected("'vn x'", () -> RuleInfo.structural("vn x", "Tiêu đề", "Title"));
        assertRejected("'.vn'", () -> RuleInfo.structural(".vn", "Tiêu đề", "Title"));
        assertRejected("''", () -> RuleInfo.structural("", "Tiêu đề", "Title"));
        assertRejected("'null'", () -> RuleInfo.structural(null, "Tiêu đề", "Title"));
        assertRejected("'vn.phó'", () -> RuleInfo.structural("vn.phó", "Tiêu đề", "Title"));
    }

    @Test
    void blankOrNullTitles_areRejectedNamingTheRule() {
        assertRejected("Rule vn.a", () -> RuleInfo.structural("vn.a", " ", "Title"));
        assertRejected("Rule vn.b", () -> RuleInfo.structural("vn.b", "Tiêu đề", ""));
        assertRejected("Rule vn.c", () -> RuleInfo.of("vn.c", null, "Title", ND108, VALIDITY));
        assertRejected("both titles", () -> RuleInfo.structural("vn.d", "Tiêu đề", null));
    }

    @Test
    void nullValiditySourceOrSeverity_areRejectedNamingTheRule() {
        assertRejected("Rule vn.v: validity", () -> RuleInfo.of("vn.v", "Tiêu đề", "Title", ND108, null));
        assertRejected("Rule vn.s", () -> RuleInfo.of("vn.s", "Tiêu đề", "Title", null, VALIDITY));
        assertRejected("Rule vn.s2: source", () -> new RuleInfo("vn.s2", "Tiêu đề", "Title", null, VALIDITY, Severity.ERROR));
        assertRejected("Rule vn.sev: severity", () -> RuleInfo.structural("vn.sev", "Tiêu đề", "Title").withSeverity(null));
        assertRejected("Rule vn.w: validity", () -> RuleInfo.structural("vn.w", "Tiêu đề", "Title").withValidity(null));
    }

    @Test
    void withers_returnCopies() {
        RuleInfo i = RuleInfo.of("vn.a", "Tiêu đề", "Title", ND108, VALIDITY);
        RuleInfo w = i.withSeverity(Severity.WARNING);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals(Severity.ERROR, i.severity());
        assertEquals(Period.ALWAYS, i.withValidity(Period.ALWAYS).validity());
        RuleInfo other = i.withId("vn.b");
        assertEquals("vn.b", other.id());
        assertEquals(i.titleVi(), other.titleVi());
        assertEquals(i.source(), other.source());
        assertRejected("'Bad Id'", () -> i.withId("Bad Id"));
    }

    @Test
    void rule_exposesItsInfo_andInForceFollowsTheValidity() {
        UnitRule r = new UnitRule(RuleInfo.of("vn.a", "Tiêu đề", "Title", ND108, VALIDITY)) {
            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return false;
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
            }
        };
        assertEquals("vn.a", r.id());
        assertEquals("Tiêu đề", r.titleVi());
        assertEquals("Title", r.titleEn());
        assertEquals(Shape.UNIT, r.shape());
        assertTrue(r.reads().isEmpty());
        assertTrue(r.boundaries().isEmpty());
        assertTrue(r.mergerGrace().isEmpty());
        assertFalse(r.inForce(LocalDate.of(2020, 11, 24)));
        assertTrue(r.inForce(LocalDate.of(2020, 11, 25)));
        assertTrue(r.inForce(LocalDate.of(2025, 6, 30)));
        assertFalse(r.inForce(LocalDate.of(2025, 7, 1)));
        assertEquals("vn.a [UNIT] Tiêu đề (108/2020/NĐ-CP, " + VALIDITY + ")", r.toString());
    }

    @Test
    void rule_withoutInfo_isRejected() {
        assertThrows(BomayException.class, () -> new TotalRule(null) {
            @Override
            public long contribution(Unit u, RuleContext ctx) {
                return 0;
            }

            @Override
            public void check(long total, RuleContext ctx, Findings out) {
            }
        });
    }

    @Test
    void targets_ofTheFourShapes() {
        assertEquals(Shape.UNIT, EngineFixture.DEPUTY_CAP.shape());
        assertEquals(Shape.GROUP, EngineFixture.GROUP_DEPUTIES.shape());
        assertEquals(Shape.PERSON, EngineFixture.MAX_POSTS.shape());
        assertEquals(Shape.TOTAL, EngineFixture.TOTAL_QUOTA.shape());
        assertEquals("each unit", Shape.UNIT.english());
        assertEquals("lỗi", Severity.ERROR.vietnamese());
    }
}
