package org.bomay.examples.chauthanh;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bomay.core.history.History;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.sim.Measurements;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.structure.OrgStructure;

/**
 * One year of Resolution 18-NQ/TW in Châu Thành district (Bến Tre, seed 001) run as a scenario
 * against the Vietnam rules: the communes whose party secretary chairs the HĐND (16/22), the
 * concurrent-post models counted in the data against the 66 reported, the communes (22 → 19) and
 * hamlets before and after, the lineage of the merged communes, and the violations before and
 * after.
 *
 * <pre>{@code
 * mvn -q -pl examples exec:java -Dbomay.main=org.bomay.examples.chauthanh.ChauThanhDemo
 * }</pre>
 */
public final class ChauThanhDemo {

    private ChauThanhDemo() {}

    /**
     * Runs the demo, printing to standard output in UTF-8 whatever the platform's default encoding.
     *
     * <pre>{@code
     * ChauThanhDemo.main(new String[0]);
     * }</pre>
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        run(out);
        out.flush();
    }

    /** Runs the scenario and prints the summary to {@code out}; returns the result. */
    static SimulationResult run(PrintStream out) {
        SimulationResult r = Simulation.of(VnRules.all()).within(ChauThanh.DISTRICT).run(ChauThanhOneYear.scenario());
        History h = r.history();
        OrgStructure before = ChauThanh.structure();
        OrgStructure atSeed = h.asOf(ChauThanhOneYear.SEED_DATE);
        OrgStructure after = r.finalStructure();

        out.println("bomay — Châu Thành district (huyện Châu Thành, tỉnh Bến Tre): one year of NQ 18-NQ/TW (seed 001, "
                + "11/02/2019)");
        out.println(ChauThanh.ILLUSTRATIVE);
        out.println();
        out.println(r.toString().lines().findFirst().orElse(""));
        out.println();

        out.println("Secretary = HĐND chair (bí thư đảng ủy đồng thời là chủ tịch HĐND xã): "
                + ChauThanhOneYear.secretaryChairsCouncil(before) + " on " + before.date() + " → "
                + ChauThanhOneYear.secretaryChairsCouncil(atSeed) + " on " + atSeed.date() + " (seed: "
                + ChauThanhOneYear.REPORTED_COVERAGE + ") → " + ChauThanhOneYear.secretaryChairsCouncil(after) + " on "
                + after.date());
        Map<String, Integer> models = ChauThanhOneYear.models(atSeed);
        int modelled = models.values().stream().mapToInt(Integer::intValue).sum();
        out.println("Concurrent-post models (kiêm nhiệm) in the data on " + atSeed.date() + ": " + modelled + " of the "
                + ChauThanhOneYear.REPORTED_MODELS + " the seed reports under NQ số 02 của Tỉnh ủy ("
                + (ChauThanhOneYear.REPORTED_MODELS - modelled) + " not modelled: the resolution's list is not known)");
        models.forEach((id, n) -> out.printf("  %2d × %s%n", n, VnRules.concurrentPosts().model(id).nameVi()));
        Measurements m0 = r.baselineMeasurements();
        Measurements m1 = r.finalMeasurements();
        out.println("Communes (xã, thị trấn): " + count(m0, "admin-units.COMMUNE") + " → " + count(m1, "admin-units.COMMUNE")
                + "; hamlets modelled (ấp, khu phố): " + count(m0, "admin-units.VILLAGE") + " → "
                + count(m1, "admin-units.VILLAGE") + "; organizations (đầu mối): " + count(m0, "units") + " → "
                + count(m1, "units"));
        out.println();

        out.println("Lineage (History.predecessors / successors):");
        for (Map.Entry<UnitId, UnitId> e : ChauThanhOneYear.COMMUNE_MERGERS.entrySet()) {
            out.println("  " + h.current().unit(e.getValue()).name() + " ← " + h.predecessors(e.getValue()).stream()
                    .map(s -> h.asOf(before.date()).unit(s.from()).name() + " (" + s.kind() + ", " + s.date() + ")")
                    .collect(Collectors.joining(", ")));
        }
        out.println("  " + before.unit(ChauThanh.TRUNG_TAM_DAN_SO).name() + " → " + h.successors(ChauThanh.TRUNG_TAM_DAN_SO));
        out.println("  " + before.unit(ChauThanh.BAN_QL_NUOC_SINH_HOAT).name() + " → " + h.successors(ChauThanh.BAN_QL_NUOC_SINH_HOAT)
                + " (chuyển đổi → " + h.eventsOf(ChauThanh.BAN_QL_NUOC_SINH_HOAT).get(0).becomes().orElse("")
                + ", outside the system)");
        out.println("  " + before.unit(ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG).name() + " → "
                + h.successors(ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG) + " (giải thể: its deputy and staff to the "
                + before.unit(ChauThanh.BAN_QLDA).name() + ")");
        out.println();

        Validator vn = Validator.of(VnRules.all());
        ValidationResult v0 = vn.validate(before);
        ValidationResult vStill = vn.validate(before.withDate(after.date()));
        ValidationResult v1 = r.finalValidation();
        out.println("Violations (" + VnRules.all().name() + "):");
        out.println("  " + line("before, " + before.date(), v0));
        out.println("  " + line("unchanged, " + after.date(), vStill));
        out.println("  " + line("after, " + after.date(), v1));
        print(out, "resolved by the year", v1.resolvedSince(vStill));
        print(out, "appeared with it", v1.appearedSince(vStill));
        out.println();
        out.print(r.timelineTable());
        out.println();
        out.print(r.targetTable());
        return r;
    }

    private static String count(Measurements m, String key) {
        return String.valueOf((long) m.get(key));
    }

    private static String line(String label, ValidationResult v) {
        return String.format("%-24s errors %d, warnings %d, info %d", label, v.count(Severity.ERROR), v.count(Severity.WARNING),
                v.count(Severity.INFO));
    }

    private static void print(PrintStream out, String label, java.util.List<Violation> vs) {
        Map<String, Long> byRule = vs.stream().collect(Collectors.groupingBy(v -> v.ruleId() + " (" + v.severity() + ")",
                TreeMap::new, Collectors.counting()));
        byRule.forEach((rule, n) -> out.println("    " + label + ": " + n + " × " + rule));
    }
}
