package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bomay.core.change.Appoint;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Village heads and party cell secretaries must be party members.
 *
 * <pre>
 * x1 Xã Nhật Tân ─ x1.t1 Thôn Thượng (post x1.t1.tt Trưởng thôn), x1.t2 Thôn Hạ (x1.t2.tt)
 * x1.du Đảng ủy xã ─ x1.t1.cb Chi bộ thôn Thượng (x1.t1.cb.bt Bí thư chi bộ, x1.t1.cb.dv Đảng viên, STAFF)
 * </pre>
 */
class PartyMembershipTest {
    static final String ID = "t.truong-thon-dang-vien";
    static final PostPattern VILLAGE_HEAD = PostPattern.of(Selector.kinds(VnKinds.THON, VnKinds.TO_DAN_PHO), PostRole.HEAD);
    static final PostPattern CELL_SECRETARY = PostPattern.of(Selector.kinds(VnKinds.CHI_BO), PostRole.HEAD);
    static final PartyMembership RULE = PartyMembership.of(info(ID), ImmutableList.of(VILLAGE_HEAD, CELL_SECRETARY));
    static final LocalDate D = LocalDate.of(2021, 6, 1);

    static OrgStructure.Builder base() {
        return OrgStructure.builder(DATE)
                .add(admin("x1", "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE))
                .add(admin("x1.t1", "Thôn Thượng", VnKinds.THON, Level.VILLAGE), u("x1"))
                .add(admin("x1.t2", "Thôn Hạ", VnKinds.THON, Level.VILLAGE), u("x1"))
                .add(org("x1.du", "Đảng ủy xã Nhật Tân", VnKinds.DANG_UY_XA, Level.COMMUNE, "x1").build())
                .add(org("x1.t1.cb", "Chi bộ thôn Thượng", VnKinds.CHI_BO, Level.VILLAGE, "x1.t1").build(), u("x1.du"))
                .add(Post.of(post("x1.t1.tt"), u("x1.t1"), PostRole.HEAD, "Trưởng thôn"))
                .add(Post.of(post("x1.t2.tt"), u("x1.t2"), PostRole.HEAD, "Trưởng thôn"))
                .add(Post.of(post("x1.t1.cb.bt"), u("x1.t1.cb"), PostRole.HEAD, "Bí thư chi bộ"))
                .add(Post.of(post("x1.t1.cb.dv"), u("x1.t1.cb"), PostRole.STAFF, "Đảng viên", 30));
    }

    static OrgStructure.Builder person(OrgStructure.Builder b, String id, String name, boolean member, String main, String conc) {
        b.add(Person.of(Fx.person(id), name, member));
        b.add(Tenure.main(Fx.person(id), post(main), Period.from(SINCE)));
        if (conc != null) {
            b.add(Tenure.concurrent(Fx.person(id), post(conc), Period.from(SINCE)));
        }
        return b;
    }

    @Test
    void partyMembersInThePosts_areFine() {
        OrgStructure s = person(base(), "p.hoa", "Đỗ Thị Hòa", true, "x1.t1.cb.bt", "x1.t1.tt").build();
        assertNone(validate(RULE, s));
        assertNone(validate(RULE, base().build()), "vacant posts");
    }

    @Test
    void nonMemberInAPost_isReported() {
        OrgStructure s = person(base(), "p.khanh", "Bùi Văn Khánh", false, "x1.t2.tt", null).build();
        Violation v = only(validate(RULE, s));
        assertViolation(v, ID, Severity.ERROR, "Bùi Văn Khánh giữ chức danh Trưởng thôn nhưng không phải là đảng viên",
                "Bùi Văn Khánh holds the post Trưởng thôn but is not a party member");
        assertEquals(people("p.khanh"), v.people());
        assertEquals(List.of(post("x1.t2.tt")), v.posts());
        assertEquals(units("x1.t2"), v.units());
    }

    @Test
    void oncePerMatchingPost_andOtherPostsAreIgnored() {
        OrgStructure s = person(base(), "p.khanh", "Bùi Văn Khánh", false, "x1.t1.tt", "x1.t2.tt").build();
        ValidationResult r = validate(RULE, s);
        assertEquals(2, r.size());
        assertEquals(Set.of(List.of(post("x1.t1.tt")), List.of(post("x1.t2.tt"))),
                Set.copyOf(r.violations().stream().map(Violation::posts).toList()));
        OrgStructure staff = person(base(), "p.khanh", "Bùi Văn Khánh", false, "x1.t1.cb.dv", null).build();
        assertNone(validate(RULE, staff), "a STAFF post does not match the HEAD pattern");
    }

    @Test
    void onlyPostsInOffice() {
        OrgStructure.Builder b = base();
        b.add(Person.of(Fx.person("p.khanh"), "Bùi Văn Khánh", false));
        b.add(Tenure.main(Fx.person("p.khanh"), post("x1.t1.tt"), Period.of(SINCE, DATE)));
        assertNone(validate(RULE, b.build()));
    }

    @Test
    void severityFromTheRuleInfo() {
        PartyMembership warn = PartyMembership.of(info(ID).withSeverity(Severity.WARNING), ImmutableList.of(VILLAGE_HEAD));
        OrgStructure s = person(base(), "p.khanh", "Bùi Văn Khánh", false, "x1.t2.tt", null).build();
        assertEquals(Severity.WARNING, only(validate(warn, s)).severity());
        assertEquals(Set.of(), warn.reads());
        assertEquals(Set.of(Reach.INHERITED), PartyMembership.of(info(ID), ImmutableList.of(
                PostPattern.of(Selector.any().attribute("vn.vung", "DBSH"), PostRole.HEAD))).reads());
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> PartyMembership.of(info(ID), ImmutableList.of()));
        assertBad(ID, () -> PartyMembership.of(info(ID), null));
        assertBad(ID, () -> PartyMembership.of(info(ID), Arrays.asList(VILLAGE_HEAD, null)));
    }

    @Test
    void incremental_appointingANonMember() {
        OrgStructure before = person(base(), "p.khanh", "Bùi Văn Khánh", false, "x1.t1.cb.dv", null).build();
        ValidationResult r = assertIncremental(RULE, before, Appoint.concurrent(D, Fx.person("p.khanh"), post("x1.t1.tt")));
        assertEquals(people("p.khanh"), only(r).people());
        assertNone(assertIncremental(RULE, before, Appoint.of(D, Fx.person("p.lan"), post("x1.t1.tt"))
                .newPerson(Person.of(Fx.person("p.lan"), "Ngô Thị Lan", true))));
    }
}
