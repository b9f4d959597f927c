package org.bomay.core.structure;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

/**
 * A persistent hash map: a compressed hash-array mapped prefix tree (CHAMP; Steindorfer and
 * Vinju, OOPSLA 2015) whose nodes hold their keys and values inline, so that an entry costs two
 * array slots rather than a leaf object. {@link #put} and {@link #remove} copy only the path to
 * the entry and share the rest; {@link #ofAll} builds a whole map bottom-up, allocating each node
 * once. Decision D24 says why the store uses it instead of Vavr's {@code HashMap}.
 *
 * <p>Keys and values are never null. Immutable and thread-safe.
 */
final class PersistentMap<K, V> implements Iterable<Map.Entry<K, V>> {
    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(Node.EMPTY, 0);

    private final Node root;
    private final int size;

    private PersistentMap(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** The empty map. */
    @SuppressWarnings("unchecked")
    static <K, V> PersistentMap<K, V> empty() {
        return (PersistentMap<K, V>) EMPTY;
    }

    /** A map of the same entries as {@code m}, built in one pass. */
    static <K, V> PersistentMap<K, V> ofAll(Map<? extends K, ? extends V> m) {
        return ofAll(m, v -> v);
    }

    /** A map of the keys of {@code m}, each with its value converted, built in one pass. */
    static <K, S, V> PersistentMap<K, V> ofAll(Map<? extends K, ? extends S> m, java.util.function.Function<? super S, ? extends V> convert) {
        int n = m.size();
        if (n == 0) {
            return empty();
        }
        Object[] keys = new Object[n];
        Object[] values = new Object[n];
        int[] hashes = new int[n];
        int i = 0;
        for (Map.Entry<? extends K, ? extends S> e : m.entrySet()) {
            keys[i] = requireKey(e.getKey());
            values[i] = requireValue(convert.apply(e.getValue()));
            hashes[i] = e.getKey().hashCode();
            i++;
        }
        int[] order = new int[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        return new PersistentMap<>(Node.build(keys, values, hashes, order, new int[n], 0, n, 0), n);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The value of the key, or {@code orElse} if it has none. */
    @SuppressWarnings("unchecked")
    V getOrElse(Object key, V orElse) {
        Object v = root.get(key, key.hashCode(), 0);
        return v == null ? orElse : (V) v;
    }

    boolean containsKey(Object key) {
        return key != null && root.get(key, key.hashCode(), 0) != null;
    }

    /** This map with the key set to the value (this map itself if it already was). */
    PersistentMap<K, V> put(K key, V value) {
        Change c = new Change();
        Node r = root.put(requireKey(key), requireValue(value), key.hashCode(), 0, c);
        return r == root ? this : new PersistentMap<>(r, c.added ? size + 1 : size);
    }

    /** This map without the key (this map itself if it had no such key). */
    PersistentMap<K, V> remove(Object key) {
        if (key == null) {
            return this;
        }
        Change c = new Change();
        Node r = root.remove(key, key.hashCode(), 0, c);
        if (!c.removed) {
            return this;
        }
        return size == 1 ? empty() : new PersistentMap<>(r, size - 1);
    }

    /** Calls the action for every entry, in no particular order. */
    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<? super K, ? super V> action) {
        root.forEach((BiConsumer<Object, Object>) action);
    }

    /** The values, in no particular order. */
    Iterable<V> values() {
        return () -> new Iterator<V>() {
            private final Iterator<Map.Entry<K, V>> it = iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public V next() {
                return it.next().getValue();
            }
        };
    }

    /** The entries, in no particular order. */
    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
        return new EntryIterator<>(root);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof PersistentMap<?, ?> m) || m.size != size) {
            return false;
        }
        for (Map.Entry<K, V> e : this) {
            if (!e.getValue().equals(m.root.get(e.getKey(), e.getKey().hashCode(), 0))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : this) {
            h += e.getKey().hashCode() ^ e.getValue().hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<K, V> e : this) {
            b.append(b.length() > 1 ? ", " : "").append(e.getKey()).append('=').append(e.getValue());
        }
        return b.append('}').toString();
    }

    private static Object requireKey(Object k) {
        if (k == null) {
            throw new NullPointerException("PersistentMap: a null key");
        }
        return k;
    }

    private static Object requireValue(Object v) {
        if (v == null) {
            throw new NullPointerException("PersistentMap: a null value");
        }
        return v;
    }

    /** What an update did. */
    private static final class Change {
        boolean added;
        boolean removed;
    }

    private static int fragment(int hash, int shift) {
        return (hash >>> shift) & MASK;
    }

    /**
     * A node: {@code dataMap} marks the fragments holding an entry inline, {@code nodeMap} those
     * holding a sub-node; {@code slots} holds key, value pairs in fragment order, then the
     * sub-nodes in reverse fragment order. Below the last fragment (shift 35), keys of equal hash
     * share a {@link Collision} node.
     */
    private static class Node {
        static final Node EMPTY = new Node(0, 0, new Object[0]);

        final int dataMap;
        final int nodeMap;
        final Object[] slots;

        Node(int dataMap, int nodeMap, Object[] slots) {
            this.dataMap = dataMap;
            this.nodeMap = nodeMap;
            this.slots = slots;
        }

        int dataCount() {
            return Integer.bitCount(dataMap);
        }

        int nodeCount() {
            return Integer.bitCount(nodeMap);
        }

        Node subNode(int bit) {
            return (Node) slots[slots.length - 1 - Integer.bitCount(nodeMap & (bit - 1))];
        }

        Object key(int i) {
            return slots[2 * i];
        }

        Object value(int i) {
            return slots[2 * i + 1];
        }

        /** Builds the node of the entries {@code order[lo, hi)}, whose hashes agree below {@code shift}. */
        static Node build(Object[] keys, Object[] values, int[] hashes, int[] order, int[] tmp, int lo, int hi, int shift) {
            if (shift >= 32) {
                Object[] kv = new Object[2 * (hi - lo)];
                for (int i = lo; i < hi; i++) {
                    kv[2 * (i - lo)] = keys[order[i]];
                    kv[2 * (i - lo) + 1] = values[order[i]];
                }
                return new Collision(hashes[order[lo]], kv);
            }
            int[] count = new int[MASK + 2];
            for (int i = lo; i < hi; i++) {
                count[fragment(hashes[order[i]], shift) + 1]++;
            }
            int dataMap = 0;
            int nodeMap = 0;
            for (int f = 0; f <= MASK; f++) {
                if (count[f + 1] == 1) {
                    dataMap |= 1 << f;
                } else if (count[f + 1] > 1) {
                    nodeMap |= 1 << f;
                }
            }
            for (int f = 0; f <= MASK; f++) { // starts of each fragment's run
                count[f + 1] += count[f];
            }
            int[] at = Arrays.copyOf(count, MASK + 1);
            for (int i = lo; i < hi; i++) {
                int f = fragment(hashes[order[i]], shift);
                tmp[lo + at[f]++] = order[i];
            }
            System.arraycopy(tmp, lo, order, lo, hi - lo);
            int data = Integer.bitCount(dataMap);
            int nodes = Integer.bitCount(nodeMap);
            Object[] slots = new Object[2 * data + nodes];
            int d = 0;
            int nd = 0;
            for (int f = 0; f <= MASK; f++) {
                int from = lo + count[f];
                int to = lo + count[f + 1];
                if (to - from == 1) {
                    slots[2 * d] = keys[order[from]];
                    slots[2 * d + 1] = values[order[from]];
                    d++;
                } else if (to - from > 1) {
                    slots[slots.length - 1 - nd] = build(keys, values, hashes, order, tmp, from, to, shift + BITS);
                    nd++;
                }
            }
            return new Node(dataMap, nodeMap, slots);
        }

        Object get(Object key, int hash, int shift) {
            int bit = 1 << fragment(hash, shift);
            if ((dataMap & bit) != 0) {
                int i = Integer.bitCount(dataMap & (bit - 1));
                return key.equals(slots[2 * i]) ? slots[2 * i + 1] : null;
            }
            if ((nodeMap & bit) != 0) {
                return subNode(bit).get(key, hash, shift + BITS);
            }
            return null;
        }

        Node put(Object key, Object value, int hash, int shift, Change c) {
            int bit = 1 << fragment(hash, shift);
            if ((dataMap & bit) != 0) {
                int i = Integer.bitCount(dataMap & (bit - 1));
                Object k0 = slots[2 * i];
                if (key.equals(k0)) {
                    if (slots[2 * i + 1] == value) {
                        return this;
                    }
                    Object[] s = slots.clone();
                    s[2 * i + 1] = value;
                    return new Node(dataMap, nodeMap, s);
                }
                c.added = true;
                Node sub = pair(k0, slots[2 * i + 1], k0.hashCode(), key, value, hash, shift + BITS);
                // the entry leaves the data part, the new sub-node enters the node part
                int nodeAt = slots.length - 2 - Integer.bitCount(nodeMap & (bit - 1));
                Object[] s = new Object[slots.length - 1];
                System.arraycopy(slots, 0, s, 0, 2 * i);
                System.arraycopy(slots, 2 * i + 2, s, 2 * i, nodeAt - 2 * i);
                s[nodeAt] = sub;
                System.arraycopy(slots, nodeAt + 2, s, nodeAt + 1, slots.length - nodeAt - 2);
                return new Node(dataMap ^ bit, nodeMap | bit, s);
            }
            if ((nodeMap & bit) != 0) {
                int at = slots.length - 1 - Integer.bitCount(nodeMap & (bit - 1));
                Node sub = (Node) slots[at];
                Node changed = sub.put(key, value, hash, shift + BITS, c);
                if (changed == sub) {
                    return this;
                }
                Object[] s = slots.clone();
                s[at] = changed;
                return new Node(dataMap, nodeMap, s);
            }
            c.added = true;
            int i = Integer.bitCount(dataMap & (bit - 1));
            Object[] s = new Object[slots.length + 2];
            System.arraycopy(slots, 0, s, 0, 2 * i);
            s[2 * i] = key;
            s[2 * i + 1] = value;
            System.arraycopy(slots, 2 * i, s, 2 * i + 2, slots.length - 2 * i);
            return new Node(dataMap | bit, nodeMap, s);
        }

        /** A node of two entries whose hashes agree below {@code shift}. */
        static Node pair(Object k0, Object v0, int h0, Object k1, Object v1, int h1, int shift) {
            if (shift >= 32) {
                return new Collision(h0, new Object[] {k0, v0, k1, v1});
            }
            int f0 = fragment(h0, shift);
            int f1 = fragment(h1, shift);
            if (f0 == f1) {
                return new Node(0, 1 << f0, new Object[] {pair(k0, v0, h0, k1, v1, h1, shift + BITS)});
            }
            return f0 < f1 ? new Node(1 << f0 | 1 << f1, 0, new Object[] {k0, v0, k1, v1})
                    : new Node(1 << f0 | 1 << f1, 0, new Object[] {k1, v1, k0, v0});
        }

        /** Whether the node holds exactly one entry and no sub-node: its parent takes the entry inline. */
        boolean isSingleton() {
            return nodeMap == 0 && Integer.bitCount(dataMap) == 1;
        }

        Node remove(Object key, int hash, int shift, Change c) {
            int bit = 1 << fragment(hash, shift);
            if ((dataMap & bit) != 0) {
                int i = Integer.bitCount(dataMap & (bit - 1));
                if (!key.equals(slots[2 * i])) {
                    return this;
                }
                c.removed = true;
                Object[] s = new Object[slots.length - 2];
                System.arraycopy(slots, 0, s, 0, 2 * i);
                System.arraycopy(slots, 2 * i + 2, s, 2 * i, slots.length - 2 * i - 2);
                return new Node(dataMap ^ bit, nodeMap, s); // a singleton left below the root is inlined by its parent
            }
            if ((nodeMap & bit) != 0) {
                int at = slots.length - 1 - Integer.bitCount(nodeMap & (bit - 1));
                Node sub = (Node) slots[at];
                Node changed = sub.remove(key, hash, shift + BITS, c);
                if (changed == sub) {
                    return this;
                }
                if (!changed.isSingleton()) {
                    Object[] s = slots.clone();
                    s[at] = changed;
                    return new Node(dataMap, nodeMap, s);
                }
                if (dataMap == 0 && Integer.bitCount(nodeMap) == 1 && shift > 0) {
                    return changed; // this node would hold only the singleton: pass it up to be inlined
                }
                // inline the singleton's entry at this fragment: the node part loses one slot, the data part gains two
                Object k = changed.key(0);
                Object v = changed.value(0);
                int i = Integer.bitCount(dataMap & (bit - 1));
                Object[] s = new Object[slots.length + 1];
                System.arraycopy(slots, 0, s, 0, 2 * i);
                s[2 * i] = k;
                s[2 * i + 1] = v;
                System.arraycopy(slots, 2 * i, s, 2 * i + 2, at - 2 * i);
                System.arraycopy(slots, at + 1, s, at + 2, slots.length - at - 1);
                return new Node(dataMap | bit, nodeMap ^ bit, s);
            }
            return this;
        }

        void forEach(BiConsumer<Object, Object> action) {
            int data = dataCount();
            for (int i = 0; i < data; i++) {
                action.accept(slots[2 * i], slots[2 * i + 1]);
            }
            for (int i = 2 * data; i < slots.length; i++) {
                ((Node) slots[i]).forEach(action);
            }
        }
    }

    /** Keys of one full hash that differ: a flat list of key, value pairs. */
    private static final class Collision extends Node {
        final int hash;

        Collision(int hash, Object[] kv) {
            super(0, 0, kv);
            this.hash = hash;
        }

        @Override
        int dataCount() {
            return slots.length / 2;
        }

        @Override
        boolean isSingleton() {
            return slots.length == 2;
        }

        @Override
        Object get(Object key, int h, int shift) {
            if (h != hash) {
                return null;
            }
            for (int i = 0; i < slots.length; i += 2) {
                if (key.equals(slots[i])) {
                    return slots[i + 1];
                }
            }
            return null;
        }

        @Override
        Node put(Object key, Object value, int h, int shift, Change c) {
            for (int i = 0; i < slots.length; i += 2) {
                if (key.equals(slots[i])) {
                    if (slots[i + 1] == value) {
                        return this;
                    }
                    Object[] s = slots.clone();
                    s[i + 1] = value;
                    return new Collision(hash, s);
                }
            }
            c.added = true;
            Object[] s = Arrays.copyOf(slots, slots.length + 2);
            s[slots.length] = key;
            s[slots.length + 1] = value;
            return new Collision(hash, s);
        }

        @Override
        Node remove(Object key, int h, int shift, Change c) {
            if (h != hash) {
                return this;
            }
            for (int i = 0; i < slots.length; i += 2) {
                if (key.equals(slots[i])) {
                    c.removed = true;
                    Object[] s = new Object[slots.length - 2];
                    System.arraycopy(slots, 0, s, 0, i);
                    System.arraycopy(slots, i + 2, s, i, slots.length - i - 2);
                    return new Collision(hash, s);
                }
            }
            return this;
        }

        @Override
        void forEach(BiConsumer<Object, Object> action) {
            for (int i = 0; i < slots.length; i += 2) {
                action.accept(slots[i], slots[i + 1]);
            }
        }
    }

    /** Depth-first over the nodes: each node's inline entries, then its sub-nodes. */
    private static final class EntryIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        private final Node[] nodes = new Node[8];
        private final int[] next = new int[8];
        private int depth;
        private Node current;
        private int index;
        private int count;

        EntryIterator(Node root) {
            nodes[0] = root;
            next[0] = 2 * root.dataCount();
            current = root;
            count = root.dataCount();
        }

        @Override
        public boolean hasNext() {
            while (index >= count) {
                if (!descend()) {
                    return false;
                }
            }
            return true;
        }

        /** Moves to the next node holding entries; false when none is left. */
        private boolean descend() {
            while (depth >= 0) {
                Node n = nodes[depth];
                if (next[depth] < n.slots.length && !(n instanceof Collision)) {
                    Node child = (Node) n.slots[n.slots.length - 1 - (next[depth] - 2 * n.dataCount())];
                    next[depth]++;
                    depth++;
                    nodes[depth] = child;
                    next[depth] = child instanceof Collision ? child.slots.length : 2 * child.dataCount();
                    current = child;
                    index = 0;
                    count = child.dataCount();
                    return true;
                }
                depth--;
            }
            return false;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map.Entry<K, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = index++;
            return Map.entry((K) current.slots[2 * i], (V) current.slots[2 * i + 1]);
        }
    }
}
