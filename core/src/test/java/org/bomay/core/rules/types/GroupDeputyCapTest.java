package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Group caps on deputies (NĐ 108/2020/NĐ-CP average per district office; QĐ 04-QĐi/TW total across a
 * provincial party committee's boards; NĐ 150/2025/NĐ-CP allowance for merged provinces).
 *
 * <pre>
 * hn Tỉnh Hà Nam ─ kb Huyện Kim Bảng
 * kb.ubnd UBND huyện ─┬ kb.ubnd.p01 … p12 Phòng (members)
 *                     └ kb.ubnd.tt Trung tâm (not a member; 5 deputies)
 * hn.tu Tỉnh ủy ─ hn.tu.btc, hn.tu.btg, hn.tu.bdv, hn.tu.vp
 * hn.ubnd UBND tỉnh ─ hn.snv, hn.stc Sở
 * </pre>
 */
class GroupDeputyCapTest {
    static final String ID = "t.pho-truong-phong-huyen";
    static final Selector DISTRICT_UBND = Selector.kinds(VnKinds.UBND).levels(Level.DISTRICT);
    static final Selector OFFICES = Selector.kinds(VnKinds.PHONG);
    static final GroupDeputyCap AVG2 = GroupDeputyCap.average(info(ID), DISTRICT_UBND, OFFICES, 2.0);

    static OrgStructure.Builder base() {
        return OrgStructure.builder(DATE)
                .add(admin("hn", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(org("kb.ubnd", "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT, "kb").build());
    }

    static String office(int i) {
        return String.format("kb.ubnd.p%02d", i);
    }

    /** The district UBND with one office per argument, each with that many deputies (room for at least 4). */
    static OrgStructure.Builder offices(int... deputies) {
        OrgStructure.Builder b = base();
        for (int i = 1; i <= deputies.length; i++) {
            b.add(org(office(i), "Phòng số " + i, VnKinds.PHONG, Level.DISTRICT, "kb").build(), u("kb.ubnd"));
            deputies(b, office(i), deputies[i - 1], Math.max(4, deputies[i - 1]));
        }
        b.add(org("kb.ubnd.tt", "Trung tâm Phát triển quỹ đất", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT, "kb").build(),
                u("kb.ubnd"));
        deputies(b, "kb.ubnd.tt", 5);
        return b;
    }

    static int[] twelve(int each) {
        int[] a = new int[12];
        java.util.Arrays.fill(a, each);
        return a;
    }

    @Test
    void average_twelveOfficesAtTwo_isFine() {
        assertNone(validate(AVG2, offices(twelve(2)).build()));
    }

    @Test
    void average_oneMoreDeputy_namesTheGroupAndTheOfficesAboveTheAverage() {
        int[] d = twelve(2);
        d[4] = 3;
        Violation v = only(validate(AVG2, offices(d).build()));
        assertViolation(v, ID, Severity.ERROR,
                "UBND huyện Kim Bảng: 12 đơn vị có tổng cộng 25 cấp phó, vượt mức bình quân 2 mỗi đơn vị (tối đa 24)",
                "UBND huyện Kim Bảng: 12 units have 25 deputies in all, above the average of 2 per unit (at most 24)");
        assertEquals(units("kb.ubnd", office(5)), v.units());
        assertEquals(List.of(), v.posts());
    }

    @Test
    void average_isAnAverage_oneOfficeAboveIsOffsetByOneBelow() {
        int[] d = twelve(2);
        d[4] = 3;
        d[5] = 1;
        assertNone(validate(AVG2, offices(d).build()));
        d[0] = 4;
        d[1] = 3;
        Violation v = only(validate(AVG2, offices(d).build()));
        assertEquals(units("kb.ubnd", office(1), office(2), office(5)), v.units(), "every member above the average, in tree order");
        assertTrue(v.messageEn().contains("12 units have 27 deputies"), v::messageEn);
    }

    @Test
    void nonMembersAndEmptyGroupsAreIgnored() {
        // the centre's 5 deputies are not counted
        assertNone(validate(AVG2, offices(2, 2).build()));
        // a group without members
        assertNone(validate(AVG2, offices().build()));
        // a group selector that does not match: no check
        assertNone(validate(GroupDeputyCap.average(info(ID), Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE), OFFICES, 0),
                offices(3, 3).build()));
    }

    @Test
    void average_fractionalLimitIsFormattedPerLanguage() {
        GroupDeputyCap avg25 = GroupDeputyCap.average(info(ID), DISTRICT_UBND, OFFICES, 2.5);
        assertNone(validate(avg25, offices(3, 2).build()));
        Violation v = only(validate(avg25, offices(3, 3).build()));
        assertViolation(v, ID, Severity.ERROR, "2 đơn vị có tổng cộng 6 cấp phó, vượt mức bình quân 2,5 mỗi đơn vị (tối đa 5)",
                "2 units have 6 deputies in all, above the average of 2.5 per unit (at most 5)");
        assertEquals(units("kb.ubnd", office(1), office(2)), v.units());
    }

    // ------------------------------------------------------------------ total

    static OrgStructure boards(int btc, int btg, int bdv, int vp) {
        OrgStructure.Builder b = base().add(org("hn.tu", "Tỉnh ủy Hà Nam", VnKinds.TINH_UY, Level.PROVINCE, "hn").build());
        String[][] m = {{"hn.tu.btc", "Ban Tổ chức Tỉnh ủy"}, {"hn.tu.btg", "Ban Tuyên giáo Tỉnh ủy"},
                {"hn.tu.bdv", "Ban Dân vận Tỉnh ủy"}, {"hn.tu.vp", "Văn phòng Tỉnh ủy"}};
        Object[] kinds = {VnKinds.BAN_TO_CHUC, VnKinds.BAN_TUYEN_GIAO, VnKinds.BAN_DAN_VAN, VnKinds.VAN_PHONG_CAP_UY};
        int[] n = {btc, btg, bdv, vp};
        for (int i = 0; i < 4; i++) {
            b.add(org(m[i][0], m[i][1], (org.bomay.core.model.UnitKind) kinds[i], Level.PROVINCE, "hn").build(), u("hn.tu"));
            deputies(b, m[i][0], n[i]);
        }
        return b.build();
    }

    static final GroupDeputyCap TOTAL15 = GroupDeputyCap.total(info("t.tong-pho"), Selector.kinds(VnKinds.TINH_UY),
            Selector.kinds(VnKinds.BAN_TO_CHUC, VnKinds.BAN_TUYEN_GIAO, VnKinds.BAN_DAN_VAN, VnKinds.VAN_PHONG_CAP_UY), 15);

    @Test
    void total_atTheCapIsFine_oneAboveFails() {
        assertNone(validate(TOTAL15, boards(4, 4, 4, 3)));
        assertNone(validate(TOTAL15, boards(15, 0, 0, 0)), "a total, not a cap per member");
        Violation v = only(validate(TOTAL15, boards(4, 4, 4, 4)));
        assertViolation(v, "t.tong-pho", Severity.ERROR, "Tỉnh ủy Hà Nam: các đơn vị có tổng cộng 16 cấp phó, vượt mức tối đa 15",
                "Tỉnh ủy Hà Nam: its units have 16 deputies in all, above the cap of 15");
        assertEquals(units("hn.tu", "hn.tu.btc", "hn.tu.btg", "hn.tu.bdv", "hn.tu.vp"), v.units());
        Violation v2 = only(validate(TOTAL15, boards(16, 0, 0, 0)));
        assertEquals(units("hn.tu", "hn.tu.btc"), v2.units(), "members with deputies are named");
    }

    // ------------------------------------------------------------------ allowance

    static OrgStructure departments(int snv, int stc) {
        OrgStructure.Builder b = base()
                .add(org("hn.ubnd", "UBND tỉnh Hà Nam", VnKinds.UBND, Level.PROVINCE, "hn").build())
                .add(org("hn.snv", "Sở Nội vụ", VnKinds.SO, Level.PROVINCE, "hn").build(), u("hn.ubnd"))
                .add(org("hn.stc", "Sở Tài chính", VnKinds.SO, Level.PROVINCE, "hn").build(), u("hn.ubnd"));
        deputies(b, "hn.snv", snv, 5);
        deputies(b, "hn.stc", stc, 5);
        return b.build();
    }

    static final GroupDeputyCap SO_AVG2 = GroupDeputyCap.average(info("t.pho-giam-doc-so"),
            Selector.kinds(VnKinds.UBND).levels(Level.PROVINCE), Selector.kinds(VnKinds.SO), 2.0);

    @Test
    void allowance_byHowManyProvincesTheTerritoryWasFormedFrom() {
        GroupDeputyCap merged = SO_AVG2.withAllowance(Map.of(2, 1, 3, 2));
        MergerLog fromTwo = log("hn", LocalDate.of(2025, 7, 1), "hn.old", "nd.old");
        MergerLog fromThree = log("hn", LocalDate.of(2025, 7, 1), "hn.old", "nd.old", "nb.old");
        OrgStructure s = departments(3, 3).withDate(LocalDate.of(2025, 8, 1));
        // not merged: 6 > 4
        Violation v = only(validate(merged, s));
        assertTrue(v.messageVi().contains("(tối đa 4)"), v::messageVi);
        assertEquals(units("hn.ubnd", "hn.snv", "hn.stc"), v.units());
        // merged from 2: each sở gets one more, 4 + 2 = 6
        assertNone(validate(merged, s, fromTwo));
        Violation over = only(validate(merged, departments(4, 3).withDate(LocalDate.of(2025, 8, 1)), fromTwo));
        assertViolation(over, "t.pho-giam-doc-so", Severity.ERROR,
                "UBND tỉnh Hà Nam: 2 đơn vị có tổng cộng 7 cấp phó, vượt mức bình quân 2 mỗi đơn vị (tối đa 6)",
                "UBND tỉnh Hà Nam: 2 units have 7 deputies in all, above the average of 2 per unit (at most 6)");
        // merged from 3: two more each
        assertNone(validate(merged, departments(4, 4).withDate(LocalDate.of(2025, 8, 1)), fromThree));
        // the plain rule ignores the merger
        assertEquals(1, validate(SO_AVG2, s, fromTwo).size());
        assertEquals(Set.of(Reach.OWN_TERRITORY), merged.reads());
        assertEquals(Set.of(), SO_AVG2.reads());
    }

    // ------------------------------------------------------------------ grace

    @Test
    void grace_leavesMergedMembersOutOfTheCount() {
        MergerLog log = log(office(1), LocalDate.of(2020, 1, 1), "kb.ubnd.a", "kb.ubnd.b");
        GroupDeputyCap graced = AVG2.withGrace(java.time.Period.ofYears(5));
        OrgStructure s = offices(4, 2, 2).build();
        // without grace: 8 > 6
        Violation v = only(validate(AVG2, s, log));
        assertEquals(units("kb.ubnd", office(1)), v.units());
        // with grace: over the cap only because of the merged office, 4 <= 4 without it: INFO naming it
        Violation inGrace = only(validate(graced, s, log));
        assertEquals(Severity.INFO, inGrace.severity());
        assertEquals(units("kb.ubnd", office(1)), inGrace.units());
        assertTrue(inGrace.messageVi().contains("còn trong thời hạn 5 năm sau sắp xếp"), inGrace::messageVi);
        // after the grace it counts again
        Violation after = only(validate(graced, s.withDate(LocalDate.of(2025, 1, 1)), log));
        assertTrue(after.messageVi().contains("3 đơn vị có tổng cộng 8 cấp phó"), after::messageVi);
        // inside the grace, the others are still checked, and the merged office is not named
        Violation others = only(validate(graced, offices(4, 3, 2).build(), log));
        assertViolation(others, ID, Severity.ERROR, "2 đơn vị có tổng cộng 5 cấp phó", "2 units have 5 deputies in all");
        assertEquals(units("kb.ubnd", office(2)), others.units());
        assertEquals(Optional.of(java.time.Period.ofYears(5)), graced.mergerGrace());
        assertEquals(Optional.empty(), AVG2.mergerGrace());
    }

    @Test
    void declaresItsKinds() {
        assertEquals(Set.of(VnKinds.UBND), AVG2.kinds());
        assertEquals(Set.of(), GroupDeputyCap.average(info(ID), Selector.any(), OFFICES, 2).kinds());
    }

    @Test
    void badParameters_nameTheRule() {
        assertBad(ID, () -> GroupDeputyCap.average(info(ID), DISTRICT_UBND, OFFICES, -0.5));
        assertBad(ID, () -> GroupDeputyCap.average(info(ID), DISTRICT_UBND, OFFICES, Double.NaN));
        assertBad(ID, () -> GroupDeputyCap.average(info(ID), DISTRICT_UBND, OFFICES, Double.POSITIVE_INFINITY));
        assertBad(ID, () -> GroupDeputyCap.average(info(ID), null, OFFICES, 2));
        assertBad(ID, () -> GroupDeputyCap.average(info(ID), DISTRICT_UBND, null, 2));
        assertBad(ID, () -> GroupDeputyCap.total(info(ID), DISTRICT_UBND, OFFICES, -1));
        assertBad(ID, () -> AVG2.withAllowance(Map.of(0, 1)));
        assertBad(ID, () -> AVG2.withAllowance(Map.of(2, -1)));
        assertBad(ID, () -> AVG2.withAllowance(null));
        Map<Integer, Integer> withNull = new HashMap<>();
        withNull.put(2, null);
        assertBad(ID, () -> AVG2.withAllowance(withNull));
        assertBad(ID, () -> AVG2.withGrace(java.time.Period.ZERO));
        assertBad(ID, () -> AVG2.withGrace(null));
    }

    // ------------------------------------------------------------------ incremental

    @Test
    void incremental_appointingAndRelievingDeputies() {
        OrgStructure before = offices(twelve(2)).build();
        LocalDate d = LocalDate.of(2021, 4, 1);
        ValidationResult r = assertIncremental(AVG2, before,
                Appoint.of(d, person("p.moi"), deputyPost(office(7))).newPerson(Person.of(person("p.moi"), "Đinh Văn Mới", true)));
        assertEquals(units("kb.ubnd", office(7)), only(r).units());
        // relieving one deputy of an office at the cap: still fine
        assertIncremental(AVG2, before, Relieve.of(d, deputy(office(3), 1), deputyPost(office(3))));
        // from a failing state, relieving brings it back
        int[] over = twelve(2);
        over[0] = 3;
        ValidationResult fixed = assertIncremental(AVG2, offices(over).build(),
                Relieve.of(d, deputy(office(1), 3), deputyPost(office(1))));
        assertNone(fixed);
    }

    @Test
    void incremental_withAllowanceAndGrace() {
        GroupDeputyCap r = SO_AVG2.withAllowance(Map.of(2, 1)).withGrace(java.time.Period.ofYears(5));
        MergerLog log = log("hn", LocalDate.of(2020, 7, 1), "hn.old", "nd.old");
        assertIncremental(r, departments(3, 3), log, Appoint.of(LocalDate.of(2021, 2, 1), person("p.moi"),
                deputyPost("hn.snv")).newPerson(Person.of(person("p.moi"), "Mai Văn Mới", true)));
    }

    @Test
    void incremental_anOfficeMovesToAnotherGroup() {
        OrgStructure.Builder b = offices(3, 1)
                .add(admin("lb", "Huyện Lý Nhân", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(org("lb.ubnd", "UBND huyện Lý Nhân", VnKinds.UBND, Level.DISTRICT, "lb").build())
                .add(org("lb.ubnd.p1", "Phòng Nội vụ Lý Nhân", VnKinds.PHONG, Level.DISTRICT, "lb").build(), u("lb.ubnd"));
        deputies(b, "lb.ubnd.p1", 2);
        OrgStructure before = b.build();
        assertNone(validate(AVG2, before));
        // the office with 3 deputies leaves kb (now fine) and joins lb (now 5 > 4)
        ValidationResult r = assertIncremental(AVG2, before, Transfer.of(LocalDate.of(2021, 5, 1), u(office(1)), u("lb.ubnd")));
        assertEquals(units("lb.ubnd", office(1)), only(r).units());
    }

    @Test
    void incremental_theDateCrossesTheEndOfAMembersGrace() {
        MergerLog log = log(office(1), LocalDate.of(2020, 1, 1), "kb.ubnd.a", "kb.ubnd.b");
        GroupDeputyCap graced = AVG2.withGrace(java.time.Period.ofYears(5));
        OrgStructure.Builder b = offices(5, 2, 2).add(org("kb.ubnd.x", "Phòng Mới", VnKinds.PHONG, Level.DISTRICT, "kb").build(),
                u("kb.ubnd"));
        b.add(org.bomay.core.model.Post.of(post("kb.ubnd.x.tp"), u("kb.ubnd.x"), org.bomay.core.model.PostRole.HEAD, "Trưởng phòng"));
        OrgStructure before = b.build().withDate(LocalDate.of(2024, 12, 1));
        // kb.ubnd.x has no deputy; 9 > 6 only because of the merged office (5 deputies): 4 <= 6 without it, INFO
        assertEquals(Severity.INFO, only(validate(graced, before, log)).severity());
        ValidationResult r = assertIncremental(graced, before, log, Appoint.of(LocalDate.of(2025, 2, 1), person("p.moi"),
                post("kb.ubnd.x.tp")).newPerson(Person.of(person("p.moi"), "Phan Văn Mới", true)));
        // after 1/1/2025 it counts again: 9 > 8
        assertTrue(only(r).messageVi().contains("4 đơn vị có tổng cộng 9 cấp phó, vượt mức bình quân 2 mỗi đơn vị (tối đa 8)"),
                only(r)::messageVi);
        assertEquals(units("kb.ubnd", office(1)), only(r).units());
    }
}
