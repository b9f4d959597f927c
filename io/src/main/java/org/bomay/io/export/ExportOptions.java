package org.bomay.io.export;

import java.util.Objects;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.model.UnitId;

/**
 * What an export of {@link Exports} covers: the whole structure or the subtree of one unit, down
 * to a depth; whether posts and people appear (heads in labels, concurrent posts, Popolo posts,
 * persons and memberships); whether the relations other than subordination (LEADS, GUIDES,
 * SERVES, MEMBER_OF) are drawn.
 *
 * <pre>{@code
 * ExportOptions districtOnly = ExportOptions.defaults()
 *         .withRoot(UnitId.of("kb.hu"))     // the Huyện ủy and the units under it
 *         .withMaxDepth(1)                  // ... its direct children only
 *         .withPeople(false);               // no heads, no concurrent posts
 * String dot = Exports.dot(structure, districtOnly);
 * }</pre>
 *
 * <p>The root is checked when an export runs, against the structure exported: an id that is not
 * in it is rejected there, naming the id. This class is immutable and thread-safe.
 */
public final class ExportOptions {
    private static final int UNLIMITED = Integer.MAX_VALUE;
    private static final ExportOptions DEFAULTS = new ExportOptions(null, UNLIMITED, true, true);

    private final UnitId root;
    private final int maxDepth;
    private final boolean people;
    private final boolean relations;

    private ExportOptions(UnitId root, int maxDepth, boolean people, boolean relations) {
        this.root = root;
        this.maxDepth = maxDepth;
        this.people = people;
        this.relations = relations;
    }

    /**
     * The whole structure, every depth, with posts, people and every relation type.
     *
     * <pre>{@code
     * Exports.mermaid(structure, ExportOptions.defaults());   // the same as Exports.mermaid(structure)
     * }</pre>
     */
    public static ExportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that exports only {@code root} and the units below it.
     *
     * <pre>{@code
     * ExportOptions.defaults().withRoot(UnitId.of("kb.ubnd"));
     * }</pre>
     *
     * @throws BomayException if the root is null
     */
    public ExportOptions withRoot(UnitId root) {
        if (root == null) {
            throw new BomayException("ExportOptions.withRoot: the root must not be null (use ExportOptions.defaults() "
                    + "to export the whole structure)");
        }
        return new ExportOptions(root, maxDepth, people, relations);
    }

    /**
     * Returns a copy that exports units at most {@code maxDepth} levels below the root (or below
     * each root of the structure when no root is set): 0 is the root alone, 1 adds its children.
     *
     * <pre>{@code
     * ExportOptions.defaults().withMaxDepth(2);   // roots, children, grandchildren
     * }</pre>
     *
     * @throws BomayException if {@code maxDepth} is negative
     */
    public ExportOptions withMaxDepth(int maxDepth) {
        if (maxDepth < 0) {
            throw new BomayException("ExportOptions.withMaxDepth: the depth must be 0 (the root alone) or more, was "
                    + maxDepth);
        }
        return new ExportOptions(root, maxDepth, people, relations);
    }

    /**
     * Returns a copy with posts and people on or off: heads in node labels, concurrent-post
     * (kiêm nhiệm) edges, and Popolo's posts, persons and memberships.
     *
     * <pre>{@code
     * ExportOptions.defaults().withPeople(false);   // units and relations only
     * }</pre>
     */
    public ExportOptions withPeople(boolean people) {
        return new ExportOptions(root, maxDepth, people, relations);
    }

    /**
     * Returns a copy with the relations other than subordination (LEADS, GUIDES, SERVES,
     * MEMBER_OF) on or off; the hierarchy is always exported.
     *
     * <pre>{@code
     * ExportOptions.defaults().withRelations(false);   // the tree alone
     * }</pre>
     */
    public ExportOptions withRelations(boolean relations) {
        return new ExportOptions(root, maxDepth, people, relations);
    }

    /** The unit whose subtree is exported; empty for the whole structure. */
    public Optional<UnitId> root() {
        return Optional.ofNullable(root);
    }

    /** The deepest level exported, below the root; {@link Integer#MAX_VALUE} when unlimited. */
    public int maxDepth() {
        return maxDepth;
    }

    /** Whether posts and people are exported. */
    public boolean people() {
        return people;
    }

    /** Whether the relations other than subordination are exported. */
    public boolean relations() {
        return relations;
    }

    /** Whether these options select every unit of any structure (no root, unlimited depth). */
    boolean wholeStructure() {
        return root == null && maxDepth == UNLIMITED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportOptions e && Objects.equals(root, e.root) && maxDepth == e.maxDepth
                && people == e.people && relations == e.relations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, maxDepth, people, relations);
    }

    /** Returns e.g. {@code ExportOptions[root=kb.hu, maxDepth=1, people=true, relations=true]}. */
    @Override
    public String toString() {
        return "ExportOptions[root=" + (root == null ? "(all)" : root) + ", maxDepth="
                + (maxDepth == UNLIMITED ? "(all)" : String.valueOf(maxDepth)) + ", people=" + people
                + ", relations=" + relations + "]";
    }
}
