package org.bomay.core.history;

import static org.bomay.core.history.HistoryTest.CHAN_NUOI;
import static org.bomay.core.history.HistoryTest.KHUYEN_NONG;
import static org.bomay.core.history.HistoryTest.TRONG_TROT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * A history holds the snapshots of its checkpoints and of its latest version; the others are
 * recomputed, equal to what the change produced, when no one holds them any more.
 */
class VersionTest {

    /** Changes a day apart past the second checkpoint, with two undos (after changes 20 and 33). */
    private static History long40() {
        History h = History.start(HistoryTest.structure());
        LocalDate d = LocalDate.of(2018, 2, 1);
        List<UnitId> stations = List.of(TRONG_TROT, CHAN_NUOI, KHUYEN_NONG);
        for (int i = 0; i < 2 * Version.CHECKPOINT_EVERY + 8; i++) {
            d = d.plusDays(1);
            UnitId u = stations.get(i % 3);
            h = h.apply(i % 5 == 4 ? Rename.of(d, u, "Trạm số " + i) : SetStaffQuota.of(d, u, 3 + i % 7));
            if (i == 20 || i == 33) {
                d = d.plusDays(1);
                h = h.undo(d);
            }
        }
        return h;
    }

    @Test
    void versionsBetweenCheckpoints_recomputeTheSameSnapshot() {
        History h = long40();
        int n = 2 * Version.CHECKPOINT_EVERY + 8 + 2 + 1;
        assertEquals(n, h.size());
        List<OrgStructure> held = new ArrayList<>();
        for (Version v : h.versions()) {
            held.add(v.structure());
        }
        int recomputed = 0;
        for (Version v : h.versions().subList(0, h.size() - 1)) {
            v.forget(); // what a collection does; the latest is held by the history itself
        }
        for (Version v : h.versions()) {
            OrgStructure again = v.structure();
            OrgStructure was = held.get(v.index());
            assertEquals(was, again, () -> "version " + v.index());
            assertEquals(was.date(), v.date());
            if (v.isCheckpoint() || v.index() == h.size() - 1) { // the checkpoints, the two undos, the latest
                assertSame(was, again, () -> "version " + v.index() + " holds its snapshot");
            } else {
                assertNotSame(was, again);
                recomputed++;
            }
            assertSame(again, v.structure(), "kept while held");
        }
        assertEquals(n - 3 - 2 - 1, recomputed, "all but the three checkpoints (0, K, 2K), the two undos and the latest");
        assertEquals(h.version(h.size() - 1).structure(), h.current());
    }

    @Test
    void anUndoHoldsItsSnapshot_andTheVersionAfterItRecomputesFromIt() {
        History h = long40();
        OrgStructure before = h.version(22).structure(); // the first undo: version 20's snapshot on a later day
        h.versions().subList(0, h.size() - 1).forEach(Version::forget);
        assertEquals(h.version(20).structure().withDate(h.version(22).date()), h.version(22).structure());
        assertEquals(before, h.version(22).structure());
        assertTrue(h.version(22).event().orElseThrow().change().isEmpty(), "an undo has no change of its own");
        assertTrue(h.version(22).isCheckpoint(), "so it holds its snapshot");
        assertSame(before, h.version(22).structure());
        assertEquals(before, h.asOf(h.version(22).date()));
        OrgStructure after = h.version(23).structure();
        h.version(23).forget();
        assertEquals(after, h.version(23).structure(), "the change after an undo re-applies to the undo's snapshot");
    }
}
