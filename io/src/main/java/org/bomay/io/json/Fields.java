package org.bomay.io.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of one object, in document order: two short arrays searched in order, since a record
 * has a dozen fields at most and a national structure has millions of records (a LinkedHashMap per
 * record was a large part of the reader's garbage); an object of more than 16 fields also gets a
 * hash index, so a document of one huge object is not read in quadratic time. Not thread-safe; no
 * removal.
 */
final class Fields extends AbstractMap<String, Node> {
    /** Past this many fields (an object used as a map, or a hostile document), names are also hashed. */
    private static final int LINEAR_UP_TO = 16;

    private String[] names = new String[8];
    private Node[] values = new Node[8];
    private int size;
    private java.util.HashMap<String, Integer> index;

    private int indexOf(Object name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Node get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public Node put(String name, Node value) {
        int i = indexOf(name);
        if (i >= 0) {
            Node old = values[i];
            values[i] = value;
            return old;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        if (index != null) {
            index.put(name, size - 1);
        } else if (size > LINEAR_UP_TO) {
            index = new java.util.HashMap<>();
            for (int k = 0; k < size; k++) {
                index.put(names[k], k);
            }
        }
        return null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, Node>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, Node>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Map.Entry<String, Node> next() {
                        if (i >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = i++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[at], values[at]);
                    }
                };
            }
        };
    }
}
