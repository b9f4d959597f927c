package org.bomay.core.rules.types;

import static org.bomay.core.rules.types.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Transfer;
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
import org.bomay.core.rules.types.ConcurrencyModel.Standing;
import org.bomay.core.rules.types.ConcurrencyModel.Status;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Concurrent-post models: "Trưởng ban Dân vận đồng thời là Chủ tịch UBMTTQ cấp huyện" allowed from NQ
 * 18-NQ/TW (25/10/2017), paused (a test scenario, 7/7/2022) or not to be spread in a province (10/8/2022).
 *
 * <pre>
 * hn Tỉnh Hà Nam ─┬ kb Huyện Kim Bảng          hy Tỉnh Hưng Yên ─ vl Huyện Văn Lâm
 *                 └ lb Huyện Lý Nhân
 * in each district d: d.hu Huyện ủy ─ d.bdv Ban Dân vận; d.mttq UBMTTQ; d.ubnd UBND; d.hdnd HĐND
 * posts: d.bdv.tb (HEAD), d.mttq.ct (HEAD), d.mttq.uv (MEMBER), d.ubnd.ct (HEAD), d.ubnd.cv (STAFF),
 *        d.hdnd.ct (HEAD), d.hdnd.pct (DEPUTY)
 * </pre>
 */
class ConcurrentPostsTest {
    static final String ID = "t.kiem-nhiem";
    static final LocalDate NQ18 = LocalDate.of(2017, 10, 25);
    static final LocalDate PAUSE = LocalDate.of(2022, 7, 7);
    static final LocalDate KL55 = LocalDate.of(2022, 8, 10);

    static final ConcurrencyModel DAN_VAN = ConcurrencyModel.of("dan-van=mttq", "Trưởng ban Dân vận đồng thời là Chủ tịch UBMTTQ",
                    "Head of the mass mobilization board is also Front chair",
                    PostPattern.of(Selector.kinds(VnKinds.BAN_DAN_VAN), PostRole.HEAD),
                    PostPattern.of(Selector.kinds(VnKinds.UBMTTQ), PostRole.HEAD))
            .allowed(Period.from(NQ18), LegalBasis.of("18-NQ/TW"));
    static final ConcurrentPosts ALLOWED = ConcurrentPosts.of(info(ID), ImmutableList.of(DAN_VAN));
    static final ConcurrentPosts PAUSED = ConcurrentPosts.of(info(ID),
            ImmutableList.of(DAN_VAN.paused(Period.from(PAUSE), LegalBasis.of("16-TB/TW"))));
    static final ConcurrentPosts NOT_TO_SPREAD = ConcurrentPosts.of(info(ID),
            ImmutableList.of(DAN_VAN.notToSpread(Period.from(KL55), Set.of(u("hn")), LegalBasis.of("55-KL/TW"))));

    static OrgStructure.Builder base(LocalDate date) {
        OrgStructure.Builder b = OrgStructure.builder(date)
                .add(admin("hn", "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE))
                .add(admin("kb", "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(admin("lb", "Huyện Lý Nhân", VnKinds.HUYEN, Level.DISTRICT), u("hn"))
                .add(admin("hy", "Tỉnh Hưng Yên", VnKinds.TINH, Level.PROVINCE))
                .add(admin("vl", "Huyện Văn Lâm", VnKinds.HUYEN, Level.DISTRICT), u("hy"));
        for (String d : List.of("kb", "lb", "vl")) {
            b.add(org(d + ".hu", "Huyện ủy " + d, VnKinds.HUYEN_UY, Level.DISTRICT, d).build())
                    .add(org(d + ".bdv", "Ban Dân vận " + d, VnKinds.BAN_DAN_VAN, Level.DISTRICT, d).build(), u(d + ".hu"))
                    .add(org(d + ".mttq", "Ủy ban MTTQ " + d, VnKinds.UBMTTQ, Level.DISTRICT, d).build())
                    .add(org(d + ".ubnd", "UBND " + d, VnKinds.UBND, Level.DISTRICT, d).build())
                    .add(org(d + ".hdnd", "HĐND " + d, VnKinds.HDND, Level.DISTRICT, d).build())
                    .add(Post.of(post(d + ".bdv.tb"), u(d + ".bdv"), PostRole.HEAD, "Trưởng Ban Dân vận"))
                    .add(Post.of(post(d + ".mttq.ct"), u(d + ".mttq"), PostRole.HEAD, "Chủ tịch Ủy ban MTTQ"))
                    .add(Post.of(post(d + ".mttq.uv"), u(d + ".mttq"), PostRole.MEMBER, "Ủy viên Ủy ban MTTQ", 9))
                    .add(Post.of(post(d + ".ubnd.ct"), u(d + ".ubnd"), PostRole.HEAD, "Chủ tịch UBND"))
                    .add(Post.of(post(d + ".ubnd.cv"), u(d + ".ubnd"), PostRole.STAFF, "Chuyên viên", 9))
                    .add(Post.of(post(d + ".hdnd.ct"), u(d + ".hdnd"), PostRole.HEAD, "Chủ tịch HĐND"))
                    .add(Post.of(post(d + ".hdnd.pct"), u(d + ".hdnd"), PostRole.DEPUTY, "Phó Chủ tịch HĐND"));
        }
        return b;
    }

    /** Adds a person holding {@code main} from {@code mainSince} and, concurrently, {@code conc} from {@code concSince}. */
    static OrgStructure.Builder holds(OrgStructure.Builder b, String id, String name, String main, LocalDate mainSince,
            String conc, LocalDate concSince) {
        b.add(Person.of(person(id), name, true));
        b.add(Tenure.main(person(id), post(main), Period.from(mainSince)));
        if (conc != null) {
            b.add(Tenure.concurrent(person(id), post(conc), Period.from(concSince)));
        }
        return b;
    }

    /** Nguyễn Văn An: Trưởng Ban Dân vận of kb since 2016, Chủ tịch UBMTTQ of kb concurrently since 1/6/2016. */
    static OrgStructure an(LocalDate date) {
        return holds(base(date), "p.an", "Nguyễn Văn An", "kb.bdv.tb", SINCE, "kb.mttq.ct", LocalDate.of(2016, 6, 1)).build();
    }

    // ------------------------------------------------------------------ allowed

    @Test
    void allowedModel_isFine() {
        assertNone(validate(ALLOWED, an(DATE)));
        assertNone(validate(ConcurrentPosts.of(info(ID), ImmutableList.of(DAN_VAN), Severity.WARNING), an(DATE)));
    }

    @Test
    void modelWithoutStandingOnTheDate_isTreatedAsUnlisted() {
        // before NQ 18 the model had no standing
        assertNone(validate(ALLOWED, an(LocalDate.of(2017, 1, 1))), "unlisted pairs accepted");
        Violation v = only(validate(ConcurrentPosts.of(info(ID), ImmutableList.of(DAN_VAN), Severity.INFO),
                an(LocalDate.of(2017, 1, 1))));
        assertViolation(v, ID, Severity.INFO, "kiêm nhiệm không thuộc mô hình nào đã quy định",
                "this combination is not a listed concurrent-post model");
    }

    // ------------------------------------------------------------------ paused

    @Test
    void pausedModel_isFlaggedFromThePauseOn() {
        assertNone(validate(PAUSED, an(PAUSE.minusDays(1))));
        Violation v = only(validate(PAUSED, an(PAUSE)));
        assertViolation(v, ID, Severity.ERROR,
                "Nguyễn Văn An giữ đồng thời Trưởng Ban Dân vận và Chủ tịch Ủy ban MTTQ: mô hình \"Trưởng ban Dân vận đồng thời là "
                        + "Chủ tịch UBMTTQ\" đã tạm dừng từ 07/07/2022 (16-TB/TW)",
                "Nguyễn Văn An holds both Trưởng Ban Dân vận and Chủ tịch Ủy ban MTTQ: the model \"Head of the mass mobilization "
                        + "board is also Front chair\" is paused since 2022-07-07 (16-TB/TW)");
        assertEquals(people("p.an"), v.people());
        assertEquals(List.of(post("kb.bdv.tb"), post("kb.mttq.ct")), v.posts());
        assertEquals(units("kb.bdv"), v.units());
        assertEquals(Severity.ERROR, only(validate(PAUSED, an(LocalDate.of(2024, 1, 1)))).severity());
    }

    @Test
    void pausedModel_isFlaggedWhicheverPostIsMain() {
        OrgStructure s = holds(base(PAUSE), "p.an", "Nguyễn Văn An", "kb.mttq.ct", SINCE, "kb.bdv.tb", SINCE).build();
        Violation v = only(validate(PAUSED, s));
        assertEquals(List.of(post("kb.mttq.ct"), post("kb.bdv.tb")), v.posts());
        assertEquals(units("kb.mttq"), v.units());
    }

    // ------------------------------------------------------------------ not to be spread

    @Test
    void notToSpread_acceptsAnOlderApplication() {
        assertNone(validate(NOT_TO_SPREAD, an(LocalDate.of(2023, 1, 1))));
    }

    @Test
    void notToSpread_flagsANewApplicationInScope() {
        LocalDate d = LocalDate.of(2023, 1, 1);
        OrgStructure s = holds(base(d), "p.binh", "Trần Thị Bình", "lb.bdv.tb", SINCE, "lb.mttq.ct", LocalDate.of(2022, 9, 1))
                .build();
        Violation v = only(validate(NOT_TO_SPREAD, s));
        assertViolation(v, ID, Severity.ERROR,
                "Trần Thị Bình giữ đồng thời Trưởng Ban Dân vận và Chủ tịch Ủy ban MTTQ: mô hình \"Trưởng ban Dân vận đồng thời là "
                        + "Chủ tịch UBMTTQ\" không được nhân rộng ở nơi chưa thực hiện từ 10/08/2022 (55-KL/TW)",
                "the model \"Head of the mass mobilization board is also Front chair\" is not to be spread where it was not "
                        + "applied since 2022-08-10 (55-KL/TW)");
        assertEquals(people("p.binh"), v.people());
        assertEquals(units("lb.bdv"), v.units());
    }

    @Test
    void notToSpread_boundaryOnTheStartDate() {
        LocalDate d = LocalDate.of(2023, 1, 1);
        OrgStructure onTheDay = holds(base(d), "p.binh", "Trần Thị Bình", "lb.bdv.tb", SINCE, "lb.mttq.ct", KL55).build();
        assertEquals(people("p.binh"), only(validate(NOT_TO_SPREAD, onTheDay)).people(), "on the start: a new application");
        OrgStructure dayBefore = holds(base(d), "p.binh", "Trần Thị Bình", "lb.bdv.tb", SINCE, "lb.mttq.ct", KL55.minusDays(1))
                .build();
        assertNone(validate(NOT_TO_SPREAD, dayBefore), "the day before: an existing application");
    }

    @Test
    void notToSpread_theLaterOfTheTwoTenuresCounts() {
        // the concurrent post is old, but the main post is new: a new application
        OrgStructure s = holds(base(LocalDate.of(2023, 1, 1)), "p.cuong", "Lê Văn Cường", "lb.bdv.tb", LocalDate.of(2022, 9, 1),
                "lb.mttq.ct", LocalDate.of(2015, 1, 1)).build();
        assertEquals(people("p.cuong"), only(validate(NOT_TO_SPREAD, s)).people());
    }

    @Test
    void notToSpread_ignoresUnitsOutsideTheScope() {
        OrgStructure s = holds(base(LocalDate.of(2023, 1, 1)), "p.dung", "Phạm Văn Dũng", "vl.bdv.tb", SINCE, "vl.mttq.ct",
                LocalDate.of(2022, 9, 1)).build();
        assertNone(validate(NOT_TO_SPREAD, s), "Hưng Yên is outside the scope: the earlier 'allowed' entry applies");
        // before the status starts, the new application in scope is fine too
        OrgStructure early = holds(base(LocalDate.of(2022, 8, 1)), "p.binh", "Trần Thị Bình", "lb.bdv.tb", SINCE, "lb.mttq.ct",
                LocalDate.of(2022, 7, 1)).build();
        assertNone(validate(NOT_TO_SPREAD, early));
    }

    @Test
    void withStatus_addsAStandingToOneModel() {
        ConcurrentPosts r = ALLOWED.withStatus("dan-van=mttq",
                new Status(Standing.NOT_TO_SPREAD, Period.from(KL55), ImmutableSet.of(u("hn")), Optional.empty()));
        OrgStructure s = holds(base(LocalDate.of(2023, 1, 1)), "p.binh", "Trần Thị Bình", "lb.bdv.tb", SINCE, "lb.mttq.ct",
                LocalDate.of(2022, 9, 1)).build();
        Violation v = only(validate(r, s));
        assertTrue(v.messageVi().endsWith("không được nhân rộng ở nơi chưa thực hiện từ 10/08/2022"), v::messageVi);
        assertNone(validate(ALLOWED, s));
        assertBad(ID, () -> ALLOWED.withStatus("none", new Status(Standing.PAUSED, Period.ALWAYS, ImmutableSet.of(),
                Optional.empty())));
    }

    // ------------------------------------------------------------------ unlisted, roles, territory

    @Test
    void unlistedSeverity_reportsNonModelLeadershipPairs() {
        OrgStructure s = holds(base(DATE), "p.em", "Hoàng Văn Em", "kb.ubnd.ct", SINCE, "kb.hdnd.ct", SINCE).build();
        assertNone(validate(ALLOWED, s), "without an unlisted severity, other pairs are accepted");
        Violation v = only(validate(ConcurrentPosts.of(info(ID), ImmutableList.of(DAN_VAN), Severity.INFO), s));
        assertViolation(v, ID, Severity.INFO,
                "Hoàng Văn Em giữ đồng thời Chủ tịch UBND và Chủ tịch HĐND: kiêm nhiệm không thuộc mô hình nào đã quy định",
                "Hoàng Văn Em holds both Chủ tịch UBND and Chủ tịch HĐND: this combination is not a listed concurrent-post model");
        assertEquals(people("p.em"), v.people());
        assertEquals(List.of(post("kb.ubnd.ct"), post("kb.hdnd.ct")), v.posts());
        assertEquals(units("kb.ubnd"), v.units());
        // a head with a concurrent deputy post is a leadership pair too
        OrgStructure deputy = holds(base(DATE), "p.em", "Hoàng Văn Em", "kb.bdv.tb", SINCE, "kb.hdnd.pct", SINCE).build();
        assertEquals(Severity.WARNING, only(validate(ConcurrentPosts.of(info(ID), ImmutableList.of(), Severity.WARNING), deputy))
                .severity());
    }

    @Test
    void pairsWithMemberOrStaffRoles_areIgnored() {
        ConcurrentPosts strict = ConcurrentPosts.of(info(ID), ImmutableList.of(), Severity.ERROR);
        OrgStructure member = holds(base(DATE), "p.giang", "Vũ Văn Giang", "kb.bdv.tb", SINCE, "kb.mttq.uv", SINCE).build();
        assertNone(validate(strict, member));
        OrgStructure staff = holds(base(DATE), "p.giang", "Vũ Văn Giang", "kb.ubnd.cv", SINCE, "kb.mttq.uv", SINCE).build();
        assertNone(validate(strict, staff));
        OrgStructure staffAndHead = holds(base(DATE), "p.giang", "Vũ Văn Giang", "kb.ubnd.cv", SINCE, "kb.mttq.ct", SINCE).build();
        assertNone(validate(strict, staffAndHead), "only one leadership post");
    }

    @Test
    void twoMainPosts_areNotAConcurrency() {
        OrgStructure.Builder b = base(DATE);
        b.add(Person.of(person("p.h"), "Đỗ Thị Hòa", true));
        b.add(Tenure.main(person("p.h"), post("kb.ubnd.ct"), Period.from(SINCE)));
        b.add(Tenure.main(person("p.h"), post("kb.hdnd.ct"), Period.from(SINCE)));
        assertNone(validate(ConcurrentPosts.of(info(ID), ImmutableList.of(), Severity.ERROR), b.build()));
    }

    @Test
    void endedConcurrentTenure_isNotInOffice() {
        OrgStructure.Builder b = base(PAUSE);
        b.add(Person.of(person("p.an"), "Nguyễn Văn An", true));
        b.add(Tenure.main(person("p.an"), post("kb.bdv.tb"), Period.from(SINCE)));
        b.add(Tenure.concurrent(person("p.an"), post("kb.mttq.ct"), Period.of(SINCE, PAUSE)));
        assertNone(validate(PAUSED, b.build()));
    }

    @Test
    void sameTerritoryIsRequiredUnlessAnyTerritory() {
        OrgStructure s = holds(base(PAUSE), "p.an", "Nguyễn Văn An", "kb.bdv.tb", SINCE, "lb.mttq.ct", SINCE).build();
        assertNone(validate(PAUSED, s), "posts in two districts do not form the model");
        Violation unlisted = only(validate(ConcurrentPosts.of(info(ID), PAUSED.models(), Severity.INFO), s));
        assertTrue(unlisted.messageEn().endsWith("this combination is not a listed concurrent-post model"), unlisted::messageEn);
        ConcurrencyModel anywhere = DAN_VAN.anyTerritory();
        assertNone(validate(ConcurrentPosts.of(info(ID), ImmutableList.of(anywhere), Severity.INFO), s));
        ConcurrentPosts pausedAnywhere = ConcurrentPosts.of(info(ID),
                ImmutableList.of(anywhere.paused(Period.from(PAUSE), LegalBasis.of("16-TB/TW"))));
        assertTrue(only(validate(pausedAnywhere, s)).messageVi().contains("đã tạm dừng"));
        assertTrue(DAN_VAN.sameTerritory());
        assertTrue(!anywhere.sameTerritory());
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void boundariesReadsAndModels() {
        assertEquals(Set.of(NQ18, PAUSE), PAUSED.boundaries());
        assertEquals(Set.of(NQ18, KL55), NOT_TO_SPREAD.boundaries());
        // only a standing scoped to areas reads where the posts' units lie
        assertTrue(!ALLOWED.reads().contains(Reach.ANCESTORS), () -> ALLOWED.reads().toString());
        assertTrue(NOT_TO_SPREAD.reads().contains(Reach.ANCESTORS));
        assertSame(DAN_VAN, ALLOWED.model("dan-van=mttq"));
        assertTrue(assertBad(ID, () -> ALLOWED.model("none")).getMessage().contains("dan-van=mttq"));
        assertEquals(2, PAUSED.model("dan-van=mttq").statuses().size());
        assertEquals(Optional.empty(), DAN_VAN.statusFor(an(LocalDate.of(2017, 1, 1)).unit(u("kb.bdv")),
                org.bomay.core.rules.RuleContext.of(an(LocalDate.of(2017, 1, 1)), org.bomay.core.rules.MergerLog.empty())));
    }

    @Test
    void badParameters() {
        assertBad(ID, () -> ConcurrentPosts.of(info(ID), ImmutableList.of(DAN_VAN, DAN_VAN.anyTerritory())));
        assertBad(ID, () -> ConcurrentPosts.of(info(ID), null));
        assertBad(ID, () -> ConcurrentPosts.of(info(ID), Arrays.asList(DAN_VAN, null)));
        assertBad(ID, () -> ConcurrentPosts.of(info(ID), ImmutableList.of(DAN_VAN), null));
        PostPattern p = PostPattern.of(Selector.any(), PostRole.HEAD);
        assertThrows(BomayException.class, () -> ConcurrencyModel.of("Dan Van", "a", "b", p, p));
        assertThrows(BomayException.class, () -> ConcurrencyModel.of("x", " ", "b", p, p));
        assertThrows(BomayException.class, () -> ConcurrencyModel.of("x", "a", "b", null, p));
        assertTrue(assertThrows(BomayException.class, () -> DAN_VAN.notToSpread(Period.ALWAYS, null, null)).getMessage()
                .contains("dan-van=mttq"));
        assertThrows(BomayException.class, () -> DAN_VAN.with(null));
        assertThrows(BomayException.class, () -> new Status(null, Period.ALWAYS, ImmutableSet.of(), Optional.empty()));
        assertThrows(BomayException.class, () -> PostPattern.of(Selector.any()));
        assertThrows(BomayException.class, () -> PostPattern.of(null, PostRole.HEAD));
    }

    // ------------------------------------------------------------------ incremental

    @Test
    void incremental_aNewConcurrentAppointmentInScope() {
        OrgStructure before = holds(base(LocalDate.of(2022, 8, 15)), "p.binh", "Trần Thị Bình", "lb.bdv.tb", SINCE, null, null)
                .build();
        ValidationResult r = assertIncremental(NOT_TO_SPREAD, before,
                Appoint.concurrent(LocalDate.of(2022, 9, 1), person("p.binh"), post("lb.mttq.ct")));
        assertEquals(people("p.binh"), only(r).people());
        assertTrue(only(r).cause().isPresent(), "the appointment caused it");
    }

    @Test
    void incremental_theDateCrossesThePause() {
        // An's pair is allowed on 1/7/2022; an unrelated appointment on 10/7/2022 moves the date past the pause
        OrgStructure before = an(LocalDate.of(2022, 7, 1));
        assertNone(validate(PAUSED, before));
        ValidationResult r = assertIncremental(PAUSED, before, Appoint.of(LocalDate.of(2022, 7, 10), person("p.moi"),
                post("vl.ubnd.ct")).newPerson(Person.of(person("p.moi"), "Mai Văn Mới", true)));
        assertEquals(people("p.an"), only(r).people());
    }

    @Test
    void incremental_aDistrictMovesIntoTheScope() {
        OrgStructure before = holds(base(LocalDate.of(2023, 1, 1)), "p.dung", "Phạm Văn Dũng", "vl.bdv.tb", SINCE, "vl.mttq.ct",
                LocalDate.of(2022, 9, 1)).build();
        assertNone(validate(NOT_TO_SPREAD, before));
        ValidationResult r = assertIncremental(NOT_TO_SPREAD, before, Transfer.of(LocalDate.of(2023, 3, 1), u("vl"), u("hn")));
        assertEquals(people("p.dung"), only(r).people());
    }

    @Test
    void aLaterModelOfTheSamePairIsConsultedWhenTheFirstHasNoStandingThere() {
        ConcurrencyModel hyOnly = ConcurrencyModel.of("dan-van=mttq.hy", "Mô hình thí điểm ở Hưng Yên", "Hưng Yên pilot",
                PostPattern.of(Selector.kinds(VnKinds.BAN_DAN_VAN), PostRole.HEAD),
                PostPattern.of(Selector.kinds(VnKinds.UBMTTQ), PostRole.HEAD))
                .with(new Status(Standing.ALLOWED, Period.from(NQ18), ImmutableSet.of(u("hy")), Optional.empty()));
        ConcurrentPosts r = ConcurrentPosts.of(info(ID), ImmutableList.of(hyOnly, DAN_VAN), Severity.INFO);
        // An is in Hà Nam: the Hưng Yên pilot has no standing there, the nationwide model allows the pair
        assertNone(validate(r, an(DATE)));
    }
}
