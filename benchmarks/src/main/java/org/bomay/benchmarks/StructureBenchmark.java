package org.bomay.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * Snapshot costs at three sizes of {@link SyntheticCountry#ladder()}: a district (~250 units), a
 * province (~5 400) and the country before 2025 (63 provinces, ~375 000 units, ~450 000 posts);
 * and size 3, the {@link Sizes#NATIONAL national} structure of {@code NationalGenerator} (10^6
 * units, 3.1·10^6 posts, 1.95·10^6 people; heap 16 GB, 8 GB before size 3 was added).
 *
 * <pre>
 * mvn -B -q -DskipTests install
 * java -jar benchmarks/target/benchmarks.jar StructureBenchmark -p size=0,1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx16g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StructureBenchmark {

    /** Index into {@link SyntheticCountry#ladder()}: 0 district, 1 province, 2 country; 3 the 10^6-unit {@link Sizes national} structure. */
    @Param({"0", "1", "2", "3"})
    public int size;

    private OrgStructure.Builder builder;
    private OrgStructure structure;
    private UnitId district;

    @Setup(Level.Trial)
    public void setUp() {
        builder = Sizes.builder(size);
        structure = builder.build();
        district = UnitId.of("p1.d1");
        structure.find("warm up the index");
    }

    /** Validating and indexing a whole structure: {@code Builder.build()}. */
    @Benchmark
    public OrgStructure build() {
        return builder.build();
    }

    /** A diacritic-insensitive name search on a built index. */
    @Benchmark
    public Object find() {
        return structure.find("dang uy xa an binh");
    }

    /** Everything in one district (administrative units and organizations, through the territory index). */
    @Benchmark
    public Object unitsInDistrict() {
        return structure.unitsIn(district);
    }

    /** The chain of ancestors of the deepest unit. */
    @Benchmark
    public Object ancestorsOfVillageCell() {
        return structure.ancestors(UnitId.of("p1.d1.c1.v1.cb"));
    }
}
