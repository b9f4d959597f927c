package org.bomay.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bomay.core.model.UnitId;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * Retained heap of one map of 10^6 entries and of a history of 10^4 versions, each the previous
 * one with one entry replaced, for the candidates of {@link RepresentationBenchmark} (decision
 * D10). Memory is not a JMH metric, so this is a plain program:
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.bomay.benchmarks.RepresentationFootprint
 * </pre>
 */
public final class RepresentationFootprint {
    private RepresentationFootprint() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int versions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        UnitId[] keys = new UnitId[size];
        for (int i = 0; i < size; i++) {
            keys[i] = UnitId.of("p" + (i % 63) + ".u" + i);
        }
        String value = "v";
        long base = used();
        System.out.printf("keys alone: %,d bytes%n", base);

        java.util.HashMap<UnitId, String> plain = new java.util.HashMap<>();
        for (UnitId k : keys) {
            plain.put(k, value);
        }
        System.out.printf("java.util.HashMap (mutable, for scale): %,d bytes%n", used() - base);
        plain = null;

        PMap<UnitId, String> p = HashTreePMap.empty();
        for (UnitId k : keys) {
            p = p.plus(k, value);
        }
        long pOne = used() - base;
        List<Object> pHistory = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(1);
        PMap<UnitId, String> pv = p;
        for (int i = 0; i < versions; i++) {
            pv = pv.plus(keys[r.nextInt(size)], "c" + i);
            pHistory.add(pv);
        }
        report("PCollections HashTreePMap", pOne, used() - base, versions);
        java.lang.ref.Reference.reachabilityFence(p);
        java.lang.ref.Reference.reachabilityFence(pHistory);
        p = null;
        pv = null;
        pHistory = null;

        io.vavr.collection.HashMap<UnitId, String> v = io.vavr.collection.HashMap.empty();
        for (UnitId k : keys) {
            v = v.put(k, value);
        }
        long vOne = used() - base;
        List<Object> vHistory = new ArrayList<>();
        r = new SplittableRandom(1);
        io.vavr.collection.HashMap<UnitId, String> vv = v;
        for (int i = 0; i < versions; i++) {
            vv = vv.put(keys[r.nextInt(size)], "c" + i);
            vHistory.add(vv);
        }
        report("Vavr HashMap (HAMT)", vOne, used() - base, versions);
        java.lang.ref.Reference.reachabilityFence(v);
        java.lang.ref.Reference.reachabilityFence(vHistory);
        System.out.println(keys.length + " keys, " + (vHistory.size() + (v.isEmpty() ? 1 : 0)) + " versions");
    }

    private static void report(String name, long one, long withHistory, int versions) {
        System.out.printf("%s: one map %,d bytes; with %,d versions: %,d bytes (%.2f× one)%n", name, one, versions,
                withHistory, (double) withHistory / one);
    }

    private static void report(String name, long base, Object one, List<Object> history) {
        long withOne = used() - base;
        String h = "";
        if (history != null) {
            long withHistory = used() - base;
            h = String.format(", + %,d versions: %,d bytes (%.2f× one)", history.size(), withHistory,
                    (double) withHistory / withOne);
        }
        System.out.printf("%s: one map %,d bytes%s%n", name, withOne, h);
        if (one.hashCode() == 42 && history != null && history.isEmpty()) {
            System.out.println();
        }
    }

    private static long used() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
