package org.bomay.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.sim.Measurements;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.examples.kimbang.KimBang;
import org.bomay.examples.kimbang.KimBangProgramme;
import org.bomay.io.html.HtmlReport;

/**
 * The flagship demo: the action programme of Kim Bảng district (Hà Nam, seed 000) run end to end
 * as a scenario against the Vietnam rules — its eight dated steps with their agencies, the
 * apparatus before and after, the violations, whether its four targets are met, what changes
 * without the office merger — and written as a self-contained HTML report whose path it prints.
 *
 * <pre>{@code
 * mvn -B -q -ntp -DskipTests install && mvn -B -q -ntp -pl examples exec:java
 * }</pre>
 *
 * <p>The report goes to {@code target/bomay/kim-bang-programme.html} under the working directory,
 * or to the path given as the first argument. {@link org.bomay.examples.kimbang.KimBangTour} is the
 * tour of the structure itself.
 */
public final class Demo {
    /** Where the report goes when no path is given, relative to the working directory. */
    static final Path DEFAULT_REPORT = Path.of("target", "bomay", "kim-bang-programme.html");

    /** The metrics of the before/after summary: key and label. */
    private static final String[][] HEADLINE = {
        {"units", "organizations (đầu mối)"},
        {"units.pillar.PARTY", "  of the Party"},
        {"units.pillar.STATE", "  of the State"},
        {"units.pillar.FRONT", "  of the Front"},
        {"units.level.DISTRICT", "  at district level"},
        {"deputies", "deputies (cấp phó) in office"},
        {"staff.actual", "staff (biên chế, illustrative)"},
        {"concurrent.tenures", "concurrent posts (kiêm nhiệm)"},
        {"model.bi-thu-chi-bo=truong-thon", "villages: party cell secretary = head"},
    };

    private Demo() {}

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.2f", d);
    }

    /**
     * Runs the demo, printing to standard output in UTF-8 whatever the platform's default encoding.
     *
     * <pre>{@code
     * Demo.main(new String[] {"/tmp/programme.html"});
     * }</pre>
     *
     * @param args optionally the path of the HTML report
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(out);
        run(out, args.length > 0 ? Path.of(args[0]) : DEFAULT_REPORT);
        out.flush();
    }

    /** Runs the programme, prints the summary to {@code out}, writes the report; returns the report's path. */
    static Path run(PrintStream out, Path report) {
        Scenario programme = KimBangProgramme.scenario();
        Simulation sim = Simulation.of(VnRules.all()).within(KimBangProgramme.DISTRICT);
        SimulationResult r = sim.run(programme);
        ValidationResult before = r.timeline().get(0).validation();
        ValidationResult after = r.finalValidation();

        out.println("bomay — Kim Bảng district (huyện Kim Bảng, tỉnh Hà Nam): the action programme of 2018 as a scenario");
        out.println(KimBang.ILLUSTRATIVE);
        out.println();
        out.println(r.toString().lines().findFirst().orElse(""));
        out.println();
        Measurements m0 = r.baselineMeasurements();
        Measurements m1 = r.finalMeasurements();
        out.println("The district before (" + m0.date() + ") and after (" + m1.date() + "):");
        for (String[] row : HEADLINE) {
            double a = m0.get(row[0]);
            double b = m1.get(row[0]);
            out.printf("  %-36s %6s → %-6s %s%n", row[1], number(a), number(b), a == b ? "" : "(" + (b > a ? "+" : "−") + number(Math.abs(b - a)) + ")");
        }
        out.println();
        out.println("Violations (rules in force, " + VnRules.all().name() + "): errors " + before.count(Severity.ERROR) + " → "
                + after.count(Severity.ERROR) + ", warnings " + before.count(Severity.WARNING) + " → " + after.count(Severity.WARNING));
        Map<String, Long> appeared = after.appearedSince(before).stream()
                .collect(Collectors.groupingBy(v -> v.ruleId() + " (" + v.severity() + ")", TreeMap::new, Collectors.counting()));
        appeared.forEach((rule, n) -> out.println("  appeared: " + n + " × " + rule));
        out.println();
        out.print(r.timelineTable());
        out.println();
        out.print(r.targetTable());
        out.println();
        SimulationResult without = sim.run(KimBangProgramme.withoutOfficeMerger());
        out.println("Branch \"" + without.name() + "\": units " + number(without.finalMeasurements().get("units"))
                + " instead of " + number(m1.get("units")) + ", targets met " + without.targetsMet() + " instead of " + r.targetsMet()
                + " (Comparison.of(a, b) puts them side by side)");
        out.println();
        try {
            Path dir = report.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of the report " + report + ": " + e.getMessage(), e);
        }
        Path written = HtmlReport.of(r).subtree(KimBang.HUYEN).maxDepth(2).writeTo(report);
        out.println("HTML report: " + written.toAbsolutePath().normalize());
        return written;
    }
}
