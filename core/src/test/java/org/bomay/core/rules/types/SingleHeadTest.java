package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Relieve;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * One head per unit.
 *
 * <pre>
 * kb Huyện Kim Bảng; kb.ubnd UBND huyện (Chủ tịch post, capacity 2) ─ kb.ubnd.nv Phòng Nội vụ
 * </pre>
 */
class SingleHeadTest {
    static final String ID = "t.mot-nguoi-dung-dau";
    static final SingleHead RULE = SingleHead.of(info(ID), Selector.any().except(Selector.kinds(VnKinds.HUYEN)));
    static final LocalDate D = LocalDate.of(2021, 3, 1);

    /** The UBND's chair post with these holders (ids p.1, p.2, ...); the office has a head. */
    static OrgStructure s(String... holders) {
        OrgStructure.Builder b = OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").build())
                .add(org("kb.ubnd.nv", "Phòng Nội vụ", VnKinds.PHONG, Level.DISTRICT, "kb").build(), u("kb.ubnd"))
                .add(Post.of(headPost("kb.ubnd"), u("kb.ubnd"), PostRole.HEAD, "Chủ tịch UBND huyện", 2));
        for (int i = 0; i < holders.length; i++) {
            b.add(Person.of(person("p." + (i + 1)), holders[i], true));
            b.add(Tenure.main(person("p." + (i + 1)), headPost("kb.ubnd"), Period.from(SINCE)));
        }
        head(b, "kb.ubnd.nv", "p.nv", "Trịnh Văn Vụ");
        return b.build();
    }

    @Test
    void oneHead_isFine() {
        assertNone(validate(RULE, s("Phạm Văn Dũng")));
    }

    @Test
    void noHeadInOffice_isAWarning() {
        Violation v = only(validate(RULE, s()));
        assertViolation(v, ID, Severity.WARNING, "UBND huyện Kim Bảng khuyết người đứng đầu",
                "UBND huyện Kim Bảng has no head in office");
        assertEquals(units("kb.ubnd"), v.units());
        assertEquals(List.of(), v.people());
    }

    @Test
    void twoHeads_isAnErrorNamingThem() {
        Violation v = only(validate(RULE, s("Phạm Văn Dũng", "Lê Thị Hà")));
        assertViolation(v, ID, Severity.ERROR, "UBND huyện Kim Bảng có 2 người đứng đầu: Phạm Văn Dũng, Lê Thị Hà",
                "UBND huyện Kim Bảng has 2 heads: Phạm Văn Dũng, Lê Thị Hà");
        assertEquals(units("kb.ubnd"), v.units());
        assertEquals(people("p.1", "p.2"), v.people());
    }

    @Test
    void twoHeadPosts_countTogether() {
        OrgStructure s = s("Phạm Văn Dũng").toBuilder()
                .add(Post.of(post("kb.ubnd.ct2"), u("kb.ubnd"), PostRole.HEAD, "Chủ tịch (kiêm)"))
                .add(Person.of(person("p.x"), "Đỗ Văn Xuân", true))
                .add(Tenure.concurrent(person("p.x"), post("kb.ubnd.ct2"), Period.from(SINCE)))
                .build();
        assertEquals(people("p.1", "p.x"), only(validate(RULE, s)).people());
    }

    @Test
    void headWhoseTenureEnded_leavesAVacancy() {
        OrgStructure s = OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").build())
                .add(Post.of(headPost("kb.ubnd"), u("kb.ubnd"), PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Person.of(person("p.1"), "Phạm Văn Dũng", true))
                .add(Tenure.main(person("p.1"), headPost("kb.ubnd"), Period.of(SINCE, DATE)))
                .build();
        assertEquals(Severity.WARNING, only(validate(RULE, s)).severity());
        assertNone(validate(RULE, s.withDate(DATE.minusDays(1))));
    }

    @Test
    void unitsNotSelected_orWithoutPosts_areNotChecked() {
        // kb (a HUYEN) is excluded; with no post at all it would not be checked anyway
        assertNone(validate(RULE, s("Phạm Văn Dũng")));
        SingleHead offices = SingleHead.of(info(ID), Selector.kinds(VnKinds.PHONG));
        assertNone(validate(offices, s()), "only the office is checked, and it has its head");
        assertEquals(Set.of(VnKinds.PHONG), offices.kinds());
        OrgStructure noPosts = OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("kb.hdnd", "HĐND huyện Kim Bảng", VnKinds.HDND, Level.DISTRICT, "kb").build())
                .build();
        assertNone(validate(SingleHead.of(info(ID), Selector.any()), noPosts), "units whose posts are not modelled");
    }

    @Test
    void severityOfMultipleHeadsComesFromTheRuleInfo() {
        SingleHead warn = SingleHead.of(info(ID).withSeverity(Severity.WARNING), Selector.any());
        assertEquals(Severity.WARNING, only(validate(warn, s("A Văn Một", "B Văn Hai"))).severity());
        SingleHead info = SingleHead.of(info(ID).withSeverity(Severity.INFO), Selector.any());
        assertEquals(Severity.WARNING, only(validate(info, s())).severity(), "a vacancy is always a warning");
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> SingleHead.of(info(ID), null));
    }

    @Test
    void incremental_relieveAndAppointTheHead() {
        ValidationResult r = assertIncremental(RULE, s("Phạm Văn Dũng"), Relieve.of(D, person("p.1"), headPost("kb.ubnd")));
        assertEquals(Severity.WARNING, only(r).severity());
        assertNone(assertIncremental(RULE, s(), Appoint.of(D, person("p.moi"), headPost("kb.ubnd"))
                .newPerson(Person.of(person("p.moi"), "Tạ Văn Mới", true))));
        ValidationResult two = assertIncremental(RULE, s("Phạm Văn Dũng"), Appoint.of(D, person("p.moi"), headPost("kb.ubnd"))
                .newPerson(Person.of(person("p.moi"), "Tạ Văn Mới", true)));
        assertEquals(people("p.1", "p.moi"), only(two).people());
    }

    @Test
    void onePersonInTwoHeadPostsIsOneHead() {
        OrgStructure s = s("Phạm Văn Dũng").toBuilder()
                .add(Post.of(post("kb.ubnd.ct2"), u("kb.ubnd"), PostRole.HEAD, "Chủ tịch (kiêm)"))
                .add(Tenure.concurrent(person("p.1"), post("kb.ubnd.ct2"), Period.from(SINCE)))
                .build();
        assertNone(validate(RULE, s));
    }
}
