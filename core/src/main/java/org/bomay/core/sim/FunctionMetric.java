package org.bomay.core.sim;

import java.util.Map;
import java.util.function.Function;

/** A metric computed by a function: what {@link Metric#of} and {@link Metric#family} return. */
final class FunctionMetric implements Metric {
    private final String key;
    private final String title;
    private final Function<MetricContext, Map<String, Double>> f;
    private final String text;

    FunctionMetric(String key, String title, Function<MetricContext, Map<String, Double>> f, String text) {
        this.key = key;
        this.title = title;
        this.f = f;
        this.text = text;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Map<String, Double> measure(MetricContext ctx) {
        return f.apply(ctx);
    }

    @Override
    public String toString() {
        return text;
    }
}
