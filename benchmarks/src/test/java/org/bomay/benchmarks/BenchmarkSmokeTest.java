package org.bomay.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every JMH benchmark of this module runs once, in this JVM, at its smallest size: no warm-up, one
 * measured iteration of 50 ms (one invocation for SingleShotTime), so that {@code mvn verify}
 * catches a benchmark whose setup or method no longer runs. Nothing is timed or compared: the
 * figures of so short a run mean nothing. The footprint programs run at their smallest size too.
 */
class BenchmarkSmokeTest {

    static Stream<Arguments> benchmarks() {
        return Stream.of(
                Arguments.of(StructureBenchmark.class, "size", "0"),
                Arguments.of(ChangeBenchmark.class, "size", "0"),
                Arguments.of(ValidationBenchmark.class, "size", "0"),
                Arguments.of(RepresentationBenchmark.class, "size", "1000"),
                Arguments.of(LoadBenchmark.class, "units", "1000"),
                Arguments.of(ReplayBenchmark.class, "units", "1000"),
                Arguments.of(ReplayBaselineBenchmark.class, "units", "1000"));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("benchmarks")
    void everyBenchmarkMethodRunsOnce(Class<?> benchmark, String param, String value) throws Exception {
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\.")
                .param(param, value)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new ArrayList<>();
        printed(() -> results.addAll(new Runner(options).run()));
        Set<String> ran = results.stream().map(r -> r.getParams().getBenchmark()).map(b -> b.substring(b.lastIndexOf('.') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = Arrays.stream(benchmark.getMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, ran, benchmark.getSimpleName() + ": every @Benchmark method ran");
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getSampleCount() > 0, r.getParams().getBenchmark() + " produced a result");
        }
    }

    @Test
    void nationalFootprintRuns() throws Exception {
        String out = printed(() -> NationalFootprint.main(new String[] {"1000"}));
        assertTrue(out.contains("one snapshot read from"), out);
    }

    @Test
    void nationalFilesWritesTheFile() throws Exception {
        printed(() -> NationalFiles.main(new String[] {"1000"}));
        assertTrue(Files.size(NationalFiles.path(1000, NationalFiles.SEED)) > 0);
    }

    /** Something that may throw. */
    private interface Run {
        void run() throws Exception;
    }

    /**
     * What {@code r} printed to System.out (the benchmarks' setups print their counts), kept out
     * of the build's log unless {@code r} fails.
     */
    private static String printed(Run r) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } catch (Exception | Error e) {
            old.print(buffer.toString(StandardCharsets.UTF_8));
            throw e;
        } finally {
            System.setOut(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
