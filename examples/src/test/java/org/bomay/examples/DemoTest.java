package org.bomay.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the flagship demo on a captured stream ({@link Demo#main} writes to the native standard
 * output, which would corrupt the channel between surefire and its forked JVM, so the test calls
 * the method {@code main} delegates to) and checks its key numbers and the report it writes.
 */
class DemoTest {

    private static String run(Path report) {
        return Printed.by(out -> Demo.run(out, report));
    }

    @Test
    void demo_runsTheProgrammeEndToEnd_andPrintsCountsViolationsAndTargets(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("sub").resolve("kb.html");
        String text = run(report);
        assertTrue(text.startsWith("bomay — Kim Bảng district"), text);
        assertTrue(text.contains("8/8 steps applied; units 218 → 215, errors 11 → 11, targets met 3/4"), text);
        assertTrue(text.contains("organizations (đầu mối)                 218 → 215    (−3)"), text);
        assertTrue(text.contains("at district level                      36 → 33     (−3)"), text);
        assertTrue(text.contains("concurrent posts (kiêm nhiệm)            11 → 93     (+82)"), text);
        assertTrue(text.contains("villages: party cell secretary = head      0 → 40     (+40)"), text);
        assertTrue(text.contains("errors 11 → 11, warnings 0 → 3"), text);
        assertTrue(text.contains("2018-07-01  office-merger        APPROVED  APPLIED    217"), text);
        assertTrue(text.contains("Giảm đầu mối"), text);
        assertTrue(text.contains("MISSED"), "the staff target is missed without attrition");
        assertTrue(text.contains("units 216 instead of 215"), text);
        assertTrue(text.contains("HTML report: " + report.toAbsolutePath().normalize()), text);
        String html = Files.readString(report);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg") && !html.contains("<script"), "a self-contained report");
        assertTrue(html.contains("Giảm đầu mối"), "the target table is in the report");
        assertTrue(text.lines().count() < 60, "the summary is short: " + text.lines().count() + " lines");
    }

    @Test
    void demo_isTheSameOnEveryRun(@TempDir Path dir) throws Exception {
        String a = run(dir.resolve("a.html"));
        String b = run(dir.resolve("b.html"));
        assertEquals(a.replace("a.html", "X"), b.replace("b.html", "X"));
        assertEquals(Files.readString(dir.resolve("a.html")), Files.readString(dir.resolve("b.html")));
    }
}
