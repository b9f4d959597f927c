package org.bomay.examples.programme2030;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.sim.Comparison;
import org.bomay.core.sim.Measurements;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.MetricContext;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.structure.OrgStructure;

/**
 * A district's action programme to 2021 and 2030 (seed 003) run as a scenario against the Vietnam
 * rules, next to the branch without the commune mergers: the district before, the dated steps with
 * their lead agencies, the target attainment table of each branch, and the comparison of the two.
 *
 * <pre>{@code
 * mvn -q -pl examples exec:java -Dbomay.main=org.bomay.examples.programme2030.ProgrammeDemo
 * }</pre>
 */
public final class ProgrammeDemo {

    private ProgrammeDemo() {}

    /**
     * The metrics of the timelines and of the comparison: organizations (total, by pillar and by
     * level), administrative units, deputies and deputies over the caps, staff, and the programme's
     * own three (small schools, agricultural services, vocational education).
     *
     * <pre>{@code
     * Simulation.of(VnRules.all()).within(ActionProgramme.DISTRICT).metrics(ProgrammeDemo.metrics());
     * }</pre>
     */
    public static List<Metric> metrics() {
        return List.of(Metrics.organizations(), Metrics.organizationsByPillar(), Metrics.organizationsByLevel(),
                Metrics.administrativeUnits(), Metrics.deputies(), Metrics.deputiesOverCap(), Metrics.staff(),
                ActionProgramme.smallSchools(), ActionProgramme.organizationsIn(SeedDistrict.AGRICULTURAL_SERVICES),
                ActionProgramme.organizationsIn(SeedDistrict.VOCATIONAL_EDUCATION));
    }

    /**
     * Runs the demo, printing to standard output in UTF-8 whatever the platform's default encoding.
     *
     * <pre>{@code
     * ProgrammeDemo.main(new String[0]);
     * }</pre>
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        run(out);
        out.flush();
    }

    /** Runs both branches and prints the summary to {@code out}; returns the comparison of the plan (A) and the branch (B). */
    static Comparison run(PrintStream out) {
        Simulation sim = Simulation.of(VnRules.all()).within(ActionProgramme.DISTRICT).metrics(metrics());
        Scenario plan = ActionProgramme.scenario();
        List<SimulationResult> results = sim.runAll(List.of(plan, ActionProgramme.withoutCommuneMergers()));

        OrgStructure d = plan.baseline();
        Measurements m = Measurements.of(metrics(), MetricContext.of(d).within(ActionProgramme.DISTRICT));
        out.println("bomay — a district's action programme for Resolution 18-NQ/TW, to 2021 and 2030 (seed 003)");
        out.println("The district on " + d.date() + " (the seed names no place; " + SeedDistrict.ILLUSTRATIVE + "):");
        out.printf("  %d communes, %d of them below 50%% of both standards; %d organizations (đầu mối); %d deputies;%n",
                (long) m.get("admin-units.COMMUNE"), SeedDistrict.BELOW_HALF_OF_BOTH.size(), (long) m.get("units"),
                (long) m.get("deputies"));
        out.printf("  staff quota %d (%d in 2015); %d schools under %d pupils; %d agricultural and %d vocational units%n",
                (long) m.get("staff.quota"), SeedDistrict.STAFF_QUOTA_2015, (long) m.get("schools.small"),
                ActionProgramme.SMALL_SCHOOL_PUPILS, (long) m.get("units.linh-vuc." + SeedDistrict.AGRICULTURAL_SERVICES),
                (long) m.get("units.linh-vuc." + SeedDistrict.VOCATIONAL_EDUCATION));
        out.println();
        out.println("Steps (chủ trì — status):");
        for (Step s : plan.steps()) {
            out.printf("  %s  %-22s %-40s %s%n", s.date(), s.id(), s.lead(), s.status());
        }
        for (int i = 0; i < results.size(); i++) {
            SimulationResult r = results.get(i);
            out.println();
            out.println((i == 0 ? "A" : "B") + " = " + r.name() + ": targets met " + r.targetsMet());
            out.print(r.targetTable());
        }
        Comparison c = Comparison.of(results);
        out.println();
        out.println("Comparison at the end of each branch (the metrics that differ):");
        out.print(c.table(true));
        return c;
    }
}
