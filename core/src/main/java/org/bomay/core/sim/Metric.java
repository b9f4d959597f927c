package org.bomay.core.sim;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;

/**
 * Something measured on a snapshot: one value (e.g. the number of organizations, "đầu mối") or
 * a family of values under one key prefix (e.g. organizations by pillar:
 * {@code units.pillar.PARTY}, {@code units.pillar.STATE}, ...). The built-in metrics are in
 * {@link Metrics}; users add their own with {@link #of} and {@link #family}.
 *
 * <pre>{@code
 * Metric communes = Metric.of("communes", "Số xã, phường, thị trấn",
 *         ctx -> ctx.territories().stream().filter(u -> u.level() == Level.COMMUNE).count());
 * Measurements m = Measurements.of(List.of(communes), MetricContext.of(structure));
 * m.get("communes");   // 18.0
 * }</pre>
 *
 * <p>Implementations must be deterministic and side-effect free: a simulation measures every
 * snapshot of its timeline, possibly on several threads at once.
 */
public interface Metric {

    /** The key of a single value, or the prefix of a family's keys: letters, digits, '.', '-', '_', '=', ':'. */
    String key();

    /** What is measured, for tables and reports. */
    String title();

    /**
     * Measures a snapshot. A single-valued metric returns one entry under {@link #key()}; a
     * family returns entries whose keys start with {@code key() + "."}. A metric that cannot be
     * measured on this context (e.g. one that reads violations when no rule pack ran) returns an
     * empty map.
     */
    Map<String, Double> measure(MetricContext ctx);

    /**
     * The value of this metric as a number, for a target.
     *
     * @throws BomayException if the metric is a family or returned no value on this context
     */
    default double value(MetricContext ctx) {
        Map<String, Double> m = measure(ctx);
        Double v = m.get(key());
        if (v == null || m.size() != 1) {
            throw new BomayException("Metric " + key() + " gave " + (m.isEmpty() ? "no value" : m.keySet())
                    + " on this snapshot; a target needs a single value: use Metric.select(key) on a family, "
                    + "and run metrics that read violations with a rule pack");
        }
        return v;
    }

    /**
     * A single-valued metric computed by a function.
     *
     * <pre>{@code
     * Metric heads = Metric.of("heads", "Người đứng đầu", ctx -> ctx.organizations().stream()
     *         .mapToInt(u -> ctx.structure().heads(u.id()).size()).sum());
     * }</pre>
     */
    static Metric of(String key, String title, ToDoubleFunction<MetricContext> f) {
        String k = checkKey(key);
        Checks.notNull(f, "Metric " + key + ": the function");
        return new FunctionMetric(k, checkTitle(key, title), ctx -> ImmutableMap.of(k, f.applyAsDouble(ctx)), "Metric[" + k + "]");
    }

    /**
     * A family of values: the function returns values by sub-key, stored as {@code key + "." + sub}
     * (the sub-key "" stands for {@code key} itself, e.g. a total).
     *
     * <pre>{@code
     * Metric byClass = Metric.family("communes.class", "Xã theo loại", ctx -> ...);   // communes.class.I, ...
     * }</pre>
     */
    static Metric family(String key, String title, Function<MetricContext, ? extends Map<String, ? extends Number>> f) {
        String k = checkKey(key);
        Checks.notNull(f, "Metric " + key + ": the function");
        return new FunctionMetric(k, checkTitle(key, title), ctx -> {
            Map<String, ? extends Number> sub = f.apply(ctx);
            if (sub == null) {
                throw new BomayException("Metric " + k + " returned null; return an empty map when there is nothing to measure");
            }
            ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
            sub.forEach((s, v) -> {
                if (s == null || v == null) {
                    throw new BomayException("Metric " + k + " returned a null sub-key or value: " + sub);
                }
                b.put(s.isEmpty() ? k : k + "." + s, v.doubleValue());
            });
            return b.build();
        }, "Metric[" + k + ".*]");
    }

    /**
     * One value of this metric as a single-valued metric, e.g. the party's organizations out of
     * the organizations by pillar.
     *
     * <pre>{@code
     * Metric party = Metrics.organizationsByPillar().select("units.pillar.PARTY");
     * }</pre>
     */
    default Metric select(String valueKey) {
        Checks.notNull(valueKey, "Metric.select: the key");
        Metric outer = this;
        if (!valueKey.equals(key()) && !valueKey.startsWith(key() + ".")) {
            throw new BomayException("Metric " + key() + " has no value " + valueKey + "; its keys start with " + key());
        }
        return of(valueKey, title() + " (" + valueKey + ")", ctx -> {
            Double v = outer.measure(ctx).get(valueKey);
            return v == null ? 0 : v;
        });
    }

    private static String checkKey(String key) {
        if (key == null || !key.matches("[\\p{Alnum}._=:-]+")) {
            throw new BomayException("A metric key must be letters, digits, '.', '-', '_', '=' or ':', was '" + key + "'");
        }
        return key;
    }

    private static String checkTitle(String key, String title) {
        if (title == null || title.isBlank()) {
            throw new BomayException("Metric " + key + ": the title must not be blank");
        }
        return title;
    }
}
