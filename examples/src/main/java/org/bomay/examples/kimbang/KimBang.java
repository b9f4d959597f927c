package org.bomay.examples.kimbang;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.bomay.core.BomayException;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * The built-in example: Kim Bảng district (huyện Kim Bảng, Hà Nam province) in early 2018, when
 * its party committee adopted the action programme for Resolution 18-NQ/TW (seed 000). All three
 * pillars from the district down to the villages, a small part of the province above it, posts,
 * fictitious people and the concurrent-post models the programme scheduled for 2/2018.
 *
 * <pre>{@code
 * OrgStructure kb = KimBang.structure();                              // as of 2018-01-01
 * kb.children(KimBang.HUYEN_UY);                                      // its six agencies and 18 commune committees
 * KimBang.structure(LocalDate.of(2018, 3, 1)).concurrentTenures();    // the 2/2018 models in force
 * }</pre>
 *
 * <h2>What is real and what is not</h2>
 * The province, the district, the names of its 18 communes and townships and the kinds of its
 * organizations are real; so are the facts taken from seed 000: the three agricultural stations
 * (under the provincial Sở Nông nghiệp và PTNT), the district health centre with the 18 commune
 * health stations (under Sở Y tế) and the land registration branch (under Sở Tài nguyên và Môi
 * trường) still belonged to the province in early 2018, and the dyke management unit was to be
 * taken over "as the province directs". The commune health stations are units of the district
 * health centre (Thông tư 37/2016/TT-BYT: the trạm y tế xã is managed by the Trung tâm Y tế
 * huyện), so the transfer to the district moves one subtree. Everything else is
 * <b>ILLUSTRATIVE</b> (see {@link #ILLUSTRATIVE}):
 * <ul>
 *   <li>every person is fictitious (names drawn deterministically from common Vietnamese names);</li>
 *   <li>the classes (loại) of the province (II) and of the district (II) set on the administrative
 *       units — assumed, not taken from a classification decision;</li>
 *   <li>areas, populations, households and classes (loại) of the communes, the villages modelled
 *       (2 or 3 per commune, named "Thôn 1", "Tổ dân phố 1", ...; real communes have more) and their
 *       households — plausible for the Red River Delta, not statistics; three villages lie, on
 *       purpose, below half of the household standard that Thông tư 14/2018/TT-BNV (3/12/2018)
 *       later set (the rule in force in early 2018 was Thông tư 04/2012/TT-BNV, whose thresholds are
 *       not modelled here);</li>
 *   <li>staff quotas (biên chế) and actual staff of the district organizations, the provincial units
 *       in the district and the commune UBND (the commune's quota of cán bộ, công chức, sized by its
 *       class as under NĐ 92/2009 and recorded on the UBND; two communes are over it) — not official
 *       figures;</li>
 *   <li>tenure dates (party terms from 2015, council terms from 7/2016, front terms from 2014) and who
 *       sits on the Ban Thường vụ Huyện ủy;</li>
 *   <li>which communes combine party secretary and HĐND chair (5 of 18, since 7/2016, a common model
 *       then) and which villages applied the triple-post model (40 of 46).</li>
 * </ul>
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li><b>Administrative units</b>: Tỉnh Hà Nam › Huyện Kim Bảng › 2 thị trấn and 16 xã › 46 thôn
 *       and tổ dân phố. Every organization's territory is the administrative unit it serves.</li>
 *   <li><b>Party</b>: Tỉnh ủy › Huyện ủy › its six agencies and 18 commune party committees (Đảng
 *       ủy) › one party cell (chi bộ) per village. The Ban Thường vụ Huyện ủy is a body of the
 *       Huyện ủy, not an organization (đầu mối), so it is not a unit: see its seats below.</li>
 *   <li><b>State</b>: HĐND tỉnh, HĐND huyện and the 18 HĐND xã are roots — elected councils are
 *       not subordinate to one another; each is LED by the party committee of its territory.
 *       UBND tỉnh › UBND huyện › 11 specialized offices, the Văn phòng HĐND và UBND (SERVES both
 *       bodies), 2 public service units and 18 UBND xã; UBND tỉnh › 3 Sở, which hold the district
 *       units the seed says were still provincial (Sở Y tế › Trung tâm Y tế huyện › 18 Trạm Y tế)
 *       and GUIDE the district office of their field.</li>
 *   <li><b>Front</b>: UBMTTQ tỉnh › UBMTTQ huyện › 18 UBMTTQ xã › one Ban công tác Mặt trận per
 *       village. The five district socio-political organizations are roots and MEMBER_OF the
 *       UBMTTQ huyện (before 2025 they were members of the Front, not under it; their provincial
 *       counterparts are not modelled).</li>
 *   <li><b>Leadership</b>: Tỉnh ủy LEADS HĐND, UBND and UBMTTQ tỉnh; Huyện ủy LEADS HĐND, UBND and
 *       UBMTTQ huyện and the five socio-political organizations; each Đảng ủy LEADS its commune's
 *       HĐND, UBND and UBMTTQ; each chi bộ LEADS its village's Ban công tác Mặt trận. Văn phòng
 *       Huyện ủy SERVES the Huyện ủy.</li>
 * </ul>
 *
 * <h2>Posts, people and concurrent posts</h2>
 * Every post is held on 2018-01-01 and on 2018-03-01 except {@link #VACANT_POSTS}; each person has
 * one main tenure. The Ban Thường vụ Huyện ủy (standing board) is modelled by its seats: the Bí
 * thư and the two Phó Bí thư sit on it by virtue of their posts (no separate tenure), and the
 * Huyện ủy has six {@link org.bomay.core.model.PostRole#STANDING_MEMBER} posts "Ủy viên Ban
 * Thường vụ Huyện ủy" ({@link #UY_VIEN_BAN_THUONG_VU}, one seat each), held concurrently by the
 * heads of the Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận and Ủy ban Kiểm tra, the Chủ tịch UBND
 * huyện and the first Phó Chủ tịch UBND huyện — from the district congress (2015-07-01), or from
 * the start of their main post if that came later (co-opted). The district military commander and
 * police chief, usually members too, are not modelled. The commune secretaries who chair the
 * commune HĐND (5 of 18) do so concurrently since 7/2016. The concurrent-post models of the
 * action programme take effect on {@link #MODELS_FROM} (2018-02-01): the outgoing UBMTTQ chair
 * and TTBDCT director end their main tenures that day and the heads of the Ban Dân vận and the
 * Ban Tuyên giáo take the posts concurrently; in 40 of the 46 villages the party-cell secretary
 * becomes village head and head of the front work board (the previous holders step down). So
 * {@code structure(LocalDate.of(2018, 3, 1))} has 6 + 2 + 5 + 80 = 93 concurrent tenures in force
 * and {@code structure()} 6 + 5 = 11 (the standing seats and the commune ones).
 *
 * <h2>Ids</h2>
 * ASCII and stable: the territory first, then short Vietnamese abbreviations — {@code kb} (the
 * district), {@code kb.hu} (Huyện ủy), {@code kb.hu.btc} (its Ban Tổ chức), {@code kb.ubnd.nn-ptnt},
 * {@code kb.xa.nhat-tan}, {@code kb.xa.nhat-tan.du} (its Đảng ủy), {@code kb.tt.que.tdp-1} (a
 * residential group of a township), {@code kb.xa.nhat-tan.thon-1.cb} (a party cell). Units that the
 * programme moves between parents (the stations, the health centre and its health stations) are
 * named by territory only ({@code kb.ttyt}, {@code kb.xa.nhat-tan.tyt}), so their ids stay true after
 * a transfer. Posts are {@code <unit>.<abbreviation>}, for example {@code bt} bí thư, {@code pbt} phó
 * bí thư, {@code utv1} the first ủy viên ban thường vụ seat, {@code ct} chủ tịch,
 * {@code pct1} the first phó chủ tịch, {@code tb}/{@code ptb1} trưởng/phó trưởng ban, {@code tp}/{@code
 * ptp1} trưởng/phó trưởng phòng, {@code gd}/{@code pgd1} giám đốc/phó giám đốc, {@code tt} trưởng
 * thôn or trạm trưởng. People are {@code p.0001}, {@code p.0002}, ...
 *
 * <p>This class is a holder of constants and three factory methods; each structure is built
 * once, on first use, and is immutable and thread-safe.
 */
public final class KimBang {
    /** A reminder that the figures of this example are invented: areas, populations, households, classes, quotas, staff, dates and people. */
    public static final String ILLUSTRATIVE =
            "ILLUSTRATIVE: statistics, staff quotas, tenure dates and people are invented, not official data";

    /** The date of {@link #structure()}: 2018-01-01. */
    public static final LocalDate DATE = LocalDate.of(2018, 1, 1);

    /** The day the action programme's concurrent-post models take effect: 2018-02-01 ("tháng 2/2018"). */
    public static final LocalDate MODELS_FROM = LocalDate.of(2018, 2, 1);

    // ------------------------------------------------------------------ the province (kept small)

    /** Tỉnh Hà Nam. */
    public static final UnitId TINH = UnitId.of("hn");
    /** Tỉnh ủy Hà Nam, the root of the party tree. */
    public static final UnitId TINH_UY = UnitId.of("hn.tu");
    /** HĐND tỉnh Hà Nam. */
    public static final UnitId HDND_TINH = UnitId.of("hn.hdnd");
    /** UBND tỉnh Hà Nam. */
    public static final UnitId UBND_TINH = UnitId.of("hn.ubnd");
    /** Ủy ban MTTQ Việt Nam tỉnh Hà Nam. */
    public static final UnitId UBMTTQ_TINH = UnitId.of("hn.mttq");
    /** Sở Nông nghiệp và Phát triển nông thôn (holds the three stations and the dyke unit in 2018). */
    public static final UnitId SO_NONG_NGHIEP = UnitId.of("hn.ubnd.so-nn-ptnt");
    /** Sở Y tế (holds the district health centre, with the 18 commune health stations under it, and the population centre in 2018). */
    public static final UnitId SO_Y_TE = UnitId.of("hn.ubnd.so-y-te");
    /** Sở Tài nguyên và Môi trường (holds the district land registration branch in 2018). */
    public static final UnitId SO_TAI_NGUYEN_MOI_TRUONG = UnitId.of("hn.ubnd.so-tn-mt");

    // ------------------------------------------------------------------ the district: administrative unit and party

    /** Huyện Kim Bảng, the administrative unit. */
    public static final UnitId HUYEN = UnitId.of("kb");
    /** Huyện ủy Kim Bảng. */
    public static final UnitId HUYEN_UY = UnitId.of("kb.hu");
    /** Ban Tổ chức Huyện ủy. */
    public static final UnitId BAN_TO_CHUC = UnitId.of("kb.hu.btc");
    /** Ban Tuyên giáo Huyện ủy. */
    public static final UnitId BAN_TUYEN_GIAO = UnitId.of("kb.hu.btg");
    /** Ban Dân vận Huyện ủy. */
    public static final UnitId BAN_DAN_VAN = UnitId.of("kb.hu.bdv");
    /** Ủy ban Kiểm tra Huyện ủy. */
    public static final UnitId UY_BAN_KIEM_TRA = UnitId.of("kb.hu.ubkt");
    /** Văn phòng Huyện ủy (to be merged with the Văn phòng HĐND và UBND). */
    public static final UnitId VAN_PHONG_HUYEN_UY = UnitId.of("kb.hu.vp");
    /** Trung tâm Bồi dưỡng chính trị huyện. */
    public static final UnitId TTBDCT = UnitId.of("kb.hu.ttbdct");

    // ------------------------------------------------------------------ the district: state

    /** HĐND huyện Kim Bảng. */
    public static final UnitId HDND = UnitId.of("kb.hdnd");
    /** UBND huyện Kim Bảng. */
    public static final UnitId UBND = UnitId.of("kb.ubnd");
    /** Văn phòng HĐND và UBND huyện (SERVES both). */
    public static final UnitId VAN_PHONG_HDND_UBND = UnitId.of("kb.ubnd.vp");
    /** Phòng Nội vụ. */
    public static final UnitId PHONG_NOI_VU = UnitId.of("kb.ubnd.noi-vu");
    /** Phòng Tài chính – Kế hoạch. */
    public static final UnitId PHONG_TAI_CHINH_KE_HOACH = UnitId.of("kb.ubnd.tc-kh");
    /** Phòng Tài nguyên và Môi trường. */
    public static final UnitId PHONG_TAI_NGUYEN_MOI_TRUONG = UnitId.of("kb.ubnd.tn-mt");
    /** Phòng Kinh tế và Hạ tầng. */
    public static final UnitId PHONG_KINH_TE_HA_TANG = UnitId.of("kb.ubnd.kt-ht");
    /** Phòng Nông nghiệp và Phát triển nông thôn (3 deputies, above the usual 2). */
    public static final UnitId PHONG_NONG_NGHIEP = UnitId.of("kb.ubnd.nn-ptnt");
    /** Phòng Giáo dục và Đào tạo. */
    public static final UnitId PHONG_GIAO_DUC = UnitId.of("kb.ubnd.gd-dt");
    /** Phòng Văn hóa và Thông tin. */
    public static final UnitId PHONG_VAN_HOA_THONG_TIN = UnitId.of("kb.ubnd.vh-tt");
    /** Phòng Lao động – Thương binh và Xã hội. */
    public static final UnitId PHONG_LAO_DONG_TBXH = UnitId.of("kb.ubnd.ld-tbxh");
    /** Phòng Tư pháp (its deputy post is vacant). */
    public static final UnitId PHONG_TU_PHAP = UnitId.of("kb.ubnd.tu-phap");
    /** Phòng Y tế. */
    public static final UnitId PHONG_Y_TE = UnitId.of("kb.ubnd.y-te");
    /** Thanh tra huyện. */
    public static final UnitId THANH_TRA = UnitId.of("kb.ubnd.thanh-tra");
    /** Trung tâm Văn hóa – Thể thao huyện (public service unit of the UBND). */
    public static final UnitId TRUNG_TAM_VAN_HOA_THE_THAO = UnitId.of("kb.ubnd.tt-vh-tt");
    /** Đài Truyền thanh huyện (public service unit of the UBND). */
    public static final UnitId DAI_TRUYEN_THANH = UnitId.of("kb.ubnd.dai-tt");

    // ------------------------------------------------------------------ provincial units in the district (to be transferred)

    /** Trạm Trồng trọt và Bảo vệ thực vật (under Sở Nông nghiệp và PTNT in 2018). */
    public static final UnitId TRAM_TRONG_TROT = UnitId.of("kb.tram-tt-bvtv");
    /** Trạm Chăn nuôi và Thú y (under Sở Nông nghiệp và PTNT in 2018). */
    public static final UnitId TRAM_CHAN_NUOI = UnitId.of("kb.tram-cn-ty");
    /** Trạm Khuyến nông (under Sở Nông nghiệp và PTNT in 2018). */
    public static final UnitId TRAM_KHUYEN_NONG = UnitId.of("kb.tram-kn");
    /** Hạt Quản lý đê điều Kim Bảng (under Sở Nông nghiệp và PTNT in 2018). */
    public static final UnitId HAT_QUAN_LY_DE_DIEU = UnitId.of("kb.hat-de");
    /**
     * Trung tâm Y tế huyện Kim Bảng (under Sở Y tế in 2018); the 18 commune health stations (Trạm Y tế,
     * {@code kb.*.tyt}) are its units (Thông tư 37/2016/TT-BYT).
     */
    public static final UnitId TRUNG_TAM_Y_TE = UnitId.of("kb.ttyt");
    /** Trung tâm Dân số – KHHGĐ huyện (under Sở Y tế in 2018, through its population sub-department, simplified). */
    public static final UnitId TRUNG_TAM_DAN_SO = UnitId.of("kb.ttds");
    /** Chi nhánh Văn phòng Đăng ký đất đai huyện (under Sở Tài nguyên và Môi trường in 2018, through the provincial office, simplified). */
    public static final UnitId VAN_PHONG_DANG_KY_DAT_DAI = UnitId.of("kb.vpdkdd");

    // ------------------------------------------------------------------ the district: front

    /** Ủy ban MTTQ Việt Nam huyện Kim Bảng. */
    public static final UnitId UBMTTQ = UnitId.of("kb.mttq");
    /** Hội Nông dân huyện (MEMBER_OF the UBMTTQ). */
    public static final UnitId HOI_NONG_DAN = UnitId.of("kb.hnd");
    /** Hội Liên hiệp Phụ nữ huyện (MEMBER_OF the UBMTTQ). */
    public static final UnitId HOI_PHU_NU = UnitId.of("kb.lhpn");
    /** Huyện đoàn — Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện (MEMBER_OF the UBMTTQ). */
    public static final UnitId HUYEN_DOAN = UnitId.of("kb.doan");
    /** Hội Cựu chiến binh huyện (MEMBER_OF the UBMTTQ). */
    public static final UnitId HOI_CUU_CHIEN_BINH = UnitId.of("kb.ccb");
    /** Liên đoàn Lao động huyện (MEMBER_OF the UBMTTQ). */
    public static final UnitId LIEN_DOAN_LAO_DONG = UnitId.of("kb.ldld");

    /** The five socio-political organizations of the district, in the order above. */
    public static final ImmutableList<UnitId> SOCIO_POLITICAL_ORGANIZATIONS =
            ImmutableList.of(HOI_NONG_DAN, HOI_PHU_NU, HUYEN_DOAN, HOI_CUU_CHIEN_BINH, LIEN_DOAN_LAO_DONG);

    /** The 18 communes and townships: the two thị trấn ({@code kb.tt.*}) first, then the xã ({@code kb.xa.*}). */
    public static final ImmutableList<UnitId> COMMUNES = CommuneData.ALL.stream()
            .map(c -> UnitId.of(c.idPrefix())).collect(ImmutableList.toImmutableList());

    // ------------------------------------------------------------------ posts

    /** Bí thư Huyện ủy. */
    public static final PostId BI_THU_HUYEN_UY = PostId.of("kb.hu.bt");
    /** Chủ tịch UBND huyện. */
    public static final PostId CHU_TICH_UBND = PostId.of("kb.ubnd.ct");
    /** Trưởng Ban Dân vận Huyện ủy; from 2018-02-01 the holder is also {@link #CHU_TICH_UBMTTQ}. */
    public static final PostId TRUONG_BAN_DAN_VAN = PostId.of("kb.hu.bdv.tb");
    /** Chủ tịch Ủy ban MTTQ Việt Nam huyện; held concurrently by the Trưởng Ban Dân vận from 2018-02-01. */
    public static final PostId CHU_TICH_UBMTTQ = PostId.of("kb.mttq.ct");
    /** Trưởng Ban Tuyên giáo Huyện ủy; from 2018-02-01 the holder is also {@link #GIAM_DOC_TTBDCT}. */
    public static final PostId TRUONG_BAN_TUYEN_GIAO = PostId.of("kb.hu.btg.tb");
    /** Giám đốc Trung tâm Bồi dưỡng chính trị; held concurrently by the Trưởng Ban Tuyên giáo from 2018-02-01. */
    public static final PostId GIAM_DOC_TTBDCT = PostId.of("kb.hu.ttbdct.gd");

    /**
     * The six seats "Ủy viên Ban Thường vụ Huyện ủy" ({@code kb.hu.utv1} .. {@code kb.hu.utv6}):
     * {@link org.bomay.core.model.PostRole#STANDING_MEMBER} posts of the Huyện ủy, one seat each,
     * held concurrently by the heads of the Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận and Ủy ban
     * Kiểm tra, the Chủ tịch UBND huyện and the first Phó Chủ tịch UBND huyện, in that order. The
     * Bí thư and the Phó Bí thư are standing members by virtue of their posts and have no seat here.
     */
    public static final ImmutableList<PostId> UY_VIEN_BAN_THUONG_VU = ImmutableList.of(
            PostId.of("kb.hu.utv1"), PostId.of("kb.hu.utv2"), PostId.of("kb.hu.utv3"),
            PostId.of("kb.hu.utv4"), PostId.of("kb.hu.utv5"), PostId.of("kb.hu.utv6"));

    /** The posts left vacant on purpose: the deputy head of Phòng Tư pháp (its holder retired on 2017-12-01). */
    public static final ImmutableSet<PostId> VACANT_POSTS = ImmutableSet.of(PostId.of("kb.ubnd.tu-phap.ptp1"));

    private KimBang() {}

    /**
     * Returns Kim Bảng as of {@link #DATE} (2018-01-01). Built once, on first use; the same
     * instance on every call.
     *
     * <pre>{@code
     * OrgStructure kb = KimBang.structure();
     * kb.unit(KimBang.HUYEN_UY).name();              // "Huyện ủy Kim Bảng"
     * kb.related(KimBang.HUYEN_UY, RelationType.LEADS);
     * System.out.println(kb.tree(KimBang.UBND, 1));
     * }</pre>
     */
    public static OrgStructure structure() {
        return Holder.STRUCTURE;
    }

    /**
     * Returns the same data seen on another date ({@link OrgStructure#withDate(LocalDate)}), which
     * changes who is in office: from {@link #MODELS_FROM} the concurrent-post models are in force.
     *
     * <pre>{@code
     * OrgStructure march = KimBang.structure(LocalDate.of(2018, 3, 1));
     * march.holders(KimBang.CHU_TICH_UBMTTQ)
     *         .equals(march.holders(KimBang.TRUONG_BAN_DAN_VAN));   // true: Dân vận head = Front chair
     * }</pre>
     *
     * @throws BomayException if the date is null
     */
    public static OrgStructure structure(LocalDate date) {
        if (date == null) {
            throw new BomayException("KimBang.structure(date): the date must not be null (use KimBang.DATE for 2018-01-01)");
        }
        return structure().withDate(date);
    }

    /**
     * Returns Kim Bảng as of {@link #DATE} (2018-01-01) as it was before the action programme: the
     * same units, posts, people and ids as {@link #structure()}, without the programme's
     * concurrent-post models. The outgoing Chủ tịch Ủy ban MTTQ huyện and Giám đốc Trung tâm Bồi
     * dưỡng chính trị, the village heads and the heads of the front work boards keep their posts
     * (open-ended), and the model tenures from {@link #MODELS_FROM} do not exist, so on any date
     * only the 6 + 5 = 11 other concurrent tenures are in force (the standing seats and the commune
     * ones). It is the baseline of {@link KimBangProgramme#scenario()}, whose first steps apply the
     * models. Built once, on first use; the same instance on every call.
     *
     * <pre>{@code
     * OrgStructure before = KimBang.beforeProgramme().withDate(LocalDate.of(2018, 3, 1));
     * before.holders(KimBang.CHU_TICH_UBMTTQ)
     *         .equals(before.holders(KimBang.TRUONG_BAN_DAN_VAN));   // false: no model yet
     * before.concurrentTenures().size();                             // 11
     * }</pre>
     */
    public static OrgStructure beforeProgramme() {
        return BeforeProgrammeHolder.STRUCTURE;
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final OrgStructure STRUCTURE = KimBangBuilder.build();
    }

    /** Lazy, thread-safe initialization of {@link #beforeProgramme()}, independent of {@link Holder}. */
    private static final class BeforeProgrammeHolder {
        static final OrgStructure STRUCTURE = KimBangBuilder.build(false);
    }
}
