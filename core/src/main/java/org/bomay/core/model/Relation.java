package org.bomay.core.model;

import org.bomay.core.BomayException;

/**
 * A typed edge between two units: {@code source} {@code type} {@code target}, read as a verb —
 * "Huyện ủy LEADS UBND huyện", "Xã ủy SUBORDINATE_TO Huyện ủy".
 *
 * <pre>{@code
 * Relation r = Relation.of(RelationType.SERVES, UnitId.of("kb.vp-hdnd-ubnd"), UnitId.of("kb.ubnd"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equality is by value, so one structure holds at
 * most one relation of a type between two units.
 *
 * @param type the relation type
 * @param source the unit the verb starts from
 * @param target the unit the verb points to
 */
public record Relation(RelationType type, UnitId source, UnitId target) {

    /** Validates the fields. */
    public Relation {
        if (type == null || source == null || target == null) {
            throw new BomayException("Relation " + source + " " + type + " " + target + " needs a type, a source and a target");
        }
        if (source.equals(target)) {
            throw new BomayException("Relation " + type + " from unit " + source + " to itself is not allowed");
        }
    }

    /** Returns the relation {@code source type target}. */
    public static Relation of(RelationType type, UnitId source, UnitId target) {
        return new Relation(type, source, target);
    }

    /** Returns e.g. {@code kb.huyen-uy LEADS kb.ubnd}. */
    @Override
    public String toString() {
        return source + " " + type + " " + target;
    }
}
