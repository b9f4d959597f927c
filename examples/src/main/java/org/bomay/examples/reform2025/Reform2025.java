package org.bomay.examples.reform2025;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Transfer;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.UnitsNotAllowed;
import org.bomay.core.structure.OrgStructure;

/**
 * The national reform of 1/7/2025 as a {@link History}: the 63 provincial-level units become 34
 * (NQ 202/2025/QH15), the district level of local government ends (Luật 72/2025/QH15), and the
 * socio-political organizations come directly under the Fatherland Front (NQ 60-NQ/TW; Luật
 * 97/2025/QH15). The history starts on 30/6/2025 and has one version per change, all effective
 * 1/7/2025.
 *
 * <pre>{@code
 * History h = Reform2025.history();
 * Provinces2025.provincialUnits(h.asOf(LocalDate.of(2025, 6, 30))).size();   // 63
 * Provinces2025.provincialUnits(h.asOf(LocalDate.of(2025, 7, 1))).size();    // 34
 * h.currentSuccessors(Provinces2025.BEN_TRE);                                 // [vn.vinh-long]
 * h.current().unitsAt(Level.DISTRICT);                                        // []
 * }</pre>
 *
 * <h2>What is modelled</h2>
 * <ul>
 *   <li><b>Provinces</b>: all 63 provincial-level administrative units on 30/6/2025 and the 23
 *       mergers of {@link Provinces2025#merges()} (hợp nhất; the id of the former unit keeping the
 *       seat continues). Territorial units only: no party committee, council or people's committee
 *       of a province is modelled, except the Front of Hà Tĩnh below.</li>
 *   <li><b>The district level</b>, for two provinces: Huyện Châu Thành of Bến Tre (seed 001) with
 *       two of its communes named in seed 001, Xã Quới Sơn and Xã Phú Đức; Huyện Đức Thọ and Huyện
 *       Kỳ Anh of Hà Tĩnh (seed 004), without communes. On 1/7/2025 each district is dissolved
 *       (giải thể) with a disposition moving its communes directly under the province — Châu Thành's
 *       under Tỉnh Vĩnh Long, which Bến Tre went into the same day. Nationwide 696 district-level
 *       units ended ({@link #DISTRICTS_NATIONWIDE}).</li>
 *   <li><b>The Front</b>, in Hà Tĩnh (a province not rearranged, so the example shows only the
 *       Front's change): the Ủy ban MTTQ Việt Nam tỉnh and the five provincial socio-political
 *       organizations — Hội Nông dân, Hội Liên hiệp Phụ nữ, Tỉnh đoàn (Đoàn TNCS Hồ Chí Minh), Hội
 *       Cựu chiến binh, Liên đoàn Lao động (Công đoàn). Before the reform each is a root and
 *       MEMBER_OF the Front committee; on 1/7/2025 each is transferred under it (trực thuộc), and
 *       stays MEMBER_OF it, since Luật 97/2025/QH15 keeps them member organizations of the Front.</li>
 * </ul>
 * See {@link #ILLUSTRATIVE} for what is simplified. No person, post or staff figure is modelled.
 *
 * <p>This class holds constants and static methods; the structure and the history are built
 * once, on first use, and are immutable and thread-safe.
 */
public final class Reform2025 {
    /** What is simplified or assumed in this example; no figure is invented. */
    public static final String ILLUSTRATIVE = "ILLUSTRATIVE: only 3 districts, 2 communes and one province's Front are modelled;"
            + " the communes are assumed to exist on 30/6/2025 as seed 001 names them (2019) and keep their names after"
            + " 1/7/2025 (the commune rearrangement of that day is not modelled)";

    /** Luật Tổ chức chính quyền địa phương 72/2025/QH15: two levels of local government from 1/7/2025. */
    public static final LegalBasis LUAT_72 = LegalBasis.of("72/2025/QH15", "Luật Tổ chức chính quyền địa phương");
    /** Luật 97/2025/QH15, adopted 27/6/2025, in force 1/7/2025: the socio-political organizations "trực thuộc" the Front. */
    public static final LegalBasis LUAT_97 = LegalBasis.of("97/2025/QH15", "Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ"
            + " quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở");
    /** 27/6/2025, the day the National Assembly adopted Luật 97/2025/QH15. */
    public static final LocalDate LUAT_97_ADOPTED = LocalDate.of(2025, 6, 27);

    /** District-level units before the reform, nationwide (research/vn_rules.md, section 6); all ended on 1/7/2025. */
    public static final int DISTRICTS_NATIONWIDE = 696;
    /** Commune-level units before the reform, nationwide (research/vn_rules.md, section 6). */
    public static final int COMMUNES_BEFORE = 10_035;
    /** Commune-level units from 1/7/2025, nationwide: 2,636 xã, 672 phường, 13 đặc khu (research/vn_rules.md, section 6). */
    public static final int COMMUNES_AFTER = 3_321;

    /** Huyện Châu Thành, tỉnh Bến Tre (seed 001). */
    public static final UnitId CHAU_THANH = UnitId.of("vn.ben-tre.chau-thanh");
    /** Xã Quới Sơn, huyện Châu Thành (seed 001). */
    public static final UnitId QUOI_SON = UnitId.of("vn.ben-tre.chau-thanh.quoi-son");
    /** Xã Phú Đức, huyện Châu Thành (seed 001). */
    public static final UnitId PHU_DUC = UnitId.of("vn.ben-tre.chau-thanh.phu-duc");
    /** Huyện Đức Thọ, tỉnh Hà Tĩnh (seed 004). */
    public static final UnitId DUC_THO = UnitId.of("vn.ha-tinh.duc-tho");
    /** Huyện Kỳ Anh, tỉnh Hà Tĩnh (seed 004). */
    public static final UnitId KY_ANH = UnitId.of("vn.ha-tinh.ky-anh");
    /** The three district-level units modelled. */
    public static final ImmutableList<UnitId> DISTRICTS = ImmutableList.of(CHAU_THANH, DUC_THO, KY_ANH);
    /** The two communes modelled. */
    public static final ImmutableList<UnitId> COMMUNES = ImmutableList.of(QUOI_SON, PHU_DUC);

    /** Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh. */
    public static final UnitId UBMTTQ_HA_TINH = UnitId.of("vn.ha-tinh.mttq");
    /** Hội Nông dân tỉnh Hà Tĩnh. */
    public static final UnitId HOI_NONG_DAN_HA_TINH = UnitId.of("vn.ha-tinh.hnd");
    /** Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh. */
    public static final UnitId HOI_PHU_NU_HA_TINH = UnitId.of("vn.ha-tinh.lhpn");
    /** Tỉnh đoàn Hà Tĩnh (Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh). */
    public static final UnitId TINH_DOAN_HA_TINH = UnitId.of("vn.ha-tinh.doan");
    /** Hội Cựu chiến binh tỉnh Hà Tĩnh. */
    public static final UnitId HOI_CUU_CHIEN_BINH_HA_TINH = UnitId.of("vn.ha-tinh.ccb");
    /** Liên đoàn Lao động tỉnh Hà Tĩnh (Công đoàn). */
    public static final UnitId LIEN_DOAN_LAO_DONG_HA_TINH = UnitId.of("vn.ha-tinh.ldld");
    /** The five socio-political organizations of Hà Tĩnh, in the order above. */
    public static final ImmutableList<UnitId> SOCIO_POLITICAL_ORGANIZATIONS = ImmutableList.of(HOI_NONG_DAN_HA_TINH,
            HOI_PHU_NU_HA_TINH, TINH_DOAN_HA_TINH, HOI_CUU_CHIEN_BINH_HA_TINH, LIEN_DOAN_LAO_DONG_HA_TINH);

    private Reform2025() {}

    /**
     * The structure on 30/6/2025: the 63 provincial-level units, the three districts with the two
     * communes, and the Front of Hà Tĩnh. Built once, on first use; the same instance on every call.
     *
     * <pre>{@code
     * OrgStructure s = Reform2025.before();
     * s.children(Reform2025.CHAU_THANH);                         // Xã Quới Sơn, Xã Phú Đức
     * s.relatedTo(Reform2025.UBMTTQ_HA_TINH, RelationType.MEMBER_OF).size();   // 5
     * }</pre>
     */
    public static OrgStructure before() {
        return Holder.BEFORE;
    }

    /**
     * The changes of 1/7/2025, in the order the history applies them: the 23 mergers of
     * provinces, the dissolution of the three districts, the transfer of the five organizations.
     *
     * <pre>{@code
     * Reform2025.changes().size();   // 31
     * }</pre>
     */
    public static ImmutableList<Change> changes() {
        return Holder.CHANGES;
    }

    /**
     * The history: version 0 is {@link #before()} (30/6/2025), then one version per change of
     * {@link #changes()}, all effective 1/7/2025. Built once, on first use.
     *
     * <pre>{@code
     * History h = Reform2025.history();
     * h.currentSuccessors(Provinces2025.LAO_CAI);   // [vn.yen-bai], named "Tỉnh Lào Cai"
     * h.predecessors(Provinces2025.VINH_LONG);      // vn.ben-tre, vn.tra-vinh and vn.vinh-long MERGED_INTO vn.vinh-long
     * }</pre>
     */
    public static History history() {
        return Holder.HISTORY;
    }

    /**
     * The former provincial-level units a unit of the history was formed from on 1/7/2025, from
     * its lineage: the units that MERGED_INTO it, itself included when it kept its id; just itself
     * if it was not rearranged.
     *
     * <pre>{@code
     * Reform2025.formedFrom(Provinces2025.VINH_LONG);   // [vn.ben-tre, vn.tra-vinh, vn.vinh-long]
     * Reform2025.formedFrom(Provinces2025.HA_TINH);     // [vn.ha-tinh]
     * }</pre>
     *
     * @throws BomayException if the unit does not exist after the reform
     */
    public static ImmutableList<UnitId> formedFrom(UnitId unit) {
        History h = history();
        if (unit == null || !h.current().contains(unit)) {
            throw new BomayException("Reform2025.formedFrom: " + unit + " does not exist after the reform;"
                    + " ask history().currentSuccessors(" + unit + ") what it became");
        }
        List<UnitId> from = h.predecessors(unit).stream().filter(s -> s.to().equals(unit)).map(s -> s.from()).toList();
        return from.isEmpty() ? ImmutableList.of(unit) : ImmutableList.copyOf(from);
    }

    /**
     * A rule of the two-level local government: from 1/7/2025 no unit — administrative unit or
     * organization — is at district level (Luật 72/2025/QH15). Not among the built-in Vietnam
     * rules; an error on every district-level unit that remains.
     *
     * <pre>{@code
     * Validator.of(RulePack.of("cấp huyện", Reform2025.noDistrictLevel()))
     *         .validate(Reform2025.history().current()).isValid();   // true
     * }</pre>
     */
    public static Rule noDistrictLevel() {
        return UnitsNotAllowed.of(RuleInfo.of("vn.luat72-2025.khong-con-cap-huyen",
                "Không còn đơn vị cấp huyện (chính quyền địa phương hai cấp)",
                "No district-level unit (two-level local government)", LUAT_72, Period.from(Provinces2025.EFFECTIVE)),
                Selector.atLevels(Level.DISTRICT));
    }

    // ------------------------------------------------------------------ building

    private static OrgStructure buildBefore() {
        OrgStructure.Builder b = OrgStructure.builder(Provinces2025.BEFORE);
        Provinces2025.formerUnits().forEach(b::add);
        territory(b, CHAU_THANH, "Huyện Châu Thành", VnKinds.HUYEN, Level.DISTRICT, Provinces2025.BEN_TRE);
        territory(b, QUOI_SON, "Xã Quới Sơn", VnKinds.XA, Level.COMMUNE, CHAU_THANH);
        territory(b, PHU_DUC, "Xã Phú Đức", VnKinds.XA, Level.COMMUNE, CHAU_THANH);
        territory(b, DUC_THO, "Huyện Đức Thọ", VnKinds.HUYEN, Level.DISTRICT, Provinces2025.HA_TINH);
        territory(b, KY_ANH, "Huyện Kỳ Anh", VnKinds.HUYEN, Level.DISTRICT, Provinces2025.HA_TINH);

        front(b, UBMTTQ_HA_TINH, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", VnKinds.UBMTTQ);
        front(b, HOI_NONG_DAN_HA_TINH, "Hội Nông dân tỉnh Hà Tĩnh", VnKinds.HOI_NONG_DAN);
        front(b, HOI_PHU_NU_HA_TINH, "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", VnKinds.HOI_LHPN);
        front(b, TINH_DOAN_HA_TINH, "Tỉnh đoàn Hà Tĩnh", VnKinds.DOAN_THANH_NIEN);
        front(b, HOI_CUU_CHIEN_BINH_HA_TINH, "Hội Cựu chiến binh tỉnh Hà Tĩnh", VnKinds.HOI_CUU_CHIEN_BINH);
        front(b, LIEN_DOAN_LAO_DONG_HA_TINH, "Liên đoàn Lao động tỉnh Hà Tĩnh", VnKinds.CONG_DOAN);
        for (UnitId org : SOCIO_POLITICAL_ORGANIZATIONS) {
            b.add(Relation.of(RelationType.MEMBER_OF, org, UBMTTQ_HA_TINH));
        }
        return b.build();
    }

    private static void territory(OrgStructure.Builder b, UnitId id, String name, UnitKind kind, Level level, UnitId parent) {
        b.add(Unit.of(id, name, kind, level), parent);
    }

    private static void front(OrgStructure.Builder b, UnitId id, String name, UnitKind kind) {
        b.add(Unit.builder(id, name, kind, Level.PROVINCE).territory(Provinces2025.HA_TINH).build());
    }

    private static ImmutableList<Change> buildChanges(OrgStructure before) {
        LocalDate d = Provinces2025.EFFECTIVE;
        List<Change> l = new ArrayList<>(Provinces2025.merges());
        for (UnitId district : DISTRICTS) {
            UnitId province = before.parent(district).orElseThrow().id();
            UnitId to = Provinces2025.successor(province).id();
            l.add(Dissolve.of(d, district, Disposition.none().moveAllChildrenTo(to))
                    .basis(LUAT_72.number(), LUAT_72.title())
                    .note("Kết thúc hoạt động của đơn vị hành chính cấp huyện; các xã trực thuộc " + unitName(to)));
        }
        for (UnitId org : SOCIO_POLITICAL_ORGANIZATIONS) {
            l.add(Transfer.of(d, org, UBMTTQ_HA_TINH)
                    .decided(LUAT_97_ADOPTED)
                    .basis(LUAT_97.number(), LUAT_97.title())
                    .note("Tổ chức chính trị – xã hội trực thuộc Ủy ban MTTQ Việt Nam tỉnh (NQ 60-NQ/TW)"));
        }
        return ImmutableList.copyOf(l);
    }

    /** The name of a unit from 1/7/2025 (a new province's name, or the unchanged one's). */
    private static String unitName(UnitId id) {
        return Provinces2025.newUnits().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().name();
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final OrgStructure BEFORE = buildBefore();
        static final ImmutableList<Change> CHANGES = buildChanges(BEFORE);
        static final History HISTORY = History.start(BEFORE).applyAll(CHANGES);
    }
}
