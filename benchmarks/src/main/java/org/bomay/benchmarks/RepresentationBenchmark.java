package org.bomay.benchmarks;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bomay.core.model.UnitId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The measurement behind decision D10 (docs/decisions.md): which map representation lets a new
 * snapshot version share structure with the previous one. One version = the previous map with
 * one entry replaced, keyed by {@link UnitId} as the snapshot's indexes are.
 *
 * <ul>
 *   <li>{@code guavaCopy}: the foundation's representation, Guava's ImmutableMap, copied whole
 *       for every version (the baseline "copy the structure, then apply");
 *   <li>{@code pcollections}: PCollections' {@code HashTreePMap} (a balanced tree over hash codes);
 *   <li>{@code vavr}: Vavr's {@code HashMap}, a hash array mapped trie (HAMT).
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RepresentationBenchmark
 * java -cp benchmarks/target/benchmarks.jar org.bomay.benchmarks.RepresentationFootprint
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RepresentationBenchmark {

    /** Entries in the map: a district-sized and a national-sized index, 100× apart. */
    @Param({"10000", "1000000"})
    public int size;

    private UnitId[] keys;
    private ImmutableMap<UnitId, String> guava;
    private PMap<UnitId, String> pcollections;
    private io.vavr.collection.HashMap<UnitId, String> vavr;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void setUp() {
        keys = new UnitId[size];
        ImmutableMap.Builder<UnitId, String> g = ImmutableMap.builderWithExpectedSize(size);
        java.util.HashMap<UnitId, String> plain = new java.util.HashMap<>();
        for (int i = 0; i < size; i++) {
            keys[i] = UnitId.of("p" + (i % 63) + ".u" + i);
            g.put(keys[i], "v" + i);
            plain.put(keys[i], "v" + i);
        }
        guava = g.build();
        pcollections = HashTreePMap.from(plain);
        vavr = io.vavr.collection.HashMap.ofAll(plain);
        random = new SplittableRandom(42);
    }

    private UnitId anyKey() {
        return keys[random.nextInt(size)];
    }

    /** A new version with one entry replaced, by copying the whole map. */
    @Benchmark
    public Map<UnitId, String> guavaCopy() {
        UnitId k = anyKey();
        ImmutableMap.Builder<UnitId, String> b = ImmutableMap.builderWithExpectedSize(size);
        b.putAll(guava);
        b.put(k, "changed");
        return b.buildKeepingLast();
    }

    /** A new version with one entry replaced, sharing the rest. */
    @Benchmark
    public PMap<UnitId, String> pcollectionsPut() {
        return pcollections.plus(anyKey(), "changed");
    }

    /** A new version with one entry replaced, sharing the rest. */
    @Benchmark
    public io.vavr.collection.HashMap<UnitId, String> vavrPut() {
        return vavr.put(anyKey(), "changed");
    }

    /** One lookup. */
    @Benchmark
    public String guavaGet() {
        return guava.get(anyKey());
    }

    /** One lookup. */
    @Benchmark
    public String pcollectionsGet() {
        return pcollections.get(anyKey());
    }

    /** One lookup. */
    @Benchmark
    public Object vavrGet() {
        return vavr.get(anyKey()).getOrNull();
    }
}
