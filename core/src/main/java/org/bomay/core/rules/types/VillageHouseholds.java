package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.Severity;

/**
 * Villages and residential groups (thôn, tổ dân phố) against the household threshold of their
 * region (TT 14/2018/TT-BNV): below {@code mustMergeBelow} (50%) of it the unit must be merged
 * with a neighbour, reported with the rule's severity; from there up to the threshold merging is
 * encouraged, reported as {@link Severity#INFO}. A table of {@link Minimum} rows gives the
 * threshold, the first matching row applying. Units without a household count or without a
 * matching row are not checked.
 *
 * <pre>{@code
 * VillageHouseholds r = VillageHouseholds.of(info, List.of(
 *         Minimum.of(Selector.kinds(VnKinds.THON).attribute(VnAttributes.VUNG, "DONG_BANG_SONG_HONG"), 300)), 0.5);
 * }</pre>
 */
public final class VillageHouseholds extends TableUnitRule<Minimum> {
    private final double mustMergeBelow;

    private VillageHouseholds(RuleInfo info, List<Minimum> thresholds, double mustMergeBelow) {
        super(info, thresholds, Minimum::where, "threshold");
        if (!(mustMergeBelow > 0 && mustMergeBelow <= 1)) {
            throw new BomayException("Rule " + info.id() + ": mustMergeBelow must be in (0, 1], was " + mustMergeBelow);
        }
        this.mustMergeBelow = mustMergeBelow;
    }

    /** Thresholds by region, and the share below which a unit must merge. */
    public static VillageHouseholds of(RuleInfo info, List<Minimum> thresholds, double mustMergeBelow) {
        return new VillageHouseholds(info, thresholds, mustMergeBelow);
    }

    /** The household thresholds, the first matching row applying. */
    public ImmutableList<Minimum> thresholds() {
        return rows;
    }

    /** The share of the threshold below which a unit must merge, in (0, 1]. */
    public double mustMergeBelow() {
        return mustMergeBelow;
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return unit.isTerritorial() && unit.households().isPresent() && rowFor(unit, ctx).isPresent();
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        int min = rowFor(u, ctx).orElseThrow().min();
        int h = u.households().getAsInt();
        if (h < mustMergeBelow * min - 1e-9) {
            out.add(u.name() + " có " + Fmt.vi(h) + " hộ gia đình, dưới " + Fmt.percentVi(mustMergeBelow)
                            + " tiêu chuẩn (" + Fmt.vi(min) + " hộ): phải sáp nhập với thôn, tổ dân phố liền kề",
                    u.name() + " has " + Fmt.en(h) + " households, below " + Fmt.percent(mustMergeBelow) + " of the standard ("
                            + Fmt.en(min) + "): it must be merged with a neighbour",
                    u.id());
        } else if (h < min) {
            out.add(Severity.INFO,
                    u.name() + " có " + Fmt.vi(h) + " hộ gia đình, dưới tiêu chuẩn " + Fmt.vi(min) + " hộ: khuyến khích sáp nhập",
                    u.name() + " has " + Fmt.en(h) + " households, below the standard of " + Fmt.en(min)
                            + ": merging is encouraged",
                    u.id());
        }
    }

    @Override
    protected String parameters() {
        return rows.size() + " thresholds, must merge below " + Fmt.percent(mustMergeBelow);
    }
}
