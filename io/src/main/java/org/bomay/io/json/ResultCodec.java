package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Target;
import org.bomay.core.sim.TargetResult;
import org.bomay.core.sim.TimelineEntry;

/**
 * The simulation-result document ({@code "type": "result"}), written only: a result is recomputed
 * by running its scenario against its rule pack (a run is deterministic), so there is no reader;
 * the document is for other tools, reports and archives. Not public API:
 * {@link org.bomay.io.Documents} is the entry point.
 *
 * <p>Fields, in this order (optional ones are left out when empty):
 * <ul>
 *   <li>{@code scenario} (its name), {@code parent} (the scenario it branched from, optional),
 *       {@code rules} (the rule pack's name), {@code baselineDate}, {@code finalDate} (the date of
 *       the final state), {@code stopped} (whether the run stopped at a failure),
 *       {@code failures} (how many entries failed), {@code targetsMet} (how many targets were met);</li>
 *   <li>{@code timeline}: one object per entry, baseline first: {@code kind} (BASELINE, STEP,
 *       ATTRITION), {@code date}, {@code step} and {@code status} (a step's id and status),
 *       {@code label}, {@code outcome} (APPLIED, FAILED, EXCLUDED, NOT_RUN), {@code failure}
 *       (why it failed, optional), {@code events} ({@code [{type, effective, summary, originals,
 *       results}]}), {@code metrics} (key → number, in the order the metrics gave them),
 *       {@code violationCounts} ({@code {ERROR, WARNING, INFO}} on the snapshot after the entry),
 *       {@code appeared} and {@code resolved} (violations);</li>
 *   <li>{@code targets}: {@code label}, {@code metric} (its key), {@code comparator}, {@code threshold}
 *       (the target's value), {@code basis} (VALUE, CHANGE, PERCENT), {@code deadline}, {@code scope}
 *       (a selector, when not every unit), {@code reference} (a baseline value given, optional),
 *       {@code status} (MET, MISSED, NOT_EVALUATED), {@code value} (measured on the deadline),
 *       {@code baseline}, {@code compared} (what was compared with the threshold: the value, or its
 *       change), {@code metSince};</li>
 *   <li>{@code finalViolations}: the violations of the final state;</li>
 *   <li>{@code finalStructure} (on request): the final snapshot, with the fields of a structure document.</li>
 * </ul>
 * A violation is {@code {rule, severity, units, posts, people, messageVi, messageEn, source}} (the
 * source's number, absent for structural checks), with {@code caused: true} in {@code appeared}
 * when one of the entry's own changes caused it. Whole numbers are written without a fraction.
 * The output depends only on the result: writing the same run twice gives the same text.
 */
public final class ResultCodec {
    /** The document type. */
    public static final String TYPE = "result";

    private ResultCodec() {}

    /** The body of a result document; with {@code finalStructure}, the final snapshot too. */
    public static Engine.Body body(SimulationResult r, KindCatalog catalog, boolean finalStructure) {
        return g -> {
            g.writeStringField("scenario", r.name());
            if (r.scenario().parent().isPresent()) {
                g.writeStringField("parent", r.scenario().parent().get());
            }
            g.writeStringField("rules", r.pack().name());
            g.writeStringField("baselineDate", r.timeline().get(0).date().toString());
            g.writeStringField("finalDate", r.finalValidation().date().toString());
            g.writeBooleanField("stopped", r.stopped());
            g.writeNumberField("failures", r.failures().size());
            g.writeNumberField("targetsMet", r.targets().stream().filter(TargetResult::met).count());
            g.writeArrayFieldStart("timeline");
            for (TimelineEntry e : r.timeline()) {
                writeEntry(e, g);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("targets");
            for (TargetResult t : r.targets()) {
                writeTarget(t, g);
            }
            g.writeEndArray();
            writeViolations("finalViolations", r.finalValidation().violations(), List.of(), g);
            if (finalStructure) {
                g.writeObjectFieldStart("finalStructure");
                StructureCodec.writeFields(r.finalStructure(), catalog, g);
                g.writeEndObject();
            }
        };
    }

    private static void writeEntry(TimelineEntry e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("date", e.date().toString());
        if (e.step().isPresent()) {
            g.writeStringField("step", e.step().get().id());
            g.writeStringField("status", e.step().get().status().name());
        }
        g.writeStringField("label", e.label());
        g.writeStringField("outcome", e.outcome().name());
        if (e.failure().isPresent()) {
            g.writeStringField("failure", e.failure().get());
        }
        g.writeArrayFieldStart("events");
        for (ChangeEvent ev : e.events()) {
            g.writeStartObject();
            g.writeStringField("type", ev.type().name());
            g.writeStringField("effective", ev.info().effective().toString());
            g.writeStringField("summary", ev.change().map(Change::summary).orElse(ev.toString()));
            ids(g, "originals", ev.originals());
            ids(g, "results", ev.results());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("metrics");
        for (Map.Entry<String, Double> m : e.measurements().asMap().entrySet()) {
            RulePackCodec.number(m.getKey(), m.getValue(), g);
        }
        g.writeEndObject();
        ValidationResult v = e.validation();
        g.writeObjectFieldStart("violationCounts");
        for (Severity s : Severity.values()) {
            g.writeNumberField(s.name(), v.count(s));
        }
        g.writeEndObject();
        writeViolations("appeared", e.appeared(), e.caused(), g);
        writeViolations("resolved", e.resolved(), List.of(), g);
        g.writeEndObject();
    }

    private static void writeTarget(TargetResult t, JsonGenerator g) throws IOException {
        Target target = t.target();
        g.writeStartObject();
        g.writeStringField("label", target.label());
        g.writeStringField("metric", target.metric().key());
        g.writeStringField("comparator", target.comparator().name());
        RulePackCodec.number("threshold", target.value(), g);
        g.writeStringField("basis", target.basis().name());
        g.writeStringField("deadline", target.deadline().toString());
        if (!target.scope().equals(Selector.any())) {
            g.writeFieldName("scope");
            SelectorCodec.write(target.scope(), g);
        }
        if (target.reference().isPresent()) {
            RulePackCodec.number("reference", target.reference().getAsDouble(), g);
        }
        g.writeStringField("status", t.status().name());
        if (t.value().isPresent()) {
            RulePackCodec.number("value", t.value().getAsDouble(), g);
        }
        RulePackCodec.number("baseline", t.baseline(), g);
        if (t.compared().isPresent()) {
            RulePackCodec.number("compared", t.compared().getAsDouble(), g);
        }
        if (t.metSince().isPresent()) {
            g.writeStringField("metSince", t.metSince().get().toString());
        }
        g.writeEndObject();
    }

    private static void writeViolations(String field, List<Violation> list, List<Violation> caused, JsonGenerator g)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Violation v : list) {
            g.writeStartObject();
            g.writeStringField("rule", v.ruleId());
            g.writeStringField("severity", v.severity().name());
            ids(g, "units", v.units());
            ids(g, "posts", v.posts());
            ids(g, "people", v.people());
            g.writeStringField("messageVi", v.messageVi());
            g.writeStringField("messageEn", v.messageEn());
            if (v.source().isPresent()) {
                g.writeStringField("source", v.source().get().number());
            }
            if (field.equals("appeared")) {
                g.writeBooleanField("caused", caused.contains(v));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void ids(JsonGenerator g, String field, List<?> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (Object id : ids) {
            g.writeString(id.toString());
        }
        g.writeEndArray();
    }
}
