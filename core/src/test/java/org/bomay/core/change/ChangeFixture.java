package org.bomay.core.change;

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
import org.bomay.core.structure.OrgStructure;

/**
 * A small district on 1/1/2018, for the change tests. People are fictitious, numbers illustrative.
 *
 * <pre>
 * hn Tỉnh Hà Nam ─ kb Huyện Kim Bảng ─┬ x1 Xã Nhật Tân ─ x1.t1 Thôn Thượng
 *                                     └ x2 Xã Đồng Hóa
 * hn.tu Tỉnh ủy ─ kb.hu Huyện ủy ─┬ kb.hu.vp Văn phòng Huyện ủy (quota 8, staff 7; head Bình, deputy Chi)
 *                                 ├ kb.hu.bdv Ban Dân vận (head An)
 *                                 ├ x1.du Đảng ủy xã Nhật Tân ─ x1.t1.cb Chi bộ thôn Thượng (secretary Hòa)
 *                                 └ x2.du Đảng ủy xã Đồng Hóa
 * hn.syt Sở Y tế ─ kb.ttyt Trung tâm Y tế (quota 50, staff 48; director Giang) ─ x1.tyt, x2.tyt Trạm y tế
 * kb.ubnd UBND (root; chair Dũng) ─┬ kb.ubnd.vp Văn phòng HĐND-UBND (quota 12, staff 11; head Em)
 *                                  └ kb.ubnd.nv Phòng Nội vụ (quota 6, staff 6; no head post held)
 * kb.hdnd HĐND (root); kb.mttq UBMTTQ (root; chair: An concurrently)
 * relations: kb.hu LEADS kb.ubnd, kb.hdnd, kb.mttq; kb.hu.vp SERVES kb.hu; kb.ubnd.vp SERVES kb.hdnd, kb.ubnd
 * </pre>
 */
final class ChangeFixture {
    static final LocalDate DATE = LocalDate.of(2018, 1, 1);
    static final LocalDate D = LocalDate.of(2018, 7, 1);

    static final UnitId HN = UnitId.of("hn");
    static final UnitId KB = UnitId.of("kb");
    static final UnitId X1 = UnitId.of("x1");
    static final UnitId X2 = UnitId.of("x2");
    static final UnitId X1_T1 = UnitId.of("x1.t1");
    static final UnitId TU = UnitId.of("hn.tu");
    static final UnitId HU = UnitId.of("kb.hu");
    static final UnitId VPHU = UnitId.of("kb.hu.vp");
    static final UnitId BDV = UnitId.of("kb.hu.bdv");
    static final UnitId X1_DU = UnitId.of("x1.du");
    static final UnitId X2_DU = UnitId.of("x2.du");
    static final UnitId X1_CB = UnitId.of("x1.t1.cb");
    static final UnitId SYT = UnitId.of("hn.syt");
    static final UnitId TTYT = UnitId.of("kb.ttyt");
    static final UnitId X1_TYT = UnitId.of("x1.tyt");
    static final UnitId X2_TYT = UnitId.of("x2.tyt");
    static final UnitId UBND = UnitId.of("kb.ubnd");
    static final UnitId VPUB = UnitId.of("kb.ubnd.vp");
    static final UnitId NV = UnitId.of("kb.ubnd.nv");
    static final UnitId HDND = UnitId.of("kb.hdnd");
    static final UnitId MTTQ = UnitId.of("kb.mttq");

    static final PostId VPHU_CVP = PostId.of("kb.hu.vp.cvp");
    static final PostId VPHU_PCVP = PostId.of("kb.hu.vp.pcvp");
    static final PostId VPUB_CVP = PostId.of("kb.ubnd.vp.cvp");
    static final PostId BDV_TB = PostId.of("kb.hu.bdv.tb");
    static final PostId MTTQ_CT = PostId.of("kb.mttq.ct");
    static final PostId CB_BT = PostId.of("x1.t1.cb.bt");
    static final PostId TRUONG_THON = PostId.of("x1.t1.tt");
    static final PostId TTYT_GD = PostId.of("kb.ttyt.gd");
    static final PostId UBND_CT = PostId.of("kb.ubnd.ct");
    static final PostId NV_TP = PostId.of("kb.ubnd.nv.tp");
    static final PostId NV_CV = PostId.of("kb.ubnd.nv.cv");

    static final PersonId AN = PersonId.of("p.an");
    static final PersonId BINH = PersonId.of("p.binh");
    static final PersonId CHI = PersonId.of("p.chi");
    static final PersonId DUNG = PersonId.of("p.dung");
    static final PersonId EM = PersonId.of("p.em");
    static final PersonId GIANG = PersonId.of("p.giang");
    static final PersonId HOA = PersonId.of("p.hoa");
    static final PersonId KHANH = PersonId.of("p.khanh");

    private ChangeFixture() {
    }

    static Unit admin(UnitId id, String name, UnitKind kind, Level level) {
        return Unit.builder(id, name, kind, level).build();
    }

    static Unit org(UnitId id, String name, UnitKind kind, Level level, UnitId territory, Integer quota, Integer staff) {
        return Unit.builder(id, name, kind, level).territory(territory).staffQuota(quota).actualStaff(staff).build();
    }

    static OrgStructure structure() {
        Period since2015 = Period.from(LocalDate.of(2015, 10, 1));
        return OrgStructure.builder(DATE)
                .add(admin(HN, "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(admin(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), HN)
                .add(admin(X1, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), KB)
                .add(admin(X2, "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE), KB)
                .add(admin(X1_T1, "Thôn Thượng", VnKinds.THON, Level.VILLAGE), X1)
                .add(org(TU, "Tỉnh ủy Hà Nam", VnKinds.TINH_UY, Level.PROVINCE, HN, null, null))
                .add(org(HU, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, KB, null, null), TU)
                .add(org(VPHU, "Văn phòng Huyện ủy Kim Bảng", VnKinds.VAN_PHONG_CAP_UY, Level.DISTRICT, KB, 8, 7), HU)
                .add(org(BDV, "Ban Dân vận Huyện ủy Kim Bảng", VnKinds.BAN_DAN_VAN, Level.DISTRICT, KB, 5, 5), HU)
                .add(org(X1_DU, "Đảng ủy xã Nhật Tân", VnKinds.DANG_UY_XA, Level.COMMUNE, X1, null, null), HU)
                .add(org(X2_DU, "Đảng ủy xã Đồng Hóa", VnKinds.DANG_UY_XA, Level.COMMUNE, X2, null, null), HU)
                .add(org(X1_CB, "Chi bộ thôn Thượng", VnKinds.CHI_BO, Level.VILLAGE, X1_T1, null, null), X1_DU)
                .add(org(SYT, "Sở Y tế Hà Nam", VnKinds.SO, Level.PROVINCE, HN, null, null))
                .add(org(TTYT, "Trung tâm Y tế huyện Kim Bảng", VnKinds.TRUNG_TAM_Y_TE, Level.DISTRICT, KB, 50, 48), SYT)
                .add(org(X1_TYT, "Trạm y tế xã Nhật Tân", VnKinds.TRAM_Y_TE, Level.COMMUNE, X1, 5, 5), TTYT)
                .add(org(X2_TYT, "Trạm y tế xã Đồng Hóa", VnKinds.TRAM_Y_TE, Level.COMMUNE, X2, 5, 4), TTYT)
                .add(org(UBND, "Ủy ban nhân dân huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, KB, null, null))
                .add(org(VPUB, "Văn phòng HĐND và UBND huyện Kim Bảng", VnKinds.VAN_PHONG_HDND_UBND, Level.DISTRICT, KB, 12, 11),
                        UBND)
                .add(org(NV, "Phòng Nội vụ huyện Kim Bảng", VnKinds.PHONG, Level.DISTRICT, KB, 6, 6), UBND)
                .add(org(HDND, "Hội đồng nhân dân huyện Kim Bảng", VnKinds.HDND, Level.DISTRICT, KB, null, null))
                .add(org(MTTQ, "Ủy ban MTTQ Việt Nam huyện Kim Bảng", VnKinds.UBMTTQ, Level.DISTRICT, KB, null, null))
                .add(Relation.of(RelationType.LEADS, HU, UBND))
                .add(Relation.of(RelationType.LEADS, HU, HDND))
                .add(Relation.of(RelationType.LEADS, HU, MTTQ))
                .add(Relation.of(RelationType.SERVES, VPHU, HU))
                .add(Relation.of(RelationType.SERVES, VPUB, HDND))
                .add(Relation.of(RelationType.SERVES, VPUB, UBND))
                .add(Post.of(VPHU_CVP, VPHU, PostRole.HEAD, "Chánh Văn phòng Huyện ủy"))
                .add(Post.of(VPHU_PCVP, VPHU, PostRole.DEPUTY, "Phó Chánh Văn phòng Huyện ủy"))
                .add(Post.of(VPUB_CVP, VPUB, PostRole.HEAD, "Chánh Văn phòng HĐND và UBND"))
                .add(Post.of(BDV_TB, BDV, PostRole.HEAD, "Trưởng Ban Dân vận"))
                .add(Post.of(MTTQ_CT, MTTQ, PostRole.HEAD, "Chủ tịch Ủy ban MTTQ"))
                .add(Post.of(CB_BT, X1_CB, PostRole.HEAD, "Bí thư chi bộ"))
                .add(Post.of(TRUONG_THON, X1_T1, PostRole.HEAD, "Trưởng thôn"))
                .add(Post.of(TTYT_GD, TTYT, PostRole.HEAD, "Giám đốc Trung tâm Y tế"))
                .add(Post.of(UBND_CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(NV_TP, NV, PostRole.HEAD, "Trưởng phòng Nội vụ"))
                .add(Post.of(NV_CV, NV, PostRole.STAFF, "Chuyên viên", 5))
                .add(Person.of(AN, "Nguyễn Văn An", true))
                .add(Person.of(BINH, "Trần Thị Bình", true))
                .add(Person.of(CHI, "Lê Văn Chi", true))
                .add(Person.of(DUNG, "Phạm Văn Dũng", true))
                .add(Person.of(EM, "Hoàng Thị Em", true))
                .add(Person.of(GIANG, "Vũ Văn Giang", true))
                .add(Person.of(HOA, "Đỗ Thị Hòa", true))
                .add(Person.of(KHANH, "Bùi Văn Khánh", false))
                .add(Tenure.main(AN, BDV_TB, since2015))
                .add(Tenure.concurrent(AN, MTTQ_CT, Period.from(LocalDate.of(2016, 1, 1))))
                .add(Tenure.main(BINH, VPHU_CVP, since2015))
                .add(Tenure.main(CHI, VPHU_PCVP, Period.of(LocalDate.of(2012, 1, 1), LocalDate.of(2016, 1, 1))))
                .add(Tenure.main(CHI, VPHU_PCVP, Period.from(LocalDate.of(2016, 6, 1))))
                .add(Tenure.main(DUNG, UBND_CT, since2015))
                .add(Tenure.main(EM, VPUB_CVP, since2015))
                .add(Tenure.main(GIANG, TTYT_GD, since2015))
                .add(Tenure.main(HOA, CB_BT, since2015))
                .add(Tenure.main(KHANH, NV_CV, since2015))
                .build();
    }
}
