package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.text.VnText;

/**
 * Where a rule's check reports what it found. The rule's id and source are added by the
 * validator; the check gives the severity (by default the rule's), both messages and the ids
 * concerned.
 *
 * <pre>{@code
 * out.add(u.name() + " có " + n + " cấp phó, vượt mức tối đa " + max,
 *         u.name() + " has " + n + " deputies, above the cap of " + max, u.id());
 * out.add(Severity.WARNING, "Khuyết người đứng đầu", "No head in office", u.id());
 * }</pre>
 */
public final class Findings {
    private final Rule rule;
    private final List<Violation> found = new ArrayList<>();

    Findings(Rule rule) {
        this.rule = rule;
    }

    /** Reports a violation with the rule's severity. */
    public void add(String messageVi, String messageEn, Object... concerned) {
        add(rule.info().severity(), messageVi, messageEn, concerned);
    }

    /**
     * Reports a violation.
     *
     * @param concerned unit, post and person ids (or the units, posts and people themselves),
     *     most specific first
     * @throws BomayException naming the rule if a message is blank or an id is of another type
     */
    public void add(Severity severity, String messageVi, String messageEn, Object... concerned) {
        if (severity == null) {
            throw new BomayException("Rule " + rule.id() + " reported a violation without a severity");
        }
        String vi;
        String en;
        try {
            vi = VnText.name(messageVi);
            en = VnText.name(messageEn);
        } catch (BomayException e) {
            throw new BomayException("Rule " + rule.id() + " reported a violation without both messages: " + e.getMessage(), e);
        }
        Set<UnitId> units = new LinkedHashSet<>();
        Set<PostId> posts = new LinkedHashSet<>();
        Set<PersonId> people = new LinkedHashSet<>();
        for (Object o : concerned == null ? new Object[0] : concerned) {
            if (o instanceof UnitId u) {
                units.add(u);
            } else if (o instanceof Unit u) {
                units.add(u.id());
            } else if (o instanceof PostId p) {
                posts.add(p);
            } else if (o instanceof Post p) {
                posts.add(p.id());
            } else if (o instanceof PersonId p) {
                people.add(p);
            } else if (o instanceof Person p) {
                people.add(p.id());
            } else {
                throw new BomayException("Rule " + rule.id() + " reported '" + o + "' as concerned; pass unit, post or "
                        + "person ids (or the units, posts and people)");
            }
        }
        found.add(new Violation(rule.id(), severity, ImmutableList.copyOf(units), ImmutableList.copyOf(posts),
                ImmutableList.copyOf(people), vi, en, rule.source(), null));
    }

    ImmutableList<Violation> drain() {
        ImmutableList<Violation> out = ImmutableList.copyOf(found);
        found.clear();
        return out;
    }
}
