package org.bomay.core.change;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;

/**
 * Where the children, posts (with the people in office) and staff of a unit that is dissolved or
 * converted go: each child unit moves to a new parent; each post moves to another unit or is
 * released (abolished: its holders leave it); the staff quota and actual staff move to a unit or
 * are released. Nothing is dropped silently: applying the change fails if a child, a post or a
 * non-zero staff has no destination.
 *
 * <pre>{@code
 * Disposition.none()
 *         .moveAllChildrenTo(UnitId.of("ct.ubnd"))
 *         .movePost(PostId.of("ct.bqlct.gd"), UnitId.of("ct.pktht"))
 *         .releaseAllOtherPosts()
 *         .staffTo(UnitId.of("ct.pktht"));
 * }</pre>
 *
 * @param children child unit → new parent
 * @param allChildrenTo the new parent of every child not in {@code children}
 * @param posts post → unit it moves to
 * @param released posts that are released
 * @param releaseOtherPosts whether every post not in {@code posts} is released
 * @param staffTo the unit that takes the staff quota and actual staff
 * @param staffReleased whether the staff is released (tinh giản)
 */
public record Disposition(Map<UnitId, UnitId> children, Optional<UnitId> allChildrenTo, Map<PostId, UnitId> posts,
        Set<PostId> released, boolean releaseOtherPosts, Optional<UnitId> staffTo, boolean staffReleased) {

    /** Validates. */
    public Disposition {
        children = Map.copyOf(Checks.notNull(children, "Disposition: the children"));
        Checks.notNull(allChildrenTo, "Disposition: allChildrenTo");
        posts = Map.copyOf(Checks.notNull(posts, "Disposition: the posts"));
        released = Set.copyOf(Checks.noNulls(released, "Disposition: the released posts"));
        Checks.notNull(staffTo, "Disposition: staffTo");
        for (PostId p : released) {
            if (posts.containsKey(p)) {
                throw new BomayException("Disposition: post " + p + " is both moved to " + posts.get(p) + " and released");
            }
        }
        if (staffTo.isPresent() && staffReleased) {
            throw new BomayException("Disposition: the staff cannot both move to " + staffTo.get() + " and be released");
        }
    }

    /** Nothing disposed yet: add destinations with the other methods. */
    public static Disposition none() {
        return new Disposition(Map.of(), Optional.empty(), Map.of(), Set.of(), false, Optional.empty(), false);
    }

    /** A copy moving one child unit under a new parent. */
    public Disposition moveChild(UnitId child, UnitId newParent) {
        Map<UnitId, UnitId> m = new HashMap<>(children);
        m.put(Checks.notNull(child, "moveChild: the child"), Checks.notNull(newParent, "moveChild: the new parent"));
        return new Disposition(m, allChildrenTo, posts, released, releaseOtherPosts, staffTo, staffReleased);
    }

    /** A copy moving every child not moved otherwise under {@code newParent}. */
    public Disposition moveAllChildrenTo(UnitId newParent) {
        return new Disposition(children, Optional.of(Checks.notNull(newParent, "moveAllChildrenTo: the parent")), posts,
                released, releaseOtherPosts, staffTo, staffReleased);
    }

    /** A copy moving one post (with its holders) to another unit. */
    public Disposition movePost(PostId post, UnitId to) {
        Map<PostId, UnitId> m = new HashMap<>(posts);
        m.put(Checks.notNull(post, "movePost: the post"), Checks.notNull(to, "movePost: the unit"));
        return new Disposition(children, allChildrenTo, m, released, releaseOtherPosts, staffTo, staffReleased);
    }

    /** A copy releasing posts (their holders leave them). */
    public Disposition releasePosts(PostId... ids) {
        Set<PostId> s = new HashSet<>(released);
        s.addAll(java.util.Arrays.asList(ids)); // the constructor reports a null
        return new Disposition(children, allChildrenTo, posts, s, releaseOtherPosts, staffTo, staffReleased);
    }

    /** A copy releasing every post not moved. */
    public Disposition releaseAllOtherPosts() {
        return new Disposition(children, allChildrenTo, posts, released, true, staffTo, staffReleased);
    }

    /** A copy moving the staff quota and actual staff to a unit. */
    public Disposition staffTo(UnitId unit) {
        return new Disposition(children, allChildrenTo, posts, released, releaseOtherPosts,
                Optional.of(Checks.notNull(unit, "staffTo: the unit")), false);
    }

    /** A copy releasing the staff quota and actual staff (tinh giản). */
    public Disposition releaseStaff() {
        return new Disposition(children, allChildrenTo, posts, released, releaseOtherPosts, Optional.empty(), true);
    }
}
