package org.bomay.examples.kimbang;

import static org.bomay.core.model.Level.COMMUNE;
import static org.bomay.core.model.Level.DISTRICT;
import static org.bomay.core.model.Level.PROVINCE;
import static org.bomay.core.model.Level.VILLAGE;
import static org.bomay.core.model.PostRole.DEPUTY;
import static org.bomay.core.model.PostRole.HEAD;
import static org.bomay.core.model.PostRole.STANDING_MEMBER;
import static org.bomay.core.model.RelationType.GUIDES;
import static org.bomay.core.model.RelationType.LEADS;
import static org.bomay.core.model.RelationType.MEMBER_OF;
import static org.bomay.core.model.RelationType.SERVES;
import static org.bomay.examples.kimbang.KimBang.BAN_DAN_VAN;
import static org.bomay.examples.kimbang.KimBang.BAN_TO_CHUC;
import static org.bomay.examples.kimbang.KimBang.BAN_TUYEN_GIAO;
import static org.bomay.examples.kimbang.KimBang.DAI_TRUYEN_THANH;
import static org.bomay.examples.kimbang.KimBang.HAT_QUAN_LY_DE_DIEU;
import static org.bomay.examples.kimbang.KimBang.HDND;
import static org.bomay.examples.kimbang.KimBang.HDND_TINH;
import static org.bomay.examples.kimbang.KimBang.HOI_CUU_CHIEN_BINH;
import static org.bomay.examples.kimbang.KimBang.HOI_NONG_DAN;
import static org.bomay.examples.kimbang.KimBang.HOI_PHU_NU;
import static org.bomay.examples.kimbang.KimBang.HUYEN;
import static org.bomay.examples.kimbang.KimBang.HUYEN_DOAN;
import static org.bomay.examples.kimbang.KimBang.HUYEN_UY;
import static org.bomay.examples.kimbang.KimBang.LIEN_DOAN_LAO_DONG;
import static org.bomay.examples.kimbang.KimBang.MODELS_FROM;
import static org.bomay.examples.kimbang.KimBang.SO_NONG_NGHIEP;
import static org.bomay.examples.kimbang.KimBang.SO_TAI_NGUYEN_MOI_TRUONG;
import static org.bomay.examples.kimbang.KimBang.SO_Y_TE;
import static org.bomay.examples.kimbang.KimBang.TINH;
import static org.bomay.examples.kimbang.KimBang.TINH_UY;
import static org.bomay.examples.kimbang.KimBang.TRAM_CHAN_NUOI;
import static org.bomay.examples.kimbang.KimBang.TRAM_KHUYEN_NONG;
import static org.bomay.examples.kimbang.KimBang.TRAM_TRONG_TROT;
import static org.bomay.examples.kimbang.KimBang.TRUNG_TAM_DAN_SO;
import static org.bomay.examples.kimbang.KimBang.TRUNG_TAM_VAN_HOA_THE_THAO;
import static org.bomay.examples.kimbang.KimBang.TRUNG_TAM_Y_TE;
import static org.bomay.examples.kimbang.KimBang.TTBDCT;
import static org.bomay.examples.kimbang.KimBang.UBMTTQ;
import static org.bomay.examples.kimbang.KimBang.UBMTTQ_TINH;
import static org.bomay.examples.kimbang.KimBang.UBND;
import static org.bomay.examples.kimbang.KimBang.UBND_TINH;
import static org.bomay.examples.kimbang.KimBang.UY_BAN_KIEM_TRA;
import static org.bomay.examples.kimbang.KimBang.VAN_PHONG_DANG_KY_DAT_DAI;
import static org.bomay.examples.kimbang.KimBang.VAN_PHONG_HDND_UBND;
import static org.bomay.examples.kimbang.KimBang.VAN_PHONG_HUYEN_UY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnAttributes;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRegion;
import org.bomay.core.structure.OrgStructure;
import org.bomay.examples.kimbang.FictitiousPeople.Sex;

/**
 * Builds {@link KimBang#structure()} and {@link KimBang#beforeProgramme()}, one part of the
 * apparatus per method. The data and the choices are documented on {@link KimBang}; every number
 * here is ILLUSTRATIVE. The two structures differ only in the concurrent-post models of the action
 * programme ({@code withModels}): the same units, posts and people, drawn in the same order.
 */
final class KimBangBuilder {
    /** The seed of the fictitious people: change it and every name changes. */
    private static final long PEOPLE_SEED = 20180101L;

    // Start dates of tenures (illustrative): party congresses in 2015, the 2016-2021 council term,
    // the front congresses of 2014, village elections at the end of 2015.
    private static final LocalDate PROVINCE_PARTY_TERM = LocalDate.of(2015, 10, 1);
    private static final LocalDate DISTRICT_PARTY_TERM = LocalDate.of(2015, 7, 1);
    private static final LocalDate COMMUNE_PARTY_TERM = LocalDate.of(2015, 5, 1);
    private static final LocalDate CELL_TERM = LocalDate.of(2015, 3, 1);
    private static final LocalDate COUNCIL_TERM = LocalDate.of(2016, 7, 1);
    private static final LocalDate DISTRICT_FRONT_TERM = LocalDate.of(2014, 9, 1);
    private static final LocalDate COMMUNE_FRONT_TERM = LocalDate.of(2014, 6, 1);
    private static final LocalDate VILLAGE_TERM = LocalDate.of(2015, 12, 1);
    private static final LocalDate MASS_ORGANIZATION_TERM = LocalDate.of(2017, 6, 1);

    /** Illustrative: Hà Nam's area (km²) and population, rounded. */
    private static final double HA_NAM_AREA_KM2 = 862.0;
    private static final int HA_NAM_POPULATION = 810_000;

    /** Communes whose actual staff is over their quota (illustrative, for rule checks). */
    private static final Set<String> OVER_QUOTA = Set.of("nhat-tuu", "van-xa");

    private final StructureAssembler a = new StructureAssembler(KimBang.DATE, PEOPLE_SEED);
    /** The Trưởng Ban Dân vận, who becomes chair of the UBMTTQ huyện on {@link KimBang#MODELS_FROM}. */
    private PersonId danVanHead;
    /** Villages added so far, to vary their heads' party membership. */
    private int villageCount;
    /** Whether the action programme's concurrent-post models of {@link KimBang#MODELS_FROM} are recorded. */
    private final boolean withModels;

    private KimBangBuilder(boolean withModels) {
        this.withModels = withModels;
    }

    /** {@link KimBang#structure()}: with the concurrent-post models from {@link KimBang#MODELS_FROM}. */
    static OrgStructure build() {
        return build(true);
    }

    /**
     * The example with or without the action programme's concurrent-post models. Without them the
     * outgoing holders keep their posts open-ended and the concurrent model tenures do not exist;
     * everything else (ids, people, other tenures) is identical.
     */
    static OrgStructure build(boolean withModels) {
        KimBangBuilder b = new KimBangBuilder(withModels);
        b.province();
        b.districtParty();
        b.districtState();
        b.standingBoard();
        b.provincialUnitsInDistrict();
        b.districtFront();
        for (CommuneData c : CommuneData.ALL) {
            b.commune(c);
        }
        return b.a.build();
    }

    private static UnitId id(UnitId base, String suffix) {
        return UnitId.of(base.value() + "." + suffix);
    }

    // ------------------------------------------------------------------ province

    private void province() {
        a.add(Unit.builder(TINH, "Tỉnh Hà Nam", VnKinds.TINH, PROVINCE)
                .areaKm2(HA_NAM_AREA_KM2).population(HA_NAM_POPULATION).unitClass(UnitClass.II)
                .attribute(VnAttributes.VUNG, VnRegion.DONG_BANG_SONG_HONG.name()).build(), null);
        a.org(TINH_UY, "Tỉnh ủy Hà Nam", VnKinds.TINH_UY, PROVINCE, null, TINH);
        a.filled(TINH_UY, "bt", HEAD, "Bí thư Tỉnh ủy", PROVINCE_PARTY_TERM);
        a.org(HDND_TINH, "HĐND tỉnh Hà Nam", VnKinds.HDND, PROVINCE, null, TINH);
        a.filled(HDND_TINH, "ct", HEAD, "Chủ tịch HĐND tỉnh", COUNCIL_TERM);
        a.org(UBND_TINH, "UBND tỉnh Hà Nam", VnKinds.UBND, PROVINCE, null, TINH);
        a.filled(UBND_TINH, "ct", HEAD, "Chủ tịch UBND tỉnh", COUNCIL_TERM);
        a.org(UBMTTQ_TINH, "Ủy ban MTTQ Việt Nam tỉnh Hà Nam", VnKinds.UBMTTQ, PROVINCE, null, TINH);
        a.filled(UBMTTQ_TINH, "ct", HEAD, "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", LocalDate.of(2014, 8, 1));
        for (UnitId led : List.of(HDND_TINH, UBND_TINH, UBMTTQ_TINH)) {
            a.relate(LEADS, TINH_UY, led);
        }
        department(SO_NONG_NGHIEP, "Nông nghiệp và Phát triển nông thôn", LocalDate.of(2016, 3, 1));
        department(SO_Y_TE, "Y tế", LocalDate.of(2015, 1, 1));
        department(SO_TAI_NGUYEN_MOI_TRUONG, "Tài nguyên và Môi trường", LocalDate.of(2017, 4, 1));
    }

    private void department(UnitId id, String field, LocalDate since) {
        a.org(id, "Sở " + field + " tỉnh Hà Nam", VnKinds.SO, PROVINCE, UBND_TINH, TINH);
        a.filled(id, "gd", HEAD, "Giám đốc Sở " + field, since);
    }

    // ------------------------------------------------------------------ district party

    private void districtParty() {
        a.add(Unit.builder(HUYEN, "Huyện Kim Bảng", VnKinds.HUYEN, DISTRICT)
                .areaKm2(Math.round(CommuneData.ALL.stream().mapToDouble(CommuneData::areaKm2).sum() * 10) / 10.0)
                .population(CommuneData.ALL.stream().mapToInt(CommuneData::population).sum())
                .households(CommuneData.ALL.stream().mapToInt(CommuneData::households).sum())
                .unitClass(UnitClass.II).build(), TINH);

        a.org(HUYEN_UY, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, DISTRICT, TINH_UY, HUYEN);
        a.filled(HUYEN_UY, "bt", HEAD, "Bí thư Huyện ủy", DISTRICT_PARTY_TERM);
        a.filled(HUYEN_UY, "pbt-tt", DEPUTY, "Phó Bí thư Thường trực Huyện ủy", DISTRICT_PARTY_TERM);
        a.filled(HUYEN_UY, "pbt", DEPUTY, "Phó Bí thư Huyện ủy", DISTRICT_PARTY_TERM);
        // The Ban Thường vụ is a body of the Huyện ủy, not a unit: its seats are added by standingBoard().

        a.org(BAN_TO_CHUC, "Ban Tổ chức Huyện ủy Kim Bảng", VnKinds.BAN_TO_CHUC, DISTRICT, HUYEN_UY, HUYEN, 7, 7);
        a.leadership(BAN_TO_CHUC, "tb", "Trưởng Ban Tổ chức Huyện ủy", "ptb", "Phó Trưởng Ban Tổ chức Huyện ủy", 2,
                LocalDate.of(2015, 8, 1));
        a.org(BAN_TUYEN_GIAO, "Ban Tuyên giáo Huyện ủy Kim Bảng", VnKinds.BAN_TUYEN_GIAO, DISTRICT, HUYEN_UY, HUYEN, 6, 5);
        PersonId tuyenGiao = a.leadership(BAN_TUYEN_GIAO, "tb", "Trưởng Ban Tuyên giáo Huyện ủy", "ptb",
                "Phó Trưởng Ban Tuyên giáo Huyện ủy", 1, LocalDate.of(2015, 8, 1));
        a.org(BAN_DAN_VAN, "Ban Dân vận Huyện ủy Kim Bảng", VnKinds.BAN_DAN_VAN, DISTRICT, HUYEN_UY, HUYEN, 5, 5);
        PersonId danVan = a.leadership(BAN_DAN_VAN, "tb", "Trưởng Ban Dân vận Huyện ủy", "ptb",
                "Phó Trưởng Ban Dân vận Huyện ủy", 1, LocalDate.of(2016, 2, 1));
        a.org(UY_BAN_KIEM_TRA, "Ủy ban Kiểm tra Huyện ủy Kim Bảng", VnKinds.UY_BAN_KIEM_TRA, DISTRICT, HUYEN_UY, HUYEN,
                7, 6);
        a.leadership(UY_BAN_KIEM_TRA, "cn", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "pcn",
                "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", 2, DISTRICT_PARTY_TERM);
        a.org(VAN_PHONG_HUYEN_UY, "Văn phòng Huyện ủy Kim Bảng", VnKinds.VAN_PHONG_CAP_UY, DISTRICT, HUYEN_UY, HUYEN,
                11, 10);
        a.leadership(VAN_PHONG_HUYEN_UY, "cvp", "Chánh Văn phòng Huyện ủy", "pcvp", "Phó Chánh Văn phòng Huyện ủy", 2,
                LocalDate.of(2014, 10, 1));
        a.relate(SERVES, VAN_PHONG_HUYEN_UY, HUYEN_UY);

        a.org(TTBDCT, "Trung tâm Bồi dưỡng chính trị huyện Kim Bảng", VnKinds.TTBDCT, DISTRICT, HUYEN_UY, HUYEN, 4, 4);
        handOver(TTBDCT, "gd", "Giám đốc Trung tâm Bồi dưỡng chính trị", LocalDate.of(2012, 3, 1), tuyenGiao);
        a.filled(TTBDCT, "pgd1", DEPUTY, "Phó Giám đốc Trung tâm Bồi dưỡng chính trị", LocalDate.of(2016, 9, 1));
        danVanHead = danVan;
    }

    /**
     * Adds a head post whose holder since {@code since} steps down on {@link KimBang#MODELS_FROM},
     * when {@code successor} takes it concurrently (the action programme's models); without the
     * models the holder keeps it.
     */
    private void handOver(UnitId unit, String suffix, String title, LocalDate since, PersonId successor) {
        PostId post = a.post(unit, suffix, HEAD, title);
        PersonId outgoing = a.person(true, Sex.ANY, 1958, 1962);
        if (withModels) {
            a.main(outgoing, post, since, MODELS_FROM);
            a.concurrent(successor, post, MODELS_FROM);
        } else {
            a.main(outgoing, post, since);
        }
    }

    /**
     * The Ban Thường vụ Huyện ủy as seats of the Huyện ủy: the Bí thư and the Phó Bí thư sit on it
     * by virtue of their posts; the other members hold one "Ủy viên Ban Thường vụ" seat each,
     * concurrently with their main post, from the district congress or, if they took their main
     * post later, from that day (co-opted). The military commander and police chief of the
     * district, usually members too, are not modelled.
     */
    private void standingBoard() {
        List<PostId> mainPosts = List.of(PostId.of("kb.hu.btc.tb"), KimBang.TRUONG_BAN_TUYEN_GIAO,
                KimBang.TRUONG_BAN_DAN_VAN, PostId.of("kb.hu.ubkt.cn"), KimBang.CHU_TICH_UBND, PostId.of("kb.ubnd.pct1"));
        for (int i = 0; i < mainPosts.size(); i++) {
            PostId seat = a.post(HUYEN_UY, "utv" + (i + 1), STANDING_MEMBER, "Ủy viên Ban Thường vụ Huyện ủy");
            Tenure main = a.mainTenure(mainPosts.get(i));
            LocalDate mainFrom = main.period().start().orElseThrow();
            a.concurrent(main.person(), seat, mainFrom.isAfter(DISTRICT_PARTY_TERM) ? mainFrom : DISTRICT_PARTY_TERM);
        }
    }

    // ------------------------------------------------------------------ district state

    private void districtState() {
        // Elected councils are roots, not subordinate to one another: the party committee LEADS each.
        a.org(HDND, "HĐND huyện Kim Bảng", VnKinds.HDND, DISTRICT, null, HUYEN);
        a.leadership(HDND, "ct", "Chủ tịch HĐND huyện", "pct", "Phó Chủ tịch HĐND huyện", 1, COUNCIL_TERM);
        a.org(UBND, "UBND huyện Kim Bảng", VnKinds.UBND, DISTRICT, UBND_TINH, HUYEN);
        a.leadership(UBND, "ct", "Chủ tịch UBND huyện", "pct", "Phó Chủ tịch UBND huyện", 2, COUNCIL_TERM);
        for (UnitId led : List.of(HDND, UBND)) {
            a.relate(LEADS, HUYEN_UY, led);
        }

        a.org(VAN_PHONG_HDND_UBND, "Văn phòng HĐND và UBND huyện Kim Bảng", VnKinds.VAN_PHONG_HDND_UBND, DISTRICT,
                UBND, HUYEN, 18, 17);
        a.leadership(VAN_PHONG_HDND_UBND, "cvp", "Chánh Văn phòng HĐND và UBND huyện", "pcvp",
                "Phó Chánh Văn phòng HĐND và UBND huyện", 2, LocalDate.of(2016, 8, 1));
        a.relate(SERVES, VAN_PHONG_HDND_UBND, HDND);
        a.relate(SERVES, VAN_PHONG_HDND_UBND, UBND);

        office(KimBang.PHONG_NOI_VU, "Nội vụ", 7, 7, 2, LocalDate.of(2015, 9, 1));
        a.attribute(KimBang.PHONG_NOI_VU, VnAttributes.LINH_VUC, VnAttributes.NOI_VU);
        office(KimBang.PHONG_TAI_CHINH_KE_HOACH, "Tài chính – Kế hoạch", 9, 8, 2, LocalDate.of(2014, 5, 1));
        office(KimBang.PHONG_TAI_NGUYEN_MOI_TRUONG, "Tài nguyên và Môi trường", 8, 8, 2, LocalDate.of(2016, 10, 1));
        office(KimBang.PHONG_KINH_TE_HA_TANG, "Kinh tế và Hạ tầng", 8, 7, 2, LocalDate.of(2013, 7, 1));
        // Three deputies: above the usual two, so that a deputy-cap rule has something to flag.
        office(KimBang.PHONG_NONG_NGHIEP, "Nông nghiệp và Phát triển nông thôn", 8, 8, 3, LocalDate.of(2015, 3, 1));
        office(KimBang.PHONG_GIAO_DUC, "Giáo dục và Đào tạo", 11, 10, 2, LocalDate.of(2016, 1, 1));
        office(KimBang.PHONG_VAN_HOA_THONG_TIN, "Văn hóa và Thông tin", 5, 5, 1, LocalDate.of(2017, 3, 1));
        office(KimBang.PHONG_LAO_DONG_TBXH, "Lao động – Thương binh và Xã hội", 7, 6, 2, LocalDate.of(2014, 11, 1));
        office(KimBang.PHONG_TU_PHAP, "Tư pháp", 4, 3, 0, LocalDate.of(2016, 4, 1));
        // The vacancy (KimBang.VACANT_POSTS): the deputy retired on 2017-12-01 and was not replaced.
        PostId vacant = a.post(KimBang.PHONG_TU_PHAP, "ptp1", DEPUTY, "Phó Trưởng phòng Tư pháp");
        a.main(a.person(true, Sex.ANY, 1957, 1957), vacant, LocalDate.of(2011, 6, 1), LocalDate.of(2017, 12, 1));
        office(KimBang.PHONG_Y_TE, "Y tế", 3, 3, 1, LocalDate.of(2015, 6, 1));
        a.org(KimBang.THANH_TRA, "Thanh tra huyện Kim Bảng", VnKinds.PHONG, DISTRICT, UBND, HUYEN, 6, 5);
        a.attribute(KimBang.THANH_TRA, VnAttributes.LINH_VUC, VnAttributes.THANH_TRA);
        a.leadership(KimBang.THANH_TRA, "ctt", "Chánh Thanh tra huyện", "pctt", "Phó Chánh Thanh tra huyện", 1,
                LocalDate.of(2015, 12, 1));

        a.org(TRUNG_TAM_VAN_HOA_THE_THAO, "Trung tâm Văn hóa – Thể thao huyện Kim Bảng", VnKinds.TRUNG_TAM_SU_NGHIEP,
                DISTRICT, UBND, HUYEN, 10, 9);
        a.leadership(TRUNG_TAM_VAN_HOA_THE_THAO, "gd", "Giám đốc Trung tâm Văn hóa – Thể thao", "pgd",
                "Phó Giám đốc Trung tâm Văn hóa – Thể thao", 1, LocalDate.of(2016, 5, 1));
        a.org(DAI_TRUYEN_THANH, "Đài Truyền thanh huyện Kim Bảng", VnKinds.DAI_TRUYEN_THANH, DISTRICT, UBND, HUYEN,
                6, 6);
        a.leadership(DAI_TRUYEN_THANH, "tr", "Trưởng Đài Truyền thanh huyện", "ptr", "Phó Trưởng Đài Truyền thanh huyện",
                1, LocalDate.of(2014, 2, 1));
    }

    /** A specialized office (phòng) of the UBND huyện with its head and deputies. */
    private void office(UnitId id, String field, int quota, int actual, int deputies, LocalDate since) {
        a.org(id, "Phòng " + field + " huyện Kim Bảng", VnKinds.PHONG, DISTRICT, UBND, HUYEN, quota, actual);
        a.leadership(id, "tp", "Trưởng phòng " + field, "ptp", "Phó Trưởng phòng " + field, deputies, since);
    }

    // ------------------------------------------------------------------ provincial units in the district

    private void provincialUnitsInDistrict() {
        station(TRAM_TRONG_TROT, "Trạm Trồng trọt và Bảo vệ thực vật", 6, 5, LocalDate.of(2015, 4, 1));
        station(TRAM_CHAN_NUOI, "Trạm Chăn nuôi và Thú y", 7, 6, LocalDate.of(2013, 9, 1));
        station(TRAM_KHUYEN_NONG, "Trạm Khuyến nông", 5, 5, LocalDate.of(2016, 6, 1));
        a.org(HAT_QUAN_LY_DE_DIEU, "Hạt Quản lý đê điều Kim Bảng", VnKinds.HAT_QUAN_LY_DE, DISTRICT, SO_NONG_NGHIEP,
                HUYEN, 8, 8);
        a.leadership(HAT_QUAN_LY_DE_DIEU, "ht", "Hạt trưởng Hạt Quản lý đê điều", "pht", "Phó Hạt trưởng Hạt Quản lý đê điều",
                1, LocalDate.of(2014, 7, 1));

        a.org(TRUNG_TAM_Y_TE, "Trung tâm Y tế huyện Kim Bảng", VnKinds.TRUNG_TAM_Y_TE, DISTRICT, SO_Y_TE, HUYEN, 165, 158);
        a.leadership(TRUNG_TAM_Y_TE, "gd", "Giám đốc Trung tâm Y tế huyện", "pgd", "Phó Giám đốc Trung tâm Y tế huyện", 2,
                LocalDate.of(2016, 1, 1));
        a.org(TRUNG_TAM_DAN_SO, "Trung tâm Dân số – Kế hoạch hóa gia đình huyện Kim Bảng", VnKinds.TRUNG_TAM_DAN_SO,
                DISTRICT, SO_Y_TE, HUYEN, 5, 4);
        a.filled(TRUNG_TAM_DAN_SO, "gd", HEAD, "Giám đốc Trung tâm Dân số – Kế hoạch hóa gia đình huyện",
                LocalDate.of(2015, 2, 1));

        a.org(VAN_PHONG_DANG_KY_DAT_DAI, "Chi nhánh Văn phòng Đăng ký đất đai huyện Kim Bảng",
                VnKinds.VAN_PHONG_DANG_KY_DAT_DAI, DISTRICT, SO_TAI_NGUYEN_MOI_TRUONG, HUYEN, 10, 9);
        a.leadership(VAN_PHONG_DANG_KY_DAT_DAI, "gd", "Giám đốc Chi nhánh Văn phòng Đăng ký đất đai", "pgd",
                "Phó Giám đốc Chi nhánh Văn phòng Đăng ký đất đai", 1, LocalDate.of(2016, 11, 1));

        a.relate(GUIDES, SO_NONG_NGHIEP, KimBang.PHONG_NONG_NGHIEP);
        a.relate(GUIDES, SO_Y_TE, KimBang.PHONG_Y_TE);
        a.relate(GUIDES, SO_TAI_NGUYEN_MOI_TRUONG, KimBang.PHONG_TAI_NGUYEN_MOI_TRUONG);
    }

    /** An agricultural station of the provincial Sở Nông nghiệp và PTNT in the district. */
    private void station(UnitId id, String name, int quota, int actual, LocalDate since) {
        a.org(id, name + " huyện Kim Bảng", VnKinds.TRAM, DISTRICT, SO_NONG_NGHIEP, HUYEN, quota, actual);
        a.leadership(id, "tt", "Trạm trưởng " + name, "ptt", "Phó Trạm trưởng " + name, 1, since);
    }

    // ------------------------------------------------------------------ district front

    private void districtFront() {
        a.org(UBMTTQ, "Ủy ban MTTQ Việt Nam huyện Kim Bảng", VnKinds.UBMTTQ, DISTRICT, UBMTTQ_TINH, HUYEN, 7, 6);
        handOver(UBMTTQ, "ct", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", DISTRICT_FRONT_TERM, danVanHead);
        a.filled(UBMTTQ, "pct1", DEPUTY, "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", DISTRICT_FRONT_TERM);
        a.filled(UBMTTQ, "pct2", DEPUTY, "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", LocalDate.of(2016, 3, 1));
        a.relate(LEADS, HUYEN_UY, UBMTTQ);

        massOrganization(HOI_NONG_DAN, "Hội Nông dân huyện Kim Bảng", VnKinds.HOI_NONG_DAN, 4, 4,
                "ct", "Chủ tịch Hội Nông dân huyện", "pct", "Phó Chủ tịch Hội Nông dân huyện", Sex.ANY, 1962, 1975);
        massOrganization(HOI_PHU_NU, "Hội Liên hiệp Phụ nữ huyện Kim Bảng", VnKinds.HOI_LHPN, 4, 4,
                "ct", "Chủ tịch Hội Liên hiệp Phụ nữ huyện", "pct", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện",
                Sex.FEMALE, 1966, 1980);
        massOrganization(HUYEN_DOAN, "Huyện đoàn Kim Bảng", VnKinds.DOAN_THANH_NIEN, 4, 3,
                "bt", "Bí thư Huyện đoàn", "pbt", "Phó Bí thư Huyện đoàn", Sex.ANY, 1983, 1989);
        massOrganization(HOI_CUU_CHIEN_BINH, "Hội Cựu chiến binh huyện Kim Bảng", VnKinds.HOI_CUU_CHIEN_BINH, 3, 3,
                "ct", "Chủ tịch Hội Cựu chiến binh huyện", "pct", "Phó Chủ tịch Hội Cựu chiến binh huyện", Sex.MALE,
                1956, 1962);
        massOrganization(LIEN_DOAN_LAO_DONG, "Liên đoàn Lao động huyện Kim Bảng", VnKinds.CONG_DOAN, 5, 4,
                "ct", "Chủ tịch Liên đoàn Lao động huyện", "pct", "Phó Chủ tịch Liên đoàn Lao động huyện", Sex.ANY,
                1964, 1978);
    }

    /**
     * A socio-political organization: a root (its provincial counterpart is not modelled), a
     * member of the UBMTTQ huyện and led by the Huyện ủy; a head and one deputy.
     */
    private void massOrganization(UnitId id, String name, UnitKind kind, int quota, int actual, String headSuffix,
            String headTitle, String deputySuffix, String deputyTitle, Sex sex, int bornFrom, int bornTo) {
        a.org(id, name, kind, DISTRICT, null, HUYEN, quota, actual);
        PostId head = a.post(id, headSuffix, HEAD, headTitle);
        a.main(a.person(true, sex, bornFrom, bornTo), head, MASS_ORGANIZATION_TERM);
        PostId deputy = a.post(id, deputySuffix + 1, DEPUTY, deputyTitle);
        a.main(a.person(true, sex, bornFrom, bornTo), deputy, MASS_ORGANIZATION_TERM.plusMonths(2));
        a.relate(MEMBER_OF, id, UBMTTQ);
        a.relate(LEADS, HUYEN_UY, id);
    }

    // ------------------------------------------------------------------ communes and villages

    private void commune(CommuneData c) {
        int index = CommuneData.ALL.indexOf(c);
        UnitId x = a.add(Unit.builder(UnitId.of(c.idPrefix()), capitalized(c.fullName()), c.kind(), COMMUNE)
                .areaKm2(c.areaKm2()).population(c.population()).households(c.households()).unitClass(c.unitClass())
                .build(), HUYEN);
        String word = c.kindWord();

        UnitId du = a.org(id(x, "du"), "Đảng ủy " + c.fullName(), VnKinds.DANG_UY_XA, COMMUNE, HUYEN_UY, x);
        PersonId secretary = a.filled(du, "bt", HEAD, "Bí thư Đảng ủy " + word, COMMUNE_PARTY_TERM);
        a.filled(du, "pbt", DEPUTY, "Phó Bí thư Đảng ủy " + word, COMMUNE_PARTY_TERM);

        // A root: elected councils are not subordinate to one another (the Đảng ủy LEADS it).
        UnitId hdnd = a.org(id(x, "hdnd"), "HĐND " + c.fullName(), VnKinds.HDND, COMMUNE, null, x);
        if (c.secretaryChairsCouncil()) {
            a.concurrent(secretary, a.post(hdnd, "ct", HEAD, "Chủ tịch HĐND " + word), COUNCIL_TERM);
        } else {
            a.filled(hdnd, "ct", HEAD, "Chủ tịch HĐND " + word, COUNCIL_TERM);
        }
        a.filled(hdnd, "pct1", DEPUTY, "Phó Chủ tịch HĐND " + word, COUNCIL_TERM);

        // The commune's quota of cán bộ, công chức by class (as under NĐ 92/2009), recorded on the UBND.
        int quota = c.unitClass() == UnitClass.I ? 25 : c.unitClass() == UnitClass.II ? 23 : 21;
        int actual = OVER_QUOTA.contains(c.slug()) ? quota + 1 : quota - index % 3;
        UnitId ubnd = a.org(id(x, "ubnd"), "UBND " + c.fullName(), VnKinds.UBND, COMMUNE, UBND, x, quota, actual);
        a.leadership(ubnd, "ct", "Chủ tịch UBND " + word, "pct", "Phó Chủ tịch UBND " + word,
                c.unitClass() == UnitClass.I ? 2 : 1, COUNCIL_TERM);

        UnitId mttq = a.org(id(x, "mttq"), "Ủy ban MTTQ Việt Nam " + c.fullName(), VnKinds.UBMTTQ, COMMUNE, UBMTTQ, x);
        a.filled(mttq, "ct", HEAD, "Chủ tịch Ủy ban MTTQ Việt Nam " + word, COMMUNE_FRONT_TERM);

        for (UnitId led : List.of(hdnd, ubnd, mttq)) {
            a.relate(LEADS, du, led);
        }

        // A unit of the district health centre (Thông tư 37/2016/TT-BYT), so a transfer moves the subtree.
        UnitId tyt = a.org(id(x, "tyt"), "Trạm Y tế " + c.fullName(), VnKinds.TRAM_Y_TE, COMMUNE, TRUNG_TAM_Y_TE, x, 5,
                5 + index % 2);
        a.filled(tyt, "tt", HEAD, "Trạm trưởng Trạm Y tế " + word, LocalDate.of(2012 + index % 5, 1 + index % 12, 1));

        for (int v = 0; v < c.villageHouseholds().size(); v++) {
            village(c, x, du, mttq, v);
        }
    }

    /**
     * A village (thôn) or residential group (tổ dân phố) with its party cell and front work board.
     * Where the triple-post model applies (and the models are built), the cell secretary takes the
     * other two posts on {@link KimBang#MODELS_FROM} and their previous holders step down.
     */
    private void village(CommuneData c, UnitId commune, UnitId du, UnitId mttq, int v) {
        boolean township = c.isTownship();
        String label = (township ? "tổ dân phố " : "thôn ") + (v + 1);
        UnitId x = a.add(Unit.builder(id(commune, (township ? "tdp-" : "thon-") + (v + 1)),
                capitalized(label) + " " + c.fullName(), township ? VnKinds.TO_DAN_PHO : VnKinds.THON, VILLAGE)
                .households(c.villageHouseholds().get(v)).build(), commune);
        UnitId cb = a.org(id(x, "cb"), "Chi bộ " + label + " " + c.fullName(), VnKinds.CHI_BO, VILLAGE, du, x);
        UnitId bct = a.org(id(x, "bctmt"), "Ban công tác Mặt trận " + label + " " + c.fullName(),
                VnKinds.BAN_CONG_TAC_MAT_TRAN, VILLAGE, mttq, x);
        a.relate(LEADS, cb, bct);

        PostId secretaryPost = a.post(cb, "bt", HEAD, "Bí thư Chi bộ");
        PostId headPost = a.post(x, "tt", HEAD, township ? "Tổ trưởng tổ dân phố" : "Trưởng thôn");
        PostId boardPost = a.post(bct, "tb", HEAD, "Trưởng ban công tác Mặt trận");

        PersonId secretary = a.person(true, Sex.ANY, 1952, 1975);
        a.main(secretary, secretaryPost, CELL_TERM);
        // Village heads need not be party members: every third one is not.
        boolean headInParty = (villageCount++ % 3) != 2;
        PersonId head = a.person(headInParty, Sex.ANY, 1955, 1978);
        PersonId board = a.person(true, Sex.ANY, 1950, 1970);
        if (withModels && c.tripleModel(v)) {
            a.main(head, headPost, VILLAGE_TERM, MODELS_FROM);
            a.main(board, boardPost, COMMUNE_FRONT_TERM, MODELS_FROM);
            a.concurrent(secretary, headPost, MODELS_FROM);
            a.concurrent(secretary, boardPost, MODELS_FROM);
        } else {
            a.main(head, headPost, VILLAGE_TERM);
            a.main(board, boardPost, COMMUNE_FRONT_TERM);
        }
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
