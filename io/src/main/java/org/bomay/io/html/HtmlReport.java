package org.bomay.io.html;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.rules.Language;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Violation;
import org.bomay.core.sim.Measurements;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.StructureDiff;
import org.bomay.core.sim.Target;
import org.bomay.core.sim.TargetResult;
import org.bomay.core.sim.TimelineEntry;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.structure.StructureCounts;

/**
 * A self-contained HTML report of a structure or of a simulation result: one XHTML file with
 * its style sheet and its charts (SVG) inline, no script, and nothing loaded from anywhere, to
 * open in a browser, mail or archive.
 *
 * <p>A structure report holds the headline counts (units by pillar and level, posts, people,
 * staff), an org chart of a subtree and, when a validation is given, its violations. A simulation
 * report holds the scenario, the counts and the metrics that changed from the baseline to the end,
 * a small step chart per chosen metric over the timeline, the org chart before and after with the
 * changed units highlighted (added green, renamed, moved or otherwise changed amber, removed red),
 * the timeline, the target attainment and the final violations.
 *
 * <pre>{@code
 * HtmlReport.of(structure).title("Huyện Kim Bảng 2018").subtree(KimBang.HUYEN_UY).maxDepth(2)
 *         .validation(Validator.of(VnRules.all()).validate(structure))
 *         .writeTo(Path.of("kim-bang.html"));
 * String html = HtmlReport.of(Simulation.of(VnRules.all()).run(programme))
 *         .metrics("units", "deputies", "staff.actual").render();
 * }</pre>
 *
 * <p>Every text from the data (names, ids, messages, labels) is escaped, and the output is
 * well-formed XML. The same input gives the same bytes: the report holds no timestamp. Charts are
 * capped ({@link #maxDepth}, {@link #maxNodes}) and tables at {@value #MAX_ROWS} rows, so a
 * national structure gives a report of a few hundred kilobytes.
 *
 * <p>This class is immutable and thread-safe: each option returns a new report.
 */
public final class HtmlReport {
    /** Levels below the chart's roots shown by default. */
    public static final int DEFAULT_MAX_DEPTH = 3;
    /** Boxes in an org chart by default. */
    public static final int DEFAULT_MAX_NODES = 150;
    /** The rows of a table at most (violations, timeline, changes); the rest are counted in a note. */
    public static final int MAX_ROWS = 500;
    /**
     * The metrics charted by default, those of them the simulation measured: organizations
     * ("đầu mối"), deputies, actual staff, errors, warnings and concurrent posts.
     */
    public static final ImmutableList<String> DEFAULT_METRICS = ImmutableList.of("units", "deputies", "staff.actual",
            "violations.ERROR", "violations.WARNING", "concurrent.tenures");

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final int LISTED = 5;

    private final OrgStructure structure;
    private final SimulationResult result;
    private final String title;
    private final UnitId root;
    private final int maxDepth;
    private final int maxNodes;
    private final ValidationResult validation;
    private final ImmutableList<String> metrics;
    private final Language language;

    private HtmlReport(OrgStructure structure, SimulationResult result, String title, UnitId root, int maxDepth, int maxNodes,
            ValidationResult validation, ImmutableList<String> metrics, Language language) {
        this.structure = structure;
        this.result = result;
        this.title = title;
        this.root = root;
        this.maxDepth = maxDepth;
        this.maxNodes = maxNodes;
        this.validation = validation;
        this.metrics = metrics;
        this.language = language;
    }

    // ------------------------------------------------------------------ factories and options

    /**
     * A report of a structure: counts and an org chart of its roots.
     *
     * <pre>{@code
     * String html = HtmlReport.of(structure).render();
     * }</pre>
     *
     * @throws BomayException if the structure is null
     */
    public static HtmlReport of(OrgStructure structure) {
        return new HtmlReport(notNull(structure, "HtmlReport.of: the structure"), null, null, null, DEFAULT_MAX_DEPTH,
                DEFAULT_MAX_NODES, null, null, Language.VIETNAMESE);
    }

    /**
     * A report of a validated structure: counts, an org chart and the violations.
     *
     * <pre>{@code
     * HtmlReport.of(Validator.of(VnRules.all()).validate(structure)).writeTo(Path.of("violations.html"));
     * }</pre>
     *
     * @throws BomayException if the validation is null
     */
    public static HtmlReport of(ValidationResult validation) {
        notNull(validation, "HtmlReport.of: the validation");
        return of(validation.structure()).validation(validation);
    }

    /**
     * A report of a simulation: its summary, metric charts, the org chart before and after, the
     * timeline, the targets and the final violations.
     *
     * <pre>{@code
     * HtmlReport.of(Simulation.of(VnRules.all()).run(programme)).writeTo(Path.of("programme.html"));
     * }</pre>
     *
     * @throws BomayException if the result is null
     */
    public static HtmlReport of(SimulationResult result) {
        return new HtmlReport(null, notNull(result, "HtmlReport.of: the simulation result"), null, null, DEFAULT_MAX_DEPTH,
                DEFAULT_MAX_NODES, null, null, Language.VIETNAMESE);
    }

    /**
     * A copy with this title (the page's title and heading); by default the structure's date or
     * the scenario's name.
     *
     * <pre>{@code
     * HtmlReport.of(structure).title("Huyện Kim Bảng, 1/1/2018");
     * }</pre>
     *
     * @throws BomayException if the title is null or blank
     */
    public HtmlReport title(String newTitle) {
        notNull(newTitle, "HtmlReport.title: the title");
        if (newTitle.isBlank()) {
            throw new BomayException("HtmlReport.title: the title must not be blank");
        }
        return new HtmlReport(structure, result, newTitle.strip(), root, maxDepth, maxNodes, validation, metrics, language);
    }

    /**
     * A copy whose org chart starts at this unit instead of the structure's roots. For a
     * simulation the unit must be in the baseline or in the final structure; a chart whose
     * structure lacks it says so.
     *
     * <pre>{@code
     * HtmlReport.of(structure).subtree(UnitId.of("kb.hu")).maxDepth(1);
     * }</pre>
     *
     * @throws BomayException if the unit is null or in no structure of the report, naming it
     */
    public HtmlReport subtree(UnitId newRoot) {
        notNull(newRoot, "HtmlReport.subtree: the root unit (leave subtree out to chart the structure's roots)");
        if (result == null) {
            if (!structure.contains(newRoot)) {
                throw new BomayException("HtmlReport.subtree: unknown unit " + newRoot + " in the structure of " + structure.date()
                        + "; its roots are " + ids(structure.roots()));
            }
        } else if (!baseline().contains(newRoot) && !result.finalStructure().contains(newRoot)) {
            throw new BomayException("HtmlReport.subtree: unknown unit " + newRoot + ": it is neither in the baseline ("
                    + baseline().date() + ") nor in the final structure (" + result.finalStructure().date() + ") of scenario "
                    + result.name() + "; the baseline's roots are " + ids(baseline().roots()));
        }
        return new HtmlReport(structure, result, title, newRoot, maxDepth, maxNodes, validation, metrics, language);
    }

    /**
     * A copy whose org chart shows this many levels below its roots (0: the roots only); default
     * {@value #DEFAULT_MAX_DEPTH}.
     *
     * <pre>{@code
     * HtmlReport.of(structure).maxDepth(1);
     * }</pre>
     *
     * @throws BomayException if {@code levels} is negative
     */
    public HtmlReport maxDepth(int levels) {
        if (levels < 0) {
            throw new BomayException("HtmlReport.maxDepth: the depth must be 0 or more, was " + levels);
        }
        return new HtmlReport(structure, result, title, root, levels, maxNodes, validation, metrics, language);
    }

    /**
     * A copy whose org charts hold at most this many boxes, picked level by level from the roots;
     * default {@value #DEFAULT_MAX_NODES}. A box whose children are left out shows how many.
     *
     * <pre>{@code
     * HtmlReport.of(national).maxDepth(2).maxNodes(400);
     * }</pre>
     *
     * @throws BomayException if {@code boxes} is less than 1
     */
    public HtmlReport maxNodes(int boxes) {
        if (boxes < 1) {
            throw new BomayException("HtmlReport.maxNodes: the number of boxes must be 1 or more, was " + boxes);
        }
        return new HtmlReport(structure, result, title, root, maxDepth, boxes, validation, metrics, language);
    }

    /**
     * A copy of a structure report with the violations of this validation of the structure.
     *
     * <pre>{@code
     * HtmlReport.of(structure).validation(Validator.of(VnRules.all()).validate(structure));
     * }</pre>
     *
     * @throws BomayException if the validation is null or of another structure, or the report is of
     *     a simulation (which shows its final validation)
     */
    public HtmlReport validation(ValidationResult newValidation) {
        notNull(newValidation, "HtmlReport.validation: the validation");
        if (result != null) {
            throw new BomayException("HtmlReport.validation: a simulation report shows the result's final validation; "
                    + "give a validation only to a report of a structure");
        }
        if (newValidation.structure() != structure && !newValidation.structure().equals(structure)) {
            throw new BomayException("HtmlReport.validation: the validation is of another structure (of "
                    + newValidation.structure().date() + ") than the report's (of " + structure.date() + ")");
        }
        return new HtmlReport(structure, result, title, root, maxDepth, maxNodes, newValidation, metrics, language);
    }

    /**
     * A copy of a simulation report charting these metric keys, in this order (none: no charts);
     * by default those of {@link #DEFAULT_METRICS} the simulation measured.
     *
     * <pre>{@code
     * HtmlReport.of(result).metrics("units", "units.pillar.PARTY", "staff.actual");
     * }</pre>
     *
     * @throws BomayException if a key is null or measured at no point of the timeline (naming it
     *     and the keys there are), or the report is of a structure
     */
    public HtmlReport metrics(String... keys) {
        notNull(keys, "HtmlReport.metrics: the keys");
        return metrics(Arrays.asList(keys));
    }

    /**
     * A copy of a simulation report charting these metric keys; see {@link #metrics(String...)}.
     *
     * <pre>{@code
     * HtmlReport.of(result).metrics(List.of("units", "deputies"));
     * }</pre>
     *
     * @throws BomayException if a key is null or not measured, or the report is of a structure
     */
    public HtmlReport metrics(Collection<String> keys) {
        notNull(keys, "HtmlReport.metrics: the keys");
        if (result == null) {
            throw new BomayException("HtmlReport.metrics: a structure report has no timeline to chart; "
                    + "chart metrics in a report of a simulation result");
        }
        Set<String> measured = measuredKeys();
        int i = 0;
        for (String k : keys) {
            if (k == null) {
                throw new BomayException("HtmlReport.metrics: key " + i + " of " + keys.size() + " must not be null");
            }
            if (!measured.contains(k)) {
                throw new BomayException("HtmlReport.metrics: the simulation of " + result.name() + " measured no metric " + k
                        + "; the keys are " + measured);
            }
            i++;
        }
        return new HtmlReport(structure, result, title, root, maxDepth, maxNodes, validation,
                ImmutableList.copyOf(new LinkedHashSet<>(keys)), language);
    }

    /**
     * A copy giving violation messages in this language (headings are Vietnamese with English
     * glosses); default Vietnamese.
     *
     * <pre>{@code
     * HtmlReport.of(validation).language(Language.ENGLISH);
     * }</pre>
     *
     * @throws BomayException if the language is null
     */
    public HtmlReport language(Language newLanguage) {
        notNull(newLanguage, "HtmlReport.language: the language");
        return new HtmlReport(structure, result, title, root, maxDepth, maxNodes, validation, metrics, newLanguage);
    }

    // ------------------------------------------------------------------ output

    /**
     * The report as one XHTML document ({@code <!DOCTYPE html>}, UTF-8, inline CSS and SVG, no
     * script, no external resource).
     *
     * <pre>{@code
     * String html = HtmlReport.of(structure).render();
     * }</pre>
     */
    public String render() {
        Markup m = new Markup();
        m.raw("<!DOCTYPE html>");
        m.open("html", "xmlns", XHTML, "lang", "vi");
        m.open("head");
        m.empty("meta", "charset", "UTF-8");
        m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        m.empty("meta", "name", "generator", "content", "bomay");
        m.leaf("title", title());
        m.open("style").raw(Style.CSS).close();
        m.close();
        m.open("body");
        if (result == null) {
            structureReport(m);
        } else {
            simulationReport(m);
        }
        m.open("footer");
        m.leaf("p", "Báo cáo do bomay tạo; tệp độc lập, không tải tài nguyên bên ngoài. "
                + "(Generated by bomay; a self-contained file that loads nothing.)");
        m.close();
        m.close();
        m.close();
        return m.finish();
    }

    /**
     * Writes {@link #render()} to a file in UTF-8, replacing it if it exists, and returns the path.
     *
     * <pre>{@code
     * HtmlReport.of(result).writeTo(Path.of("report.html"));
     * }</pre>
     *
     * @throws BomayException if the path is null
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public Path writeTo(Path file) {
        notNull(file, "HtmlReport.writeTo: the file");
        String html = render();
        try {
            return Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the HTML report to " + file + ": " + e.getMessage(), e);
        }
    }

    /** e.g. {@code HtmlReport[structure of 2019-01-01, roots, depth 3, at most 150 boxes]}. */
    @Override
    public String toString() {
        return "HtmlReport[" + (result == null ? "structure of " + structure.date() : "simulation of " + result.name()) + ", "
                + (root == null ? "roots" : "subtree " + root) + ", depth " + maxDepth + ", at most " + maxNodes + " boxes"
                + (validation == null ? "" : ", " + validation.size() + " violations") + "]";
    }

    // ------------------------------------------------------------------ the structure report

    private String title() {
        if (title != null) {
            return title;
        }
        return result == null ? "Cơ cấu tổ chức ngày " + structure.date() : result.name();
    }

    private void structureReport(Markup m) {
        StructureCounts c = structure.counts();
        m.open("header");
        m.leaf("h1", title());
        m.leaf("p", "Cơ cấu tổ chức ngày " + structure.date() + " (structure of " + structure.date() + "): " + c.units()
                + " đơn vị, " + c.organizations() + " đầu mối, " + c.posts() + " chức danh, " + c.people() + " người"
                + (validation == null ? "" : "; " + validation.size() + " vi phạm theo bộ quy tắc " + validation.pack().name()),
                "class", "meta");
        m.close();

        m.open("section", "id", "summary");
        m.leaf("h2", "Tổng hợp (summary)");
        counts(m, List.of(c), List.of(structure.date().toString()));
        notInForce(m, structure);
        m.close();

        m.open("section", "id", "org-chart");
        m.leaf("h2", "Sơ đồ tổ chức (org chart)");
        legend(m, false);
        chart(m, structure, TreeChart.Marks.NONE);
        m.close();

        if (validation != null) {
            m.open("section", "id", "violations");
            m.leaf("h2", "Vi phạm (violations)");
            violations(m, validation, structure);
            m.close();
        }
    }

    /** The org chart of the report's root in a structure, or of its roots. */
    private void chart(Markup m, OrgStructure s, TreeChart.Marks marks) {
        List<UnitId> roots;
        if (root == null) {
            roots = s.roots().stream().map(Unit::id).toList();
            m.leaf("p", "Từ " + roots.size() + " đơn vị gốc, sâu tối đa " + maxDepth + " cấp (from the " + roots.size()
                    + " roots, " + maxDepth + " levels down).", "class", "note");
        } else if (s.contains(root)) {
            roots = List.of(root);
            m.open("p", "class", "note").text("Từ (from) ").leaf("code", root.toString()).text(" " + s.unit(root).name()
                    + ", sâu tối đa " + maxDepth + " cấp (" + maxDepth + " levels down).").close();
        } else {
            m.open("p", "class", "note").text("Đơn vị ").leaf("code", root.toString()).text(" không có trong cơ cấu ngày "
                    + s.date() + " (the unit is not in this structure).").close();
            return;
        }
        TreeChart.render(m, s, roots, maxDepth, maxNodes, marks);
    }

    private static void legend(Markup m, boolean changes) {
        m.open("p", "class", "legend");
        swatch(m, "party", "Đảng (party)");
        swatch(m, "state", "Nhà nước (state)");
        swatch(m, "front", "Mặt trận (front)");
        swatch(m, "territory", "Đơn vị hành chính (administrative unit)");
        if (changes) {
            swatch(m, "added", "Thêm mới (added)");
            swatch(m, "changed", "Thay đổi (renamed, moved, changed)");
            swatch(m, "removed", "Không còn (removed)");
        }
        m.close();
    }

    private static void swatch(Markup m, String cls, String label) {
        m.leaf("span", "", "class", "swatch " + cls);
        m.text(label);
    }

    /** The headline counts, one column per structure, with a change column when there are two. */
    private static void counts(Markup m, List<StructureCounts> cs, List<String> headers) {
        boolean change = cs.size() == 2;
        m.open("table", "class", "counts");
        m.open("thead").open("tr").leaf("th", "");
        headers.forEach(h -> m.leaf("th", h, "class", "num"));
        if (change) {
            m.leaf("th", "Thay đổi (change)", "class", "num");
        }
        m.close().close();
        m.open("tbody");
        countRow(m, false, "Đơn vị (units)", cs, StructureCounts::units);
        countRow(m, false, "Đầu mối (organizations)", cs, StructureCounts::organizations);
        for (Pillar p : Pillar.values()) {
            countRow(m, true, p.vietnamese() + " (" + p.english() + ")", cs, c -> c.organizationsByPillar().getOrDefault(p, 0));
        }
        for (Level l : Level.values()) {
            countRow(m, true, "cấp " + l.vietnamese() + " (" + l.english() + ")", cs,
                    c -> c.organizationsByLevel().getOrDefault(l, 0));
        }
        countRow(m, false, "Đơn vị hành chính (administrative units)", cs, StructureCounts::territories);
        countRow(m, false, "Chức danh (posts)", cs, StructureCounts::posts);
        for (PostRole r : PostRole.values()) {
            countRow(m, true, r.vietnamese() + " (" + r.english() + ")", cs, c -> c.postsByRole().getOrDefault(r, 0));
        }
        countRow(m, false, "Người đương nhiệm (holders in office)", cs,
                c -> c.holdersByRole().values().stream().mapToLong(Integer::longValue).sum());
        countRow(m, false, "Người (people)", cs, StructureCounts::people);
        countRow(m, false, "Kiêm nhiệm (concurrent tenures)", cs, StructureCounts::concurrentTenures);
        countRow(m, false, "Biên chế được giao (staff quota)", cs, StructureCounts::staffQuota);
        countRow(m, false, "Biên chế thực có (actual staff)", cs, StructureCounts::actualStaff);
        m.close().close();
    }

    /**
     * A note when some units of a structure are not in force on its date: {@link StructureCounts}
     * counts them, the simulation's metrics do not.
     */
    private static void notInForce(Markup m, OrgStructure s) {
        long n = s.units().stream().filter(u -> !u.validity().contains(s.date())).count();
        if (n > 0) {
            m.leaf("p", "Cơ cấu ngày " + s.date() + " có " + n + " đơn vị không còn hoặc chưa có hiệu lực; bảng trên đếm cả các "
                    + "đơn vị này, các chỉ số (metrics) thì không. (" + n + " units not in force on " + s.date()
                    + " are counted above but not by the metrics.)", "class", "note");
        }
    }

    private static void countRow(Markup m, boolean sub, String label, List<StructureCounts> cs,
            java.util.function.ToLongFunction<StructureCounts> f) {
        m.open("tr", "class", sub ? "sub" : null).leaf("td", label, "class", "label");
        for (StructureCounts c : cs) {
            m.leaf("td", Long.toString(f.applyAsLong(c)), "class", "num");
        }
        if (cs.size() == 2) {
            m.leaf("td", Fmt.signed(f.applyAsLong(cs.get(1)) - f.applyAsLong(cs.get(0))), "class", "num");
        }
        m.close();
    }

    /** The violations of a validation: a count line, then a table of at most {@link #MAX_ROWS} rows. */
    private void violations(Markup m, ValidationResult v, OrgStructure s) {
        List<Violation> vs = v.violations();
        m.leaf("p", vs.size() + " vi phạm ngày " + v.date() + " theo bộ quy tắc " + v.pack().name() + ": " + v.count(Severity.ERROR)
                + " lỗi, " + v.count(Severity.WARNING) + " cảnh báo, " + v.count(Severity.INFO) + " thông tin (" + vs.size()
                + " violations: errors, warnings, info).", "class", "meta");
        if (vs.isEmpty()) {
            return;
        }
        m.open("table", "class", "violations");
        m.open("thead").open("tr");
        for (String h : List.of("#", "Mức (severity)", "Quy tắc (rule)", "Đơn vị (units)", "Nội dung (message)", "Căn cứ (source)")) {
            m.leaf("th", h);
        }
        m.close().close();
        m.open("tbody");
        for (int i = 0; i < Math.min(vs.size(), MAX_ROWS); i++) {
            Violation x = vs.get(i);
            m.open("tr", "class", x.severity().name().toLowerCase(Locale.ROOT), "data-rule", x.ruleId());
            m.leaf("td", Integer.toString(i + 1), "class", "num");
            m.leaf("td", x.severity().vietnamese() + " (" + x.severity().english() + ")", "class", "sev");
            m.open("td").leaf("code", x.ruleId()).close();
            m.leaf("td", subjects(x, s), "class", "units");
            m.leaf("td", x.message(language), "class", "message");
            m.leaf("td", x.source().map(b -> b.number()).orElse("—"));
            m.close();
        }
        m.close().close();
        more(m, vs.size(), "vi phạm (violations)");
    }

    /** The units of a violation with their names (at most {@value #LISTED}), else its people or posts. */
    private static String subjects(Violation v, OrgStructure s) {
        if (!v.units().isEmpty()) {
            return listed(v.units().stream().map(id -> s.contains(id) ? id + " " + s.unit(id).name() : id.toString()).toList());
        }
        if (!v.people().isEmpty()) {
            return listed(v.people().stream().map(id -> s.contains(id) ? id + " " + s.person(id).name() : id.toString()).toList());
        }
        return listed(v.posts().stream().map(Object::toString).toList());
    }

    /** Items joined with "; ", at most {@value #LISTED}, then how many more. */
    static String listed(List<String> items) {
        String shown = items.stream().limit(LISTED).collect(Collectors.joining("; "));
        return items.size() > LISTED ? shown + "; … +" + (items.size() - LISTED) : shown;
    }

    /** A note of how many rows of a table were left out, if any. */
    static void more(Markup m, int size, String what) {
        if (size > MAX_ROWS) {
            m.leaf("p", "… " + (size - MAX_ROWS) + " " + what + " khác không hiển thị (" + (size - MAX_ROWS) + " more not shown).",
                    "class", "note");
        }
    }

    // ------------------------------------------------------------------ the simulation report

    private OrgStructure baseline() {
        return result.timeline().get(0).structure();
    }

    private Set<String> measuredKeys() {
        Set<String> keys = new LinkedHashSet<>();
        result.timeline().forEach(e -> keys.addAll(e.measurements().keys()));
        return keys;
    }

    private void simulationReport(Markup m) {
        OrgStructure before = baseline();
        OrgStructure after = result.finalStructure();
        long steps = result.timeline().stream().filter(e -> e.kind() == TimelineEntry.Kind.STEP).count();
        long applied = result.timeline().stream().filter(e -> e.kind() == TimelineEntry.Kind.STEP && e.applied()).count();
        m.open("header");
        m.leaf("h1", title());
        m.leaf("p", "Kịch bản (scenario): " + result.name() + result.scenario().parent().map(p -> " — nhánh của (branch of) " + p)
                .orElse(""), "class", "meta");
        m.leaf("p", before.date() + " → " + after.date() + " · bộ quy tắc (rules) " + result.pack().name() + " · bước đã áp dụng "
                + "(steps applied) " + applied + "/" + steps + (result.failures().isEmpty() ? "" : " · lỗi (failed) "
                        + result.failures().size()) + (result.stopped() ? " · dừng (stopped)" : "") + " · mục tiêu đạt (targets met) "
                + result.targetsMet(), "class", "meta");
        m.close();

        List<Metric> known = Metrics.standard(result.pack());
        m.open("section", "id", "summary");
        m.leaf("h2", "Tổng hợp (summary)");
        counts(m, List.of(before.counts(), after.counts()), List.of(before.date().toString(), after.date().toString()));
        notInForce(m, before);
        notInForce(m, after);
        m.leaf("h3", "Chỉ số thay đổi (metrics that changed)");
        changedMetrics(m, known);
        m.close();

        m.open("section", "id", "metrics");
        m.leaf("h2", "Diễn biến chỉ số (metrics over the timeline)");
        metricCharts(m, known);
        m.close();

        StructureDiff diff = StructureDiff.between(before, after);
        Changes changes = new Changes(diff, before, after);
        m.open("section", "id", "org-chart");
        m.leaf("h2", "Sơ đồ tổ chức trước và sau (org chart before and after)");
        legend(m, true);
        m.leaf("h3", "Trước (before): " + before.date());
        chart(m, before, changes.marks(true));
        m.leaf("h3", "Sau (after): " + after.date());
        chart(m, after, changes.marks(false));
        m.close();

        m.open("section", "id", "changes");
        m.leaf("h2", "Thay đổi cơ cấu (changes to the structure)");
        changes.table(m);
        m.close();

        m.open("section", "id", "timeline");
        m.leaf("h2", "Diễn biến (timeline)");
        timeline(m);
        m.close();

        m.open("section", "id", "targets");
        m.leaf("h2", "Mục tiêu (targets)");
        targets(m);
        m.close();

        m.open("section", "id", "violations");
        m.leaf("h2", "Vi phạm cuối kỳ (final violations)");
        violations(m, result.finalValidation(), after);
        m.close();
    }

    /**
     * A metric's title: that of the standard metric (or the pack's coverage metric) with this key,
     * else of the one with the longest key prefix, with the rest of the key; else the key.
     */
    private static String metricTitle(List<Metric> known, String key) {
        Metric best = null;
        for (Metric mt : known) {
            if (mt.key().equals(key)) {
                return mt.title();
            }
            if (key.startsWith(mt.key() + ".") && (best == null || mt.key().length() > best.key().length())) {
                best = mt;
            }
        }
        return best == null ? key : best.title() + " · " + key.substring(best.key().length() + 1);
    }

    private void changedMetrics(Markup m, List<Metric> known) {
        List<Measurements.Delta> changed = result.reductions().stream().filter(d -> d.change() != 0).toList();
        if (changed.isEmpty()) {
            m.leaf("p", "Không chỉ số nào thay đổi (no metric changed).", "class", "note");
            return;
        }
        m.open("table", "class", "metric-changes");
        m.open("thead").open("tr");
        m.leaf("th", "Chỉ số (metric)");
        m.leaf("th", result.baselineMeasurements().date().toString(), "class", "num");
        m.leaf("th", result.finalMeasurements().date().toString(), "class", "num");
        m.leaf("th", "Thay đổi (change)", "class", "num");
        m.leaf("th", "%", "class", "num");
        m.close().close();
        m.open("tbody");
        for (Measurements.Delta d : changed.subList(0, Math.min(changed.size(), MAX_ROWS))) {
            m.open("tr", "data-metric", d.key());
            m.open("td").leaf("code", d.key()).text(" " + metricTitle(known, d.key())).close();
            m.leaf("td", Fmt.number(d.before()), "class", "num");
            m.leaf("td", Fmt.number(d.after()), "class", "num");
            m.leaf("td", Fmt.signed(d.change()), "class", "num");
            m.leaf("td", Fmt.percent(d.percent()), "class", "num");
            m.close();
        }
        m.close().close();
        more(m, changed.size(), "chỉ số (metrics)");
    }

    private void metricCharts(Markup m, List<Metric> known) {
        List<String> keys = metrics != null ? metrics
                : DEFAULT_METRICS.stream().filter(measuredKeys()::contains).toList();
        if (keys.isEmpty()) {
            m.leaf("p", "Không có chỉ số nào để vẽ (no metric to chart).", "class", "note");
            return;
        }
        m.open("div", "class", "charts");
        for (String key : keys) {
            List<StepChart.Point> points = new ArrayList<>();
            for (TimelineEntry e : result.timeline()) {
                OptionalDouble v = e.measurements().find(key);
                if (v.isPresent()) {
                    points.add(new StepChart.Point(e.date(), entryId(e), v.getAsDouble()));
                }
            }
            m.open("figure", "class", "metric", "data-metric", key);
            m.open("figcaption").text(metricTitle(known, key) + " ").leaf("code", key).close();
            StepChart.render(m, key, points);
            m.close();
        }
        m.close();
    }

    private static String entryId(TimelineEntry e) {
        return e.step().map(Step::id).orElse(e.label());
    }

    private void timeline(Markup m) {
        List<TimelineEntry> entries = result.timeline();
        m.open("table", "class", "timeline");
        m.open("thead").open("tr");
        for (String h : List.of("Ngày (date)", "Bước (step)", "Nội dung (label)", "Tình trạng (status)", "Kết quả (outcome)",
                "Đầu mối (units)", "Lỗi (errors)", "Cảnh báo (warnings)", "+ vi phạm (appeared)", "− vi phạm (resolved)",
                "Ghi chú (note)")) {
            m.leaf("th", h);
        }
        m.close().close();
        m.open("tbody");
        for (TimelineEntry e : entries.subList(0, Math.min(entries.size(), MAX_ROWS))) {
            m.open("tr", "class", e.outcome().name().toLowerCase(Locale.ROOT), "data-kind", e.kind().name());
            m.leaf("td", e.date().toString());
            m.open("td").leaf("code", entryId(e)).close();
            m.leaf("td", e.label());
            m.leaf("td", e.step().map(s -> s.status().vietnamese() + " (" + s.status().name() + ")").orElse(""));
            m.leaf("td", e.outcome().name(), "class", "outcome");
            OptionalDouble units = e.measurements().find("units");
            m.leaf("td", units.isPresent() ? Fmt.number(units.getAsDouble()) : "–", "class", "num");
            m.leaf("td", Integer.toString(e.validation().count(Severity.ERROR)), "class", "num");
            m.leaf("td", Integer.toString(e.validation().count(Severity.WARNING)), "class", "num");
            m.leaf("td", e.applied() ? Integer.toString(e.appeared().size()) : "", "class", "num appeared");
            m.leaf("td", e.applied() ? Integer.toString(e.resolved().size()) : "", "class", "num resolved");
            m.leaf("td", note(e));
            m.close();
        }
        m.close().close();
        more(m, entries.size(), "mục (entries)");
    }

    /** Why an entry failed, else the rules whose violations appeared and were resolved. */
    private static String note(TimelineEntry e) {
        if (e.failure().isPresent()) {
            return e.failure().get();
        }
        List<String> parts = new ArrayList<>();
        if (!e.appeared().isEmpty()) {
            parts.add("+ " + listed(e.appeared().stream().map(Violation::ruleId).distinct().toList()));
        }
        if (!e.resolved().isEmpty()) {
            parts.add("− " + listed(e.resolved().stream().map(Violation::ruleId).distinct().toList()));
        }
        return String.join(" ", parts);
    }

    private void targets(Markup m) {
        List<TargetResult> ts = result.targets();
        if (ts.isEmpty()) {
            m.leaf("p", "Kịch bản không có mục tiêu (the scenario has no targets).", "class", "note");
            return;
        }
        m.leaf("p", "Đạt (met) " + result.targetsMet() + ".", "class", "meta");
        m.open("table", "class", "targets");
        m.open("thead").open("tr");
        for (String h : List.of("Mục tiêu (target)", "Chỉ số (metric)", "Yêu cầu (required)", "Hạn (deadline)", "Gốc (baseline)",
                "Giá trị (value)", "So sánh (compared)", "Kết quả (result)", "Đạt từ (met since)")) {
            m.leaf("th", h);
        }
        m.close().close();
        m.open("tbody");
        for (TargetResult t : ts) {
            Target g = t.target();
            String pct = g.basis() == Target.Basis.PERCENT ? "%" : "";
            String delta = g.basis() == Target.Basis.VALUE ? "" : "Δ ";
            m.open("tr", "class", t.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.leaf("td", g.label(), "class", "label");
            m.open("td").leaf("code", g.metric().key()).close();
            m.leaf("td", delta + g.comparator().symbol() + " " + (g.basis() == Target.Basis.VALUE ? Fmt.number(g.value())
                    : Fmt.signed(g.value())) + pct);
            m.leaf("td", g.deadline().toString());
            m.leaf("td", Fmt.number(t.baseline()), "class", "num");
            m.leaf("td", t.value().isPresent() ? Fmt.number(t.value().getAsDouble()) : "–", "class", "num value");
            OptionalDouble c = t.compared();
            m.leaf("td", c.isEmpty() ? "–" : g.basis() == Target.Basis.VALUE ? Fmt.number(c.getAsDouble())
                    : Fmt.signed(c.getAsDouble()) + pct, "class", "num");
            m.leaf("td", t.status().name(), "class", "status");
            m.leaf("td", t.metSince().map(Object::toString).orElse("–"));
            m.close();
        }
        m.close().close();
    }

    // ------------------------------------------------------------------ helpers

    private static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new BomayException(what + " must not be null");
        }
        return value;
    }

    private static String ids(List<Unit> units) {
        List<String> ids = units.stream().limit(10).map(u -> u.id().toString()).toList();
        return ids + (units.size() > 10 ? " and " + (units.size() - 10) + " more" : "");
    }
}
