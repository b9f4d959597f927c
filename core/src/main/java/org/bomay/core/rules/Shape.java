package org.bomay.core.rules;

/**
 * What a rule inspects: the shape of its check, which decides what the validator re-checks after
 * a change.
 *
 * <pre>{@code
 * rule.shape();   // UNIT for a deputy cap, GROUP for an average across a district's offices
 * }</pre>
 */
public enum Shape {
    /** One unit at a time ({@link UnitRule}). */
    UNIT("từng đơn vị", "each unit"),
    /** A unit and its direct children taken together ({@link GroupRule}). */
    GROUP("nhóm đơn vị trực thuộc", "a group of sibling units"),
    /** One person and the posts they hold ({@link PersonRule}). */
    PERSON("từng người", "each person"),
    /** A sum over the whole structure ({@link TotalRule}). */
    TOTAL("toàn bộ cơ cấu", "the whole structure");

    private final String vietnamese;
    private final String english;

    Shape(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The Vietnamese description. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English description. */
    public String english() {
        return english;
    }
}
