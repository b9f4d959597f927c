package org.bomay.core.structure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
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
        String padded = " " + q + " ";
        // sort keys: rank (2 bits) | name length (20 bits) | position (32 bits), each computed once
        long[] order = new long[hits.length];
        for (int k = 0; k < hits.length; k++) {
            int i = hits[k];
            long rank = keys[i].equals(q) ? 0 : (" " + keys[i] + " ").contains(padded) ? 1 : 2;
            order[k] = rank << 52 | (long) Math.min(keys[i].length(), 0xFFFFF) << 32 | i;
        }
        Arrays.sort(order);
        ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(order.length);
        for (long key : order) {
            out.add(items.get((int) (key & 0xFFFFFFFFL)));
        }
        return out.build();
    }

    private int[] prefixPostings(String prefix) {
        NavigableMap<String, int[]> range = postings.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
        if (range.size() == 1) {
            return range.firstEntry().getValue();
        }
        int[] all = range.values().stream().flatMapToInt(Arrays::stream).toArray();
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[n - 1] != all[i]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
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
