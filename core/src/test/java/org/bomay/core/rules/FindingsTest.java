package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.Applied;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class FindingsTest {
    private final OrgStructure s = structure();

    @Test
    void add_withTheRulesSeverity_sortsTheConcernedIdsByType() {
        Findings out = new Findings(DEPUTY_CAP);
        out.add("Thông  báo", " Message ", NV_PP, s.person(CHI), NV, s.unit(UBND), CHI, s.post(NV_TP));
        List<Violation> found = out.drain();
        assertEquals(1, found.size());
        Violation v = found.get(0);
        assertEquals("t.deputy-cap", v.ruleId());
        assertEquals(Severity.ERROR, v.severity());
        assertEquals(List.of(NV, UBND), v.units());
        assertEquals(List.of(NV_PP, NV_TP), v.posts());
        assertEquals(List.of(CHI), v.people(), "repeats are dropped");
        assertEquals("Thông báo", v.messageVi());
        assertEquals("Message", v.messageEn());
        assertEquals("Message", v.message(Language.ENGLISH));
        assertEquals("Thông báo", v.message(Language.VIETNAMESE));
        assertEquals(Optional.of(ND108), v.source());
        assertEquals(Optional.empty(), v.cause());
        assertTrue(out.drain().isEmpty(), "drain empties the findings");
    }

    @Test
    void add_withAnotherSeverity_andNothingConcerned() {
        Findings out = new Findings(TOTAL_QUOTA);
        out.add(Severity.INFO, "Tổng", "Total");
        out.add(Severity.WARNING, "Tổng 2", "Total 2", (Object[]) null);
        List<Violation> found = out.drain();
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals(Severity.WARNING, found.get(1).severity());
        assertTrue(found.get(0).units().isEmpty() && found.get(0).posts().isEmpty() && found.get(0).people().isEmpty());
        assertEquals("INFO t.total-quota Tổng", found.get(0).toString());
    }

    @Test
    void add_rejectsBlankMessages_namingTheRule() {
        Findings out = new Findings(QUOTA_MIN);
        for (String[] m : new String[][] {{" ", "x"}, {"x", ""}, {null, "x"}, {"x", null}}) {
            BomayException e = assertThrows(BomayException.class, () -> out.add(m[0], m[1], NV));
            assertTrue(e.getMessage().contains("t.quota-min"), e.getMessage());
        }
        BomayException sev = assertThrows(BomayException.class, () -> out.add((Severity) null, "a", "b", NV));
        assertTrue(sev.getMessage().contains("t.quota-min"), sev.getMessage());
        assertTrue(out.drain().isEmpty(), "nothing was added");
    }

    @Test
    void add_rejectsIdsOfAnotherType_namingTheRule() {
        Findings out = new Findings(MAX_POSTS);
        BomayException e = assertThrows(BomayException.class, () -> out.add("a", "b", "kb.nv"));
        assertTrue(e.getMessage().contains("t.max-posts"), e.getMessage());
        assertTrue(e.getMessage().contains("'kb.nv'"), e.getMessage());
        assertThrows(BomayException.class, () -> out.add("a", "b", NV, 42));
        assertThrows(BomayException.class, () -> out.add("a", "b", NV, null));
        assertTrue(out.drain().isEmpty());
    }

    @Test
    void aRuleThatReportsBadly_failsTheValidationNamingTheRule() {
        UnitRule bad = new UnitRule(RuleInfo.structural("t.bad", "Sai", "Bad")) {
            @Override
            public boolean appliesTo(org.bomay.core.model.Unit u, RuleContext ctx) {
                return true;
            }

            @Override
            public void check(org.bomay.core.model.Unit u, RuleContext ctx, Findings out) {
                out.add("Sai", "", u.id());
            }
        };
        BomayException e = assertThrows(BomayException.class, () -> Validator.of(RulePack.of("A", bad)).validate(s));
        assertTrue(e.getMessage().contains("t.bad"), e.getMessage());
    }

    private static Violation v(String rule, String vi) {
        return new Violation(rule, Severity.ERROR, ImmutableList.of(NV), ImmutableList.of(NV_PP), ImmutableList.of(CHI), vi, "en",
                Optional.of(ND108), null);
    }

    @Test
    void violationEquality_ignoresTheCause() {
        Applied a = SetStaffQuota.of(JULY, TC, 7).applyTo(s);
        Violation plain = v("t.a", "vi");
        Violation caused = plain.withCause(a.event());
        assertEquals(Optional.of(a.event()), caused.cause());
        assertEquals(plain, caused);
        assertEquals(plain.hashCode(), caused.hashCode());
        assertNotEquals(plain, v("t.b", "vi"));
        assertNotEquals(plain, v("t.a", "khác"));
        assertNotEquals(plain, new Violation("t.a", Severity.WARNING, ImmutableList.of(NV), ImmutableList.of(NV_PP),
                ImmutableList.of(CHI), "vi", "en", Optional.of(ND108), null));
        assertNotEquals(plain, new Violation("t.a", Severity.ERROR, ImmutableList.of(TC), ImmutableList.of(NV_PP),
                ImmutableList.of(CHI), "vi", "en", Optional.of(ND108), null));
        assertNotEquals(plain, new Violation("t.a", Severity.ERROR, ImmutableList.of(NV), ImmutableList.of(NV_PP),
                ImmutableList.of(CHI), "vi", "en", Optional.empty(), null));
        assertNotEquals(plain, new Violation("t.a", Severity.ERROR, ImmutableList.of(NV), ImmutableList.of(NV_PP),
                ImmutableList.of(CHI), "vi", "khác", Optional.of(ND108), null));
    }

    @Test
    void violationToString_namesSeverityRuleSubjectsAndMessage() {
        assertEquals("ERROR t.a [kb.nv] vi", v("t.a", "vi").toString());
        Violation person = new Violation("t.p", Severity.WARNING, ImmutableList.of(), ImmutableList.of(PostId.of("a.b")),
                ImmutableList.of(PersonId.of("p.x")), "vi", "en", Optional.empty(), null);
        assertEquals("WARNING t.p [p.x] vi", person.toString());
        assertEquals(UnitId.of("kb.nv").toString(), v("t.a", "vi").subject());
    }
}
