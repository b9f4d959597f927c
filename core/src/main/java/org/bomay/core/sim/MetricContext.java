package org.bomay.core.sim;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.structure.OrgStructure;

/**
 * What a {@link Metric} measures: a snapshot, the result of validating it (when a rule pack ran)
 * and a scope — the units that count, chosen by a {@link Selector} (default: all). Only units in
 * force on the snapshot's date count.
 *
 * <pre>{@code
 * MetricContext all = MetricContext.of(structure);
 * MetricContext district = MetricContext.of(validator.validate(structure)).within(Selector.any().within(UnitId.of("kb")));
 * district.organizations().size();    // organizations ("đầu mối") of the district, its communes and villages
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the lists are computed once, on first use.
 */
public final class MetricContext {
    private final OrgStructure structure;
    private final Optional<ValidationResult> validation;
    private final Selector scope;
    private final RuleContext rules;
    private final Supplier<ImmutableList<Unit>> units;
    private final Supplier<ImmutableList<Unit>> organizations;
    private final Supplier<ImmutableList<Unit>> territories;
    private final Supplier<ImmutableList<Violation>> violations;

    private MetricContext(OrgStructure structure, Optional<ValidationResult> validation, Selector scope) {
        this.structure = structure;
        this.validation = validation;
        this.scope = scope;
        this.rules = RuleContext.of(structure, validation.map(ValidationResult::mergers).orElse(MergerLog.empty()));
        this.units = Suppliers.memoize(this::select);
        this.organizations = Suppliers.memoize(() -> units.get().stream().filter(u -> !u.isTerritorial())
                .collect(ImmutableList.toImmutableList()));
        this.territories = Suppliers.memoize(() -> units.get().stream().filter(Unit::isTerritorial)
                .collect(ImmutableList.toImmutableList()));
        this.violations = Suppliers.memoize(this::scopedViolations);
    }

    /**
     * A context of a snapshot with no validation: metrics that read violations give no value.
     *
     * <pre>{@code
     * Measurements.of(Metrics.standard(), MetricContext.of(KimBang.structure()));
     * }</pre>
     */
    public static MetricContext of(OrgStructure structure) {
        return new MetricContext(Checks.notNull(structure, "MetricContext.of: the structure"), Optional.empty(), Selector.any());
    }

    /** A context of a validated snapshot: its structure, mergers and violations. */
    public static MetricContext of(ValidationResult validation) {
        Checks.notNull(validation, "MetricContext.of: the validation result");
        return new MetricContext(validation.structure(), Optional.of(validation), Selector.any());
    }

    /**
     * The same snapshot with only the units the selector matches counting.
     *
     * <pre>{@code
     * ctx.within(Selector.atLevels(Level.COMMUNE));
     * }</pre>
     */
    public MetricContext within(Selector newScope) {
        return new MetricContext(structure, validation, Checks.notNull(newScope, "MetricContext.within: the scope"));
    }

    /** The snapshot. */
    public OrgStructure structure() {
        return structure;
    }

    /** The snapshot's date. */
    public LocalDate date() {
        return structure.date();
    }

    /** The validation of the snapshot, if a rule pack ran. */
    public Optional<ValidationResult> validation() {
        return validation;
    }

    /** The scope. */
    public Selector scope() {
        return scope;
    }

    /** The rule context of the snapshot (mergers from the validation), for selectors and patterns. */
    public RuleContext ruleContext() {
        return rules;
    }

    /** Whether a unit of the snapshot counts: in force on the date and matched by the scope. */
    public boolean inScope(Unit unit) {
        Checks.notNull(unit, "MetricContext.inScope: the unit");
        return unit.validity().contains(structure.date()) && scope.matches(unit, rules);
    }

    /**
     * Every unit that counts, organizations and administrative units, in tree order. Posts of
     * administrative units (a village head, trưởng thôn) are real posts: metrics of posts and
     * people read them here.
     */
    public ImmutableList<Unit> units() {
        return units.get();
    }

    /** The organizations (units that are not administrative units) that count, in tree order. */
    public ImmutableList<Unit> organizations() {
        return organizations.get();
    }

    /** The administrative units that count, in tree order. */
    public ImmutableList<Unit> territories() {
        return territories.get();
    }

    /**
     * The violations of the validation that concern a unit in scope (all of them, including those
     * that name no unit, when the scope is {@link Selector#any()}).
     *
     * @throws BomayException if no rule pack ran on this snapshot
     */
    public ImmutableList<Violation> violations() {
        if (validation.isEmpty()) {
            throw new BomayException("MetricContext.violations: this snapshot was not validated; build the context with "
                    + "MetricContext.of(validator.validate(structure))");
        }
        return violations.get();
    }

    private ImmutableList<Unit> select() {
        ImmutableList.Builder<Unit> b = ImmutableList.builder();
        for (Unit u : structure.units()) {
            if (inScope(u)) {
                b.add(u);
            }
        }
        return b.build();
    }

    private ImmutableList<Violation> scopedViolations() {
        ImmutableList<Violation> all = validation.orElseThrow().violations();
        if (scope.equals(Selector.any())) {
            return all;
        }
        ImmutableList.Builder<Violation> b = ImmutableList.builder();
        for (Violation v : all) {
            if (v.units().stream().anyMatch(id -> structure.contains(id) && inScope(structure.unit(id)))) {
                b.add(v);
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "MetricContext[" + structure.date() + (validation.isPresent() ? ", validated" : "") + ", scope " + scope + "]";
    }
}
