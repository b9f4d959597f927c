package org.bomay.examples.programme2030;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.bomay.core.sim.Comparison;
import org.junit.jupiter.api.Test;

/**
 * Runs the demo on a captured stream ({@link ProgrammeDemo#main} writes to the native standard
 * output, which would corrupt the channel between surefire and its forked JVM, so the test calls
 * the method {@code main} delegates to) and checks the numbers it prints.
 */
class ProgrammeDemoTest {

    private static String text;
    private static Comparison comparison;

    private static synchronized String run() {
        if (text == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                comparison = ProgrammeDemo.run(out);
            }
            text = bytes.toString(StandardCharsets.UTF_8);
        }
        return text;
    }

    private static void assertLine(String regex) {
        String t = run();
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(t).find(), () -> "no line matching " + regex + " in\n" + t);
    }

    @Test
    void demo_printsTheDistrictTheStepsAndBothTargetTables() {
        String t = run();
        assertTrue(t.startsWith("bomay — a district's action programme for Resolution 18-NQ/TW, to 2021 and 2030 (seed 003)"), t);
        assertTrue(t.contains("14 communes, 3 of them below 50% of both standards; 103 organizations (đầu mối); 117 deputies;"), t);
        assertTrue(t.contains("staff quota 828 (870 in 2015); 4 schools under 200 pupils; 3 agricultural and 3 vocational units"), t);
        assertLine("^  2019-07-01  agricultural-centre +Sở Nông nghiệp và Phát triển nông thôn +APPROVED$");
        assertTrue(t.contains(": targets met 7/7"), t);
        assertTrue(t.contains("– phương án không sáp nhập xã: targets met 5/7"), t);
        assertLine("^Tinh giản biên chế 10% so với năm 2015 +2021-12-31 +870 +768 +−11\\.72% ≤ −10% +MET +2021-09-01$");
        assertLine("^Tinh giản biên chế 10% so với năm 2015 +2021-12-31 +870 +804 +−7\\.59% ≤ −10% +MISSED +–$");
        assertLine("^Sáp nhập xã chưa đạt 50% tiêu chuẩn +2021-12-31 +0 +3 +3 ≤ 0 +MISSED +–$");
        assertLine("^Cấp phó trong khung quy định \\(2030\\) +2030-12-31 +0 +0 +0 ≤ 0 +MET +2021-06-30$");
        assertTrue(t.lines().count() < 80, "the summary is short: " + t.lines().count() + " lines");
    }

    @Test
    void demo_printsTheComparisonOfTheTwoBranches() {
        run();
        assertLine("^units +103 +88 +96$");
        assertLine("^admin-units\\.COMMUNE +14 +12 +14$");
        assertLine("^staff\\.quota +828 +768 +804$");
        assertLine("^target: Sáp nhập xã chưa đạt 50% tiêu chuẩn +MET +MISSED$");
        assertEquals(2, comparison.results().size());
        assertEquals(ActionProgramme.WITHOUT_COMMUNE_MERGERS_NAME, comparison.results().get(1).name());
    }
}
