package org.bomay.examples.reform2025;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.model.Level;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.structure.OrgStructure;

/**
 * Vietnam's provincial-level units in the 2025 reform: the 63 on 30/6/2025 (57 provinces and 6
 * centrally-run cities), the 34 from 1/7/2025 (28 and 6) that Nghị quyết 202/2025/QH15 forms —
 * 11 left as they were, 23 formed from the other 52 — and the 23 mergers as changes.
 *
 * <pre>{@code
 * Provinces2025.formerUnits().size();                   // 63
 * Provinces2025.newUnits().size();                      // 34
 * Provinces2025.successor(Provinces2025.BEN_TRE);       // 20. Tỉnh Vĩnh Long = vn.ben-tre + vn.tra-vinh + vn.vinh-long ...
 * Provinces2025.merges().get(1).summary();              // [vn.yen-bai, vn.lao-cai] → vn.yen-bai (Tỉnh Lào Cai)
 * }</pre>
 *
 * <h2>The data</h2>
 * Two tables in this package's resources: {@code provinces-before-2025.csv} (id, kind, name of the
 * 63) and {@code provinces-2025.csv} (the 34: which list, number, kind, name, seat and former
 * units). Both come from {@code research/vn_rules.md}, section 6, which gives the 11 unchanged
 * units and the 23 new ones with their former units and, for 12 of them, the seat; for the other
 * 11 the seat is the unit whose name the new one takes, as in the list annexed to Nghị quyết
 * 60-NQ/TW (12/4/2025). Names are real and official; no figure (area, population) is recorded.
 * The ids ({@code vn.ben-tre}) are bomay's, not the official unit codes.
 *
 * <h2>Hợp nhất, and whose id continues</h2>
 * NQ 202/2025/QH15 arranges the whole area and population of two or three units "into a new
 * province (or city) named ..." ("thành tỉnh mới có tên gọi là ...") and the NQ 60-NQ/TW list
 * calls it hợp nhất, so each of the 23 is a {@link Merge}, not an absorption into the namesake:
 * in 7 of the 23 the name comes from one former unit and the seat from another (Tỉnh Lào Cai
 * has its seat in the former Yên Bái; Bắc Ninh in Bắc Giang; Quảng Trị in Quảng Bình; Gia Lai in
 * Bình Định; Tây Ninh in Long An; Đồng Tháp in Tiền Giang; An Giang in Kiên Giang). The merged
 * unit keeps the id of the former unit that keeps the seat, as Vietnam's administrative-unit
 * codes do (docs/changes.md): that unit continues under the new name, the others cease. So
 * {@code vn.vinh-long} is Tỉnh Vĩnh Long before and after, and {@code vn.yen-bai} is "Tỉnh Lào
 * Cai" from 1/7/2025 while {@code vn.lao-cai} ceases.
 *
 * <p>This class holds constants and static methods; the tables are read once, on first use, and
 * everything returned is immutable and thread-safe.
 */
public final class Provinces2025 {
    /** 30/6/2025, the last day of the 63 provinces and of the district level. */
    public static final LocalDate BEFORE = VnRules.REFORM_2025.minusDays(1);
    /** 1/7/2025, the day the 34 provincial-level units and the two-level local government began ({@link VnRules#REFORM_2025}). */
    public static final LocalDate EFFECTIVE = VnRules.REFORM_2025;
    /** 12/6/2025, the day the National Assembly adopted NQ 202/2025/QH15 (in force on adoption). */
    public static final LocalDate NQ_202_ADOPTED = LocalDate.of(2025, 6, 12);
    /** Nghị quyết 202/2025/QH15 of the National Assembly, the legal basis of the 23 mergers. */
    public static final LegalBasis NQ_202 = LegalBasis.of("202/2025/QH15", "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh");

    /** Tỉnh Bến Tre (until 1/7/2025; then part of Tỉnh Vĩnh Long). */
    public static final UnitId BEN_TRE = UnitId.of("vn.ben-tre");
    /** Tỉnh Trà Vinh (until 1/7/2025; then part of Tỉnh Vĩnh Long). */
    public static final UnitId TRA_VINH = UnitId.of("vn.tra-vinh");
    /** Tỉnh Vĩnh Long, which continues: the new Tỉnh Vĩnh Long has its seat there. */
    public static final UnitId VINH_LONG = UnitId.of("vn.vinh-long");
    /** Tỉnh Yên Bái, which continues under the name Tỉnh Lào Cai: the new province has its seat there. */
    public static final UnitId YEN_BAI = UnitId.of("vn.yen-bai");
    /** Tỉnh Lào Cai before 1/7/2025 (then part of the new Tỉnh Lào Cai, id {@link #YEN_BAI}). */
    public static final UnitId LAO_CAI = UnitId.of("vn.lao-cai");
    /** Tỉnh Hà Tĩnh, one of the 11 units not rearranged. */
    public static final UnitId HA_TINH = UnitId.of("vn.ha-tinh");
    /** Thành phố Hà Nội, not rearranged. */
    public static final UnitId HA_NOI = UnitId.of("vn.ha-noi");
    /** Thành phố Hồ Chí Minh, which continues, formed from itself, Bà Rịa – Vũng Tàu and Bình Dương. */
    public static final UnitId HO_CHI_MINH = UnitId.of("vn.ho-chi-minh");

    private Provinces2025() {}

    /**
     * The 63 provincial-level administrative units on 30/6/2025, each a root with no attribute,
     * in the order of {@code provinces-before-2025.csv}.
     *
     * <pre>{@code
     * Provinces2025.formerUnits().stream().filter(u -> u.kind().equals(VnKinds.TINH)).count();   // 57
     * }</pre>
     */
    public static ImmutableList<Unit> formerUnits() {
        return Tables.BEFORE.values().asList();
    }

    /**
     * A former unit by id.
     *
     * <pre>{@code
     * Provinces2025.formerUnit(Provinces2025.BEN_TRE).name();   // "Tỉnh Bến Tre"
     * }</pre>
     *
     * @throws BomayException if the id is not one of the 63
     */
    public static Unit formerUnit(UnitId id) {
        Unit u = id == null ? null : Tables.BEFORE.get(id);
        if (u == null) {
            throw new BomayException("Provinces2025.formerUnit: " + id + " is not one of the 63 provincial-level units of 30/6/2025;"
                    + " ids are 'vn.' + the unaccented name, e.g. vn.ben-tre");
        }
        return u;
    }

    /**
     * The 34 provincial-level units from 1/7/2025: the 11 unchanged, then the 23 new ones, in the
     * order of {@code provinces-2025.csv}.
     *
     * <pre>{@code
     * Provinces2025.newUnits().stream().filter(p -> p.kind().equals(VnKinds.THANH_PHO_TRUC_THUOC_TW)).count();   // 6
     * }</pre>
     */
    public static ImmutableList<NewProvince> newUnits() {
        return Tables.AFTER;
    }

    /**
     * The 23 units formed by merging the other 52.
     *
     * <pre>{@code
     * Provinces2025.merged().stream().mapToInt(p -> p.from().size()).sum();   // 52
     * }</pre>
     */
    public static ImmutableList<NewProvince> merged() {
        return Tables.AFTER.stream().filter(NewProvince::merged).collect(ImmutableList.toImmutableList());
    }

    /**
     * The 11 units not rearranged.
     *
     * <pre>{@code
     * Provinces2025.unchanged().get(0).name();   // "Thành phố Hà Nội"
     * }</pre>
     */
    public static ImmutableList<NewProvince> unchanged() {
        return Tables.AFTER.stream().filter(p -> !p.merged()).collect(ImmutableList.toImmutableList());
    }

    /**
     * The unit from 1/7/2025 that a former unit went into, by the table (no history needed).
     *
     * <pre>{@code
     * Provinces2025.successor(Provinces2025.BEN_TRE).name();   // "Tỉnh Vĩnh Long"
     * Provinces2025.successor(Provinces2025.LAO_CAI).id();     // vn.yen-bai
     * }</pre>
     *
     * @throws BomayException if the id is not one of the 63
     */
    public static NewProvince successor(UnitId former) {
        formerUnit(former);
        return Tables.AFTER.stream().filter(p -> p.from().contains(former)).findFirst().orElseThrow();
    }

    /**
     * The provincial-level administrative units of a snapshot (tỉnh and thành phố trực thuộc
     * trung ương), leaving out the organizations at provincial level.
     *
     * <pre>{@code
     * Provinces2025.provincialUnits(Reform2025.history().asOf(Provinces2025.BEFORE)).size();      // 63
     * Provinces2025.provincialUnits(Reform2025.history().asOf(Provinces2025.EFFECTIVE)).size();   // 34
     * }</pre>
     *
     * @throws BomayException if the snapshot is null
     */
    public static ImmutableList<Unit> provincialUnits(OrgStructure s) {
        if (s == null) {
            throw new BomayException("Provinces2025.provincialUnits: the structure must not be null");
        }
        return ImmutableList.<Unit>builder().addAll(s.unitsOf(VnKinds.TINH)).addAll(s.unitsOf(VnKinds.THANH_PHO_TRUC_THUOC_TW))
                .build();
    }

    /**
     * The 23 mergers of NQ 202/2025/QH15 as changes, in the order of the list: effective
     * 1/7/2025, decided 12/6/2025, each forming the new unit under the id of the former unit that
     * keeps the seat (see the class comment).
     *
     * <pre>{@code
     * History h = History.start(structureOn30June).applyAll(Provinces2025.merges());
     * }</pre>
     */
    public static ImmutableList<Merge> merges() {
        return Tables.MERGES;
    }

    private static Merge merge(NewProvince p) {
        List<String> formers = p.from().stream().map(id -> inText(Tables.BEFORE.get(id).name())).toList();
        String joined = String.join(", ", formers.subList(0, formers.size() - 1)) + " và " + formers.get(formers.size() - 1);
        return Merge.of(EFFECTIVE, p.from(), Unit.of(p.id(), p.name(), p.kind(), Level.PROVINCE))
                .decided(NQ_202_ADOPTED)
                .basis(NQ_202.number(), NQ_202.title())
                .note("Hợp nhất " + joined + " thành " + inText(p.name()) + "; trung tâm chính trị – hành chính đặt tại "
                        + inText(Tables.BEFORE.get(p.seat()).name()) + " hiện nay");
    }

    /** A unit's name inside a sentence: "Tỉnh Bến Tre" → "tỉnh Bến Tre", "Thành phố Huế" → "thành phố Huế". */
    private static String inText(String name) {
        return name.startsWith("Tỉnh ") || name.startsWith("Thành phố ") ? Character.toLowerCase(name.charAt(0)) + name.substring(1)
                : name;
    }

    /** Lazy, thread-safe reading of the tables (the holder idiom). */
    private static final class Tables {
        static final ImmutableMap<UnitId, Unit> BEFORE = ProvinceTable.readBefore();
        static final ImmutableList<NewProvince> AFTER = ProvinceTable.readAfter(BEFORE);
        static final ImmutableList<Merge> MERGES = AFTER.stream().filter(NewProvince::merged).map(Provinces2025::merge)
                .collect(ImmutableList.toImmutableList());
    }
}
