package org.bomay.examples.seeds;

import static org.bomay.core.model.Level.DISTRICT;
import static org.bomay.core.model.Level.PROVINCE;
import static org.bomay.core.model.PostRole.DEPUTY;
import static org.bomay.core.model.PostRole.HEAD;
import static org.bomay.core.model.RelationType.LEADS;
import static org.bomay.core.model.RelationType.SERVES;

import java.time.LocalDate;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;

/**
 * A small slice of Hà Tĩnh province on 2022-08-01, when its Ban Thường vụ Tỉnh ủy issued Kết luận
 * 55-KL/TU (seed 004) on Thông báo kết luận 16 of the Politburo (7/7/2022): the pilot merged
 * agencies that Đức Thọ is to split "theo mô hình chung của hệ thống chính trị" — the Cơ quan Tổ
 * chức – Nội vụ huyện, the Cơ quan Ủy ban Kiểm tra – Thanh tra huyện and the Văn phòng Cấp ủy –
 * Chính quyền huyện — and Kỳ Anh's Ban Tuyên giáo – Dân vận Huyện ủy (both "hoàn thành trong tháng
 * 10/2022"); and, under the Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh, a grassroots party
 * organization of an enterprise working mainly in one district, of the kind item 2.5 says to move
 * under the district party committee.
 *
 * <p>Real: the province, the districts, the party and state bodies and the names of the merged
 * agencies (from the seed). ILLUSTRATIVE: every person (fictitious names); tenure dates; staff
 * quotas and actual staff; the posts of each merged agency — modelled as the two heads' posts
 * held by one person (the head of the party side holds the state side's head post concurrently,
 * which is what the pilot combined) and deputies of each side; the enterprise, which the
 * conclusion does not name ("doanh nghiệp A" is a placeholder), its party cell and its level.
 */
public final class HaTinhFixture {
    /** The fixture's date. */
    public static final LocalDate DATE = LocalDate.of(2022, 8, 1);

    /** Tỉnh Hà Tĩnh. */
    public static final UnitId TINH = UnitId.of("ht");
    /** Tỉnh ủy Hà Tĩnh. */
    public static final UnitId TINH_UY = UnitId.of("ht.tu");
    /** UBND tỉnh Hà Tĩnh. */
    public static final UnitId UBND_TINH = UnitId.of("ht.ubnd");
    /** Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh (its committee, a Đảng ủy khối). */
    public static final UnitId DANG_BO_KHOI = UnitId.of("ht.tu.dbk");
    /** ILLUSTRATIVE: the grassroots party organization (đảng bộ cơ sở) of an unnamed enterprise working in Đức Thọ. */
    public static final UnitId DANG_BO_DOANH_NGHIEP = UnitId.of("ht.tu.dbk.dn-a");
    /** ILLUSTRATIVE: a party cell (chi bộ) of that organization. */
    public static final UnitId CHI_BO_DOANH_NGHIEP = UnitId.of("ht.tu.dbk.dn-a.cb1");

    /** Huyện Đức Thọ. */
    public static final UnitId DUC_THO = UnitId.of("ht.dt");
    /** Huyện ủy Đức Thọ. */
    public static final UnitId DUC_THO_HUYEN_UY = UnitId.of("ht.dt.hu");
    /** HĐND huyện Đức Thọ. */
    public static final UnitId DUC_THO_HDND = UnitId.of("ht.dt.hdnd");
    /** UBND huyện Đức Thọ. */
    public static final UnitId DUC_THO_UBND = UnitId.of("ht.dt.ubnd");
    /** Cơ quan Tổ chức – Nội vụ huyện Đức Thọ (pilot merger, to be split). */
    public static final UnitId TO_CHUC_NOI_VU = UnitId.of("ht.dt.tcnv");
    /** Cơ quan Ủy ban Kiểm tra – Thanh tra huyện Đức Thọ (pilot merger, to be split). */
    public static final UnitId UBKT_THANH_TRA = UnitId.of("ht.dt.ubkt-tt");
    /** Văn phòng Cấp ủy – Chính quyền huyện Đức Thọ (pilot merger, to be split); SERVES the Huyện ủy, HĐND and UBND. */
    public static final UnitId VAN_PHONG_CAP_UY_CHINH_QUYEN = UnitId.of("ht.dt.vp");

    /** Huyện Kỳ Anh. */
    public static final UnitId KY_ANH = UnitId.of("ht.ka");
    /** Huyện ủy Kỳ Anh. */
    public static final UnitId KY_ANH_HUYEN_UY = UnitId.of("ht.ka.hu");
    /** Ban Tuyên giáo – Dân vận Huyện ủy Kỳ Anh (pilot merger, to be split). */
    public static final UnitId BAN_TUYEN_GIAO_DAN_VAN = UnitId.of("ht.ka.btgdv");

    // Posts of the Cơ quan Tổ chức – Nội vụ.
    /** Trưởng Ban Tổ chức Huyện ủy (main post of the agency's head). */
    public static final PostId TCNV_TRUONG_BAN = PostId.of("ht.dt.tcnv.tb");
    /** Trưởng phòng Nội vụ (held concurrently by the Trưởng Ban Tổ chức). */
    public static final PostId TCNV_TRUONG_PHONG = PostId.of("ht.dt.tcnv.tp");
    /** Phó Trưởng Ban Tổ chức Huyện ủy. */
    public static final PostId TCNV_PHO_TRUONG_BAN = PostId.of("ht.dt.tcnv.ptb1");
    /** Phó Trưởng phòng Nội vụ. */
    public static final PostId TCNV_PHO_TRUONG_PHONG = PostId.of("ht.dt.tcnv.ptp1");

    // Posts of the Cơ quan Ủy ban Kiểm tra – Thanh tra.
    /** Chủ nhiệm Ủy ban Kiểm tra Huyện ủy (main post of the agency's head). */
    public static final PostId UBKT_CHU_NHIEM = PostId.of("ht.dt.ubkt-tt.cn");
    /** Chánh Thanh tra huyện (held concurrently by the Chủ nhiệm). */
    public static final PostId UBKT_CHANH_THANH_TRA = PostId.of("ht.dt.ubkt-tt.ctt");
    /** Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy. */
    public static final PostId UBKT_PHO_CHU_NHIEM = PostId.of("ht.dt.ubkt-tt.pcn1");
    /** Phó Chánh Thanh tra huyện. */
    public static final PostId UBKT_PHO_CHANH_THANH_TRA = PostId.of("ht.dt.ubkt-tt.pctt1");

    // Posts of the Văn phòng Cấp ủy – Chính quyền.
    /** Chánh Văn phòng Huyện ủy (main post of the office's head). */
    public static final PostId VP_CHANH_VP_HUYEN_UY = PostId.of("ht.dt.vp.cvp-hu");
    /** Chánh Văn phòng HĐND và UBND huyện (held concurrently by the Chánh Văn phòng Huyện ủy). */
    public static final PostId VP_CHANH_VP_UBND = PostId.of("ht.dt.vp.cvp-ubnd");
    /** Phó Chánh Văn phòng Huyện ủy. */
    public static final PostId VP_PHO_VP_HUYEN_UY = PostId.of("ht.dt.vp.pcvp-hu1");
    /** The first Phó Chánh Văn phòng HĐND và UBND huyện. */
    public static final PostId VP_PHO_VP_UBND_1 = PostId.of("ht.dt.vp.pcvp-ubnd1");
    /** The second Phó Chánh Văn phòng HĐND và UBND huyện. */
    public static final PostId VP_PHO_VP_UBND_2 = PostId.of("ht.dt.vp.pcvp-ubnd2");

    // Posts of the Ban Tuyên giáo – Dân vận Huyện ủy Kỳ Anh.
    /** Trưởng Ban Tuyên giáo – Dân vận Huyện ủy. */
    public static final PostId TGDV_TRUONG_BAN = PostId.of("ht.ka.btgdv.tb");
    /** The first Phó Trưởng Ban (the propaganda side). */
    public static final PostId TGDV_PHO_TRUONG_BAN_1 = PostId.of("ht.ka.btgdv.ptb1");
    /** The second Phó Trưởng Ban (the mass-mobilization side). */
    public static final PostId TGDV_PHO_TRUONG_BAN_2 = PostId.of("ht.ka.btgdv.ptb2");
    /** The third Phó Trưởng Ban (the mass-mobilization side). */
    public static final PostId TGDV_PHO_TRUONG_BAN_3 = PostId.of("ht.ka.btgdv.ptb3");

    /** Bí thư Đảng ủy of the enterprise. */
    public static final PostId BI_THU_DANG_UY_DOANH_NGHIEP = PostId.of("ht.tu.dbk.dn-a.bt");

    private static final OrgStructure STRUCTURE = build();

    private HaTinhFixture() {}

    /** The fixture on {@link #DATE}; built once. */
    public static OrgStructure structure() {
        return STRUCTURE;
    }

    private static OrgStructure build() {
        FixtureBuilder f = new FixtureBuilder(DATE);
        // ILLUSTRATIVE tenure start dates: the 2020-2025 party term, the 2021-2026 council term.
        LocalDate partyTerm = LocalDate.of(2020, 8, 1);
        LocalDate councilTerm = LocalDate.of(2021, 7, 1);

        f.territory(TINH, "Tỉnh Hà Tĩnh", VnKinds.TINH, PROVINCE, null);
        f.org(TINH_UY, "Tỉnh ủy Hà Tĩnh", VnKinds.TINH_UY, PROVINCE, null, TINH);
        f.org(UBND_TINH, "UBND tỉnh Hà Tĩnh", VnKinds.UBND, PROVINCE, null, TINH);
        f.org(DANG_BO_KHOI, "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh", VnKinds.DANG_UY_KHOI, PROVINCE,
                TINH_UY, TINH);
        f.org(DANG_BO_DOANH_NGHIEP, "Đảng bộ doanh nghiệp A", VnKinds.TO_CHUC_CO_SO_DANG, PROVINCE, DANG_BO_KHOI, TINH);
        f.filled(DANG_BO_DOANH_NGHIEP, "bt", HEAD, "Bí thư Đảng ủy doanh nghiệp A", "ht", "Nguyễn Văn An", partyTerm);
        f.org(CHI_BO_DOANH_NGHIEP, "Chi bộ Phân xưởng 1 doanh nghiệp A", VnKinds.CHI_BO, PROVINCE, DANG_BO_DOANH_NGHIEP,
                TINH);
        f.filled(CHI_BO_DOANH_NGHIEP, "bt", HEAD, "Bí thư Chi bộ", "ht", "Trần Thị Bình", partyTerm);

        // Đức Thọ.
        f.territory(DUC_THO, "Huyện Đức Thọ", VnKinds.HUYEN, DISTRICT, TINH);
        f.org(DUC_THO_HUYEN_UY, "Huyện ủy Đức Thọ", VnKinds.HUYEN_UY, DISTRICT, TINH_UY, DUC_THO);
        f.filled(DUC_THO_HUYEN_UY, "bt", HEAD, "Bí thư Huyện ủy", "ht", "Lê Văn Cường", partyTerm);
        f.org(DUC_THO_HDND, "HĐND huyện Đức Thọ", VnKinds.HDND, DISTRICT, null, DUC_THO);
        f.org(DUC_THO_UBND, "UBND huyện Đức Thọ", VnKinds.UBND, DISTRICT, UBND_TINH, DUC_THO);
        f.filled(DUC_THO_UBND, "ct", HEAD, "Chủ tịch UBND huyện", "ht", "Phạm Thị Dung", councilTerm);
        f.relate(LEADS, DUC_THO_HUYEN_UY, DUC_THO_HDND);
        f.relate(LEADS, DUC_THO_HUYEN_UY, DUC_THO_UBND);

        f.org(TO_CHUC_NOI_VU, "Cơ quan Tổ chức – Nội vụ huyện Đức Thọ", VnKinds.TO_CHUC_NOI_VU, DISTRICT, DUC_THO_HUYEN_UY,
                DUC_THO, 12, 11);
        PersonId tcnv = f.filled(TO_CHUC_NOI_VU, "tb", HEAD, "Trưởng Ban Tổ chức Huyện ủy", "ht", "Hoàng Văn Giang",
                partyTerm);
        f.concurrent(tcnv, f.post(TO_CHUC_NOI_VU, "tp", HEAD, "Trưởng phòng Nội vụ"), partyTerm);
        f.filled(TO_CHUC_NOI_VU, "ptb1", DEPUTY, "Phó Trưởng Ban Tổ chức Huyện ủy", "ht", "Võ Thị Hà", partyTerm);
        f.filled(TO_CHUC_NOI_VU, "ptp1", DEPUTY, "Phó Trưởng phòng Nội vụ", "ht", "Phan Văn Hùng", councilTerm);

        f.org(UBKT_THANH_TRA, "Cơ quan Ủy ban Kiểm tra – Thanh tra huyện Đức Thọ", VnKinds.UBKT_THANH_TRA, DISTRICT,
                DUC_THO_HUYEN_UY, DUC_THO, 10, 9);
        PersonId ubkt = f.filled(UBKT_THANH_TRA, "cn", HEAD, "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "ht", "Đặng Thị Hương",
                partyTerm);
        f.concurrent(ubkt, f.post(UBKT_THANH_TRA, "ctt", HEAD, "Chánh Thanh tra huyện"), partyTerm);
        f.filled(UBKT_THANH_TRA, "pcn1", DEPUTY, "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "ht", "Bùi Văn Khánh",
                partyTerm);
        f.filled(UBKT_THANH_TRA, "pctt1", DEPUTY, "Phó Chánh Thanh tra huyện", "ht", "Đỗ Thị Lan", councilTerm);

        f.org(VAN_PHONG_CAP_UY_CHINH_QUYEN, "Văn phòng Cấp ủy – Chính quyền huyện Đức Thọ",
                VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN, DISTRICT, DUC_THO_HUYEN_UY, DUC_THO, 24, 22);
        PersonId vp = f.filled(VAN_PHONG_CAP_UY_CHINH_QUYEN, "cvp-hu", HEAD, "Chánh Văn phòng Huyện ủy", "ht",
                "Ngô Văn Minh", partyTerm);
        f.concurrent(vp, f.post(VAN_PHONG_CAP_UY_CHINH_QUYEN, "cvp-ubnd", HEAD, "Chánh Văn phòng HĐND và UBND huyện"),
                councilTerm);
        f.filled(VAN_PHONG_CAP_UY_CHINH_QUYEN, "pcvp-hu1", DEPUTY, "Phó Chánh Văn phòng Huyện ủy", "ht", "Dương Thị Nga",
                partyTerm);
        f.filled(VAN_PHONG_CAP_UY_CHINH_QUYEN, "pcvp-ubnd1", DEPUTY, "Phó Chánh Văn phòng HĐND và UBND huyện", "ht",
                "Lý Văn Phúc", councilTerm);
        f.filled(VAN_PHONG_CAP_UY_CHINH_QUYEN, "pcvp-ubnd2", DEPUTY, "Phó Chánh Văn phòng HĐND và UBND huyện", "ht",
                "Trịnh Thị Quỳnh", councilTerm);
        f.relate(SERVES, VAN_PHONG_CAP_UY_CHINH_QUYEN, DUC_THO_HUYEN_UY);
        f.relate(SERVES, VAN_PHONG_CAP_UY_CHINH_QUYEN, DUC_THO_HDND);
        f.relate(SERVES, VAN_PHONG_CAP_UY_CHINH_QUYEN, DUC_THO_UBND);

        // Kỳ Anh.
        f.territory(KY_ANH, "Huyện Kỳ Anh", VnKinds.HUYEN, DISTRICT, TINH);
        f.org(KY_ANH_HUYEN_UY, "Huyện ủy Kỳ Anh", VnKinds.HUYEN_UY, DISTRICT, TINH_UY, KY_ANH);
        f.org(BAN_TUYEN_GIAO_DAN_VAN, "Ban Tuyên giáo – Dân vận Huyện ủy Kỳ Anh", VnKinds.BAN_TUYEN_GIAO_DAN_VAN, DISTRICT,
                KY_ANH_HUYEN_UY, KY_ANH, 9, 8);
        f.filled(BAN_TUYEN_GIAO_DAN_VAN, "tb", HEAD, "Trưởng Ban Tuyên giáo – Dân vận Huyện ủy", "ht", "Nguyễn Thị Sen",
                partyTerm);
        for (int i = 1; i <= 3; i++) {
            f.filled(BAN_TUYEN_GIAO_DAN_VAN, "ptb" + i, DEPUTY, "Phó Trưởng Ban Tuyên giáo – Dân vận Huyện ủy", "ht",
                    new String[] {"Trần Văn Tâm", "Lê Thị Uyên", "Hồ Văn Vinh"}[i - 1], partyTerm);
        }
        return f.build();
    }
}
