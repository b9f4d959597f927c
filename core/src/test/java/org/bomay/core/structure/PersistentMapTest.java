package org.bomay.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The persistent map against {@link java.util.HashMap} under random puts and removes, with keys
 * whose hashes collide in part (same low bits) and in full (same hash, different keys), and every
 * earlier version unchanged by later updates.
 */
class PersistentMapTest {

    /** A key of a chosen hash. */
    record Key(int id, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.id == id;
        }
    }

    private static Key key(SplittableRandom r, int universe) {
        int id = r.nextInt(universe);
        int hash = switch (id % 4) {
            case 0 -> id * 0x9E3779B9;          // spread
            case 1 -> id & 0xF;                 // few distinct hashes: deep paths and full collisions
            case 2 -> (id & 0x3) << 27 | 7;     // differ only in the high bits
            default -> id;                      // small sequential hashes
        };
        return new Key(id, hash);
    }

    private static void assertSameContent(Map<Key, Integer> expected, PersistentMap<Key, Integer> m) {
        assertEquals(expected.size(), m.size());
        Map<Key, Integer> seen = new HashMap<>();
        for (Map.Entry<Key, Integer> e : m) {
            assertNull(seen.put(e.getKey(), e.getValue()), () -> "iterated twice: " + e);
        }
        assertEquals(expected, seen);
        Map<Key, Integer> each = new HashMap<>();
        m.forEach(each::put);
        assertEquals(expected, each);
        for (Map.Entry<Key, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), m.getOrElse(e.getKey(), null));
            assertTrue(m.containsKey(e.getKey()));
        }
        int values = 0;
        for (Integer v : m.values()) {
            values += v == null ? 0 : 1;
        }
        assertEquals(expected.size(), values);
    }

    @Test
    void randomPutsAndRemoves_matchAHashMap_andLeaveEarlierVersionsAsTheyWere() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int universe = 1 + r.nextInt(seed % 2 == 0 ? 40 : 600);
            PersistentMap<Key, Integer> m = PersistentMap.empty();
            Map<Key, Integer> expected = new HashMap<>();
            List<PersistentMap<Key, Integer>> versions = new ArrayList<>();
            List<Map<Key, Integer>> snapshots = new ArrayList<>();
            for (int step = 0; step < 1_500; step++) {
                Key k = key(r, universe);
                if (r.nextInt(3) == 0) {
                    PersistentMap<Key, Integer> before = m;
                    m = m.remove(k);
                    boolean had = expected.remove(k) != null;
                    if (!had) {
                        assertSame(before, m, "removing an absent key returns the same map");
                    }
                    assertFalse(m.containsKey(k));
                } else {
                    int v = r.nextInt(5);
                    m = m.put(k, v);
                    expected.put(k, v);
                    assertEquals(v, m.getOrElse(k, -1));
                }
                if (step % 97 == 0) {
                    versions.add(m);
                    snapshots.add(new HashMap<>(expected));
                }
            }
            assertSameContent(expected, m);
            for (int i = 0; i < versions.size(); i++) {
                assertSameContent(snapshots.get(i), versions.get(i));
            }
            // built in one pass, the same map
            PersistentMap<Key, Integer> built = PersistentMap.ofAll(expected);
            assertSameContent(expected, built);
            assertEquals(m, built);
            assertEquals(m.hashCode(), built.hashCode());
            // and it updates like any other
            for (Key k : new ArrayList<>(expected.keySet())) {
                built = built.remove(k);
                expected.remove(k);
                if (expected.size() % 7 == 0) {
                    assertSameContent(expected, built);
                }
            }
            assertTrue(built.isEmpty());
        }
    }

    @Test
    void puttingTheSameValue_returnsTheSameMap_andNullsAreRefused() {
        PersistentMap<String, String> m = PersistentMap.<String, String>empty().put("a", "1");
        assertSame(m, m.put("a", "1"));
        assertEquals("{a=1}", m.toString());
        assertThrows(NullPointerException.class, () -> m.put(null, "1"));
        assertThrows(NullPointerException.class, () -> m.put("b", null));
        assertFalse(m.containsKey(null));
        assertSame(m, m.remove(null));
        assertEquals("x", m.getOrElse("b", "x"));
        assertTrue(PersistentMap.ofAll(Map.of()).isEmpty());
    }
}
