package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

/**
 * Administrative units that must be merged (thuộc diện phải sắp xếp) because they are small
 * against the standards: a unit matching a {@link Condition} is reported when its area is below
 * the condition's share of the area standard <em>and</em> its population below its share of the
 * population standard. NQ 653/2019/UBTVQH14 (2019–2021): below 50% of both. NQ 35/2023/UBTVQH15
 * (2023–2025): below 70% of both; or, for a district, area below 20% and population below 200%;
 * for a commune, area below 20% and population below 300%.
 *
 * <pre>{@code
 * MandatoryMerger nq653 = MandatoryMerger.of(info, standards,
 *         List.of(new MandatoryMerger.Condition(Selector.atLevels(Level.DISTRICT, Level.COMMUNE), 0.5, 0.5)));
 * }</pre>
 *
 * <p>Units without area or population, or without a standard, are not checked.
 */
public final class MandatoryMerger extends TableUnitRule<Standard> {
    /**
     * One condition: the unit matches {@code where}, its area is below {@code areaBelow} times
     * the area standard and its population below {@code populationBelow} times the population
     * standard.
     *
     * @param where the units the condition applies to
     * @param areaBelow a share of the area standard, e.g. 0.5
     * @param populationBelow a share of the population standard, e.g. 0.5 or 3.0
     */
    public record Condition(Selector where, double areaBelow, double populationBelow) {
        /** Validates. */
        public Condition {
            if (where == null || !(areaBelow > 0) || !(populationBelow > 0) || Double.isInfinite(areaBelow)
                    || Double.isInfinite(populationBelow)) {
                throw new BomayException("A merger condition needs a selector and positive finite shares, was " + where + " "
                        + areaBelow + " " + populationBelow);
            }
        }
    }

    private final ImmutableList<Condition> conditions;
    private final ImmutableSet<Reach> reads;

    private MandatoryMerger(RuleInfo info, List<Standard> standards, List<Condition> conditions) {
        super(info, standards, Standard::where, "Standard");
        if (conditions == null || conditions.isEmpty() || Fmt.hasNull(conditions)) {
            throw new BomayException("Rule " + info.id() + ": needs standards and conditions (at least one each, no null)");
        }
        this.conditions = ImmutableList.copyOf(conditions);
        Set<Reach> r = EnumSet.copyOf(super.reads().isEmpty() ? EnumSet.noneOf(Reach.class) : super.reads());
        r.addAll(Fmt.reads(this.conditions.stream().map(Condition::where).toList()));
        this.reads = ImmutableSet.copyOf(r);
    }

    /** Units matching a condition against the standards that apply to them. */
    public static MandatoryMerger of(RuleInfo info, List<Standard> standards, List<Condition> conditions) {
        return new MandatoryMerger(info, standards, conditions);
    }

    /** The standards, the first matching row applying. */
    public ImmutableList<Standard> standards() {
        return rows;
    }

    /** The conditions, in order. */
    public ImmutableList<Condition> conditions() {
        return conditions;
    }

    @Override
    public Set<Reach> reads() {
        return reads;
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        Optional<Standard> s = AdminUnitStandards.standardFor(rows, unit, ctx);
        return s.isPresent() && s.get().population().isPresent() && s.get().areaKm2().isPresent()
                && unit.population().isPresent() && unit.areaKm2().isPresent();
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        Standard s = AdminUnitStandards.standardFor(rows, u, ctx).orElseThrow();
        double area = u.areaKm2().getAsDouble();
        int pop = u.population().getAsInt();
        double areaShare = area / s.areaKm2().getAsDouble();
        double popShare = (double) pop / s.population().getAsInt();
        for (Condition c : conditions) {
            if (c.where().matches(u, ctx) && area < c.areaBelow() * s.areaKm2().getAsDouble() - 1e-9
                    && pop < c.populationBelow() * s.population().getAsInt() - 1e-9) {
                out.add(u.name() + " có diện tích " + Fmt.vi(area) + " km² (" + Fmt.percentVi(areaShare)
                                + " tiêu chuẩn) và dân số " + Fmt.vi(pop) + " người (" + Fmt.percentVi(popShare)
                                + " tiêu chuẩn): dưới " + Fmt.percentVi(c.areaBelow()) + " tiêu chuẩn diện tích và dưới "
                                + Fmt.percentVi(c.populationBelow()) + " tiêu chuẩn dân số, thuộc diện phải sắp xếp",
                        u.name() + " has an area of " + Fmt.en(area) + " km² (" + Fmt.percent(areaShare) + " of the standard) and "
                                + Fmt.en(pop) + " people (" + Fmt.percent(popShare) + "): below " + Fmt.percent(c.areaBelow())
                                + " of the area standard and below " + Fmt.percent(c.populationBelow())
                                + " of the population standard, so it must be merged",
                        u.id());
                return;
            }
        }
    }

    @Override
    protected String parameters() {
        return conditions.size() + " conditions on " + rows.size() + " standards";
    }
}
