package org.bomay.core.model;

/**
 * The levels of the apparatus, from the top down. A unit may sit at the level of its parent or
 * deeper, never higher: a commune unit under a village unit is rejected; a commune directly under
 * a province (the 3-tier world after 1/7/2025) is fine.
 *
 * <pre>{@code
 * Level.COMMUNE.fitsUnder(Level.DISTRICT); // true
 * Level.COMMUNE.fitsUnder(Level.VILLAGE);  // false
 * }</pre>
 */
public enum Level {
    /** Trung ương. */
    CENTRAL("trung ương", "central"),
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE("tỉnh", "province"),
    /** Huyện, quận, thị xã, thành phố thuộc tỉnh (abolished for local government on 1/7/2025). */
    DISTRICT("huyện", "district"),
    /** Xã, phường, thị trấn, đặc khu. */
    COMMUNE("xã", "commune"),
    /** Thôn, xóm, ấp, bản, tổ dân phố, khu phố. */
    VILLAGE("thôn", "village");

    private final String vietnamese;
    private final String english;

    Level(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The Vietnamese name, e.g. "xã". */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English name, e.g. "commune". */
    public String english() {
        return english;
    }

    /** Whether a unit at this level may be subordinate to a unit at {@code parent}: same level or deeper. */
    public boolean fitsUnder(Level parent) {
        org.bomay.core.internal.Checks.notNull(parent, "Level.fitsUnder: the parent level");
        return ordinal() >= parent.ordinal();
    }
}
