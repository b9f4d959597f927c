package org.bomay.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an export with a golden file under {@code src/test/resources/golden/export/}. Run the
 * tests with {@code -Dbomay.golden.update=true} to rewrite the files from the current output,
 * then review the diff before committing it.
 */
final class Golden {
    static final String UPDATE = "bomay.golden.update";
    private static final Path DIR = Path.of("src", "test", "resources", "golden", "export");

    private Golden() {}

    static void check(String file, String actual) {
        Path path = DIR.resolve(file);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(DIR);
                Files.writeString(path, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(path), () -> "Golden file " + path.toAbsolutePath() + " is missing; create it with "
                    + "mvn -o -q -pl io test -Dtest='org.bomay.io.export.*Test' -D" + UPDATE + "=true");
            String expected = Files.readString(path, StandardCharsets.UTF_8);
            assertEquals(expected, actual, () -> "The export differs from golden file " + path + ". If the change is "
                    + "intended, regenerate the golden files with mvn -o -q -pl io test "
                    + "-Dtest='org.bomay.io.export.*Test' -D" + UPDATE + "=true and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot access golden file " + path, e);
        }
    }
}
