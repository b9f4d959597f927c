package org.bomay.core.rules.types;

import java.util.ArrayList;
import java.util.List;
import org.bomay.core.model.Person;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.Severity;

/**
 * Exactly one head (người đứng đầu) per unit whose posts are modelled (a unit with no post at
 * all is not checked): no one in office in a HEAD post is a vacancy,
 * reported as a {@link Severity#WARNING}; more than one is reported with the rule's severity
 * (normally an error) and names them.
 *
 * <pre>{@code
 * SingleHead r = SingleHead.of(RuleInfo.structural("my.one-head", "Một người đứng đầu", "One head"),
 *         Selector.any().except(Selector.kinds(VnKinds.THON, VnKinds.TO_DAN_PHO)));
 * }</pre>
 */
public final class SingleHead extends SelectedUnitRule {
    private SingleHead(RuleInfo info, Selector where) {
        super(info, where);
    }

    /** One head for every unit matching {@code where}. */
    public static SingleHead of(RuleInfo info, Selector where) {
        return new SingleHead(info, where);
    }

    @Override
    public boolean appliesTo(Unit unit, RuleContext ctx) {
        return ctx.structure().postCount(unit.id()) > 0 && where.matches(unit, ctx);
    }

    @Override
    public void check(Unit u, RuleContext ctx, Findings out) {
        List<Person> heads = ctx.heads(u.id());
        if (heads.isEmpty()) {
            out.add(Severity.WARNING, u.name() + " khuyết người đứng đầu", u.name() + " has no head in office", u.id());
        } else if (heads.size() > 1) {
            List<Object> ids = new ArrayList<>();
            ids.add(u.id());
            heads.forEach(p -> ids.add(p.id()));
            String names = String.join(", ", heads.stream().map(Person::name).toList());
            out.add(u.name() + " có " + heads.size() + " người đứng đầu: " + names,
                    u.name() + " has " + heads.size() + " heads: " + names, ids.toArray());
        }
    }

}
