package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Merge;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.Unit;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class MergerLogTest {
    static final UnitId NVTC = UnitId.of("kb.nvtc");
    static final UnitId X12 = UnitId.of("x12");
    static final LocalDate AUGUST = LocalDate.of(2018, 8, 1);
    static final LocalDate SEPTEMBER = LocalDate.of(2018, 9, 1);
    static final java.time.Period ONE_YEAR = java.time.Period.ofYears(1);

    private final OrgStructure s = structure();

    static Merge mergeOffices() {
        return Merge.of(JULY, List.of(NV, TC), org(NVTC, "Phòng Nội vụ – Tài chính", VnKinds.PHONG, null, null)).withHead(BINH);
    }

    @Test
    void empty_hasNoMerger() {
        assertEquals(0, MergerLog.empty().size());
        assertTrue(MergerLog.empty().units().isEmpty());
        assertEquals(Optional.empty(), MergerLog.empty().latest(NV));
        assertEquals(Optional.empty(), MergerLog.empty().latest(null));
        assertEquals(MergerLog.empty(), MergerLog.of(History.start(s)));
        assertEquals("MergerLog[0 units]", MergerLog.empty().toString());
    }

    @Test
    void merge_recordsTheResult_formedFromTheMergedUnits_onTheEffectiveDate() {
        History h = History.start(s).apply(SetStaffQuota.of(MARCH, VP, 13)).apply(mergeOffices());
        MergerLog log = MergerLog.of(h);
        assertEquals(Set.of(NVTC), log.units());
        MergerLog.Merger m = log.latest(NVTC).orElseThrow();
        assertEquals(NVTC, m.unit());
        assertEquals(JULY, m.date());
        assertEquals(List.of(NV, TC), m.from());
        assertEquals(2, m.formedFrom());
        assertTrue(m.fromClasses().isEmpty());
        assertFalse(m.allClassesKnown());
        assertEquals(Optional.empty(), log.latest(NV), "the merged units have no record");
        assertEquals("MergerLog[1 units]", log.toString());
    }

    @Test
    void merge_ofClassifiedCommunes_recordsTheirClasses() {
        Unit x12 = Unit.builder(X12, "Xã Nhật Tân Đồng", VnKinds.XA, Level.COMMUNE).build();
        Applied a = Merge.of(JULY, List.of(X1, X2), x12).applyTo(s);
        MergerLog log = MergerLog.empty().record(a.event(), s);
        MergerLog.Merger m = log.latest(X12).orElseThrow();
        assertEquals(List.of(X1, X2), m.from());
        assertEquals(Set.of(UnitClass.II, UnitClass.III), m.fromClasses());
        assertTrue(m.allClassesKnown());
        assertEquals(log, MergerLog.of(History.start(s).apply(Merge.of(JULY, List.of(X1, X2), x12))));
    }

    @Test
    void absorb_givesTheAbsorbingUnitARecordIncludingItself() {
        MergerLog log = MergerLog.of(History.start(s).apply(Absorb.of(JULY, NV, TC)));
        MergerLog.Merger m = log.latest(NV).orElseThrow();
        assertEquals(List.of(NV, TC), m.from(), "the absorbing unit first");
        assertEquals(2, m.formedFrom());
        assertEquals(JULY, m.date());
        assertEquals(Set.of(NV), log.units());
    }

    @Test
    void absorbOfSeveral_countsThemAll() {
        MergerLog log = MergerLog.of(History.start(s).apply(Absorb.of(JULY, NV, TC, VP).withHead(BINH)));
        assertEquals(3, log.latest(NV).orElseThrow().formedFrom());
        assertEquals(List.of(NV, TC, VP), log.latest(NV).orElseThrow().from());
    }

    @Test
    void aLaterMerger_isTheLatest_andAnEventWithoutMergerChangesNothing() {
        History h = History.start(s).apply(Absorb.of(JULY, NV, TC)).apply(Absorb.of(SEPTEMBER, NV, VP).withHead(BINH));
        MergerLog log = MergerLog.of(h);
        assertEquals(SEPTEMBER, log.latest(NV).orElseThrow().date());
        assertEquals(List.of(NV, VP), log.latest(NV).orElseThrow().from());
        assertEquals(1, log.size());
        Applied quota = SetStaffQuota.of(SEPTEMBER, NV, 30).applyTo(h.current());
        assertEquals(log, log.record(quota.event(), h.current()));
    }

    @Test
    void undo_removesTheRecord() {
        History h = History.start(s).apply(mergeOffices());
        History back = h.undo(AUGUST);
        assertTrue(back.current().contains(NV));
        assertEquals(MergerLog.empty(), MergerLog.of(back));
        assertEquals(Optional.empty(), MergerLog.of(back).latest(NVTC));
    }

    @Test
    void undo_ofASecondAbsorption_leavesTheFirst() {
        History h = History.start(s).apply(Absorb.of(JULY, NV, TC)).apply(Absorb.of(AUGUST, NV, VP).withHead(BINH));
        MergerLog log = MergerLog.of(h.undo(SEPTEMBER));
        assertEquals(JULY, log.latest(NV).orElseThrow().date());
        assertEquals(List.of(NV, TC), log.latest(NV).orElseThrow().from());
    }

    @Test
    void undo_ofAnEventWithoutMerger_keepsTheRecords() {
        History h = History.start(s).apply(mergeOffices()).apply(SetStaffQuota.of(AUGUST, VP, 14));
        MergerLog log = MergerLog.of(h.undo(SEPTEMBER));
        assertEquals(JULY, log.latest(NVTC).orElseThrow().date());
    }

    @Test
    void undoOfAnUndo_restoresTheRecord() {
        History redo = History.start(s).apply(mergeOffices()).undo(AUGUST).undo(SEPTEMBER);
        assertTrue(redo.current().contains(NVTC), "the redo brings the merged unit back");
        assertTrue(MergerLog.of(redo).latest(NVTC).isPresent(), "the merged unit's record is back");
    }

    @Test
    void with_acceptsAnImmutableList() {
        MergerLog log = MergerLog.empty().with(NV, JULY, List.of(NV, TC));
        assertEquals(2, log.latest(NV).orElseThrow().formedFrom());
    }

    @Test
    void with_statesAMergerWithUnknownClasses() {
        MergerLog log = MergerLog.empty().with(NV, JULY, Arrays.asList(NV, TC, TC));
        MergerLog.Merger m = log.latest(NV).orElseThrow();
        assertEquals(List.of(NV, TC), m.from(), "repeats are dropped");
        assertEquals(JULY, m.date());
        assertFalse(m.allClassesKnown());
        assertTrue(m.fromClasses().isEmpty());
        MergerLog later = log.with(NV, SEPTEMBER, Arrays.asList(NV, VP));
        assertEquals(SEPTEMBER, later.latest(NV).orElseThrow().date());
        assertEquals(1, later.size());
        assertEquals(JULY, log.latest(NV).orElseThrow().date(), "the log is immutable");
        assertEquals(log, MergerLog.empty().with(NV, JULY, Arrays.asList(NV, TC)));
        assertEquals(log.hashCode(), MergerLog.empty().with(NV, JULY, Arrays.asList(NV, TC)).hashCode());
        assertNotEquals(log, later);
        MergerLog two = later.with(TC, JULY, Arrays.asList(X1, X2));
        assertEquals(Set.of(NV, TC), two.units());
        assertEquals(2, two.size());
    }

    @Test
    void with_rejectsBadArguments() {
        assertThrows(BomayException.class, () -> MergerLog.empty().with(null, JULY, Arrays.asList(NV, TC)));
        assertThrows(BomayException.class, () -> MergerLog.empty().with(NV, null, Arrays.asList(NV, TC)));
        assertThrows(BomayException.class, () -> MergerLog.empty().with(NV, JULY, null));
        assertThrows(BomayException.class, () -> MergerLog.empty().with(NV, JULY, Arrays.asList(NV, null)));
        BomayException one = assertThrows(BomayException.class, () -> MergerLog.empty().with(NV, JULY, Arrays.asList(TC, TC)));
        assertTrue(one.getMessage().contains("kb.nv") && one.getMessage().contains("at least 2"), one.getMessage());
        assertThrows(BomayException.class, () -> MergerLog.empty().with((MergerLog.Merger) null));
        assertThrows(BomayException.class,
                () -> new MergerLog.Merger(NV, JULY, ImmutableList.of(NV), ImmutableSet.of(), false));
        assertThrows(BomayException.class, () -> new MergerLog.Merger(NV, null, ImmutableList.of(NV, TC), ImmutableSet.of(), false));
        assertThrows(BomayException.class, () -> MergerLog.of(null));
        Applied a = mergeOffices().applyTo(s);
        assertThrows(BomayException.class, () -> MergerLog.empty().record(null, s));
        assertThrows(BomayException.class, () -> MergerLog.empty().record(a.event(), null));
    }

    @Test
    void graceEnding_findsMergersWhoseDateOrGraceEndLiesInTheHalfOpenInterval() {
        MergerLog log = MergerLog.empty().with(NV, JULY, Arrays.asList(NV, TC));
        LocalDate end = JULY.plusYears(1);
        assertEquals(Set.of(NV), log.graceEnding(ONE_YEAR, end.minusDays(1), end));
        assertEquals(Set.of(), log.graceEnding(ONE_YEAR, end, end.plusDays(10)), "the lower bound is excluded");
        assertEquals(Set.of(NV), log.graceEnding(ONE_YEAR, JULY.minusDays(1), JULY), "the merger's own date counts");
        assertEquals(Set.of(), log.graceEnding(ONE_YEAR, JULY, end.minusDays(1)));
    }

    // ------------------------------------------------------------------ RuleContext

    private static RuleContext ctxOn(OrgStructure s, LocalDate d, MergerLog log) {
        return RuleContext.of(s.withDate(d), log);
    }

    @Test
    void grace_startsOnTheMergerDate_andEndsTheDayTheGraceRunsOut() {
        MergerLog log = MergerLog.empty().with(NV, JULY, Arrays.asList(NV, TC));
        Unit nv = s.unit(NV);
        LocalDate end = LocalDate.of(2019, 7, 1);
        assertFalse(ctxOn(s, JULY.minusDays(1), log).withinGrace(nv, ONE_YEAR), "before the merger");
        assertEquals(Optional.empty(), ctxOn(s, JULY.minusDays(1), log).graceEnd(nv, ONE_YEAR));
        assertTrue(ctxOn(s, JULY, log).withinGrace(nv, ONE_YEAR), "on the merger's date");
        assertEquals(Optional.of(end), ctxOn(s, JULY, log).graceEnd(nv, ONE_YEAR));
        assertTrue(ctxOn(s, end.minusDays(1), log).withinGrace(nv, ONE_YEAR), "the last day before the end");
        assertFalse(ctxOn(s, end, log).withinGrace(nv, ONE_YEAR), "on the end day");
        assertEquals(Optional.of(end), ctxOn(s, end, log).graceEnd(nv, ONE_YEAR));
        assertFalse(ctxOn(s, end.plusYears(3), log).withinGrace(nv, ONE_YEAR));
        assertFalse(ctxOn(s, JULY, log).withinGrace(s.unit(TC), ONE_YEAR), "a unit without merger");
        assertEquals(Optional.empty(), ctxOn(s, JULY, log).graceEnd(s.unit(TC), ONE_YEAR));
        assertFalse(ctxOn(s, JULY, log).withinGrace(nv, java.time.Period.ZERO), "no grace at all");
    }

    @Test
    void grace_onADateBetweenTwoMergers_usesTheMergerInForceOnTheDate() {
        MergerLog log = MergerLog.empty().with(NV, JULY, Arrays.asList(NV, TC)).with(NV, LocalDate.of(2020, 1, 1), Arrays.asList(NV, VP));
        RuleContext ctx = ctxOn(s, LocalDate.of(2019, 1, 1), log);
        assertTrue(ctx.withinGrace(s.unit(NV), ONE_YEAR));
        assertEquals(Optional.of(LocalDate.of(2019, 7, 1)), ctx.graceEnd(s.unit(NV), ONE_YEAR));
    }

    @Test
    void territoryMerger_andFormedFrom() {
        MergerLog log = MergerLog.empty().with(KB, JULY, Arrays.asList(KB, X1, X2));
        RuleContext ctx = ctxOn(s, JULY, log);
        assertEquals(3, ctx.territoryFormedFrom(s.unit(NV)));
        assertEquals(KB, ctx.territoryMerger(s.unit(NV)).orElseThrow().unit());
        assertEquals(1, ctx.territoryFormedFrom(s.unit(X1)), "no record for the commune");
        assertEquals(1, ctxOn(s, JULY, MergerLog.empty()).territoryFormedFrom(s.unit(NV)));
    }

    @Test
    void context_helpers() {
        RuleContext ctx = RuleContext.of(s, MergerLog.empty());
        assertEquals(DATE, ctx.date());
        assertEquals(2, ctx.deputies(NV));
        assertEquals(1, ctxOn(s, JULY, MergerLog.empty()).deputies(NV), "Dũng's tenure has ended");
        assertEquals(List.of(BINH), ctx.heads(NV).stream().map(p -> p.id()).toList());
        assertEquals(Optional.of(KB), ctx.territoryOf(s.unit(NV)).map(Unit::id));
        assertEquals(Optional.of(UnitClass.II), ctx.classOf(s.unit(X1)));
        assertEquals(Optional.empty(), ctx.classOf(s.unit(NV)));
        assertTrue(ctx.isWithin(s.unit(NV), HN), "through the territory's ancestors");
        assertTrue(ctx.isWithin(s.unit(NV), UBND), "through its own ancestors");
        assertTrue(ctx.isWithin(s.unit(NV), KB));
        assertFalse(ctx.isWithin(s.unit(NV), X1));
        assertThrows(BomayException.class, () -> RuleContext.of(null, MergerLog.empty()));
        assertThrows(BomayException.class, () -> RuleContext.of(s, null));
    }
}
