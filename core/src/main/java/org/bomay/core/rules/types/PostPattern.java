package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.rules.RuleContext;

/**
 * Which posts a rule means: posts of some roles in units matching a selector, e.g. "the head of
 * a district Ban Dân vận".
 *
 * <pre>{@code
 * PostPattern danVanHead = PostPattern.of(Selector.kinds(VnKinds.BAN_DAN_VAN).levels(Level.DISTRICT), PostRole.HEAD);
 * }</pre>
 *
 * @param unit the units whose posts match
 * @param roles the roles that match (at least one)
 */
public record PostPattern(Selector unit, ImmutableSet<PostRole> roles) {

    /** Validates and copies. */
    public PostPattern {
        if (unit == null || roles == null || roles.isEmpty() || Fmt.hasNull(roles)) {
            throw new BomayException("A post pattern needs a unit selector and at least one role, was " + unit + " " + roles);
        }
        roles = ImmutableSet.copyOf(roles);
    }

    /** Posts with one of these roles in units matching {@code unit}. */
    public static PostPattern of(Selector unit, PostRole... roles) {
        if (roles == null) {
            throw new BomayException("PostPattern.of: the roles must not be null");
        }
        for (PostRole r : roles) {
            if (r == null) {
                throw new BomayException("PostPattern.of: the roles must not contain null");
            }
        }
        return new PostPattern(unit, ImmutableSet.copyOf(roles));
    }

    /** Whether a post of the context's snapshot matches. */
    public boolean matches(Post post, RuleContext ctx) {
        return roles.contains(post.role()) && unit.matches(ctx.structure().unit(post.unit()), ctx);
    }

    /** The roles as a set. */
    public Set<PostRole> roleSet() {
        return roles;
    }

    @Override
    public String toString() {
        return roles + " of " + unit;
    }
}
