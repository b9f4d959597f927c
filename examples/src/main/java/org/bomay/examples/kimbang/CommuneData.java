package org.bomay.examples.kimbang;

import java.util.List;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;

/**
 * One row of the commune table of the Kim Bảng example. The communes' names are real; every
 * number (area, population, class, the villages' households) is ILLUSTRATIVE — plausible for a
 * Red River Delta district in 2018, not official statistics.
 *
 * @param slug the ASCII part of the commune's ids, e.g. {@code nhat-tan}
 * @param name the name without the kind word, e.g. "Nhật Tân"
 * @param kind {@link VnKinds#XA} or {@link VnKinds#THI_TRAN}
 * @param areaKm2 the natural area (illustrative)
 * @param population the population (illustrative)
 * @param unitClass the class (loại, illustrative)
 * @param secretaryChairsCouncil whether the party secretary is at the same time chair of the commune HĐND (since the 2016 term)
 * @param villageHouseholds the households of each modelled village, in order (illustrative; only some of the commune's villages are modelled)
 * @param tripleModel one character per village: {@code T} if the village applied the triple-post model from 2/2018, {@code -} if not
 */
record CommuneData(String slug, String name, UnitKind kind, double areaKm2, int population, UnitClass unitClass,
        boolean secretaryChairsCouncil, List<Integer> villageHouseholds, String tripleModel) {

    /** Average household size used to derive the commune's households from its population (illustrative). */
    static final double PERSONS_PER_HOUSEHOLD = 3.5;

    CommuneData {
        villageHouseholds = List.copyOf(villageHouseholds);
        if (villageHouseholds.size() < 2 || tripleModel.length() != villageHouseholds.size()
                || !tripleModel.matches("[T-]+")) {
            throw new IllegalArgumentException("Commune " + slug + ": at least 2 villages and one T/- flag per village");
        }
    }

    /** Whether this is a township (thị trấn), whose villages are residential groups (tổ dân phố). */
    boolean isTownship() {
        return kind.equals(VnKinds.THI_TRAN);
    }

    /** "xã" or "thị trấn", as it appears inside names and titles. */
    String kindWord() {
        return isTownship() ? "thị trấn" : "xã";
    }

    /** E.g. "xã Nhật Tân", "thị trấn Quế". */
    String fullName() {
        return kindWord() + " " + name;
    }

    /** The commune's id, e.g. {@code kb.xa.nhat-tan} or {@code kb.tt.que}; its organizations' ids extend it. */
    String idPrefix() {
        return "kb." + (isTownship() ? "tt" : "xa") + "." + slug;
    }

    /** The households of the commune, derived from its population (illustrative). */
    int households() {
        return (int) Math.round(population / PERSONS_PER_HOUSEHOLD);
    }

    /** Whether the village at {@code index} (0-based) applied the triple-post model. */
    boolean tripleModel(int index) {
        return tripleModel.charAt(index) == 'T';
    }

    /** The 18 communes and townships of Kim Bảng in 2018, alphabetically after the two townships. */
    static final List<CommuneData> ALL = List.of(
            row("que", "Quế", VnKinds.THI_TRAN, 4.9, 9_350, UnitClass.I, false, List.of(412, 386, 355), "TTT"),
            row("ba-sao", "Ba Sao", VnKinds.THI_TRAN, 13.6, 7_480, UnitClass.II, false, List.of(368, 341, 162), "TT-"),
            row("dai-cuong", "Đại Cương", VnKinds.XA, 8.1, 8_620, UnitClass.II, true, List.of(455, 398), "TT"),
            row("dong-hoa", "Đồng Hóa", VnKinds.XA, 6.4, 7_910, UnitClass.II, false, List.of(421, 377), "TT"),
            row("hoang-tay", "Hoàng Tây", VnKinds.XA, 6.1, 6_980, UnitClass.II, false, List.of(336, 128), "T-"),
            row("kha-phong", "Khả Phong", VnKinds.XA, 12.4, 8_240, UnitClass.II, true, List.of(402, 365, 318), "TTT"),
            row("le-ho", "Lê Hồ", VnKinds.XA, 7.3, 9_640, UnitClass.I, false, List.of(488, 436, 371), "TTT"),
            row("lien-son", "Liên Sơn", VnKinds.XA, 9.7, 5_260, UnitClass.III, true, List.of(312, 284), "TT"),
            row("ngoc-son", "Ngọc Sơn", VnKinds.XA, 5.6, 6_050, UnitClass.III, false, List.of(347, 296), "-T"),
            row("nguyen-uy", "Nguyễn Úy", VnKinds.XA, 7.9, 8_310, UnitClass.II, false, List.of(433, 392, 305), "TTT"),
            row("nhat-tan", "Nhật Tân", VnKinds.XA, 7.6, 9_800, UnitClass.II, true, List.of(467, 421, 389), "TTT"),
            row("nhat-tuu", "Nhật Tựu", VnKinds.XA, 6.9, 10_520, UnitClass.I, false, List.of(512, 474, 142), "TT-"),
            row("tan-son", "Tân Sơn", VnKinds.XA, 9.4, 6_830, UnitClass.II, false, List.of(358, 331), "TT"),
            row("thanh-son", "Thanh Sơn", VnKinds.XA, 17.8, 9_210, UnitClass.I, false, List.of(446, 403, 362), "TTT"),
            row("thi-son", "Thi Sơn", VnKinds.XA, 13.9, 8_950, UnitClass.II, false, List.of(418, 384, 351), "TT-"),
            row("thuy-loi", "Thụy Lôi", VnKinds.XA, 7.1, 5_420, UnitClass.III, true, List.of(326, 289), "TT"),
            row("tuong-linh", "Tượng Lĩnh", VnKinds.XA, 10.8, 9_030, UnitClass.II, false, List.of(429, 395, 348), "TTT"),
            row("van-xa", "Văn Xá", VnKinds.XA, 6.3, 6_340, UnitClass.III, false, List.of(341, 302), "T-"));

    private static CommuneData row(String slug, String name, UnitKind kind, double area, int population,
            UnitClass unitClass, boolean secretaryChairsCouncil, List<Integer> households, String tripleModel) {
        return new CommuneData(slug, name, kind, area, population, unitClass, secretaryChairsCouncil, households,
                tripleModel);
    }
}
