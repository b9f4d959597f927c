package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.sim.Attrition;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.structure.OrgStructure;

/**
 * The scenario document ({@code "type": "scenario"}). Not public API:
 * {@link org.bomay.io.Documents} is the entry point.
 *
 * <p>Fields, in this order (optional ones are left out when empty):
 * <ul>
 *   <li>{@code name}; {@code parent} (optional): the name of the scenario it branched from.
 *       A branch is written flattened — its own steps, targets and attrition, complete — so it
 *       reads without its parent; {@code parent} only records where it came from;</li>
 *   <li>{@code until} (optional): the horizon ({@link Scenario.Builder#until});</li>
 *   <li>{@code kinds} (optional): the unit kinds not in the catalog that the document uses
 *       anywhere (baseline, changes, selectors);</li>
 *   <li>{@code baseline}: the structure, with the fields of a structure document;</li>
 *   <li>{@code mergers} (optional): the merger log before the baseline, one object per merger,
 *       by unit, oldest first: {@code unit}, {@code date}, {@code from} (unit ids),
 *       {@code fromClasses}, {@code allClassesKnown};</li>
 *   <li>{@code steps}, in date order: {@code id}, {@code date}, {@code label}, {@code status}
 *       (PLANNED, APPROVED, DONE; PLANNED if left out), {@code lead} (cơ quan chủ trì),
 *       {@code partners} (cơ quan phối hợp), {@code basis} ({@code {number, title}}) and
 *       {@code changes} (as in a history; each takes effect on the step's date; no undo);</li>
 *   <li>{@code targets}: {@code label} (left out when it is the default description),
 *       {@code metric} (a key, see {@code MetricNames}), {@code comparator} (AT_MOST, AT_LEAST,
 *       EQUAL), {@code threshold}, {@code basis} (VALUE, CHANGE, PERCENT), {@code deadline},
 *       {@code scope} (a selector, when not every unit) and {@code reference} (optional) — the
 *       same fields as the targets of a result document;</li>
 *   <li>{@code attrition} (optional): {@code models} ({@code {"type": "retirement", "age"}} or
 *       {@code {"type": "rate", "perYear", "seed"}}, in order), {@code alsoQuota} and {@code scope}.</li>
 * </ul>
 *
 * <p>Reading builds the scenario through {@link Scenario#builder} (and, for a branch, through
 * {@link Scenario#branch} of a scenario named after the parent), so core's checks run. The steps
 * are not replayed: whether they apply is the simulation's business, which reports a failed step.
 */
public final class ScenarioCodec {
    /** The document type. */
    public static final String TYPE = "scenario";

    private ScenarioCodec() {}

    // ------------------------------------------------------------------ writing

    /**
     * The body of a scenario document. Checks what could make the document unreadable before
     * anything is written.
     *
     * @param metrics metrics beyond the built-in ones that targets may name (see {@code MetricNames})
     * @throws BomayException naming the target if a target's metric has a key the
     *     reader could not turn back into a metric, or if two different unit kinds share a code
     */
    public static Engine.Body body(Scenario s, KindCatalog catalog, Collection<? extends Metric> metrics) {
        MetricNames names = MetricNames.of(metrics);
        for (Target t : s.targets()) {
            if (names.resolve(t.metric().key()).isEmpty()) {
                throw new BomayException("Cannot write scenario '" + s.name() + "': target '" + t.label() + "' measures metric '"
                        + t.metric().key() + "', which a document cannot name: documents name metrics by key, and the built-in keys are "
                        + names.known() + ". Pass the metric to Documents.write(scenario, metrics) and to readScenario(text, metrics)");
            }
        }
        DocKinds.Collector kinds = new DocKinds.Collector(catalog);
        kinds.structure(s.baseline());
        for (Step st : s.steps()) {
            st.changes().forEach(c -> ChangeCodec.kinds(c, kinds));
        }
        for (Target t : s.targets()) {
            SelectorCodec.kinds(t.scope(), kinds);
        }
        s.attrition().ifPresent(a -> SelectorCodec.kinds(a.scope(), kinds));
        KindCatalog extended = kinds.extended();
        return g -> {
            g.writeStringField("name", s.name());
            if (s.parent().isPresent()) {
                g.writeStringField("parent", s.parent().get());
            }
            if (s.horizon().isPresent()) {
                g.writeStringField("until", s.horizon().get().toString());
            }
            kinds.write(g);
            g.writeObjectFieldStart("baseline");
            StructureCodec.writeFields(s.baseline(), extended, g);
            g.writeEndObject();
            writeMergers(s.mergers(), g);
            g.writeArrayFieldStart("steps");
            for (Step st : s.steps()) {
                writeStep(st, g);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("targets");
            for (Target t : s.targets()) {
                writeTarget(t, g);
            }
            g.writeEndArray();
            if (s.attrition().isPresent()) {
                writeAttrition(s.attrition().get(), g);
            }
        };
    }

    private static void writeMergers(MergerLog log, JsonGenerator g) throws IOException {
        if (log.size() == 0) {
            return;
        }
        List<UnitId> units = new ArrayList<>(log.units());
        units.sort(Comparator.comparing(UnitId::toString));
        g.writeArrayFieldStart("mergers");
        for (UnitId u : units) {
            List<MergerLog.Merger> ms = new ArrayList<>(log.mergersOf(u));
            java.util.Collections.reverse(ms); // oldest first, as they are added back
            for (MergerLog.Merger m : ms) {
                g.writeStartObject();
                g.writeStringField("unit", m.unit().toString());
                g.writeStringField("date", m.date().toString());
                g.writeArrayFieldStart("from");
                for (UnitId f : m.from()) {
                    g.writeString(f.toString());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("fromClasses");
                for (UnitClass c : m.fromClasses()) {
                    g.writeString(c.name());
                }
                g.writeEndArray();
                g.writeBooleanField("allClassesKnown", m.allClassesKnown());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void writeStep(Step st, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", st.id());
        g.writeStringField("date", st.date().toString());
        g.writeStringField("label", st.label());
        g.writeStringField("status", st.status().name());
        if (!st.lead().isEmpty()) {
            g.writeStringField("lead", st.lead());
        }
        if (!st.partners().isEmpty()) {
            g.writeArrayFieldStart("partners");
            for (String p : st.partners()) {
                g.writeString(p);
            }
            g.writeEndArray();
        }
        if (st.basis().isPresent()) {
            g.writeFieldName("basis");
            ChangeCodec.writeBasis(st.basis().get(), g);
        }
        g.writeArrayFieldStart("changes");
        for (Change c : st.changes()) {
            ChangeCodec.write(c, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeTarget(Target t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (!t.label().equals(unnamed(t).label())) {
            g.writeStringField("label", t.label());
        }
        g.writeStringField("metric", t.metric().key());
        g.writeStringField("comparator", t.comparator().name());
        number("threshold", t.value(), g);
        g.writeStringField("basis", t.basis().name());
        g.writeStringField("deadline", t.deadline().toString());
        if (!t.scope().equals(Selector.any())) {
            g.writeFieldName("scope");
            SelectorCodec.write(t.scope(), g);
        }
        if (t.reference().isPresent()) {
            number("reference", t.reference().getAsDouble(), g);
        }
        g.writeEndObject();
    }

    /** The target without its label, built as the reader builds it. */
    private static Target unnamed(Target t) {
        Target u = switch (t.basis()) {
            case VALUE -> switch (t.comparator()) {
                case AT_MOST -> Target.atMost(t.metric(), t.value(), t.deadline());
                case AT_LEAST -> Target.atLeast(t.metric(), t.value(), t.deadline());
                case EQUAL -> Target.exactly(t.metric(), t.value(), t.deadline());
            };
            case CHANGE, PERCENT -> Target.change(t.metric(), t.comparator(), t.value(), t.basis(), t.deadline());
        };
        if (!t.scope().equals(Selector.any())) {
            u = u.within(t.scope());
        }
        if (t.reference().isPresent()) {
            u = u.versus(t.reference().getAsDouble());
        }
        return u;
    }

    private static void writeAttrition(Attrition a, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("attrition");
        g.writeArrayFieldStart("models");
        for (Attrition.Model m : a.models()) {
            g.writeStartObject();
            if (m.byAge()) {
                g.writeStringField("type", "retirement");
                g.writeNumberField("age", m.retirementAge());
            } else {
                g.writeStringField("type", "rate");
                g.writeNumberField("perYear", m.perYear());
                g.writeNumberField("seed", m.seed());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (a.cutsQuota()) {
            g.writeBooleanField("alsoQuota", true);
        }
        if (!a.scope().equals(Selector.any())) {
            g.writeFieldName("scope");
            SelectorCodec.write(a.scope(), g);
        }
        g.writeEndObject();
    }

    /** A number, without a fraction when it is whole (and not -0). */
    private static void number(String field, double v, JsonGenerator g) throws IOException {
        g.writeFieldName(field);
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(-0.0)) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a scenario document; {@code name} names it in messages.
     *
     * @param metrics metrics beyond the built-in ones that targets may name (see {@code MetricNames})
     */
    public static Scenario read(Engine engine, Reader in, String name, KindCatalog catalog, Collection<? extends Metric> metrics) {
        Problems problems = new Problems(name);
        MetricNames names = MetricNames.of(metrics);
        StructureCodec.Decoder baseline = new StructureCodec.Decoder(problems, catalog);
        return engine.read(in, TYPE, problems, baseline.sinks("baseline"), root -> new Decoder(problems, names, baseline).decode(root, catalog));
    }

    private static final class Decoder {
        private final Problems problems;
        private final MetricNames metrics;
        private KindCatalog catalog;
        private final StructureCodec.Decoder baselineDecoder;

        Decoder(Problems problems, MetricNames metrics, StructureCodec.Decoder baselineDecoder) {
            this.problems = problems;
            this.metrics = metrics;
            this.baselineDecoder = baselineDecoder;
        }

        Scenario decode(Obj root, KindCatalog base) {
            String name = root.str("name");
            String parent = root.optStr("parent");
            LocalDate until = root.date("until", false);
            KindCatalog[] kinds = {DocKinds.read(root, problems, base)};
            OrgStructure baseline = DocKinds.structure(root, "baseline", "the baseline", problems, kinds, baselineDecoder);
            catalog = kinds[0];
            MergerLog mergers = mergers(root);
            List<Step> steps = new ArrayList<>();
            List<Node> stepNodes = root.array("steps", true);
            Map<String, Node> stepIds = new HashMap<>();
            if (stepNodes != null) {
                for (Node n : stepNodes) {
                    Step st = step(n);
                    if (st == null) {
                        continue;
                    }
                    Node first = stepIds.putIfAbsent(st.id(), n);
                    if (first != null) {
                        problems.add(n.fields.get("id"), "duplicate step id '" + st.id() + "' (first at " + first.pointer() + ", line "
                                + first.line + "); step ids must be unique");
                    } else if (baseline != null && st.date().isBefore(baseline.date())) {
                        problems.add(n.fields.get("date"), "step " + st.id() + " takes effect on " + st.date() + ", before the baseline's date "
                                + baseline.date());
                    }
                    steps.add(st);
                }
            }
            List<Target> targets = new ArrayList<>();
            List<Node> targetNodes = root.array("targets", false);
            Map<String, Node> labels = new HashMap<>();
            if (targetNodes != null) {
                for (Node n : targetNodes) {
                    Target t = target(n);
                    if (t == null) {
                        continue;
                    }
                    Node first = labels.putIfAbsent(t.label(), n);
                    if (first != null) {
                        problems.add(n, "two targets are labelled '" + t.label() + "' (the first at " + first.pointer() + ", line "
                                + first.line + "); give one another \"label\"");
                    } else if (baseline != null && t.deadline().isBefore(baseline.date())) {
                        problems.add(n.fields.get("deadline"), "target '" + t.label() + "' has its deadline " + t.deadline()
                                + " before the baseline's date " + baseline.date());
                    }
                    targets.add(t);
                }
            }
            Attrition attrition = attrition(root);
            root.end();
            if (until != null && baseline != null && until.isBefore(baseline.date())) {
                problems.add(root.node.fields.get("until"), "the horizon " + until + " is before the baseline's date " + baseline.date());
            }
            if (parent != null && parent.equals(name)) {
                problems.add(root.node.fields.get("parent"), "'parent' is the scenario's own name '" + name
                        + "': a branch needs a name of its own; leave 'parent' out if the scenario is no branch");
            }
            if (!problems.isEmpty() || baseline == null || name == null) {
                return null;
            }
            try {
                Scenario.Builder b;
                try {
                    b = parent == null ? Scenario.builder(name, baseline) : Scenario.builder(parent, baseline).build().branch(name);
                } catch (BomayException e) {
                    problems.add(root.node.fields.get(parent != null && !parent.isBlank() && !name.isBlank() ? "parent" : "name"), e.getMessage());
                    return null;
                }
                b.mergers(mergers).steps(steps);
                targets.forEach(b::target);
                if (attrition != null) {
                    b.attrition(attrition);
                }
                if (until != null) {
                    b.until(until);
                }
                return b.build();
            } catch (BomayException e) {
                problems.add(root.node, e.getMessage());
                return null;
            }
        }

        private MergerLog mergers(Obj root) {
            List<Node> nodes = root.array("mergers", false);
            MergerLog log = MergerLog.empty();
            if (nodes == null) {
                return log;
            }
            for (Node n : nodes) {
                Obj o = Obj.of(n, problems, "a merger");
                if (o == null) {
                    continue;
                }
                UnitId unit = o.conv("unit", true, UnitId::of);
                LocalDate date = o.date("date", true);
                List<UnitId> from = strings(o, "from", true, UnitId::of);
                List<Node> classNodes = o.array("fromClasses", false);
                Set<UnitClass> classes = new LinkedHashSet<>();
                if (classNodes != null) {
                    for (Node c : classNodes) {
                        UnitClass uc = Obj.enumeration(c, UnitClass.class, problems);
                        if (uc != null) {
                            classes.add(uc);
                        }
                    }
                }
                Boolean all = o.bool("allClassesKnown", false);
                o.end();
                if (o.failed()) {
                    continue;
                }
                try {
                    log = log.with(new MergerLog.Merger(unit, date, com.google.common.collect.ImmutableList.copyOf(from),
                            com.google.common.collect.ImmutableSet.copyOf(classes), Boolean.TRUE.equals(all)));
                } catch (BomayException e) {
                    problems.add(n, e.getMessage());
                }
            }
            return log;
        }

        private <T> List<T> strings(Obj o, String field, boolean required, Function<String, T> conv) {
            List<Node> items = o.array(field, required);
            List<T> out = new ArrayList<>();
            if (items == null) {
                return out;
            }
            for (Node i : items) {
                if (i.type != Node.Type.STRING) {
                    problems.add(i, "an element of '" + field + "' must be a string, not " + i.describe());
                    continue;
                }
                T v = o.convert(i, conv);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }

        private Step step(Node n) {
            Obj o = Obj.of(n, problems, "a step");
            if (o == null) {
                return null;
            }
            String id = o.str("id");
            LocalDate date = o.date("date", true);
            String label = o.str("label");
            Step.Status status = o.enumeration("status", false, Step.Status.class);
            String lead = o.optStr("lead");
            List<String> partners = strings(o, "partners", false, Function.identity());
            LegalBasis basis = new ChangeCodec.Decoder(problems, catalog).basis(o, "basis");
            List<ChangeCodec.Entry> changes = new ChangeCodec.Decoder(problems, catalog).entries(o, "changes", false);
            o.end();
            if (o.failed() || changes == null) {
                return null;
            }
            try {
                Step.Builder b = Step.builder(id, date, label);
                for (ChangeCodec.Entry e : changes) {
                    b.change(e.change());
                }
                if (status != null) {
                    b.status(status);
                }
                if (lead != null) {
                    b.lead(lead);
                }
                if (!partners.isEmpty()) {
                    b.partners(partners.toArray(String[]::new));
                }
                if (basis != null) {
                    b.basis(basis);
                }
                return b.build();
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return null;
            }
        }

        private Target target(Node n) {
            Obj o = Obj.of(n, problems, "a target");
            if (o == null) {
                return null;
            }
            String label = o.optStr("label");
            Node metricAt = o.get("metric", true);
            Metric metric = null;
            if (metricAt != null) {
                if (metricAt.type != Node.Type.STRING) {
                    problems.add(metricAt, "'metric' of a target must be a metric key string such as \"staff.actual\", not " + metricAt.describe());
                } else {
                    metric = metrics.resolve(metricAt.text()).orElse(null);
                    if (metric == null) {
                        problems.add(metricAt, "unknown metric '" + metricAt.text() + "'; known: " + metrics.known()
                                + " (a metric of your own must be passed to the reader)");
                    }
                }
            }
            Target.Comparator comparator = o.enumeration("comparator", true, Target.Comparator.class);
            Double threshold = o.decimal("threshold", true);
            Target.Basis basis = o.enumeration("basis", true, Target.Basis.class);
            LocalDate deadline = o.date("deadline", true);
            Node scopeAt = o.get("scope", false);
            Selector scope = scopeAt == null ? null : SelectorCodec.read(scopeAt, problems, code -> catalog.find(code).orElse(null));
            Double reference = o.decimal("reference", false);
            o.end();
            if (o.failed()) {
                return null;
            }
            try {
                Target t = switch (basis) {
                    case VALUE -> switch (comparator) {
                        case AT_MOST -> Target.atMost(metric, threshold, deadline);
                        case AT_LEAST -> Target.atLeast(metric, threshold, deadline);
                        case EQUAL -> Target.exactly(metric, threshold, deadline);
                    };
                    case CHANGE, PERCENT -> Target.change(metric, comparator, threshold, basis, deadline);
                };
                if (scope != null) {
                    t = t.within(scope);
                }
                if (reference != null) {
                    try {
                        t = t.versus(reference);
                    } catch (BomayException e) {
                        problems.add(o.node.fields.get("reference"), e.getMessage());
                        return null;
                    }
                }
                if (label != null) {
                    t = t.named(label);
                }
                return t;
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return null;
            }
        }

        private Attrition attrition(Obj root) {
            Obj o = root.object("attrition", false, "the attrition");
            if (o == null) {
                return null;
            }
            List<Node> models = o.array("models", true);
            Attrition a = null;
            boolean bad = false;
            if (models != null) {
                if (models.isEmpty()) {
                    problems.add(o.node.fields.get("models"), "'models' of the attrition is empty: give at least one, or leave out \"attrition\"");
                }
                for (Node m : models) {
                    Attrition one = model(m);
                    if (one == null) {
                        bad = true;
                    } else {
                        a = a == null ? one : a.and(one);
                    }
                }
            }
            Boolean alsoQuota = o.bool("alsoQuota", false);
            Node scopeAt = o.get("scope", false);
            Selector scope = scopeAt == null ? null : SelectorCodec.read(scopeAt, problems, code -> catalog.find(code).orElse(null));
            o.end();
            if (o.failed() || bad || a == null) {
                return null;
            }
            if (Boolean.TRUE.equals(alsoQuota)) {
                a = a.alsoQuota();
            }
            return scope == null ? a : a.within(scope);
        }

        private Attrition model(Node n) {
            Obj o = Obj.of(n, problems, "an attrition model");
            if (o == null) {
                return null;
            }
            String type = o.str("type");
            if (type == null) {
                return null;
            }
            try {
                switch (type) {
                    case "retirement": {
                        Integer age = o.integer("age", true);
                        o.end();
                        return o.failed() ? null : Attrition.retirementAge(age);
                    }
                    case "rate": {
                        Double perYear = o.decimal("perYear", true);
                        Long seed = longValue(o, "seed");
                        o.end();
                        return o.failed() ? null : Attrition.rate(perYear, seed);
                    }
                    default:
                        problems.add(n.fields.get("type"), "unknown attrition model '" + type + "'; known: retirement, rate");
                        return null;
                }
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return null;
            }
        }

        private Long longValue(Obj o, String field) {
            Node n = o.get(field, true);
            if (n == null) {
                return null;
            }
            if (n.type == Node.Type.NUMBER) {
                try {
                    return Long.parseLong(n.text());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            problems.add(n, "'" + field + "' must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", not "
                    + (n.type == Node.Type.NUMBER ? n.text() : n.describe()));
            return null;
        }
    }
}
