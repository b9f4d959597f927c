package org.bomay.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeException;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class HistoryTest {
    static final LocalDate START = LocalDate.of(2018, 1, 1);
    static final UnitId HUYEN = UnitId.of("kb");
    static final UnitId UBND = UnitId.of("kb.ubnd");
    static final UnitId TRONG_TROT = UnitId.of("kb.tt");
    static final UnitId CHAN_NUOI = UnitId.of("kb.cn");
    static final UnitId KHUYEN_NONG = UnitId.of("kb.kn");
    static final UnitId CENTRE = UnitId.of("kb.ttdvnn");
    static final UnitId CENTRE_2 = UnitId.of("kb.ttdvnn2");

    static Unit station(UnitId id, String name, int quota) {
        return Unit.builder(id, name, VnKinds.TRAM, Level.DISTRICT).territory(HUYEN).staffQuota(quota).build();
    }

    static OrgStructure structure() {
        return OrgStructure.builder(START)
                .add(Unit.builder(HUYEN, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).build())
                .add(Unit.builder(UBND, "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT).territory(HUYEN).build())
                .add(station(TRONG_TROT, "Trạm Trồng trọt và Bảo vệ thực vật", 6), UBND)
                .add(station(CHAN_NUOI, "Trạm Chăn nuôi và Thú y", 7), UBND)
                .add(station(KHUYEN_NONG, "Trạm Khuyến nông", 5), UBND)
                .add(Post.of(PostId.of("kb.kn.tt"), KHUYEN_NONG, PostRole.HEAD, "Trạm trưởng"))
                .add(Person.of(PersonId.of("p.an"), "Nguyễn Văn An", true))
                .add(Tenure.main(PersonId.of("p.an"), PostId.of("kb.kn.tt"), org.bomay.core.model.Period.from(START)))
                .build();
    }

    static Unit centre(UnitId id) {
        return Unit.builder(id, "Trung tâm Dịch vụ nông nghiệp", VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT).territory(HUYEN).build();
    }

    static final LocalDate JULY = LocalDate.of(2018, 7, 1);

    History planned() {
        return History.start(structure())
                .apply(SetStaffQuota.of(LocalDate.of(2018, 3, 1), TRONG_TROT, 5).decided(LocalDate.of(2018, 2, 1)))
                .apply(Merge.of(JULY, List.of(TRONG_TROT, CHAN_NUOI), centre(CENTRE)).decided(LocalDate.of(2018, 5, 15)))
                .apply(Absorb.of(LocalDate.of(2018, 10, 1), CENTRE, KHUYEN_NONG).decided(LocalDate.of(2018, 9, 1)));
    }

    @Test
    void versions_areAppendedAndTheOldHistoryIsUnchanged() {
        History start = History.start(structure());
        History h = planned();
        assertEquals(1, start.size());
        assertEquals(4, h.size());
        assertEquals(List.of(ChangeType.SET_STAFF_QUOTA, ChangeType.MERGE, ChangeType.ABSORB),
                h.events().stream().map(e -> e.type()).toList());
        assertEquals(LocalDate.of(2018, 10, 1), h.current().date());
        assertTrue(h.initial().sameContent(structure()));
        assertThrows(BomayException.class, () -> h.version(4));
    }

    @Test
    void asOf_returnsTheVersionInForceOnTheDate() {
        History h = planned();
        assertTrue(h.asOf(LocalDate.of(2018, 2, 1)).contains(TRONG_TROT));
        assertEquals(6, h.asOf(LocalDate.of(2018, 2, 28)).unit(TRONG_TROT).staffQuota().getAsInt());
        assertEquals(5, h.asOf(LocalDate.of(2018, 3, 1)).unit(TRONG_TROT).staffQuota().getAsInt());
        OrgStructure july = h.asOf(JULY);
        assertFalse(july.contains(TRONG_TROT));
        assertEquals(12, july.unit(CENTRE).staffQuota().getAsInt());
        assertEquals(JULY, july.date());
        assertEquals(17, h.asOf(LocalDate.of(2030, 1, 1)).unit(CENTRE).staffQuota().getAsInt());
        for (Version v : h.versions()) {
            assertTrue(h.asOf(v.date()).sameContent(v.structure()), "asOf(date of " + v + ")");
        }
        assertThrows(BomayException.class, () -> h.asOf(LocalDate.of(2017, 12, 31)));
    }

    @Test
    void asDecided_keepsOnlyWhatWasDecidedByThen_withFutureEffects() {
        History h = planned();
        History decidedInJune = h.asDecided(LocalDate.of(2018, 6, 1));
        assertEquals(3, decidedInJune.size());
        assertEquals(JULY, decidedInJune.current().date()); // the merger was decided in May for July
        assertTrue(decidedInJune.current().contains(KHUYEN_NONG));
        assertEquals(1, h.asDecided(LocalDate.of(2017, 1, 1)).size());
        assertTrue(h.asDecided(LocalDate.of(2019, 1, 1)).current().sameContent(h.current()));
    }

    @Test
    void lineage_successorsPredecessorsAndCurrentSuccessors() {
        History h = planned();
        List<LineageStep> succ = h.successors(TRONG_TROT);
        assertEquals(List.of(new LineageStep(TRONG_TROT, CENTRE, LinkKind.MERGED_INTO, JULY, 2, ChangeType.MERGE)), succ);
        assertEquals(List.of(CENTRE), h.currentSuccessors(TRONG_TROT));
        assertEquals(List.of(CENTRE), h.currentSuccessors(KHUYEN_NONG));
        List<LineageStep> pred = h.predecessors(CENTRE);
        assertEquals(3, pred.size());
        assertEquals(KHUYEN_NONG, pred.get(0).from()); // newest first
        assertEquals(2, h.eventsOf(CENTRE).size());
        assertTrue(h.successors(UBND).isEmpty());
    }

    @Test
    void unitIds_areNeverReused() {
        History h = planned();
        Establish again = Establish.of(LocalDate.of(2019, 1, 1), station(TRONG_TROT, "Trạm mới", 1), UBND);
        BomayException e = assertThrows(BomayException.class, () -> h.apply(again));
        assertTrue(e.getMessage().contains("never reused"), e.getMessage());
        assertTrue(h.hasUsed(TRONG_TROT));
    }

    @Test
    void changes_goInTheOrderOfTheirEffectiveDates() {
        History h = planned();
        assertThrows(BomayException.class, () -> h.apply(Rename.of(LocalDate.of(2018, 5, 1), UBND, "UBND")));
    }

    @Test
    void aFailedChange_leavesTheHistoryAsItWas() {
        History h = planned();
        assertThrows(ChangeException.class, () -> h.apply(Absorb.of(LocalDate.of(2019, 1, 1), CENTRE, UnitId.of("kb.none"))));
        assertEquals(4, h.size());
    }

    @Test
    void undo_isANewVersionThatRestoresThePreviousContent() {
        History h = planned();
        History back = h.undo(LocalDate.of(2019, 1, 1));
        assertEquals(5, back.size());
        assertTrue(back.current().sameContent(h.version(2).structure()));
        assertEquals(ChangeType.UNDO, back.events().get(3).type());
        assertEquals(List.of(KHUYEN_NONG), back.currentSuccessors(KHUYEN_NONG)); // restored by the undo
        assertThrows(BomayException.class, () -> History.start(structure()).undo(JULY));
        assertThrows(BomayException.class, () -> h.undo(LocalDate.of(2018, 1, 2)));
        // an undo decided after the asDecided date is left out; the undone change stays
        assertEquals(4, back.asDecided(LocalDate.of(2018, 12, 1)).size());
        assertEquals(5, back.asDecided(LocalDate.of(2019, 6, 1)).size());
    }

    @Test
    void toString_isShort() {
        assertTrue(planned().toString().startsWith("History[4 versions, 2018-01-01 .. 2018-10-01; current: OrgStructure["));
    }
}
