package org.bomay.examples.programme2030;

import static org.bomay.core.model.Level.COMMUNE;
import static org.bomay.core.model.Level.DISTRICT;
import static org.bomay.core.model.Level.PROVINCE;
import static org.bomay.core.model.PostRole.DEPUTY;
import static org.bomay.core.model.PostRole.HEAD;
import static org.bomay.core.model.RelationType.GUIDES;
import static org.bomay.core.model.RelationType.LEADS;
import static org.bomay.core.model.RelationType.MEMBER_OF;
import static org.bomay.core.model.RelationType.SERVES;
import static org.bomay.examples.programme2030.SeedDistrict.HDND;
import static org.bomay.examples.programme2030.SeedDistrict.HUYEN;
import static org.bomay.examples.programme2030.SeedDistrict.HUYEN_UY;
import static org.bomay.examples.programme2030.SeedDistrict.SO_GIAO_DUC;
import static org.bomay.examples.programme2030.SeedDistrict.SO_NONG_NGHIEP;
import static org.bomay.examples.programme2030.SeedDistrict.SO_Y_TE;
import static org.bomay.examples.programme2030.SeedDistrict.TINH;
import static org.bomay.examples.programme2030.SeedDistrict.TINH_UY;
import static org.bomay.examples.programme2030.SeedDistrict.UBMTTQ;
import static org.bomay.examples.programme2030.SeedDistrict.UBMTTQ_TINH;
import static org.bomay.examples.programme2030.SeedDistrict.UBND;
import static org.bomay.examples.programme2030.SeedDistrict.UBND_TINH;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.model.Level;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnAttributes;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;

/**
 * Builds {@link SeedDistrict#structure()}, one part of the apparatus per method. The data and the
 * choices are documented on {@link SeedDistrict}; every number here is ILLUSTRATIVE.
 */
final class SeedDistrictBuilder {
    /** The seed of the fictitious people: change it and every name changes. */
    private static final long PEOPLE_SEED = 3_2018L;

    // Start dates of tenures (illustrative): party congresses of 2015, the 2016-2021 council term,
    // the front congresses of 2014, the mass organizations' congresses of 2017.
    private static final LocalDate PROVINCE_PARTY_TERM = LocalDate.of(2015, 10, 1);
    private static final LocalDate DISTRICT_PARTY_TERM = LocalDate.of(2015, 7, 1);
    private static final LocalDate COMMUNE_PARTY_TERM = LocalDate.of(2015, 5, 1);
    private static final LocalDate COUNCIL_TERM = LocalDate.of(2016, 7, 1);
    private static final LocalDate DISTRICT_FRONT_TERM = LocalDate.of(2014, 9, 1);
    private static final LocalDate COMMUNE_FRONT_TERM = LocalDate.of(2014, 6, 1);
    private static final LocalDate MASS_ORGANIZATION_TERM = LocalDate.of(2017, 6, 1);
    private static final LocalDate SCHOOL_YEAR = LocalDate.of(2016, 8, 1);

    private final Assembler a = new Assembler(SeedDistrict.DATE, PEOPLE_SEED);

    private SeedDistrictBuilder() {}

    static OrgStructure build() {
        SeedDistrictBuilder b = new SeedDistrictBuilder();
        b.province();
        b.district();
        b.party();
        b.state();
        b.publicServiceUnits();
        b.front();
        for (CommuneRow c : CommuneRow.ALL) {
            b.commune(c);
        }
        b.schools();
        return b.a.build();
    }

    private static UnitId id(UnitId base, String suffix) {
        return UnitId.of(base.value() + "." + suffix);
    }

    // ------------------------------------------------------------------ province

    private void province() {
        a.add(Unit.builder(TINH, "Tỉnh", VnKinds.TINH, PROVINCE).unitClass(UnitClass.II).build(), null);
        a.org(TINH_UY, "Tỉnh ủy", VnKinds.TINH_UY, PROVINCE, null, TINH);
        a.filled(TINH_UY, "bt", HEAD, "Bí thư Tỉnh ủy", PROVINCE_PARTY_TERM);
        a.org(UBND_TINH, "UBND tỉnh", VnKinds.UBND, PROVINCE, null, TINH);
        a.filled(UBND_TINH, "ct", HEAD, "Chủ tịch UBND tỉnh", COUNCIL_TERM);
        a.org(UBMTTQ_TINH, "Ủy ban MTTQ Việt Nam tỉnh", VnKinds.UBMTTQ, PROVINCE, null, TINH);
        a.filled(UBMTTQ_TINH, "ct", HEAD, "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", LocalDate.of(2014, 8, 1));
        a.relate(LEADS, TINH_UY, UBND_TINH);
        a.relate(LEADS, TINH_UY, UBMTTQ_TINH);
        department(SO_Y_TE, "Y tế", LocalDate.of(2015, 1, 1));
        department(SO_NONG_NGHIEP, "Nông nghiệp và Phát triển nông thôn", LocalDate.of(2016, 3, 1));
        department(SO_GIAO_DUC, "Giáo dục và Đào tạo", LocalDate.of(2016, 9, 1));
    }

    /** A Sở with its director and three deputy directors (on average 3 per sở, NĐ 107/2020 and NĐ 150/2025). */
    private void department(UnitId id, String field, LocalDate since) {
        a.org(id, "Sở " + field, VnKinds.SO, PROVINCE, UBND_TINH, TINH);
        a.leadership(id, "gd", "Giám đốc Sở " + field, "pgd", "Phó Giám đốc Sở " + field, 3, since);
    }

    // ------------------------------------------------------------------ district

    private void district() {
        a.add(Unit.builder(HUYEN, "Huyện", VnKinds.HUYEN, DISTRICT)
                .areaKm2(Math.round(CommuneRow.ALL.stream().mapToDouble(CommuneRow::areaKm2).sum() * 10) / 10.0)
                .population(CommuneRow.ALL.stream().mapToInt(CommuneRow::population).sum())
                .households(CommuneRow.ALL.stream().mapToInt(CommuneRow::households).sum())
                .unitClass(UnitClass.II).build(), TINH);
    }

    private void party() {
        a.org(HUYEN_UY, "Huyện ủy", VnKinds.HUYEN_UY, DISTRICT, TINH_UY, HUYEN);
        a.filled(HUYEN_UY, "bt", HEAD, "Bí thư Huyện ủy", DISTRICT_PARTY_TERM);
        a.filled(HUYEN_UY, "pbt-tt", DEPUTY, "Phó Bí thư Thường trực Huyện ủy", DISTRICT_PARTY_TERM);
        a.filled(HUYEN_UY, "pbt", DEPUTY, "Phó Bí thư Huyện ủy", DISTRICT_PARTY_TERM);
        partyAgency(SeedDistrict.BAN_TO_CHUC, "Ban Tổ chức Huyện ủy", VnKinds.BAN_TO_CHUC, 7, 7, "tb", "Trưởng Ban Tổ chức",
                "ptb", "Phó Trưởng Ban Tổ chức", 2);
        partyAgency(SeedDistrict.BAN_TUYEN_GIAO, "Ban Tuyên giáo Huyện ủy", VnKinds.BAN_TUYEN_GIAO, 5, 5, "tb",
                "Trưởng Ban Tuyên giáo", "ptb", "Phó Trưởng Ban Tuyên giáo", 1);
        partyAgency(SeedDistrict.BAN_DAN_VAN, "Ban Dân vận Huyện ủy", VnKinds.BAN_DAN_VAN, 4, 4, "tb", "Trưởng Ban Dân vận",
                "ptb", "Phó Trưởng Ban Dân vận", 1);
        partyAgency(SeedDistrict.UY_BAN_KIEM_TRA, "Ủy ban Kiểm tra Huyện ủy", VnKinds.UY_BAN_KIEM_TRA, 6, 6, "cn",
                "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "pcn", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", 2);
        partyAgency(SeedDistrict.VAN_PHONG_HUYEN_UY, "Văn phòng Huyện ủy", VnKinds.VAN_PHONG_CAP_UY, 9, 9, "cvp",
                "Chánh Văn phòng Huyện ủy", "pcvp", "Phó Chánh Văn phòng Huyện ủy", 2);
        a.relate(SERVES, SeedDistrict.VAN_PHONG_HUYEN_UY, HUYEN_UY);
        partyAgency(SeedDistrict.TTBDCT, "Trung tâm Bồi dưỡng chính trị huyện", VnKinds.TTBDCT, 4, 4, "gd",
                "Giám đốc Trung tâm Bồi dưỡng chính trị huyện", "pgd", "Phó Giám đốc Trung tâm Bồi dưỡng chính trị huyện", 1);
    }

    private void partyAgency(UnitId id, String name, UnitKind kind, int quota, int actual, String head, String headTitle,
            String deputy, String deputyTitle, int deputies) {
        a.org(id, name, kind, DISTRICT, HUYEN_UY, HUYEN, quota, actual);
        a.leadership(id, head, headTitle, deputy, deputyTitle, deputies, DISTRICT_PARTY_TERM.plusMonths(1));
    }

    private void state() {
        // Elected councils are roots, not subordinate to one another: the party committee LEADS each.
        a.org(HDND, "HĐND huyện", VnKinds.HDND, DISTRICT, null, HUYEN);
        a.leadership(HDND, "ct", "Chủ tịch HĐND huyện", "pct", "Phó Chủ tịch HĐND huyện", 2, COUNCIL_TERM);
        a.org(UBND, "UBND huyện", VnKinds.UBND, DISTRICT, UBND_TINH, HUYEN);
        a.leadership(UBND, "ct", "Chủ tịch UBND huyện", "pct", "Phó Chủ tịch UBND huyện", 3, COUNCIL_TERM);
        a.relate(LEADS, HUYEN_UY, HDND);
        a.relate(LEADS, HUYEN_UY, UBND);

        a.org(SeedDistrict.VAN_PHONG_HDND_UBND, "Văn phòng HĐND và UBND huyện", VnKinds.VAN_PHONG_HDND_UBND, DISTRICT, UBND,
                HUYEN, 15, 15);
        a.leadership(SeedDistrict.VAN_PHONG_HDND_UBND, "cvp", "Chánh Văn phòng HĐND và UBND huyện", "pcvp",
                "Phó Chánh Văn phòng HĐND và UBND huyện", 3, LocalDate.of(2016, 8, 1));
        a.relate(SERVES, SeedDistrict.VAN_PHONG_HDND_UBND, HDND);
        a.relate(SERVES, SeedDistrict.VAN_PHONG_HDND_UBND, UBND);

        office("noi-vu", "Nội vụ", 6, 2);
        office("tc-kh", "Tài chính – Kế hoạch", 8, 2);
        office("tu-phap", "Tư pháp", 4, 1);
        office("tn-mt", "Tài nguyên và Môi trường", 7, 2);
        office("kt-ht", "Kinh tế và Hạ tầng", 7, 2);
        office("nn-ptnt", "Nông nghiệp và Phát triển nông thôn", 7, 3);
        office("gd-dt", "Giáo dục và Đào tạo", 8, 3);
        office("vh-tt", "Văn hóa và Thông tin", 5, 2);
        office("ld-tbxh", "Lao động – Thương binh và Xã hội", 6, 2);
        office("y-te", "Y tế", 3, 1);
        UnitId thanhTra = UnitId.of("h3.ubnd.thanh-tra");
        a.add(Unit.builder(thanhTra, "Thanh tra huyện", VnKinds.PHONG, DISTRICT).territory(HUYEN).staffQuota(5).actualStaff(5)
                .attribute(VnAttributes.LINH_VUC, VnAttributes.THANH_TRA).build(), UBND);
        a.leadership(thanhTra, "ctt", "Chánh Thanh tra huyện", "pctt", "Phó Chánh Thanh tra huyện", 2, LocalDate.of(2015, 12, 1));
        a.relate(GUIDES, SO_Y_TE, UnitId.of("h3.ubnd.y-te"));
        a.relate(GUIDES, SO_NONG_NGHIEP, SeedDistrict.PHONG_NONG_NGHIEP);
        a.relate(GUIDES, SO_GIAO_DUC, SeedDistrict.PHONG_GIAO_DUC);
    }

    /** A specialized office (phòng) of the UBND huyện with its head and deputies. */
    private void office(String slug, String field, int quota, int deputies) {
        UnitId id = UnitId.of("h3.ubnd." + slug);
        a.org(id, "Phòng " + field, VnKinds.PHONG, DISTRICT, UBND, HUYEN, quota, quota);
        a.leadership(id, "tp", "Trưởng phòng " + field, "ptp", "Phó Trưởng phòng " + field, deputies, LocalDate.of(2015, 9, 1));
    }

    // ------------------------------------------------------------------ public service units

    private void publicServiceUnits() {
        centre(SeedDistrict.TRUNG_TAM_VAN_HOA_THE_THAO, "Trung tâm Văn hóa – Thể thao huyện", VnKinds.TRUNG_TAM_SU_NGHIEP, UBND,
                8, null);
        centre(SeedDistrict.TRUNG_TAM_CUM_CONG_NGHIEP, "Trung tâm Quản lý cụm công nghiệp huyện", VnKinds.TRUNG_TAM_SU_NGHIEP,
                UBND, 4, null);

        station(SeedDistrict.TRAM_BAO_VE_THUC_VAT, "Trạm Bảo vệ thực vật huyện", 4);
        station(SeedDistrict.TRAM_THU_Y, "Trạm Thú y huyện", 4);
        centre(SeedDistrict.TRUNG_TAM_KHUYEN_NONG, "Trung tâm Khuyến nông huyện", VnKinds.TRUNG_TAM_SU_NGHIEP, UBND, 5,
                SeedDistrict.AGRICULTURAL_SERVICES);

        centre(SeedDistrict.GDTX_1, "Trung tâm Giáo dục thường xuyên số 1", VnKinds.TRUNG_TAM_SU_NGHIEP, SO_GIAO_DUC, 10,
                SeedDistrict.VOCATIONAL_EDUCATION);
        centre(SeedDistrict.GDTX_2, "Trung tâm Giáo dục thường xuyên số 2", VnKinds.TRUNG_TAM_SU_NGHIEP, SO_GIAO_DUC, 8,
                SeedDistrict.VOCATIONAL_EDUCATION);
        centre(SeedDistrict.TRUNG_TAM_DAY_NGHE, "Trung tâm Dạy nghề huyện", VnKinds.TRUNG_TAM_SU_NGHIEP, UBND, 6,
                SeedDistrict.VOCATIONAL_EDUCATION);

        a.org(SeedDistrict.BENH_VIEN, "Bệnh viện đa khoa huyện", VnKinds.BENH_VIEN, DISTRICT, SO_Y_TE, HUYEN, 110, 108);
        a.leadership(SeedDistrict.BENH_VIEN, "gd", "Giám đốc Bệnh viện đa khoa huyện", "pgd", "Phó Giám đốc Bệnh viện đa khoa huyện",
                2, LocalDate.of(2014, 4, 1));
        a.org(SeedDistrict.TRUNG_TAM_Y_TE, "Trung tâm Y tế huyện", VnKinds.TRUNG_TAM_Y_TE, DISTRICT, SO_Y_TE, HUYEN, 45, 44);
        a.leadership(SeedDistrict.TRUNG_TAM_Y_TE, "gd", "Giám đốc Trung tâm Y tế huyện", "pgd", "Phó Giám đốc Trung tâm Y tế huyện",
                2, LocalDate.of(2016, 1, 1));
    }

    /** A station of the Sở Nông nghiệp và PTNT in the district, a head and one deputy. */
    private void station(UnitId id, String name, int quota) {
        a.add(Unit.builder(id, name, VnKinds.TRAM, DISTRICT).territory(HUYEN).staffQuota(quota).actualStaff(quota)
                .attribute(VnAttributes.LINH_VUC, SeedDistrict.AGRICULTURAL_SERVICES).build(), SO_NONG_NGHIEP);
        a.leadership(id, "tt", "Trạm trưởng " + name, "ptt", "Phó Trạm trưởng " + name, 1, LocalDate.of(2015, 4, 1));
    }

    /** A centre with its director and one deputy; {@code field} is its {@link VnAttributes#LINH_VUC}, if any. */
    private void centre(UnitId id, String name, UnitKind kind, UnitId parent, int quota, String field) {
        Unit.Builder u = Unit.builder(id, name, kind, DISTRICT).territory(HUYEN).staffQuota(quota).actualStaff(quota);
        if (field != null) {
            u.attribute(VnAttributes.LINH_VUC, field);
        }
        a.add(u.build(), parent);
        a.leadership(id, "gd", "Giám đốc " + name, "pgd", "Phó Giám đốc " + name, 1, LocalDate.of(2015, 6, 1));
    }

    // ------------------------------------------------------------------ front

    private void front() {
        a.org(UBMTTQ, "Ủy ban MTTQ Việt Nam huyện", VnKinds.UBMTTQ, DISTRICT, UBMTTQ_TINH, HUYEN, 6, 6);
        a.leadership(UBMTTQ, "ct", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "pct", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", 2,
                DISTRICT_FRONT_TERM);
        a.relate(LEADS, HUYEN_UY, UBMTTQ);
        massOrganization("hnd", "Hội Nông dân huyện", VnKinds.HOI_NONG_DAN, 4, "ct", "Chủ tịch Hội Nông dân huyện", "pct",
                "Phó Chủ tịch Hội Nông dân huyện");
        massOrganization("lhpn", "Hội Liên hiệp Phụ nữ huyện", VnKinds.HOI_LHPN, 4, "ct", "Chủ tịch Hội Liên hiệp Phụ nữ huyện",
                "pct", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện");
        massOrganization("doan", "Huyện đoàn", VnKinds.DOAN_THANH_NIEN, 4, "bt", "Bí thư Huyện đoàn", "pbt", "Phó Bí thư Huyện đoàn");
        massOrganization("ccb", "Hội Cựu chiến binh huyện", VnKinds.HOI_CUU_CHIEN_BINH, 3, "ct", "Chủ tịch Hội Cựu chiến binh huyện",
                "pct", "Phó Chủ tịch Hội Cựu chiến binh huyện");
        massOrganization("ldld", "Liên đoàn Lao động huyện", VnKinds.CONG_DOAN, 4, "ct", "Chủ tịch Liên đoàn Lao động huyện", "pct",
                "Phó Chủ tịch Liên đoàn Lao động huyện");
    }

    /** A socio-political organization: a root, a member of the UBMTTQ huyện, led by the Huyện ủy; a head and one deputy. */
    private void massOrganization(String slug, String name, UnitKind kind, int quota, String head, String headTitle, String deputy,
            String deputyTitle) {
        UnitId id = id(HUYEN, slug);
        a.org(id, name, kind, DISTRICT, null, HUYEN, quota, quota);
        a.leadership(id, head, headTitle, deputy, deputyTitle, 1, MASS_ORGANIZATION_TERM);
        a.relate(MEMBER_OF, id, UBMTTQ);
        a.relate(LEADS, HUYEN_UY, id);
    }

    // ------------------------------------------------------------------ communes

    private void commune(CommuneRow c) {
        UnitId x = a.add(Unit.builder(UnitId.of(c.id()), c.name(), c.kind(), COMMUNE).areaKm2(c.areaKm2())
                .population(c.population()).households(c.households()).unitClass(c.unitClass()).build(), HUYEN);
        String word = c.kindWord();
        String of = " " + c.inTitle();

        UnitId du = a.org(id(x, "du"), "Đảng ủy" + of, VnKinds.DANG_UY_XA, COMMUNE, HUYEN_UY, x);
        a.leadership(du, "bt", "Bí thư Đảng ủy " + word, "pbt", "Phó Bí thư Đảng ủy " + word, 1, COMMUNE_PARTY_TERM);

        UnitId hdnd = a.org(id(x, "hdnd"), "HĐND" + of, VnKinds.HDND, COMMUNE, null, x);
        a.leadership(hdnd, "ct", "Chủ tịch HĐND " + word, "pct", "Phó Chủ tịch HĐND " + word, 1, COUNCIL_TERM);

        // The commune's cán bộ, công chức, recorded on its UBND; vice-chairs by class (2 in loại I, else 1).
        int quota = c.staffQuota();
        UnitId ubnd = a.org(id(x, "ubnd"), "UBND" + of, VnKinds.UBND, COMMUNE, UBND, x, quota, quota);
        a.leadership(ubnd, "ct", "Chủ tịch UBND " + word, "pct", "Phó Chủ tịch UBND " + word,
                c.unitClass() == UnitClass.I ? 2 : 1, COUNCIL_TERM);

        UnitId mttq = a.org(id(x, "mttq"), "Ủy ban MTTQ Việt Nam" + of, VnKinds.UBMTTQ, COMMUNE, UBMTTQ, x);
        a.filled(mttq, "ct", HEAD, "Chủ tịch Ủy ban MTTQ Việt Nam " + word, COMMUNE_FRONT_TERM);

        for (UnitId led : List.of(hdnd, ubnd, mttq)) {
            a.relate(LEADS, du, led);
        }
    }

    // ------------------------------------------------------------------ schools

    private void schools() {
        school("tt", "th", 720, 36, 2);
        school("tt", "thcs", 560, 34, 2);
        school("xa.04", "th", 230, 16, 1);
        school("xa.04", "thcs", 150, 12, 1);
        school("xa.05", "th", 210, 15, 1);
        school("xa.05", "thcs", 130, 11, 1);
        school("xa.09", "th", 180, 13, 1);
        school("xa.09", "thcs", 140, 11, 1);
        school("xa.10", "th", 420, 22, 1);
        school("xa.10", "thcs", 310, 19, 1);
    }

    /** A primary ({@code th}) or lower-secondary ({@code thcs}) school under the UBND huyện, in its commune. */
    private void school(String commune, String level, int pupils, int staff, int deputies) {
        UnitId territory = id(HUYEN, commune);
        CommuneRow c = CommuneRow.ALL.stream().filter(r -> r.id().equals(territory.value())).findFirst().orElseThrow();
        String name = (level.equals("th") ? "Trường Tiểu học " : "Trường Trung học cơ sở ") + c.inTitle();
        UnitId id = id(territory, level);
        a.add(Unit.builder(id, name, VnKinds.TRUONG_HOC, Level.COMMUNE).territory(territory).staffQuota(staff).actualStaff(staff)
                .attribute(SeedDistrict.PUPILS, Integer.toString(pupils)).build(), UBND);
        a.leadership(id, "ht", "Hiệu trưởng " + name, "pht", "Phó Hiệu trưởng " + name, deputies, SCHOOL_YEAR);
    }
}
