package org.bomay.core.profile.vn;

import static org.bomay.core.model.Level.CENTRAL;
import static org.bomay.core.model.Level.COMMUNE;
import static org.bomay.core.model.Level.DISTRICT;
import static org.bomay.core.model.Level.PROVINCE;
import static org.bomay.core.model.Level.VILLAGE;
import static org.bomay.core.model.Pillar.FRONT;
import static org.bomay.core.model.Pillar.PARTY;
import static org.bomay.core.model.Pillar.STATE;

import java.util.ArrayList;
import java.util.List;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.UnitKind;

/**
 * The unit kinds of Vietnam's political system, and the glossary that pairs their Vietnamese and
 * English names. Codes are stable ({@code VN.} + the unaccented Vietnamese name); the catalog is
 * open: extend it with {@link KindCatalog#with(UnitKind...)}.
 *
 * <table>
 *   <caption>Pillars and the kinds of each</caption>
 *   <tr><th>pillar</th><th>kinds</th></tr>
 *   <tr><td>PARTY (Đảng)</td><td>Tỉnh ủy, Huyện ủy, Đảng ủy xã, Đảng ủy khối, tổ chức cơ sở đảng, chi bộ; Ban
 *       Thường vụ; Ban cán sự đảng, Đảng đoàn; Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận, Ban Tuyên giáo và Dân vận,
 *       Ban Xây dựng Đảng, Ủy ban Kiểm tra, Văn phòng cấp ủy, Trung tâm Bồi dưỡng chính trị, Ban Bảo vệ, chăm sóc sức
 *       khỏe cán bộ; the pilot merged agencies of Resolution 18 (Tổ chức – Nội vụ, Ủy ban
 *       Kiểm tra – Thanh tra, Văn phòng Cấp ủy – Chính quyền)</td></tr>
 *   <tr><td>STATE (Nhà nước)</td><td>administrative units (tỉnh, thành phố trực thuộc TW; huyện, quận, thị xã,
 *       thành phố thuộc tỉnh; xã, phường, thị trấn, đặc khu; thôn, tổ dân phố); HĐND and its boards; UBND; Sở;
 *       Phòng chuyên môn; Văn phòng HĐND và UBND; Ban Chỉ đạo; public service units (trung tâm, trạm, trung tâm y
 *       tế, bệnh viện, trạm y tế, Trung tâm Dân số – KHHGĐ, Đài Truyền thanh, Trung tâm GDNN – GDTX, trường học,
 *       ban quản lý, văn phòng đăng ký đất đai, hạt quản lý đê điều, Trung tâm Phục vụ hành chính công)</td></tr>
 *   <tr><td>FRONT (Mặt trận)</td><td>Ủy ban MTTQ, Ban công tác Mặt trận, Hội Nông dân, Hội Liên hiệp Phụ nữ,
 *       Đoàn Thanh niên, Hội Cựu chiến binh, Liên đoàn Lao động (Công đoàn), hội quần chúng, the shared office of
 *       the Front and the organizations</td></tr>
 * </table>
 *
 * <pre>{@code
 * UnitKind k = VnKinds.CATALOG.get("VN.HUYEN_UY");
 * k.english();                     // "district party committee"
 * VnKinds.XA.isTerritorial();      // true
 * }</pre>
 */
public final class VnKinds {
    private static final List<UnitKind> ALL = new ArrayList<>();

    private VnKinds() {}

    private static UnitKind org(String code, String vi, String en, Pillar pillar, Level... levels) {
        UnitKind k = UnitKind.of("VN." + code, vi, en, pillar, levels);
        ALL.add(k);
        return k;
    }

    private static UnitKind admin(String code, String vi, String en, Level level) {
        UnitKind k = UnitKind.territorial("VN." + code, vi, en, level);
        ALL.add(k);
        return k;
    }

    // ---------------------------------------------------------------- administrative units (STATE, territorial)

    /** Tỉnh — province. */
    public static final UnitKind TINH = admin("TINH", "Tỉnh", "province", PROVINCE);
    /** Thành phố trực thuộc trung ương — centrally governed city. */
    public static final UnitKind THANH_PHO_TRUC_THUOC_TW =
            admin("THANH_PHO_TRUC_THUOC_TW", "Thành phố trực thuộc trung ương", "centrally governed city", PROVINCE);
    /** Huyện — rural district (local government level abolished on 1/7/2025). */
    public static final UnitKind HUYEN = admin("HUYEN", "Huyện", "rural district", DISTRICT);
    /** Quận — urban district. */
    public static final UnitKind QUAN = admin("QUAN", "Quận", "urban district", DISTRICT);
    /** Thị xã — district-level town. */
    public static final UnitKind THI_XA = admin("THI_XA", "Thị xã", "district-level town", DISTRICT);
    /** Thành phố thuộc tỉnh — provincial city. */
    public static final UnitKind THANH_PHO_THUOC_TINH =
            admin("THANH_PHO_THUOC_TINH", "Thành phố thuộc tỉnh", "provincial city", DISTRICT);
    /** Xã — rural commune. */
    public static final UnitKind XA = admin("XA", "Xã", "rural commune", COMMUNE);
    /** Phường — urban ward. */
    public static final UnitKind PHUONG = admin("PHUONG", "Phường", "ward", COMMUNE);
    /** Thị trấn — township (until 2025). */
    public static final UnitKind THI_TRAN = admin("THI_TRAN", "Thị trấn", "township", COMMUNE);
    /** Đặc khu — special zone (commune level since 2025). */
    public static final UnitKind DAC_KHU = admin("DAC_KHU", "Đặc khu", "special zone", COMMUNE);
    /** Thôn, xóm, ấp, bản — rural village (TT 14/2018). */
    public static final UnitKind THON = admin("THON", "Thôn, xóm, ấp, bản", "village", VILLAGE);
    /** Tổ dân phố, khu phố — urban residential group (TT 14/2018). */
    public static final UnitKind TO_DAN_PHO = admin("TO_DAN_PHO", "Tổ dân phố, khu phố", "residential group", VILLAGE);

    // ---------------------------------------------------------------- PARTY

    /** Tỉnh ủy, Thành ủy — provincial party committee. */
    public static final UnitKind TINH_UY = org("TINH_UY", "Tỉnh ủy", "provincial party committee", PARTY, PROVINCE);
    /** Huyện ủy, Quận ủy, Thị ủy, Thành ủy — district party committee. */
    public static final UnitKind HUYEN_UY = org("HUYEN_UY", "Huyện ủy", "district party committee", PARTY, DISTRICT);
    /** Đảng ủy xã, phường, thị trấn — commune party committee (since 2025 directly under the Tỉnh ủy). */
    public static final UnitKind DANG_UY_XA = org("DANG_UY_XA", "Đảng ủy xã", "commune party committee", PARTY, COMMUNE);
    /** Đảng ủy khối — bloc party committee (agencies, enterprises). */
    public static final UnitKind DANG_UY_KHOI =
            org("DANG_UY_KHOI", "Đảng ủy khối", "bloc party committee", PARTY, CENTRAL, PROVINCE, DISTRICT);
    /** Tổ chức cơ sở đảng (TCCSĐ): đảng bộ cơ sở, chi bộ cơ sở — of a commune, or of an agency or enterprise at the level of the committee it is under. */
    public static final UnitKind TO_CHUC_CO_SO_DANG = org("TO_CHUC_CO_SO_DANG", "Tổ chức cơ sở đảng",
            "grassroots party organization", PARTY, PROVINCE, DISTRICT, COMMUNE);
    /** Chi bộ — party cell (in a village, an agency or a school). */
    public static final UnitKind CHI_BO = org("CHI_BO", "Chi bộ", "party cell", PARTY, PROVINCE, DISTRICT, COMMUNE, VILLAGE);
    /** Ban Thường vụ — standing board of a party committee. */
    public static final UnitKind BAN_THUONG_VU =
            org("BAN_THUONG_VU", "Ban Thường vụ", "standing board", PARTY, PROVINCE, DISTRICT, COMMUNE);
    /** Ban cán sự đảng — party delegation leading a state body (e.g. Ban cán sự đảng UBND tỉnh, seed 004); abolished in 2025. */
    public static final UnitKind BAN_CAN_SU_DANG =
            org("BAN_CAN_SU_DANG", "Ban cán sự đảng", "party delegation (state body)", PARTY, CENTRAL, PROVINCE);
    /** Đảng đoàn — party group leading a front or mass organization (e.g. Đảng đoàn MTTQ tỉnh); abolished in 2025. */
    public static final UnitKind DANG_DOAN =
            org("DANG_DOAN", "Đảng đoàn", "party group (front or mass organization)", PARTY, CENTRAL, PROVINCE);
    /** Ban Xây dựng Đảng — the party-building board of a commune party committee (since 2025). */
    public static final UnitKind BAN_XAY_DUNG_DANG =
            org("BAN_XAY_DUNG_DANG", "Ban Xây dựng Đảng", "party-building board", PARTY, COMMUNE);
    /** Ban Tổ chức — organization board. */
    public static final UnitKind BAN_TO_CHUC =
            org("BAN_TO_CHUC", "Ban Tổ chức", "organization board", PARTY, CENTRAL, PROVINCE, DISTRICT);
    /** Ban Tuyên giáo — propaganda and education board (merged with Dân vận in 2025). */
    public static final UnitKind BAN_TUYEN_GIAO =
            org("BAN_TUYEN_GIAO", "Ban Tuyên giáo", "propaganda and education board", PARTY, CENTRAL, PROVINCE, DISTRICT);
    /** Ban Dân vận — mass mobilization board. */
    public static final UnitKind BAN_DAN_VAN =
            org("BAN_DAN_VAN", "Ban Dân vận", "mass mobilization board", PARTY, CENTRAL, PROVINCE, DISTRICT);
    /** Ban Tuyên giáo và Dân vận — merged propaganda and mass mobilization board (Kỳ Anh pilot; nationwide 2025). */
    public static final UnitKind BAN_TUYEN_GIAO_DAN_VAN = org("BAN_TUYEN_GIAO_DAN_VAN", "Ban Tuyên giáo và Dân vận",
            "propaganda and mass mobilization board", PARTY, CENTRAL, PROVINCE, DISTRICT);
    /** Ủy ban Kiểm tra (UBKT) — inspection commission of a party committee. */
    public static final UnitKind UY_BAN_KIEM_TRA =
            org("UY_BAN_KIEM_TRA", "Ủy ban Kiểm tra", "party inspection commission", PARTY, CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Văn phòng cấp ủy (Văn phòng Tỉnh ủy, Văn phòng Huyện ủy; Văn phòng Đảng ủy xã since 2025) — party committee office. */
    public static final UnitKind VAN_PHONG_CAP_UY = org("VAN_PHONG_CAP_UY", "Văn phòng cấp ủy", "party committee office",
            PARTY, CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Trung tâm Bồi dưỡng chính trị (TTBDCT) — district political training centre. */
    public static final UnitKind TTBDCT =
            org("TTBDCT", "Trung tâm Bồi dưỡng chính trị", "political training centre", PARTY, DISTRICT);
    /** Cơ quan Tổ chức – Nội vụ — pilot merger of the organization board and the home-affairs office (paused by Thông báo kết luận 16-TB/TW, 7/7/2022, see seed 004). */
    public static final UnitKind TO_CHUC_NOI_VU = org("TO_CHUC_NOI_VU", "Cơ quan Tổ chức – Nội vụ",
            "merged organization and home-affairs agency", PARTY, PROVINCE, DISTRICT);
    /** Cơ quan Ủy ban Kiểm tra – Thanh tra — pilot merger of the inspection commission and the state inspectorate (paused by Thông báo kết luận 16-TB/TW, 7/7/2022, see seed 004). */
    public static final UnitKind UBKT_THANH_TRA = org("UBKT_THANH_TRA", "Cơ quan Ủy ban Kiểm tra – Thanh tra",
            "merged party inspection and state inspectorate", PARTY, PROVINCE, DISTRICT);
    /** Văn phòng Cấp ủy – Chính quyền — pilot merger of the party office and the HĐND-UBND office (paused by Thông báo kết luận 16-TB/TW, 7/7/2022, see seed 004). */
    public static final UnitKind VAN_PHONG_CAP_UY_CHINH_QUYEN = org("VAN_PHONG_CAP_UY_CHINH_QUYEN",
            "Văn phòng Cấp ủy – Chính quyền", "merged party and government office", PARTY, PROVINCE, DISTRICT);

    // ---------------------------------------------------------------- STATE

    /** Hội đồng nhân dân (HĐND) — People's Council. */
    public static final UnitKind HDND =
            org("HDND", "Hội đồng nhân dân", "People's Council", STATE, PROVINCE, DISTRICT, COMMUNE);
    /** Ban của HĐND (Ban Pháp chế, Ban Kinh tế – Xã hội, ...) — a committee of the People's Council. */
    public static final UnitKind BAN_HDND =
            org("BAN_HDND", "Ban của Hội đồng nhân dân", "People's Council committee", STATE, PROVINCE, DISTRICT, COMMUNE);
    /** Ủy ban nhân dân (UBND) — People's Committee. */
    public static final UnitKind UBND =
            org("UBND", "Ủy ban nhân dân", "People's Committee", STATE, PROVINCE, DISTRICT, COMMUNE);
    /** Sở — provincial department (a specialized agency of the provincial UBND). */
    public static final UnitKind SO = org("SO", "Sở", "provincial department", STATE, PROVINCE);
    /**
     * Phòng chuyên môn — specialized office of a district UBND (Phòng Nội vụ, Tài chính – Kế hoạch, Thanh tra huyện,
     * ...) or, since 2025, of a commune UBND (Phòng Kinh tế, Phòng Văn hóa – Xã hội).
     */
    public static final UnitKind PHONG = org("PHONG", "Phòng chuyên môn", "specialized office", STATE, DISTRICT, COMMUNE);
    /** Văn phòng HĐND và UBND — the office that serves both the council and the committee (at commune level since 2025). */
    public static final UnitKind VAN_PHONG_HDND_UBND = org("VAN_PHONG_HDND_UBND", "Văn phòng HĐND và UBND",
            "office of the People's Council and Committee", STATE, PROVINCE, DISTRICT, COMMUNE);
    /** Trung tâm Phục vụ hành chính công — public administrative service centre (of a commune since 2025). */
    public static final UnitKind TRUNG_TAM_PHUC_VU_HANH_CHINH_CONG = org("TRUNG_TAM_PHUC_VU_HANH_CHINH_CONG",
            "Trung tâm Phục vụ hành chính công", "public administrative service centre", STATE, PROVINCE, COMMUNE);
    /** Ban Chỉ đạo — steering committee (interdisciplinary, often temporary). */
    public static final UnitKind BAN_CHI_DAO =
            org("BAN_CHI_DAO", "Ban Chỉ đạo", "steering committee", STATE, CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Trung tâm (đơn vị sự nghiệp công lập) — public service centre: culture and sports, agricultural services, land fund, industrial clusters. */
    public static final UnitKind TRUNG_TAM_SU_NGHIEP = org("TRUNG_TAM_SU_NGHIEP", "Trung tâm (đơn vị sự nghiệp công lập)",
            "public service centre", STATE, PROVINCE, DISTRICT);
    /** Trạm (trồng trọt và bảo vệ thực vật, chăn nuôi và thú y, khuyến nông) — technical station. */
    public static final UnitKind TRAM = org("TRAM", "Trạm", "technical station", STATE, DISTRICT);
    /** Trung tâm Y tế — district health centre. */
    public static final UnitKind TRUNG_TAM_Y_TE = org("TRUNG_TAM_Y_TE", "Trung tâm Y tế", "health centre", STATE, DISTRICT);
    /** Bệnh viện — hospital. */
    public static final UnitKind BENH_VIEN = org("BENH_VIEN", "Bệnh viện", "hospital", STATE, PROVINCE, DISTRICT);
    /** Trạm y tế — commune health station. */
    public static final UnitKind TRAM_Y_TE = org("TRAM_Y_TE", "Trạm y tế", "commune health station", STATE, COMMUNE);
    /** Trung tâm Dân số – Kế hoạch hóa gia đình — population and family-planning centre. */
    public static final UnitKind TRUNG_TAM_DAN_SO = org("TRUNG_TAM_DAN_SO", "Trung tâm Dân số – Kế hoạch hóa gia đình",
            "population and family-planning centre", STATE, PROVINCE, DISTRICT);
    /** Đài Truyền thanh — radio station. */
    public static final UnitKind DAI_TRUYEN_THANH =
            org("DAI_TRUYEN_THANH", "Đài Truyền thanh", "radio station", STATE, DISTRICT, COMMUNE);
    /** Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên — vocational and continuing education centre. */
    public static final UnitKind TRUNG_TAM_GDNN_GDTX = org("TRUNG_TAM_GDNN_GDTX",
            "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên", "vocational and continuing education centre",
            STATE, PROVINCE, DISTRICT);
    /** Trường (mầm non, tiểu học, trung học cơ sở, liên xã) — public school. */
    public static final UnitKind TRUONG_HOC = org("TRUONG_HOC", "Trường học", "public school", STATE, PROVINCE, DISTRICT, COMMUNE);
    /** Ban Quản lý (dự án đầu tư xây dựng, công trình giao thông và đô thị, khai thác và cung cấp nước sinh hoạt) — management board. */
    public static final UnitKind BAN_QUAN_LY = org("BAN_QUAN_LY", "Ban Quản lý", "management board", STATE, PROVINCE, DISTRICT);
    /** Văn phòng đăng ký đất đai (and its district branch) — land registration office. */
    public static final UnitKind VAN_PHONG_DANG_KY_DAT_DAI = org("VAN_PHONG_DANG_KY_DAT_DAI", "Văn phòng đăng ký đất đai",
            "land registration office", STATE, PROVINCE, DISTRICT);
    /** Hạt quản lý đê điều — dyke management unit. */
    public static final UnitKind HAT_QUAN_LY_DE = org("HAT_QUAN_LY_DE", "Hạt quản lý đê điều", "dyke management unit", STATE,
            PROVINCE, DISTRICT);
    /**
     * Ban Bảo vệ, chăm sóc sức khỏe cán bộ — cadres' health-care protection board, which assists the standing board of
     * the provincial party committee (seed 002 names it among the first units to rearrange).
     */
    public static final UnitKind BAN_BAO_VE_SUC_KHOE = org("BAN_BAO_VE_SUC_KHOE", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ",
            "cadres' health-care protection board", PARTY, PROVINCE, DISTRICT);

    // ---------------------------------------------------------------- FRONT

    /** Ủy ban Mặt trận Tổ quốc (UBMTTQ) — Fatherland Front committee. */
    public static final UnitKind UBMTTQ = org("UBMTTQ", "Ủy ban Mặt trận Tổ quốc", "Fatherland Front committee", FRONT,
            CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Ban công tác Mặt trận — village front work board. */
    public static final UnitKind BAN_CONG_TAC_MAT_TRAN =
            org("BAN_CONG_TAC_MAT_TRAN", "Ban công tác Mặt trận", "front work board", FRONT, VILLAGE);
    /** Hội Nông dân — Farmers' Union. */
    public static final UnitKind HOI_NONG_DAN =
            org("HOI_NONG_DAN", "Hội Nông dân", "Farmers' Union", FRONT, CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Hội Liên hiệp Phụ nữ — Women's Union. */
    public static final UnitKind HOI_LHPN =
            org("HOI_LHPN", "Hội Liên hiệp Phụ nữ", "Women's Union", FRONT, CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Đoàn Thanh niên Cộng sản Hồ Chí Minh — Youth Union. */
    public static final UnitKind DOAN_THANH_NIEN = org("DOAN_THANH_NIEN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Youth Union", FRONT, CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Hội Cựu chiến binh — Veterans' Association. */
    public static final UnitKind HOI_CUU_CHIEN_BINH = org("HOI_CUU_CHIEN_BINH", "Hội Cựu chiến binh",
            "Veterans' Association", FRONT, CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Công đoàn, Liên đoàn Lao động — trade union (federation of labour). */
    public static final UnitKind CONG_DOAN =
            org("CONG_DOAN", "Liên đoàn Lao động", "trade union federation", FRONT, CENTRAL, PROVINCE, DISTRICT);
    /** Hội quần chúng (Hội Chữ thập đỏ, Hội Người cao tuổi, ...) — mass association assigned tasks by the Party and State. */
    public static final UnitKind HOI_QUAN_CHUNG = org("HOI_QUAN_CHUNG", "Hội quần chúng", "mass association", FRONT,
            CENTRAL, PROVINCE, DISTRICT, COMMUNE);
    /** Văn phòng phục vụ chung MTTQ và các đoàn thể — shared office of the Front and the socio-political organizations (Châu Thành). */
    public static final UnitKind VAN_PHONG_MTTQ_DOAN_THE = org("VAN_PHONG_MTTQ_DOAN_THE",
            "Văn phòng phục vụ chung Mặt trận Tổ quốc và các đoàn thể",
            "shared office of the Front and the organizations", FRONT, PROVINCE, DISTRICT);

    /** Every kind above, in declaration order. */
    public static final KindCatalog CATALOG = KindCatalog.of("vn", ALL);
}
