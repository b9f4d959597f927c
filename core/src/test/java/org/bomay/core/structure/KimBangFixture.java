package org.bomay.core.structure;

import java.time.LocalDate;
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

/**
 * A small hand-made snapshot of Kim Bảng district (Hà Nam) on 1/1/2019, after seed 000. People are
 * fictitious. Units, in the order added (children of a unit are listed in this order):
 *
 * <pre>
 * administrative (STATE, territorial)      PARTY                       STATE                          FRONT
 * hn    Tỉnh Hà Nam                         hn.tu  Tỉnh ủy Hà Nam       hn.stc  Sở Tài chính (root)     kb.mttq  UBMTTQ huyện (root)
 * └ kb  Huyện Kim Bảng                      └ kb.hu Huyện ủy            kb.hdnd HĐND huyện (root)         └ nt.t1.bct Ban công tác MT thôn Thượng
 *   ├ nt  Xã Nhật Tân                         ├ nt.du Đảng ủy xã NT     kb.ubnd UBND huyện (root)        kb.hnd   Hội Nông dân huyện (root)
 *   │ ├ nt.t1 Thôn Thượng                     │ └ nt.t1.cb Chi bộ thôn    ├ kb.vp   Văn phòng HĐND-UBND
 *   │ └ nt.t2 Thôn Hạ                         └ kb.bdv Ban Dân vận        ├ kb.ptckh Phòng TC–KH
 *   └ dh  Xã Đồng Hóa                                                     └ nt.ubnd UBND xã NT
 * </pre>
 *
 * Other relations: kb.hu LEADS kb.hdnd, kb.ubnd, kb.mttq; kb.vp SERVES kb.hdnd and kb.ubnd (so kb.vp has two
 * relations of different types to kb.ubnd); hn.stc GUIDES kb.ptckh; kb.hnd MEMBER_OF kb.mttq.
 *
 * <p>Tenures: An heads Ban Dân vận and concurrently chairs the UBMTTQ (the concurrent tenure is added
 * first); Cường chaired the UBND until 1/7/2016, Dũng since; Khánh will head the finance office from
 * 2020 (vacant on the date); Hòa is village cell secretary and concurrently heads the front work
 * board; Lan is commune secretary and concurrently a district committee member.
 */
final class KimBangFixture {
    static final LocalDate DATE = LocalDate.of(2019, 1, 1);

    static final UnitId HN = UnitId.of("hn");
    static final UnitId KB = UnitId.of("kb");
    static final UnitId NT = UnitId.of("nt");
    static final UnitId DH = UnitId.of("dh");
    static final UnitId NT_T1 = UnitId.of("nt.t1");
    static final UnitId NT_T2 = UnitId.of("nt.t2");
    static final UnitId HN_TU = UnitId.of("hn.tu");
    static final UnitId KB_HU = UnitId.of("kb.hu");
    static final UnitId NT_DU = UnitId.of("nt.du");
    static final UnitId KB_BDV = UnitId.of("kb.bdv");
    static final UnitId NT_T1_CB = UnitId.of("nt.t1.cb");
    static final UnitId HN_STC = UnitId.of("hn.stc");
    static final UnitId KB_HDND = UnitId.of("kb.hdnd");
    static final UnitId KB_UBND = UnitId.of("kb.ubnd");
    static final UnitId KB_VP = UnitId.of("kb.vp");
    static final UnitId KB_PTCKH = UnitId.of("kb.ptckh");
    static final UnitId NT_UBND = UnitId.of("nt.ubnd");
    static final UnitId KB_MTTQ = UnitId.of("kb.mttq");
    static final UnitId KB_HND = UnitId.of("kb.hnd");
    static final UnitId NT_T1_BCT = UnitId.of("nt.t1.bct");

    static final PostId HU_BT = PostId.of("kb.hu.bt");
    static final PostId HU_PBT = PostId.of("kb.hu.pbt");
    static final PostId HU_TV = PostId.of("kb.hu.tv");
    static final PostId HU_UV = PostId.of("kb.hu.uv");
    static final PostId BDV_TB = PostId.of("kb.bdv.tb");
    static final PostId MTTQ_CT = PostId.of("kb.mttq.ct");
    static final PostId UBND_CT = PostId.of("kb.ubnd.ct");
    static final PostId UBND_PCT = PostId.of("kb.ubnd.pct");
    static final PostId PTCKH_TP = PostId.of("kb.ptckh.tp");
    static final PostId PTCKH_CV = PostId.of("kb.ptckh.cv");
    static final PostId DU_BT = PostId.of("nt.du.bt");
    static final PostId CB_BT = PostId.of("nt.t1.cb.bt");
    static final PostId BCT_TB = PostId.of("nt.t1.bct.tb");

    static final PersonId AN = PersonId.of("p.an");
    static final PersonId BINH = PersonId.of("p.binh");
    static final PersonId CUONG = PersonId.of("p.cuong");
    static final PersonId DUNG = PersonId.of("p.dung");
    static final PersonId EM = PersonId.of("p.em");
    static final PersonId GIANG = PersonId.of("p.giang");
    static final PersonId HOA = PersonId.of("p.hoa");
    static final PersonId KHANH = PersonId.of("p.khanh");
    static final PersonId LAN = PersonId.of("p.lan");

    static final Tenure AN_MTTQ = Tenure.concurrent(AN, MTTQ_CT, from(2018, 2, 1));
    static final Tenure AN_BDV = Tenure.main(AN, BDV_TB, from(2015, 10, 1));
    static final Tenure CUONG_UBND = Tenure.main(CUONG, UBND_CT,
            Period.of(LocalDate.of(2011, 7, 1), LocalDate.of(2016, 7, 1)));
    static final Tenure DUNG_UBND = Tenure.main(DUNG, UBND_CT, from(2016, 7, 1));
    static final Tenure HOA_CB = Tenure.main(HOA, CB_BT, from(2017, 1, 1));
    static final Tenure HOA_BCT = Tenure.concurrent(HOA, BCT_TB, from(2018, 2, 1));
    static final Tenure LAN_DU = Tenure.main(LAN, DU_BT, from(2015, 8, 1));
    static final Tenure LAN_UV = Tenure.concurrent(LAN, HU_UV, from(2015, 10, 1));
    static final Tenure KHANH_TP = Tenure.main(KHANH, PTCKH_TP, from(2020, 1, 1));

    private KimBangFixture() {}

    private static Period from(int y, int m, int d) {
        return Period.from(LocalDate.of(y, m, d));
    }

    private static Unit admin(UnitId id, String name, UnitKind kind, Level level) {
        return Unit.of(id, name, kind, level);
    }

    private static Unit org(UnitId id, String name, UnitKind kind, Level level, UnitId territory) {
        return Unit.builder(id, name, kind, level).territory(territory).build();
    }

    static OrgStructure.Builder builder() {
        return OrgStructure.builder(DATE)
                // administrative units
                .add(Unit.builder(HN, "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE).areaKm2(862.0).population(852_800).build())
                .add(admin(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), HN)
                .add(admin(NT, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), KB)
                .add(admin(DH, "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE), KB)
                .add(Unit.builder(NT_T1, "Thôn Thượng", VnKinds.THON, Level.VILLAGE).households(210).build(), NT)
                .add(Unit.builder(NT_T2, "Thôn Hạ", VnKinds.THON, Level.VILLAGE).households(95).build(), NT)
                // party
                .add(org(HN_TU, "Tỉnh ủy Hà Nam", VnKinds.TINH_UY, Level.PROVINCE, HN))
                .add(Unit.builder(KB_HU, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT).territory(KB)
                        .staffQuota(40).build(), HN_TU)
                .add(org(NT_DU, "Đảng ủy xã Nhật Tân", VnKinds.DANG_UY_XA, Level.COMMUNE, NT), KB_HU)
                .add(org(KB_BDV, "Ban Dân vận Huyện ủy Kim Bảng", VnKinds.BAN_DAN_VAN, Level.DISTRICT, KB), KB_HU)
                .add(org(NT_T1_CB, "Chi bộ thôn Thượng", VnKinds.CHI_BO, Level.VILLAGE, NT_T1), NT_DU)
                // state
                .add(org(HN_STC, "Sở Tài chính Hà Nam", VnKinds.SO, Level.PROVINCE, HN))
                .add(org(KB_HDND, "Hội đồng nhân dân huyện Kim Bảng", VnKinds.HDND, Level.DISTRICT, KB))
                .add(Unit.builder(KB_UBND, "Ủy ban nhân dân huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT).territory(KB)
                        .staffQuota(75).actualStaff(70).build())
                .add(org(KB_VP, "Văn phòng HĐND và UBND huyện Kim Bảng", VnKinds.VAN_PHONG_HDND_UBND, Level.DISTRICT, KB),
                        KB_UBND)
                .add(Unit.builder(KB_PTCKH, "Phòng Tài chính – Kế hoạch huyện Kim Bảng", VnKinds.PHONG, Level.DISTRICT)
                        .territory(KB).staffQuota(8).actualStaff(7).build(), KB_UBND)
                .add(org(NT_UBND, "Ủy ban nhân dân xã Nhật Tân", VnKinds.UBND, Level.COMMUNE, NT), KB_UBND)
                // front
                .add(org(KB_MTTQ, "Ủy ban Mặt trận Tổ quốc huyện Kim Bảng", VnKinds.UBMTTQ, Level.DISTRICT, KB))
                .add(org(KB_HND, "Hội Nông dân huyện Kim Bảng", VnKinds.HOI_NONG_DAN, Level.DISTRICT, KB))
                .add(org(NT_T1_BCT, "Ban công tác Mặt trận thôn Thượng", VnKinds.BAN_CONG_TAC_MAT_TRAN, Level.VILLAGE,
                        NT_T1), KB_MTTQ)
                // other relations
                .add(Relation.of(RelationType.LEADS, KB_HU, KB_HDND))
                .add(Relation.of(RelationType.LEADS, KB_HU, KB_UBND))
                .add(Relation.of(RelationType.LEADS, KB_HU, KB_MTTQ))
                .add(Relation.of(RelationType.SERVES, KB_VP, KB_HDND))
                .add(Relation.of(RelationType.SERVES, KB_VP, KB_UBND))
                .add(Relation.of(RelationType.GUIDES, HN_STC, KB_PTCKH))
                .add(Relation.of(RelationType.MEMBER_OF, KB_HND, KB_MTTQ))
                // posts
                .add(Post.of(HU_BT, KB_HU, PostRole.HEAD, "Bí thư Huyện ủy"))
                .add(Post.of(HU_PBT, KB_HU, PostRole.DEPUTY, "Phó Bí thư Huyện ủy", 2))
                .add(Post.of(HU_TV, KB_HU, PostRole.STANDING_MEMBER, "Ủy viên Ban Thường vụ Huyện ủy", 13))
                .add(Post.of(HU_UV, KB_HU, PostRole.MEMBER, "Huyện ủy viên", 33))
                .add(Post.of(BDV_TB, KB_BDV, PostRole.HEAD, "Trưởng Ban Dân vận Huyện ủy"))
                .add(Post.of(MTTQ_CT, KB_MTTQ, PostRole.HEAD, "Chủ tịch Ủy ban MTTQ huyện"))
                .add(Post.of(UBND_CT, KB_UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(UBND_PCT, KB_UBND, PostRole.DEPUTY, "Phó Chủ tịch UBND huyện", 3))
                .add(Post.of(PTCKH_TP, KB_PTCKH, PostRole.HEAD, "Trưởng phòng Tài chính – Kế hoạch"))
                .add(Post.of(PTCKH_CV, KB_PTCKH, PostRole.STAFF, "Chuyên viên", 5))
                .add(Post.of(DU_BT, NT_DU, PostRole.HEAD, "Bí thư Đảng ủy xã Nhật Tân"))
                .add(Post.of(CB_BT, NT_T1_CB, PostRole.HEAD, "Bí thư Chi bộ thôn Thượng"))
                .add(Post.of(BCT_TB, NT_T1_BCT, PostRole.HEAD, "Trưởng Ban công tác Mặt trận thôn Thượng"))
                // people
                .add(Person.of(AN, "Nguyễn Văn An", true))
                .add(Person.of(BINH, "Trần Thị Bình", true))
                .add(Person.of(CUONG, "Lê Văn Cường", true))
                .add(Person.of(DUNG, "Phạm Văn Dũng", true))
                .add(Person.of(EM, "Hoàng Thị Em", true))
                .add(Person.of(GIANG, "Đỗ Văn Giang", false))
                .add(Person.of(HOA, "Vũ Thị Hòa", true))
                .add(Person.of(KHANH, "Ngô Văn Khánh", true))
                .add(Person.of(LAN, "Bùi Thị Lan", true))
                // tenures
                .add(AN_MTTQ)
                .add(AN_BDV)
                .add(Tenure.main(BINH, HU_BT, from(2015, 10, 1)))
                .add(CUONG_UBND)
                .add(DUNG_UBND)
                .add(Tenure.main(EM, UBND_PCT, from(2016, 7, 1)))
                .add(Tenure.main(GIANG, UBND_PCT, from(2016, 7, 1)))
                .add(HOA_CB)
                .add(HOA_BCT)
                .add(LAN_DU)
                .add(LAN_UV)
                .add(KHANH_TP);
    }

    static OrgStructure structure() {
        return builder().build();
    }
}
