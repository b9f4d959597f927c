package org.bomay.examples.chauthanh;

import static org.bomay.core.model.Level.COMMUNE;
import static org.bomay.core.model.Level.DISTRICT;
import static org.bomay.core.model.Level.PROVINCE;
import static org.bomay.core.model.Level.VILLAGE;
import static org.bomay.core.model.PostRole.DEPUTY;
import static org.bomay.core.model.PostRole.HEAD;
import static org.bomay.core.model.PostRole.STAFF;
import static org.bomay.core.model.RelationType.GUIDES;
import static org.bomay.core.model.RelationType.LEADS;
import static org.bomay.core.model.RelationType.MEMBER_OF;
import static org.bomay.core.model.RelationType.SERVES;
import static org.bomay.examples.chauthanh.ChauThanh.HDND;
import static org.bomay.examples.chauthanh.ChauThanh.HUYEN;
import static org.bomay.examples.chauthanh.ChauThanh.HUYEN_UY;
import static org.bomay.examples.chauthanh.ChauThanh.SO_Y_TE;
import static org.bomay.examples.chauthanh.ChauThanh.TINH;
import static org.bomay.examples.chauthanh.ChauThanh.TINH_UY;
import static org.bomay.examples.chauthanh.ChauThanh.UBMTTQ;
import static org.bomay.examples.chauthanh.ChauThanh.UBMTTQ_TINH;
import static org.bomay.examples.chauthanh.ChauThanh.UBND;
import static org.bomay.examples.chauthanh.ChauThanh.UBND_TINH;

import java.time.LocalDate;
import java.util.List;
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
import org.bomay.core.profile.vn.VnAttributes;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRegion;
import org.bomay.core.structure.OrgStructure;

/**
 * Builds {@link ChauThanh#structure()}, one part of the apparatus per method. What is real and
 * what is ILLUSTRATIVE is documented on {@link ChauThanh}; every number here is ILLUSTRATIVE.
 */
final class ChauThanhBuilder {
    /** The seed of the fictitious people: change it and every name changes. */
    private static final long PEOPLE_SEED = 20190211L;

    // ILLUSTRATIVE start dates of tenures: party congresses of 2015, the 2016–2021 council term,
    // the front congresses of 2014, hamlet elections at the end of 2015.
    private static final LocalDate PROVINCE_PARTY_TERM = LocalDate.of(2015, 10, 1);
    private static final LocalDate DISTRICT_PARTY_TERM = LocalDate.of(2015, 7, 1);
    private static final LocalDate COMMUNE_PARTY_TERM = LocalDate.of(2015, 5, 1);
    private static final LocalDate COUNCIL_TERM = LocalDate.of(2016, 7, 1);
    private static final LocalDate DISTRICT_FRONT_TERM = LocalDate.of(2014, 9, 1);
    private static final LocalDate COMMUNE_FRONT_TERM = LocalDate.of(2014, 6, 1);
    private static final LocalDate HAMLET_TERM = LocalDate.of(2015, 12, 1);
    private static final LocalDate MASS_ORGANIZATION_TERM = LocalDate.of(2017, 6, 1);

    private final OrgStructure.Builder b = OrgStructure.builder(ChauThanh.DATE);
    private final People people = new People(PEOPLE_SEED);

    private ChauThanhBuilder() {}

    static OrgStructure build() {
        ChauThanhBuilder x = new ChauThanhBuilder();
        x.province();
        x.district();
        x.districtParty();
        x.districtState();
        x.healthCentres();
        x.districtFront();
        for (CommuneRow c : CommuneRow.ALL) {
            x.commune(c);
        }
        for (CommuneRow.Hamlet h : CommuneRow.Hamlet.ALL) {
            x.hamlet(h);
        }
        return x.b.build();
    }

    /** The id of a hamlet: {@code <commune>.ap-<n>}, {@code .kp-<n>} in the township. */
    static UnitId hamletId(String communeSlug, int number) {
        CommuneRow c = row(communeSlug);
        return UnitId.of(c.id() + (c.township() ? ".kp-" : ".ap-") + number);
    }

    static CommuneRow row(String slug) {
        return CommuneRow.ALL.stream().filter(c -> c.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No commune " + slug));
    }

    // ------------------------------------------------------------------ primitives

    private UnitId unit(Unit u, UnitId parent) {
        if (parent == null) {
            b.add(u);
        } else {
            b.add(u, parent);
        }
        return u.id();
    }

    private UnitId org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory) {
        return unit(Unit.builder(id, name, kind, level).territory(territory).build(), parent);
    }

    private UnitId org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory, int quota,
            int actual) {
        return unit(Unit.builder(id, name, kind, level).territory(territory).staffQuota(quota).actualStaff(actual).build(),
                parent);
    }

    private PostId post(UnitId unit, String suffix, PostRole role, String title) {
        PostId id = PostId.of(unit.value() + "." + suffix);
        b.add(Post.of(id, unit, role, title));
        return id;
    }

    private PersonId person(boolean partyMember) {
        Person p = people.next(partyMember);
        b.add(p);
        return p.id();
    }

    /** A post and a new cadre (a party member) holding it as their main post from {@code from}. */
    private PersonId filled(UnitId unit, String suffix, PostRole role, String title, LocalDate from) {
        PersonId p = person(true);
        b.add(Tenure.main(p, post(unit, suffix, role, title), Period.from(from)));
        return p;
    }

    /** A head post and {@code deputies} deputy posts ({@code <deputySuffix>1}, ...), each filled. */
    private PersonId leadership(UnitId unit, String headSuffix, String headTitle, String deputySuffix, String deputyTitle,
            int deputies, LocalDate from) {
        PersonId head = filled(unit, headSuffix, HEAD, headTitle, from);
        for (int i = 1; i <= deputies; i++) {
            filled(unit, deputySuffix + i, DEPUTY, deputyTitle, from.plusMonths(4L * i));
        }
        return head;
    }

    private void relate(RelationType type, UnitId source, UnitId target) {
        b.add(Relation.of(type, source, target));
    }

    private static UnitId id(UnitId base, String suffix) {
        return UnitId.of(base.value() + "." + suffix);
    }

    // ------------------------------------------------------------------ province

    private void province() {
        unit(Unit.builder(TINH, "Tỉnh Bến Tre", VnKinds.TINH, PROVINCE)
                .attribute(VnAttributes.VUNG, VnRegion.MIEN_NAM.name()).build(), null);
        org(TINH_UY, "Tỉnh ủy Bến Tre", VnKinds.TINH_UY, PROVINCE, null, TINH);
        filled(TINH_UY, "bt", HEAD, "Bí thư Tỉnh ủy", PROVINCE_PARTY_TERM);
        org(UBND_TINH, "UBND tỉnh Bến Tre", VnKinds.UBND, PROVINCE, null, TINH);
        filled(UBND_TINH, "ct", HEAD, "Chủ tịch UBND tỉnh", COUNCIL_TERM);
        org(UBMTTQ_TINH, "Ủy ban MTTQ Việt Nam tỉnh Bến Tre", VnKinds.UBMTTQ, PROVINCE, null, TINH);
        filled(UBMTTQ_TINH, "ct", HEAD, "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", LocalDate.of(2014, 8, 1));
        relate(LEADS, TINH_UY, UBND_TINH);
        relate(LEADS, TINH_UY, UBMTTQ_TINH);
        org(SO_Y_TE, "Sở Y tế tỉnh Bến Tre", VnKinds.SO, PROVINCE, UBND_TINH, TINH);
        filled(SO_Y_TE, "gd", HEAD, "Giám đốc Sở Y tế", LocalDate.of(2015, 1, 1));
    }

    // ------------------------------------------------------------------ district

    private void district() {
        double area = CommuneRow.ALL.stream().mapToDouble(CommuneRow::areaKm2).sum();
        unit(Unit.builder(HUYEN, "Huyện Châu Thành", VnKinds.HUYEN, DISTRICT)
                .areaKm2(Math.round(area * 10) / 10.0)
                .population(CommuneRow.ALL.stream().mapToInt(CommuneRow::population).sum())
                .households(CommuneRow.ALL.stream().mapToInt(CommuneRow::households).sum()).build(), TINH);
    }

    private void districtParty() {
        org(HUYEN_UY, "Huyện ủy Châu Thành", VnKinds.HUYEN_UY, DISTRICT, TINH_UY, HUYEN);
        filled(HUYEN_UY, "bt", HEAD, "Bí thư Huyện ủy", DISTRICT_PARTY_TERM);
        filled(HUYEN_UY, "pbt-tt", DEPUTY, "Phó Bí thư Thường trực Huyện ủy", DISTRICT_PARTY_TERM);
        filled(HUYEN_UY, "pbt", DEPUTY, "Phó Bí thư Huyện ủy", DISTRICT_PARTY_TERM);

        org(ChauThanh.BAN_TO_CHUC, "Ban Tổ chức Huyện ủy Châu Thành", VnKinds.BAN_TO_CHUC, DISTRICT, HUYEN_UY, HUYEN, 7, 7);
        leadership(ChauThanh.BAN_TO_CHUC, "tb", "Trưởng Ban Tổ chức Huyện ủy", "ptb", "Phó Trưởng Ban Tổ chức Huyện ủy", 2,
                LocalDate.of(2015, 8, 1));
        org(ChauThanh.BAN_TUYEN_GIAO, "Ban Tuyên giáo Huyện ủy Châu Thành", VnKinds.BAN_TUYEN_GIAO, DISTRICT, HUYEN_UY, HUYEN,
                6, 5);
        leadership(ChauThanh.BAN_TUYEN_GIAO, "tb", "Trưởng Ban Tuyên giáo Huyện ủy", "ptb", "Phó Trưởng Ban Tuyên giáo Huyện ủy",
                1, LocalDate.of(2015, 8, 1));
        org(ChauThanh.BAN_DAN_VAN, "Ban Dân vận Huyện ủy Châu Thành", VnKinds.BAN_DAN_VAN, DISTRICT, HUYEN_UY, HUYEN, 5, 5);
        leadership(ChauThanh.BAN_DAN_VAN, "tb", "Trưởng Ban Dân vận Huyện ủy", "ptb", "Phó Trưởng Ban Dân vận Huyện ủy", 1,
                LocalDate.of(2016, 2, 1));
        org(ChauThanh.UY_BAN_KIEM_TRA, "Ủy ban Kiểm tra Huyện ủy Châu Thành", VnKinds.UY_BAN_KIEM_TRA, DISTRICT, HUYEN_UY,
                HUYEN, 7, 6);
        leadership(ChauThanh.UY_BAN_KIEM_TRA, "cn", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "pcn",
                "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", 2, DISTRICT_PARTY_TERM);
        org(ChauThanh.VAN_PHONG_HUYEN_UY, "Văn phòng Huyện ủy Châu Thành", VnKinds.VAN_PHONG_CAP_UY, DISTRICT, HUYEN_UY,
                HUYEN, 11, 10);
        leadership(ChauThanh.VAN_PHONG_HUYEN_UY, "cvp", "Chánh Văn phòng Huyện ủy", "pcvp", "Phó Chánh Văn phòng Huyện ủy", 2,
                LocalDate.of(2014, 10, 1));
        relate(SERVES, ChauThanh.VAN_PHONG_HUYEN_UY, HUYEN_UY);
        org(ChauThanh.TTBDCT, "Trung tâm Bồi dưỡng chính trị huyện Châu Thành", VnKinds.TTBDCT, DISTRICT, HUYEN_UY, HUYEN,
                4, 4);
        leadership(ChauThanh.TTBDCT, "gd", "Giám đốc Trung tâm Bồi dưỡng chính trị", "pgd",
                "Phó Giám đốc Trung tâm Bồi dưỡng chính trị", 1, LocalDate.of(2012, 3, 1));
    }

    private void districtState() {
        org(HDND, "HĐND huyện Châu Thành", VnKinds.HDND, DISTRICT, null, HUYEN);
        leadership(HDND, "ct", "Chủ tịch HĐND huyện", "pct", "Phó Chủ tịch HĐND huyện", 1, COUNCIL_TERM);
        org(UBND, "UBND huyện Châu Thành", VnKinds.UBND, DISTRICT, UBND_TINH, HUYEN);
        leadership(UBND, "ct", "Chủ tịch UBND huyện", "pct", "Phó Chủ tịch UBND huyện", 2, COUNCIL_TERM);
        relate(LEADS, HUYEN_UY, HDND);
        relate(LEADS, HUYEN_UY, UBND);

        org(ChauThanh.VAN_PHONG_HDND_UBND, "Văn phòng HĐND và UBND huyện Châu Thành", VnKinds.VAN_PHONG_HDND_UBND, DISTRICT,
                UBND, HUYEN, 16, 15);
        leadership(ChauThanh.VAN_PHONG_HDND_UBND, "cvp", "Chánh Văn phòng HĐND và UBND huyện", "pcvp",
                "Phó Chánh Văn phòng HĐND và UBND huyện", 2, LocalDate.of(2016, 8, 1));
        relate(SERVES, ChauThanh.VAN_PHONG_HDND_UBND, HDND);
        relate(SERVES, ChauThanh.VAN_PHONG_HDND_UBND, UBND);

        office("noi-vu", "Nội vụ", 7, 7, 2, VnAttributes.NOI_VU);
        office("tu-phap", "Tư pháp", 4, 4, 1, null);
        office("tc-kh", "Tài chính – Kế hoạch", 9, 8, 2, null);
        office("tn-mt", "Tài nguyên và Môi trường", 8, 8, 2, null);
        office("ld-tbxh", "Lao động – Thương binh và Xã hội", 7, 6, 2, null);
        office("vh-tt", "Văn hóa và Thông tin", 5, 5, 1, null);
        office("gd-dt", "Giáo dục và Đào tạo", 11, 10, 2, null);
        office("y-te", "Y tế", 3, 3, 1, null);
        office("kt-ht", "Kinh tế và Hạ tầng", 8, 7, 2, null);
        office("nn-ptnt", "Nông nghiệp và Phát triển nông thôn", 8, 8, 2, null);
        UnitId thanhTra = unit(Unit.builder(id(UBND, "thanh-tra"), "Thanh tra huyện Châu Thành", VnKinds.PHONG, DISTRICT)
                .territory(HUYEN).staffQuota(6).actualStaff(5).attribute(VnAttributes.LINH_VUC, VnAttributes.THANH_TRA).build(),
                UBND);
        leadership(thanhTra, "ctt", "Chánh Thanh tra huyện", "pctt", "Phó Chánh Thanh tra huyện", 1, LocalDate.of(2015, 12, 1));

        // Public service units the seed names (đơn vị sự nghiệp công lập of the UBND huyện).
        org(ChauThanh.BAN_QLDA, "Ban Quản lý dự án đầu tư xây dựng huyện Châu Thành", VnKinds.BAN_QUAN_LY, DISTRICT, UBND,
                HUYEN, 10, 9);
        leadership(ChauThanh.BAN_QLDA, "gd", "Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện", "pgd",
                "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện", 1, LocalDate.of(2016, 4, 1));
        org(ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG, "Ban Quản lý công trình giao thông và đô thị huyện Châu Thành",
                VnKinds.BAN_QUAN_LY, DISTRICT, UBND, HUYEN, 7, 6);
        leadership(ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG, "tb", "Trưởng Ban Quản lý công trình giao thông và đô thị", "ptb",
                "Phó Trưởng Ban Quản lý công trình giao thông và đô thị", 1, LocalDate.of(2014, 3, 1));
        filled(ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG, "kt", STAFF, "Kế toán", LocalDate.of(2017, 3, 1));
        org(ChauThanh.BAN_QL_NUOC_SINH_HOAT, "Ban Quản lý khai thác và cung cấp nước sinh hoạt huyện Châu Thành",
                VnKinds.BAN_QUAN_LY, DISTRICT, UBND, HUYEN, 12, 12);
        leadership(ChauThanh.BAN_QL_NUOC_SINH_HOAT, "tb", "Trưởng Ban Quản lý khai thác và cung cấp nước sinh hoạt", "ptb",
                "Phó Trưởng Ban Quản lý khai thác và cung cấp nước sinh hoạt", 1, LocalDate.of(2013, 6, 1));
        org(ChauThanh.TRUNG_TAM_VAN_HOA_THE_THAO, "Trung tâm Văn hóa – Thể thao huyện Châu Thành", VnKinds.TRUNG_TAM_SU_NGHIEP,
                DISTRICT, UBND, HUYEN, 9, 9);
        leadership(ChauThanh.TRUNG_TAM_VAN_HOA_THE_THAO, "gd", "Giám đốc Trung tâm Văn hóa – Thể thao", "pgd",
                "Phó Giám đốc Trung tâm Văn hóa – Thể thao", 1, LocalDate.of(2016, 5, 1));
        org(ChauThanh.DAI_TRUYEN_THANH, "Đài Truyền thanh huyện Châu Thành", VnKinds.DAI_TRUYEN_THANH, DISTRICT, UBND, HUYEN,
                6, 6);
        leadership(ChauThanh.DAI_TRUYEN_THANH, "tr", "Trưởng Đài Truyền thanh huyện", "ptr", "Phó Trưởng Đài Truyền thanh huyện",
                1, LocalDate.of(2014, 2, 1));
        org(ChauThanh.TRUNG_TAM_GDNN_GDTX, "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện Châu Thành",
                VnKinds.TRUNG_TAM_GDNN_GDTX, DISTRICT, UBND, HUYEN, 14, 13);
        leadership(ChauThanh.TRUNG_TAM_GDNN_GDTX, "gd", "Giám đốc Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên",
                "pgd", "Phó Giám đốc Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên", 1, LocalDate.of(2017, 9, 1));
    }

    /** A specialized office (phòng) of the UBND huyện with its head and deputies. */
    private void office(String slug, String field, int quota, int actual, int deputies, String linhVuc) {
        Unit.Builder u = Unit.builder(id(UBND, slug), "Phòng " + field + " huyện Châu Thành", VnKinds.PHONG, DISTRICT)
                .territory(HUYEN).staffQuota(quota).actualStaff(actual);
        if (linhVuc != null) {
            u.attribute(VnAttributes.LINH_VUC, linhVuc);
        }
        UnitId office = unit(u.build(), UBND);
        leadership(office, "tp", "Trưởng phòng " + field, "ptp", "Phó Trưởng phòng " + field, deputies,
                LocalDate.of(2014 + slug.length() % 4, 1 + slug.length() % 12, 1));
    }

    private void healthCentres() {
        org(ChauThanh.TRUNG_TAM_Y_TE, "Trung tâm Y tế huyện Châu Thành", VnKinds.TRUNG_TAM_Y_TE, DISTRICT, SO_Y_TE, HUYEN,
                150, 142);
        leadership(ChauThanh.TRUNG_TAM_Y_TE, "gd", "Giám đốc Trung tâm Y tế huyện", "pgd", "Phó Giám đốc Trung tâm Y tế huyện",
                2, LocalDate.of(2016, 1, 1));
        org(ChauThanh.TRUNG_TAM_DAN_SO, "Trung tâm Dân số – Kế hoạch hóa gia đình huyện Châu Thành", VnKinds.TRUNG_TAM_DAN_SO,
                DISTRICT, SO_Y_TE, HUYEN, 6, 5);
        leadership(ChauThanh.TRUNG_TAM_DAN_SO, "gd", "Giám đốc Trung tâm Dân số – Kế hoạch hóa gia đình huyện", "pgd",
                "Phó Giám đốc Trung tâm Dân số – Kế hoạch hóa gia đình huyện", 1, LocalDate.of(2015, 2, 1));
        relate(GUIDES, SO_Y_TE, id(UBND, "y-te"));
    }

    private void districtFront() {
        org(UBMTTQ, "Ủy ban MTTQ Việt Nam huyện Châu Thành", VnKinds.UBMTTQ, DISTRICT, UBMTTQ_TINH, HUYEN, 7, 6);
        leadership(UBMTTQ, "ct", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "pct", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", 2,
                DISTRICT_FRONT_TERM);
        relate(LEADS, HUYEN_UY, UBMTTQ);
        massOrganization("hnd", "Hội Nông dân huyện Châu Thành", VnKinds.HOI_NONG_DAN, "ct", "Chủ tịch Hội Nông dân huyện",
                "pct", "Phó Chủ tịch Hội Nông dân huyện");
        massOrganization("lhpn", "Hội Liên hiệp Phụ nữ huyện Châu Thành", VnKinds.HOI_LHPN, "ct",
                "Chủ tịch Hội Liên hiệp Phụ nữ huyện", "pct", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện");
        massOrganization("doan", "Huyện đoàn Châu Thành", VnKinds.DOAN_THANH_NIEN, "bt", "Bí thư Huyện đoàn", "pbt",
                "Phó Bí thư Huyện đoàn");
        massOrganization("ccb", "Hội Cựu chiến binh huyện Châu Thành", VnKinds.HOI_CUU_CHIEN_BINH, "ct",
                "Chủ tịch Hội Cựu chiến binh huyện", "pct", "Phó Chủ tịch Hội Cựu chiến binh huyện");
        massOrganization("ldld", "Liên đoàn Lao động huyện Châu Thành", VnKinds.CONG_DOAN, "ct",
                "Chủ tịch Liên đoàn Lao động huyện", "pct", "Phó Chủ tịch Liên đoàn Lao động huyện");
    }

    /** A socio-political organization: a root, MEMBER_OF the UBMTTQ huyện and LED by the Huyện ủy. */
    private void massOrganization(String slug, String name, UnitKind kind, String headSuffix, String headTitle,
            String deputySuffix, String deputyTitle) {
        UnitId id = org(id(HUYEN, slug), name, kind, DISTRICT, null, HUYEN, 4, 4);
        leadership(id, headSuffix, headTitle, deputySuffix, deputyTitle, 1, MASS_ORGANIZATION_TERM);
        relate(MEMBER_OF, id, UBMTTQ);
        relate(LEADS, HUYEN_UY, id);
    }

    // ------------------------------------------------------------------ communes and hamlets

    private void commune(CommuneRow c) {
        String word = c.kindWord();
        UnitId x = unit(Unit.builder(UnitId.of(c.id()), capitalized(c.fullName()), c.township() ? VnKinds.THI_TRAN : VnKinds.XA,
                COMMUNE).areaKm2(c.areaKm2()).population(c.population()).households(c.households()).build(), HUYEN);

        UnitId du = org(ChauThanh.of(x, "du"), "Đảng ủy " + c.fullName(), VnKinds.DANG_UY_XA, COMMUNE, HUYEN_UY, x);
        PersonId secretary = filled(du, "bt", HEAD, "Bí thư Đảng ủy " + word, COMMUNE_PARTY_TERM);
        filled(du, "pbt", DEPUTY, "Phó Bí thư Đảng ủy " + word, COMMUNE_PARTY_TERM);

        // A root: elected councils are not subordinate to one another (the Đảng ủy LEADS it).
        UnitId hdnd = org(ChauThanh.of(x, "hdnd"), "HĐND " + c.fullName(), VnKinds.HDND, COMMUNE, null, x);
        if (c.secretaryChairsCouncil()) {
            b.add(Tenure.concurrent(secretary, post(hdnd, "ct", HEAD, "Chủ tịch HĐND " + word), Period.from(COUNCIL_TERM)));
        } else {
            filled(hdnd, "ct", HEAD, "Chủ tịch HĐND " + word, COUNCIL_TERM);
        }
        filled(hdnd, "pct1", DEPUTY, "Phó Chủ tịch HĐND " + word, COUNCIL_TERM);

        UnitId ubnd = org(ChauThanh.of(x, "ubnd"), "UBND " + c.fullName(), VnKinds.UBND, COMMUNE, UBND, x);
        leadership(ubnd, "ct", "Chủ tịch UBND " + word, "pct", "Phó Chủ tịch UBND " + word, 1, COUNCIL_TERM);

        UnitId mttq = org(ChauThanh.of(x, "mttq"), "Ủy ban MTTQ Việt Nam " + c.fullName(), VnKinds.UBMTTQ, COMMUNE, UBMTTQ, x);
        filled(mttq, "ct", HEAD, "Chủ tịch Ủy ban MTTQ Việt Nam " + word, COMMUNE_FRONT_TERM);

        for (UnitId led : List.of(hdnd, ubnd, mttq)) {
            relate(LEADS, du, led);
        }
    }

    /** A hamlet (ấp) or, in the township, a quarter (khu phố), with its head (trưởng ấp, trưởng khu phố). */
    private void hamlet(CommuneRow.Hamlet h) {
        CommuneRow c = row(h.commune());
        String label = (c.township() ? "Khu phố " : "Ấp ") + h.number();
        UnitId id = unit(Unit.builder(hamletId(h.commune(), h.number()), label + " " + c.fullName(),
                c.township() ? VnKinds.TO_DAN_PHO : VnKinds.THON, VILLAGE).households(h.households()).build(),
                UnitId.of(c.id()));
        // Hamlet heads need not be party members: every third one is not.
        PersonId head = person(h.number() % 3 != 0);
        b.add(Tenure.main(head, post(id, "tr", HEAD, c.township() ? "Trưởng khu phố" : "Trưởng ấp"), Period.from(HAMLET_TERM)));
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
