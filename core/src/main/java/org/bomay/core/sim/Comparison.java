package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.rules.Severity;

/**
 * Several simulation results side by side: for each metric, the baseline of the first result
 * and the final value of each; then the violations, the steps applied and the targets met; and
 * the structural difference between any two results' final structures.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(withMerger, withoutMerger);
 * System.out.println(c);                      // one table
 * c.value("units", withoutMerger.name());     // a cell
 * System.out.println(c.diff(0, 1));           // what the two end structures differ in
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Comparison {
    private final ImmutableList<SimulationResult> results;

    private Comparison(ImmutableList<SimulationResult> results) {
        this.results = results;
    }

    /**
     * Compares results (at least one), each with its own scenario name.
     *
     * @throws BomayException if there are none or two share a name
     */
    public static Comparison of(List<SimulationResult> results) {
        Checks.noNulls(results, "Comparison.of: the results");
        if (results.isEmpty()) {
            throw new BomayException("Comparison.of: give at least one result");
        }
        Set<String> names = new HashSet<>();
        for (SimulationResult r : results) {
            if (!names.add(r.name())) {
                throw new BomayException("Comparison.of: two results are named \"" + r.name() + "\"; compare branches with their own names");
            }
        }
        return new Comparison(ImmutableList.copyOf(results));
    }

    /** Compares results; see {@link #of(List)}. */
    public static Comparison of(SimulationResult... results) {
        return of(List.of(Checks.notNull(results, "Comparison.of: the results")));
    }

    /** The results, in order. */
    public ImmutableList<SimulationResult> results() {
        return results;
    }

    /** Every metric key of any result, in order of first appearance. */
    public ImmutableList<String> keys() {
        Set<String> keys = new LinkedHashSet<>(results.get(0).baselineMeasurements().keys());
        for (SimulationResult r : results) {
            keys.addAll(r.finalMeasurements().keys());
        }
        return ImmutableList.copyOf(keys);
    }

    /**
     * The final value of a metric in the result of this name (0 if that result has no such key).
     *
     * @throws BomayException naming the results there are if none has this name
     */
    public double value(String key, String resultName) {
        return result(resultName).finalMeasurements().find(key).orElse(0);
    }

    private SimulationResult result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new BomayException(
                "Comparison: no result named \"" + name + "\"; the results are " + results.stream().map(SimulationResult::name).toList()));
    }

    /**
     * The structural difference between the final structures of results {@code i} and {@code j}.
     *
     * @throws BomayException if an index is out of range
     */
    public StructureDiff diff(int i, int j) {
        if (i < 0 || j < 0 || i >= results.size() || j >= results.size()) {
            throw new BomayException("Comparison.diff: indexes must be in [0, " + results.size() + "), were " + i + " and " + j);
        }
        return StructureDiff.between(results.get(i).finalStructure(), results.get(j).finalStructure());
    }

    /** The structural difference between the final structures of the results of these names. */
    public StructureDiff diff(String from, String to) {
        return StructureDiff.between(result(from).finalStructure(), result(to).finalStructure());
    }

    /**
     * The table: a column per result (A, B, ... with a legend above), the first result's baseline
     * first; rows for every metric, then errors, warnings, steps applied and targets met, then one
     * row per target label. With {@code onlyDiffering}, metric rows equal across every column are left out.
     */
    public String table(boolean onlyDiffering) {
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("metric", "baseline"));
        for (int i = 0; i < results.size(); i++) {
            String col = column(i);
            header.add(col);
            b.append(col).append(" = ").append(results.get(i).name()).append('\n');
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        var base = results.get(0).baselineMeasurements().asMap();
        for (String k : keys()) {
            if (Measurements.folded(base, k)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(k, Measurements.render(base, k)));
            Set<String> distinct = new HashSet<>();
            distinct.add(row.get(1));
            for (SimulationResult r : results) {
                String cell = Measurements.render(r.finalMeasurements().asMap(), k);
                row.add(cell);
                distinct.add(cell);
            }
            if (!onlyDiffering || distinct.size() > 1) {
                rows.add(row);
            }
        }
        rows.add(summaryRow("errors", results.get(0).timeline().get(0).validation().count(Severity.ERROR) + "",
                r -> r.finalValidation().count(Severity.ERROR) + ""));
        rows.add(summaryRow("warnings", results.get(0).timeline().get(0).validation().count(Severity.WARNING) + "",
                r -> r.finalValidation().count(Severity.WARNING) + ""));
        rows.add(summaryRow("steps applied", "", r -> r.timeline().stream().filter(e -> e.kind() == TimelineEntry.Kind.STEP && e.applied())
                .count() + "/" + r.timeline().stream().filter(e -> e.kind() == TimelineEntry.Kind.STEP).count()));
        rows.add(summaryRow("targets met", "", SimulationResult::targetsMet));
        Set<String> labels = new LinkedHashSet<>();
        results.forEach(r -> r.targets().forEach(t -> labels.add(t.target().label())));
        for (String label : labels) {
            rows.add(summaryRow("target: " + label, "", r -> r.targets().stream().filter(t -> t.target().label().equals(label))
                    .findFirst().map(t -> t.status().toString()).orElse("–")));
        }
        return b.append(Format.table(rows)).toString();
    }

    private List<String> summaryRow(String title, String baseline, java.util.function.Function<SimulationResult, String> f) {
        List<String> row = new ArrayList<>(List.of(title, baseline));
        results.forEach(r -> row.add(f.apply(r)));
        return row;
    }

    private static String column(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : "R" + (i + 1);
    }

    /** The table with the metrics that differ between columns: see {@link #table(boolean)}. */
    @Override
    public String toString() {
        return table(true);
    }
}
