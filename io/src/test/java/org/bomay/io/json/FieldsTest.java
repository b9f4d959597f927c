package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An object's fields behave as a LinkedHashMap would, below and above the size where names are hashed. */
class FieldsTest {

    private static Node node(int line) {
        return new Node(Node.Type.NULL, null, null, line, 1);
    }

    @Test
    void putGetAndOrder_asALinkedHashMap_acrossTheHashedSize() {
        Fields f = new Fields();
        Map<String, Node> expected = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            String name = "f" + (i * 7 % 40);
            Node n = node(i);
            assertEquals(expected.put(name, n), f.put(name, n));
            assertEquals(expected.size(), f.size());
            for (String k : expected.keySet()) {
                assertSame(expected.get(k), f.get(k), k);
                assertTrue(f.containsKey(k));
            }
            assertFalse(f.containsKey("absent"));
            assertNull(f.get("absent"));
        }
        Node again = node(99);
        assertSame(expected.put("f7", again), f.put("f7", again), "a repeated name replaces its value");
        assertSame(again, f.get("f7"));
        List<String> order = new ArrayList<>();
        f.entrySet().forEach(e -> order.add(e.getKey()));
        assertEquals(new ArrayList<>(expected.keySet()), order, "document order");
        assertEquals(expected, f);
    }
}
