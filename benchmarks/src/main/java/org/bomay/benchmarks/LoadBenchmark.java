package org.bomay.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.Documents;
import org.bomay.testkit.NationalGenerator;
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
 * Loading a national structure from its bomay/1 JSON file ({@link NationalFiles}: a {@link
 * NationalGenerator} structure of 10^4 or 10^6 units, about 1.4 KB of pretty-printed JSON per
 * unit) with {@code Documents.json().readStructure(path)} — streamed element by element, checked,
 * and built through {@code OrgStructure.builder}, so core validates it — against two baselines on
 * the same file that build no structure: Jackson's own parse into a tree ({@code new
 * ObjectMapper().readTree(file)}, what a naive loader would start from) and the streaming parser
 * alone ({@code JsonParser.nextToken()} to the end, the floor of any JSON reader).
 *
 * <p>One read per iteration (SingleShotTime); the heap is collected before each iteration so that
 * the previous iteration's garbage (gigabytes at 10^6) is not collected inside the next
 * measurement. The first run writes the files (about 1 minute and 1.4 GB at 10^6).
 *
 * <pre>
 * mvn -B -q -DskipTests install
 * java -jar benchmarks/target/benchmarks.jar LoadBenchmark -p units=10000
 * java -jar benchmarks/target/benchmarks.jar LoadBenchmark -p units=1000000 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx16g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class LoadBenchmark {

    /** Units of the {@link NationalGenerator} structure in the file. */
    @Param({"10000", "1000000"})
    public int units;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() {
        file = NationalFiles.structure(units, NationalFiles.SEED);
    }

    /** Collects the previous iteration's result before the next one. */
    @Setup(Level.Iteration)
    public void settle() {
        ChangeBenchmark.settle();
    }

    /** The structure read, checked and validated: what an application does. */
    @Benchmark
    public OrgStructure readStructure() {
        return Documents.json().readStructure(file);
    }

    /** Baseline: Jackson's tree of the same file, with nothing checked and no structure built. */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** Floor: every token of the file through Jackson's streaming parser, nothing kept. */
    @Benchmark
    public long jacksonTokens() throws IOException {
        long n = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            while (p.nextToken() != null) {
                n++;
            }
        }
        return n;
    }
}
