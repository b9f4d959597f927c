package org.bomay.core.sim;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.SingleHead;
import org.bomay.core.rules.types.StaffWithinQuota;
import org.bomay.core.structure.OrgStructure;

/**
 * A small hand-checked district on 1/1/2019 for the simulation tests. People are fictitious,
 * numbers illustrative. Units in the order added (tree order):
 *
 * <pre>
 * administrative units (territorial)
 *   hn Tỉnh Hà Nam ─ kb Huyện Kim Bảng ─┬ x1 Xã Nhật Tân (quota 10, staff 9) ─┬ x1.t1 Thôn Thượng (trưởng thôn Đào)
 *                                       │                                     └ x1.t2 Thôn Hạ (trưởng thôn vacant)
 *                                       ├ x2 Xã Đồng Hóa ─ x2.t1 Thôn Đông
 *                                       └ x3 Xã Tân Sơn
 * PARTY
 *   kb.hu Huyện ủy (bt An) ─┬ kb.hu.btc Ban Tổ chức (tb Bình)
 *                           ├ kb.hu.bdv Ban Dân vận (tb Cường)
 *                           ├ kb.hu.vp Văn phòng Huyện ủy (7/7; cvp Dung)
 *                           ├ x1.du Đảng ủy xã Nhật Tân (bt Hải) ─ x1.t1.cb Chi bộ thôn Thượng (bt vacant)
 *                           ├ x2.du Đảng ủy xã Đồng Hóa (bt Khoa)
 *                           └ x3.du Đảng ủy xã Tân Sơn (bt Lâm)
 * STATE
 *   kb.ubnd UBND (ct Oanh; pct Phúc, Quang) ─┬ kb.nv Phòng Nội vụ (quota/staff 6/6; tp Sơn; pp Tâm, Uyên)
 *                                            ├ kb.tc Phòng Tài chính – Kế hoạch (8/7; tp Vân; pp Xuân)
 *                                            ├ kb.vp Văn phòng HĐND và UBND (12/13; cvp Yến; pcvp Bảo, Chung, Đạt)
 *                                            ├ kb.tkn Trạm Khuyến nông (5/4; 1/1/2010 – 1/3/2018: NOT in force)
 *                                            └ kb.qd Trung tâm Phát triển quỹ đất (from 1/1/2021: NOT in force; gd vacant)
 *   x1.hdnd, x2.hdnd, x3.hdnd HĐND xã (roots; ct Hải and Khoa concurrently, Minh)
 * FRONT
 *   kb.mttq UBMTTQ huyện (5/4; ct Giang; pct vacant) ─ x1.mttq UBMTTQ xã Nhật Tân (ct Hương)
 * </pre>
 *
 * <p>Hand counts on the baseline date (units in force only; kb.tkn and kb.qd excluded):
 * <ul>
 *   <li>organizations 17: PARTY 8 (kb.hu, btc, bdv, hu.vp, x1.du, x1.t1.cb, x2.du, x3.du), STATE 7 (kb.ubnd, nv, tc, vp,
 *       3 HĐND), FRONT 2; DISTRICT 9, COMMUNE 7, VILLAGE 1. Administrative units 8: 1 province, 1 district, 3 communes,
 *       3 villages.</li>
 *   <li>posts 24 (kb.qd.gd excluded): HEAD 19, DEPUTY 5; vacant 3 (x1.t1.cb.bt, x1.t2.tt, kb.mttq.pct). Deputies in office
 *       8: kb.ubnd 2, kb.nv 2, kb.tc 1, kb.vp 3.</li>
 *   <li>staff (hu.vp 7/7, nv 6/6, tc 8/7, vp 12/13, mttq 5/4, x1 10/9): quota 48, actual 46, vacancies 3 (tc, mttq, x1),
 *       1 unit over quota (kb.vp).</li>
 *   <li>concurrent: Hải (x1.hdnd.ct), Khoa (x2.hdnd.ct): 2 tenures, 2 people; model bí thư xã = chủ tịch HĐND 2/3.</li>
 *   <li>spans: kb.hu 6, x1.du 1, kb.ubnd 3, kb.mttq 1; layers PARTY 3, STATE 2, FRONT 2.</li>
 *   <li>{@link #pack()}: t.cap-pho ERROR on kb.vp (3 deputies &gt; 2), t.bien-che ERROR on kb.vp (13 &gt; 12),
 *       t.mot-nguoi-dung-dau WARNING on x1.t1.cb and x1.t2.</li>
 * </ul>
 *
 * <p>The programme ({@link #programme}): 1/7/2019 kb.nv and kb.tc merge into kb.nvtc (head Sơn; Vân's head post
 * becomes a deputy post); 1/10/2019 the cell moves under kb.hu; 1/1/2020 Minh leaves x3.hdnd.ct and Lâm takes it
 * concurrently; 1/7/2020 kb.vp loses 2 staff.
 *
 * <p>Birth dates for retirement at 60: Hải 15/6/1959, Quang 31/12/1959 and Sơn 10/3/1959 reach it in 2019; Đạt
 * 1/1/1960 and Yến 1/3/1960 in 2020; Ích (1/1/1950) holds no post; Đào has no birth date.
 */
final class SimFixture {
    static final LocalDate BASE = LocalDate.of(2019, 1, 1);
    static final LocalDate MERGER_DAY = LocalDate.of(2019, 7, 1);
    static final LocalDate TRANSFER_DAY = LocalDate.of(2019, 10, 1);
    static final LocalDate MODEL_DAY = LocalDate.of(2020, 1, 1);
    static final LocalDate REDUCE_DAY = LocalDate.of(2020, 7, 1);
    static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);
    static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

    static final UnitId HN = UnitId.of("hn");
    static final UnitId KB = UnitId.of("kb");
    static final UnitId X1 = UnitId.of("x1");
    static final UnitId X1_T1 = UnitId.of("x1.t1");
    static final UnitId X1_T2 = UnitId.of("x1.t2");
    static final UnitId X2 = UnitId.of("x2");
    static final UnitId X2_T1 = UnitId.of("x2.t1");
    static final UnitId X3 = UnitId.of("x3");
    static final UnitId HU = UnitId.of("kb.hu");
    static final UnitId BTC = UnitId.of("kb.hu.btc");
    static final UnitId BDV = UnitId.of("kb.hu.bdv");
    static final UnitId HU_VP = UnitId.of("kb.hu.vp");
    static final UnitId X1_DU = UnitId.of("x1.du");
    static final UnitId X1_CB = UnitId.of("x1.t1.cb");
    static final UnitId X2_DU = UnitId.of("x2.du");
    static final UnitId X3_DU = UnitId.of("x3.du");
    static final UnitId UBND = UnitId.of("kb.ubnd");
    static final UnitId NV = UnitId.of("kb.nv");
    static final UnitId TC = UnitId.of("kb.tc");
    static final UnitId VP = UnitId.of("kb.vp");
    static final UnitId TKN = UnitId.of("kb.tkn");
    static final UnitId QD = UnitId.of("kb.qd");
    static final UnitId X1_HDND = UnitId.of("x1.hdnd");
    static final UnitId X2_HDND = UnitId.of("x2.hdnd");
    static final UnitId X3_HDND = UnitId.of("x3.hdnd");
    static final UnitId MTTQ = UnitId.of("kb.mttq");
    static final UnitId X1_MTTQ = UnitId.of("x1.mttq");
    /** The office formed by {@link #merger()}. */
    static final UnitId NVTC = UnitId.of("kb.nvtc");

    static final PostId HU_BT = PostId.of("kb.hu.bt");
    static final PostId BTC_TB = PostId.of("kb.hu.btc.tb");
    static final PostId BDV_TB = PostId.of("kb.hu.bdv.tb");
    static final PostId HU_VP_CVP = PostId.of("kb.hu.vp.cvp");
    static final PostId X1_DU_BT = PostId.of("x1.du.bt");
    static final PostId X1_CB_BT = PostId.of("x1.t1.cb.bt");
    static final PostId X2_DU_BT = PostId.of("x2.du.bt");
    static final PostId X3_DU_BT = PostId.of("x3.du.bt");
    static final PostId UBND_CT = PostId.of("kb.ubnd.ct");
    static final PostId UBND_PCT = PostId.of("kb.ubnd.pct");
    static final PostId NV_TP = PostId.of("kb.nv.tp");
    static final PostId NV_PP = PostId.of("kb.nv.pp");
    static final PostId TC_TP = PostId.of("kb.tc.tp");
    static final PostId TC_PP = PostId.of("kb.tc.pp");
    static final PostId VP_CVP = PostId.of("kb.vp.cvp");
    static final PostId VP_PCVP = PostId.of("kb.vp.pcvp");
    static final PostId QD_GD = PostId.of("kb.qd.gd");
    static final PostId X1_HDND_CT = PostId.of("x1.hdnd.ct");
    static final PostId X2_HDND_CT = PostId.of("x2.hdnd.ct");
    static final PostId X3_HDND_CT = PostId.of("x3.hdnd.ct");
    static final PostId X1_T1_TT = PostId.of("x1.t1.tt");
    static final PostId X1_T2_TT = PostId.of("x1.t2.tt");
    static final PostId MTTQ_CT = PostId.of("kb.mttq.ct");
    static final PostId MTTQ_PCT = PostId.of("kb.mttq.pct");
    static final PostId X1_MTTQ_CT = PostId.of("x1.mttq.ct");

    static final PersonId AN = PersonId.of("p.an");
    static final PersonId BINH = PersonId.of("p.binh");
    static final PersonId CUONG = PersonId.of("p.cuong");
    static final PersonId DUNG = PersonId.of("p.dung");
    static final PersonId HAI = PersonId.of("p.hai");
    static final PersonId KHOA = PersonId.of("p.khoa");
    static final PersonId LAM = PersonId.of("p.lam");
    static final PersonId MINH = PersonId.of("p.minh");
    static final PersonId OANH = PersonId.of("p.oanh");
    static final PersonId PHUC = PersonId.of("p.phuc");
    static final PersonId QUANG = PersonId.of("p.quang");
    static final PersonId SON = PersonId.of("p.son");
    static final PersonId TAM = PersonId.of("p.tam");
    static final PersonId UYEN = PersonId.of("p.uyen");
    static final PersonId VAN = PersonId.of("p.van");
    static final PersonId XUAN = PersonId.of("p.xuan");
    static final PersonId YEN = PersonId.of("p.yen");
    static final PersonId BAO = PersonId.of("p.bao");
    static final PersonId CHUNG = PersonId.of("p.chung");
    static final PersonId DAT = PersonId.of("p.dat");
    static final PersonId DAO = PersonId.of("p.dao");
    static final PersonId GIANG = PersonId.of("p.giang");
    static final PersonId HUONG = PersonId.of("p.huong");
    static final PersonId ICH = PersonId.of("p.ich");

    static final String CAP_PHO = "t.cap-pho";
    static final String BIEN_CHE = "t.bien-che";
    static final String MOT_NGUOI = "t.mot-nguoi-dung-dau";
    static final String MODEL = VnRules.MODEL_BI_THU_XA_HDND;

    static final LegalBasis ND108 = LegalBasis.of("108/2020/NĐ-CP", "Quy định tổ chức các cơ quan chuyên môn");

    private SimFixture() {}

    private static Unit org(UnitId id, String name, UnitKind kind, Level level, UnitId territory) {
        return Unit.builder(id, name, kind, level).territory(territory).build();
    }

    private static Unit staffed(UnitId id, String name, UnitKind kind, int quota, int actual) {
        return Unit.builder(id, name, kind, Level.DISTRICT).territory(KB).staffQuota(quota).actualStaff(actual).build();
    }

    private static Person person(PersonId id, String name, LocalDate born) {
        Person p = Person.of(id, name, true);
        return born == null ? p : p.withBirthDate(born);
    }

    static OrgStructure structure() {
        Period since2015 = Period.from(LocalDate.of(2015, 1, 1));
        return OrgStructure.builder(BASE)
                // administrative units
                .add(Unit.builder(HN, "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE).build())
                .add(Unit.builder(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).build(), HN)
                .add(Unit.builder(X1, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).staffQuota(10).actualStaff(9).build(), KB)
                .add(Unit.builder(X1_T1, "Thôn Thượng", VnKinds.THON, Level.VILLAGE).build(), X1)
                .add(Unit.builder(X1_T2, "Thôn Hạ", VnKinds.THON, Level.VILLAGE).build(), X1)
                .add(Unit.builder(X2, "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE).build(), KB)
                .add(Unit.builder(X2_T1, "Thôn Đông", VnKinds.THON, Level.VILLAGE).build(), X2)
                .add(Unit.builder(X3, "Xã Tân Sơn", VnKinds.XA, Level.COMMUNE).build(), KB)
                // party
                .add(org(HU, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, KB))
                .add(org(BTC, "Ban Tổ chức Huyện ủy", VnKinds.BAN_TO_CHUC, Level.DISTRICT, KB), HU)
                .add(org(BDV, "Ban Dân vận Huyện ủy", VnKinds.BAN_DAN_VAN, Level.DISTRICT, KB), HU)
                .add(staffed(HU_VP, "Văn phòng Huyện ủy", VnKinds.VAN_PHONG_CAP_UY, 7, 7), HU)
                .add(org(X1_DU, "Đảng ủy xã Nhật Tân", VnKinds.DANG_UY_XA, Level.COMMUNE, X1), HU)
                .add(org(X1_CB, "Chi bộ thôn Thượng", VnKinds.CHI_BO, Level.VILLAGE, X1_T1), X1_DU)
                .add(org(X2_DU, "Đảng ủy xã Đồng Hóa", VnKinds.DANG_UY_XA, Level.COMMUNE, X2), HU)
                .add(org(X3_DU, "Đảng ủy xã Tân Sơn", VnKinds.DANG_UY_XA, Level.COMMUNE, X3), HU)
                // state
                .add(org(UBND, "Ủy ban nhân dân huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, KB))
                .add(staffed(NV, "Phòng Nội vụ", VnKinds.PHONG, 6, 6), UBND)
                .add(staffed(TC, "Phòng Tài chính – Kế hoạch", VnKinds.PHONG, 8, 7), UBND)
                .add(staffed(VP, "Văn phòng HĐND và UBND", VnKinds.VAN_PHONG_HDND_UBND, 12, 13), UBND)
                .add(staffed(TKN, "Trạm Khuyến nông", VnKinds.TRAM, 5, 4).withValidity(
                        Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2018, 3, 1))), UBND)
                .add(Unit.builder(QD, "Trung tâm Phát triển quỹ đất", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT).territory(KB)
                        .validity(Period.from(LocalDate.of(2021, 1, 1))).build(), UBND)
                .add(org(X1_HDND, "Hội đồng nhân dân xã Nhật Tân", VnKinds.HDND, Level.COMMUNE, X1))
                .add(org(X2_HDND, "Hội đồng nhân dân xã Đồng Hóa", VnKinds.HDND, Level.COMMUNE, X2))
                .add(org(X3_HDND, "Hội đồng nhân dân xã Tân Sơn", VnKinds.HDND, Level.COMMUNE, X3))
                // front
                .add(Unit.builder(MTTQ, "Ủy ban MTTQ huyện Kim Bảng", VnKinds.UBMTTQ, Level.DISTRICT).territory(KB).staffQuota(5)
                        .actualStaff(4).build())
                .add(org(X1_MTTQ, "Ủy ban MTTQ xã Nhật Tân", VnKinds.UBMTTQ, Level.COMMUNE, X1), MTTQ)
                // posts
                .add(Post.of(HU_BT, HU, PostRole.HEAD, "Bí thư Huyện ủy"))
                .add(Post.of(BTC_TB, BTC, PostRole.HEAD, "Trưởng Ban Tổ chức"))
                .add(Post.of(BDV_TB, BDV, PostRole.HEAD, "Trưởng Ban Dân vận"))
                .add(Post.of(HU_VP_CVP, HU_VP, PostRole.HEAD, "Chánh Văn phòng Huyện ủy"))
                .add(Post.of(X1_DU_BT, X1_DU, PostRole.HEAD, "Bí thư Đảng ủy xã Nhật Tân"))
                .add(Post.of(X1_CB_BT, X1_CB, PostRole.HEAD, "Bí thư Chi bộ thôn Thượng"))
                .add(Post.of(X2_DU_BT, X2_DU, PostRole.HEAD, "Bí thư Đảng ủy xã Đồng Hóa"))
                .add(Post.of(X3_DU_BT, X3_DU, PostRole.HEAD, "Bí thư Đảng ủy xã Tân Sơn"))
                .add(Post.of(UBND_CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(UBND_PCT, UBND, PostRole.DEPUTY, "Phó Chủ tịch UBND huyện", 3))
                .add(Post.of(NV_TP, NV, PostRole.HEAD, "Trưởng phòng Nội vụ"))
                .add(Post.of(NV_PP, NV, PostRole.DEPUTY, "Phó Trưởng phòng Nội vụ", 3))
                .add(Post.of(TC_TP, TC, PostRole.HEAD, "Trưởng phòng Tài chính – Kế hoạch"))
                .add(Post.of(TC_PP, TC, PostRole.DEPUTY, "Phó Trưởng phòng Tài chính – Kế hoạch", 3))
                .add(Post.of(VP_CVP, VP, PostRole.HEAD, "Chánh Văn phòng HĐND và UBND"))
                .add(Post.of(VP_PCVP, VP, PostRole.DEPUTY, "Phó Chánh Văn phòng HĐND và UBND", 3))
                .add(Post.of(QD_GD, QD, PostRole.HEAD, "Giám đốc Trung tâm Phát triển quỹ đất"))
                .add(Post.of(X1_HDND_CT, X1_HDND, PostRole.HEAD, "Chủ tịch HĐND xã Nhật Tân"))
                .add(Post.of(X2_HDND_CT, X2_HDND, PostRole.HEAD, "Chủ tịch HĐND xã Đồng Hóa"))
                .add(Post.of(X3_HDND_CT, X3_HDND, PostRole.HEAD, "Chủ tịch HĐND xã Tân Sơn"))
                .add(Post.of(X1_T1_TT, X1_T1, PostRole.HEAD, "Trưởng thôn Thượng"))
                .add(Post.of(X1_T2_TT, X1_T2, PostRole.HEAD, "Trưởng thôn Hạ"))
                .add(Post.of(MTTQ_CT, MTTQ, PostRole.HEAD, "Chủ tịch Ủy ban MTTQ huyện"))
                .add(Post.of(MTTQ_PCT, MTTQ, PostRole.DEPUTY, "Phó Chủ tịch Ủy ban MTTQ huyện"))
                .add(Post.of(X1_MTTQ_CT, X1_MTTQ, PostRole.HEAD, "Chủ tịch Ủy ban MTTQ xã Nhật Tân"))
                // people (a structure lists them by id, the order retirements are projected in)
                .add(person(AN, "Nguyễn Văn An", LocalDate.of(1965, 4, 2)))
                .add(person(BINH, "Trần Thị Bình", LocalDate.of(1975, 2, 1)))
                .add(person(CUONG, "Lê Văn Cường", LocalDate.of(1980, 8, 8)))
                .add(person(DUNG, "Phạm Thị Dung", LocalDate.of(1982, 1, 15)))
                .add(person(HAI, "Hoàng Văn Hải", LocalDate.of(1959, 6, 15)))
                .add(person(KHOA, "Vũ Văn Khoa", LocalDate.of(1970, 3, 3)))
                .add(person(LAM, "Đỗ Văn Lâm", LocalDate.of(1972, 9, 9)))
                .add(person(MINH, "Ngô Thị Minh", LocalDate.of(1985, 5, 5)))
                .add(person(OANH, "Bùi Thị Oanh", LocalDate.of(1966, 6, 6)))
                .add(person(PHUC, "Đặng Văn Phúc", LocalDate.of(1970, 7, 7)))
                .add(person(QUANG, "Trịnh Văn Quang", LocalDate.of(1959, 12, 31)))
                .add(person(SON, "Lý Văn Sơn", LocalDate.of(1959, 3, 10)))
                .add(person(TAM, "Mai Thị Tâm", LocalDate.of(1980, 1, 1)))
                .add(person(UYEN, "Hồ Thị Uyên", LocalDate.of(1988, 2, 2)))
                .add(person(VAN, "Dương Thị Vân", LocalDate.of(1976, 3, 3)))
                .add(person(XUAN, "Phan Văn Xuân", LocalDate.of(1983, 4, 4)))
                .add(person(YEN, "Tạ Thị Yến", LocalDate.of(1960, 3, 1)))
                .add(person(BAO, "Lương Văn Bảo", LocalDate.of(1978, 5, 5)))
                .add(person(CHUNG, "Cao Văn Chung", LocalDate.of(1981, 6, 6)))
                .add(person(DAT, "Kiều Văn Đạt", LocalDate.of(1960, 1, 1)))
                .add(person(DAO, "Lò Văn Đào", null))
                .add(person(GIANG, "Vi Thị Giang", LocalDate.of(1974, 7, 7)))
                .add(person(HUONG, "Hà Thị Hương", LocalDate.of(1979, 8, 8)))
                .add(person(ICH, "Âu Văn Ích", LocalDate.of(1950, 1, 1)))
                // tenures
                .add(Tenure.main(AN, HU_BT, since2015))
                .add(Tenure.main(BINH, BTC_TB, since2015))
                .add(Tenure.main(CUONG, BDV_TB, since2015))
                .add(Tenure.main(DUNG, HU_VP_CVP, since2015))
                .add(Tenure.main(HAI, X1_DU_BT, since2015))
                .add(Tenure.concurrent(HAI, X1_HDND_CT, Period.from(LocalDate.of(2016, 7, 1))))
                .add(Tenure.main(KHOA, X2_DU_BT, since2015))
                .add(Tenure.concurrent(KHOA, X2_HDND_CT, Period.from(LocalDate.of(2016, 7, 1))))
                .add(Tenure.main(LAM, X3_DU_BT, since2015))
                .add(Tenure.main(MINH, X3_HDND_CT, Period.from(LocalDate.of(2016, 7, 1))))
                .add(Tenure.main(OANH, UBND_CT, since2015))
                .add(Tenure.main(PHUC, UBND_PCT, since2015))
                .add(Tenure.main(QUANG, UBND_PCT, since2015))
                .add(Tenure.main(SON, NV_TP, since2015))
                .add(Tenure.main(TAM, NV_PP, since2015))
                .add(Tenure.main(UYEN, NV_PP, since2015))
                .add(Tenure.main(VAN, TC_TP, since2015))
                .add(Tenure.main(XUAN, TC_PP, since2015))
                .add(Tenure.main(YEN, VP_CVP, since2015))
                .add(Tenure.main(BAO, VP_PCVP, since2015))
                .add(Tenure.main(CHUNG, VP_PCVP, since2015))
                .add(Tenure.main(DAT, VP_PCVP, since2015))
                .add(Tenure.main(DAO, X1_T1_TT, since2015))
                .add(Tenure.main(GIANG, MTTQ_CT, since2015))
                .add(Tenure.main(HUONG, X1_MTTQ_CT, since2015))
                .build();
    }

    // ------------------------------------------------------------------ rules

    /** ERROR (INFO within 5 years of a merger): an office (PHONG, VP HĐND-UBND) with more than 2 deputies. */
    static DeputyCap deputyCap() {
        return DeputyCap.of(RuleInfo.of(CAP_PHO, "Tối đa 02 cấp phó mỗi phòng", "At most 2 deputies per office", ND108, Period.ALWAYS),
                Selector.kinds(VnKinds.PHONG, VnKinds.VAN_PHONG_HDND_UBND), 2).withGrace(java.time.Period.ofYears(5));
    }

    /** ERROR: actual staff above quota. */
    static StaffWithinQuota staffWithinQuota() {
        return StaffWithinQuota.of(RuleInfo.structural(BIEN_CHE, "Không vượt biên chế", "Staff within quota"), Selector.any());
    }

    /** WARNING for a vacancy: one head per commune- and village-level unit with posts. */
    static SingleHead oneHead() {
        return SingleHead.of(RuleInfo.structural(MOT_NGUOI, "Một người đứng đầu", "One head").withSeverity(Severity.WARNING),
                Selector.atLevels(Level.COMMUNE, Level.VILLAGE));
    }

    /** The three rules above. */
    static RulePack pack() {
        return RulePack.of("Thử nghiệm", deputyCap(), staffWithinQuota(), oneHead());
    }

    /** Bí thư đảng ủy xã = Chủ tịch HĐND xã. */
    static ConcurrencyModel model() {
        return VnRules.concurrentPosts().model(MODEL);
    }

    // ------------------------------------------------------------------ the programme

    /** 1/7/2019: kb.nv and kb.tc merge into kb.nvtc, headed by Sơn; Vân's head post becomes a deputy post. */
    static Merge merger() {
        return Merge.of(MERGER_DAY, List.of(NV, TC), Unit.builder(NVTC, "Phòng Nội vụ – Tài chính", VnKinds.PHONG, Level.DISTRICT)
                .territory(KB).build()).withHead(SON);
    }

    static Step mergerStep() {
        return Step.builder("office-merger", MERGER_DAY, "Hợp nhất Phòng Nội vụ và Phòng Tài chính – Kế hoạch").change(merger())
                .lead("UBND huyện").partners("Phòng Nội vụ", "Phòng Tài chính – Kế hoạch").status(Step.Status.APPROVED)
                .basis(LegalBasis.of("18-NQ/TW")).build();
    }

    /** 1/10/2019: the village cell moves from under x1.du to directly under kb.hu. */
    static Step transferStep() {
        return Step.builder("cell-transfer", TRANSFER_DAY, "Chi bộ thôn Thượng trực thuộc Huyện ủy")
                .change(Transfer.of(TRANSFER_DAY, X1_CB, HU)).lead("Ban Tổ chức Huyện ủy").status(Step.Status.DONE).build();
    }

    /** 1/1/2020: Minh leaves x3.hdnd.ct and Lâm takes it concurrently (2 changes): the model 3/3. */
    static Step modelStep() {
        return Step.builder("x3-model", MODEL_DAY, "Bí thư Đảng ủy xã Tân Sơn kiêm Chủ tịch HĐND xã")
                .change(Relieve.of(MODEL_DAY, MINH, X3_HDND_CT)).change(Appoint.concurrent(MODEL_DAY, LAM, X3_HDND_CT))
                .lead("Huyện ủy").build();
    }

    /** 1/7/2020: kb.vp loses 2 staff (13 → 11). */
    static Step reduceStep() {
        return Step.of("reduce", REDUCE_DAY, "Tinh giản biên chế Văn phòng", ReduceStaff.of(REDUCE_DAY, VP, 2));
    }

    /** The four steps, no target. */
    static Scenario.Builder programme(String name) {
        return Scenario.builder(name, structure()).step(mergerStep()).step(transferStep()).step(modelStep()).step(reduceStep());
    }

    /** A simulation of {@link #pack()} measuring only these metrics. */
    static Simulation sim(Metric... metrics) {
        Simulation s = Simulation.of(pack());
        return metrics.length == 0 ? s : s.metrics(List.of(metrics));
    }
}
