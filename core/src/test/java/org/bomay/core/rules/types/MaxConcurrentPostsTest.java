package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
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

/** At most two concurrent posts per person besides the main one. */
class MaxConcurrentPostsTest {
    static final String ID = "t.toi-da-kiem-nhiem";
    static final MaxConcurrentPosts RULE = MaxConcurrentPosts.of(info(ID), 2);
    static final LocalDate D = LocalDate.of(2021, 6, 1);

    /** Phạm Văn Dũng: main post kb.hu.bt, and concurrently the first {@code n} of four other posts. */
    static OrgStructure s(int n) {
        OrgStructure.Builder b = OrgStructure.builder(DATE)
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("kb.hu", "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT, "kb").build())
                .add(Post.of(post("kb.hu.bt"), u("kb.hu"), PostRole.HEAD, "Bí thư Huyện ủy"))
                .add(Person.of(person("p.dung"), "Phạm Văn Dũng", true))
                .add(Tenure.main(person("p.dung"), post("kb.hu.bt"), Period.from(SINCE)));
        String[] others = {"kb.hdnd", "kb.mttq", "kb.ubnd", "kb.tt"};
        Object[][] kinds = {{VnKinds.HDND, "Chủ tịch HĐND"}, {VnKinds.UBMTTQ, "Chủ tịch Ủy ban MTTQ"},
                {VnKinds.UBND, "Chủ tịch UBND"}, {VnKinds.TTBDCT, "Giám đốc Trung tâm"}};
        for (int i = 0; i < others.length; i++) {
            b.add(org(others[i], "Đơn vị " + i, (org.bomay.core.model.UnitKind) kinds[i][0], Level.DISTRICT, "kb").build())
                    .add(Post.of(post(others[i] + ".ct"), u(others[i]), PostRole.HEAD, (String) kinds[i][1]));
            if (i < n) {
                b.add(Tenure.concurrent(person("p.dung"), post(others[i] + ".ct"), Period.from(SINCE)));
            }
        }
        return b.build();
    }

    @Test
    void upToTheMaximum_isFine() {
        assertNone(validate(RULE, s(0)));
        assertNone(validate(RULE, s(2)), "exactly the maximum");
    }

    @Test
    void aboveTheMaximum_isAnErrorNamingThePersonAndTheConcurrentPosts() {
        Violation v = only(validate(RULE, s(3)));
        assertViolation(v, ID, Severity.ERROR, "Phạm Văn Dũng kiêm nhiệm 3 chức danh, vượt mức tối đa 2",
                "Phạm Văn Dũng holds 3 concurrent posts, above the maximum of 2");
        assertEquals(people("p.dung"), v.people());
        assertEquals(List.of(post("kb.hdnd.ct"), post("kb.mttq.ct"), post("kb.ubnd.ct")), v.posts(), "not the main post");
        assertEquals(List.of(), v.units());
    }

    @Test
    void maximumZero() {
        MaxConcurrentPosts none = MaxConcurrentPosts.of(info(ID), 0);
        assertNone(validate(none, s(0)));
        assertEquals(1, validate(none, s(1)).size());
    }

    @Test
    void onlyPostsInOfficeCount() {
        OrgStructure s = s(2).toBuilder()
                .add(Tenure.concurrent(person("p.dung"), post("kb.ubnd.ct"), Period.of(SINCE, DATE)))
                .add(Tenure.concurrent(person("p.dung"), post("kb.tt.ct"), Period.from(LocalDate.of(2022, 1, 1))))
                .build();
        assertNone(validate(RULE, s));
        assertEquals(1, validate(RULE, s.withDate(DATE.minusDays(1))).size());
        assertEquals(1, validate(RULE, s.withDate(LocalDate.of(2022, 1, 1))).size());
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> MaxConcurrentPosts.of(info(ID), -1));
    }

    @Test
    void incremental_aThirdConcurrentPost() {
        ValidationResult r = assertIncremental(RULE, s(2), Appoint.concurrent(D, person("p.dung"), post("kb.ubnd.ct")));
        assertEquals(people("p.dung"), only(r).people());
        assertNone(assertIncremental(RULE, s(3), Relieve.of(D, person("p.dung"), post("kb.hdnd.ct"))));
    }
}
