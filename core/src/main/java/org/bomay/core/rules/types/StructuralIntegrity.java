package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.model.Post;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.UnitRule;

/**
 * Structural consistency beyond what a snapshot's builder enforces (which already rejects
 * cycles, units above their parent's level, territories below the unit's level and tenures
 * outside their unit's validity). These rules rest on no legal document. Three checks, each its
 * own rule so a pack can drop one:
 *
 * <ul>
 *   <li>{@link #IN_FORCE} ({@code bomay.structure.in-force}, error): a unit that is not in force
 *       on the snapshot's date (ceased or not yet established) but is still in the structure —
 *       with the posts left in it; a unit in force under a parent or in a territory that is not.</li>
 *   <li>{@link #TERRITORY} ({@code bomay.structure.territory}, warning): a unit's territory lies
 *       outside its parent's territory (e.g. a commune body placed under another district).</li>
 *   <li>{@link #PILLAR} ({@code bomay.structure.pillar}, warning): a unit subordinate to a unit of
 *       another pillar (a change may do this only when asked, see {@code Transfer.acrossPillars}).</li>
 * </ul>
 *
 * <pre>{@code
 * RulePack structural = RulePack.of("cấu trúc", StructuralIntegrity.all());
 * }</pre>
 */
public final class StructuralIntegrity extends UnitRule {
    /** The id of the in-force check. */
    public static final String IN_FORCE = "bomay.structure.in-force";
    /** The id of the territory check. */
    public static final String TERRITORY = "bomay.structure.territory";
    /** The id of the pillar check. */
    public static final String PILLAR = "bomay.structure.pillar";

    private final String check;

    private StructuralIntegrity(RuleInfo info, String check) {
        super(info);
        this.check = check;
    }

    /** The three checks. */
    public static ImmutableList<Rule> all() {
        return ImmutableList.of(inForce(), territory(), pillar());
    }

    /** Units, parents and territories in force on the date; no post left in a ceased unit. */
    public static StructuralIntegrity inForce() {
        return new StructuralIntegrity(RuleInfo.structural(IN_FORCE, "Đơn vị, đơn vị cấp trên và địa bàn còn hiệu lực",
                "Units, their parents and territories are in force"), IN_FORCE);
    }

    /** A unit's territory lies within its parent's. */
    public static StructuralIntegrity territory() {
        return new StructuralIntegrity(RuleInfo.structural(TERRITORY, "Địa bàn của đơn vị nằm trong địa bàn của đơn vị cấp trên",
                "A unit's territory lies within its parent's").withSeverity(Severity.WARNING), TERRITORY);
    }

    /** A unit is subordinate to a unit of its own pillar. */
    public static StructuralIntegrity pillar() {
        return new StructuralIntegrity(RuleInfo.structural(PILLAR, "Đơn vị trực thuộc đơn vị cùng khối",
                "A unit is subordinate to a unit of its own pillar").withSeverity(Severity.WARNING), PILLAR);
    }

    @Override
    public Set<Reach> reads() {
        return switch (check) {
            case IN_FORCE -> ImmutableSet.copyOf(EnumSet.of(Reach.PARENT, Reach.OWN_TERRITORY));
            case TERRITORY -> ImmutableSet.copyOf(EnumSet.of(Reach.PARENT, Reach.OWN_TERRITORY, Reach.ANCESTORS));
            default -> ImmutableSet.of(Reach.PARENT);
        };
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return true;
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        switch (check) {
            case IN_FORCE -> checkInForce(u, ctx, out);
            case TERRITORY -> checkTerritory(u, ctx, out);
            default -> checkPillar(u, ctx, out);
        }
    }

    private static void checkInForce(Unit u, RuleContext ctx, Findings out) {
        if (!u.validity().contains(ctx.date())) {
            List<Object> ids = new ArrayList<>();
            ids.add(u.id());
            for (Post p : ctx.structure().posts(u.id())) {
                ids.add(p.id());
            }
            int posts = ids.size() - 1;
            out.add(u.name() + " ngoài thời gian hiệu lực (" + Fmt.vi(u.validity())
                            + ") nhưng vẫn còn trong cơ cấu" + (posts > 0 ? ", cùng " + posts + " chức danh" : ""),
                    u.name() + " is not in force (validity " + u.validity()
                            + ") but is still in the structure" + (posts > 0 ? ", with " + posts + " posts" : ""),
                    ids.toArray());
            return;
        }
        Optional<Unit> p = ctx.structure().parent(u.id());
        if (p.isPresent() && !p.get().validity().contains(ctx.date())) {
            out.add(u.name() + " trực thuộc " + p.get().name() + ", đơn vị ngoài thời gian hiệu lực (" + Fmt.vi(p.get().validity()) + ")",
                    u.name() + " is subordinate to " + p.get().name() + ", which is not in force (validity " + p.get().validity() + ")",
                    u.id(), p.get().id());
        }
        Optional<Unit> t = ctx.territoryOf(u);
        if (t.isPresent() && !t.get().id().equals(u.id()) && !t.get().validity().contains(ctx.date())) {
            out.add(u.name() + " thuộc địa bàn " + t.get().name() + ", đơn vị hành chính ngoài thời gian hiệu lực ("
                            + Fmt.vi(t.get().validity()) + ")",
                    u.name() + " belongs to " + t.get().name() + ", an administrative unit not in force (validity "
                            + t.get().validity() + ")",
                    u.id(), t.get().id());
        }
    }

    private static void checkTerritory(Unit u, RuleContext ctx, Findings out) {
        Optional<Unit> p = ctx.structure().parent(u.id());
        Optional<Unit> t = ctx.territoryOf(u);
        if (p.isEmpty() || t.isEmpty() || u.isTerritorial()) {
            return;
        }
        Optional<Unit> pt = ctx.territoryOf(p.get());
        if (pt.isEmpty() || ctx.isWithin(t.get(), pt.get().id())) {
            return;
        }
        out.add(u.name() + " thuộc địa bàn " + t.get().name() + ", ngoài địa bàn " + pt.get().name() + " của đơn vị cấp trên "
                        + p.get().name(),
                u.name() + " belongs to " + t.get().name() + ", outside " + pt.get().name() + ", the territory of its parent "
                        + p.get().name(),
                u.id(), p.get().id());
    }

    private static void checkPillar(Unit u, RuleContext ctx, Findings out) {
        Optional<Unit> p = ctx.structure().parent(u.id());
        if (p.isPresent() && p.get().pillar() != u.pillar()) {
            out.add(u.name() + " (khối " + u.pillar().vietnamese() + ") trực thuộc " + p.get().name() + " (khối "
                            + p.get().pillar().vietnamese() + ")",
                    u.name() + " (" + u.pillar().english() + ") is subordinate to " + p.get().name() + " ("
                            + p.get().pillar().english() + ")",
                    u.id(), p.get().id());
        }
    }
}
