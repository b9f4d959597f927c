package org.bomay.core.rules;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;

/**
 * A rule that inspects a unit together with its direct children (SUBORDINATE_TO): an average
 * or a total across a group, e.g. "on average no more than 2 deputy heads per office of a
 * district UBND" (NĐ 108/2020/NĐ-CP). The group is identified by its unit (the parent); members
 * are the children for which {@link #isMember} holds, in tree order.
 *
 * <pre>{@code
 * GroupRule r = new GroupRule(info) {
 *     public boolean isGroup(Unit key, RuleContext ctx) { return key.kind().equals(VnKinds.UBND); }
 *     public boolean isMember(Unit m, Unit key, RuleContext ctx) { return m.kind().equals(VnKinds.PHONG); }
 *     public void check(Unit key, List<Unit> members, RuleContext ctx, Findings out) {
 *         if (members.size() > 12) {
 *             out.add(key.name() + " có " + members.size() + " phòng", key.name() + " has " + members.size() + " offices", key.id());
 *         }
 *     }
 * };
 * }</pre>
 */
public abstract non-sealed class GroupRule extends Rule {

    /** Creates the rule with its info. */
    protected GroupRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final Shape shape() {
        return Shape.GROUP;
    }

    /**
     * The kinds of the group's unit, or empty if any; a full run then visits only units of these
     * kinds. {@link #isGroup} must be false for every other kind.
     */
    public Set<UnitKind> kinds() {
        return ImmutableSet.of();
    }

    /** Whether the unit heads a group this rule inspects. */
    public abstract boolean isGroup(Unit key, RuleContext ctx);

    /** Whether a child of the group's unit is a member of the group. */
    public abstract boolean isMember(Unit member, Unit key, RuleContext ctx);

    /** Checks one group, adding any violation to {@code out}; {@code members} may be empty. */
    public abstract void check(Unit key, List<Unit> members, RuleContext ctx, Findings out);
}
