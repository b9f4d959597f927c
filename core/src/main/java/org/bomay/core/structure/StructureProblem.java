package org.bomay.core.structure;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One reason why {@link OrgStructure.Builder#build()} rejected a structure: what kind of problem,
 * a message naming the offending ids, and the ids themselves (unit, post and person ids as
 * their own types).
 *
 * <pre>{@code
 * try {
 *     builder.build();
 * } catch (InvalidStructureException e) {
 *     for (StructureProblem p : e.problems()) {
 *         System.out.println(p.type() + ": " + p.message() + " " + p.ids());
 *     }
 * }
 * }</pre>
 *
 * @param type the kind of problem
 * @param message a sentence naming the offending ids
 * @param ids the offending ids, most specific first
 */
public record StructureProblem(Type type, String message, List<Object> ids) {

    /** Copies the ids. */
    public StructureProblem {
        ids = ImmutableList.copyOf(ids);
    }

    static StructureProblem of(Type type, String message, Object... ids) {
        return new StructureProblem(type, message, ImmutableList.copyOf(ids));
    }

    /** The kinds of problem {@code build()} detects. */
    public enum Type {
        /** Two units, posts or people with the same id. */
        DUPLICATE_ID,
        /** The same relation or tenure added twice, or one person holding one post twice at once. */
        DUPLICATE_ENTRY,
        /** A reference to a unit, post or person that is not in the structure. */
        MISSING_REFERENCE,
        /** A unit's territory is not an administrative (territorial) unit, or lies below the unit's level. */
        BAD_TERRITORY,
        /** Two units whose kinds share a code but differ in definition. */
        KIND_CONFLICT,
        /** A unit with more than one SUBORDINATE_TO parent. */
        MULTIPLE_PARENTS,
        /** A cycle of SUBORDINATE_TO relations. */
        CYCLE,
        /** A unit whose level is above its parent's (e.g. a commune unit under a village unit). */
        LEVEL_MISMATCH,
        /** A tenure outside the validity of its post's unit. */
        TENURE_OUTSIDE_VALIDITY,
        /** More people hold a post at one time than its capacity. */
        OVER_CAPACITY,
        /** An edit would remove a unit, post or person that something still refers to (children, posts, tenures, relations, territory). */
        STILL_REFERENCED,
        /** An edit refers to a unit, post, person, tenure or relation that is not in the structure. */
        UNKNOWN
    }

    @Override
    public String toString() {
        return type + ": " + message;
    }
}
