package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class ValidationResultTest {
    private final OrgStructure s = structure();
    private final Validator v = Validator.of(allRules());
    private final ValidationResult r = v.validate(s);

    @Test
    void violations_errorsFirst_thenByRuleAndSubject() {
        List<Violation> all = r.violations();
        assertEquals(5, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).severity().compareTo(all.get(i).severity()) <= 0, all.toString());
        }
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.INFO, Severity.INFO),
                all.stream().map(Violation::severity).toList());
        assertEquals("t.max-posts", all.get(1).ruleId());
        assertEquals("t.quota-min", all.get(2).ruleId());
        assertEquals(List.of(KHANH), all.get(3).people());
        assertEquals(List.of(LAN), all.get(4).people());
        assertEquals(all, r.violations(), "stable");
    }

    @Test
    void violations_ofASeverity_count_size_isValid() {
        assertEquals(1, r.violations(Severity.ERROR).size());
        assertEquals(List.of("t.max-posts", "t.quota-min"), r.violations(Severity.WARNING).stream().map(Violation::ruleId).toList());
        assertEquals(2, r.count(Severity.INFO));
        assertEquals(5, r.size());
        assertFalse(r.isValid());
        ValidationResult warningsOnly = Validator.of(RulePack.of("A", QUOTA_MIN, NO_POST)).validate(s);
        assertTrue(warningsOnly.isValid(), "warnings and information do not make a structure invalid");
        assertEquals(3, warningsOnly.size());
        assertEquals(0, warningsOnly.count(Severity.ERROR));
    }

    @Test
    void violationsOf_aRule_andUnknownIdFails() {
        assertEquals(2, r.violationsOf("t.no-post").size());
        assertTrue(r.violationsOf("t.total-quota").isEmpty());
        BomayException e = assertThrows(BomayException.class, () -> r.violationsOf("t.none"));
        assertTrue(e.getMessage().contains("t.none"), e.getMessage());
    }

    @Test
    void violationsAbout_aUnitOrAPerson() {
        assertEquals(List.of("t.deputy-cap"), r.violationsAbout(NV).stream().map(Violation::ruleId).toList());
        assertEquals(List.of("t.quota-min"), r.violationsAbout(TC).stream().map(Violation::ruleId).toList());
        assertTrue(r.violationsAbout(VP).isEmpty());
        assertEquals(List.of("t.max-posts"), r.violationsAbout(HOA).stream().map(Violation::ruleId).toList());
        assertEquals(List.of("t.no-post"), r.violationsAbout(LAN).stream().map(Violation::ruleId).toList());
        assertTrue(r.violationsAbout(AN).isEmpty());
        // a violation concerning several units is found from each of them
        ValidationResult g = v.revalidate(r, Appoint.of(DATE, KHANH, TC_PP).applyTo(s));
        Violation group = g.violationsOf("t.group-deputies").get(0);
        assertEquals(List.of(UBND, NV, TC), group.units());
        assertTrue(g.violationsAbout(UBND).contains(group));
        assertTrue(g.violationsAbout(TC).contains(group));
    }

    @Test
    void appearedSince_andResolvedSince() {
        ValidationResult after = v.revalidate(r, SetStaffQuota.of(DATE, TC, 6).applyTo(s));
        assertTrue(after.appearedSince(r).isEmpty());
        assertEquals(List.of("t.quota-min"), after.resolvedSince(r).stream().map(Violation::ruleId).toList());
        ValidationResult more = v.revalidate(after, Appoint.of(DATE, KHANH, TC_PP).applyTo(after.structure()));
        assertEquals(List.of("t.deputy-cap", "t.group-deputies"),
                more.appearedSince(after).stream().map(Violation::ruleId).toList());
        assertEquals(List.of(List.of(KHANH)), more.resolvedSince(after).stream().map(Violation::people).toList());
        assertTrue(r.appearedSince(r).isEmpty());
        assertThrows(BomayException.class, () -> r.appearedSince(null));
        assertThrows(BomayException.class, () -> r.resolvedSince(null));
    }

    @Test
    void report_byRule_inVietnamese() {
        String rep = r.report();
        assertEquals(rep, r.report(GroupBy.RULE, Language.VIETNAMESE));
        String[] lines = rep.split("\n");
        assertEquals("Kiểm tra ngày 2018-01-01 theo Thử nghiệm (9/10 quy tắc có hiệu lực): 1 lỗi, 2 cảnh báo, 2 thông tin", lines[0]);
        assertTrue(rep.contains("t.deputy-cap — Tối đa 1 cấp phó mỗi phòng (108/2020/NĐ-CP)"), rep);
        assertTrue(rep.contains("t.no-post — Không giữ chức danh\n"), "a structural rule names no source:\n" + rep);
        assertTrue(rep.contains("Phòng Nội vụ có 2 cấp phó, vượt mức 1"), rep);
        assertTrue(rep.contains("Bùi Văn Khánh không giữ chức danh nào"), rep);
        assertTrue(rep.contains("lỗi") && rep.contains("cảnh báo") && rep.contains("thông tin"), rep);
        assertFalse(rep.contains("has 2 deputies"), rep);
        assertFalse(rep.contains("t.total-quota"), "a rule without violation has no section:\n" + rep);
        // 1 summary + 4 rule headings + 5 violations
        assertEquals(10, lines.length, rep);
        // sections come in the order of rule ids
        assertTrue(rep.indexOf("t.deputy-cap —") < rep.indexOf("t.max-posts —"));
        assertTrue(rep.indexOf("t.max-posts —") < rep.indexOf("t.no-post —"));
        assertTrue(rep.indexOf("t.no-post —") < rep.indexOf("t.quota-min —"));
        // the line lists what the violation concerns
        assertTrue(lines[2].contains("kb.nv"), lines[2]);
    }

    @Test
    void report_byRule_inEnglish() {
        String rep = r.report(GroupBy.RULE, Language.ENGLISH);
        assertTrue(rep.startsWith("Validation on 2018-01-01 against Thử nghiệm (9 of 10 rules in force): 1 errors, 2 warnings, 2 info\n"),
                rep);
        assertTrue(rep.contains("t.deputy-cap — At most 1 deputies per office (108/2020/NĐ-CP)"), rep);
        assertTrue(rep.contains("Phòng Nội vụ has 2 deputies, above 1"), rep);
        assertTrue(rep.contains("error") && rep.contains("warning") && rep.contains("info"), rep);
        assertFalse(rep.contains("vượt mức"), rep);
    }

    @Test
    void report_byUnit() {
        String vi = r.report(GroupBy.UNIT, Language.VIETNAMESE);
        assertTrue(vi.contains("kb.nv Phòng Nội vụ\n"), vi);
        assertTrue(vi.contains("kb.tc Phòng Tài chính – Kế hoạch\n"), vi);
        assertTrue(vi.contains("(người và toàn bộ cơ cấu)"), vi);
        assertTrue(vi.indexOf("kb.nv Phòng Nội vụ") < vi.indexOf("kb.tc Phòng"), vi);
        assertTrue(vi.indexOf("kb.tc Phòng") < vi.indexOf("(người và toàn bộ cơ cấu)"), "people come last:\n" + vi);
        assertTrue(vi.contains("t.deputy-cap") && vi.contains("Phòng Nội vụ có 2 cấp phó"), vi);
        String en = r.report(GroupBy.UNIT, Language.ENGLISH);
        assertTrue(en.contains("(people and the whole structure)"), en);
        assertTrue(en.contains("Đỗ Thị Hòa holds 2 posts"), en);
        assertTrue(en.contains("kb.nv Phòng Nội vụ\n"), en);
    }

    @Test
    void report_byRule_listsAtMostThreeConcernedIds() {
        TotalRule wide = new TotalRule(RuleInfo.structural("t.wide", "Rộng", "Wide")) {
            @Override
            public long contribution(org.bomay.core.model.Unit u, RuleContext ctx) {
                return 0;
            }

            @Override
            public void check(long total, RuleContext ctx, Findings out) {
                out.add("Nhiều đơn vị", "Many units", NV, TC, VP, UBND, HOA);
            }
        };
        String rep = Validator.of(RulePack.of("A", wide)).validate(s).report();
        assertTrue(rep.contains("kb.nv, kb.tc, kb.vp +2"), rep);
        String byUnit = Validator.of(RulePack.of("A", wide)).validate(s).report(GroupBy.UNIT, Language.VIETNAMESE);
        assertTrue(byUnit.contains("kb.nv Phòng Nội vụ\n"), "listed under its first unit:\n" + byUnit);
        assertFalse(byUnit.contains("kb.tc Phòng"), byUnit);
    }

    @Test
    void report_ofAValidStructure_saysSo() {
        ValidationResult none = Validator.of(RulePack.of("Rỗng", TOTAL_QUOTA)).validate(s);
        assertEquals("Kiểm tra ngày 2018-01-01 theo Rỗng (1/1 quy tắc có hiệu lực): 0 lỗi, 0 cảnh báo, 0 thông tin\n"
                + "  không có vi phạm\n", none.report());
        assertTrue(none.report(GroupBy.UNIT, Language.ENGLISH).endsWith("  no violation\n"));
        assertThrows(BomayException.class, () -> none.report(null, Language.ENGLISH));
        assertThrows(BomayException.class, () -> none.report(GroupBy.RULE, null));
        assertTrue(none.isValid());
        assertEquals(0, none.size());
    }

    @Test
    void toString_isTheEnglishSummary() {
        assertEquals("Validation on 2018-01-01 against Thử nghiệm (9 of 10 rules in force): 1 errors, 2 warnings, 2 info",
                r.toString());
    }

    @Test
    void rulesInForce_inThePacksOrder() {
        assertEquals(allRules().inForce(DATE), r.rulesInForce());
        assertEquals(allRules().inForce(JULY), v.validate(s.withDate(JULY)).rulesInForce());
    }
}
