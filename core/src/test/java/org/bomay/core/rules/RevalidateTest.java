package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class RevalidateTest {
    static final UnitId NVTC = UnitId.of("kb.nvtc");
    static final LocalDate AUGUST = LocalDate.of(2018, 8, 1);

    private final OrgStructure s = structure();
    private final Validator v = Validator.of(allRules());
    private final ValidationResult start = v.validate(s);
    /**
     * All rules but the group rule, for the changes that add or remove units: with a group rule
     * revalidate currently throws (see revalidate_afterMerge_withAGroupRule_equalsFullRun).
     */
    private final Validator vNoGroup = Validator.of(allRules().without("t.group-deputies"));
    private final ValidationResult startNoGroup = vNoGroup.validate(s);

    private static List<String> ruleIds(List<Violation> l) {
        return l.stream().map(Violation::ruleId).toList();
    }

    private static Merge mergeOffices(LocalDate d) {
        return Merge.of(d, List.of(NV, TC), org(NVTC, "Phòng Nội vụ – Tài chính", VnKinds.PHONG, null, null)).withHead(BINH);
    }

    private static Optional<ChangeEvent> causeOf(ValidationResult r, String rule, Object subject) {
        return r.violationsOf(rule).stream()
                .filter(x -> x.units().contains(subject) || x.people().contains(subject) || subject == null)
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " about " + subject + " in " + r.violations()))
                .cause();
    }

    // ------------------------------------------------------------------ equals a full run, by shape

    @Test
    void revalidate_afterAppoint_equalsFullRun_unitGroupAndPersonRules() {
        Applied a = Appoint.of(DATE, KHANH, TC_PP).applyTo(s);
        ValidationResult inc = revalidateAndCompare(v, start, Appoint.of(DATE, KHANH, TC_PP));
        // unit rule: the second deputy of the finance office
        assertEquals(List.of(List.of(NV), List.of(TC)), inc.violationsOf("t.deputy-cap").stream().map(Violation::units).toList());
        // group rule: 4 deputies across the offices
        assertEquals(1, inc.violationsOf("t.group-deputies").size());
        // person rule: Khánh holds a post now
        assertEquals(List.of(List.of(LAN)), inc.violationsOf("t.no-post").stream().map(Violation::people).toList());
        assertEquals(ruleIds(v.validate(a.structure()).violations()), ruleIds(inc.violations()));
    }

    @Test
    void revalidate_afterAppoint_onALaterDate_equalsFullRun() {
        ValidationResult inc = revalidateAndCompare(v, start, Appoint.of(JULY, KHANH, TC_PP));
        // by July Dũng's tenure has ended: 1 + 2 deputies, no group violation; the finance office is over the cap
        assertEquals(List.of(List.of(TC)), inc.violationsOf("t.deputy-cap").stream().map(Violation::units).toList());
        assertTrue(inc.violationsOf("t.group-deputies").isEmpty());
        assertEquals(List.of(DUNG, LAN), inc.violationsOf("t.no-post").stream().map(x -> x.people().get(0)).toList());
    }

    @Test
    void revalidate_afterSetStaffQuota_equalsFullRun_totalRule() {
        ValidationResult up = revalidateAndCompare(v, start, SetStaffQuota.of(DATE, VP, 15));
        assertEquals(List.of("Tổng biên chế 26, vượt 25"), up.violationsOf("t.total-quota").stream().map(Violation::messageVi).toList());
        ValidationResult down = revalidateAndCompare(v, up, SetStaffQuota.of(DATE, TC, 3));
        assertTrue(down.violationsOf("t.total-quota").isEmpty(), "back to 24");
        assertEquals(List.of("Phòng Tài chính – Kế hoạch: biên chế 3"),
                down.violationsOf("t.quota-min").stream().map(Violation::messageVi).toList());
        ValidationResult fixed = revalidateAndCompare(v, down, SetStaffQuota.of(MARCH, TC, 6));
        assertTrue(fixed.violationsOf("t.quota-min").isEmpty());
    }

    @Test
    void revalidate_afterMerge_equalsFullRun() {
        ValidationResult inc = revalidateAndCompare(vNoGroup, startNoGroup, mergeOffices(JULY));
        OrgStructure after = inc.structure();
        assertFalse(after.contains(NV));
        // Chi, Giang and Em (demoted) are the deputies of the merged office
        assertEquals(List.of(List.of(NVTC)), inc.violationsOf("t.deputy-cap").stream().map(Violation::units).toList());
        assertTrue(inc.violationsAbout(NV).isEmpty(), "nothing about the ceased office is left: " + inc.violations());
        assertTrue(inc.violationsAbout(TC).isEmpty(), inc.violations().toString());
        assertEquals(2, inc.mergers().latest(NVTC).orElseThrow().formedFrom());
    }

    @Test
    void revalidate_afterMergeOnTheSnapshotsDate_equalsFullRun() {
        ValidationResult inc = revalidateAndCompare(vNoGroup, startNoGroup, mergeOffices(DATE));
        assertEquals(1, inc.violationsOf("t.deputy-cap").size());
        assertTrue(inc.violationsOf("t.quota-min").isEmpty(), "the merged office has a quota of 11");
    }

    @Test
    void revalidate_afterAbsorb_equalsFullRun() {
        ValidationResult inc = revalidateAndCompare(vNoGroup, startNoGroup, Absorb.of(JULY, NV, TC));
        assertEquals(List.of(List.of(NV)), inc.violationsOf("t.deputy-cap").stream().map(Violation::units).toList());
        assertTrue(inc.mergers().latest(NV).isPresent());
    }

    @Test
    void revalidate_afterRelieve_rechecksTheNeighboursARuleReads() {
        ValidationResult inc = revalidateAndCompare(v, start, Relieve.of(DATE, AN, UBND_CT));
        // PARENT_HEAD reads the parent: both offices are flagged though only the UBND's post changed
        assertEquals(List.of(List.of(NV, UBND), List.of(TC, UBND)),
                inc.violationsOf("t.parent-head").stream().map(Violation::units).toList());
        assertEquals(List.of(AN, KHANH, LAN), inc.violationsOf("t.no-post").stream().map(x -> x.people().get(0)).toList());
        ValidationResult back = revalidateAndCompare(v, inc, Appoint.of(MARCH, LAN, UBND_CT));
        assertTrue(back.violationsOf("t.parent-head").isEmpty());
    }

    @Test
    void revalidate_afterTransferAndRename_equalsFullRun() {
        ValidationResult moved = revalidateAndCompare(v, start, Transfer.of(DATE, TC, VP));
        // the finance office left the UBND's group: 2 deputies only
        assertTrue(moved.violationsOf("t.group-deputies").isEmpty());
        revalidateAndCompare(v, moved, Rename.of(MARCH, TC, "Phòng Tài chính"));
    }

    @Test
    void revalidate_overAPlan_equalsFullRunAtEveryStep() {
        runPlan(vNoGroup);
    }

    @Test
    void revalidate_overAPlan_withAGroupRule_equalsFullRunAtEveryStep() {
        runPlan(v);
    }

    private void runPlan(Validator val) {
        List<Change> plan = List.of(
                Appoint.of(DATE, KHANH, TC_PP),
                SetStaffQuota.of(LocalDate.of(2018, 2, 1), VP, 16),
                Relieve.of(LocalDate.of(2018, 2, 15), HOA, UBND_PCT),
                Appoint.concurrent(LocalDate.of(2018, 4, 1), HOA, NV_PP),
                mergeOffices(JULY),
                Relieve.of(AUGUST, AN, UBND_CT),
                Appoint.of(LocalDate.of(2018, 9, 1), LAN, UBND_CT),
                Absorb.of(LocalDate.of(2019, 1, 1), NVTC, VP).withHead(BINH),
                SetStaffQuota.of(LocalDate.of(2019, 6, 1), NVTC, 10));
        ValidationResult r = val.validate(s);
        for (Change c : plan) {
            r = revalidateAndCompare(val, r, c);
        }
        assertFalse(r.violations().isEmpty());
    }

    // ------------------------------------------------------------------ causes

    @Test
    void newViolations_nameTheChange_andOldOnesKeepTheirCause() {
        Applied appoint = Appoint.of(DATE, KHANH, TC_PP).applyTo(s);
        ValidationResult r1 = v.revalidate(start, appoint);
        assertSame(appoint.event(), causeOf(r1, "t.deputy-cap", TC).orElseThrow());
        assertSame(appoint.event(), causeOf(r1, "t.group-deputies", UBND).orElseThrow());
        assertEquals(Optional.empty(), causeOf(r1, "t.deputy-cap", NV), "it was there before the change");
        assertEquals(Optional.empty(), causeOf(r1, "t.max-posts", HOA));

        Applied quota = SetStaffQuota.of(DATE, NV, 4).applyTo(r1.structure());
        ValidationResult r2 = v.revalidate(r1, quota);
        assertSame(quota.event(), causeOf(r2, "t.quota-min", NV).orElseThrow());
        assertSame(appoint.event(), causeOf(r2, "t.deputy-cap", TC).orElseThrow(), "keeps the earlier cause");
        assertSame(appoint.event(), causeOf(r2, "t.group-deputies", UBND).orElseThrow(), "re-checked, keeps its cause");
        assertEquals(Optional.empty(), causeOf(r2, "t.deputy-cap", NV), "re-checked, still without cause");
    }

    @Test
    void causes_areKeptWhenTheDateMovesToo() {
        Applied appoint = Appoint.of(DATE, KHANH, TC_PP).applyTo(s);
        ValidationResult r1 = v.revalidate(start, appoint);
        Applied later = Rename.of(JULY, VP, "Văn phòng UBND huyện").applyTo(r1.structure());
        ValidationResult r2 = v.revalidate(r1, later);
        assertSame(appoint.event(), causeOf(r2, "t.deputy-cap", TC).orElseThrow());
        // the station's validity ended on 1/3: a violation from the date, not from the change
        assertEquals(Optional.empty(), causeOf(r2, "t.out-of-validity", TKN));
        assertEquals(Optional.empty(), causeOf(r2, "t.no-post", DUNG), "Dũng's tenure ended by itself");
    }

    @Test
    void violationsOfMergedUnits_nameTheMerger() {
        Applied merge = mergeOffices(JULY).applyTo(s);
        ValidationResult r = vNoGroup.revalidate(startNoGroup, merge);
        assertSame(merge.event(), causeOf(r, "t.deputy-cap", NVTC).orElseThrow());
    }

    @Test
    void aViolationOfATotalRule_concernsNothing_soItNamesNoCause() {
        // doubtful but documented: only violations that concern something the change touched get a cause
        Applied up = SetStaffQuota.of(DATE, VP, 15).applyTo(s);
        ValidationResult r = v.revalidate(start, up);
        assertEquals(1, r.violationsOf("t.total-quota").size());
        assertEquals(Optional.empty(), r.violationsOf("t.total-quota").get(0).cause());
    }

    // ------------------------------------------------------------------ the date moving

    @Test
    void aRuleComingIntoForce_isPickedUp_andOneGoingOutOfForceIsDropped() {
        Rule repealedOnly = HEAD_POST_UNTIL_MAY;
        // make the repealed rule find something before May: a unit with a quota but no head post
        OrgStructure s2 = s.toBuilder().remove(VP_CVP).build();
        ValidationResult before = v.validate(s2);
        assertEquals(1, before.violationsOf(repealedOnly.id()).size());
        assertTrue(before.violationsOf("t.understaffed").isEmpty());
        ValidationResult after = revalidateAndCompare(v, before, Rename.of(JULY, TC, "Phòng Tài chính"));
        assertTrue(after.rulesInForce().contains(UNDERSTAFFED_FROM_MAY));
        assertFalse(after.rulesInForce().contains(repealedOnly));
        assertEquals(List.of(List.of(VP)), after.violationsOf("t.understaffed").stream().map(Violation::units).toList());
        assertTrue(after.violationsOf(repealedOnly.id()).isEmpty());
    }

    @Test
    void aRuleComingIntoForceOnTheChangesDate_isPickedUp() {
        ValidationResult after = revalidateAndCompare(v, start, Rename.of(MAY, TC, "Phòng Tài chính"));
        assertEquals(1, after.violationsOf("t.understaffed").size());
    }

    @Test
    void aTenureEndingBetweenTheDates_isPickedUp() {
        // nothing the change touches concerns the Nội vụ office or Dũng
        ValidationResult after = revalidateAndCompare(v, start, Rename.of(JULY, VP, "Văn phòng UBND huyện"));
        assertTrue(after.violationsOf("t.deputy-cap").isEmpty(), after.violations().toString());
        assertTrue(after.violationsAbout(DUNG).stream().anyMatch(x -> x.ruleId().equals("t.no-post")));
        assertEquals(List.of(List.of(TKN)), after.violationsOf("t.out-of-validity").stream().map(Violation::units).toList());
    }

    @Test
    void aTenureStartingBetweenTheDates_isPickedUp() {
        OrgStructure future = s.toBuilder().add(org.bomay.core.model.Tenure.main(KHANH, TC_PP, Period.from(MARCH))).build();
        ValidationResult before = v.validate(future);
        assertEquals(1, before.violationsOf("t.deputy-cap").size());
        ValidationResult after = revalidateAndCompare(v, before, Rename.of(JULY, VP, "Văn phòng UBND huyện"));
        assertEquals(List.of(List.of(TC)), after.violationsOf("t.deputy-cap").stream().map(Violation::units).toList());
    }

    @Test
    void theDateMovingOnTheSameDay_changesNothingElse() {
        ValidationResult after = revalidateAndCompare(v, start, Rename.of(DATE, VP, "Văn phòng UBND huyện"));
        assertEquals(start.violations(), after.violations());
    }

    /** A rule whose behaviour changes on 1/5/2018 without its validity changing. */
    private static UnitRule fromMayOfficesNeedADeputy(boolean declareBoundary) {
        return new UnitRule(RuleInfo.structural("t.may-deputy", "Từ 1/5 mỗi phòng có cấp phó", "From May, offices need a deputy")) {
            @Override
            public Set<LocalDate> boundaries() {
                return declareBoundary ? Set.of(MAY) : Set.of();
            }

            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return u.kind().equals(VnKinds.PHONG) && !ctx.date().isBefore(MAY);
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
                if (ctx.deputies(u.id()) == 0) {
                    out.add(u.name() + " không có cấp phó", u.name() + " has no deputy", u.id());
                }
            }
        };
    }

    @Test
    void aBoundaryCrossed_reRunsTheRuleInFull() {
        OrgStructure noDeputies = s.toBuilder().remove(org.bomay.core.model.Tenure.main(GIANG, TC_PP,
                Period.from(LocalDate.of(2016, 1, 1)))).build();
        Validator b = Validator.of(RulePack.of("A", fromMayOfficesNeedADeputy(true)));
        ValidationResult before = b.validate(noDeputies);
        assertEquals(0, before.size());
        ValidationResult after = revalidateAndCompare(b, before, Rename.of(JULY, VP, "Văn phòng UBND huyện"));
        assertEquals(List.of(List.of(TC)), after.violations().stream().map(Violation::units).toList());
        // and the control: without the boundary, the incremental run cannot know
        Validator nb = Validator.of(RulePack.of("A", fromMayOfficesNeedADeputy(false)));
        ValidationResult undeclared = nb.revalidate(nb.validate(noDeputies), Rename.of(JULY, VP, "Văn phòng UBND huyện")
                .applyTo(noDeputies));
        assertNotEquals(after.violations(), undeclared.violations());
    }

    /** Over the cap of 1 deputy is an ERROR, or INFO for a year after a merger. */
    private static final UnitRule GRACE_CAP = new UnitRule(RuleInfo.structural("t.grace-cap", "Tối đa 1 cấp phó, ân hạn 1 năm",
            "At most 1 deputy, a year of grace")) {
        @Override
        public Optional<java.time.Period> mergerGrace() {
            return Optional.of(java.time.Period.ofYears(1));
        }

        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.kind().equals(VnKinds.PHONG);
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            int n = ctx.deputies(u.id());
            if (n > 1) {
                Severity sev = ctx.withinGrace(u, java.time.Period.ofYears(1)) ? Severity.INFO : Severity.ERROR;
                out.add(sev, u.name() + " có " + n + " cấp phó", u.name() + " has " + n + " deputies", u.id());
            }
        }
    };

    @Test
    void aGracePeriodEndingBetweenTheDates_isPickedUp() {
        Validator g = Validator.of(RulePack.of("Ân hạn", GRACE_CAP));
        ValidationResult merged = revalidateAndCompare(g, g.validate(s), mergeOffices(JULY));
        assertEquals(List.of(Severity.INFO), merged.violations().stream().map(Violation::severity).toList());
        ValidationResult stillIn = revalidateAndCompare(g, merged, Rename.of(LocalDate.of(2019, 6, 30), VP, "Văn phòng UBND"));
        assertEquals(List.of(Severity.INFO), stillIn.violations().stream().map(Violation::severity).toList());
        ValidationResult over = revalidateAndCompare(g, stillIn, Rename.of(LocalDate.of(2019, 7, 1), VP, "Văn phòng UBND huyện"));
        assertEquals(List.of(Severity.ERROR), over.violations().stream().map(Violation::severity).toList());
        // and straight across the whole grace period
        ValidationResult jump = revalidateAndCompare(g, merged, Rename.of(LocalDate.of(2020, 1, 1), VP, "Văn phòng UBND"));
        assertEquals(List.of(Severity.ERROR), jump.violations().stream().map(Violation::severity).toList());
    }

    @Test
    void aParentsTenureEndingBetweenTheDates_rechecksTheChildren() {
        OrgStructure s2 = s.toBuilder().remove(org.bomay.core.model.Tenure.main(AN, UBND_CT, Period.from(LocalDate.of(2015, 1, 1))))
                .add(org.bomay.core.model.Tenure.main(AN, UBND_CT, Period.of(LocalDate.of(2015, 1, 1), MARCH))).build();
        ValidationResult before = v.validate(s2);
        assertTrue(before.violationsOf("t.parent-head").isEmpty());
        ValidationResult after = revalidateAndCompare(v, before, Rename.of(JULY, VP, "Văn phòng UBND huyện"));
        assertEquals(List.of(List.of(NV, UBND), List.of(TC, UBND)),
                after.violationsOf("t.parent-head").stream().map(Violation::units).toList());
    }

    /** A group rule tolerating, for a year after its merger, a member over the cap of 1 deputy. */
    private static final GroupRule GROUP_GRACE = new GroupRule(RuleInfo.structural("t.group-grace", "Ân hạn trong nhóm",
            "Grace in a group")) {
        @Override
        public Optional<java.time.Period> mergerGrace() {
            return Optional.of(java.time.Period.ofYears(1));
        }

        @Override
        public boolean isGroup(Unit key, RuleContext ctx) {
            return key.kind().equals(VnKinds.UBND);
        }

        @Override
        public boolean isMember(Unit m, Unit key, RuleContext ctx) {
            return m.kind().equals(VnKinds.PHONG);
        }

        @Override
        public void check(Unit key, List<Unit> members, RuleContext ctx, Findings out) {
            long over = members.stream().filter(m -> ctx.deputies(m.id()) > 1 && !ctx.withinGrace(m, java.time.Period.ofYears(1)))
                    .count();
            if (over > 0) {
                out.add(over + " phòng vượt mức", over + " offices over the cap", key);
            }
        }
    };

    @Test
    void aMembersGraceEndingBetweenTheDates_rechecksItsGroup() {
        OrgStructure s2 = s.toBuilder().add(org.bomay.core.model.Tenure.main(KHANH, NV_PP, Period.from(DATE))).build();
        Validator g = Validator.of(RulePack.of("A", GROUP_GRACE));
        ValidationResult before = g.validate(s2, MergerLog.empty().with(NV, LocalDate.of(2017, 5, 1), List.of(NV, TKN)));
        assertEquals(0, before.size());
        ValidationResult after = revalidateAndCompare(g, before, Rename.of(JULY, VP, "Văn phòng UBND huyện"));
        assertEquals(List.of("1 phòng vượt mức"), after.violations().stream().map(Violation::messageVi).toList());
    }

    /** An INFO within a year after the merger of the station's commune, an ERROR after. */
    private static final UnitRule TERRITORY_GRACE = new UnitRule(RuleInfo.structural("t.territory-grace",
            "Ân hạn theo địa bàn", "Grace of the territory")) {
        @Override
        public Set<Reach> reads() {
            return java.util.EnumSet.of(Reach.OWN_TERRITORY);
        }

        @Override
        public Optional<java.time.Period> mergerGrace() {
            return Optional.of(java.time.Period.ofYears(1));
        }

        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.kind().equals(VnKinds.TRAM_Y_TE);
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            boolean grace = ctx.territoryOf(u).map(t -> ctx.withinGrace(t, java.time.Period.ofYears(1))).orElse(false);
            out.add(grace ? Severity.INFO : Severity.ERROR, u.name() + (grace ? ": trong ân hạn" : ": hết ân hạn"),
                    u.name() + (grace ? ": in grace" : ": grace over"), u);
        }
    };

    @Test
    void aTerritorysGraceEndingBetweenTheDates_rechecksTheUnitsInIt() {
        UnitId tyt = UnitId.of("x1.tyt");
        OrgStructure s2 = s.toBuilder().add(Unit.builder(tyt, "Trạm y tế xã Nhật Tân", VnKinds.TRAM_Y_TE, Level.COMMUNE)
                .territory(X1).build()).build();
        Validator g = Validator.of(RulePack.of("A", TERRITORY_GRACE));
        Unit x12 = Unit.builder(UnitId.of("x12"), "Xã Nhật Tân Đồng", VnKinds.XA, Level.COMMUNE).build();
        ValidationResult merged = revalidateAndCompare(g, g.validate(s2), Merge.of(JULY, List.of(X1, X2), x12));
        assertEquals(List.of(Severity.INFO), merged.violations().stream().map(Violation::severity).toList());
        ValidationResult later = revalidateAndCompare(g, merged, Rename.of(LocalDate.of(2019, 8, 1), VP, "Văn phòng UBND"));
        assertEquals(List.of(Severity.ERROR), later.violations().stream().map(Violation::severity).toList());
    }

    // ------------------------------------------------------------------ validators

    @Test
    void revalidate_withAResultOfAnotherPack_fails() {
        Validator other = Validator.of(allRules().without("t.no-post"));
        Applied a = SetStaffQuota.of(DATE, TC, 6).applyTo(s);
        BomayException e = assertThrows(BomayException.class, () -> other.revalidate(start, a));
        assertTrue(e.getMessage().contains("another pack"), e.getMessage());
        Validator replaced = Validator.of(allRules().replace(deputyCap("t.deputy-cap", 2)));
        assertThrows(BomayException.class, () -> replaced.revalidate(start, a));
    }

    @Test
    void revalidate_withAnotherValidatorOfTheSameRules_works() {
        Validator same = Validator.of(allRules().named("Cùng quy tắc"));
        Applied a = SetStaffQuota.of(DATE, TC, 6).applyTo(s);
        assertEquals(v.revalidate(start, a).violations(), same.revalidate(start, a).violations());
    }

    @Test
    void revalidate_withEventAndStructure_equalsWithApplied() {
        Applied a = Appoint.of(JULY, KHANH, TC_PP).applyTo(s);
        assertEquals(v.revalidate(start, a).violations(), v.revalidate(start, a.structure(), a.event()).violations());
    }

    @Test
    void revalidate_aNewPersonAppointed() {
        PersonId minh = PersonId.of("p.minh");
        revalidateAndCompare(v, start, Appoint.of(JULY, minh, TC_PP).newPerson(Person.of(minh, "Lý Văn Minh", true)));
    }

    // ------------------------------------------------------------------ group rules and units coming or going

    private static final Unit CENTRE = Unit.builder(UnitId.of("kb.tt"), "Trung tâm Dịch vụ", VnKinds.TRUNG_TAM_SU_NGHIEP,
            Level.DISTRICT).territory(KB).build();

    @Test
    void revalidate_afterMerge_withAGroupRule_equalsFullRun() {
        Validator g = Validator.of(RulePack.of("Nhóm", GROUP_DEPUTIES));
        ValidationResult inc = revalidateAndCompare(g, g.validate(s), mergeOffices(JULY));
        assertTrue(inc.violations().isEmpty(), inc.violations().toString());
        revalidateAndCompare(v, start, mergeOffices(JULY));
    }

    @Test
    void revalidate_afterAbsorb_withAGroupRule_equalsFullRun() {
        Validator g = Validator.of(RulePack.of("Nhóm", GROUP_DEPUTIES));
        revalidateAndCompare(g, g.validate(s), Absorb.of(JULY, NV, TC));
    }

    @Test
    void revalidate_afterEstablish_withAGroupRule_equalsFullRun() {
        Validator g = Validator.of(RulePack.of("Nhóm", GROUP_DEPUTIES));
        revalidateAndCompare(g, g.validate(s), org.bomay.core.change.Establish.of(JULY, CENTRE, UBND));
    }

    @Test
    void revalidate_afterAMergeOfUnitsOfAnotherKind_equalsFullRun() {
        revalidateAndCompare(vNoGroup, startNoGroup, Merge.of(JULY, List.of(VP, TC), CENTRE).withHead(HOA));
    }
}
