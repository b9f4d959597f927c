package org.bomay.core.rules.types;

import java.util.ArrayList;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.model.Person;
import org.bomay.core.model.Tenure;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.PersonRule;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

/**
 * A maximum number of posts one person may hold concurrently (kiêm nhiệm) besides the main one.
 * No built-in number: vn_rules.md found none, so the caller gives it.
 *
 * <pre>{@code
 * MaxConcurrentPosts r = MaxConcurrentPosts.of(info, 2);
 * }</pre>
 */
public final class MaxConcurrentPosts extends PersonRule {
    private final int max;

    private MaxConcurrentPosts(RuleInfo info, int max) {
        super(info);
        if (max < 0) {
            throw new BomayException("Rule " + info.id() + ": the maximum must be >= 0, was " + max);
        }
        this.max = max;
    }

    /** At most {@code max} concurrent posts in office per person. */
    public static MaxConcurrentPosts of(RuleInfo info, int max) {
        return new MaxConcurrentPosts(info, max);
    }

    /** The maximum number of concurrent posts. */
    public int max() {
        return max;
    }

    @Override
    public void check(Person person, List<Tenure> inOffice, RuleContext ctx, Findings out) {
        List<Object> ids = new ArrayList<>();
        ids.add(person.id());
        for (Tenure t : inOffice) {
            if (t.isConcurrent()) {
                ids.add(t.post());
            }
        }
        int n = ids.size() - 1;
        if (n > max) {
            out.add(person.name() + " kiêm nhiệm " + n + " chức danh, vượt mức tối đa " + max,
                    person.name() + " holds " + n + " concurrent posts, above the maximum of " + max, ids.toArray());
        }
    }

    @Override
    protected String parameters() {
        return "max " + max;
    }
}
