package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.GroupRule;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.Severity;

/**
 * A cap on the deputies of a group of sibling units taken together: an average ("on average no
 * more than 2 Phó Trưởng phòng per office of a district UBND", NĐ 108/2020/NĐ-CP; "on average no
 * more than 2.5 Phó Chủ tịch UBND per commune across a province", NĐ 300/2025/NĐ-CP), or a total
 * ("at most 15 deputies across the staff agencies of a provincial party committee", QĐ
 * 04-QĐi/TW). The group is a unit matching {@code group} with its children matching
 * {@code members}; the violation names the group's unit and the members above the average.
 *
 * <p>Options: an allowance per member by how many administrative units its territory was formed
 * from (a sở of a province merged from 2 provinces may have 1 more deputy, from 3 provinces 2
 * more: NĐ 150/2025/NĐ-CP); and a grace period after a merger: a group over the cap only because
 * of members formed or enlarged by a merger less than the grace before is reported as
 * {@link org.bomay.core.rules.Severity#INFO} naming them; otherwise the cap is judged without them.
 *
 * <pre>{@code
 * GroupDeputyCap nd108 = GroupDeputyCap.average(info,
 *         Selector.kinds(VnKinds.UBND).levels(Level.DISTRICT),
 *         Selector.kinds(VnKinds.PHONG, VnKinds.VAN_PHONG_HDND_UBND), 2.0);
 * }</pre>
 */
public final class GroupDeputyCap extends GroupRule {
    private final Selector group;
    private final Selector members;
    private final boolean average;
    private final double limit;
    private final ImmutableMap<Integer, Integer> allowanceByFormedFrom;
    private final java.time.Period grace;

    private GroupDeputyCap(RuleInfo info, Selector group, Selector members, boolean average, double limit,
            Map<Integer, Integer> allowance, java.time.Period grace) {
        super(info);
        if (group == null || members == null) {
            throw new BomayException("Rule " + info.id() + ": a group deputy cap needs a group selector and a member selector");
        }
        if (!(limit >= 0) || Double.isInfinite(limit)) {
            throw new BomayException("Rule " + info.id() + ": the cap must be a finite number >= 0, was " + limit);
        }
        if (allowance == null || Fmt.hasNull(allowance.keySet()) || Fmt.hasNull(allowance.values())) {
            throw new BomayException("Rule " + info.id() + ": the allowance map must not be or contain null");
        }
        allowance.forEach((k, v) -> {
            if (k < 1 || v < 0) {
                throw new BomayException("Rule " + info.id() + ": allowance " + k + " -> " + v
                        + " must map a count of merged units >= 1 to an extra >= 0");
            }
        });
        if (grace != null && (grace.isNegative() || grace.isZero())) {
            throw new BomayException("Rule " + info.id() + ": the grace period must be positive, was " + grace);
        }
        this.group = group;
        this.members = members;
        this.average = average;
        this.limit = limit;
        this.allowanceByFormedFrom = ImmutableSortedMap.copyOf(allowance); // sorted: toString and files do not depend on Map.of order
        this.grace = grace;
    }

    /** At most {@code average} deputies per member on average. */
    public static GroupDeputyCap average(RuleInfo info, Selector group, Selector members, double average) {
        return new GroupDeputyCap(info, group, members, true, average, Map.of(), null);
    }

    /** At most {@code max} deputies across all members. */
    public static GroupDeputyCap total(RuleInfo info, Selector group, Selector members, int max) {
        if (max < 0) {
            throw new BomayException("Rule " + (info == null ? "?" : info.id()) + ": the total cap must be >= 0, was " + max);
        }
        return new GroupDeputyCap(info, group, members, false, max, Map.of(), null);
    }

    /**
     * This cap with an extra allowance per member whose territory was formed from a number of
     * administrative units, e.g. {@code Map.of(2, 1, 3, 2)}.
     */
    public GroupDeputyCap withAllowance(Map<Integer, Integer> extraByFormedFrom) {
        return new GroupDeputyCap(info(), group, members, average, limit, extraByFormedFrom, grace);
    }

    /** This cap with a grace period after a merger, during which merged members are not counted. */
    public GroupDeputyCap withGrace(java.time.Period graceAfterMerger) {
        if (graceAfterMerger == null) {
            throw new BomayException("Rule " + id() + ": withGrace needs a period, e.g. java.time.Period.ofYears(5)");
        }
        return new GroupDeputyCap(info(), group, members, average, limit, allowanceByFormedFrom, graceAfterMerger);
    }

    /** The selector of the group's unit. */
    public Selector group() {
        return group;
    }

    /** The selector of the members among the group unit's children. */
    public Selector members() {
        return members;
    }

    /** Whether the cap is an average per member ({@link #average}) rather than a total ({@link #total}). */
    public boolean isAverage() {
        return average;
    }

    /** The cap: the average per member, or the total (a whole number). */
    public double limit() {
        return limit;
    }

    /** The extra allowance per member by how many administrative units its territory was formed from; empty if none. */
    public ImmutableMap<Integer, Integer> allowance() {
        return allowanceByFormedFrom;
    }

    @Override
    public Optional<java.time.Period> mergerGrace() {
        return Optional.ofNullable(grace);
    }

    @Override
    public Set<UnitKind> kinds() {
        return group.kinds();
    }

    @Override
    public Set<Reach> reads() {
        Set<Reach> r = Fmt.reads(List.of(group, members));
        if (!allowanceByFormedFrom.isEmpty()) {
            r.add(Reach.OWN_TERRITORY);
        }
        return ImmutableSet.copyOf(r);
    }

    @Override
    public boolean isGroup(Unit key, RuleContext ctx) {
        return group.matches(key, ctx);
    }

    @Override
    public boolean isMember(Unit member, Unit key, RuleContext ctx) {
        return members.matches(member, ctx);
    }

    @Override
    public void check(Unit key, List<Unit> all, RuleContext ctx, Findings out) {
        Tally everyone = tally(all, ctx, false);
        if (everyone.total <= everyone.allowed + 1e-9) {
            return;
        }
        Tally outsideGrace = grace == null ? everyone : tally(all, ctx, true);
        if (outsideGrace.total <= outsideGrace.allowed + 1e-9) {
            List<Object> concerned = new ArrayList<>();
            concerned.add(key.id());
            List<String> names = new ArrayList<>();
            for (Unit m : all) {
                if (ctx.withinGrace(m, grace)) {
                    concerned.add(m.id());
                    names.add(m.name() + " (đến " + Fmt.vi(ctx.graceEnd(m, grace).orElseThrow()) + ")");
                }
            }
            out.add(Severity.INFO,
                    key.name() + ": " + everyone.counted + " đơn vị có tổng cộng " + everyone.total + " cấp phó, vượt mức "
                            + limitVi(everyone) + ", nhưng còn trong thời hạn " + Fmt.years(grace) + " năm sau sắp xếp: "
                            + String.join(", ", names),
                    key.name() + ": " + everyone.counted + " units have " + everyone.total + " deputies in all, above "
                            + limitEn(everyone) + ", within the grace period of " + Fmt.years(grace)
                            + " years after the merger of " + (concerned.size() - 1) + " of them",
                    concerned.toArray());
            return;
        }
        Tally t = outsideGrace;
        List<Object> concerned = new ArrayList<>();
        concerned.add(key.id());
        t.above.forEach(m -> concerned.add(m.id()));
        if (average) {
            out.add(key.name() + ": " + t.counted + " đơn vị có tổng cộng " + t.total + " cấp phó, vượt " + limitVi(t),
                    key.name() + ": " + t.counted + " units have " + t.total + " deputies in all, above " + limitEn(t),
                    concerned.toArray());
        } else {
            out.add(key.name() + ": các đơn vị có tổng cộng " + t.total + " cấp phó, vượt " + limitVi(t),
                    key.name() + ": its units have " + t.total + " deputies in all, above " + limitEn(t), concerned.toArray());
        }
    }

    private String limitVi(Tally t) {
        return average ? "mức bình quân " + Fmt.vi(limit) + " mỗi đơn vị (tối đa " + Fmt.vi(t.allowed) + ")"
                : "mức tối đa " + Fmt.vi(t.allowed);
    }

    private String limitEn(Tally t) {
        return average ? "the average of " + Fmt.en(limit) + " per unit (at most " + Fmt.en(t.allowed) + ")"
                : "the cap of " + Fmt.en(t.allowed);
    }

    /** Deputies, members counted, what is allowed and the members above the average. */
    private static final class Tally {
        int counted;
        int total;
        double allowed;
        final List<Unit> above = new ArrayList<>();
    }

    private Tally tally(List<Unit> all, RuleContext ctx, boolean skipGrace) {
        Tally t = new Tally();
        int extra = 0;
        for (Unit m : all) {
            if (skipGrace && ctx.withinGrace(m, grace)) {
                continue;
            }
            int n = ctx.deputies(m.id());
            t.counted++;
            t.total += n;
            extra += allowanceByFormedFrom.getOrDefault(ctx.territoryFormedFrom(m), 0);
            if (n > (average ? limit : 0)) {
                t.above.add(m);
            }
        }
        t.allowed = (average ? limit * t.counted : limit) + extra;
        return t;
    }

    @Override
    protected String parameters() {
        return (average ? "average " : "total ") + Fmt.en(limit) + " per group of " + members
                + (allowanceByFormedFrom.isEmpty() ? "" : ", allowance " + allowanceByFormedFrom)
                + (grace == null ? "" : ", grace " + grace);
    }
}
