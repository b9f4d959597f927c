package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Appoint;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.StructuralIntegrity;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * {@link Validator#revalidateOn}: the same snapshot seen on another date. In {@link EngineFixture}
 * Dũng's deputy tenure and the station's validity end on 1/3/2018, t.understaffed comes into force
 * and t.head-post goes out of force on 1/5/2018.
 */
class RevalidateOnTest {
    private static final LocalDate FEBRUARY = LocalDate.of(2018, 2, 1);
    private static final LocalDate APRIL = LocalDate.of(2018, 4, 1);
    private static final LocalDate JUNE = LocalDate.of(2018, 6, 1);

    private final OrgStructure s = structure();
    private final Validator v = Validator.of(allRules());

    private static void assertSameAsFull(ValidationResult full, ValidationResult moved) {
        assertEquals(full.date(), moved.date());
        assertEquals(full.structure(), moved.structure());
        assertEquals(full.violations(), moved.violations(), () -> "violations on " + full.date());
        assertEquals(full.size(), moved.size());
        assertEquals(full.rulesInForce(), moved.rulesInForce());
        assertEquals(full.mergers(), moved.mergers());
    }

    private static List<String> ruleIds(List<Violation> l) {
        return l.stream().map(Violation::ruleId).toList();
    }

    @Test
    void forwards_equalsAFullRun_acrossATenureEndAndARuleBoundary() {
        ValidationResult jan = v.validate(s);
        for (LocalDate d : List.of(FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY)) {
            assertSameAsFull(v.validate(s.withDate(d), MergerLog.empty()), v.revalidateOn(jan, d));
        }
        ValidationResult july = v.revalidateOn(jan, JULY);
        // Dũng's tenure ended: no deputy-cap error, Dũng holds no post; the station is out of force;
        // t.understaffed (from May) finds kb.vp, t.head-post (until May) no longer applies
        assertEquals(List.of("t.out-of-validity", "t.max-posts", "t.quota-min", "t.understaffed", "t.no-post",
                "t.no-post", "t.no-post").stream().sorted().toList(), ruleIds(july.violations()).stream().sorted().toList());
        assertTrue(july.violationsOf("t.deputy-cap").isEmpty());
        assertEquals(List.of(List.of(VP)), july.violationsOf("t.understaffed").stream().map(Violation::units).toList());
        assertTrue(july.violationsOf("t.understaffed").get(0).cause().isEmpty(), "a violation brought by the date names no cause");
    }

    @Test
    void backwards_equalsAFullRun() {
        ValidationResult july = v.validate(s.withDate(JULY));
        for (LocalDate d : List.of(JUNE, MAY, APRIL, MARCH, FEBRUARY, DATE)) {
            assertSameAsFull(v.validate(s.withDate(d)), v.revalidateOn(july, d));
        }
        ValidationResult back = v.revalidateOn(july, DATE);
        assertEquals(List.of(List.of(NV)), back.violationsOf("t.deputy-cap").stream().map(Violation::units).toList());
        assertTrue(back.violationsOf("t.understaffed").isEmpty());
    }

    @Test
    void stepByStep_forwardsThenBackwards_staysEqualToAFullRun() {
        ValidationResult r = v.validate(s);
        for (LocalDate d : List.of(FEBRUARY, MARCH, APRIL, MAY, JULY, JUNE, APRIL, MARCH, DATE, JULY, FEBRUARY)) {
            r = v.revalidateOn(r, d);
            assertSameAsFull(v.validate(s.withDate(d)), r);
        }
    }

    @Test
    void theEndOfAGracePeriod_turnsAnInfoIntoAnError() {
        // no deputy at all in an office, with 5 years of grace; kb.tc was merged on 1/6/2013, so its grace ends on 1/6/2018
        DeputyCap none = DeputyCap.of(RuleInfo.of("t.no-deputy", "Không có cấp phó", "No deputy", ND108, Period.ALWAYS),
                Selector.kinds(VnKinds.PHONG), 0).withGrace(java.time.Period.ofYears(5));
        Validator g = Validator.of(RulePack.of("Grace", none));
        MergerLog log = MergerLog.empty().with(TC, LocalDate.of(2013, 6, 1), List.of(TC, UnitId.of("kb.tc.cu")));
        ValidationResult jan = g.validate(s, log);
        assertEquals(List.of(Severity.ERROR, Severity.INFO),
                List.of(jan.violationsOf("t.no-deputy").stream().filter(x -> x.units().contains(NV)).findFirst().orElseThrow().severity(),
                        jan.violationsOf("t.no-deputy").stream().filter(x -> x.units().contains(TC)).findFirst().orElseThrow().severity()));
        ValidationResult july = g.revalidateOn(jan, JULY);
        assertSameAsFull(g.validate(s.withDate(JULY), log), july);
        assertEquals(Severity.ERROR, july.violationsOf("t.no-deputy").stream().filter(x -> x.units().contains(TC)).findFirst()
                .orElseThrow().severity());
        assertEquals(log, july.mergers());
        // and back into the grace
        assertSameAsFull(g.validate(s, log), g.revalidateOn(july, DATE));
        assertSameAsFull(g.validate(s.withDate(MAY), log), g.revalidateOn(july, MAY));
    }

    @Test
    void aUnitAndATenureStartingBetweenTheDates_areCheckedAgain() {
        // a centre decided for 1/4/2018, its director appointed from that day; Lan's post starts then too
        UnitId ttdv = UnitId.of("kb.ttdv");
        PostId gd = PostId.of("kb.ttdv.gd");
        OrgStructure later = s.toBuilder()
                .add(Unit.builder(ttdv, "Trung tâm Dịch vụ", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT)
                        .territory(KB).validity(Period.from(APRIL)).build(), UBND)
                .add(Post.of(gd, ttdv, PostRole.HEAD, "Giám đốc"))
                .add(Tenure.main(LAN, gd, Period.from(APRIL)))
                .build();
        Validator w = Validator.of(allRules().plus(StructuralIntegrity.all().toArray(new Rule[0])));
        ValidationResult jan = w.validate(later);
        // before April the centre is not in force (an in-force error) and Lan holds no post
        assertTrue(jan.violationsAbout(ttdv).stream().anyMatch(x -> x.ruleId().equals("bomay.structure.in-force")), jan.report());
        assertTrue(jan.violationsAbout(LAN).stream().anyMatch(x -> x.ruleId().equals("t.no-post")));
        for (LocalDate d : List.of(MARCH, APRIL, JULY)) {
            assertSameAsFull(w.validate(later.withDate(d)), w.revalidateOn(jan, d));
        }
        ValidationResult july = w.revalidateOn(jan, JULY);
        assertTrue(july.violationsAbout(ttdv).stream().noneMatch(x -> x.ruleId().equals("bomay.structure.in-force")), july.report());
        assertTrue(july.violationsAbout(LAN).isEmpty(), july.report());
        assertSameAsFull(w.validate(later.withDate(FEBRUARY)), w.revalidateOn(july, FEBRUARY));
    }

    @Test
    void theSameDate_returnsTheSameResult() {
        ValidationResult jan = v.validate(s);
        assertSame(jan, v.revalidateOn(jan, DATE));
        ValidationResult july = v.revalidateOn(jan, JULY);
        assertSame(july, v.revalidateOn(july, JULY));
    }

    @Test
    void aViolationThatWasThere_keepsItsCause() {
        // Khánh becomes a second deputy of kb.tc on 1/2/2018: the deputy cap breaks, caused by the appointment
        ValidationResult jan = v.validate(s);
        Applied a = Appoint.of(FEBRUARY, KHANH, TC_PP).applyTo(s);
        ValidationResult feb = v.revalidate(jan, a);
        Violation tc = feb.violationsOf("t.deputy-cap").stream().filter(x -> x.units().contains(TC)).findFirst().orElseThrow();
        assertTrue(tc.cause().isPresent());
        ValidationResult july = v.revalidateOn(feb, JULY);
        assertSameAsFull(v.validate(a.structure().withDate(JULY)), july);
        Violation later = july.violationsOf("t.deputy-cap").stream().filter(x -> x.units().contains(TC)).findFirst().orElseThrow();
        assertSame(tc.cause().get(), later.cause().orElseThrow());
    }

    @Test
    void badArguments_areRejected() {
        ValidationResult jan = v.validate(s);
        BomayException e = assertThrows(BomayException.class, () -> v.revalidateOn(null, JULY));
        assertTrue(e.getMessage().contains("revalidateOn"), e.getMessage());
        assertThrows(BomayException.class, () -> v.revalidateOn(jan, null));
        Validator other = Validator.of(RulePack.of("Khác", DEPUTY_CAP));
        e = assertThrows(BomayException.class, () -> other.revalidateOn(jan, JULY));
        assertTrue(e.getMessage().contains("another pack"), e.getMessage());
        assertThrows(BomayException.class, () -> other.revalidateOn(jan, DATE));
        // a validator of the same rules may continue another's result
        assertSameAsFull(v.validate(s.withDate(JULY)), Validator.of(allRules()).revalidateOn(jan, JULY));
    }
}
