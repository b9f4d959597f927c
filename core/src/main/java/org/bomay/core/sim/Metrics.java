package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.rules.types.ConcurrentPosts;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.DeputyShareCap;
import org.bomay.core.rules.types.GroupDeputyCap;
import org.bomay.core.rules.types.SubordinateDeputies;
import org.bomay.core.structure.OrgStructure;

/**
 * The built-in metrics. Organizations ("đầu mối") are units that are not administrative units;
 * only units in force on the snapshot's date and in the context's scope count.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>metric</th><th>keys</th></tr>
 *   <tr><td>{@link #organizations()}</td><td>{@code units}</td></tr>
 *   <tr><td>{@link #organizationsByPillar()}, {@link #organizationsByLevel()}, {@link #organizationsByKind()}</td>
 *       <td>{@code units.pillar.PARTY}, {@code units.level.DISTRICT}, {@code units.kind.<code>}</td></tr>
 *   <tr><td>{@link #administrativeUnits()}</td><td>{@code admin-units}, {@code admin-units.COMMUNE}, ...</td></tr>
 *   <tr><td>{@link #posts()}</td><td>{@code posts}, {@code posts.HEAD}, ..., {@code posts.vacant}</td></tr>
 *   <tr><td>{@link #deputies()}, {@link #deputiesOverCap()}, {@link #deputiesInGrace()}</td>
 *       <td>{@code deputies}, {@code deputies.over-cap}, {@code deputies.in-grace}</td></tr>
 *   <tr><td>{@link #staff()}</td><td>{@code staff.quota}, {@code staff.actual}, {@code staff.vacancies}, {@code staff.over-quota-units}</td></tr>
 *   <tr><td>{@link #concurrentPosts()}</td><td>{@code concurrent.tenures}, {@code concurrent.people}</td></tr>
 *   <tr><td>{@link #coverage(ConcurrencyModel)}</td><td>{@code model.<id>} (applied), {@code model.<id>.eligible}</td></tr>
 *   <tr><td>{@link #spans()}</td><td>{@code span.managers}, {@code span.mean}, {@code span.median}, {@code span.max}, {@code span.1}, {@code span.2-4}, {@code span.5-9}, {@code span.10-19}, {@code span.20+}</td></tr>
 *   <tr><td>{@link #layers()}</td><td>{@code layers}, {@code layers.PARTY}, {@code layers.STATE}, {@code layers.FRONT}</td></tr>
 *   <tr><td>{@link #violations()}, {@link #violationsOf(String)}</td><td>{@code violations.ERROR}, ..., {@code violations.<rule id>}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Measurements m = Measurements.of(Metrics.standard(), MetricContext.of(KimBang.structure()));
 * m.get("units.pillar.PARTY");
 * Metrics.coverage(MetricContext.of(kb), VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_XA_HDND));  // 5/18
 * }</pre>
 */
public final class Metrics {
    private Metrics() {}

    /** Coverage of a concurrent-post model: in how many of the places where it could apply it does. */
    public record Coverage(String model, int applied, int eligible) {
        /** Validates. */
        public Coverage {
            Checks.notNull(model, "Coverage: the model id");
            if (applied < 0 || eligible < applied) {
                throw new BomayException("Coverage of " + model + ": need 0 <= applied <= eligible, was " + applied + "/" + eligible);
            }
        }

        /** applied / eligible, 0 when nothing is eligible. */
        public double share() {
            return eligible == 0 ? 0 : (double) applied / eligible;
        }

        /** e.g. {@code 16/22}. */
        @Override
        public String toString() {
            return applied + "/" + eligible;
        }
    }

    /**
     * The standard set: organizations (total, by pillar, level and kind), administrative units,
     * posts, deputies and deputies over cap, staff against quota, concurrent posts, spans of control,
     * layers and violations by severity.
     *
     * <pre>{@code
     * Simulation.of(pack).metrics(Metrics.standard());
     * }</pre>
     */
    public static ImmutableList<Metric> standard() {
        return ImmutableList.of(organizations(), organizationsByPillar(), organizationsByLevel(), organizationsByKind(),
                administrativeUnits(), posts(), deputies(), deputiesOverCap(), deputiesInGrace(), staff(), concurrentPosts(),
                spans(), layers(), violations());
    }

    /**
     * The standard set plus the coverage of every concurrent-post model of the pack's
     * {@link ConcurrentPosts} rules (a model listed by several rules counts once).
     *
     * <pre>{@code
     * Metrics.standard(VnRules.all());   // ... model.bi-thu-xa=chu-tich-hdnd, model.bi-thu-xa=chu-tich-hdnd.eligible, ...
     * }</pre>
     */
    public static ImmutableList<Metric> standard(RulePack pack) {
        Checks.notNull(pack, "Metrics.standard: the pack");
        ImmutableList.Builder<Metric> b = ImmutableList.<Metric>builder().addAll(standard());
        Map<String, ConcurrencyModel> models = new LinkedHashMap<>();
        for (Rule r : pack.rules()) {
            if (r instanceof ConcurrentPosts cp) {
                cp.models().forEach(m -> models.putIfAbsent(m.id(), m));
            }
        }
        models.values().forEach(m -> b.add(coverage(m)));
        return b.build();
    }

    // ------------------------------------------------------------------ organizations

    /** Organizations ("đầu mối"): units that are not administrative units. Key {@code units}. */
    public static Metric organizations() {
        return Metric.of("units", "Đầu mối (organizations)", ctx -> ctx.organizations().size());
    }

    /** Organizations by pillar, every pillar present: {@code units.pillar.PARTY}, ... */
    public static Metric organizationsByPillar() {
        return Metric.family("units.pillar", "Đầu mối theo khối (organizations by pillar)", ctx -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (Pillar p : Pillar.values()) {
                m.put(p.name(), 0);
            }
            ctx.organizations().forEach(u -> m.merge(u.pillar().name(), 1, Integer::sum));
            return m;
        });
    }

    /** Organizations by level, every level present: {@code units.level.DISTRICT}, ... */
    public static Metric organizationsByLevel() {
        return Metric.family("units.level", "Đầu mối theo cấp (organizations by level)", ctx -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (Level l : Level.values()) {
                m.put(l.name(), 0);
            }
            ctx.organizations().forEach(u -> m.merge(u.level().name(), 1, Integer::sum));
            return m;
        });
    }

    /** Organizations by kind code, the kinds present, in code order: {@code units.kind.<code>}. */
    public static Metric organizationsByKind() {
        return Metric.family("units.kind", "Đầu mối theo loại (organizations by kind)", ctx -> {
            Map<String, Integer> m = new TreeMap<>();
            ctx.organizations().forEach(u -> m.merge(u.kind().code(), 1, Integer::sum));
            return m;
        });
    }

    /** Administrative units, in total and by level: {@code admin-units}, {@code admin-units.COMMUNE}, ... */
    public static Metric administrativeUnits() {
        return Metric.family("admin-units", "Đơn vị hành chính (administrative units)", ctx -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("", ctx.territories().size());
            for (Level l : Level.values()) {
                m.put(l.name(), 0);
            }
            ctx.territories().forEach(u -> m.merge(u.level().name(), 1, Integer::sum));
            return m;
        });
    }

    // ------------------------------------------------------------------ posts and deputies

    /**
     * Posts of the units in scope (administrative units' posts, such as trưởng thôn, included), in
     * total, by role, and those with nobody in office: {@code posts}, {@code posts.HEAD}, ...,
     * {@code posts.vacant}.
     */
    public static Metric posts() {
        return Metric.family("posts", "Chức danh (posts)", ctx -> {
            OrgStructure s = ctx.structure();
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("", 0);
            for (PostRole r : PostRole.values()) {
                m.put(r.name(), 0);
            }
            int vacant = 0;
            for (Unit u : ctx.units()) {
                for (Post p : s.posts(u.id())) {
                    m.merge("", 1, Integer::sum);
                    m.merge(p.role().name(), 1, Integer::sum);
                    if (s.holders(p.id()).isEmpty()) {
                        vacant++;
                    }
                }
            }
            m.put("vacant", vacant);
            return m;
        });
    }

    /** Deputies (cấp phó) in office in the units in scope, a person counting once per unit. Key {@code deputies}. */
    public static Metric deputies() {
        return Metric.of("deputies", "Cấp phó (deputies in office)", ctx -> {
            RuleContext rc = ctx.ruleContext();
            long n = 0;
            for (Unit u : ctx.units()) {
                n += rc.deputies(u.id());
            }
            return n;
        });
    }

    /**
     * Breaches of the deputy caps: violations of severity WARNING or ERROR of the pack's
     * {@link DeputyCap}, {@link GroupDeputyCap}, {@link SubordinateDeputies} and
     * {@link DeputyShareCap} rules, in scope. Key {@code deputies.over-cap}; needs a validation.
     */
    public static Metric deputiesOverCap() {
        return deputyViolations("deputies.over-cap", "Vượt khung cấp phó (deputy caps breached)", false);
    }

    /** Deputy-cap findings tolerated inside a grace period after a merger (INFO). Key {@code deputies.in-grace}. */
    public static Metric deputiesInGrace() {
        return deputyViolations("deputies.in-grace", "Cấp phó vượt khung trong thời gian chuyển tiếp (deputies over cap in grace)", true);
    }

    private static Metric deputyViolations(String key, String title, boolean grace) {
        return Metric.family(key, title, ctx -> {
            if (ctx.validation().isEmpty()) {
                return Map.of();
            }
            RulePack pack = ctx.validation().get().pack();
            int n = 0;
            for (Violation v : ctx.violations()) {
                Rule r = pack.rule(v.ruleId());
                boolean deputyRule = r instanceof DeputyCap || r instanceof GroupDeputyCap || r instanceof SubordinateDeputies
                        || r instanceof DeputyShareCap;
                if (deputyRule && (v.severity() == Severity.INFO) == grace) {
                    n++;
                }
            }
            return Map.of("", n);
        });
    }

    // ------------------------------------------------------------------ staff

    /** Authorized staff (biên chế) of the units in scope. Key {@code staff.quota}. */
    public static Metric staffQuota() {
        return Metric.of("staff.quota", "Biên chế được giao (staff quota)", ctx -> staffSums(ctx)[0]);
    }

    /** Actual staff of the units in scope. Key {@code staff.actual}. */
    public static Metric staffActual() {
        return Metric.of("staff.actual", "Biên chế thực có (actual staff)", ctx -> staffSums(ctx)[1]);
    }

    /**
     * Staff against quota: {@code staff.quota}, {@code staff.actual}, {@code staff.vacancies} (the
     * sum of quota minus actual where positive) and {@code staff.over-quota-units} (units whose
     * actual staff exceeds their quota). Units of every kind in scope count, administrative units
     * too (the commune cadres' quota is often recorded on them).
     */
    public static Metric staff() {
        return Metric.family("staff", "Biên chế (staff against quota)", ctx -> {
            long[] s = staffSums(ctx);
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("quota", s[0]);
            m.put("actual", s[1]);
            m.put("vacancies", s[2]);
            m.put("over-quota-units", s[3]);
            return m;
        });
    }

    private static long[] staffSums(MetricContext ctx) {
        long quota = 0;
        long actual = 0;
        long vacancies = 0;
        long over = 0;
        for (List<Unit> us : List.of(ctx.organizations(), ctx.territories())) {
            for (Unit u : us) {
                int q = u.staffQuota().orElse(0);
                int a = u.actualStaff().orElse(0);
                quota += q;
                actual += a;
                if (u.staffQuota().isPresent()) {
                    vacancies += Math.max(0, q - a);
                    if (a > q) {
                        over++;
                    }
                }
            }
        }
        return new long[] {quota, actual, vacancies, over};
    }

    // ------------------------------------------------------------------ concurrent posts

    /**
     * Concurrent tenures (kiêm nhiệm) in force on posts of the units in scope, and the people
     * holding at least one: {@code concurrent.tenures}, {@code concurrent.people}.
     */
    public static Metric concurrentPosts() {
        return Metric.family("concurrent", "Kiêm nhiệm (concurrent posts)", ctx -> {
            OrgStructure s = ctx.structure();
            int tenures = 0;
            java.util.Set<Object> people = new java.util.HashSet<>();
            for (Unit u : ctx.units()) {
                for (Post p : s.posts(u.id())) {
                    for (Tenure t : s.tenures(p.id())) {
                        if (t.isConcurrent() && t.period().contains(s.date())) {
                            tenures++;
                            people.add(t.person());
                        }
                    }
                }
            }
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("tenures", tenures);
            m.put("people", people.size());
            return m;
        });
    }

    /**
     * The coverage of a concurrent-post model: {@code model.<id>} is the number of first posts
     * (e.g. commune party secretaries) in scope whose holder also holds a matching second post
     * (e.g. the chair of the same commune's HĐND), {@code model.<id>.eligible} the number of first
     * posts for which a matching second post exists.
     *
     * <pre>{@code
     * Metrics.coverage(VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_XA_HDND));   // model.bi-thu-xa=chu-tich-hdnd = 16, .eligible = 22
     * }</pre>
     */
    public static Metric coverage(ConcurrencyModel model) {
        Checks.notNull(model, "Metrics.coverage: the model");
        return Metric.family("model." + model.id(), model.nameVi() + " (coverage)", ctx -> {
            Coverage c = coverage(ctx, model);
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("", c.applied());
            m.put("eligible", c.eligible());
            return m;
        });
    }

    /**
     * The coverage of a model on a snapshot, e.g. {@code 16/22}: see {@link #coverage(ConcurrencyModel)}.
     *
     * <pre>{@code
     * Metrics.coverage(MetricContext.of(kb), VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_XA_HDND));   // 5/18
     * }</pre>
     */
    public static Coverage coverage(MetricContext ctx, ConcurrencyModel model) {
        Checks.notNull(ctx, "Metrics.coverage: the context");
        Checks.notNull(model, "Metrics.coverage: the model");
        OrgStructure s = ctx.structure();
        RuleContext rc = ctx.ruleContext();
        // second posts, by territory when the model needs the same territory
        Map<Optional<UnitId>, List<Post>> seconds = new HashMap<>();
        List<Post> firsts = new ArrayList<>();
        for (Unit u : s.units()) {
            if (!u.validity().contains(s.date())) {
                continue;
            }
            boolean inScope = ctx.inScope(u);
            for (Post p : s.posts(u.id())) {
                if (model.second().matches(p, rc)) {
                    seconds.computeIfAbsent(model.sameTerritory() ? u.territory() : Optional.empty(), k -> new ArrayList<>()).add(p);
                }
                if (inScope && model.first().matches(p, rc)) {
                    firsts.add(p);
                }
            }
        }
        int eligible = 0;
        int applied = 0;
        for (Post f : firsts) {
            Optional<UnitId> t = model.sameTerritory() ? s.unit(f.unit()).territory() : Optional.empty();
            if (model.sameTerritory() && t.isEmpty()) {
                continue;
            }
            List<Post> candidates = seconds.getOrDefault(t, List.of()).stream().filter(p -> !p.id().equals(f.id())).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            eligible++;
            boolean holds = false;
            for (Tenure ft : s.tenures(f.id())) {
                if (!ft.period().contains(s.date())) {
                    continue;
                }
                for (Tenure other : s.postsOf(ft.person())) {
                    if (candidates.stream().anyMatch(c -> c.id().equals(other.post()))) {
                        holds = true;
                    }
                }
            }
            if (holds) {
                applied++;
            }
        }
        return new Coverage(model.id(), applied, eligible);
    }

    // ------------------------------------------------------------------ shape

    /**
     * Spans of control: for the organizations in scope with subordinate organizations in scope,
     * how many each has — {@code span.managers} (how many have any), {@code span.mean}, {@code span.median},
     * {@code span.max}, and the distribution {@code span.1}, {@code span.2-4}, {@code span.5-9},
     * {@code span.10-19}, {@code span.20+}.
     */
    public static Metric spans() {
        return Metric.family("span", "Phạm vi quản lý (spans of control)", ctx -> {
            OrgStructure s = ctx.structure();
            List<Integer> spans = new ArrayList<>();
            for (Unit u : ctx.organizations()) {
                int n = 0;
                for (Unit c : s.children(u.id())) {
                    if (!c.isTerritorial() && ctx.inScope(c)) {
                        n++;
                    }
                }
                if (n > 0) {
                    spans.add(n);
                }
            }
            spans.sort(null);
            Map<String, Double> m = new LinkedHashMap<>();
            int k = spans.size();
            m.put("managers", (double) k);
            m.put("mean", k == 0 ? 0 : spans.stream().mapToInt(Integer::intValue).average().orElse(0));
            m.put("median", k == 0 ? 0 : k % 2 == 1 ? spans.get(k / 2) : (spans.get(k / 2 - 1) + spans.get(k / 2)) / 2.0);
            m.put("max", k == 0 ? 0 : (double) spans.get(k - 1));
            int[] bounds = {1, 2, 5, 10, 20};
            String[] names = {"1", "2-4", "5-9", "10-19", "20+"};
            int[] counts = new int[names.length];
            for (int n : spans) {
                int i = bounds.length - 1;
                while (n < bounds[i]) {
                    i--;
                }
                counts[i]++;
            }
            for (int i = 0; i < names.length; i++) {
                m.put(names[i], (double) counts[i]);
            }
            return m;
        });
    }

    /**
     * Layers: the depth of the organizations in scope, counting only ancestors in scope —
     * {@code layers} overall and {@code layers.PARTY}, {@code layers.STATE}, {@code layers.FRONT}
     * (0 when a pillar has no organization in scope). A root alone is 1 layer.
     */
    public static Metric layers() {
        return Metric.family("layers", "Tầng nấc (layers)", ctx -> {
            OrgStructure s = ctx.structure();
            Map<Pillar, Integer> by = new EnumMap<>(Pillar.class);
            Map<UnitId, Integer> depth = new HashMap<>();
            for (Unit u : ctx.organizations()) { // tree order: parents before children
                int d = 1;
                for (Unit a : s.ancestors(u.id())) {
                    Integer da = depth.get(a.id());
                    if (da != null) {
                        d = da + 1;
                        break;
                    }
                }
                depth.put(u.id(), d);
                by.merge(u.pillar(), d, Math::max);
            }
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("", by.values().stream().mapToInt(Integer::intValue).max().orElse(0));
            for (Pillar p : Pillar.values()) {
                m.put(p.name(), by.getOrDefault(p, 0));
            }
            return m;
        });
    }

    // ------------------------------------------------------------------ violations

    /** Violations in scope by severity: {@code violations.ERROR}, {@code violations.WARNING}, {@code violations.INFO}; needs a validation. */
    public static Metric violations() {
        return Metric.family("violations", "Vi phạm (violations by severity)", ctx -> {
            if (ctx.validation().isEmpty()) {
                return Map.of();
            }
            Map<String, Integer> m = new LinkedHashMap<>();
            for (Severity sv : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                m.put(sv.name(), 0);
            }
            ctx.violations().forEach(v -> m.merge(v.severity().name(), 1, Integer::sum));
            return m;
        });
    }

    /**
     * Violations of one rule in scope, any severity: {@code violations.<rule id>}; needs a validation.
     *
     * <pre>{@code
     * Target.atMost(Metrics.violationsOf("vn.nq653-2019.sap-xep"), 0, LocalDate.of(2021, 12, 31));
     * }</pre>
     */
    public static Metric violationsOf(String ruleId) {
        if (ruleId == null || ruleId.isBlank()) {
            throw new BomayException("Metrics.violationsOf: the rule id must not be blank");
        }
        return Metric.family("violations." + ruleId, "Vi phạm " + ruleId + " (violations of the rule)", ctx -> {
            if (ctx.validation().isEmpty()) {
                return Map.of();
            }
            if (!ctx.validation().get().pack().contains(ruleId)) {
                throw new BomayException("Metrics.violationsOf: the pack " + ctx.validation().get().pack().name()
                        + " has no rule " + ruleId);
            }
            return Map.of("", ctx.violations().stream().filter(v -> v.ruleId().equals(ruleId)).count());
        });
    }
}
