package org.bomay.examples.chauthanh;

import java.util.List;

/**
 * One row of the commune table of the Châu Thành example. The 22 names are real (huyện Châu Thành,
 * tỉnh Bến Tre, 2013–2019: 21 xã and thị trấn Châu Thành); the areas and populations are
 * ILLUSTRATIVE, chosen so that only xã Giao Hòa lies below 50% of both standards of NQ
 * 1211/2016/UBTVQH13 — as the province's review of 2019 reported — and so that they add up to
 * about the district's 225 km².
 *
 * @param slug the ASCII part of the commune's ids, e.g. {@code giao-long}
 * @param name the name without the kind word, e.g. "Giao Long"
 * @param township whether it is a thị trấn (else a xã)
 * @param areaKm2 the natural area (ILLUSTRATIVE)
 * @param population the population (ILLUSTRATIVE)
 * @param secretaryChairsCouncil whether on 2018-01-01 the party secretary is at the same time chair of
 *     the commune HĐND (since the 2016 council term; ILLUSTRATIVE which ones)
 */
record CommuneRow(String slug, String name, boolean township, double areaKm2, int population,
        boolean secretaryChairsCouncil) {

    /** Average household size used to derive households from population (ILLUSTRATIVE). */
    static final double PERSONS_PER_HOUSEHOLD = 3.7;

    /** "xã" or "thị trấn", as it appears inside names and titles. */
    String kindWord() {
        return township ? "thị trấn" : "xã";
    }

    /** E.g. "xã Giao Long", "thị trấn Châu Thành". */
    String fullName() {
        return kindWord() + " " + name;
    }

    /** E.g. {@code ct.xa.giao-long}, {@code ct.tt.chau-thanh}. */
    String id() {
        return "ct." + (township ? "tt" : "xa") + "." + slug;
    }

    int households() {
        return (int) Math.round(population / PERSONS_PER_HOUSEHOLD);
    }

    /**
     * The 22 communes and the township on 2018-01-01, the township first, then the xã in
     * alphabetical order. Without the model (secretary = HĐND chair) on that day: the six the
     * district reported as not applying it in 2019 (ILLUSTRATIVE which six: Giao Hòa, Sơn Hòa, Tân
     * Thạch, Tiên Thủy, Phước Thạnh and the township) and Quới Sơn and Phú Đức, where the district
     * then directed it (seed 001) — 14 of 22.
     */
    static final List<CommuneRow> ALL = List.of(
            new CommuneRow("chau-thanh", "Châu Thành", true, 6.1, 11_800, false),
            new CommuneRow("an-hiep", "An Hiệp", false, 12.9, 9_400, true),
            new CommuneRow("an-hoa", "An Hóa", false, 10.2, 6_300, true),
            new CommuneRow("an-khanh", "An Khánh", false, 9.8, 10_900, true),
            new CommuneRow("an-phuoc", "An Phước", false, 11.6, 7_900, true),
            new CommuneRow("giao-hoa", "Giao Hòa", false, 6.4, 3_850, false),
            new CommuneRow("giao-long", "Giao Long", false, 12.3, 7_600, true),
            new CommuneRow("huu-dinh", "Hữu Định", false, 7.7, 9_800, true),
            new CommuneRow("phu-an-hoa", "Phú An Hòa", false, 12.4, 8_900, true),
            new CommuneRow("phu-duc", "Phú Đức", false, 9.5, 7_100, false),
            new CommuneRow("phu-tuc", "Phú Túc", false, 13.8, 10_200, true),
            new CommuneRow("phuoc-thanh", "Phước Thạnh", false, 10.3, 7_300, false),
            new CommuneRow("quoi-son", "Quới Sơn", false, 10.9, 8_100, false),
            new CommuneRow("quoi-thanh", "Quới Thành", false, 11.2, 5_600, true),
            new CommuneRow("son-hoa", "Sơn Hòa", false, 7.9, 4_600, false),
            new CommuneRow("tam-phuoc", "Tam Phước", false, 8.6, 9_300, true),
            new CommuneRow("tan-phu", "Tân Phú", false, 15.7, 9_000, true),
            new CommuneRow("tan-thach", "Tân Thạch", false, 9.4, 8_800, false),
            new CommuneRow("thanh-trieu", "Thành Triệu", false, 10.9, 8_400, true),
            new CommuneRow("tien-long", "Tiên Long", false, 10.6, 7_800, true),
            new CommuneRow("tien-thuy", "Tiên Thủy", false, 12.1, 10_300, false),
            new CommuneRow("tuong-da", "Tường Đa", false, 7.0, 5_900, true));

    /**
     * One hamlet (ấp) or, in the township, quarter (khu phố) of the example: only the five communes
     * where the district merged hamlets are given hamlets. Names ("Ấp 1", "Khu phố 1") and households
     * are ILLUSTRATIVE; so is which hamlets merged: the six absorbed ones lie below 50% of the
     * household threshold of TT 14/2018/TT-BNV for the South (thôn, ấp 350; tổ dân phố, khu phố 400).
     *
     * @param commune the commune's slug
     * @param number the hamlet's number
     * @param households the households (ILLUSTRATIVE)
     * @param into the number of the hamlet of the same commune that absorbs it, 0 if it stays
     */
    record Hamlet(String commune, int number, int households, int into) {
        static final List<Hamlet> ALL = List.of(
                new Hamlet("chau-thanh", 1, 520, 0), new Hamlet("chau-thanh", 2, 480, 0),
                new Hamlet("chau-thanh", 3, 430, 0), new Hamlet("chau-thanh", 4, 170, 3),
                new Hamlet("tan-thach", 1, 410, 0), new Hamlet("tan-thach", 2, 400, 0),
                new Hamlet("tan-thach", 3, 160, 2), new Hamlet("tan-thach", 4, 380, 0),
                new Hamlet("tan-thach", 5, 150, 4),
                new Hamlet("an-khanh", 1, 310, 0), new Hamlet("an-khanh", 2, 372, 0), new Hamlet("an-khanh", 3, 165, 2),
                new Hamlet("tam-phuoc", 1, 395, 0), new Hamlet("tam-phuoc", 2, 420, 0), new Hamlet("tam-phuoc", 3, 140, 1),
                new Hamlet("phu-an-hoa", 1, 450, 0), new Hamlet("phu-an-hoa", 2, 172, 3), new Hamlet("phu-an-hoa", 3, 365, 0));
    }
}
