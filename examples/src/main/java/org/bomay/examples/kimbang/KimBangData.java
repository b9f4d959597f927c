package org.bomay.examples.kimbang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.Documents;

/**
 * The Kim Bảng example as a bomay/1 JSON file shipped in this jar
 * ({@value #RESOURCE}): the same structure as {@link KimBang#structure()}, for tools that read
 * files rather than Java. Its {@code "note"} says which figures are illustrative.
 *
 * <pre>{@code
 * OrgStructure kb = KimBangData.load();          // equals KimBang.structure()
 * }</pre>
 *
 * <p>Regenerate the file after changing the Java example:
 * {@code mvn -q -pl examples exec:java -Dbomay.main=org.bomay.examples.kimbang.KimBangData}
 * from the project root.
 */
public final class KimBangData {
    /** The classpath resource of the JSON file. */
    public static final String RESOURCE = "/org/bomay/examples/kimbang/kim-bang-2018.json";

    /** The note written into the file's header. */
    public static final String NOTE = "Kim Bảng district, Hà Nam, 1/1/2018 (seed 000). " + KimBang.ILLUSTRATIVE;

    private KimBangData() {}

    /**
     * Reads the shipped JSON file.
     *
     * <pre>{@code
     * KimBangData.load().unitCount();   // as KimBang.structure().unitCount()
     * }</pre>
     */
    public static OrgStructure load() {
        try (InputStream in = KimBangData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + RESOURCE + " is missing from the classpath");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Documents.json().readStructure(r, RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The text of the file as it should be: {@link KimBang#structure()} written with {@link #NOTE}. */
    public static String expectedText() {
        return Documents.json().withNote(NOTE).write(KimBang.structure());
    }

    /**
     * Writes the file from the Java example.
     *
     * @param args optionally the output path; by default the resource in this module's sources (run
     *     from the project root or from {@code examples/})
     */
    public static void main(String[] args) {
        Path module = java.nio.file.Files.isDirectory(Path.of("examples", "src")) ? Path.of("examples") : Path.of(".");
        Path out = args.length > 0 ? Path.of(args[0]) : module.resolve("src/main/resources" + RESOURCE);
        Documents.json().withNote(NOTE).write(KimBang.structure(), out);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
