package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    private final OrgStructure s = structure();
    private final Validator v = Validator.of(allRules());

    private static List<String> ruleIds(List<Violation> l) {
        return l.stream().map(Violation::ruleId).toList();
    }

    @Test
    void validate_findsWhatEachShapeReports() {
        ValidationResult r = v.validate(s);
        assertEquals(List.of("t.deputy-cap", "t.max-posts", "t.quota-min", "t.no-post", "t.no-post"), ruleIds(r.violations()));
        assertEquals(DATE, r.date());
        assertSame(s, r.structure());
        assertEquals(MergerLog.empty(), r.mergers());
        assertSame(v.pack(), r.pack());
    }

    @Test
    void violation_carriesRuleSeverityIdsMessagesAndSource() {
        ValidationResult r = v.validate(s);
        Violation cap = r.violationsOf("t.deputy-cap").get(0);
        assertEquals(Severity.ERROR, cap.severity());
        assertEquals(List.of(NV), cap.units());
        assertTrue(cap.posts().isEmpty());
        assertTrue(cap.people().isEmpty());
        assertEquals("Phòng Nội vụ có 2 cấp phó, vượt mức 1", cap.messageVi());
        assertEquals("Phòng Nội vụ has 2 deputies, above 1", cap.messageEn());
        assertEquals(Optional.of(ND108), cap.source());
        assertEquals(Optional.empty(), cap.cause());

        Violation posts = r.violationsOf("t.max-posts").get(0);
        assertEquals(Severity.WARNING, posts.severity());
        assertEquals(List.of(HOA), posts.people());
        assertEquals(List.of(VP_CVP, UBND_PCT), posts.posts(), "main post first");
        assertEquals(Optional.empty(), posts.source());

        List<Violation> noPost = r.violationsOf("t.no-post");
        assertEquals(List.of(List.of(KHANH), List.of(LAN)), noPost.stream().map(Violation::people).toList());
        assertEquals(Severity.INFO, noPost.get(0).severity());
    }

    @Test
    void validate_runsOnlyTheRulesInForceOnTheSnapshotsDate() {
        ValidationResult jan = v.validate(s);
        assertFalse(jan.rulesInForce().contains(UNDERSTAFFED_FROM_MAY));
        assertTrue(jan.rulesInForce().contains(HEAD_POST_UNTIL_MAY));
        assertTrue(jan.violationsOf("t.understaffed").isEmpty());

        ValidationResult july = v.validate(s.withDate(JULY));
        assertTrue(july.rulesInForce().contains(UNDERSTAFFED_FROM_MAY));
        assertFalse(july.rulesInForce().contains(HEAD_POST_UNTIL_MAY));
        assertEquals(List.of(List.of(VP)), july.violationsOf("t.understaffed").stream().map(Violation::units).toList());
        // on 1/7 Dũng's tenure has ended and the station's validity too
        assertTrue(july.violationsOf("t.deputy-cap").isEmpty());
        assertEquals(List.of(List.of(TKN)), july.violationsOf("t.out-of-validity").stream().map(Violation::units).toList());
        assertEquals(List.of(DUNG, KHANH, LAN),
                july.violationsOf("t.no-post").stream().map(x -> x.people().get(0)).toList());
    }

    @Test
    void aRuleNotInForce_isNeverCalled() {
        AtomicInteger calls = new AtomicInteger();
        UnitRule counting = new UnitRule(RuleInfo.of("t.count", "Đếm", "Count", LegalBasis.of("1/2019/NĐ-CP"),
                Period.from(JULY))) {
            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                calls.incrementAndGet();
                return true;
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
            }
        };
        Validator c = Validator.of(RulePack.of("A", counting));
        c.validate(s);
        assertEquals(0, calls.get());
        c.validate(s.withDate(JULY));
        assertEquals(s.units().size(), calls.get());
    }

    @Test
    void kinds_restrictTheUnitsVisited() {
        AtomicInteger calls = new AtomicInteger();
        UnitRule phongOnly = new UnitRule(RuleInfo.structural("t.phong", "Phòng", "Offices")) {
            @Override
            public java.util.Set<UnitKind> kinds() {
                return java.util.Set.of(VnKinds.PHONG);
            }

            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                calls.incrementAndGet();
                assertEquals(VnKinds.PHONG, u.kind());
                return true;
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
                out.add(u.name(), u.name(), u);
            }
        };
        ValidationResult r = Validator.of(RulePack.of("A", phongOnly)).validate(s);
        assertEquals(2, calls.get());
        assertEquals(List.of(NV, TC), r.violations().stream().map(x -> x.units().get(0)).toList());
    }

    @Test
    void groupRule_getsItsMembersInTreeOrder_andAlsoEmptyGroups() {
        List<String> seen = new java.util.ArrayList<>();
        GroupRule g = new GroupRule(RuleInfo.structural("t.g", "Nhóm", "Group")) {
            @Override
            public boolean isGroup(Unit key, RuleContext ctx) {
                return !key.isTerritorial();
            }

            @Override
            public boolean isMember(Unit m, Unit key, RuleContext ctx) {
                return m.staffQuota().isPresent();
            }

            @Override
            public void check(Unit key, List<Unit> members, RuleContext ctx, Findings out) {
                seen.add(key.id() + "=" + members.stream().map(u -> u.id().toString()).toList());
            }
        };
        Validator.of(RulePack.of("A", g)).validate(s);
        assertTrue(seen.contains("kb.ubnd=[kb.nv, kb.tc, kb.vp]"), seen.toString());
        assertTrue(seen.contains("kb.nv=[]"), seen.toString());
        assertFalse(seen.stream().anyMatch(x -> x.startsWith("kb=")), seen.toString());
    }

    @Test
    void personRule_getsTheTenuresInOffice_mainFirst() {
        List<String> seen = new java.util.ArrayList<>();
        PersonRule p = new PersonRule(RuleInfo.structural("t.p", "Người", "Person")) {
            @Override
            public void check(Person person, List<Tenure> inOffice, RuleContext ctx, Findings out) {
                seen.add(person.id() + "=" + inOffice.stream().map(t -> t.post().toString()).toList());
            }
        };
        Validator.of(RulePack.of("A", p)).validate(s);
        assertEquals(s.people().size(), seen.size());
        assertTrue(seen.contains("p.hoa=[kb.vp.cvp, kb.ubnd.pct]"), seen.toString());
        assertTrue(seen.contains("p.dung=[kb.nv.pp]"), seen.toString());
        assertTrue(seen.contains("p.khanh=[]"), seen.toString());
    }

    @Test
    void totalRule_sumsOverEveryUnit() {
        long[] seen = {-1};
        TotalRule t = new TotalRule(RuleInfo.structural("t.t", "Tổng", "Total")) {
            @Override
            public long contribution(Unit u, RuleContext ctx) {
                return u.staffQuota().orElse(0);
            }

            @Override
            public void check(long total, RuleContext ctx, Findings out) {
                seen[0] = total;
            }
        };
        Validator.of(RulePack.of("A", t)).validate(s);
        assertEquals(23, seen[0]);
    }

    @Test
    void badArguments_areRejected() {
        assertThrows(BomayException.class, () -> Validator.of(null));
        assertThrows(BomayException.class, () -> v.validate((OrgStructure) null));
        assertThrows(BomayException.class, () -> v.validate(s, null));
        assertThrows(BomayException.class, () -> v.validate((org.bomay.core.history.History) null));
        ValidationResult r = v.validate(s);
        assertThrows(BomayException.class, () -> v.revalidate(r, null));
        assertThrows(BomayException.class, () -> v.revalidate(null, s, null));
        assertEquals("Validator[RulePack[Thử nghiệm, 10 rules]]", v.toString());
    }

    @Test
    void mergers_areVisibleToTheRules() {
        Optional<MergerLog.Merger>[] seen = new Optional[1];
        UnitRule r = new UnitRule(RuleInfo.structural("t.m", "Sáp nhập", "Merger")) {
            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return u.id().equals(NV);
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
                seen[0] = ctx.mergers().latest(u.id());
            }
        };
        MergerLog log = MergerLog.empty().with(NV, DATE, java.util.Arrays.asList(NV, TC));
        ValidationResult res = Validator.of(RulePack.of("A", r)).validate(s, log);
        assertEquals(2, seen[0].get().formedFrom());
        assertSame(log, res.mergers());
    }
}
