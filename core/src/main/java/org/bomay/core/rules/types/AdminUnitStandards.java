package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

/**
 * Whether administrative units meet the standards of their kind: population and natural area
 * (NQ 1211/2016/UBTVQH13 as amended by NQ 27/2022/UBTVQH15; NQ 112/2025/UBTVQH15 from 2026). A
 * table of {@link Standard} rows, the first matching row applying; a unit below a minimum is
 * reported with the rule's severity (the Vietnam packs use INFO: an existing unit below the
 * standard is lawful, but a newly formed one should meet it). Units without the figure are not
 * checked.
 *
 * <pre>{@code
 * AdminUnitStandards r = AdminUnitStandards.of(info.withSeverity(Severity.INFO), List.of(
 *         Standard.of(Selector.kinds(VnKinds.XA).attribute(VnAttributes.MIEN_NUI, "true"), 5_000, 50),
 *         Standard.of(Selector.kinds(VnKinds.XA), 8_000, 30)));
 * }</pre>
 */
public final class AdminUnitStandards extends TableUnitRule<Standard> {

    private AdminUnitStandards(RuleInfo info, List<Standard> standards) {
        super(info, standards, Standard::where, "Standard");
    }

    /** A table of standards. */
    public static AdminUnitStandards of(RuleInfo info, List<Standard> standards) {
        return new AdminUnitStandards(info, standards);
    }

    /** The rows. */
    public ImmutableList<Standard> standards() {
        return rows;
    }

    static Optional<Standard> standardFor(List<Standard> standards, Unit unit, RuleContext ctx) {
        if (!unit.isTerritorial()) {
            return Optional.empty();
        }
        return Fmt.first(standards, Standard::where, unit, ctx);
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return standardFor(rows, unit, ctx).isPresent();
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        Standard s = standardFor(rows, u, ctx).orElseThrow();
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (s.population().isPresent() && u.population().isPresent() && u.population().getAsInt() < s.population().getAsInt()) {
            vi.add("dân số " + Fmt.vi(u.population().getAsInt()) + " người, dưới tiêu chuẩn " + Fmt.vi(s.population().getAsInt()));
            en.add("population " + Fmt.en(u.population().getAsInt()) + ", below the standard of "
                    + Fmt.en(s.population().getAsInt()));
        }
        if (s.areaKm2().isPresent() && u.areaKm2().isPresent() && u.areaKm2().getAsDouble() < s.areaKm2().getAsDouble()) {
            vi.add("diện tích " + Fmt.vi(u.areaKm2().getAsDouble()) + " km², dưới tiêu chuẩn " + Fmt.vi(s.areaKm2().getAsDouble())
                    + " km²");
            en.add("area " + Fmt.en(u.areaKm2().getAsDouble()) + " km², below the standard of "
                    + Fmt.en(s.areaKm2().getAsDouble()) + " km²");
        }
        if (!vi.isEmpty()) {
            out.add(u.name() + " chưa đạt tiêu chuẩn: " + String.join("; ", vi),
                    u.name() + " does not meet the standard: " + String.join("; ", en), u.id());
        }
    }

    @Override
    protected String parameters() {
        return rows.size() + " rows";
    }
}
