package org.bomay.examples.hatinh;

import static org.bomay.core.model.Level.DISTRICT;
import static org.bomay.core.model.Level.PROVINCE;
import static org.bomay.core.model.PostRole.DEPUTY;
import static org.bomay.core.model.PostRole.HEAD;
import static org.bomay.core.model.RelationType.LEADS;
import static org.bomay.core.model.RelationType.SERVES;

import java.time.LocalDate;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;

/**
 * A slice of Hà Tĩnh province on 1/7/2022, just before Thông báo kết luận 16-TB/TW of the
 * Politburo (7/7/2022) and the province's Kết luận 55-KL/TU (seed 004): the two districts the
 * conclusion names with the pilot agencies it tells them to split, and the enterprise party
 * organizations under the Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh that item 2.5 tells the
 * bloc to consider moving under the district party committees.
 *
 * <pre>{@code
 * OrgStructure ht = HaTinh.structure();                        // 2022-07-01
 * ht.children(HaTinh.DUC_THO_HUYEN_UY);                        // the three merged agencies and two boards
 * ht.heads(HaTinh.TO_CHUC_NOI_VU);                             // one person heads both sides of the pilot
 * ht.children(HaTinh.DANG_BO_KHOI);                            // three enterprise party organizations
 * }</pre>
 *
 * <h2>What is in it</h2>
 * <ul>
 *   <li><b>Province</b>: Tỉnh Hà Tĩnh; the Tỉnh ủy with its Ban Tổ chức (which item 4 of the
 *       conclusion charges with guiding and monitoring) and the Đảng bộ Khối các cơ quan và doanh
 *       nghiệp tỉnh; the UBND tỉnh and the Ủy ban MTTQ tỉnh as parents of the district units.</li>
 *   <li><b>Huyện Đức Thọ</b>: the Huyện ủy, HĐND, UBND and Ủy ban MTTQ huyện; the Ban Tuyên giáo and
 *       Ban Dân vận Huyện ủy; and the three pilot mergers of item 2.3 — the Cơ quan Tổ chức – Nội vụ
 *       (Ban Tổ chức Huyện ủy + Phòng Nội vụ), the Cơ quan Ủy ban Kiểm tra – Thanh tra (UBKT Huyện
 *       ủy + Thanh tra huyện) and the Văn phòng Cấp ủy – Chính quyền (Văn phòng Huyện ủy + Văn phòng
 *       HĐND và UBND huyện), which SERVES the Huyện ủy, the HĐND and the UBND. Each merged agency is
 *       a unit under the Huyện ủy with the posts of both sides: the head of the party side holds
 *       the head post of the state side concurrently (kiêm nhiệm), which is what the pilot combined.</li>
 *   <li><b>Huyện Kỳ Anh</b>: the Huyện ủy, UBND and Ủy ban MTTQ huyện, and the Ban Tuyên giáo –
 *       Dân vận Huyện ủy of item 2.4, with the head posts of both boards held by one person.</li>
 *   <li><b>Enterprises</b>: three grassroots party organizations (tổ chức cơ sở đảng) under the
 *       Đảng bộ Khối, at province level, with their operating area in the attribute
 *       {@link #DIA_BAN}: one in Đức Thọ (with a party cell), one in Kỳ Anh, one across the province.</li>
 *   <li><b>The Dân vận = Front model</b>: in Đức Thọ the Trưởng Ban Dân vận Huyện ủy is at the same
 *       time Chủ tịch Ủy ban MTTQ huyện since {@link #DAN_VAN_MTTQ_SINCE}; in Kỳ Anh the Front chair
 *       is a separate person.</li>
 * </ul>
 *
 * <h2>What is real and what is not</h2>
 * Real: the province, the two districts and the kinds of their bodies; the names of the four merged
 * agencies and the order to split them "theo mô hình chung của hệ thống chính trị" (seed 004,
 * items 2.3 and 2.4); the Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh and item 2.5 on its
 * enterprise party organizations "có địa bàn hoạt động hẹp". From research: Đức Thọ was the first
 * district of Hà Tĩnh to pilot the three party–government mergers (plo.vn, "Hà Tĩnh hợp nhất một
 * số cơ quan Đảng, chính quyền"; the date of the merger is not in the stored copy, so the merged
 * agencies are given no start date). <b>ILLUSTRATIVE</b> (see {@link #ILLUSTRATIVE}): every person
 * (fictitious names); tenure dates (party terms from 2020, council terms from 7/2021, front terms
 * from 2019); staff quotas and actual staff of the four merged agencies; their posts — modelled as
 * the two sides' head posts held by one person and a deputy or two of each side; the enterprises,
 * which the seed does not name (Công ty A, B, C are placeholders), their operating areas and party
 * cells; and that Đức Thọ applies the Dân vận = Front model while Kỳ Anh does not (the seed says
 * only that some districts do).
 *
 * <h2>Ids</h2>
 * {@code ht} (the province), {@code ht.tu} (Tỉnh ủy), {@code ht.tu.dbk} (Đảng bộ Khối), {@code ht.dt}
 * and {@code ht.ka} (the districts), {@code ht.dt.hu} (Huyện ủy Đức Thọ), {@code ht.dt.tcnv},
 * {@code ht.dt.ubkt-tt}, {@code ht.dt.vp}, {@code ht.ka.btgdv} (the merged agencies). The
 * enterprise party organizations, which move between parents, are named without a parent:
 * {@code ht.dn-a}, {@code ht.dn-a.cb1}. Posts are {@code <unit>.<abbreviation>} ({@code tb} trưởng ban,
 * {@code ptb1} phó trưởng ban, {@code ct} chủ tịch, {@code bt} bí thư ...); people {@code p.ht.1}, ...
 *
 * <p>This class is a holder of constants and two factory methods; the structure is built once, on
 * first use, and is immutable and thread-safe.
 */
public final class HaTinh {
    /** A reminder that the people, dates, staff and enterprises of this example are invented. */
    public static final String ILLUSTRATIVE =
            "ILLUSTRATIVE: people, tenure dates, staff quotas, posts of the merged agencies and the enterprises are invented";

    /** The date of {@link #structure()}: 2022-07-01, before Thông báo kết luận 16-TB/TW (7/7/2022). */
    public static final LocalDate DATE = LocalDate.of(2022, 7, 1);

    /** ILLUSTRATIVE: since 2020-09-01 the Trưởng Ban Dân vận Huyện ủy Đức Thọ is at the same time Chủ tịch Ủy ban MTTQ huyện. */
    public static final LocalDate DAN_VAN_MTTQ_SINCE = LocalDate.of(2020, 9, 1);

    /**
     * The attribute holding an enterprise party organization's operating area (địa bàn hoạt động):
     * the id of the district its business is tied to, or of the province when it works across it.
     */
    public static final String DIA_BAN = "ht.dia-ban";

    // ------------------------------------------------------------------ province

    /** Tỉnh Hà Tĩnh. */
    public static final UnitId TINH = UnitId.of("ht");
    /** Tỉnh ủy Hà Tĩnh. */
    public static final UnitId TINH_UY = UnitId.of("ht.tu");
    /** Ban Tổ chức Tỉnh ủy Hà Tĩnh: guides and monitors the conclusion (item 4). */
    public static final UnitId BAN_TO_CHUC_TINH_UY = UnitId.of("ht.tu.btc");
    /** Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh (a Đảng ủy khối under the Tỉnh ủy). */
    public static final UnitId DANG_BO_KHOI = UnitId.of("ht.tu.dbk");
    /** UBND tỉnh Hà Tĩnh. */
    public static final UnitId UBND_TINH = UnitId.of("ht.ubnd");
    /** Ủy ban MTTQ tỉnh Hà Tĩnh. */
    public static final UnitId UBMTTQ_TINH = UnitId.of("ht.mttq");

    /** ILLUSTRATIVE: Đảng bộ Công ty A, working in Đức Thọ, under the Đảng bộ Khối. */
    public static final UnitId DANG_BO_CONG_TY_A = UnitId.of("ht.dn-a");
    /** ILLUSTRATIVE: a party cell of Công ty A. */
    public static final UnitId CHI_BO_CONG_TY_A = UnitId.of("ht.dn-a.cb1");
    /** ILLUSTRATIVE: Chi bộ Công ty B (a chi bộ cơ sở), working in Kỳ Anh, under the Đảng bộ Khối. */
    public static final UnitId CHI_BO_CONG_TY_B = UnitId.of("ht.dn-b");
    /** ILLUSTRATIVE: Đảng bộ Công ty C, working across the province: it stays under the Đảng bộ Khối. */
    public static final UnitId DANG_BO_CONG_TY_C = UnitId.of("ht.dn-c");

    // ------------------------------------------------------------------ Đức Thọ

    /** Huyện Đức Thọ. */
    public static final UnitId DUC_THO = UnitId.of("ht.dt");
    /** Huyện ủy Đức Thọ. */
    public static final UnitId DUC_THO_HUYEN_UY = UnitId.of("ht.dt.hu");
    /** HĐND huyện Đức Thọ. */
    public static final UnitId DUC_THO_HDND = UnitId.of("ht.dt.hdnd");
    /** UBND huyện Đức Thọ. */
    public static final UnitId DUC_THO_UBND = UnitId.of("ht.dt.ubnd");
    /** Ủy ban MTTQ huyện Đức Thọ. */
    public static final UnitId DUC_THO_UBMTTQ = UnitId.of("ht.dt.mttq");
    /** Ban Tuyên giáo Huyện ủy Đức Thọ. */
    public static final UnitId DUC_THO_BAN_TUYEN_GIAO = UnitId.of("ht.dt.hu.btg");
    /** Ban Dân vận Huyện ủy Đức Thọ. */
    public static final UnitId DUC_THO_BAN_DAN_VAN = UnitId.of("ht.dt.hu.bdv");
    /** Cơ quan Tổ chức – Nội vụ huyện Đức Thọ (pilot merger; item 2.3: to be split). */
    public static final UnitId TO_CHUC_NOI_VU = UnitId.of("ht.dt.tcnv");
    /** Cơ quan Ủy ban Kiểm tra – Thanh tra huyện Đức Thọ (pilot merger; item 2.3: to be split). */
    public static final UnitId UBKT_THANH_TRA = UnitId.of("ht.dt.ubkt-tt");
    /** Văn phòng Cấp ủy – Chính quyền huyện Đức Thọ (pilot merger; item 2.3: to be split). */
    public static final UnitId VAN_PHONG_CAP_UY_CHINH_QUYEN = UnitId.of("ht.dt.vp");

    /** Trưởng Ban Tổ chức Huyện ủy (the main post of the merged agency's head). */
    public static final PostId TCNV_TRUONG_BAN = PostId.of("ht.dt.tcnv.tb");
    /** Trưởng phòng Nội vụ (held concurrently by the Trưởng Ban Tổ chức). */
    public static final PostId TCNV_TRUONG_PHONG = PostId.of("ht.dt.tcnv.tp");
    /** Phó Trưởng Ban Tổ chức Huyện ủy. */
    public static final PostId TCNV_PHO_TRUONG_BAN = PostId.of("ht.dt.tcnv.ptb1");
    /** Phó Trưởng phòng Nội vụ. */
    public static final PostId TCNV_PHO_TRUONG_PHONG = PostId.of("ht.dt.tcnv.ptp1");
    /** Chủ nhiệm Ủy ban Kiểm tra Huyện ủy (the main post of the merged agency's head). */
    public static final PostId UBKT_CHU_NHIEM = PostId.of("ht.dt.ubkt-tt.cn");
    /** Chánh Thanh tra huyện (held concurrently by the Chủ nhiệm). */
    public static final PostId UBKT_CHANH_THANH_TRA = PostId.of("ht.dt.ubkt-tt.ctt");
    /** Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy. */
    public static final PostId UBKT_PHO_CHU_NHIEM = PostId.of("ht.dt.ubkt-tt.pcn1");
    /** Phó Chánh Thanh tra huyện. */
    public static final PostId UBKT_PHO_CHANH_THANH_TRA = PostId.of("ht.dt.ubkt-tt.pctt1");
    /** Chánh Văn phòng Huyện ủy (the main post of the merged office's head). */
    public static final PostId VP_CHANH_VP_HUYEN_UY = PostId.of("ht.dt.vp.cvp-hu");
    /** Chánh Văn phòng HĐND và UBND huyện (held concurrently by the Chánh Văn phòng Huyện ủy). */
    public static final PostId VP_CHANH_VP_HDND_UBND = PostId.of("ht.dt.vp.cvp-ubnd");
    /** Phó Chánh Văn phòng Huyện ủy. */
    public static final PostId VP_PHO_VP_HUYEN_UY = PostId.of("ht.dt.vp.pcvp-hu1");
    /** The first Phó Chánh Văn phòng HĐND và UBND huyện. */
    public static final PostId VP_PHO_VP_HDND_UBND_1 = PostId.of("ht.dt.vp.pcvp-ubnd1");
    /** The second Phó Chánh Văn phòng HĐND và UBND huyện. */
    public static final PostId VP_PHO_VP_HDND_UBND_2 = PostId.of("ht.dt.vp.pcvp-ubnd2");
    /** Trưởng Ban Dân vận Huyện ủy Đức Thọ. */
    public static final PostId DUC_THO_TRUONG_BAN_DAN_VAN = PostId.of("ht.dt.hu.bdv.tb");
    /** Chủ tịch Ủy ban MTTQ huyện Đức Thọ (held concurrently by the Trưởng Ban Dân vận since {@link #DAN_VAN_MTTQ_SINCE}). */
    public static final PostId DUC_THO_CHU_TICH_MTTQ = PostId.of("ht.dt.mttq.ct");

    // ------------------------------------------------------------------ Kỳ Anh

    /** Huyện Kỳ Anh. */
    public static final UnitId KY_ANH = UnitId.of("ht.ka");
    /** Huyện ủy Kỳ Anh. */
    public static final UnitId KY_ANH_HUYEN_UY = UnitId.of("ht.ka.hu");
    /** UBND huyện Kỳ Anh. */
    public static final UnitId KY_ANH_UBND = UnitId.of("ht.ka.ubnd");
    /** Ủy ban MTTQ huyện Kỳ Anh. */
    public static final UnitId KY_ANH_UBMTTQ = UnitId.of("ht.ka.mttq");
    /** Ban Tuyên giáo – Dân vận Huyện ủy Kỳ Anh (pilot merger; item 2.4: to be split). */
    public static final UnitId BAN_TUYEN_GIAO_DAN_VAN = UnitId.of("ht.ka.btgdv");

    /** Trưởng Ban Tuyên giáo Huyện ủy (the main post of the merged board's head). */
    public static final PostId TGDV_TRUONG_BAN_TUYEN_GIAO = PostId.of("ht.ka.btgdv.tb-tg");
    /** Trưởng Ban Dân vận Huyện ủy (held concurrently by the merged board's head). */
    public static final PostId TGDV_TRUONG_BAN_DAN_VAN = PostId.of("ht.ka.btgdv.tb-dv");
    /** Phó Trưởng Ban (the propaganda side). */
    public static final PostId TGDV_PHO_TRUONG_BAN_1 = PostId.of("ht.ka.btgdv.ptb1");
    /** Phó Trưởng Ban (the mass-mobilization side). */
    public static final PostId TGDV_PHO_TRUONG_BAN_2 = PostId.of("ht.ka.btgdv.ptb2");
    /** Phó Trưởng Ban (the mass-mobilization side). */
    public static final PostId TGDV_PHO_TRUONG_BAN_3 = PostId.of("ht.ka.btgdv.ptb3");
    /** Chủ tịch Ủy ban MTTQ huyện Kỳ Anh. */
    public static final PostId KY_ANH_CHU_TICH_MTTQ = PostId.of("ht.ka.mttq.ct");

    // ILLUSTRATIVE tenure starts: the 2020–2025 party term (province and districts), the 2021–2026
    // council term, the 2019–2024 front term, the enterprises' 2020 party congresses.
    private static final LocalDate PARTY_TERM = LocalDate.of(2020, 8, 1);
    private static final LocalDate PROVINCE_PARTY_TERM = LocalDate.of(2020, 10, 15);
    private static final LocalDate COUNCIL_TERM = LocalDate.of(2021, 7, 1);
    private static final LocalDate FRONT_TERM = LocalDate.of(2019, 7, 1);
    private static final LocalDate ENTERPRISE_TERM = LocalDate.of(2020, 5, 1);

    private HaTinh() {}

    /**
     * The slice on {@link #DATE} (2022-07-01); built once, on first use.
     *
     * <pre>{@code
     * OrgStructure ht = HaTinh.structure();
     * ht.unit(HaTinh.TO_CHUC_NOI_VU).name();                       // "Cơ quan Tổ chức – Nội vụ huyện Đức Thọ"
     * ht.parent(HaTinh.DANG_BO_CONG_TY_A).orElseThrow().id();      // ht.tu.dbk
     * }</pre>
     */
    public static OrgStructure structure() {
        return Holder.STRUCTURE;
    }

    /**
     * The same data seen on another date ({@link OrgStructure#withDate(LocalDate)}). The data has
     * no change of its own: the 2022 changes are in {@link HaTinh2022}.
     *
     * <pre>{@code
     * HaTinh.structure(LocalDate.of(2022, 8, 10)).heads(HaTinh.TO_CHUC_NOI_VU);
     * }</pre>
     *
     * @throws BomayException if the date is null
     */
    public static OrgStructure structure(LocalDate date) {
        if (date == null) {
            throw new BomayException("HaTinh.structure(date): the date must not be null (use HaTinh.DATE for 2022-07-01)");
        }
        return structure().withDate(date);
    }

    // ------------------------------------------------------------------ building

    private static OrgStructure build() {
        Slice s = new Slice(DATE);
        s.territory(TINH, "Tỉnh Hà Tĩnh", VnKinds.TINH, PROVINCE, null);
        s.territory(DUC_THO, "Huyện Đức Thọ", VnKinds.HUYEN, DISTRICT, TINH);
        s.territory(KY_ANH, "Huyện Kỳ Anh", VnKinds.HUYEN, DISTRICT, TINH);

        // Province.
        s.org(TINH_UY, "Tỉnh ủy Hà Tĩnh", VnKinds.TINH_UY, PROVINCE, null, TINH);
        s.head(TINH_UY, "bt", "Bí thư Tỉnh ủy", "Nguyễn Văn Thành", PROVINCE_PARTY_TERM);
        s.org(BAN_TO_CHUC_TINH_UY, "Ban Tổ chức Tỉnh ủy Hà Tĩnh", VnKinds.BAN_TO_CHUC, PROVINCE, TINH_UY, TINH);
        s.head(BAN_TO_CHUC_TINH_UY, "tb", "Trưởng Ban Tổ chức Tỉnh ủy", "Lê Thị Hoa", PROVINCE_PARTY_TERM);
        s.org(DANG_BO_KHOI, "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh", VnKinds.DANG_UY_KHOI, PROVINCE,
                TINH_UY, TINH);
        s.head(DANG_BO_KHOI, "bt", "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Trần Văn Bảo", PARTY_TERM);
        s.org(UBND_TINH, "UBND tỉnh Hà Tĩnh", VnKinds.UBND, PROVINCE, null, TINH);
        s.head(UBND_TINH, "ct", "Chủ tịch UBND tỉnh", "Phạm Văn Cường", COUNCIL_TERM);
        s.org(UBMTTQ_TINH, "Ủy ban MTTQ tỉnh Hà Tĩnh", VnKinds.UBMTTQ, PROVINCE, null, TINH);
        s.head(UBMTTQ_TINH, "ct", "Chủ tịch Ủy ban MTTQ tỉnh", "Hoàng Thị Duyên", FRONT_TERM);
        s.relate(LEADS, TINH_UY, UBND_TINH);
        s.relate(LEADS, TINH_UY, UBMTTQ_TINH);

        // Enterprise party organizations under the bloc (ILLUSTRATIVE placeholders).
        s.enterprise(DANG_BO_CONG_TY_A, "Đảng bộ Công ty A", DUC_THO, "Bí thư Đảng ủy Công ty A", "Võ Văn Em");
        s.org(CHI_BO_CONG_TY_A, "Chi bộ Xí nghiệp 1 Công ty A", VnKinds.CHI_BO, PROVINCE, DANG_BO_CONG_TY_A, TINH);
        s.head(CHI_BO_CONG_TY_A, "bt", "Bí thư Chi bộ Xí nghiệp 1", "Đặng Thị Gấm", ENTERPRISE_TERM);
        s.enterprise(CHI_BO_CONG_TY_B, "Chi bộ Công ty B", KY_ANH, "Bí thư Chi bộ Công ty B", "Bùi Văn Hải");
        s.enterprise(DANG_BO_CONG_TY_C, "Đảng bộ Công ty C", TINH, "Bí thư Đảng ủy Công ty C", "Đỗ Thị Yến");

        // Đức Thọ.
        s.org(DUC_THO_HUYEN_UY, "Huyện ủy Đức Thọ", VnKinds.HUYEN_UY, DISTRICT, TINH_UY, DUC_THO);
        s.head(DUC_THO_HUYEN_UY, "bt", "Bí thư Huyện ủy", "Lê Văn Cường", PARTY_TERM);
        s.org(DUC_THO_HDND, "HĐND huyện Đức Thọ", VnKinds.HDND, DISTRICT, null, DUC_THO);
        s.head(DUC_THO_HDND, "ct", "Chủ tịch HĐND huyện", "Nguyễn Thị Lan", COUNCIL_TERM);
        s.org(DUC_THO_UBND, "UBND huyện Đức Thọ", VnKinds.UBND, DISTRICT, UBND_TINH, DUC_THO);
        s.head(DUC_THO_UBND, "ct", "Chủ tịch UBND huyện", "Phạm Thị Dung", COUNCIL_TERM);
        s.org(DUC_THO_UBMTTQ, "Ủy ban MTTQ huyện Đức Thọ", VnKinds.UBMTTQ, DISTRICT, UBMTTQ_TINH, DUC_THO);
        PostId dtMttq = s.post(DUC_THO_UBMTTQ, "ct", HEAD, "Chủ tịch Ủy ban MTTQ huyện");
        s.relate(LEADS, DUC_THO_HUYEN_UY, DUC_THO_HDND);
        s.relate(LEADS, DUC_THO_HUYEN_UY, DUC_THO_UBND);
        s.relate(LEADS, DUC_THO_HUYEN_UY, DUC_THO_UBMTTQ);

        s.org(DUC_THO_BAN_TUYEN_GIAO, "Ban Tuyên giáo Huyện ủy Đức Thọ", VnKinds.BAN_TUYEN_GIAO, DISTRICT, DUC_THO_HUYEN_UY,
                DUC_THO);
        s.head(DUC_THO_BAN_TUYEN_GIAO, "tb", "Trưởng Ban Tuyên giáo Huyện ủy", "Trần Văn Khoa", PARTY_TERM);
        s.org(DUC_THO_BAN_DAN_VAN, "Ban Dân vận Huyện ủy Đức Thọ", VnKinds.BAN_DAN_VAN, DISTRICT, DUC_THO_HUYEN_UY, DUC_THO);
        PersonId danVan = s.head(DUC_THO_BAN_DAN_VAN, "tb", "Trưởng Ban Dân vận Huyện ủy", "Hồ Thị Liên", PARTY_TERM);
        // the Dân vận = Front model: the Front chair of the 2019 term steps down, the board's head takes over
        PersonId formerChair = s.person("Dương Văn Lực");
        s.tenure(Tenure.main(formerChair, dtMttq, Period.of(FRONT_TERM, DAN_VAN_MTTQ_SINCE)));
        s.tenure(Tenure.concurrent(danVan, dtMttq, Period.from(DAN_VAN_MTTQ_SINCE)));

        s.org(TO_CHUC_NOI_VU, "Cơ quan Tổ chức – Nội vụ huyện Đức Thọ", VnKinds.TO_CHUC_NOI_VU, DISTRICT, DUC_THO_HUYEN_UY,
                DUC_THO, 12, 11);
        PersonId tcnv = s.head(TO_CHUC_NOI_VU, "tb", "Trưởng Ban Tổ chức Huyện ủy", "Hoàng Văn Giang", PARTY_TERM);
        s.concurrent(tcnv, s.post(TO_CHUC_NOI_VU, "tp", HEAD, "Trưởng phòng Nội vụ"), PARTY_TERM);
        s.filled(TO_CHUC_NOI_VU, "ptb1", DEPUTY, "Phó Trưởng Ban Tổ chức Huyện ủy", "Võ Thị Hà", PARTY_TERM);
        s.filled(TO_CHUC_NOI_VU, "ptp1", DEPUTY, "Phó Trưởng phòng Nội vụ", "Phan Văn Hùng", COUNCIL_TERM);

        s.org(UBKT_THANH_TRA, "Cơ quan Ủy ban Kiểm tra – Thanh tra huyện Đức Thọ", VnKinds.UBKT_THANH_TRA, DISTRICT,
                DUC_THO_HUYEN_UY, DUC_THO, 10, 9);
        PersonId ubkt = s.head(UBKT_THANH_TRA, "cn", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "Đặng Thị Hương", PARTY_TERM);
        s.concurrent(ubkt, s.post(UBKT_THANH_TRA, "ctt", HEAD, "Chánh Thanh tra huyện"), PARTY_TERM);
        s.filled(UBKT_THANH_TRA, "pcn1", DEPUTY, "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "Bùi Văn Khánh", PARTY_TERM);
        s.filled(UBKT_THANH_TRA, "pctt1", DEPUTY, "Phó Chánh Thanh tra huyện", "Đỗ Thị Loan", COUNCIL_TERM);

        s.org(VAN_PHONG_CAP_UY_CHINH_QUYEN, "Văn phòng Cấp ủy – Chính quyền huyện Đức Thọ",
                VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN, DISTRICT, DUC_THO_HUYEN_UY, DUC_THO, 24, 22);
        PersonId vp = s.head(VAN_PHONG_CAP_UY_CHINH_QUYEN, "cvp-hu", "Chánh Văn phòng Huyện ủy", "Ngô Văn Minh", PARTY_TERM);
        s.concurrent(vp, s.post(VAN_PHONG_CAP_UY_CHINH_QUYEN, "cvp-ubnd", HEAD, "Chánh Văn phòng HĐND và UBND huyện"),
                COUNCIL_TERM);
        s.filled(VAN_PHONG_CAP_UY_CHINH_QUYEN, "pcvp-hu1", DEPUTY, "Phó Chánh Văn phòng Huyện ủy", "Dương Thị Nga", PARTY_TERM);
        s.filled(VAN_PHONG_CAP_UY_CHINH_QUYEN, "pcvp-ubnd1", DEPUTY, "Phó Chánh Văn phòng HĐND và UBND huyện", "Lý Văn Phúc",
                COUNCIL_TERM);
        s.filled(VAN_PHONG_CAP_UY_CHINH_QUYEN, "pcvp-ubnd2", DEPUTY, "Phó Chánh Văn phòng HĐND và UBND huyện",
                "Trịnh Thị Quỳnh", COUNCIL_TERM);
        s.relate(SERVES, VAN_PHONG_CAP_UY_CHINH_QUYEN, DUC_THO_HUYEN_UY);
        s.relate(SERVES, VAN_PHONG_CAP_UY_CHINH_QUYEN, DUC_THO_HDND);
        s.relate(SERVES, VAN_PHONG_CAP_UY_CHINH_QUYEN, DUC_THO_UBND);

        // Kỳ Anh.
        s.org(KY_ANH_HUYEN_UY, "Huyện ủy Kỳ Anh", VnKinds.HUYEN_UY, DISTRICT, TINH_UY, KY_ANH);
        s.head(KY_ANH_HUYEN_UY, "bt", "Bí thư Huyện ủy", "Phan Văn Nam", PARTY_TERM);
        s.org(KY_ANH_UBND, "UBND huyện Kỳ Anh", VnKinds.UBND, DISTRICT, UBND_TINH, KY_ANH);
        s.head(KY_ANH_UBND, "ct", "Chủ tịch UBND huyện", "Lê Văn Ngọc", COUNCIL_TERM);
        s.org(KY_ANH_UBMTTQ, "Ủy ban MTTQ huyện Kỳ Anh", VnKinds.UBMTTQ, DISTRICT, UBMTTQ_TINH, KY_ANH);
        s.head(KY_ANH_UBMTTQ, "ct", "Chủ tịch Ủy ban MTTQ huyện", "Nguyễn Văn Phong", FRONT_TERM);
        s.relate(LEADS, KY_ANH_HUYEN_UY, KY_ANH_UBND);
        s.relate(LEADS, KY_ANH_HUYEN_UY, KY_ANH_UBMTTQ);

        s.org(BAN_TUYEN_GIAO_DAN_VAN, "Ban Tuyên giáo – Dân vận Huyện ủy Kỳ Anh", VnKinds.BAN_TUYEN_GIAO_DAN_VAN, DISTRICT,
                KY_ANH_HUYEN_UY, KY_ANH, 9, 8);
        PersonId tgdv = s.head(BAN_TUYEN_GIAO_DAN_VAN, "tb-tg", "Trưởng Ban Tuyên giáo Huyện ủy", "Nguyễn Thị Sen", PARTY_TERM);
        s.concurrent(tgdv, s.post(BAN_TUYEN_GIAO_DAN_VAN, "tb-dv", HEAD, "Trưởng Ban Dân vận Huyện ủy"), PARTY_TERM);
        s.filled(BAN_TUYEN_GIAO_DAN_VAN, "ptb1", DEPUTY, "Phó Trưởng Ban Tuyên giáo – Dân vận Huyện ủy", "Trần Văn Tâm",
                PARTY_TERM);
        s.filled(BAN_TUYEN_GIAO_DAN_VAN, "ptb2", DEPUTY, "Phó Trưởng Ban Tuyên giáo – Dân vận Huyện ủy", "Lê Thị Uyên",
                PARTY_TERM);
        s.filled(BAN_TUYEN_GIAO_DAN_VAN, "ptb3", DEPUTY, "Phó Trưởng Ban Tuyên giáo – Dân vận Huyện ủy", "Hồ Văn Vinh",
                PARTY_TERM);
        return s.build();
    }

    /** A few shortcuts over {@link OrgStructure.Builder}; {@link #build()} runs the core's checks. */
    private static final class Slice {
        private final OrgStructure.Builder b;
        private int people;

        Slice(LocalDate date) {
            this.b = OrgStructure.builder(date);
        }

        void territory(UnitId id, String name, UnitKind kind, Level level, UnitId parent) {
            add(Unit.of(id, name, kind, level), parent);
        }

        void org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory) {
            add(Unit.builder(id, name, kind, level).territory(territory).build(), parent);
        }

        /** An organization with its (ILLUSTRATIVE) staff quota and actual staff. */
        void org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory, int quota, int actual) {
            add(Unit.builder(id, name, kind, level).territory(territory).staffQuota(quota).actualStaff(actual).build(), parent);
        }

        /** A grassroots party organization of an enterprise under the bloc, with its operating area and secretary. */
        void enterprise(UnitId id, String name, UnitId area, String secretaryTitle, String secretary) {
            add(Unit.builder(id, name, VnKinds.TO_CHUC_CO_SO_DANG, PROVINCE).territory(TINH).attribute(DIA_BAN, area.value())
                    .build(), DANG_BO_KHOI);
            head(id, "bt", secretaryTitle, secretary, ENTERPRISE_TERM);
        }

        private void add(Unit u, UnitId parent) {
            if (parent == null) {
                b.add(u);
            } else {
                b.add(u, parent);
            }
        }

        PostId post(UnitId unit, String suffix, PostRole role, String title) {
            PostId id = PostId.of(unit.value() + "." + suffix);
            b.add(Post.of(id, unit, role, title));
            return id;
        }

        PersonId person(String name) {
            PersonId id = PersonId.of("p.ht." + (++people));
            b.add(Person.of(id, name, true));
            return id;
        }

        PersonId filled(UnitId unit, String suffix, PostRole role, String title, String name, LocalDate from) {
            PersonId who = person(name);
            b.add(Tenure.main(who, post(unit, suffix, role, title), Period.from(from)));
            return who;
        }

        PersonId head(UnitId unit, String suffix, String title, String name, LocalDate from) {
            return filled(unit, suffix, HEAD, title, name, from);
        }

        void concurrent(PersonId person, PostId post, LocalDate from) {
            b.add(Tenure.concurrent(person, post, Period.from(from)));
        }

        void tenure(Tenure t) {
            b.add(t);
        }

        void relate(RelationType type, UnitId source, UnitId target) {
            b.add(Relation.of(type, source, target));
        }

        OrgStructure build() {
            return b.build();
        }
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final OrgStructure STRUCTURE = build();
    }
}
