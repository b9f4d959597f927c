package org.bomay.core.rules;

import java.util.List;
import org.bomay.core.model.Person;
import org.bomay.core.model.Tenure;

/**
 * A rule that inspects one person and the posts they hold on the snapshot's date: which
 * combinations of concurrent posts are allowed, how many, whether a post needs a party member.
 *
 * <pre>{@code
 * PersonRule r = new PersonRule(info) {
 *     public void check(Person p, List<Tenure> inOffice, RuleContext ctx, Findings out) {
 *         if (inOffice.size() > 3) {
 *             out.add(p.name() + " giữ " + inOffice.size() + " chức danh", p.name() + " holds " + inOffice.size() + " posts", p.id());
 *         }
 *     }
 * };
 * }</pre>
 */
public abstract non-sealed class PersonRule extends Rule {

    /** Creates the rule with its info. */
    protected PersonRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final Shape shape() {
        return Shape.PERSON;
    }

    /**
     * Checks one person, adding any violation to {@code out}.
     *
     * @param inOffice the person's tenures in force on the snapshot's date, main first
     */
    public abstract void check(Person person, List<Tenure> inOffice, RuleContext ctx, Findings out);
}
