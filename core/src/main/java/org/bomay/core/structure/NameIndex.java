package org.bomay.core.structure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.bomay.core.text.VnText;

/**
 * An inverted index from loose search tokens to items. All query tokens must match a token of
 * the name; the last one may be a prefix (search as you type). Results: exact loose match first,
 * then names holding the query as a phrase, then shorter names, then by the given order.
 */
final class NameIndex<T> {
    private final List<T> items;
    private final String[] keys;
    private final NavigableMap<String, int[]> postings;

    NameIndex(List<T> items, Function<T, String> name) {
        this.items = items;
        this.keys = new String[items.size()];
        Map<String, List<Integer>> tmp = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ImmutableList<String> tokens = VnText.looseTokens(name.apply(items.get(i)));
            keys[i] = String.join(" ", tokens);
            for (String t : tokens) {
                List<Integer> list = tmp.computeIfAbsent(t, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        this.postings = new TreeMap<>();
        tmp.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    ImmutableList<T> find(String query) {
        ImmutableList<String> tokens = VnText.looseTokens(query);
        if (tokens.isEmpty()) {
            return ImmutableList.of();
        }
        int[] hits = null;
        for (int t = 0; t < tokens.size(); t++) {
            int[] p = t == tokens.size() - 1 ? prefixPostings(tokens.get(t)) : postings.get(tokens.get(t));
            if (p == null || p.length == 0) {
                return ImmutableList.of();
            }
            hits = hits == null ? p : intersect(hits, p);
            if (hits.length == 0) {
                return ImmutableList.of();
            }
        }
        String q = String.join(" ", tokens);
        Integer[] order = Arrays.stream(hits).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> rank(keys[i], q))
                .thenComparingInt(i -> keys[i].length())
                .thenComparingInt(i -> i));
        ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(order.length);
        for (Integer i : order) {
            out.add(items.get(i));
        }
        return out.build();
    }

    private static int rank(String key, String q) {
        if (key.equals(q)) {
            return 0;
        }
        if ((" " + key + " ").contains(" " + q + " ")) {
            return 1;
        }
        return 2;
    }

    private int[] prefixPostings(String prefix) {
        NavigableMap<String, int[]> range = postings.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
        if (range.size() == 1) {
            return range.firstEntry().getValue();
        }
        return range.values().stream().flatMapToInt(Arrays::stream).distinct().sorted().toArray();
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
