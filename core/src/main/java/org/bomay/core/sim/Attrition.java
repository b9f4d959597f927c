package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Relieve;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Person;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.structure.OrgStructure;

/**
 * A projection of the people who leave each year and are not replaced — the natural attrition
 * that "tinh giản biên chế" counts on. A simulation applies it on 31 December of every year from
 * the baseline to its last date, as changes ({@link ReduceStaff}, {@link Relieve}) that show in
 * the timeline like any step.
 *
 * <ul>
 *   <li>{@link #rate(double, long)}: each person of a unit's actual staff leaves with a given
 *       probability per year; drawn from a random generator seeded by the seed, the year and the
 *       unit's id, so the same seed gives the same leavers whatever else runs.</li>
 *   <li>{@link #retirementAge(int)}: people with a birth date who reach the age leave all their
 *       posts, and their main unit's actual staff shrinks by one. The age is a parameter: the
 *       retirement age of cadres depends on sex and year (Bộ luật Lao động 2019 raises it step by
 *       step) and the model has no sex, so bomay sets none by default.</li>
 * </ul>
 *
 * <pre>{@code
 * Attrition a = Attrition.retirementAge(60).and(Attrition.rate(0.02, 42)).alsoQuota()
 *         .within(Selector.any().within(UnitId.of("kb")));
 * Scenario s = programme.branch("với nghỉ hưu").attrition(a).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attrition {
    private final ImmutableList<Part> parts;
    private final boolean alsoQuota;
    private final Selector scope;

    private record Part(double rate, long seed, int age) {
        boolean byAge() {
            return age > 0;
        }
    }

    private Attrition(ImmutableList<Part> parts, boolean alsoQuota, Selector scope) {
        this.parts = parts;
        this.alsoQuota = alsoQuota;
        this.scope = scope;
    }

    /**
     * Each person of each unit's actual staff leaves in a year with probability {@code perYear}.
     *
     * <pre>{@code
     * Attrition.rate(0.025, 2018L);   // 2.5% a year, seed 2018
     * }</pre>
     *
     * @throws BomayException unless 0 &lt; perYear &lt; 1
     */
    public static Attrition rate(double perYear, long seed) {
        if (!(perYear > 0 && perYear < 1)) {
            throw new BomayException("Attrition.rate: the yearly rate must be in (0, 1), was " + perYear
                    + " (2% a year is 0.02)");
        }
        return new Attrition(ImmutableList.of(new Part(perYear, seed, 0)), false, Selector.any());
    }

    /**
     * People leave all their posts in the year they reach {@code age}; people without a birth
     * date are not projected.
     *
     * <pre>{@code
     * Attrition.retirementAge(60);
     * }</pre>
     *
     * @throws BomayException unless 40 &lt;= age &lt;= 80
     */
    public static Attrition retirementAge(int age) {
        if (age < 40 || age > 80) {
            throw new BomayException("Attrition.retirementAge: the age must be between 40 and 80, was " + age);
        }
        return new Attrition(ImmutableList.of(new Part(0, 0, age)), false, Selector.any());
    }

    /** Both models, this one first; the second applies to the staff that remains. */
    public Attrition and(Attrition other) {
        Checks.notNull(other, "Attrition.and: the other model");
        return new Attrition(ImmutableList.<Part>builder().addAll(parts).addAll(other.parts).build(), alsoQuota || other.alsoQuota,
                scope);
    }

    /**
     * A copy that also cuts the authorized quota (biên chế) by the leavers — they are not replaced —
     * as far as each unit has a quota.
     */
    public Attrition alsoQuota() {
        return new Attrition(parts, true, scope);
    }

    /** A copy that projects only the units the selector matches (by default all). */
    public Attrition within(Selector newScope) {
        return new Attrition(parts, alsoQuota, Checks.notNull(newScope, "Attrition.within: the scope"));
    }

    /** Whether the quota shrinks with the staff. */
    public boolean cutsQuota() {
        return alsoQuota;
    }

    /**
     * One model of an attrition as data: a yearly rate with its seed ({@link #rate(double, long)}),
     * or a retirement age ({@link #retirementAge(int)}). Readers and writers of documents use it;
     * an attrition is built with those factories, not from these values.
     *
     * @param perYear the yearly rate of a rate model, 0 for a retirement model
     * @param seed the seed of a rate model, 0 for a retirement model
     * @param retirementAge the age of a retirement model, 0 for a rate model
     */
    public record Model(double perYear, long seed, int retirementAge) {
        /** Whether this is a retirement-age model (otherwise a yearly rate). */
        public boolean byAge() {
            return retirementAge > 0;
        }
    }

    /**
     * The models, in the order they apply (see {@link #and(Attrition)}).
     *
     * <pre>{@code
     * Attrition.retirementAge(60).and(Attrition.rate(0.02, 42)).models();   // [Model[0.0, 0, 60], Model[0.02, 42, 0]]
     * }</pre>
     */
    public ImmutableList<Model> models() {
        ImmutableList.Builder<Model> b = ImmutableList.builder();
        for (Part p : parts) {
            b.add(new Model(p.rate(), p.seed(), p.age()));
        }
        return b.build();
    }

    /** The units projected, set by {@link #within(Selector)}; {@link Selector#any()} by default. */
    public Selector scope() {
        return scope;
    }

    /**
     * The changes of one model part for a year, effective on {@code date}, computed on
     * {@code structure} (seen on that date). Used by the simulation one part at a time.
     */
    List<Change> leavers(int part, OrgStructure structure, LocalDate date) {
        Part p = parts.get(part);
        OrgStructure s = structure.date().equals(date) ? structure : structure.withDate(date);
        RuleContext ctx = RuleContext.of(s, MergerLog.empty());
        return p.byAge() ? retirements(p.age(), s, ctx, date) : departures(p, s, ctx, date);
    }

    /** How many parts {@link #leavers} takes. */
    int parts() {
        return parts.size();
    }

    private List<Change> departures(Part p, OrgStructure s, RuleContext ctx, LocalDate date) {
        List<Change> out = new ArrayList<>();
        for (Unit u : s.units()) {
            int actual = u.actualStaff().orElse(0);
            if (actual <= 0 || !u.validity().contains(date) || !scope.matches(u, ctx)) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(mix(p.seed(), date.getYear(), u.id().value()));
            int leaving = 0;
            for (int i = 0; i < actual; i++) {
                if (random.nextDouble() < p.rate()) {
                    leaving++;
                }
            }
            if (leaving > 0) {
                reduce(out, u, leaving, date, "nghỉ việc (tỉ lệ " + Format.number(p.rate() * 100) + "%/năm)");
            }
        }
        return out;
    }

    private List<Change> retirements(int age, OrgStructure s, RuleContext ctx, LocalDate date) {
        List<Change> out = new ArrayList<>();
        Map<UnitId, Integer> byUnit = new LinkedHashMap<>();
        for (Person person : s.people()) {
            if (person.birth().isEmpty() || person.birth().get().plusYears(age).isAfter(date)) {
                continue;
            }
            ImmutableList<Tenure> held = s.postsOf(person.id());
            if (held.isEmpty()) {
                continue;
            }
            Unit main = s.unit(s.post(held.get(0).post()).unit());
            if (!scope.matches(main, ctx)) {
                continue;
            }
            for (Tenure t : held) {
                out.add(Relieve.of(date, person.id(), t.post()).note("nghỉ hưu (" + age + " tuổi)"));
            }
            if (!held.get(0).isConcurrent()) {
                byUnit.merge(main.id(), 1, Integer::sum);
            }
        }
        for (Map.Entry<UnitId, Integer> e : byUnit.entrySet()) {
            int actual = s.unit(e.getKey()).actualStaff().orElse(0);
            int n = Math.min(actual, e.getValue());
            if (n > 0) {
                reduce(out, s.unit(e.getKey()), n, date, "nghỉ hưu (" + age + " tuổi)");
            }
        }
        return out;
    }

    /**
     * The leavers of a unit; with {@link #alsoQuota()} the quota shrinks as far as the unit has one
     * (a unit without a quota, or with less than the leavers, keeps the rest of the cut on its staff).
     */
    private void reduce(List<Change> out, Unit unit, int n, LocalDate date, String note) {
        int cut = alsoQuota ? Math.min(n, unit.staffQuota().orElse(0)) : 0;
        if (cut > 0) {
            out.add(ReduceStaff.of(date, unit.id(), cut).andQuota().note(note));
        }
        if (n > cut) {
            out.add(ReduceStaff.of(date, unit.id(), n - cut).note(note));
        }
    }

    /** A seed from the model's seed, the year and the unit id (String.hashCode is fixed by the JLS). */
    private static long mix(long seed, int year, String unit) {
        long h = seed * 0x9E3779B97F4A7C15L + year;
        h ^= (long) unit.hashCode() * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attrition a && parts.equals(a.parts) && alsoQuota == a.alsoQuota && scope.equals(a.scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts, alsoQuota, scope);
    }

    /** e.g. {@code Attrition[retirement at 60, 2% a year (seed 42), quota cut too]}. */
    @Override
    public String toString() {
        List<String> ps = new ArrayList<>();
        for (Part p : parts) {
            ps.add(p.byAge() ? "retirement at " + p.age() : Format.number(p.rate() * 100) + "% a year (seed " + p.seed() + ")");
        }
        return "Attrition[" + String.join(", ", ps) + (alsoQuota ? ", quota cut too" : "")
                + (scope.equals(Selector.any()) ? "" : ", within " + scope) + "]";
    }
}
