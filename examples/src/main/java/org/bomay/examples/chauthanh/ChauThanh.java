package org.bomay.examples.chauthanh;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.bomay.core.BomayException;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.structure.OrgStructure;

/**
 * Châu Thành district (huyện Châu Thành, tỉnh Bến Tre) on 2018-01-01, before the first year of
 * Resolution 18-NQ/TW that seed 001 reports (interview of 11/02/2019 with the district's standing
 * deputy party secretary): all three pillars at district level, the 22 communes and the township
 * with their party committees (Đảng ủy), HĐND, UBND and Fatherland Front committees, hamlets (ấp,
 * khu phố) in the five communes that merged hamlets, a small part of the province above, posts and
 * fictitious people. {@link ChauThanhOneYear} applies the year's restructurings to it.
 *
 * <pre>{@code
 * OrgStructure ct = ChauThanh.structure();                             // 2018-01-01
 * ct.children(ChauThanh.HUYEN).size();                                 // 22 communes and township
 * ct.unit(ChauThanh.XA_GIAO_HOA).name();                               // "Xã Giao Hòa"
 * Metrics.coverage(MetricContext.of(ct).within(ChauThanh.DISTRICT),
 *         VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_XA_HDND));   // 14/22
 * }</pre>
 *
 * <h2>What is real and what is not</h2>
 * Real: the province and the district; the names of the 22 commune-level units (21 xã and thị trấn
 * Châu Thành, as listed when the district ceded xã Mỹ Thành to Bến Tre city in 2013 —
 * baodientu.chinhphu.vn — and still in 2019); the district-level organizations the seed names (Ban Tuyên giáo, Ban Dân
 * vận, Trung tâm Bồi dưỡng chính trị, Ủy ban MTTQ, Trung tâm Y tế, Trung tâm Dân số – Kế hoạch hóa
 * gia đình, Ban Quản lý khai thác và cung cấp nước sinh hoạt, Ban Quản lý công trình giao thông và
 * đô thị, Ban Quản lý dự án đầu tư xây dựng, Trung tâm Văn hóa – Thể thao, Đài Truyền thanh, Trung
 * tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên) and the standard ones of any district of the
 * time (the party committee's other agencies, the twelve offices of the UBND under NĐ 37/2014/NĐ-CP,
 * the five socio-political organizations); that xã Giao Hòa was below 50% of both the area and the
 * population standard (Bến Tre's review for NQ 37-NQ/TW, 2019). Everything else is
 * <b>ILLUSTRATIVE</b> ({@link #ILLUSTRATIVE}):
 * <ul>
 *   <li>every person (fictitious names; the seed's interviewee is not modelled);</li>
 *   <li>areas and populations of the communes, the hamlets modelled (numbered "Ấp 1", "Khu phố 1",
 *       ...) and their households, and which hamlets merged;</li>
 *   <li>staff quotas (biên chế) and actual staff, tenure dates, the posts of each unit;</li>
 *   <li>which 14 communes had the secretary chair the HĐND on 2018-01-01 (see
 *       {@link ChauThanhOneYear} for the 16/22 of 2019, which is the seed's);</li>
 *   <li>the placement of the health centre and the population centre directly under the
 *       provincial Sở Y tế (the population centre was guided through the provincial population
 *       sub-department, not modelled).</li>
 * </ul>
 *
 * <h2>Shape</h2>
 * Administrative units: Tỉnh Bến Tre (region {@code MIEN_NAM}) › Huyện Châu Thành › 21 xã and 1
 * thị trấn › 18 ấp and khu phố in five of them. Party: Tỉnh ủy › Huyện ủy › its six agencies and the
 * 22 Đảng ủy. State: UBND tỉnh › UBND huyện › the Văn phòng HĐND và UBND, 11 offices, 6 public
 * service units and the 22 commune UBND; UBND tỉnh › Sở Y tế › the two health centres; the HĐND
 * huyện and the 22 commune HĐND are roots LED by their party committee. Front: UBMTTQ tỉnh ›
 * UBMTTQ huyện › 22 commune UBMTTQ; the five district socio-political organizations are roots,
 * MEMBER_OF the UBMTTQ huyện. Every organization's territory is the administrative unit it serves.
 *
 * <h2>Ids</h2>
 * {@code ct} the district, {@code ct.hu} the Huyện ủy, {@code ct.hu.btg} its Ban Tuyên giáo,
 * {@code ct.ubnd.bql-nuoc}; a commune {@code ct.xa.giao-long} (the township {@code ct.tt.chau-thanh})
 * and its organizations {@code <commune>.du} (Đảng ủy), {@code .hdnd}, {@code .ubnd}, {@code .mttq};
 * hamlets {@code <commune>.ap-1} ({@code .kp-1} in the township). Posts are {@code <unit>.<abbr>}:
 * {@code bt} bí thư, {@code ct} chủ tịch, {@code tb} trưởng ban, {@code gd} giám đốc, {@code pct1}
 * the first phó chủ tịch, ... People are {@code p.ct.0001}, ...
 *
 * <p>A holder of constants and two factories; the structure is built once, on first use, and is
 * immutable and thread-safe.
 */
public final class ChauThanh {
    /** A reminder that the figures of this example are invented. */
    public static final String ILLUSTRATIVE = "ILLUSTRATIVE: areas, populations, households, staff quotas, tenure dates "
            + "and people are invented, not official data; unit names are real";

    /** The date of {@link #structure()}: 2018-01-01. */
    public static final LocalDate DATE = LocalDate.of(2018, 1, 1);

    // ------------------------------------------------------------------ province (kept small)

    /** Tỉnh Bến Tre. */
    public static final UnitId TINH = UnitId.of("bt");
    /** Tỉnh ủy Bến Tre. */
    public static final UnitId TINH_UY = UnitId.of("bt.tu");
    /** UBND tỉnh Bến Tre. */
    public static final UnitId UBND_TINH = UnitId.of("bt.ubnd");
    /** Ủy ban MTTQ Việt Nam tỉnh Bến Tre. */
    public static final UnitId UBMTTQ_TINH = UnitId.of("bt.mttq");
    /** Sở Y tế tỉnh Bến Tre (holds the two district health centres). */
    public static final UnitId SO_Y_TE = UnitId.of("bt.ubnd.so-y-te");

    // ------------------------------------------------------------------ district

    /** Huyện Châu Thành, the administrative unit. */
    public static final UnitId HUYEN = UnitId.of("ct");
    /** The units within Huyện Châu Thành (without the provincial units above it). */
    public static final Selector DISTRICT = Selector.any().within(HUYEN);

    /** Huyện ủy Châu Thành. */
    public static final UnitId HUYEN_UY = UnitId.of("ct.hu");
    /** Ban Tổ chức Huyện ủy. */
    public static final UnitId BAN_TO_CHUC = UnitId.of("ct.hu.btc");
    /** Ban Tuyên giáo Huyện ủy. */
    public static final UnitId BAN_TUYEN_GIAO = UnitId.of("ct.hu.btg");
    /** Ban Dân vận Huyện ủy. */
    public static final UnitId BAN_DAN_VAN = UnitId.of("ct.hu.bdv");
    /** Ủy ban Kiểm tra Huyện ủy. */
    public static final UnitId UY_BAN_KIEM_TRA = UnitId.of("ct.hu.ubkt");
    /** Văn phòng Huyện ủy. */
    public static final UnitId VAN_PHONG_HUYEN_UY = UnitId.of("ct.hu.vp");
    /** Trung tâm Bồi dưỡng chính trị huyện. */
    public static final UnitId TTBDCT = UnitId.of("ct.hu.ttbdct");

    /** HĐND huyện Châu Thành. */
    public static final UnitId HDND = UnitId.of("ct.hdnd");
    /** UBND huyện Châu Thành. */
    public static final UnitId UBND = UnitId.of("ct.ubnd");
    /** Văn phòng HĐND và UBND huyện. */
    public static final UnitId VAN_PHONG_HDND_UBND = UnitId.of("ct.ubnd.vp");
    /** Ban Quản lý dự án đầu tư xây dựng huyện (takes over part of the dissolved traffic works board). */
    public static final UnitId BAN_QLDA = UnitId.of("ct.ubnd.bqlda");
    /** Ban Quản lý công trình giao thông và đô thị huyện (to be dissolved: giải thể). */
    public static final UnitId BAN_QL_CONG_TRINH_GIAO_THONG = UnitId.of("ct.ubnd.bql-ctgt-dt");
    /** Ban Quản lý khai thác và cung cấp nước sinh hoạt huyện (converted to a joint-stock company: chuyển đổi). */
    public static final UnitId BAN_QL_NUOC_SINH_HOAT = UnitId.of("ct.ubnd.bql-nuoc");
    /** Trung tâm Văn hóa – Thể thao huyện. */
    public static final UnitId TRUNG_TAM_VAN_HOA_THE_THAO = UnitId.of("ct.ubnd.tt-vh-tt");
    /** Đài Truyền thanh huyện. */
    public static final UnitId DAI_TRUYEN_THANH = UnitId.of("ct.ubnd.dai-tt");
    /** Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện. */
    public static final UnitId TRUNG_TAM_GDNN_GDTX = UnitId.of("ct.ubnd.gdnn-gdtx");
    /** Trung tâm Y tế huyện Châu Thành (under Sở Y tế; continues, absorbing the population centre). */
    public static final UnitId TRUNG_TAM_Y_TE = UnitId.of("ct.ttyt");
    /** Trung tâm Dân số – Kế hoạch hóa gia đình huyện (under Sở Y tế; absorbed into the health centre). */
    public static final UnitId TRUNG_TAM_DAN_SO = UnitId.of("ct.ttds");

    /** Ủy ban MTTQ Việt Nam huyện Châu Thành. */
    public static final UnitId UBMTTQ = UnitId.of("ct.mttq");

    // ------------------------------------------------------------------ communes the seed names

    /** Thị trấn Châu Thành. */
    public static final UnitId THI_TRAN_CHAU_THANH = UnitId.of("ct.tt.chau-thanh");
    /** Xã Quới Sơn (secretary = HĐND chair directed by the district, seed 001). */
    public static final UnitId XA_QUOI_SON = UnitId.of("ct.xa.quoi-son");
    /** Xã Phú Đức (secretary = HĐND chair directed by the district, seed 001). */
    public static final UnitId XA_PHU_DUC = UnitId.of("ct.xa.phu-duc");
    /** Xã Giao Long (to merge with Giao Hòa). */
    public static final UnitId XA_GIAO_LONG = UnitId.of("ct.xa.giao-long");
    /** Xã Giao Hòa (to merge with Giao Long). */
    public static final UnitId XA_GIAO_HOA = UnitId.of("ct.xa.giao-hoa");
    /** Xã An Hóa (to merge with An Phước). */
    public static final UnitId XA_AN_HOA = UnitId.of("ct.xa.an-hoa");
    /** Xã An Phước (to merge with An Hóa). */
    public static final UnitId XA_AN_PHUOC = UnitId.of("ct.xa.an-phuoc");
    /** Xã Sơn Hòa (to merge with An Hiệp). */
    public static final UnitId XA_SON_HOA = UnitId.of("ct.xa.son-hoa");
    /** Xã An Hiệp (to merge with Sơn Hòa). */
    public static final UnitId XA_AN_HIEP = UnitId.of("ct.xa.an-hiep");

    /** The 22 communes and the township on 2018-01-01: thị trấn Châu Thành first, then the 21 xã alphabetically. */
    public static final ImmutableList<UnitId> COMMUNES =
            CommuneRow.ALL.stream().map(c -> UnitId.of(c.id())).collect(ImmutableList.toImmutableList());

    // ------------------------------------------------------------------ posts

    /** Trưởng Ban Tuyên giáo Huyện ủy. */
    public static final PostId TRUONG_BAN_TUYEN_GIAO = PostId.of("ct.hu.btg.tb");
    /** Giám đốc Trung tâm Bồi dưỡng chính trị huyện. */
    public static final PostId GIAM_DOC_TTBDCT = PostId.of("ct.hu.ttbdct.gd");
    /** Trưởng Ban Dân vận Huyện ủy. */
    public static final PostId TRUONG_BAN_DAN_VAN = PostId.of("ct.hu.bdv.tb");
    /** Chủ tịch Ủy ban MTTQ Việt Nam huyện. */
    public static final PostId CHU_TICH_UBMTTQ = PostId.of("ct.mttq.ct");
    /** Giám đốc Trung tâm Y tế huyện. */
    public static final PostId GIAM_DOC_TTYT = PostId.of("ct.ttyt.gd");
    /** Giám đốc Trung tâm Dân số – Kế hoạch hóa gia đình huyện. */
    public static final PostId GIAM_DOC_TTDS = PostId.of("ct.ttds.gd");
    /** Trưởng Ban Quản lý công trình giao thông và đô thị. */
    public static final PostId TRUONG_BAN_CTGT = PostId.of("ct.ubnd.bql-ctgt-dt.tb");
    /** Phó Trưởng Ban Quản lý công trình giao thông và đô thị. */
    public static final PostId PHO_TRUONG_BAN_CTGT = PostId.of("ct.ubnd.bql-ctgt-dt.ptb1");
    /** Kế toán of the Ban Quản lý công trình giao thông và đô thị (a staff post). */
    public static final PostId KE_TOAN_CTGT = PostId.of("ct.ubnd.bql-ctgt-dt.kt");

    private ChauThanh() {}

    /**
     * Châu Thành as of {@link #DATE} (2018-01-01). Built once, on first use; the same instance on
     * every call.
     *
     * <pre>{@code
     * OrgStructure ct = ChauThanh.structure();
     * ct.unit(ChauThanh.HUYEN_UY).name();                 // "Huyện ủy Châu Thành"
     * System.out.println(ct.tree(ChauThanh.HUYEN_UY, 1));
     * }</pre>
     */
    public static OrgStructure structure() {
        return Holder.STRUCTURE;
    }

    /**
     * The same data seen on another date ({@link OrgStructure#withDate(LocalDate)}): who is in
     * office, and which rules a validator applies, depend on the date.
     *
     * <pre>{@code
     * ChauThanh.structure(LocalDate.of(2019, 3, 12));   // the day NQ 653/2019/UBTVQH14 came into force
     * }</pre>
     *
     * @throws BomayException if the date is null
     */
    public static OrgStructure structure(LocalDate date) {
        if (date == null) {
            throw new BomayException("ChauThanh.structure(date): the date must not be null (use ChauThanh.DATE for 2018-01-01)");
        }
        return structure().withDate(date);
    }

    /** The id of a commune's organization: {@code part} is {@code du}, {@code hdnd}, {@code ubnd} or {@code mttq}. */
    static UnitId of(UnitId commune, String part) {
        return UnitId.of(commune.value() + "." + part);
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final OrgStructure STRUCTURE = ChauThanhBuilder.build();
    }
}
