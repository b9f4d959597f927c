package org.bomay.core.profile.vn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.structure.OrgStructure;

/**
 * Shared helpers for the {@link VnRules} tests: the rule ids, a small structure builder (units,
 * deputies, heads, tenures) and assertions on the violations of one rule. Every snapshot is
 * validated against the whole of {@code VnRules.all()}, so each test also shows that the rule
 * under test is in force (or not) on the snapshot's date. People and figures are fictitious; the
 * thresholds come from {@code research/vn_rules.md}.
 */
final class VnRulesFixture {
    /** Tenures in these fixtures run from this date unless stated. */
    static final LocalDate SINCE = LocalDate.of(2015, 1, 1);

    static final Validator VN = Validator.of(VnRules.all());

    // ------------------------------------------------------------------ rule ids
    static final String ND37 = "vn.nd37-2014.pho-truong-phong-huyen";
    static final String ND108 = "vn.nd108-2020.pho-truong-phong-huyen";
    static final String ND107 = "vn.nd107-2020.pho-giam-doc-so";
    static final String ND08 = "vn.nd08-2016.pho-chu-tich-ubnd";
    static final String LUAT77 = "vn.luat77-2015.pho-chu-tich-hdnd-tinh";
    static final String LUAT47 = "vn.luat47-2019.pho-chu-tich-hdnd";
    static final String QD04 = "vn.qd04-2018.cap-pho-co-quan-tham-muu-tinh-uy";
    static final String QD04_HN_HCM = "vn.qd04-2018.cap-pho-co-quan-tham-muu-thanh-uy-hn-hcm";
    static final String ND33 = "vn.nd33-2023.can-bo-cong-chuc-xa";
    static final String NQ1211 = "vn.nq1211-2016.tieu-chuan-dvhc";
    static final String NQ653 = "vn.nq653-2019.sap-xep-dvhc";
    static final String NQ35 = "vn.nq35-2023.sap-xep-dvhc";
    static final String TT14 = "vn.tt14-2018.so-ho-thon-to-dan-pho";
    static final String TT09 = "vn.tt09-2017.pho-truong-thon";
    static final String KIEM_NHIEM = "vn.nq18-2017.kiem-nhiem";
    static final String TB16 = "vn.tb16-2022.co-quan-hop-nhat";
    static final String DANG_VIEN = "vn.dieu-le-dang.dang-vien";
    static final String ND150_SO = "vn.nd150-2025.pho-giam-doc-so";
    static final String ND150_CAP_DUOI = "vn.nd150-2025.cap-duoi-khong-qua-cap-tren";
    static final String ND150_XA = "vn.nd150-2025.pho-truong-phong-xa";
    static final String ND300_TINH = "vn.nd300-2025.pho-chu-tich-ubnd-tinh";
    static final String ND300_XA = "vn.nd300-2025.pho-chu-tich-ubnd-xa";
    static final String KL187 = "vn.kl187-2025.cap-pho-50-bien-che";
    static final String NQ112 = "vn.nq112-2025.tieu-chuan-dvhc";
    static final String IN_FORCE = "bomay.structure.in-force";
    static final String TERRITORY = "bomay.structure.territory";
    static final String PILLAR = "bomay.structure.pillar";
    static final String SINGLE_HEAD = "bomay.structure.single-head";
    static final String WITHIN_QUOTA = "bomay.staff.within-quota";

    private VnRulesFixture() {
    }

    static UnitId u(String id) {
        return UnitId.of(id);
    }

    static PersonId p(String id) {
        return PersonId.of(id);
    }

    static PostId post(String id) {
        return PostId.of(id);
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** A unit with no territory (an administrative unit is its own). */
    static Unit.Builder unit(String id, String name, UnitKind kind, Level level) {
        return Unit.builder(u(id), name, kind, level);
    }

    /** An organization belonging to the administrative unit {@code territory}. */
    static Unit.Builder org(String id, String name, UnitKind kind, Level level, String territory) {
        return Unit.builder(u(id), name, kind, level).territory(u(territory));
    }

    /** The deputy post of a unit in these fixtures. */
    static PostId deputyPost(String unit) {
        return post(unit + ".pho");
    }

    /** The head post of a unit in these fixtures. */
    static PostId headPost(String unit) {
        return post(unit + ".truong");
    }

    /** A merger log stating that {@code unit} was formed from {@code from} on {@code date} (classes unknown). */
    static MergerLog merged(String unit, LocalDate date, String... from) {
        return MergerLog.empty().with(u(unit), date, java.util.Arrays.stream(from).map(UnitId::of).toList());
    }

    /** A structure under construction. */
    static S at(LocalDate date) {
        return new S(date);
    }

    /** A mutable wrapper around {@link OrgStructure.Builder} with the shortcuts these tests need. */
    static final class S {
        private final OrgStructure.Builder b;

        S(LocalDate date) {
            b = OrgStructure.builder(date);
        }

        S add(Unit.Builder unit) {
            b.add(unit.build());
            return this;
        }

        S add(Unit.Builder unit, String parent) {
            b.add(unit.build(), u(parent));
            return this;
        }

        /** A DEPUTY post of the unit with {@code n} party members in it, as their main post since {@link #SINCE}. */
        S deputies(String unit, int n) {
            if (n == 0) {
                return this;
            }
            PostId pp = deputyPost(unit);
            b.add(Post.of(pp, u(unit), PostRole.DEPUTY, "Cấp phó", n));
            for (int i = 1; i <= n; i++) {
                PersonId id = p(unit + ".pho." + i);
                b.add(Person.of(id, "Phó " + i + " của " + unit, true));
                b.add(Tenure.main(id, pp, Period.from(SINCE)));
            }
            return this;
        }

        /** A HEAD post of the unit held by a new person as their main post since {@link #SINCE}. */
        S head(String unit, String person, boolean partyMember) {
            post(headPost(unit).toString(), unit, PostRole.HEAD, "Người đứng đầu");
            person(person, partyMember);
            return main(person, headPost(unit).toString(), SINCE);
        }

        S post(String id, String unit, PostRole role, String title) {
            b.add(Post.of(VnRulesFixture.post(id), u(unit), role, title));
            return this;
        }

        S person(String id, boolean partyMember) {
            b.add(Person.of(p(id), "Ông bà " + id, partyMember));
            return this;
        }

        S main(String person, String post, LocalDate since) {
            b.add(Tenure.main(p(person), VnRulesFixture.post(post), Period.from(since)));
            return this;
        }

        S concurrent(String person, String post, LocalDate since) {
            b.add(Tenure.concurrent(p(person), VnRulesFixture.post(post), Period.from(since)));
            return this;
        }

        OrgStructure build() {
            return b.build();
        }
    }

    // ------------------------------------------------------------------ validation

    static ValidationResult validate(OrgStructure s) {
        return VN.validate(s);
    }

    static ValidationResult validate(OrgStructure s, MergerLog log) {
        return VN.validate(s, log);
    }

    static void assertNone(ValidationResult r, String ruleId) {
        assertEquals(List.of(), r.violationsOf(ruleId), () -> "expected no " + ruleId + " on " + r.date());
    }

    /** Asserts exactly one violation of the rule, with this severity, and returns it. */
    static Violation only(ValidationResult r, String ruleId, Severity severity) {
        List<Violation> l = r.violationsOf(ruleId);
        assertEquals(1, l.size(), () -> "expected one " + ruleId + " on " + r.date() + ", got " + l);
        Violation v = l.get(0);
        assertEquals(severity, v.severity(), v::toString);
        return v;
    }

    /** Asserts that the English message contains every fragment. */
    static void assertSays(Violation v, String... fragments) {
        for (String f : fragments) {
            assertTrue(v.messageEn().contains(f) || v.messageVi().contains(f),
                    () -> "message of " + v + " / " + v.messageEn() + " lacks '" + f + "'");
        }
    }
}
