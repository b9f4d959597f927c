package org.bomay.examples.programme2030;

import java.util.List;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;

/**
 * One row of the commune table of {@link SeedDistrict}. The seed names no commune, so the names
 * are placeholders ("Xã số 4"); every number is ILLUSTRATIVE.
 *
 * @param slug the ASCII part of the commune's ids: {@code tt} for the township, {@code 01}..{@code 13} for the xã
 * @param name the placeholder name, e.g. "Xã số 4"
 * @param kind {@link VnKinds#XA} or {@link VnKinds#THI_TRAN}
 * @param areaKm2 the natural area (illustrative)
 * @param population the population (illustrative)
 * @param unitClass the class (loại, illustrative)
 */
record CommuneRow(String slug, String name, UnitKind kind, double areaKm2, int population, UnitClass unitClass) {

    /** Average household size used to derive households from population (illustrative). */
    static final double PERSONS_PER_HOUSEHOLD = 3.8;

    /** The commune's id, e.g. {@code h3.xa.04} or {@code h3.tt}; its organizations' ids extend it. */
    String id() {
        return SeedDistrict.HUYEN.value() + (kind.equals(VnKinds.THI_TRAN) ? "." : ".xa.") + slug;
    }

    /** "xã số 4" or "thị trấn huyện lỵ", as the name appears inside the names of the commune's organizations. */
    String inTitle() {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** "xã" or "thị trấn". */
    String kindWord() {
        return kind.equals(VnKinds.THI_TRAN) ? "thị trấn" : "xã";
    }

    int households() {
        return (int) Math.round(population / PERSONS_PER_HOUSEHOLD);
    }

    /**
     * The commune's quota of cán bộ, công chức by class, recorded on its UBND (illustrative: 23, 21 and
     * 19 for loại I, II and III; not taken from a decree).
     */
    int staffQuota() {
        return staffQuota(unitClass);
    }

    static int staffQuota(UnitClass c) {
        return c == UnitClass.I ? 23 : c == UnitClass.II ? 21 : 19;
    }

    /**
     * The township and the 13 xã. Standards of a xã outside the mountains (NQ 1211/2016/UBTVQH13):
     * 8,000 people and 30 km², so half of both is 4,000 people and 15 km². Xã số 4, 5 and 9 are
     * below half of both; xã số 7 only of the population standard, xã số 8 only of the area one.
     */
    static final List<CommuneRow> ALL = List.of(
            new CommuneRow("tt", "Thị trấn huyện lỵ", VnKinds.THI_TRAN, 9.8, 11_200, UnitClass.I),
            new CommuneRow("01", "Xã số 1", VnKinds.XA, 24.6, 8_900, UnitClass.I),
            new CommuneRow("02", "Xã số 2", VnKinds.XA, 21.3, 6_400, UnitClass.II),
            new CommuneRow("03", "Xã số 3", VnKinds.XA, 18.7, 5_900, UnitClass.II),
            new CommuneRow("04", "Xã số 4", VnKinds.XA, 11.2, 3_100, UnitClass.III),
            new CommuneRow("05", "Xã số 5", VnKinds.XA, 9.6, 2_900, UnitClass.III),
            new CommuneRow("06", "Xã số 6", VnKinds.XA, 26.4, 5_200, UnitClass.II),
            new CommuneRow("07", "Xã số 7", VnKinds.XA, 23.9, 3_700, UnitClass.II),
            new CommuneRow("08", "Xã số 8", VnKinds.XA, 13.1, 6_300, UnitClass.II),
            new CommuneRow("09", "Xã số 9", VnKinds.XA, 12.5, 3_400, UnitClass.III),
            new CommuneRow("10", "Xã số 10", VnKinds.XA, 21.0, 6_800, UnitClass.II),
            new CommuneRow("11", "Xã số 11", VnKinds.XA, 29.8, 8_400, UnitClass.I),
            new CommuneRow("12", "Xã số 12", VnKinds.XA, 19.5, 5_600, UnitClass.II),
            new CommuneRow("13", "Xã số 13", VnKinds.XA, 17.2, 4_900, UnitClass.II));
}
