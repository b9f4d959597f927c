package org.bomay.io.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Severity;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.Metrics;

/**
 * How a document names the metric of a target: by its key. A metric is a function, so a document
 * cannot hold one; the reader turns a key back into a metric, and the writer refuses a target
 * whose key the reader could not turn back. A key names:
 *
 * <ol>
 *   <li>a single-valued built-in metric: {@code units}, {@code deputies}, {@code deputies.over-cap},
 *       {@code deputies.in-grace}, {@code staff.quota}, {@code staff.actual}; or a metric the caller
 *       passed (which wins over a built-in one of the same key);</li>
 *   <li>{@code violations.<rule id>}: {@link Metrics#violationsOf(String)} (except
 *       {@code violations.ERROR}, {@code .WARNING}, {@code .INFO}, values of {@link Metrics#violations()});</li>
 *   <li>a value of a built-in family: {@code <family key>} or {@code <family key>.<sub-key>}, the
 *       family's {@link Metric#select(String) select} of that key, e.g. {@code units.pillar.PARTY},
 *       {@code posts.HEAD}, {@code staff.vacancies}, {@code span.max}, and {@code model.<id>} or
 *       {@code model.<id>.eligible} for the coverage of a concurrent-post model of
 *       {@link VnRules#all()} (the longest family key wins).</li>
 * </ol>
 *
 * <p>A metric the caller defines is named by its key alone: give the same metric to the writer
 * and the reader; for one value of a custom family, give {@code family.select(valueKey)}.
 * Sub-keys of families are not checked (they depend on what is measured): a misspelt one
 * measures 0.
 */
final class MetricNames {
    /** The built-in metrics that give one value under their own key. */
    private static final Set<String> SINGLE = Set.of("units", "deputies", "deputies.over-cap", "deputies.in-grace");

    private static final class Standard {
        static final MetricNames INSTANCE = new MetricNames(List.of());
    }

    private final Map<String, Metric> singles = new LinkedHashMap<>();
    private final Map<String, Metric> families = new LinkedHashMap<>();

    private MetricNames(Collection<? extends Metric> extra) {
        for (Metric m : Metrics.standard(VnRules.all())) {
            (SINGLE.contains(m.key()) ? singles : families).put(m.key(), m);
        }
        singles.put(Metrics.staffQuota().key(), Metrics.staffQuota());
        singles.put(Metrics.staffActual().key(), Metrics.staffActual());
        for (Metric m : extra) {
            if (m == null) {
                throw new IllegalArgumentException("the metrics must not contain null");
            }
            singles.put(m.key(), m);
        }
    }

    /** The built-in names, plus {@code extra} metrics named by their keys. */
    static MetricNames of(Collection<? extends Metric> extra) {
        return extra == null || extra.isEmpty() ? Standard.INSTANCE : new MetricNames(extra);
    }

    /** The metric a key names, if any. */
    Optional<Metric> resolve(String key) {
        Metric m = singles.get(key);
        if (m != null) {
            return Optional.of(m);
        }
        if (key.startsWith("violations.")) {
            String rest = key.substring("violations.".length());
            boolean severity = false;
            for (Severity s : Severity.values()) {
                severity |= s.name().equals(rest);
            }
            if (!severity && !rest.isEmpty()) {
                try {
                    return Optional.of(Metrics.violationsOf(rest));
                } catch (BomayException e) {
                    return Optional.empty();
                }
            }
        }
        Metric family = null;
        for (Metric f : families.values()) {
            if ((key.equals(f.key()) || key.startsWith(f.key() + ".")) && (family == null || f.key().length() > family.key().length())) {
                family = f;
            }
        }
        if (family == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(family.select(key));
        } catch (BomayException e) {
            return Optional.empty();
        }
    }

    /** What keys there are, for a message. */
    String known() {
        List<String> out = new ArrayList<>(singles.keySet());
        out.sort(null);
        List<String> fam = new ArrayList<>(families.keySet());
        fam.sort(null);
        return String.join(", ", out) + "; violations.<rule id>; and <family>[.<value>] for the families " + String.join(", ", fam);
    }
}
