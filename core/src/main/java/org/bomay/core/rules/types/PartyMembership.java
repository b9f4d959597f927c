package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.Tenure;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.PersonRule;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;

/**
 * Posts whose holder must be a party member (đảng viên): a person in office in a post matching
 * one of the patterns who is not a member is reported, once per post.
 *
 * <pre>{@code
 * PartyMembership r = PartyMembership.of(info.withSeverity(Severity.WARNING),
 *         List.of(PostPattern.of(Selector.kinds(VnKinds.THON, VnKinds.TO_DAN_PHO), PostRole.HEAD)));
 * }</pre>
 */
public final class PartyMembership extends PersonRule {
    private final ImmutableList<PostPattern> posts;

    private PartyMembership(RuleInfo info, List<PostPattern> posts) {
        super(info);
        if (posts == null || posts.isEmpty() || Fmt.hasNull(posts)) {
            throw new BomayException("Rule " + info.id() + ": needs at least one post pattern and no null pattern");
        }
        this.posts = ImmutableList.copyOf(posts);
    }

    /** Holders of posts matching any of the patterns must be party members. */
    public static PartyMembership of(RuleInfo info, List<PostPattern> posts) {
        return new PartyMembership(info, posts);
    }

    /** The post patterns whose holders must be party members. */
    public ImmutableList<PostPattern> posts() {
        return posts;
    }

    @Override
    public Set<Reach> reads() {
        return ImmutableSet.copyOf(Fmt.reads(posts.stream().map(PostPattern::unit).toList()));
    }

    @Override
    public void check(Person person, List<Tenure> inOffice, RuleContext ctx, Findings out) {
        if (person.partyMember()) {
            return;
        }
        for (Tenure t : inOffice) {
            Post p = ctx.structure().post(t.post());
            if (posts.stream().anyMatch(pp -> pp.matches(p, ctx))) {
                out.add(person.name() + " giữ chức danh " + p.title() + " nhưng không phải là đảng viên",
                        person.name() + " holds the post " + p.title() + " but is not a party member",
                        person.id(), p.id(), p.unit());
            }
        }
    }

    @Override
    protected String parameters() {
        return posts.size() + " post patterns";
    }
}
