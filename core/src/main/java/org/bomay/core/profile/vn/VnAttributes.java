package org.bomay.core.profile.vn;

/**
 * The keys of the Vietnam profile's unit {@linkplain org.bomay.core.model.Unit#attributes()
 * attributes}, which the rules of {@link VnRules} read. Set them on the unit they describe;
 * rules look them up on the unit, then its territory, then the nearest ancestor, so a region set
 * on a province holds for every commune and village in it.
 *
 * <pre>{@code
 * Unit.builder(UnitId.of("hn"), "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE)
 *         .attribute(VnAttributes.VUNG, VnRegion.DONG_BANG_SONG_HONG.name());
 * Unit.builder(UnitId.of("x"), "Xã Ba Vì", VnKinds.XA, Level.COMMUNE).attribute(VnAttributes.MIEN_NUI, VnAttributes.YES);
 * Unit.builder(UnitId.of("kb.ubnd.noi-vu"), "Phòng Nội vụ", VnKinds.PHONG, Level.DISTRICT)
 *         .attribute(VnAttributes.LINH_VUC, VnAttributes.NOI_VU);
 * }</pre>
 */
public final class VnAttributes {
    private VnAttributes() {}

    /** The value of a yes/no attribute that holds. */
    public static final String YES = "true";

    /** The region (vùng) for village household thresholds: a {@link VnRegion} name. */
    public static final String VUNG = "vn.vung";

    /** Whether the unit is Hà Nội (yes/no), whose tổ dân phố have their own household threshold. */
    public static final String HA_NOI = "vn.ha-noi";

    /** Whether an administrative unit is mountainous or highland (miền núi, vùng cao), for its standards (yes/no). */
    public static final String MIEN_NUI = "vn.mien-nui";

    /** Whether an administrative unit is an island (hải đảo), for its standards and village thresholds (yes/no). */
    public static final String HAI_DAO = "vn.hai-dao";

    /** Whether a commune lies on the border (xã biên giới), for village household thresholds (yes/no). */
    public static final String BIEN_GIOI = "vn.bien-gioi";

    /** The field (lĩnh vực) of a specialized office, where a rule needs it, e.g. {@link #NOI_VU}. */
    public static final String LINH_VUC = "vn.linh-vuc";

    /** Field: home affairs (nội vụ) — Phòng Nội vụ, Sở Nội vụ. */
    public static final String NOI_VU = "noi-vu";

    /** Field: inspection (thanh tra) — Thanh tra huyện, Thanh tra tỉnh. */
    public static final String THANH_TRA = "thanh-tra";
}
