package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.model.Period;
import org.junit.jupiter.api.Test;

class RulePackTest {

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::id).toList();
    }

    @Test
    void of_keepsTheOrder_andFindsRulesById() {
        RulePack p = RulePack.of("Thử", DEPUTY_CAP, QUOTA_MIN, MAX_POSTS);
        assertEquals("Thử", p.name());
        assertEquals(3, p.size());
        assertEquals(List.of("t.deputy-cap", "t.quota-min", "t.max-posts"), ids(p.rules()));
        assertSame(QUOTA_MIN, p.rule("t.quota-min"));
        assertTrue(p.contains("t.max-posts"));
        assertFalse(p.contains("t.none"));
        assertEquals(p.rules(), RulePack.of("Thử", List.of(DEPUTY_CAP, QUOTA_MIN, MAX_POSTS)).rules());
        assertEquals("RulePack[Thử, 3 rules]", p.toString());
    }

    @Test
    void duplicateIds_areRejectedNamingTheId() {
        BomayException e = assertThrows(BomayException.class, () -> RulePack.of("Thử", DEPUTY_CAP, QUOTA_MIN, deputyCap("t.deputy-cap", 2)));
        assertTrue(e.getMessage().contains("t.deputy-cap"), e.getMessage());
        assertTrue(e.getMessage().contains("Thử"), e.getMessage());
        BomayException c = assertThrows(BomayException.class,
                () -> RulePack.compose("Gộp", RulePack.of("A", DEPUTY_CAP), RulePack.of("B", MAX_POSTS, DEPUTY_CAP)));
        assertTrue(c.getMessage().contains("t.deputy-cap"), c.getMessage());
        BomayException plus = assertThrows(BomayException.class, () -> RulePack.of("A", MAX_POSTS).plus(MAX_POSTS));
        assertTrue(plus.getMessage().contains("t.max-posts"), plus.getMessage());
    }

    @Test
    void badArguments_areRejected() {
        assertThrows(BomayException.class, () -> RulePack.of(" ", DEPUTY_CAP));
        assertThrows(BomayException.class, () -> RulePack.of(null, DEPUTY_CAP));
        assertThrows(BomayException.class, () -> RulePack.of("A", (Rule[]) null));
        assertThrows(BomayException.class, () -> RulePack.of("A", (Iterable<Rule>) null));
        BomayException nullRule = assertThrows(BomayException.class, () -> RulePack.of("A", DEPUTY_CAP, null));
        assertTrue(nullRule.getMessage().contains("rule 1 is null"), nullRule.getMessage());
        assertThrows(BomayException.class, () -> RulePack.compose("A", (RulePack[]) null));
        assertThrows(BomayException.class, () -> RulePack.compose("A", RulePack.of("B", DEPUTY_CAP), null));
        assertThrows(BomayException.class, () -> RulePack.of("A", DEPUTY_CAP).inForce(null));
        assertThrows(BomayException.class, () -> RulePack.of("A", DEPUTY_CAP).replace(null));
        assertThrows(BomayException.class, () -> RulePack.of("A", DEPUTY_CAP).named(""));
        assertTrue(RulePack.of("Trống").rules().isEmpty());
    }

    @Test
    void rule_unknownId_listsTheIds() {
        RulePack p = RulePack.of("Thử", DEPUTY_CAP, QUOTA_MIN);
        BomayException e = assertThrows(BomayException.class, () -> p.rule("t.none"));
        assertTrue(e.getMessage().contains("t.none"), e.getMessage());
        assertTrue(e.getMessage().contains("t.deputy-cap") && e.getMessage().contains("t.quota-min"), e.getMessage());
    }

    @Test
    void inForce_filtersByValidity_inOrder() {
        RulePack p = allRules();
        List<String> jan = ids(p.inForce(DATE));
        assertTrue(jan.contains("t.head-post"));
        assertFalse(jan.contains("t.understaffed"));
        assertEquals(p.size() - 1, jan.size());
        List<String> may = ids(p.inForce(MAY));
        assertFalse(may.contains("t.head-post"), "the validity's end is excluded");
        assertTrue(may.contains("t.understaffed"), "the validity's start is included");
        assertEquals(ids(p.rules()).stream().filter(i -> !i.equals("t.head-post")).toList(), may);
        assertEquals(ids(p.inForce(MAY.minusDays(1))), jan);
    }

    @Test
    void compose_keepsTheOrderOfThePacks() {
        RulePack a = RulePack.of("A", DEPUTY_CAP, QUOTA_MIN);
        RulePack b = RulePack.of("B", TOTAL_QUOTA);
        RulePack c = RulePack.compose("Gộp", a, b);
        assertEquals("Gộp", c.name());
        assertEquals(List.of("t.deputy-cap", "t.quota-min", "t.total-quota"), ids(c.rules()));
        assertEquals(2, a.size(), "the parts are unchanged");
    }

    @Test
    void plus_without_replace_named() {
        RulePack a = RulePack.of("A", DEPUTY_CAP, QUOTA_MIN);
        RulePack plus = a.plus(MAX_POSTS, TOTAL_QUOTA);
        assertEquals("A", plus.name());
        assertEquals(List.of("t.deputy-cap", "t.quota-min", "t.max-posts", "t.total-quota"), ids(plus.rules()));

        RulePack without = plus.without("t.quota-min", "t.total-quota");
        assertEquals(List.of("t.deputy-cap", "t.max-posts"), ids(without.rules()));
        BomayException unknown = assertThrows(BomayException.class, () -> plus.without("t.none"));
        assertTrue(unknown.getMessage().contains("t.none"), unknown.getMessage());
        assertThrows(BomayException.class, () -> plus.without((String[]) null));

        UnitRule cap2 = deputyCap("t.deputy-cap", 2);
        RulePack replaced = plus.replace(cap2);
        assertSame(cap2, replaced.rule("t.deputy-cap"));
        assertEquals(ids(plus.rules()), ids(replaced.rules()), "the replacement keeps the place");
        assertSame(DEPUTY_CAP, plus.rule("t.deputy-cap"), "the original pack is unchanged");
        BomayException notThere = assertThrows(BomayException.class, () -> a.replace(deputyCap("t.other-cap", 2)));
        assertTrue(notThere.getMessage().contains("t.other-cap"), notThere.getMessage());

        RulePack renamed = a.named("Mới");
        assertEquals("Mới", renamed.name());
        assertEquals(a.rules(), renamed.rules());
        assertEquals("A", a.name());
    }

    @Test
    void describe_hasOneLinePerRule() {
        RulePack p = allRules();
        String d = p.describe();
        assertTrue(d.startsWith("Thử nghiệm (" + p.size() + " rules)\n"), d);
        for (Rule r : p.rules()) {
            assertTrue(d.contains(r.id()), r.id() + " in\n" + d);
            assertTrue(d.contains(r.titleVi()), r.titleVi() + " in\n" + d);
        }
        assertEquals(p.size() + 1, d.split("\n").length);
        assertTrue(d.contains("108/2020/NĐ-CP"), d);
        assertTrue(d.contains("GROUP") && d.contains("PERSON") && d.contains("TOTAL"), d);
        assertTrue(d.contains(Period.from(MAY).toString()), d);
    }

    @Test
    void withId_letsOneRuleTypeBeUsedTwice() {
        UnitRule a = deputyCap("t.cap-a", 1);
        UnitRule b = deputyCap("t.cap-b", 2);
        assertEquals(2, RulePack.of("A", a, b).size());
        assertEquals("t.x", DEPUTY_CAP.info().withId("t.x").id());
        assertEquals(LocalDate.of(2018, 5, 1), UNDERSTAFFED_FROM_MAY.validity().start().get());
    }
}
