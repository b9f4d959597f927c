package org.bomay.io.export;

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

/**
 * A small district on 2018-01-01 over the three pillars: 10 units, 4 non-hierarchy relations, two
 * people with concurrent posts in other units, a past tenure, a vacant post, a dissolution date,
 * and a unit whose name holds quotes, markup, {@code & # \} and Vietnamese diacritics.
 */
final class ExportFixture {
    static final LocalDate DATE = LocalDate.of(2018, 1, 1);

    static final UnitId HUYEN = UnitId.of("kb");
    static final UnitId UBND = UnitId.of("kb.ubnd");
    static final UnitId PHONG_NOI_VU = UnitId.of("kb.ubnd.pnv");
    static final UnitId VAN_PHONG = UnitId.of("kb.ubnd.vp");
    static final UnitId TRAM_KHUYEN_NONG = UnitId.of("kb.ubnd.tkn");
    static final UnitId HUYEN_UY = UnitId.of("kb.hu");
    static final UnitId BAN_TO_CHUC = UnitId.of("kb.hu.btc");
    static final UnitId BAN_DAN_VAN = UnitId.of("kb.hu.bdv");
    static final UnitId MTTQ = UnitId.of("kb.mttq");
    static final UnitId HOI_NONG_DAN = UnitId.of("kb.hnd");

    /** The awkward name: quotes, markup, ampersand, hash, backslash and diacritics. */
    static final String AWKWARD_NAME = "Hội Nông dân \"Tam Nông\" <script>alert('x')</script> & #1 \\ Kim Bảng";
    static final String AWKWARD_PERSON = "Đỗ Văn \"Em\"";

    static final PersonId AN = PersonId.of("p.an");
    static final PersonId BINH = PersonId.of("p.binh");
    static final PersonId CUONG = PersonId.of("p.cuong");
    static final PersonId DUNG = PersonId.of("p.dung");
    static final PersonId EM = PersonId.of("p.em");

    static final int UNITS = 10;
    static final int HIERARCHY_LINKS = 6;
    static final int OTHER_RELATIONS = 4;
    static final int CONCURRENT_LINKS = 2;
    static final int TENURES = 7;

    private ExportFixture() {}

    static OrgStructure structure() {
        LocalDate since = LocalDate.of(2015, 10, 1);
        return OrgStructure.builder(DATE)
                .add(Unit.of(HUYEN, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(org(UBND, "Ủy ban nhân dân huyện Kim Bảng", VnKinds.UBND).staffQuota(75)
                        .validity(Period.from(LocalDate.of(1977, 1, 1))).build(), HUYEN)
                .add(org(PHONG_NOI_VU, "Phòng Nội vụ", VnKinds.PHONG).staffQuota(6).build(), UBND)
                .add(org(VAN_PHONG, "Văn phòng HĐND và UBND huyện", VnKinds.VAN_PHONG_HDND_UBND).staffQuota(14).build(), UBND)
                .add(org(TRAM_KHUYEN_NONG, "Trạm Khuyến nông", VnKinds.TRAM)
                        .validity(Period.of(LocalDate.of(1990, 1, 1), LocalDate.of(2018, 7, 1))).build(), UBND)
                .add(org(HUYEN_UY, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY).build())
                .add(org(BAN_TO_CHUC, "Ban Tổ chức Huyện ủy", VnKinds.BAN_TO_CHUC).staffQuota(7).build(), HUYEN_UY)
                .add(org(BAN_DAN_VAN, "Ban Dân vận Huyện ủy", VnKinds.BAN_DAN_VAN).build(), HUYEN_UY)
                .add(org(MTTQ, "Ủy ban MTTQ Việt Nam huyện Kim Bảng", VnKinds.UBMTTQ).build())
                .add(org(HOI_NONG_DAN, AWKWARD_NAME, VnKinds.HOI_NONG_DAN).build())
                .add(Relation.of(RelationType.LEADS, HUYEN_UY, UBND))
                .add(Relation.of(RelationType.LEADS, HUYEN_UY, MTTQ))
                .add(Relation.of(RelationType.SERVES, VAN_PHONG, UBND))
                .add(Relation.of(RelationType.MEMBER_OF, HOI_NONG_DAN, MTTQ))
                .add(Post.of(PostId.of("kb.hu.bt"), HUYEN_UY, PostRole.HEAD, "Bí thư Huyện ủy"))
                .add(Post.of(PostId.of("kb.hu.pbt"), HUYEN_UY, PostRole.DEPUTY, "Phó Bí thư Huyện ủy", 2))
                .add(Post.of(PostId.of("kb.hu.bdv.tb"), BAN_DAN_VAN, PostRole.HEAD, "Trưởng Ban Dân vận Huyện ủy"))
                .add(Post.of(PostId.of("kb.ubnd.ct"), UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(PostId.of("kb.ubnd.pnv.tp"), PHONG_NOI_VU, PostRole.HEAD, "Trưởng phòng Nội vụ"))
                .add(Post.of(PostId.of("kb.mttq.ct"), MTTQ, PostRole.HEAD, "Chủ tịch Ủy ban MTTQ huyện"))
                .add(Post.of(PostId.of("kb.hnd.ct"), HOI_NONG_DAN, PostRole.HEAD, "Chủ tịch Hội Nông dân huyện"))
                .add(Person.of(AN, "Nguyễn Văn An", true).withBirthDate(LocalDate.of(1965, 5, 19)))
                .add(Person.of(BINH, "Trần Thị Bình", true))
                .add(Person.of(CUONG, "Lê Văn Cường", true))
                .add(Person.of(DUNG, "Phạm Thị Dung", true))
                .add(Person.of(EM, AWKWARD_PERSON, false))
                .add(Tenure.main(AN, PostId.of("kb.hu.bt"), Period.from(since)))
                .add(Tenure.main(BINH, PostId.of("kb.hu.bdv.tb"), Period.from(since)))
                .add(Tenure.concurrent(BINH, PostId.of("kb.mttq.ct"), Period.from(DATE)))
                .add(Tenure.main(DUNG, PostId.of("kb.mttq.ct"), Period.of(LocalDate.of(2014, 1, 1), DATE)))
                .add(Tenure.main(CUONG, PostId.of("kb.ubnd.ct"), Period.from(LocalDate.of(2016, 7, 1))))
                .add(Tenure.concurrent(CUONG, PostId.of("kb.hu.pbt"), Period.from(since)))
                .add(Tenure.main(EM, PostId.of("kb.hnd.ct"), Period.from(since)))
                .build();
    }

    private static Unit.Builder org(UnitId id, String name, org.bomay.core.model.UnitKind kind) {
        return Unit.builder(id, name, kind, Level.DISTRICT).territory(HUYEN);
    }
}
