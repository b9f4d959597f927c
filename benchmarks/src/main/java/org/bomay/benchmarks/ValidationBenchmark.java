package org.bomay.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Change;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
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
 * The cost of validating against {@code Validator.of(VnRules.all())} at the three sizes of
 * {@link SyntheticCountry#ladder()} (district ~250 units, province ~5 400, country ~375 000): a
 * full run, and the incremental run after the commune merge of {@link ChangeBenchmark}, which
 * should cost in proportion to what the merge touched, not to the size of the structure.
 *
 * <p>The synthetic structure (dated 1/1/2020 by the generator) is seen on 1/1/2021 ({@code
 * withDate}), when 18 of the pack's 29 rules are in force: the deputy caps of NĐ 08/2016 as
 * amended 2020 (UBND vice-chairs), Luật 77/2015 and Luật 47/2019 (HĐND vice-chairs) and TT 09/2017
 * (village deputies); the group averages and totals of NĐ 108/2020 (district offices), NĐ 107/2020
 * (sở) and QĐ 04-QĐi/TW (provincial party agencies, both variants); the standards of
 * administrative units of NQ 1211/2016 and the mandatory mergers of NQ 653/2019 (both read parent
 * and ancestors); village households (TT 14/2018); the concurrent-post models of NQ 18 and party
 * membership of party posts (person rules); and the five structural checks (in force, territory,
 * pillar, single head, staff within quota). Not in force: NĐ 37/2014 (ended 25/11/2020), NĐ
 * 33/2023, NQ 35/2023, TB 16/2022 and the rules of the 2025 reform. All of these run on every
 * unit they select, but the generator gives every organization exactly the capped number of
 * deputies, no unit a class (so the class rows of NĐ 08/2016 match nothing) and no concurrent
 * post, so the caps, averages and models find nothing. The base has 20 violations at size 0, 462
 * at size 1 and 31,614 at size 2: party posts held by non-members (every fifth generated person
 * is not a party member; 17 / 386 / 26,799 errors), communes below half the standards (NQ 653;
 * 1 / 10 / 693 warnings) and the standards of administrative units (NQ 1211; 2 / 66 / 4,122
 * info). The merge adds two violations and resolves one (at size 0: adds one); the setup prints
 * the counts.
 *
 * <p>The merge is dated the same day as the base, so the date does not move and the incremental
 * run re-checks only the touched units and their neighbours ({@link #incrementalAfterMerge});
 * {@link #incrementalAfterMergeDateMoves} dates it one day later, which adds the scan of every
 * tenure and unit for those starting or ending in between (linear in the size). Both reuse one
 * applied snapshot, whose ordered lists ({@code units()}, {@code tenures()}, ...) the setup has
 * already derived; {@link #incrementalAfterMergeDateMovesFresh} applies the dated merge afresh
 * before each call, as a caller does (the date-move scan iterates the new snapshot's store with
 * {@code forEachUnit}/{@code forEachTenure}, without deriving its ordered lists). The same-date
 * run touches none of them, so it needs no fresh variant. {@link #fullRevalidationBaseline} is what
 * the incremental run replaces: a full run on the merged snapshot with the merger on record. The
 * setup checks that each incremental result has the violations of the full run. The results are
 * returned unsorted: {@code violations()} sorts every violation on first call (and {@code
 * appearedSince} reads them all), which none of these measures.
 *
 * <p>Size 3 is the {@link Sizes#NATIONAL national} structure of {@code NationalGenerator} (10^6
 * units), seen on the same date (its tenures start by 12/2019, so everyone is in office): deputies
 * within the caps with a few above, units with classes, regions and households, party posts held
 * by party members, and concurrent posts, most of them models of Resolution 18 or committee
 * seats; the setup prints its counts. The heap is 16 GB (8 GB before size 3 was added).
 *
 * <pre>
 * mvn -B -q -DskipTests install
 * java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -wi 3 -i 5 -w 1 -r 1   # ~6 min
 * java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -p size=3 -wi 2 -i 3 -w 1 -r 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx16g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {

    /** The date the base is seen on: most rules before the 2025 reform are in force. */
    static final LocalDate DATE = LocalDate.of(2021, 1, 1);

    /** Index into {@link SyntheticCountry#ladder()}: 0 district, 1 province, 2 country; 3 the 10^6-unit {@link Sizes national} structure. */
    @Param({"0", "1", "2", "3"})
    public int size;

    private Validator validator;
    private OrgStructure base;
    private ValidationResult baseResult;
    private Applied applied;
    private MergerLog mergers;
    private Applied appliedLater;
    /** One rule, the measure of the Jena/SHACL peer of issue 8: the deputy cap of NĐ 08/2016 on UBND vice-chairs. */
    private Validator deputyCap;
    private ValidationResult deputyCapBase;

    @Setup(Level.Trial)
    public void setUp() {
        validator = Validator.of(VnRules.all());
        base = Sizes.builder(size).build().withDate(DATE);
        base.units(); // derive the ordered lists once, outside the measurement
        baseResult = validator.validate(base);
        applied = ChangeBenchmark.communeMerge(DATE, "p1.d1", 1, 2).applyTo(base);
        mergers = MergerLog.empty().record(applied.event(), base);
        appliedLater = ChangeBenchmark.communeMerge(DATE.plusDays(1), "p1.d1", 1, 2).applyTo(base);
        // fail fast: the incremental runs must equal full runs
        ValidationResult inc = validator.revalidate(baseResult, applied);
        ValidationResult full = validator.validate(applied.structure(), mergers);
        check("same date", inc, full);
        ValidationResult incLater = validator.revalidate(baseResult, appliedLater);
        ValidationResult fullLater = validator.validate(appliedLater.structure(),
                MergerLog.empty().record(appliedLater.event(), base));
        check("date moves", incLater, fullLater);
        deputyCap = Validator.of(RulePack.of("NĐ 08/2016", VnRules.nd08ViceChairs()));
        deputyCapBase = deputyCap.validate(base);
        check("deputy cap", deputyCap.revalidate(deputyCapBase, applied), deputyCap.validate(applied.structure(), mergers));
        System.out.printf("%nsize %d: %d units, %d of %d rules in force on %s; base %d violations, after the merge %d (%d appeared)%n",
                size, base.units().size(), baseResult.rulesInForce().size(), validator.pack().size(), DATE,
                baseResult.violations().size(), inc.violations().size(), inc.appearedSince(baseResult).size());
        ChangeBenchmark.settle();
    }

    private static void check(String what, ValidationResult inc, ValidationResult full) {
        if (!inc.violations().equals(full.violations())) {
            throw new IllegalStateException("ValidationBenchmark (" + what + "): the incremental run found "
                    + inc.violations().size() + " violations, the full run " + full.violations().size());
        }
    }

    /** Every rule in force on the whole base snapshot. */
    @Benchmark
    public ValidationResult fullValidation() {
        return validator.validate(base);
    }

    /** One rule in full, the deputy cap of NĐ 08/2016 (the peer's measure: a deputy cap on the whole model). */
    @Benchmark
    public ValidationResult fullValidationDeputyCap() {
        return deputyCap.validate(base);
    }

    /** The same rule after the commune merge, incrementally (the peer's "re-validate the units a merge touched"). */
    @Benchmark
    public ValidationResult incrementalAfterMergeDeputyCap() {
        return deputyCap.revalidate(deputyCapBase, applied);
    }

    /** The incremental run after the commune merge, dated the same day as the base. */
    @Benchmark
    public ValidationResult incrementalAfterMerge() {
        return validator.revalidate(baseResult, applied);
    }

    /** The naive baseline of {@link #incrementalAfterMerge}: a full run on the merged snapshot. */
    @Benchmark
    public ValidationResult fullRevalidationBaseline() {
        return validator.validate(applied.structure(), mergers);
    }

    /** The incremental run after the merge dated one day after the base: the date moves too. */
    @Benchmark
    public ValidationResult incrementalAfterMergeDateMoves() {
        return validator.revalidate(baseResult, appliedLater);
    }

    /** The dated merge applied afresh before each call (not measured), so each run sees a new snapshot. */
    @State(Scope.Thread)
    public static class Fresh {
        Change later;
        Applied applied;

        @Setup(Level.Trial)
        public void setUp() {
            later = ChangeBenchmark.communeMerge(DATE.plusDays(1), "p1.d1", 1, 2);
        }

        @Setup(Level.Invocation)
        public void apply(ValidationBenchmark b) {
            applied = later.applyTo(b.base);
        }
    }

    /**
     * {@link #incrementalAfterMergeDateMoves} on a snapshot just applied: with the first derivation
     * of its ordered lists, which the date-move scan triggers.
     */
    @Benchmark
    public ValidationResult incrementalAfterMergeDateMovesFresh(Fresh f) {
        return validator.revalidate(baseResult, f.applied);
    }
}
