package org.bomay.core.sim;

import static org.bomay.core.sim.SimFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Rename;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final LocalDate LATER = LocalDate.of(2020, 3, 1);
    private static final UnitId TTDV = UnitId.of("kb.ttdv");
    private static final PostId TTDV_GD = PostId.of("kb.ttdv.gd");
    private static final PersonId NGA = PersonId.of("p.nga");
    private static final Target STAFF = Target.reduction(Metrics.staffActual(), 4, END_2020).named("Tinh giản 4%");

    private static final Scenario PROGRAMME = programme("Chương trình").target(STAFF).build();
    /**
     * Without the merger, the transfer and the x3 model; with a rename of x1.du, a new service centre with a post and a
     * new village head on 1/3/2020; the reduction stays.
     */
    private static final Scenario OTHER = PROGRAMME.branch("Khác").remove("office-merger").remove("cell-transfer").remove("x3-model")
            .step(Step.builder("other", LATER, "Đổi tên, thành lập, bổ nhiệm")
                    .change(Rename.of(LATER, X1_DU, "Đảng bộ xã Nhật Tân"))
                    .change(Establish.of(LATER, Unit.builder(TTDV, "Trung tâm Dịch vụ nông nghiệp", VnKinds.TRUNG_TAM_SU_NGHIEP,
                            Level.DISTRICT).territory(KB).build(), UBND, Post.of(TTDV_GD, TTDV, PostRole.HEAD, "Giám đốc")))
                    .change(Appoint.of(LATER, NGA, X1_T2_TT).newPerson(Person.of(NGA, "Nguyễn Thị Nga", true)))
                    .build())
            .build();
    private static final SimulationResult A = sim().run(PROGRAMME);
    private static final SimulationResult B = sim().run(OTHER);
    private static final Comparison C = Comparison.of(A, B);

    @Test
    void table_hasAColumnPerResult_withALegendOfTheNames() {
        String t = C.table(false);
        assertTrue(t.startsWith("A = Chương trình\nB = Khác\n"), t);
        assertTrue(t.matches("(?s).*\nmetric +baseline +A +B\n.*"), t);
        // organizations: 17 at the start; 16 with the merger; 18 without it but with the new centre of 1/3/2020
        assertTrue(t.matches("(?s).*\nunits +17 +16 +18\n.*"), t);
        assertTrue(t.matches("(?s).*\nadmin-units +8 +8 +8\n.*"), t);
        assertTrue(t.matches("(?s).*\nstaff\\.actual +46 +44 +44\n.*"), t);
        // errors: kb.vp's 2 at the start, its cap error remains in both
        assertTrue(t.matches("(?s).*\nerrors +2 +1 +1\n.*"), t);
        assertTrue(t.matches("(?s).*\nsteps applied +4/4 +2/2\n.*"), t);
        assertTrue(t.matches("(?s).*\ntargets met +1/1 +1/1\n.*"), t);
        assertTrue(t.matches("(?s).*\ntarget: Tinh giản 4% +MET +MET\n.*"), t);
    }

    @Test
    void table_onlyDiffering_leavesOutTheMetricRowsEqualEverywhere() {
        String t = C.table(true);
        assertTrue(t.contains("A = Chương trình") && t.contains("B = Khác"), t);
        assertTrue(t.matches("(?s).*\nunits +17 +16 +18\n.*"), t);
        assertFalse(t.contains("\nadmin-units"), t);
        assertFalse(t.contains("\nspan.20+"), t);
        // a row equal in both results but not at the baseline stays
        assertTrue(t.matches("(?s).*\nstaff\\.actual +46 +44 +44\n.*"), t);
        // the summary rows always show
        assertTrue(t.contains("\nerrors") && t.contains("\nsteps applied"), t);
        assertEquals(t, C.toString());
    }

    @Test
    void table_showsCoverageAsAppliedOverEligible() {
        Simulation s = sim(Metrics.organizations(), Metrics.coverage(model()));
        Comparison c = Comparison.of(s.run(PROGRAMME), s.run(OTHER));
        String t = c.table(false);
        assertTrue(t.matches("(?s).*\nmodel\\." + java.util.regex.Pattern.quote(MODEL) + " +2/3 +3/3 +2/3\n.*"), t);
        assertFalse(t.contains(".eligible"), t);
        assertEquals(3.0, c.value("model." + MODEL + ".eligible", "Khác"));
    }

    @Test
    void value_isTheFinalValueOfANamedResult() {
        assertEquals(16.0, C.value("units", "Chương trình"));
        assertEquals(18.0, C.value("units", "Khác"));
        assertEquals(3.0, C.value("concurrent.tenures", "Chương trình"));
        assertEquals(0.0, C.value("khong.co", "Khác"));
        BomayException e = assertThrows(BomayException.class, () -> C.value("units", "Không có"));
        assertTrue(e.getMessage().contains("[Chương trình, Khác]"), e.getMessage());
        assertEquals(List.of(A, B), C.results());
        assertEquals("units", C.keys().get(0));
    }

    // ------------------------------------------------------------------ diff

    @Test
    void diff_listsUnitsAddedRemovedRenamedAndMoved() {
        StructureDiff d = C.diff(0, 1);
        assertEquals(d, C.diff("Chương trình", "Khác"));
        // kb.nv and kb.tc exist only without the merger, kb.ttdv only in the other branch; kb.nvtc only with the merger
        assertEquals(List.of(NV, TC, TTDV), d.unitsAdded());
        assertEquals(List.of(NVTC), d.unitsRemoved());
        assertEquals(List.of(new StructureDiff.Renamed(X1_DU, "Đảng ủy xã Nhật Tân", "Đảng bộ xã Nhật Tân")), d.unitsRenamed());
        // the cell under kb.hu with the transfer, under x1.du without
        assertEquals(List.of(new StructureDiff.Moved(X1_CB, Optional.of(HU), Optional.of(X1_DU))), d.unitsMoved());
        assertFalse(d.isEmpty());
    }

    @Test
    void diff_listsPostsAddedAndMoved_aRoleChangeToo() {
        StructureDiff d = C.diff(0, 1);
        assertEquals(List.of(TTDV_GD), d.postsAdded());
        assertEquals(List.of(), d.postsRemoved());
        // the four posts of kb.nvtc back in their offices; Vân's post was a deputy post of kb.nvtc, a head post of kb.tc
        assertEquals(List.of(new StructureDiff.PostMoved(NV_TP, NVTC, NV, "HEAD", "HEAD"),
                new StructureDiff.PostMoved(NV_PP, NVTC, NV, "DEPUTY", "DEPUTY"),
                new StructureDiff.PostMoved(TC_TP, NVTC, TC, "DEPUTY", "HEAD"),
                new StructureDiff.PostMoved(TC_PP, NVTC, TC, "DEPUTY", "DEPUTY")), d.postsMoved());
        assertEquals("kb.tc.tp: kb.nvtc (DEPUTY) → kb.tc (HEAD)", d.postsMoved().get(2).toString());
        assertEquals("kb.nv.pp: kb.nvtc → kb.nv", d.postsMoved().get(1).toString());
    }

    @Test
    void diff_listsPeopleAddedRemovedAndMoved() {
        StructureDiff d = C.diff(0, 1);
        assertEquals(List.of(NGA), d.peopleAdded());
        assertEquals(List.of(), d.peopleRemoved());
        // Lâm chairs x3.hdnd concurrently only in the programme; Minh keeps it in the other branch
        assertEquals(List.of(new StructureDiff.PersonMoved(LAM, "Đỗ Văn Lâm", ImmutableList.of(X3_DU_BT,
                X3_HDND_CT), ImmutableList.of(X3_DU_BT)),
                new StructureDiff.PersonMoved(MINH, "Ngô Thị Minh", ImmutableList.of(),
                        ImmutableList.of(X3_HDND_CT))), d.peopleMoved());
        StructureDiff back = C.diff(1, 0);
        assertEquals(List.of(NGA), back.peopleRemoved());
        assertEquals(List.of(TTDV_GD), back.postsRemoved());
        assertEquals(List.of(NV, TC, TTDV), back.unitsRemoved());
        assertEquals(List.of(NVTC), back.unitsAdded());
    }

    @Test
    void diff_toString_countsThenLists() {
        String t = C.diff(0, 1).toString();
        assertTrue(t.startsWith("StructureDiff 2020-07-01 → 2020-07-01: units +3 −1, renamed 1, moved 1; posts +1 −0, moved 4; "
                + "people +1 −0, moved 2\n"), t);
        assertTrue(t.contains("units added (3):\n  kb.nv Phòng Nội vụ\n  kb.tc Phòng Tài chính – Kế hoạch\n  kb.ttdv Trung tâm Dịch vụ"),
                t);
        assertTrue(t.contains("units removed (1):\n  kb.nvtc Phòng Nội vụ – Tài chính\n"), t);
        assertTrue(t.contains("units renamed (1):\n  x1.du: \"Đảng ủy xã Nhật Tân\" → \"Đảng bộ xã Nhật Tân\"\n"), t);
        assertTrue(t.contains("units moved (1):\n  x1.t1.cb: kb.hu → x1.du\n"), t);
        assertTrue(t.contains("people moved (2):\n  p.lam Đỗ Văn Lâm: [x3.du.bt, x3.hdnd.ct] → [x3.du.bt]\n"), t);
        assertFalse(t.contains("posts removed"), t);
    }

    @Test
    void diff_ofIdenticalStructures_isEmpty() {
        assertTrue(C.diff(0, 0).isEmpty());
        OrgStructure s = structure();
        assertTrue(StructureDiff.between(s, structure()).isEmpty());
        // no tenure starts or ends in 2019: the same structure half a year later differs in nothing
        assertTrue(StructureDiff.between(s, s.withDate(LocalDate.of(2019, 6, 30))).isEmpty());
        assertEquals(StructureDiff.between(s, s), StructureDiff.between(s, structure()));
        assertEquals("StructureDiff 2019-01-01 → 2019-01-01: units +0 −0, renamed 0, moved 0; posts +0 −0, moved 0; people +0 −0, "
                + "moved 0\n", StructureDiff.between(s, s).toString());
        assertNotEquals(StructureDiff.between(s, s), C.diff(0, 1));
    }

    @Test
    void diff_fromTheBaseline_showsWhatTheProgrammeDid() {
        StructureDiff d = StructureDiff.between(PROGRAMME.baseline(), A.finalStructure());
        assertEquals(List.of(NVTC), d.unitsAdded());
        assertEquals(List.of(NV, TC), d.unitsRemoved());
        assertEquals(List.of(new StructureDiff.Moved(X1_CB, Optional.of(X1_DU), Optional.of(HU))), d.unitsMoved());
        assertEquals(List.of(NV_TP, NV_PP, TC_TP, TC_PP), d.postsMoved().stream().map(StructureDiff.PostMoved::post).toList());
        assertEquals(List.of(LAM, MINH), d.peopleMoved().stream().map(StructureDiff.PersonMoved::person).toList());
        assertTrue(d.unitsRenamed().isEmpty());
    }

    // ------------------------------------------------------------------ errors

    @Test
    void badIndexesNamesAndResults_areRejected() {
        BomayException e = assertThrows(BomayException.class, () -> C.diff(0, 2));
        assertTrue(e.getMessage().contains("[0, 2)") && e.getMessage().contains("0 and 2"), e.getMessage());
        assertThrows(BomayException.class, () -> C.diff(-1, 0));
        e = assertThrows(BomayException.class, () -> C.diff("Chương trình", "Không có"));
        assertTrue(e.getMessage().contains("Không có") && e.getMessage().contains("[Chương trình, Khác]"), e.getMessage());
        assertThrows(BomayException.class, () -> Comparison.of(List.of()));
        e = assertThrows(BomayException.class, () -> Comparison.of(A, A));
        assertTrue(e.getMessage().contains("two results are named \"Chương trình\""), e.getMessage());
        assertThrows(BomayException.class, () -> Comparison.of((SimulationResult[]) null));
        assertThrows(BomayException.class, () -> Comparison.of(Arrays.asList(A, null)));
        assertThrows(BomayException.class, () -> StructureDiff.between(null, structure()));
        assertThrows(BomayException.class, () -> StructureDiff.between(structure(), null));
    }

    @Test
    void aSingleResult_andManyResults_getTheirColumns() {
        String one = Comparison.of(A).table(false);
        assertTrue(one.startsWith("A = Chương trình\n") && !one.contains("B = "), one);
        SimulationResult c = sim().run(PROGRAMME.branch("Thứ ba").remove("reduce").build());
        String three = Comparison.of(List.of(A, B, c)).table(true);
        assertTrue(three.contains("C = Thứ ba"), three);
        assertTrue(three.matches("(?s).*\nstaff\\.actual +46 +44 +44 +46\n.*"), three);
    }
}
