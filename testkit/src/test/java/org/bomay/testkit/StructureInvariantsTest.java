package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** The invariant checks accept hand-built structures, including the edge cases generators do not produce. */
class StructureInvariantsTest {
    private static final LocalDate DAY = LocalDate.of(2018, 1, 1);

    @Test
    void checkAll_acceptsTheEmptyStructure() {
        OrgStructure empty = OrgStructure.builder(DAY).build();
        assertDoesNotThrow(() -> StructureInvariants.checkAll(empty));
        assertEquals(0, empty.counts().units());
    }

    @Test
    void checkAll_acceptsAHandBuiltDistrict() {
        UnitId kb = UnitId.of("kb");
        Unit huyen = Unit.builder(kb, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).areaKm2(175.0).build();
        Unit huyenUy = Unit.builder(UnitId.of("kb.hu"), "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT)
                .territory(kb).staffQuota(40).actualStaff(38).build();
        Unit btc = Unit.builder(UnitId.of("kb.btc"), "Ban Tổ chức Huyện ủy Kim Bảng", VnKinds.BAN_TO_CHUC, Level.DISTRICT)
                .territory(kb).build();
        Unit ubnd = Unit.builder(UnitId.of("kb.ubnd"), "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT)
                .territory(kb).validity(Period.from(LocalDate.of(1977, 1, 1))).build();
        Unit mttq = Unit.builder(UnitId.of("kb.mttq"), "Ủy ban MTTQ huyện Kim Bảng", VnKinds.UBMTTQ, Level.DISTRICT)
                .territory(kb).build();
        Unit xa = Unit.builder(UnitId.of("kb.nhat-tan"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).build();
        Unit dangUy = Unit.builder(UnitId.of("kb.nhat-tan.du"), "Đảng ủy xã Nhật Tân", VnKinds.DANG_UY_XA, Level.COMMUNE)
                .territory(xa.id()).build();
        PostId truongBan = PostId.of("kb.btc.head");
        PostId chuTichMttq = PostId.of("kb.mttq.head");
        PostId phoChuTich = PostId.of("kb.ubnd.deputies");
        PersonId an = PersonId.of("p.an");
        PersonId binh = PersonId.of("p.binh");
        PersonId cuong = PersonId.of("p.cuong");
        OrgStructure s = OrgStructure.builder(DAY)
                .add(huyen)
                .add(huyenUy)
                .add(btc, huyenUy.id())
                .add(ubnd)
                .add(mttq)
                .add(xa, kb)
                .add(dangUy, huyenUy.id())
                .add(Relation.of(RelationType.LEADS, huyenUy.id(), ubnd.id()))
                .add(Relation.of(RelationType.LEADS, huyenUy.id(), mttq.id()))
                .add(Relation.of(RelationType.SERVES, btc.id(), huyenUy.id()))
                .add(Post.of(truongBan, btc.id(), PostRole.HEAD, "Trưởng Ban Tổ chức"))
                .add(Post.of(chuTichMttq, mttq.id(), PostRole.HEAD, "Chủ tịch Ủy ban MTTQ huyện"))
                .add(Post.of(phoChuTich, ubnd.id(), PostRole.DEPUTY, "Phó Chủ tịch UBND huyện", 3))
                .add(Person.of(an, "Nguyễn Văn An", true))
                .add(Person.of(binh, "Trần Thị Bình", false))
                .add(Person.of(cuong, "Lê Văn Cường", true))
                .add(Tenure.main(an, truongBan, Period.from(LocalDate.of(2015, 10, 1))))
                .add(Tenure.concurrent(an, chuTichMttq, Period.from(LocalDate.of(2016, 2, 1))))
                .add(Tenure.main(binh, phoChuTich, Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1))))
                .add(Tenure.main(binh, phoChuTich, Period.from(LocalDate.of(2016, 1, 1))))
                .add(Tenure.main(cuong, phoChuTich, Period.from(LocalDate.of(2017, 1, 1))))
                .build();
        assertDoesNotThrow(() -> StructureInvariants.checkAll(s));
        assertDoesNotThrow(() -> StructureInvariants.checkAll(s.withDate(LocalDate.of(2012, 1, 1))));
        assertEquals(1, s.counts().concurrentTenures());
    }
}
