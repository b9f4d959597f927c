package org.bomay.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jshell startup script ({@code examples/src/main/jshell/bomay.jsh}, what {@code ./bomay-jshell}
 * loads) and every {@code jshell} block of {@code docs/jshell.md} run in a real JShell, snippet by
 * snippet as the jshell tool splits them: none may be rejected or throw, and the printed results
 * must show what the walk-through says they show.
 */
class JShellWalkthroughTest {
    /** What jshell's DEFAULT startup imports (the launcher uses it too). */
    private static final String DEFAULT_IMPORTS = "import java.io.*;\nimport java.math.*;\nimport java.net.*;\n"
            + "import java.nio.file.*;\nimport java.util.*;\nimport java.util.concurrent.*;\nimport java.util.function.*;\n"
            + "import java.util.prefs.*;\nimport java.util.regex.*;\nimport java.util.stream.*;\n";

    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    private static final PrintStream SYSTEM_OUT = System.out;
    private static JShell shell;

    @BeforeAll
    static void startShellWithTheStartupScript() throws IOException {
        // the local execution engine runs snippets in this JVM: what they print goes to System.out
        System.setOut(new PrintStream(OUT, true, UTF_8));
        shell = JShell.builder().executionEngine("local").out(System.out).err(System.out).build();
        for (String entry : testClassPath()) {
            shell.addToClasspath(entry);
        }
        run(DEFAULT_IMPORTS, "DEFAULT imports");
        run(Files.readString(Path.of("src/main/jshell/bomay.jsh"), UTF_8), "bomay.jsh");
    }

    @AfterAll
    static void close() {
        shell.close();
        System.setOut(SYSTEM_OUT);
    }

    @Test
    void startupScript_importsTheApiAndLoadsKimBang() {
        String printed = OUT.toString(UTF_8);
        assertTrue(printed.contains("bomay: kb = OrgStructure[2018-01-01: 291 units (225 orgs)"), printed);
        assertEquals("8", value("programme.steps().size()"));
        assertEquals("29", value("vn.size()"));
    }

    @Test
    void walkthrough_everyBlockRunsAsWritten_andShowsWhatTheTextSays() throws IOException {
        String doc = Files.readString(Path.of("../docs/jshell.md"), UTF_8);
        List<String> blocks = blocks(doc, "jshell");
        assertTrue(blocks.size() >= 8, "jshell blocks in docs/jshell.md: " + blocks.size());
        int before = OUT.size();
        for (int i = 0; i < blocks.size(); i++) {
            run(blocks.get(i), "docs/jshell.md block " + (i + 1));
        }
        String printed = new String(OUT.toByteArray(), before, OUT.size() - before, UTF_8);

        // section 2: the model coverage and the district's metrics
        assertEquals("5/18", value("Metrics.coverage(MetricContext.of(kb), VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_XA_HDND)).toString()"));
        assertEquals("218.0", value("m.get(\"units\")"));
        // section 3: 10 of 29 rules in force, 11 errors, 18 info
        assertTrue(printed.contains("(10/29 quy tắc có hiệu lực): 11 lỗi, 0 cảnh báo, 18 thông tin"), printed);
        // section 4: the merged office is headed by the party office's chief; the other chief becomes a deputy
        assertTrue(printed.contains("kb.ubnd.vp.cvp: kb.ubnd.vp → kb.vp-hu-hdnd-ubnd, HEAD → DEPUTY"), printed);
        // section 5: the programme's run
        assertTrue(printed.contains("8/8 steps applied; units 225 → 222, errors 11 → 11, targets met 3/4"), printed);
        assertEquals("MET", value("r.target(\"Giảm đầu mối\").status().toString()"));
        assertEquals("215.0", value("r.target(\"Giảm đầu mối\").value().getAsDouble()"));
        assertEquals("MISSED", value("r.target(\"Tinh giản biên chế 10% (NQ 18)\").status().toString()"));
        assertEquals("7", value("r.entry(\"health-transfer\").appeared().size()"));
        assertEquals("0", value("r.entry(\"health-transfer\").caused().size()"));
        // section 6: the branch and the comparison
        assertEquals("216.0", value("rb.target(\"Giảm đầu mối\").value().getAsDouble()"));
        assertTrue(printed.contains("units added (2):"), printed);
        assertTrue(printed.contains("kb.ubnd.vp.cvp: kb.vp-hu-hdnd-ubnd (DEPUTY) → kb.ubnd.vp (HEAD)"), printed);
        assertEquals("216.0", value("sim.run(later).target(\"Giảm đầu mối\").value().getAsDouble()"));
        // section 7: attrition meets the staff target: 748 against 859
        assertEquals("MET", value("ra.target(\"Tinh giản biên chế 10% (NQ 18)\").status().toString()"));
        assertEquals("748.0", value("ra.target(\"Tinh giản biên chế 10% (NQ 18)\").value().getAsDouble()"));
        assertTrue(printed.contains("attrition 2021"), printed);
        // section 8: three results side by side, the user metric among the rows
        assertTrue(printed.contains("C = Chương trình và nghỉ hưu không tuyển thay"), printed);
        assertTrue(printed.contains("heads.vacant"), printed);
        assertEquals("3", value("all.size()"));
        assertEquals("true", value("all.get(1).equals(mine.run(noMerger))"));
        assertEquals("true", value("again.equals(programme)"));
        assertEquals("true", value("Files.readString(page).contains(\"Giảm đầu mối\")"));
        assertTrue(printed.contains(" problems, the first: /units/"), printed);
        assertTrue(printed.contains("'DISTRCT' is not one of"), printed);
    }

    /** The text of the fenced blocks of a language, in order. */
    static List<String> blocks(String markdown, String language) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Evaluates source snippet by snippet; fails on an incomplete, rejected or throwing snippet. */
    private static void run(String source, String where) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                fail(where + ": incomplete snippet: " + remaining);
            }
            for (SnippetEvent e : shell.eval(info.source())) {
                if (e.status() == Snippet.Status.REJECTED) {
                    String diags = shell.diagnostics(e.snippet()).map(Diag::toString).collect(Collectors.joining("; "));
                    fail(where + ": rejected: " + e.snippet().source() + " — " + diags);
                }
                if (e.exception() != null) {
                    fail(where + ": threw " + e.exception() + " in: " + e.snippet().source());
                }
            }
            remaining = info.remaining();
        }
    }

    /** The value of an expression, as jshell shows it (strings without quotes). */
    private static String value(String expression) {
        List<SnippetEvent> events = shell.eval(expression + ";");
        SnippetEvent e = events.get(0);
        if (e.status() == Snippet.Status.REJECTED || e.exception() != null) {
            fail("could not evaluate " + expression + ": " + (e.exception() != null ? e.exception()
                    : shell.diagnostics(e.snippet()).map(Diag::toString).collect(Collectors.joining("; "))));
        }
        String v = e.value();
        return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** The test class path: Surefire's, or the JVM's when run elsewhere. */
    private static List<String> testClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> out = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                out.add(entry);
            }
        }
        return out;
    }
}
