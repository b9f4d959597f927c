package org.bomay.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.json.Engine;

/**
 * Reads and writes bomay documents ({@code "format": "bomay/1"}) in JSON or YAML: structures,
 * histories, scenarios, rule-pack parameters and simulation results. The format is described in
 * {@code docs/format.md}, and a JSON Schema of it ships in this jar as
 * {@code /org/bomay/io/bomay-1.schema.json}.
 *
 * <p>Reading is strict: an unknown field, a wrong type, a bad date, a duplicate id, a reference
 * to a missing id or a cycle is a {@link FormatProblem} naming the JSON pointer, line and column;
 * all problems of a document are thrown together in one {@link FormatException}, and nothing
 * half-built is returned. Structures are built through core's builders, so core's validation
 * always runs. Input is bounded by {@link Limits}; YAML anchors, aliases and tags are refused.
 * Text is UTF-8; core normalizes names to NFC.
 *
 * <pre>{@code
 * Documents json = Documents.json();
 * String text = json.write(KimBang.structure());
 * OrgStructure back = json.readStructure(text);          // equal to KimBang.structure()
 * Documents.yaml().write(back, Path.of("kim-bang.yaml"));
 * OrgStructure again = Documents.forPath(Path.of("kim-bang.yaml")).readStructure(Path.of("kim-bang.yaml"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Documents {
    private final boolean yaml;
    private final KindCatalog kinds;
    private final Limits limits;
    private final String note;
    private final com.google.common.collect.ImmutableList<org.bomay.core.sim.Metric> metrics;
    private final Engine engine;

    private Documents(boolean yaml, KindCatalog kinds, Limits limits, String note,
            com.google.common.collect.ImmutableList<org.bomay.core.sim.Metric> metrics) {
        this.yaml = yaml;
        this.kinds = kinds;
        this.limits = limits;
        this.note = note;
        this.metrics = metrics;
        this.engine = Engine.of(yaml, limits);
    }

    /** JSON documents, the Vietnam kind catalog and {@link Limits#DEFAULT}. */
    public static Documents json() {
        return new Documents(false, VnKinds.CATALOG, Limits.DEFAULT, null, com.google.common.collect.ImmutableList.of());
    }

    /** YAML documents, the Vietnam kind catalog and {@link Limits#DEFAULT}. */
    public static Documents yaml() {
        return new Documents(true, VnKinds.CATALOG, Limits.DEFAULT, null, com.google.common.collect.ImmutableList.of());
    }

    /**
     * JSON or YAML by the file's extension ({@code .json}, {@code .yaml}, {@code .yml}).
     *
     * <pre>{@code
     * Documents d = Documents.forPath(Path.of("plan.yaml"));   // YAML
     * }</pre>
     *
     * @throws IllegalArgumentException naming the file if the extension is neither
     */
    public static Documents forPath(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return json();
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yaml();
        }
        throw new IllegalArgumentException("Cannot tell the format of " + file + ": name it .json, .yaml or .yml, or use Documents.json()/yaml()");
    }

    /**
     * A copy that resolves unit kind codes in another catalog (kinds a document declares in its
     * {@code "kinds"} are added to it). Writing puts every kind not in the catalog into {@code "kinds"}.
     *
     * <pre>{@code
     * Documents d = Documents.json().withKinds(VnKinds.CATALOG.with(myKind));
     * }</pre>
     */
    public Documents withKinds(KindCatalog catalog) {
        return new Documents(yaml, Objects.requireNonNull(catalog, "catalog"), limits, note, metrics);
    }

    /**
     * A copy with other input limits.
     *
     * <pre>{@code
     * Documents d = Documents.json().withLimits(Limits.DEFAULT.withMaxDocumentChars(1_000_000));
     * }</pre>
     */
    public Documents withLimits(Limits newLimits) {
        return new Documents(yaml, kinds, Objects.requireNonNull(newLimits, "limits"), note, metrics);
    }

    /**
     * A copy that writes a {@code "note"} into every document's header: provenance, what is
     * illustrative. Readers accept the note and ignore it; {@code null} writes none.
     *
     * <pre>{@code
     * Documents.json().withNote("ILLUSTRATIVE: staff numbers are invented").write(s, Path.of("kb.json"));
     * }</pre>
     */
    public Documents withNote(String text) {
        return new Documents(yaml, kinds, limits, text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC),
                metrics);
    }

    /**
     * A copy whose scenario documents may name metrics of your own in their targets, by key (they
     * win over built-in metrics with the same key). A metric is code, so a file holds only its
     * key: write and read with the same metrics.
     *
     * <pre>{@code
     * Metric heads = Metric.of("heads", "Người đứng đầu", ctx -> ...);
     * Documents docs = Documents.json().withMetrics(List.of(heads));
     * Scenario back = docs.readScenario(docs.write(scenario));
     * }</pre>
     */
    public Documents withMetrics(java.util.Collection<? extends org.bomay.core.sim.Metric> own) {
        Objects.requireNonNull(own, "metrics");
        return new Documents(yaml, kinds, limits, note, com.google.common.collect.ImmutableList.copyOf(own));
    }

    /** Whether this reads and writes YAML (otherwise JSON). */
    public boolean isYaml() {
        return yaml;
    }

    /** The input limits. */
    public Limits limits() {
        return limits;
    }

    // ------------------------------------------------------------------ structures

    /**
     * Writes a structure document.
     *
     * <pre>{@code
     * String json = Documents.json().write(structure);   // {"format": "bomay/1", "type": "structure", ...}
     * }</pre>
     */
    public String write(OrgStructure structure) {
        Objects.requireNonNull(structure, "structure");
        return text(w -> engine.write(w, "structure", note, Engine.structure(structure, kinds)));
    }

    /** Writes a structure document to a file (UTF-8), replacing it. */
    public void write(OrgStructure structure, Path file) {
        Objects.requireNonNull(structure, "structure");
        file(file, w -> engine.write(w, "structure", note, Engine.structure(structure, kinds)));
    }

    /**
     * Reads a structure document.
     *
     * <pre>{@code
     * OrgStructure s = Documents.json().readStructure("{\"format\": \"bomay/1\", \"type\": \"structure\", ...}");
     * }</pre>
     *
     * @throws FormatException with every problem of the document
     */
    public OrgStructure readStructure(String text) {
        Objects.requireNonNull(text, "text");
        return engine.readStructure(new StringReader(text), "structure document", kinds);
    }

    /** Reads a structure document from a file (UTF-8). */
    public OrgStructure readStructure(Path file) {
        return fromFile(file, r -> engine.readStructure(r, file.toString(), kinds));
    }

    /** Reads a structure document from a reader; {@code name} names it in messages. */
    public OrgStructure readStructure(Reader in, String name) {
        Objects.requireNonNull(in, "in");
        return engine.readStructure(in, Objects.requireNonNull(name, "name"), kinds);
    }

    // ------------------------------------------------------------------ histories and scenarios

    /**
     * Writes a history document: the initial structure in {@code "initial"}, every change in the
     * order applied in {@code "changes"} (an undo as {@code {"type": "undo", ...}}), and for other
     * tools the events the changes gave in {@code "events"}. Writing the same history twice gives
     * the same text.
     *
     * <pre>{@code
     * History h = History.start(KimBang.structure()).apply(mergeOffices);
     * String json = Documents.json().write(h);   // {"format": "bomay/1", "type": "history", "initial": {...}, "changes": [...], ...}
     * }</pre>
     *
     * @throws org.bomay.core.BomayException before anything is written, if two different unit kinds
     *     share a code (a document names kinds by code)
     */
    public String write(org.bomay.core.history.History history) {
        Objects.requireNonNull(history, "history");
        Engine.Body body = org.bomay.io.json.HistoryCodec.body(history, kinds);
        return text(w -> engine.write(w, org.bomay.io.json.HistoryCodec.TYPE, note, body));
    }

    /**
     * Writes a history document to a file (UTF-8), replacing it; nothing is written if the history
     * cannot be (see {@link #write(org.bomay.core.history.History)}).
     *
     * <pre>{@code
     * Documents.yaml().write(history, Path.of("kim-bang-history.yaml"));
     * }</pre>
     */
    public void write(org.bomay.core.history.History history, Path file) {
        Objects.requireNonNull(history, "history");
        Engine.Body body = org.bomay.io.json.HistoryCodec.body(history, kinds);
        file(file, w -> engine.write(w, org.bomay.io.json.HistoryCodec.TYPE, note, body));
    }

    /**
     * Reads a history document by replaying its changes on its initial structure with
     * {@code History.start(initial).apply(...)}, so core's checks run: a change that cannot apply
     * is a problem at {@code /changes/<i>} with core's message. The {@code "events"}, if present,
     * must be those of the replay (a difference is a problem; delete them from a hand-edited
     * document and the writer recomputes them).
     *
     * <pre>{@code
     * History h = Documents.json().readHistory(json);
     * h.successors(UnitId.of("kb.hu.vp"));
     * }</pre>
     *
     * @throws FormatException with every problem of the document
     */
    public org.bomay.core.history.History readHistory(String text) {
        Objects.requireNonNull(text, "text");
        return org.bomay.io.json.HistoryCodec.read(engine, new StringReader(text), "history document", kinds);
    }

    /**
     * Reads a history document from a file (UTF-8).
     *
     * <pre>{@code
     * History h = Documents.forPath(Path.of("kim-bang-history.yaml")).readHistory(Path.of("kim-bang-history.yaml"));
     * }</pre>
     */
    public org.bomay.core.history.History readHistory(Path file) {
        return fromFile(file, r -> org.bomay.io.json.HistoryCodec.read(engine, r, file.toString(), kinds));
    }

    /**
     * Reads a history document from a reader; {@code name} names it in messages.
     *
     * <pre>{@code
     * History h = Documents.json().readHistory(new InputStreamReader(in, UTF_8), "upload");
     * }</pre>
     */
    public org.bomay.core.history.History readHistory(Reader in, String name) {
        Objects.requireNonNull(in, "in");
        return org.bomay.io.json.HistoryCodec.read(engine, in, Objects.requireNonNull(name, "name"), kinds);
    }

    /**
     * Writes a scenario document: the baseline, the merger log, the steps with their changes,
     * the targets and the attrition. A target names its metric by key: the built-in metrics
     * ({@code Metrics.standard(VnRules.all())}: {@code units}, {@code deputies.overCap},
     * {@code violations.<rule id>}, and values of families such as {@code units.pillar.PARTY}) and
     * those given to {@link #withMetrics(java.util.Collection)}. A branch is written flattened
     * (its steps as they are), with its parent's name for provenance.
     *
     * <pre>{@code
     * String yaml = Documents.yaml().write(KimBangProgramme.scenario());
     * }</pre>
     *
     * @throws org.bomay.core.BomayException before anything is written, naming the target, if a
     *     target measures a metric the reader could not find by its key
     */
    public String write(org.bomay.core.sim.Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Engine.Body body = org.bomay.io.json.ScenarioCodec.body(scenario, kinds, metrics);
        return text(w -> engine.write(w, org.bomay.io.json.ScenarioCodec.TYPE, note, body));
    }

    /**
     * Writes a scenario document to a file (UTF-8), replacing it; nothing is written if the
     * scenario cannot be (see {@link #write(org.bomay.core.sim.Scenario)}).
     *
     * <pre>{@code
     * Documents.yaml().write(KimBangProgramme.scenario(), Path.of("kim-bang-programme.yaml"));
     * }</pre>
     */
    public void write(org.bomay.core.sim.Scenario scenario, Path file) {
        Objects.requireNonNull(scenario, "scenario");
        Engine.Body body = org.bomay.io.json.ScenarioCodec.body(scenario, kinds, metrics);
        file(file, w -> engine.write(w, org.bomay.io.json.ScenarioCodec.TYPE, note, body));
    }

    /**
     * Reads a scenario document, building it through {@code Scenario.builder} so core's checks
     * run; each target's metric is found by its key among the built-in metrics and those given to
     * {@link #withMetrics(java.util.Collection)}. An unknown metric key, change type or status, a
     * bad date or a missing field is a problem with its pointer, line and column. Steps are not
     * applied: a step that cannot apply is reported by the simulation that runs the scenario.
     *
     * <pre>{@code
     * Scenario s = Documents.yaml().readScenario(yaml);
     * Simulation.of(VnRules.all()).run(s);
     * }</pre>
     *
     * @throws FormatException with every problem of the document
     */
    public org.bomay.core.sim.Scenario readScenario(String text) {
        Objects.requireNonNull(text, "text");
        return org.bomay.io.json.ScenarioCodec.read(engine, new StringReader(text), "scenario document", kinds, metrics);
    }

    /**
     * Reads a scenario document from a file (UTF-8).
     *
     * <pre>{@code
     * Scenario s = Documents.forPath(Path.of("plan.yaml")).readScenario(Path.of("plan.yaml"));
     * }</pre>
     */
    public org.bomay.core.sim.Scenario readScenario(Path file) {
        return fromFile(file, r -> org.bomay.io.json.ScenarioCodec.read(engine, r, file.toString(), kinds, metrics));
    }

    /**
     * Reads a scenario document from a reader; {@code name} names it in messages.
     *
     * <pre>{@code
     * Scenario s = Documents.json().readScenario(new InputStreamReader(in, UTF_8), "upload");
     * }</pre>
     */
    public org.bomay.core.sim.Scenario readScenario(Reader in, String name) {
        Objects.requireNonNull(in, "in");
        return org.bomay.io.json.ScenarioCodec.read(engine, in, Objects.requireNonNull(name, "name"), kinds, metrics);
    }

    // ------------------------------------------------------------------ rule packs and simulation results

    /**
     * Writes a rule-pack document: the pack's name and every rule with its type, id, titles,
     * source, validity, severity and parameters (caps by kind and level, standards, concurrency
     * models, selectors), for an analyst to read, edit and read back with {@link #readRules(String)}.
     *
     * <pre>{@code
     * String yaml = Documents.yaml().write(VnRules.all());
     * RulePack edited = Documents.yaml().readRules(yaml.replace("max: 3", "max: 2"));
     * }</pre>
     *
     * @throws org.bomay.core.BomayException naming the rule, before anything is written, if the pack
     *     holds a custom rule (one not of a type of {@code org.bomay.core.rules.types}): its check is
     *     code, which a document cannot hold
     */
    public String write(org.bomay.core.rules.RulePack pack) {
        Objects.requireNonNull(pack, "pack");
        Engine.Body body = org.bomay.io.json.RulePackCodec.body(pack, kinds);
        return text(w -> engine.write(w, org.bomay.io.json.RulePackCodec.TYPE, note, body));
    }

    /**
     * Writes a rule-pack document to a file (UTF-8), replacing it; nothing is written if the pack
     * cannot be (see {@link #write(org.bomay.core.rules.RulePack)}).
     *
     * <pre>{@code
     * Documents.yaml().write(VnRules.afterReform(), Path.of("vn-2025.yaml"));
     * }</pre>
     */
    public void write(org.bomay.core.rules.RulePack pack, Path file) {
        Objects.requireNonNull(pack, "pack");
        Engine.Body body = org.bomay.io.json.RulePackCodec.body(pack, kinds);
        file(file, w -> engine.write(w, org.bomay.io.json.RulePackCodec.TYPE, note, body));
    }

    /**
     * Reads a rule-pack document, building every rule through its type's factory so core's checks
     * run. An unknown rule type, a bad field, date or number, or a duplicate rule id is a problem
     * with its pointer, line and column.
     *
     * <pre>{@code
     * RulePack pack = Documents.json().readRules(Files.readString(Path.of("vn.json")));
     * Validator.of(pack).validate(structure);
     * }</pre>
     *
     * @throws FormatException with every problem of the document
     */
    public org.bomay.core.rules.RulePack readRules(String text) {
        Objects.requireNonNull(text, "text");
        return org.bomay.io.json.RulePackCodec.read(engine, new StringReader(text), "rules document", kinds);
    }

    /**
     * Reads a rule-pack document from a file (UTF-8).
     *
     * <pre>{@code
     * RulePack pack = Documents.forPath(Path.of("vn.yaml")).readRules(Path.of("vn.yaml"));
     * }</pre>
     */
    public org.bomay.core.rules.RulePack readRules(Path file) {
        return fromFile(file, r -> org.bomay.io.json.RulePackCodec.read(engine, r, file.toString(), kinds));
    }

    /**
     * Reads a rule-pack document from a reader; {@code name} names it in messages.
     *
     * <pre>{@code
     * RulePack pack = Documents.json().readRules(new InputStreamReader(in, UTF_8), "upload");
     * }</pre>
     */
    public org.bomay.core.rules.RulePack readRules(Reader in, String name) {
        Objects.requireNonNull(in, "in");
        return org.bomay.io.json.RulePackCodec.read(engine, in, Objects.requireNonNull(name, "name"), kinds);
    }

    /**
     * Writes a simulation-result document: the scenario and pack names, the timeline (per entry
     * the outcome, events, metrics and the violations that appeared and were resolved), the
     * targets' attainment and the final violations. Results are written only: to get one back,
     * run its scenario again (runs are deterministic). Writing the same result twice gives the
     * same text.
     *
     * <pre>{@code
     * String json = Documents.json().write(Simulation.of(VnRules.all()).run(programme));
     * }</pre>
     */
    public String write(org.bomay.core.sim.SimulationResult result) {
        return write(result, false);
    }

    /**
     * Writes a simulation-result document, with the final structure in {@code "finalStructure"}
     * if {@code includeFinalStructure}.
     *
     * <pre>{@code
     * String json = Documents.json().write(result, true);   // with "finalStructure"
     * }</pre>
     */
    public String write(org.bomay.core.sim.SimulationResult result, boolean includeFinalStructure) {
        Objects.requireNonNull(result, "result");
        return text(w -> engine.write(w, org.bomay.io.json.ResultCodec.TYPE, note,
                org.bomay.io.json.ResultCodec.body(result, kinds, includeFinalStructure)));
    }

    /**
     * Writes a simulation-result document to a file (UTF-8), replacing it.
     *
     * <pre>{@code
     * Documents.yaml().write(result, Path.of("kim-bang-2019.yaml"));
     * }</pre>
     */
    public void write(org.bomay.core.sim.SimulationResult result, Path file) {
        write(result, false, file);
    }

    /**
     * Writes a simulation-result document to a file (UTF-8), replacing it, with the final
     * structure if {@code includeFinalStructure}.
     *
     * <pre>{@code
     * Documents.json().write(result, true, Path.of("kim-bang-2019.json"));
     * }</pre>
     */
    public void write(org.bomay.core.sim.SimulationResult result, boolean includeFinalStructure, Path file) {
        Objects.requireNonNull(result, "result");
        file(file, w -> engine.write(w, org.bomay.io.json.ResultCodec.TYPE, note,
                org.bomay.io.json.ResultCodec.body(result, kinds, includeFinalStructure)));
    }


    // ------------------------------------------------------------------ plumbing

    static String text(java.util.function.Consumer<Writer> write) {
        StringWriter w = new StringWriter();
        write.accept(w);
        return w.toString();
    }

    static void file(Path file, java.util.function.Consumer<Writer> write) {
        Objects.requireNonNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write.accept(w);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    <T> T fromFile(Path file, Function<Reader, T> read) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentChars() * 4) {
                throw new FormatException(file.toString(), java.util.List.of(new FormatProblem("", 0, 0,
                        "the file has " + size + " bytes, more than the limit of " + limits.maxDocumentChars() + " characters allows")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read.apply(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
