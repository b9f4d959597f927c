package org.bomay.core.profile.vn;

/**
 * The regions that Thông tư 14/2018/TT-BNV uses for the household thresholds of villages and
 * residential groups. Stored on a unit (normally the province) as the attribute
 * {@link VnAttributes#VUNG} with the enum's name; units below inherit it.
 *
 * <pre>{@code
 * Unit haNam = Unit.builder(UnitId.of("hn"), "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE)
 *         .attribute(VnAttributes.VUNG, VnRegion.DONG_BANG_SONG_HONG.name()).build();
 * }</pre>
 */
public enum VnRegion {
    /** Trung du và miền núi phía Bắc (northern midlands and mountains). */
    TRUNG_DU_MIEN_NUI_PHIA_BAC("Trung du và miền núi phía Bắc"),
    /** Đồng bằng sông Hồng (Red River Delta), Hà Nội included. */
    DONG_BANG_SONG_HONG("Đồng bằng sông Hồng"),
    /** Miền Trung (the central provinces). */
    MIEN_TRUNG("Miền Trung"),
    /** Miền Nam (the south). */
    MIEN_NAM("Miền Nam"),
    /** Tây Nguyên (the Central Highlands). */
    TAY_NGUYEN("Tây Nguyên");

    private final String vietnamese;

    VnRegion(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The Vietnamese name. */
    public String vietnamese() {
        return vietnamese;
    }
}
