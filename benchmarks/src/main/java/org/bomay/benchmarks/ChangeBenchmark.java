package org.bomay.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeInfo;
import org.bomay.core.change.Compound;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.history.History;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.SyntheticCountry;
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

/**
 * The cost of applying a change at three sizes of {@link SyntheticCountry#ladder()} (district
 * ~250 units, province ~5 400, country ~375 000): it should be in proportion to what the change
 * touches, not to the size of the structure (issue 3, item 5). The change is the merge of two
 * communes of one district with all their units: commune 2's administrative unit is absorbed into
 * commune 1's (its villages and the organizations of its territory move over), and each
 * organization of commune 2 (party committee, HĐND, UBND, Front committee) is absorbed into commune
 * 1's counterpart, whose head stays head. The base snapshot is immutable, so every invocation
 * applies the same change to the same base. Size 0 has 5 villages per commune, sizes 1 and 2 have
 * 9, so the merge touches 30 units at size 0 and 42 at sizes 1 and 2: compare 1 with 2 for the
 * same change on a structure 69 times larger.
 *
 * <p>Size 3 is the {@link Sizes#NATIONAL national} structure of {@code NationalGenerator} (10^6
 * units, ~3.1 posts and ~2.0 people per unit): the same five absorbs, but its communes have 5–17
 * villages and about 25 more organizations (inspection commission, council committees, member
 * organizations, schools, stations, cells), which the absorb of the administrative unit moves to
 * commune 1's territory, so the merge touches more than at sizes 1 and 2. The heap is 16 GB
 * (8 GB before size 3 was added): the baseline copies 10^6 units. Size 4 is the same generator at
 * 10^4 units: compare 4 with 3 for the same merge in structures of the same shape, 100 times apart.
 *
 * <p>{@code -XX:+AlwaysPreTouch}: without it, at the national size the first iterations after the
 * setup run 5 to 10 times slower while the JVM first touches the heap pages it grew into (no GC in
 * those iterations, high system time), which swamps the figures.
 *
 * <pre>
 * mvn -B -q -DskipTests install
 * java -jar benchmarks/target/benchmarks.jar ChangeBenchmark
 * java -jar benchmarks/target/benchmarks.jar ChangeBenchmark -p size=3 -wi 2 -i 3   # 10^6 units only
 * java -jar benchmarks/target/benchmarks.jar ChangeBenchmark -p size=4,3             # 10^4 and 10^6, one generator
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx16g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChangeBenchmark {

    /** Versions in the history of {@link #asOf}. */
    static final int VERSIONS = 10_000;

    /** Index into {@link SyntheticCountry#ladder()}: 0 district, 1 province, 2 country; 3 the 10^6-unit {@link Sizes national} structure. */
    @Param({"0", "1", "2", "3", "4"})
    public int size;

    OrgStructure base;
    private Change merge;
    private Change quota;

    @Setup(Level.Trial)
    public void setUp() {
        base = Sizes.builder(size).build();
        LocalDate d = LocalDate.of(2020, 7, 1);
        merge = communeMerge(d, "p1.d1", 1, 2);
        quota = SetStaffQuota.of(d, UnitId.of("p1.d1.c1.ubnd"), 12);
        base.units(); // the baseline's toBuilder() derives the ordered lists once; keep that out of the measurement
        merge.applyTo(base); // fail fast if the change does not apply
        settle();
    }

    /** Collects the setup's garbage so the measurement does not pay for it. */
    static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /**
     * The merge of commune {@code gone} into commune {@code keep} of a district, with all their
     * units, as one compound change (see the class comment). Ids follow {@link SyntheticCountry}:
     * {@code <district>.c<n>} is the commune, {@code .du .hdnd .ubnd .mttq} its organizations.
     */
    static Change communeMerge(LocalDate d, String district, int keep, int gone) {
        String a = district + ".c" + keep;
        String b = district + ".c" + gone;
        List<Change> parts = new ArrayList<>();
        parts.add(Absorb.of(d, UnitId.of(a), UnitId.of(b)));
        for (String org : new String[] {".du", ".hdnd", ".ubnd", ".mttq"}) {
            parts.add(Absorb.of(d, UnitId.of(a + org), UnitId.of(b + org)));
        }
        return new Compound(ChangeInfo.on(d), "Sáp nhập xã " + b + " vào xã " + a, parts);
    }

    /** One commune merge (5 absorbs) applied to the base snapshot. */
    @Benchmark
    public Applied mergeTwoCommunes() {
        return merge.applyTo(base);
    }

    /** The naive baseline: copy the whole structure (a builder, re-validated by build()), then apply the merge. */
    @Benchmark
    public Applied mergeBaselineCopyThenApply() {
        return merge.applyTo(base.toBuilder().build());
    }

    /** The smallest change, for scale: one unit's staff quota. */
    @Benchmark
    public Applied setStaffQuota() {
        return quota.applyTo(base);
    }

    /** A history of {@link #VERSIONS} versions on the base snapshot, and random dates to look up. */
    @State(Scope.Benchmark)
    public static class HistoryState {
        History history;
        LocalDate[] dates;
        int next;
        Change merge;

        @Setup(Level.Trial)
        public void setUp(ChangeBenchmark b) {
            history = quotaHistory(b.base, VERSIONS);
            LocalDate first = history.initial().date();
            long span = history.current().date().toEpochDay() - first.toEpochDay() + 30;
            SplittableRandom r = new SplittableRandom(42);
            dates = new LocalDate[4096];
            for (int i = 0; i < dates.length; i++) {
                dates[i] = first.plusDays(r.nextLong(span));
            }
            merge = communeMerge(history.current().date().plusDays(1), "p1.d1", 1, 2);
            history.apply(merge); // fail fast
            settle();
        }
    }

    /**
     * The same merge applied through {@link History#apply} to the history of {@link #VERSIONS}
     * versions (lineage indexes, the check that no unit id is reused); the history is immutable too.
     */
    @Benchmark
    public History historyApplyMerge(HistoryState h) {
        return h.history.apply(h.merge);
    }

    /**
     * History.asOf on a history of 10^4 versions, at a random date: a binary search over the
     * versions, and, when the version's snapshot was collected since it was last asked for, the
     * re-application of the changes since the checkpoint before it (D26: up to 127 quota edits here).
     */
    @Benchmark
    public OrgStructure asOf(HistoryState h) {
        LocalDate d = h.dates[h.next++ & (h.dates.length - 1)];
        return h.history.asOf(d);
    }

    /**
     * A history of {@code versions} versions: SetStaffQuota on the organizations of the communes of
     * district p1.d1 in turn, one day apart. Cheap to build at every size.
     */
    static History quotaHistory(OrgStructure base, int versions) {
        List<UnitId> units = new ArrayList<>();
        for (int c = 1; c <= 10; c++) {
            for (String org : new String[] {".du", ".hdnd", ".ubnd", ".mttq"}) {
                units.add(UnitId.of("p1.d1.c" + c + org));
            }
        }
        History h = History.start(base);
        LocalDate d = base.date();
        for (int i = 1; i < versions; i++) {
            h = h.apply(SetStaffQuota.of(d.plusDays(i), units.get(i % units.size()), 5 + i % 17));
        }
        return h;
    }
}
