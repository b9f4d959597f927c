package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.DATE;
import static org.bomay.core.rules.EngineFixture.JULY;
import static org.bomay.core.rules.EngineFixture.MAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * A full run cut into slices on the common pool finds what a run on the calling thread finds,
 * for every shape of rule, and a rule's exception reaches the caller as it was thrown. The
 * fixture is small, so "parallel from 0" cuts it into slices of zero or one unit.
 */
class FullRunTest {
    private final OrgStructure s = EngineFixture.structure();

    @Test
    void slicesFindWhatOneThreadFinds_onEveryDate() {
        for (LocalDate d : List.of(DATE, MAY, JULY)) {
            OrgStructure on = s.withDate(d);
            List<Rule> rules = EngineFixture.allRules().rules().stream().filter(r -> r.inForce(d)).toList();
            RuleContext ctx = new RuleContext(on, MergerLog.empty());
            Map<String, RuleState> one = FullRun.run(rules, ctx, Integer.MAX_VALUE);
            Map<String, RuleState> sliced = FullRun.run(rules, ctx, 0);
            assertEquals(one.keySet(), sliced.keySet());
            int found = 0;
            for (String id : one.keySet()) {
                assertEquals(one.get(id).byAnchor, sliced.get(id).byAnchor, () -> id + " on " + d);
                assertEquals(one.get(id).count, sliced.get(id).count, () -> id + " on " + d);
                assertEquals(one.get(id).total, sliced.get(id).total, () -> id + " on " + d);
                found += one.get(id).count;
            }
            assertTrue(found > 0, "the fixture has violations on " + d);
        }
    }

    @Test
    void aRuleThatFailsInASlice_failsWithItsOwnException() {
        BomayException thrown = new BomayException("t.fails: không kiểm tra được x1");
        UnitRule fails = new UnitRule(RuleInfo.structural("t.fails", "Lỗi", "Fails")) {
            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return true;
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
                if (u.id().equals(EngineFixture.X1)) {
                    throw thrown;
                }
            }
        };
        RuleContext ctx = new RuleContext(s, MergerLog.empty());
        BomayException e = assertThrows(BomayException.class, () -> FullRun.run(List.of(fails), ctx, 0));
        assertSame(thrown, e);
    }

    @Test
    void whenSeveralUnitsFail_theFirstInTreeOrderIsThrown_inSlicesAsOnOneThread() {
        UnitRule failsEverywhere = new UnitRule(RuleInfo.structural("t.fails-all", "Lỗi", "Fails")) {
            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return true;
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
                throw new BomayException("t.fails-all: " + u.id());
            }
        };
        RuleContext ctx = new RuleContext(s, MergerLog.empty());
        String first = s.units().get(0).id().toString();
        for (int from : new int[] {Integer.MAX_VALUE, 0}) {
            BomayException e = assertThrows(BomayException.class, () -> FullRun.run(List.of(failsEverywhere), ctx, from));
            assertEquals("t.fails-all: " + first, e.getMessage(), "parallel from " + from);
        }
    }
}
