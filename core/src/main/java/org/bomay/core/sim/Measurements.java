package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;

/**
 * The values of a set of metrics on one snapshot, by key, in the order the metrics produced
 * them.
 *
 * <pre>{@code
 * Measurements m = Measurements.of(Metrics.standard(), MetricContext.of(KimBang.structure()));
 * m.get("units");                       // organizations ("đầu mối")
 * m.changesFrom(baseline);              // what changed, absolute and in percent
 * System.out.println(m);                // a two-column table; coverage as "16/22"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measurements {
    private final LocalDate date;
    private final ImmutableMap<String, Double> values;

    private Measurements(LocalDate date, ImmutableMap<String, Double> values) {
        this.date = date;
        this.values = values;
    }

    /**
     * Measures a snapshot with each metric in turn.
     *
     * @throws BomayException if two metrics produce the same key, or a value is not finite
     */
    public static Measurements of(List<? extends Metric> metrics, MetricContext ctx) {
        Checks.noNulls(metrics, "Measurements.of: the metrics");
        Checks.notNull(ctx, "Measurements.of: the context");
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, String> by = new LinkedHashMap<>();
        for (Metric m : metrics) {
            for (Map.Entry<String, Double> e : m.measure(ctx).entrySet()) {
                String k = e.getKey();
                if (!Double.isFinite(e.getValue())) {
                    throw new BomayException("Metric " + m.key() + " gave " + e.getValue() + " for " + k + "; values must be finite numbers");
                }
                String earlier = by.putIfAbsent(k, m.key());
                if (earlier != null) {
                    throw new BomayException("Metrics " + earlier + " and " + m.key() + " both give a value for " + k
                            + "; keep only one of them");
                }
                out.put(k, e.getValue());
            }
        }
        return new Measurements(ctx.date(), ImmutableMap.copyOf(out));
    }

    /** The snapshot's date. */
    public LocalDate date() {
        return date;
    }

    /**
     * The value of a key.
     *
     * @throws BomayException naming the keys there are if this one has no value
     */
    public double get(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new BomayException("No measurement " + key + " on " + date + "; the keys are " + values.keySet());
        }
        return v;
    }

    /** The value of a key, if measured. */
    public OptionalDouble find(String key) {
        Double v = values.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The keys, in order. */
    public ImmutableSet<String> keys() {
        return values.keySet();
    }

    /** The values by key, in order. */
    public ImmutableMap<String, Double> asMap() {
        return values;
    }

    /** A change of one value between two measurements; a key missing on one side counts as 0. */
    public record Delta(String key, double before, double after) {
        /** after − before. */
        public double change() {
            return after - before;
        }

        /** The change in percent of {@code before}; NaN when {@code before} is 0. */
        public double percent() {
            return before == 0 ? Double.NaN : (after - before) / before * 100;
        }

        /** e.g. {@code units 226 → 224 (−2, −0.9%)}. */
        @Override
        public String toString() {
            return key + " " + Format.number(before) + " → " + Format.number(after) + " (" + Format.signed(change()) + ", "
                    + Format.percent(percent()) + ")";
        }
    }

    /**
     * Every key of either side with its value before (in {@code baseline}) and now; keys of this
     * measurement first, then those only the baseline has.
     *
     * <pre>{@code
     * result.finalMeasurements().changesFrom(result.baselineMeasurements()).stream()
     *         .filter(d -> d.change() != 0).forEach(System.out::println);
     * }</pre>
     */
    public ImmutableList<Delta> changesFrom(Measurements baseline) {
        Checks.notNull(baseline, "Measurements.changesFrom: the baseline");
        Set<String> keys = new LinkedHashSet<>(values.keySet());
        keys.addAll(baseline.values.keySet());
        ImmutableList.Builder<Delta> b = ImmutableList.builder();
        for (String k : keys) {
            b.add(new Delta(k, baseline.values.getOrDefault(k, 0.0), values.getOrDefault(k, 0.0)));
        }
        return b.build();
    }

    /**
     * A table of the changes from a baseline: key, baseline, now, change, change in percent;
     * with {@code onlyChanged}, the rows that changed.
     */
    public String changeTable(Measurements baseline, boolean onlyChanged) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("metric", baseline.date.toString(), date.toString(), "change", "%"));
        for (Delta d : changesFrom(baseline)) {
            if (onlyChanged && d.change() == 0) {
                continue;
            }
            rows.add(List.of(d.key(), Format.number(d.before()), Format.number(d.after()), Format.signed(d.change()),
                    Format.percent(d.percent())));
        }
        return Format.table(rows);
    }

    /** Renders a value; the applied count of a coverage as "applied/eligible" when its eligible key is present. */
    static String render(Map<String, Double> values, String key) {
        Double v = values.get(key);
        if (v == null) {
            return "–";
        }
        Double eligible = key.startsWith("model.") ? values.get(key + ".eligible") : null;
        return eligible == null ? Format.number(v) : Format.number(v) + "/" + Format.number(eligible);
    }

    /** Whether a key is the eligible count of a coverage shown with its applied count. */
    static boolean folded(Map<String, Double> values, String key) {
        return key.startsWith("model.") && key.endsWith(".eligible")
                && values.containsKey(key.substring(0, key.length() - ".eligible".length()));
    }

    /** A two-column table (key, value) with the date in the header; coverage shows as "16/22". */
    @Override
    public String toString() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("metric", date.toString()));
        for (String k : values.keySet()) {
            if (!folded(values, k)) {
                rows.add(List.of(k, render(values, k)));
            }
        }
        return Format.table(rows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measurements m && date.equals(m.date) && values.equals(m.values);
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + values.hashCode();
    }
}
