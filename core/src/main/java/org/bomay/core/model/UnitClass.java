package org.bomay.core.model;

/**
 * The class ("loại") of an administrative unit or organization, which several rules use as a
 * parameter (deputy caps, commune cadre caps).
 *
 * <pre>{@code
 * Unit commune = Unit.builder(id, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.II).build();
 * }</pre>
 */
public enum UnitClass {
    /** Loại đặc biệt (only Hà Nội and Thành phố Hồ Chí Minh among provinces). */
    SPECIAL("loại đặc biệt"),
    /** Loại I. */
    I("loại I"),
    /** Loại II. */
    II("loại II"),
    /** Loại III. */
    III("loại III");

    private final String vietnamese;

    UnitClass(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The Vietnamese name, e.g. "loại II". */
    public String vietnamese() {
        return vietnamese;
    }
}
