package org.bomay.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What an example prints, captured. (An example's {@code main} writes to the native standard
 * output, which would corrupt the channel between surefire and its forked JVM, so the smoke tests
 * call the method {@code main} delegates to with a stream of their own.)
 */
public final class Printed {
    private Printed() {}

    /** The UTF-8 text {@code print} writes to the stream it is given. */
    public static String by(Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            print.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
