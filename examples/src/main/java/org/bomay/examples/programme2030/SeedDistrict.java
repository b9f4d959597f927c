package org.bomay.examples.programme2030;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnAttributes;
import org.bomay.core.structure.OrgStructure;

/**
 * The district of seed 003 on 1/1/2018, before its action programme for Resolution 18-NQ/TW: the
 * structure that {@link ActionProgramme} restructures to 2021 and 2030. All three pillars of the
 * district with its 14 communes, the public service units the programme merges, a few schools and
 * a small part of the province above it, with posts and fictitious people.
 *
 * <pre>{@code
 * OrgStructure d = SeedDistrict.structure();                    // as of 2018-01-01
 * d.children(SeedDistrict.HUYEN).size();                        // 14: the township and 13 xã
 * d.unit(SeedDistrict.XA_5).population();                       // OptionalInt[2900]: below half of 8,000
 * System.out.println(d.tree(SeedDistrict.UBND, 1));
 * }</pre>
 *
 * <h2>Which district</h2>
 * Seed 003 is the "Chương trình hành động" of a Ban Thường vụ Huyện ủy for Resolution 18-NQ/TW
 * (after Kế hoạch 07-KH/TW of 27/11/2017; its own study sessions were due by 02/2018). The text
 * never names its district or province; it speaks of "xã, thị trấn" and "thôn, xóm", and is signed
 * by the district party secretary (not named here: people in the examples are fictitious). The
 * district could not be identified from the seed or the stored sources, so this example keeps it
 * anonymous, as the seed does: "Huyện", "Huyện ủy", "UBND huyện", "Tỉnh", "Sở Y tế" — and it
 * invents no place names: the communes are placeholders, "Thị trấn huyện lỵ" and "Xã số 1" to
 * "Xã số 13".
 *
 * <h2>What is the seed's and what is not</h2>
 * The kinds of organizations and everything the programme acts on are the seed's: the party
 * agencies and the Trung tâm Bồi dưỡng chính trị; HĐND, UBND and their offices; the Bệnh viện
 * huyện and the Trung tâm Y tế huyện (to merge, with the Sở Y tế); two Trung tâm Giáo dục thường
 * xuyên and the Trung tâm Dạy nghề (to merge into a "trung tâm hướng nghiệp dạy nghề", with the Sở
 * Giáo dục và Đào tạo); the Trạm Bảo vệ thực vật, Trạm Thú y and Trung tâm Khuyến nông huyện (to
 * merge into a "trung tâm cung ứng dịch vụ nông nghiệp", with the Sở Nông nghiệp và PTNT); the
 * Trung tâm Văn hóa – Thể thao and the Trung tâm Quản lý cụm công nghiệp; communes below 50% of the
 * standards; very small primary and lower-secondary schools. Everything else is
 * <b>ILLUSTRATIVE</b> (see {@link #ILLUSTRATIVE}):
 * <ul>
 *   <li>the number of communes (14), their names, areas, populations and classes; three of them
 *       (xã số 4, 5 and 9) lie below half of both standards of a xã outside the mountains (8,000
 *       people and 30 km², NQ 1211/2016/UBTVQH13), xã số 7 below half of the population standard
 *       only and xã số 8 below half of the area standard only; the district is not marked
 *       mountainous, so the plain standards apply;</li>
 *   <li>which units belong to the province in 2018 (the two stations under the Sở Nông nghiệp và
 *       PTNT, simplified from its chi cục; the continuing-education centres under the Sở Giáo dục và
 *       Đào tạo; the hospital and the health centre under the Sở Y tế) and which to the UBND huyện;</li>
 *   <li>staff quotas (biên chế) and actual staff of every unit, the commune cadres' quota recorded
 *       on the commune UBND by class (23, 21, 19 for loại I, II, III), and the district's quota of
 *       2015, {@link #STAFF_QUOTA_2015};</li>
 *   <li>the schools modelled (10, in the township and xã số 4, 5, 9 and 10; the district's other
 *       schools are left out) and their pupils ({@link #PUPILS});</li>
 *   <li>the deputies of each unit — set so that the caps in force from 2020 are breached until the
 *       programme cuts them: 3 Phó Chủ tịch UBND huyện (a district of loại II may have 2 from
 *       1/7/2020, NĐ 08/2016/NĐ-CP as amended by NĐ 69/2020/NĐ-CP), 2 Phó Chủ tịch HĐND huyện (1 from
 *       1/7/2020, Luật 47/2019/QH14), 25 Phó Trưởng phòng over 12 offices (on average 2 from
 *       25/11/2020, NĐ 108/2020/NĐ-CP); 3 Phó Giám đốc in each Sở;</li>
 *   <li>every person and every tenure date.</li>
 * </ul>
 * Villages (thôn, xóm), whose merger the seed also plans, are not modelled.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li><b>Administrative units</b>: Tỉnh › Huyện › 1 thị trấn and 13 xã.</li>
 *   <li><b>Party</b>: Tỉnh ủy › Huyện ủy › Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận, Ủy ban Kiểm tra,
 *       Văn phòng Huyện ủy, Trung tâm Bồi dưỡng chính trị and the 14 Đảng ủy of the communes.</li>
 *   <li><b>State</b>: HĐND huyện and the HĐND of each commune are roots, LED by the party committee
 *       of their territory. UBND tỉnh › UBND huyện › Văn phòng HĐND và UBND, 11 phòng and the
 *       Thanh tra, the Trung tâm Văn hóa – Thể thao, the Trung tâm Quản lý cụm công nghiệp, the
 *       Trung tâm Khuyến nông, the Trung tâm Dạy nghề, 10 schools and the 14 UBND xã; UBND tỉnh ›
 *       Sở Y tế › Bệnh viện đa khoa huyện, Trung tâm Y tế huyện; Sở Nông nghiệp và PTNT › the two
 *       stations; Sở Giáo dục và Đào tạo › the two Trung tâm Giáo dục thường xuyên.</li>
 *   <li><b>Front</b>: UBMTTQ tỉnh › UBMTTQ huyện › the 14 UBMTTQ xã; the five socio-political
 *       organizations of the district are roots, MEMBER_OF the UBMTTQ huyện and LED by the Huyện ủy.</li>
 * </ul>
 * Ids are ASCII and stable: {@code t3} the province, {@code h3} the district, {@code h3.hu} its
 * Huyện ủy, {@code h3.ubnd.nn-ptnt} an office, {@code h3.xa.04} a commune and {@code h3.xa.04.ubnd}
 * its UBND, {@code h3.xa.09.th} a school; posts are {@code <unit>.<abbreviation>} ({@code ct} chủ
 * tịch, {@code pct1} the first phó chủ tịch, {@code tp}/{@code ptp1} trưởng/phó trưởng phòng,
 * {@code gd}/{@code pgd1} giám đốc/phó giám đốc, {@code ht}/{@code pht1} hiệu trưởng/phó hiệu
 * trưởng); people are {@code p.0001}, {@code p.0002}, ...
 *
 * <p>This class holds constants and one factory method; the structure is built once, on first
 * use, and is immutable and thread-safe.
 */
public final class SeedDistrict {
    /** A reminder that the figures of this example are invented: places, statistics, quotas, staff, deputies, dates and people. */
    public static final String ILLUSTRATIVE =
            "ILLUSTRATIVE: commune names are placeholders; statistics, staff quotas, deputies, tenure dates and people are invented";

    /** The date of {@link #structure()}: 2018-01-01, just after the programme was adopted. */
    public static final LocalDate DATE = LocalDate.of(2018, 1, 1);

    /**
     * ILLUSTRATIVE: the staff quota (biên chế được giao) of the units of the district in 2015, the
     * year Resolution 18-NQ/TW measures its 10% cut against; {@link #structure()} has 828 in 2018.
     */
    public static final int STAFF_QUOTA_2015 = 870;

    /** The attribute holding a school's pupils (học sinh), a whole number as text. */
    public static final String PUPILS = "so-hoc-sinh";

    /** The value of {@link VnAttributes#LINH_VUC} on the units that provide agricultural services (the stations and the centre). */
    public static final String AGRICULTURAL_SERVICES = "dich-vu-nong-nghiep";

    /** The value of {@link VnAttributes#LINH_VUC} on the continuing-education and vocational centres. */
    public static final String VOCATIONAL_EDUCATION = "gdnn-gdtx";

    // ------------------------------------------------------------------ the province (kept small)

    /** Tỉnh, the administrative unit (the seed names no province). */
    public static final UnitId TINH = UnitId.of("t3");
    /** Tỉnh ủy. */
    public static final UnitId TINH_UY = UnitId.of("t3.tu");
    /** UBND tỉnh. */
    public static final UnitId UBND_TINH = UnitId.of("t3.ubnd");
    /** Ủy ban MTTQ Việt Nam tỉnh. */
    public static final UnitId UBMTTQ_TINH = UnitId.of("t3.mttq");
    /** Sở Y tế (holds the district hospital and health centre). */
    public static final UnitId SO_Y_TE = UnitId.of("t3.ubnd.so-y-te");
    /** Sở Nông nghiệp và Phát triển nông thôn (holds the plant-protection and veterinary stations). */
    public static final UnitId SO_NONG_NGHIEP = UnitId.of("t3.ubnd.so-nn-ptnt");
    /** Sở Giáo dục và Đào tạo (holds the two continuing-education centres). */
    public static final UnitId SO_GIAO_DUC = UnitId.of("t3.ubnd.so-gd-dt");

    // ------------------------------------------------------------------ the district: party

    /** Huyện, the administrative unit. */
    public static final UnitId HUYEN = UnitId.of("h3");
    /** Huyện ủy. */
    public static final UnitId HUYEN_UY = UnitId.of("h3.hu");
    /** Ban Tổ chức Huyện ủy. */
    public static final UnitId BAN_TO_CHUC = UnitId.of("h3.hu.btc");
    /** Ban Tuyên giáo Huyện ủy. */
    public static final UnitId BAN_TUYEN_GIAO = UnitId.of("h3.hu.btg");
    /** Ban Dân vận Huyện ủy. */
    public static final UnitId BAN_DAN_VAN = UnitId.of("h3.hu.bdv");
    /** Ủy ban Kiểm tra Huyện ủy. */
    public static final UnitId UY_BAN_KIEM_TRA = UnitId.of("h3.hu.ubkt");
    /** Văn phòng Huyện ủy. */
    public static final UnitId VAN_PHONG_HUYEN_UY = UnitId.of("h3.hu.vp");
    /** Trung tâm Bồi dưỡng chính trị huyện (TTBDCT). */
    public static final UnitId TTBDCT = UnitId.of("h3.hu.ttbdct");

    // ------------------------------------------------------------------ the district: state

    /** HĐND huyện (2 Phó Chủ tịch). */
    public static final UnitId HDND = UnitId.of("h3.hdnd");
    /** UBND huyện (3 Phó Chủ tịch). */
    public static final UnitId UBND = UnitId.of("h3.ubnd");
    /** Văn phòng HĐND và UBND huyện (SERVES both; 3 deputies). */
    public static final UnitId VAN_PHONG_HDND_UBND = UnitId.of("h3.ubnd.vp");
    /** Phòng Nội vụ. */
    public static final UnitId PHONG_NOI_VU = UnitId.of("h3.ubnd.noi-vu");
    /** Phòng Nông nghiệp và Phát triển nông thôn (3 deputies). */
    public static final UnitId PHONG_NONG_NGHIEP = UnitId.of("h3.ubnd.nn-ptnt");
    /** Phòng Giáo dục và Đào tạo (3 deputies). */
    public static final UnitId PHONG_GIAO_DUC = UnitId.of("h3.ubnd.gd-dt");
    /** Trung tâm Văn hóa – Thể thao huyện (to be consolidated, kiện toàn; not merged). */
    public static final UnitId TRUNG_TAM_VAN_HOA_THE_THAO = UnitId.of("h3.ubnd.tt-vh-tt");
    /** Trung tâm Quản lý cụm công nghiệp huyện (to be consolidated, kiện toàn; not merged). */
    public static final UnitId TRUNG_TAM_CUM_CONG_NGHIEP = UnitId.of("h3.ubnd.tt-ccn");

    // ------------------------------------------------------------------ public service units the programme merges

    /** Trạm Bảo vệ thực vật huyện (under the Sở Nông nghiệp và PTNT). */
    public static final UnitId TRAM_BAO_VE_THUC_VAT = UnitId.of("h3.tram-bvtv");
    /** Trạm Thú y huyện (under the Sở Nông nghiệp và PTNT). */
    public static final UnitId TRAM_THU_Y = UnitId.of("h3.tram-ty");
    /** Trung tâm Khuyến nông huyện (under the UBND huyện). */
    public static final UnitId TRUNG_TAM_KHUYEN_NONG = UnitId.of("h3.tt-kn");
    /** Trung tâm Giáo dục thường xuyên số 1 (under the Sở Giáo dục và Đào tạo). */
    public static final UnitId GDTX_1 = UnitId.of("h3.gdtx-1");
    /** Trung tâm Giáo dục thường xuyên số 2 (under the Sở Giáo dục và Đào tạo). */
    public static final UnitId GDTX_2 = UnitId.of("h3.gdtx-2");
    /** Trung tâm Dạy nghề huyện (under the UBND huyện). */
    public static final UnitId TRUNG_TAM_DAY_NGHE = UnitId.of("h3.tt-dn");
    /** Bệnh viện đa khoa huyện (under the Sở Y tế). */
    public static final UnitId BENH_VIEN = UnitId.of("h3.bv");
    /** Trung tâm Y tế huyện (under the Sở Y tế). */
    public static final UnitId TRUNG_TAM_Y_TE = UnitId.of("h3.ttyt");

    // ------------------------------------------------------------------ the district: front

    /** Ủy ban MTTQ Việt Nam huyện. */
    public static final UnitId UBMTTQ = UnitId.of("h3.mttq");

    // ------------------------------------------------------------------ communes and schools

    /** Thị trấn huyện lỵ, the district-seat township. */
    public static final UnitId THI_TRAN = UnitId.of("h3.tt");
    /** Xã số 4: 3,100 people on 11.2 km², below half of both standards. */
    public static final UnitId XA_4 = UnitId.of("h3.xa.04");
    /** Xã số 5: 2,900 people on 9.6 km², below half of both standards. */
    public static final UnitId XA_5 = UnitId.of("h3.xa.05");
    /** Xã số 7: 3,700 people on 23.9 km², below half of the population standard only. */
    public static final UnitId XA_7 = UnitId.of("h3.xa.07");
    /** Xã số 8: 6,300 people on 13.1 km², below half of the area standard only. */
    public static final UnitId XA_8 = UnitId.of("h3.xa.08");
    /** Xã số 9: 3,400 people on 12.5 km², below half of both standards. */
    public static final UnitId XA_9 = UnitId.of("h3.xa.09");
    /** Xã số 10: 6,800 people on 21.0 km², the neighbour xã số 9 joins. */
    public static final UnitId XA_10 = UnitId.of("h3.xa.10");

    /** The 14 communes: the township first, then xã số 1 to 13. */
    public static final ImmutableList<UnitId> COMMUNES =
            CommuneRow.ALL.stream().map(c -> UnitId.of(c.id())).collect(ImmutableList.toImmutableList());

    /** The communes below 50% of both the area and the population standard: xã số 4, 5 and 9. */
    public static final ImmutableList<UnitId> BELOW_HALF_OF_BOTH = ImmutableList.of(XA_4, XA_5, XA_9);

    /** Trường Trung học cơ sở xã số 4 (150 pupils). */
    public static final UnitId THCS_XA_4 = UnitId.of("h3.xa.04.thcs");
    /** Trường Trung học cơ sở xã số 5 (130 pupils). */
    public static final UnitId THCS_XA_5 = UnitId.of("h3.xa.05.thcs");
    /** Trường Tiểu học xã số 9 (180 pupils). */
    public static final UnitId TH_XA_9 = UnitId.of("h3.xa.09.th");
    /** Trường Trung học cơ sở xã số 9 (140 pupils). */
    public static final UnitId THCS_XA_9 = UnitId.of("h3.xa.09.thcs");

    /** The four schools with fewer than 200 pupils. */
    public static final ImmutableList<UnitId> SMALL_SCHOOLS = ImmutableList.of(THCS_XA_4, THCS_XA_5, TH_XA_9, THCS_XA_9);

    // ------------------------------------------------------------------ posts

    /** Trưởng Ban Tuyên giáo Huyện ủy. */
    public static final PostId TRUONG_BAN_TUYEN_GIAO = PostId.of("h3.hu.btg.tb");
    /** Giám đốc Trung tâm Bồi dưỡng chính trị huyện. */
    public static final PostId GIAM_DOC_TTBDCT = PostId.of("h3.hu.ttbdct.gd");
    /** Trưởng Ban Dân vận Huyện ủy. */
    public static final PostId TRUONG_BAN_DAN_VAN = PostId.of("h3.hu.bdv.tb");
    /** Chủ tịch Ủy ban MTTQ Việt Nam huyện. */
    public static final PostId CHU_TICH_UBMTTQ = PostId.of("h3.mttq.ct");

    private SeedDistrict() {}

    /**
     * The district as of {@link #DATE} (2018-01-01). Built once, on first use; the same instance on
     * every call.
     *
     * <pre>{@code
     * OrgStructure d = SeedDistrict.structure();
     * d.unit(SeedDistrict.HUYEN_UY).name();          // "Huyện ủy"
     * d.children(SeedDistrict.SO_Y_TE);               // the hospital and the health centre
     * }</pre>
     */
    public static OrgStructure structure() {
        return Holder.STRUCTURE;
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final OrgStructure STRUCTURE = SeedDistrictBuilder.build();
    }
}
