package org.bomay.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.Documents;
import org.bomay.testkit.NationalGenerator;

/**
 * bomay/1 JSON files of {@link NationalGenerator} structures, written once and reused: {@code
 * target/national-<units>-<seed>-v<generator version>.json} under the working directory, or under
 * the directory named by the system property {@code bomay.national.dir}. A file is written to a
 * temporary name and moved into place, so a file with the final name is always complete; a new
 * {@link NationalGenerator#VERSION} gives a new name, so a file of an older generator is never
 * read.
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar org.bomay.benchmarks.NationalFiles 1000000   # writes and reports
 * </pre>
 */
public final class NationalFiles {
    /** The seed of the benchmarks' national structures. */
    public static final long SEED = NationalGenerator.DEFAULT_SEED;

    private NationalFiles() {
    }

    /** The directory of the cached files. */
    public static Path dir() {
        return Path.of(System.getProperty("bomay.national.dir", "target"));
    }

    /** The path of the file for a size and seed, whether it exists or not. */
    public static Path path(int units, long seed) {
        return dir().resolve("national-" + units + "-" + seed + "-v" + NationalGenerator.VERSION + ".json");
    }

    /** The file of a {@link NationalGenerator} structure, generated and written on first use. */
    public static synchronized Path structure(int units, long seed) {
        Path file = path(units, seed);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                return file;
            }
            write(NationalGenerator.of(units, seed).structure(), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("NationalFiles: cannot write " + file, e);
        }
    }

    /** Writes through a temporary file moved into place. */
    private static void write(OrgStructure s, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Documents.json().write(s, tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes (or finds) the file of {@code args[0]} units (default 10^6) and prints its size and the time taken. */
    public static void main(String[] args) throws IOException {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : NationalGenerator.NATIONAL;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        boolean existed = Files.isRegularFile(path(units, seed));
        long t0 = System.nanoTime();
        if (!existed) {
            NationalGenerator g = NationalGenerator.of(units, seed);
            OrgStructure s = g.structure();
            long t1 = System.nanoTime();
            System.out.printf("%s: generated and built in %.1f s%n", g.shape(), (t1 - t0) / 1e9);
            write(s, path(units, seed));
            System.out.printf("written in %.1f s%n", (System.nanoTime() - t1) / 1e9);
        }
        Path file = structure(units, seed);
        System.out.printf("%s: %,d bytes (%.0f MB)%s%n", file, Files.size(file), Files.size(file) / 1048576.0,
                existed ? ", existed" : "");
    }
}
