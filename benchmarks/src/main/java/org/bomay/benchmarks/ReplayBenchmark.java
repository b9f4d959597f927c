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
 * Replaying a national restructuring plan, {@link NationalReform} (the 2025 reform: communes merged
 * in pairs with their party committee, council, committee, Front and member bodies; every district
 * dissolved; provinces merged in 23 groups at 63 provinces), on a {@link NationalGenerator}
 * structure of 10^4 or 10^6 units, through {@link History#apply} with the incremental validation
 * ({@link Validator#revalidate}) of {@code VnRules.all()} after each change. At 10^6 units the plan
 * has 7,796 commune merges, 696 district dissolutions and 23 province merges (8,515 changes); at
 * 10^4, 76, 7 and 1. The plan scales with the structure: half the communes, every district, 23/63
 * of the provinces.
 *
 * <p>Every change takes effect on 1/7/2025 and the base is seen on that date, so the date never
 * moves during the replay (a move re-scans every tenure, see {@link ValidationBenchmark}); 15 of
 * the pack's rules are in force. One replay per iteration (SingleShotTime), each starting from the
 * same base and the same full validation result, both computed in the setup.
 *
 * <ul>
 *   <li>{@link #replayWithIncrementalValidation}: the measure — apply and revalidate, every change;</li>
 *   <li>{@link #replay}: the same without validation, to separate the two costs;</li>
 *   <li>{@link #fullValidation}: one full validation of the base. The naive baseline, a full
 *       validation after each change, is not run at 10^6 (8,515 full runs of tens of seconds each
 *       would take days): its cost is the plan's size × this figure (full runs on the later,
 *       smaller snapshots cost a little less). {@link ReplayBaselineBenchmark} runs that baseline
 *       for real at 10^4.</li>
 * </ul>
 * The setup checks, at sizes up to 10^5 (and at any size with {@code -Dbomay.replay.check=true}
 * in the fork's JVM arguments), that the replay's incremental result equals a full validation of
 * the final structure.
 *
 * <pre>
 * mvn -B -q -DskipTests install
 * java -jar benchmarks/target/benchmarks.jar ReplayBenchmark -p units=10000
 * java -jar benchmarks/target/benchmarks.jar ReplayBenchmark -p units=1000000 -wi 1 -i 2   # ~20 min
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx16g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ReplayBenchmark {

    /** Units of the {@link NationalGenerator} structure. */
    @Param({"10000", "1000000"})
    public int units;

    OrgStructure base;
    Validator validator;
    ValidationResult baseResult;
    NationalReform plan;
    List<Change> changes;

    @Setup(Level.Trial)
    public void setUp() {
        base = NationalGenerator.of(units, NationalFiles.SEED).structure().withDate(NationalReform.DATE);
        validator = Validator.of(VnRules.all());
        baseResult = validator.validate(base);
        plan = NationalReform.of(base, NationalReform.DATE, NationalFiles.SEED);
        changes = plan.changes();
        System.out.printf("%n%,d units, %s; base: %,d violations, %d rules in force%n", base.unitCount(), plan,
                baseResult.size(), baseResult.rulesInForce().size());
        if (units <= 100_000 || Boolean.getBoolean("bomay.replay.check")) {
            History h = History.start(base);
            ValidationResult r = baseResult;
            for (Change c : changes) {
                h = h.apply(c);
                Version v = h.version(h.size() - 1);
                r = validator.revalidate(r, v.structure(), v.event().orElseThrow());
            }
            ValidationResult full = validator.validate(h.current(), MergerLog.of(h));
            if (!r.violations().equals(full.violations())) {
                throw new IllegalStateException("ReplayBenchmark: after the replay the incremental result has " + r.size()
                        + " violations, a full validation " + full.size());
            }
            System.out.printf("checked: after the replay %,d units and %,d violations, as a full validation finds%n",
                    h.current().unitCount(), full.size());
        }
        ChangeBenchmark.settle();
    }

    /** Collects the previous iteration's history before the next one. */
    @Setup(Level.Iteration)
    public void settle() {
        ChangeBenchmark.settle();
    }

    /** The whole plan through {@code History.apply}, revalidating incrementally after each change. */
    @Benchmark
    public ValidationResult replayWithIncrementalValidation() {
        History h = History.start(base);
        ValidationResult r = baseResult;
        for (Change c : changes) {
            h = h.apply(c);
            Version v = h.version(h.size() - 1);
            r = validator.revalidate(r, v.structure(), v.event().orElseThrow());
        }
        return r;
    }

    /** The whole plan through {@code History.apply}, without validation. */
    @Benchmark
    public History replay() {
        History h = History.start(base);
        for (Change c : changes) {
            h = h.apply(c);
        }
        return h;
    }

    /** One full validation of the base: × the plan's size, the cost of validating in full after each change. */
    @Benchmark
    public ValidationResult fullValidation() {
        return validator.validate(base);
    }
}
