package org.bomay.io.json;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.AddRelation;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Convert;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.RemoveRelation;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.change.Transfer;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
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
 * A small hand-built district on 1/1/2019 and changes of every type that apply to it in order
 * (an undo last). People and numbers are fictitious.
 *
 * <pre>
 * kb Huyện Kim Bảng ─ x1, x2 (communes)
 * kb.hu Huyện ủy (bt An) ─┬ kb.hu.btc Ban Tổ chức (tb Bình)
 *                         └ kb.hu.bdv Ban Dân vận
 * kb.ubnd UBND (ct Oanh) ─┬ kb.nv Phòng Nội vụ (6/6; tp Sơn)
 *                         ├ kb.tc Phòng Tài chính (8/7; tp Vân)
 *                         ├ kb.vp Văn phòng HĐND và UBND (12/13; cvp Yến, pcvp Bảo)
 *                         ├ kb.tt Trung tâm Văn hóa (5/5; gd Cường)
 *                         ├ kb.ttdl Trung tâm Du lịch (3/3)
 *                         └ kb.tram Trạm Khuyến nông (4/4)
 * </pre>
 */
final class HistoryFixture {
    static final LocalDate BASE = LocalDate.of(2019, 1, 1);
    /** A kind no catalog has, for the document's "kinds". */
    static final UnitKind TO_CONG_TAC = UnitKind.of("X.TO_CONG_TAC", "Tổ công tác", "working group", Pillar.PARTY, Level.DISTRICT);

    static final UnitId KB = UnitId.of("kb");
    static final UnitId HU = UnitId.of("kb.hu");
    static final UnitId BTC = UnitId.of("kb.hu.btc");
    static final UnitId BDV = UnitId.of("kb.hu.bdv");
    static final UnitId UBND = UnitId.of("kb.ubnd");
    static final UnitId NV = UnitId.of("kb.nv");
    static final UnitId TC = UnitId.of("kb.tc");
    static final UnitId VP = UnitId.of("kb.vp");
    static final UnitId TT = UnitId.of("kb.tt");
    static final UnitId TTDL = UnitId.of("kb.ttdl");
    static final UnitId TRAM = UnitId.of("kb.tram");
    static final UnitId TCT = UnitId.of("kb.hu.tct");
    static final UnitId NVTC = UnitId.of("kb.nvtc");
    static final UnitId KH = UnitId.of("kb.kh");

    private HistoryFixture() {}

    static LocalDate d(int month, int day) {
        return LocalDate.of(2019, month, day);
    }

    private static Unit org(UnitId id, String name, UnitKind kind) {
        return Unit.builder(id, name, kind, Level.DISTRICT).territory(KB).build();
    }

    private static Unit staffed(UnitId id, String name, UnitKind kind, int quota, int actual) {
        return Unit.builder(id, name, kind, Level.DISTRICT).territory(KB).staffQuota(quota).actualStaff(actual).build();
    }

    static OrgStructure structure() {
        Period since = Period.from(LocalDate.of(2015, 1, 1));
        return OrgStructure.builder(BASE)
                .add(Unit.builder(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).population(135_000).areaKm2(175.5).build())
                .add(Unit.of(UnitId.of("x1"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE), KB)
                .add(Unit.of(UnitId.of("x2"), "Xã Tân Sơn", VnKinds.XA, Level.COMMUNE), KB)
                .add(org(HU, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY))
                .add(org(BTC, "Ban Tổ chức Huyện ủy", VnKinds.BAN_TO_CHUC), HU)
                .add(org(BDV, "Ban Dân vận", VnKinds.BAN_DAN_VAN), HU)
                .add(org(UBND, "Ủy ban nhân dân huyện Kim Bảng", VnKinds.UBND))
                .add(staffed(NV, "Phòng Nội vụ", VnKinds.PHONG, 6, 6), UBND)
                .add(staffed(TC, "Phòng Tài chính – Kế hoạch", VnKinds.PHONG, 8, 7), UBND)
                .add(staffed(VP, "Văn phòng HĐND và UBND", VnKinds.VAN_PHONG_HDND_UBND, 12, 13), UBND)
                .add(staffed(TT, "Trung tâm Văn hóa – Thể thao", VnKinds.TRUNG_TAM_SU_NGHIEP, 5, 5), UBND)
                .add(staffed(TTDL, "Trung tâm Du lịch", VnKinds.TRUNG_TAM_SU_NGHIEP, 3, 3), UBND)
                .add(staffed(TRAM, "Trạm Khuyến nông", VnKinds.TRAM, 4, 4), UBND)
                .add(Post.of(PostId.of("kb.hu.bt"), HU, PostRole.HEAD, "Bí thư Huyện ủy"))
                .add(Post.of(PostId.of("kb.hu.btc.tb"), BTC, PostRole.HEAD, "Trưởng Ban Tổ chức"))
                .add(Post.of(PostId.of("kb.ubnd.ct"), UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(PostId.of("kb.nv.tp"), NV, PostRole.HEAD, "Trưởng phòng Nội vụ"))
                .add(Post.of(PostId.of("kb.tc.tp"), TC, PostRole.HEAD, "Trưởng phòng Tài chính – Kế hoạch"))
                .add(Post.of(PostId.of("kb.vp.cvp"), VP, PostRole.HEAD, "Chánh Văn phòng"))
                .add(new Post(PostId.of("kb.vp.pcvp"), VP, PostRole.DEPUTY, "Phó Chánh Văn phòng", 3))
                .add(Post.of(PostId.of("kb.tt.gd"), TT, PostRole.HEAD, "Giám đốc Trung tâm"))
                .add(Person.of(PersonId.of("p.an"), "Nguyễn Văn An", true).withBirthDate(LocalDate.of(1962, 3, 4)))
                .add(Person.of(PersonId.of("p.binh"), "Trần Thị Bình", true))
                .add(Person.of(PersonId.of("p.oanh"), "Bùi Thị Oanh", true))
                .add(Person.of(PersonId.of("p.son"), "Lý Văn Sơn", true))
                .add(Person.of(PersonId.of("p.van"), "Dương Thị Vân", true))
                .add(Person.of(PersonId.of("p.yen"), "Tạ Thị Yến", false))
                .add(Person.of(PersonId.of("p.bao"), "Lương Văn Bảo", true))
                .add(Person.of(PersonId.of("p.cuong"), "Hà Văn Cường", true))
                .add(Tenure.main(PersonId.of("p.an"), PostId.of("kb.hu.bt"), since))
                .add(Tenure.main(PersonId.of("p.binh"), PostId.of("kb.hu.btc.tb"), since))
                .add(Tenure.main(PersonId.of("p.oanh"), PostId.of("kb.ubnd.ct"), since))
                .add(Tenure.main(PersonId.of("p.son"), PostId.of("kb.nv.tp"), since))
                .add(Tenure.main(PersonId.of("p.van"), PostId.of("kb.tc.tp"), since))
                .add(Tenure.main(PersonId.of("p.yen"), PostId.of("kb.vp.cvp"), since))
                .add(Tenure.main(PersonId.of("p.bao"), PostId.of("kb.vp.pcvp"), since))
                .add(Tenure.main(PersonId.of("p.cuong"), PostId.of("kb.tt.gd"), since))
                .add(Relation.of(RelationType.LEADS, HU, UBND))
                .build();
    }

    /** One change of every type, in an order in which they apply to {@link #structure()}. */
    static List<Change> changes() {
        Unit tct = Unit.builder(TCT, "Tổ công tác đặc biệt", TO_CONG_TAC, Level.DISTRICT).territory(KB)
                .validity(Period.from(d(2, 1))).attribute("ghi.chu", "thí điểm").build();
        Post tt = Post.of(PostId.of("kb.hu.tct.tt"), TCT, PostRole.HEAD, "Tổ trưởng");
        Post tp = new Post(PostId.of("kb.hu.tct.tp"), TCT, PostRole.DEPUTY, "Tổ phó", 2);
        Relation serves = Relation.of(RelationType.SERVES, VP, HU);
        return List.of(
                Establish.of(d(2, 1), tct, HU, tt, tp).basis("12-QĐ/HU", "Quyết định thành lập Tổ công tác").decided(d(1, 20)).note("thí điểm 1 năm"),
                Appoint.of(d(2, 1), PersonId.of("p.dung"), PostId.of("kb.hu.tct.tt"))
                        .newPerson(Person.of(PersonId.of("p.dung"), "Đinh Văn Dũng", true).withBirthDate(LocalDate.of(1980, 1, 2))),
                Appoint.concurrent(d(3, 1), PersonId.of("p.binh"), PostId.of("kb.hu.tct.tp")),
                Rename.of(d(3, 1), BDV, "Ban Dân vận Huyện ủy"),
                Merge.of(d(4, 1), List.of(NV, TC), org(NVTC, "Phòng Nội vụ – Tài chính", VnKinds.PHONG))
                        .withHead(PersonId.of("p.son")).basis("108/2020/NĐ-CP", ""),
                Absorb.of(d(5, 1), TT, TTDL),
                Split.continuing(d(6, 1), NVTC, SplitPart.of(org(KH, "Phòng Kế hoạch", VnKinds.PHONG)).posts(PostId.of("kb.tc.tp"))
                        .staff(3, 2)),
                Transfer.of(d(6, 15), TCT, BTC),
                Dissolve.of(d(7, 1), TRAM, Disposition.none().releaseAllOtherPosts().staffTo(VP)),
                Convert.of(d(7, 1), TT, "Công ty cổ phần Văn hóa Kim Bảng",
                        Disposition.none().movePost(PostId.of("kb.tt.gd"), VP).releaseStaff()),
                SetStaffQuota.of(d(8, 1), VP, 14),
                ReduceStaff.of(d(9, 1), VP, 1).andQuota(),
                AddRelation.of(d(9, 1), serves),
                RemoveRelation.of(d(10, 1), serves),
                Relieve.of(d(10, 1), PersonId.of("p.binh"), PostId.of("kb.hu.tct.tp")),
                Compound.of(d(11, 1), "Kiêm nhiệm và đổi tên",
                        Appoint.concurrent(d(11, 1), PersonId.of("p.an"), PostId.of("kb.hu.tct.tp")),
                        Rename.of(d(11, 1), TCT, "Tổ công tác")).basis("05-QĐ/HU", "Quyết định kiện toàn"));
    }

    /** The history of {@link #changes()} with an undo of the last one at the end. */
    static History history() {
        return History.start(structure()).applyAll(changes()).undo(
                org.bomay.core.change.ChangeInfo.on(d(12, 1)).withNote("hủy kiêm nhiệm"));
    }
}
