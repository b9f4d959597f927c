package org.bomay.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bomay.core.change.Change;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.NationalGenerator;
import org.bomay.testkit.NationalReform;
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
 * The naive baseline of {@link ReplayBenchmark}: the same plan replayed through {@link
 * History#apply} with a <em>full</em> validation after each change (the mergers recorded as they
 * happen, so each run finds what the incremental one finds). Only at 10^4 units (84 changes): at
 * 10^6 it would take days, so there {@link ReplayBenchmark#fullValidation} × the plan's size
 * stands for it. Compare with {@link ReplayBenchmark#replayWithIncrementalValidation} at the same
 * size.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReplayBaselineBenchmark     # a few minutes
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx16g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ReplayBaselineBenchmark {

    /** Units of the {@link NationalGenerator} structure; 10^4 only (see the class comment). */
    @Param({"10000"})
    public int units;

    private OrgStructure base;
    private Validator validator;
    private List<Change> changes;

    @Setup(Level.Trial)
    public void setUp() {
        base = NationalGenerator.of(units, NationalFiles.SEED).structure().withDate(NationalReform.DATE);
        validator = Validator.of(VnRules.all());
        changes = NationalReform.of(base, NationalReform.DATE, NationalFiles.SEED).changes();
        ChangeBenchmark.settle();
    }

    /** The whole plan through {@code History.apply}, validating the new snapshot in full after each change. */
    @Benchmark
    public ValidationResult replayWithFullValidation() {
        History h = History.start(base);
        MergerLog mergers = MergerLog.empty();
        ValidationResult r = null;
        for (Change c : changes) {
            OrgStructure before = h.current();
            h = h.apply(c);
            Version v = h.version(h.size() - 1);
            mergers = mergers.record(v.event().orElseThrow(), before);
            r = validator.validate(v.structure(), mergers);
        }
        return r;
    }
}
