package org.bomay.core.rules.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Change;
import org.bomay.core.change.LegalBasis;
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
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.function.Executable;

/**
 * Shared helpers for the rule-type tests: ids, units, deputies, validation and the incremental
 * check. People are fictitious, numbers illustrative.
 */
final class Fx {
    /** The default snapshot date. */
    static final LocalDate DATE = LocalDate.of(2021, 1, 1);
    /** Tenures in the fixtures run from this date. */
    static final LocalDate SINCE = LocalDate.of(2016, 1, 1);
    static final LegalBasis BASIS = LegalBasis.of("108/2020/NĐ-CP");

    private Fx() {
    }

    static UnitId u(String id) {
        return UnitId.of(id);
    }

    static PostId post(String id) {
        return PostId.of(id);
    }

    static PersonId person(String id) {
        return PersonId.of(id);
    }

    /** A merger log stating that {@code unit} was formed from {@code from} on {@code date}. */
    static MergerLog log(String unit, LocalDate date, String... from) {
        return MergerLog.empty().with(u(unit), date, units(from));
    }

    /** A rule info resting on a document, always in force, severity ERROR. */
    static RuleInfo info(String id) {
        return RuleInfo.of(id, "Quy tắc thử " + id, "Test rule " + id, BASIS, Period.ALWAYS);
    }

    static Unit admin(String id, String name, UnitKind kind, Level level) {
        return Unit.builder(u(id), name, kind, level).build();
    }

    static Unit.Builder org(String id, String name, UnitKind kind, Level level, String territory) {
        return Unit.builder(u(id), name, kind, level).territory(territory == null ? null : u(territory));
    }

    /** The deputy post of a unit in these fixtures. */
    static PostId deputyPost(String unit) {
        return post(unit + ".pho");
    }

    /** The head post of a unit in these fixtures. */
    static PostId headPost(String unit) {
        return post(unit + ".truong");
    }

    /** The person holding deputy seat {@code i} (1-based) of a unit. */
    static PersonId deputy(String unit, int i) {
        return person(unit + ".d" + i);
    }

    /**
     * Adds a DEPUTY post of capacity {@code capacity} to a unit and {@code n} people holding it as
     * their main post since {@link #SINCE}; nothing if both are 0.
     */
    static OrgStructure.Builder deputies(OrgStructure.Builder b, String unit, int n, int capacity) {
        if (capacity == 0 && n == 0) {
            return b;
        }
        PostId p = deputyPost(unit);
        b.add(Post.of(p, u(unit), PostRole.DEPUTY, "Phó Trưởng", Math.max(1, capacity)));
        for (int i = 1; i <= n; i++) {
            PersonId id = deputy(unit, i);
            b.add(Person.of(id, "Phó " + i + " " + unit, true));
            b.add(Tenure.main(id, p, Period.from(SINCE)));
        }
        return b;
    }

    /** {@link #deputies(OrgStructure.Builder, String, int, int)} with capacity {@code n}. */
    static OrgStructure.Builder deputies(OrgStructure.Builder b, String unit, int n) {
        return deputies(b, unit, n, n);
    }

    /** Adds a HEAD post to a unit held by a new person as their main post since {@link #SINCE}. */
    static OrgStructure.Builder head(OrgStructure.Builder b, String unit, String personId, String name) {
        b.add(Post.of(headPost(unit), u(unit), PostRole.HEAD, "Trưởng"));
        b.add(Person.of(person(personId), name, true));
        b.add(Tenure.main(person(personId), headPost(unit), Period.from(SINCE)));
        return b;
    }

    static ValidationResult validate(Rule r, OrgStructure s) {
        return Validator.of(RulePack.of("t", r)).validate(s);
    }

    static ValidationResult validate(Rule r, OrgStructure s, MergerLog log) {
        return Validator.of(RulePack.of("t", r)).validate(s, log);
    }

    static void assertNone(ValidationResult r) {
        assertEquals(List.of(), r.violations(), () -> "expected no violation, got " + r.violations());
    }

    static void assertNone(ValidationResult r, String why) {
        assertEquals(List.of(), r.violations(), () -> why + ": expected no violation, got " + r.violations());
    }

    /** Asserts exactly one violation and returns it. */
    static Violation only(ValidationResult r) {
        assertEquals(1, r.violations().size(), () -> "expected one violation, got " + r.violations());
        return r.violations().get(0);
    }

    /** Asserts the rule id, the severity, and that each message contains the given fragment. */
    static void assertViolation(Violation v, String ruleId, Severity severity, String vi, String en) {
        assertEquals(ruleId, v.ruleId(), v::toString);
        assertEquals(severity, v.severity(), v::toString);
        assertTrue(v.messageVi().contains(vi), () -> "Vietnamese message '" + v.messageVi() + "' lacks '" + vi + "'");
        assertTrue(v.messageEn().contains(en), () -> "English message '" + v.messageEn() + "' lacks '" + en + "'");
    }

    static List<UnitId> units(String... ids) {
        return java.util.Arrays.stream(ids).map(UnitId::of).toList();
    }

    static List<PersonId> people(String... ids) {
        return java.util.Arrays.stream(ids).map(PersonId::of).toList();
    }

    /** Asserts that making a rule throws a BomayException whose message names the rule id. */
    static BomayException assertBad(String ruleId, Executable make) {
        BomayException e = assertThrows(BomayException.class, make);
        assertTrue(e.getMessage().contains(ruleId), () -> "message '" + e.getMessage() + "' does not name " + ruleId);
        return e;
    }

    /**
     * Applies a change, re-validates incrementally and checks that the result equals a full run
     * on the changed snapshot with the same merger log. Returns the incremental result.
     */
    static ValidationResult assertIncremental(Rule r, OrgStructure before, MergerLog log, Change change) {
        Validator v = Validator.of(RulePack.of("t", r));
        ValidationResult prev = v.validate(before, log);
        Applied applied = change.applyTo(before);
        ValidationResult inc = v.revalidate(prev, applied);
        ValidationResult full = v.validate(applied.structure(), inc.mergers());
        assertEquals(log.record(applied.event(), before), inc.mergers(), "the merger log follows the event");
        assertEquals(full.violations(), inc.violations(), "incremental run equals a full run");
        assertEquals(full.size(), inc.size());
        return inc;
    }

    static ValidationResult assertIncremental(Rule r, OrgStructure before, Change change) {
        return assertIncremental(r, before, MergerLog.empty(), change);
    }
}
