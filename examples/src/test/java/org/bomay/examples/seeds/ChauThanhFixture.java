package org.bomay.examples.seeds;

import static org.bomay.core.model.Level.COMMUNE;
import static org.bomay.core.model.Level.DISTRICT;
import static org.bomay.core.model.Level.PROVINCE;
import static org.bomay.core.model.PostRole.DEPUTY;
import static org.bomay.core.model.PostRole.HEAD;
import static org.bomay.core.model.PostRole.STAFF;
import static org.bomay.core.model.RelationType.LEADS;

import java.time.LocalDate;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;

/**
 * A small slice of Châu Thành district (huyện Châu Thành, tỉnh Bến Tre) on 2018-01-01, before the
 * restructurings that seed 001 (interview of 11/02/2019, one year after Resolution 18-NQ/TW)
 * reports as done or planned: the Trung tâm Dân số – Kế hoạch hóa gia đình "sáp nhập" into the
 * Trung tâm Y tế, the "Đề án giải thể Ban Quản lý công trình giao thông và đô thị huyện", and the
 * "chuyển đổi Ban Quản lý khai thác và cung cấp nước sinh hoạt huyện sang công ty cổ phần".
 *
 * <p>Real: the province, the district and the names of the units (from the seed; the Ban Quản lý dự
 * án đầu tư xây dựng huyện is named in the seed too). ILLUSTRATIVE: every person (fictitious
 * names), tenure dates, staff quotas and actual staff, the set of posts of each unit, and the
 * placement of the two health centres directly under the provincial Sở Y tế (simplified: the
 * population centre was guided through the provincial Chi cục Dân số – KHHGĐ, not modelled).
 */
public final class ChauThanhFixture {
    /** The fixture's date. */
    public static final LocalDate DATE = LocalDate.of(2018, 1, 1);

    /** Tỉnh Bến Tre. */
    public static final UnitId TINH = UnitId.of("bt");
    /** Tỉnh ủy Bến Tre. */
    public static final UnitId TINH_UY = UnitId.of("bt.tu");
    /** UBND tỉnh Bến Tre. */
    public static final UnitId UBND_TINH = UnitId.of("bt.ubnd");
    /** Sở Y tế tỉnh Bến Tre. */
    public static final UnitId SO_Y_TE = UnitId.of("bt.ubnd.so-y-te");

    /** Huyện Châu Thành. */
    public static final UnitId HUYEN = UnitId.of("ct");
    /** Xã Giao Long (seed 001: to merge with Giao Hòa in 2019); here the territory of its Trạm Y tế. */
    public static final UnitId XA_GIAO_LONG = UnitId.of("ct.xa.giao-long");
    /** Huyện ủy Châu Thành. */
    public static final UnitId HUYEN_UY = UnitId.of("ct.hu");
    /** HĐND huyện Châu Thành. */
    public static final UnitId HDND = UnitId.of("ct.hdnd");
    /** UBND huyện Châu Thành. */
    public static final UnitId UBND = UnitId.of("ct.ubnd");
    /** Phòng Kinh tế và Hạ tầng huyện Châu Thành. */
    public static final UnitId PHONG_KINH_TE_HA_TANG = UnitId.of("ct.ubnd.kt-ht");
    /** Ban Quản lý dự án đầu tư xây dựng huyện Châu Thành. */
    public static final UnitId BAN_QLDA = UnitId.of("ct.ubnd.bqlda");
    /** Ban Quản lý công trình giao thông và đô thị huyện Châu Thành (to be dissolved: giải thể). */
    public static final UnitId BAN_QL_CONG_TRINH_GIAO_THONG = UnitId.of("ct.ubnd.bql-ctgt-dt");
    /** Ban Quản lý khai thác và cung cấp nước sinh hoạt huyện Châu Thành (converted into a joint-stock company). */
    public static final UnitId BAN_QL_NUOC_SINH_HOAT = UnitId.of("ct.ubnd.bql-nuoc");
    /** Trung tâm Y tế huyện Châu Thành (continues: absorbs the population centre). */
    public static final UnitId TRUNG_TAM_Y_TE = UnitId.of("ct.ttyt");
    /** Trung tâm Dân số – Kế hoạch hóa gia đình huyện Châu Thành (absorbed into the health centre). */
    public static final UnitId TRUNG_TAM_DAN_SO = UnitId.of("ct.ttds");
    /** Trạm Y tế xã Giao Long, a unit of the health centre. */
    public static final UnitId TRAM_Y_TE_GIAO_LONG = UnitId.of("ct.xa.giao-long.tyt");

    /** Giám đốc Trung tâm Y tế huyện. */
    public static final PostId GIAM_DOC_TTYT = PostId.of("ct.ttyt.gd");
    /** Giám đốc Trung tâm Dân số – KHHGĐ huyện. */
    public static final PostId GIAM_DOC_TTDS = PostId.of("ct.ttds.gd");
    /** Phó Giám đốc Trung tâm Dân số – KHHGĐ huyện. */
    public static final PostId PHO_GIAM_DOC_TTDS = PostId.of("ct.ttds.pgd1");
    /** Trưởng Ban Quản lý công trình giao thông và đô thị. */
    public static final PostId TRUONG_BAN_CTGT = PostId.of("ct.ubnd.bql-ctgt-dt.tb");
    /** Phó Trưởng Ban Quản lý công trình giao thông và đô thị. */
    public static final PostId PHO_TRUONG_BAN_CTGT = PostId.of("ct.ubnd.bql-ctgt-dt.ptb1");
    /** Kế toán of the Ban Quản lý công trình giao thông và đô thị (a staff post). */
    public static final PostId KE_TOAN_CTGT = PostId.of("ct.ubnd.bql-ctgt-dt.kt");
    /** Trưởng Ban Quản lý khai thác và cung cấp nước sinh hoạt. */
    public static final PostId TRUONG_BAN_NUOC = PostId.of("ct.ubnd.bql-nuoc.tb");
    /** Phó Trưởng Ban Quản lý khai thác và cung cấp nước sinh hoạt. */
    public static final PostId PHO_TRUONG_BAN_NUOC = PostId.of("ct.ubnd.bql-nuoc.ptb1");

    /** Fictitious: the Giám đốc Trung tâm Y tế. */
    public static final PersonId NGUYEN_VAN_AN = PersonId.of("p.ct.1");
    /** Fictitious: the Giám đốc Trung tâm Dân số – KHHGĐ. */
    public static final PersonId TRAN_THI_BINH = PersonId.of("p.ct.4");

    private static final OrgStructure STRUCTURE = build();

    private ChauThanhFixture() {}

    /** The fixture on {@link #DATE}; built once. */
    public static OrgStructure structure() {
        return STRUCTURE;
    }

    private static OrgStructure build() {
        FixtureBuilder f = new FixtureBuilder(DATE);
        // ILLUSTRATIVE tenure start dates.
        LocalDate term = LocalDate.of(2016, 7, 1);

        f.territory(TINH, "Tỉnh Bến Tre", VnKinds.TINH, PROVINCE, null);
        f.org(TINH_UY, "Tỉnh ủy Bến Tre", VnKinds.TINH_UY, PROVINCE, null, TINH);
        f.org(UBND_TINH, "UBND tỉnh Bến Tre", VnKinds.UBND, PROVINCE, null, TINH);
        f.org(SO_Y_TE, "Sở Y tế tỉnh Bến Tre", VnKinds.SO, PROVINCE, UBND_TINH, TINH);

        f.territory(HUYEN, "Huyện Châu Thành", VnKinds.HUYEN, DISTRICT, TINH);
        f.territory(XA_GIAO_LONG, "Xã Giao Long", VnKinds.XA, COMMUNE, HUYEN);
        f.org(HUYEN_UY, "Huyện ủy Châu Thành", VnKinds.HUYEN_UY, DISTRICT, TINH_UY, HUYEN);
        f.org(HDND, "HĐND huyện Châu Thành", VnKinds.HDND, DISTRICT, null, HUYEN);
        f.org(UBND, "UBND huyện Châu Thành", VnKinds.UBND, DISTRICT, UBND_TINH, HUYEN);
        f.relate(LEADS, HUYEN_UY, HDND);
        f.relate(LEADS, HUYEN_UY, UBND);

        // The health centres (ILLUSTRATIVE quotas and staff).
        f.org(TRUNG_TAM_Y_TE, "Trung tâm Y tế huyện Châu Thành", VnKinds.TRUNG_TAM_Y_TE, DISTRICT, SO_Y_TE, HUYEN, 150, 142);
        f.filled(TRUNG_TAM_Y_TE, "gd", HEAD, "Giám đốc Trung tâm Y tế huyện", "ct", "Nguyễn Văn An", term); // p.ct.1
        f.filled(TRUNG_TAM_Y_TE, "pgd1", DEPUTY, "Phó Giám đốc Trung tâm Y tế huyện", "ct", "Lê Văn Cường", term);
        f.org(TRAM_Y_TE_GIAO_LONG, "Trạm Y tế xã Giao Long", VnKinds.TRAM_Y_TE, COMMUNE, TRUNG_TAM_Y_TE, XA_GIAO_LONG, 5, 5);
        f.filled(TRAM_Y_TE_GIAO_LONG, "tt", HEAD, "Trạm trưởng Trạm Y tế xã", "ct", "Võ Thị Cúc", term);
        f.org(TRUNG_TAM_DAN_SO, "Trung tâm Dân số – Kế hoạch hóa gia đình huyện Châu Thành", VnKinds.TRUNG_TAM_DAN_SO,
                DISTRICT, SO_Y_TE, HUYEN, 6, 5);
        f.filled(TRUNG_TAM_DAN_SO, "gd", HEAD, "Giám đốc Trung tâm Dân số – Kế hoạch hóa gia đình huyện", "ct",
                "Trần Thị Bình", term); // p.ct.4
        f.filled(TRUNG_TAM_DAN_SO, "pgd1", DEPUTY, "Phó Giám đốc Trung tâm Dân số – Kế hoạch hóa gia đình huyện", "ct",
                "Huỳnh Văn Dũng", term);

        // Units of the UBND huyện (ILLUSTRATIVE quotas and staff).
        f.org(PHONG_KINH_TE_HA_TANG, "Phòng Kinh tế và Hạ tầng huyện Châu Thành", VnKinds.PHONG, DISTRICT, UBND, HUYEN, 8, 8);
        f.filled(PHONG_KINH_TE_HA_TANG, "tp", HEAD, "Trưởng phòng Kinh tế và Hạ tầng", "ct", "Phạm Văn Đông", term);
        f.org(BAN_QLDA, "Ban Quản lý dự án đầu tư xây dựng huyện Châu Thành", VnKinds.BAN_QUAN_LY, DISTRICT, UBND, HUYEN,
                10, 9);
        f.filled(BAN_QLDA, "gd", HEAD, "Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện", "ct", "Đặng Văn Hải", term);
        f.filled(BAN_QLDA, "pgd1", DEPUTY, "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện", "ct", "Bùi Thị Hoa",
                term);
        f.org(BAN_QL_CONG_TRINH_GIAO_THONG, "Ban Quản lý công trình giao thông và đô thị huyện Châu Thành",
                VnKinds.BAN_QUAN_LY, DISTRICT, UBND, HUYEN, 7, 6);
        f.filled(BAN_QL_CONG_TRINH_GIAO_THONG, "tb", HEAD, "Trưởng Ban Quản lý công trình giao thông và đô thị", "ct",
                "Võ Văn Hùng", term);
        f.filled(BAN_QL_CONG_TRINH_GIAO_THONG, "ptb1", DEPUTY, "Phó Trưởng Ban Quản lý công trình giao thông và đô thị",
                "ct", "Nguyễn Thị Lan", term);
        PersonId keToan = f.person("ct", "Lê Thị Mai");
        f.main(keToan, f.post(BAN_QL_CONG_TRINH_GIAO_THONG, "kt", STAFF, "Kế toán"), LocalDate.of(2017, 3, 1));
        f.org(BAN_QL_NUOC_SINH_HOAT, "Ban Quản lý khai thác và cung cấp nước sinh hoạt huyện Châu Thành",
                VnKinds.BAN_QUAN_LY, DISTRICT, UBND, HUYEN, 12, 12);
        f.filled(BAN_QL_NUOC_SINH_HOAT, "tb", HEAD, "Trưởng Ban Quản lý khai thác và cung cấp nước sinh hoạt", "ct",
                "Trần Văn Nam", term);
        f.filled(BAN_QL_NUOC_SINH_HOAT, "ptb1", DEPUTY, "Phó Trưởng Ban Quản lý khai thác và cung cấp nước sinh hoạt",
                "ct", "Huỳnh Thị Oanh", term);
        return f.build();
    }
}
