package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.bomay.core.BomayException;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * The outcome of validating one snapshot: its violations, in a fixed order (errors first, then by
 * rule and by what they concern), and a report that prints as a table grouped by rule or by unit.
 * Pass it to {@link Validator#revalidate} with the next snapshot to check only what changed.
 *
 * <pre>{@code
 * ValidationResult r = Validator.of(VnRules.all()).validate(KimBang.structure());
 * r.isValid();                                  // no ERROR
 * r.violations(Severity.WARNING);               // e.g. vacancies
 * r.violationsAbout(KimBang.PHONG_NONG_NGHIEP);
 * System.out.println(r.report(GroupBy.UNIT, Language.ENGLISH));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationResult {
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::ruleId).thenComparing(Violation::subject).thenComparing(Violation::messageVi)
            .thenComparing(Violation::messageEn)
            .thenComparing(v -> v.units().toString() + v.posts() + v.people());

    private final Validator validator;
    private final OrgStructure structure;
    private final MergerLog mergers;
    private final ImmutableMap<String, RuleState> states;
    private final Supplier<ImmutableList<Violation>> sorted;

    ValidationResult(Validator validator, OrgStructure structure, MergerLog mergers, ImmutableMap<String, RuleState> states) {
        this.validator = validator;
        this.structure = structure;
        this.mergers = mergers;
        this.states = states;
        this.sorted = com.google.common.base.Suppliers.memoize(this::sort);
    }

    Validator validator() {
        return validator;
    }

    RuleState state(String ruleId) {
        RuleState s = states.get(ruleId);
        return s == null ? RuleState.NOT_IN_FORCE : s;
    }

    private ImmutableList<Violation> sort() {
        List<Violation> all = new ArrayList<>();
        for (RuleState s : states.values()) {
            for (io.vavr.Tuple2<Object, ImmutableList<Violation>> e : s.byAnchor) {
                all.addAll(e._2);
            }
        }
        all.sort(ORDER);
        return ImmutableList.copyOf(all);
    }

    /** The snapshot validated. */
    public OrgStructure structure() {
        return structure;
    }

    /** The snapshot's date: the rules in force on it were applied. */
    public LocalDate date() {
        return structure.date();
    }

    /** The mergers the rules saw. */
    public MergerLog mergers() {
        return mergers;
    }

    /** The pack validated against. */
    public RulePack pack() {
        return validator.pack();
    }

    /** The rules that were in force on the date, in the pack's order. */
    public ImmutableList<Rule> rulesInForce() {
        return pack().rules().stream().filter(r -> state(r.id()).inForce).collect(ImmutableList.toImmutableList());
    }

    /** Every violation: errors first, then warnings, then information; within each by rule and subject. */
    public ImmutableList<Violation> violations() {
        return sorted.get();
    }

    /** The violations of one severity. */
    public ImmutableList<Violation> violations(Severity severity) {
        return violations().stream().filter(v -> v.severity() == severity).collect(ImmutableList.toImmutableList());
    }

    /**
     * The violations of one rule.
     *
     * @throws BomayException naming the id if the pack has no such rule
     */
    public ImmutableList<Violation> violationsOf(String ruleId) {
        pack().rule(ruleId);
        return violations().stream().filter(v -> v.ruleId().equals(ruleId)).collect(ImmutableList.toImmutableList());
    }

    /** The violations that concern a unit. */
    public ImmutableList<Violation> violationsAbout(UnitId unit) {
        return violations().stream().filter(v -> v.units().contains(unit)).collect(ImmutableList.toImmutableList());
    }

    /** The violations that concern a person. */
    public ImmutableList<Violation> violationsAbout(PersonId person) {
        return violations().stream().filter(v -> v.people().contains(person)).collect(ImmutableList.toImmutableList());
    }

    /** The number of violations of a severity. */
    public int count(Severity severity) {
        return violations(severity).size();
    }

    /** The number of violations. */
    public int size() {
        int n = 0;
        for (RuleState s : states.values()) {
            n += s.count;
        }
        return n;
    }

    /** Whether there is no ERROR (warnings and information may remain). */
    public boolean isValid() {
        return count(Severity.ERROR) == 0;
    }

    /** The violations here that {@code earlier} did not have: what appeared since. */
    public ImmutableList<Violation> appearedSince(ValidationResult earlier) {
        if (earlier == null) {
            throw new BomayException("appearedSince: the earlier result must not be null");
        }
        Set<Violation> old = new LinkedHashSet<>(earlier.violations());
        return violations().stream().filter(v -> !old.contains(v)).collect(ImmutableList.toImmutableList());
    }

    /** The violations {@code earlier} had that are gone here: what was resolved since. */
    public ImmutableList<Violation> resolvedSince(ValidationResult earlier) {
        if (earlier == null) {
            throw new BomayException("resolvedSince: the earlier result must not be null");
        }
        return earlier.appearedSince(this);
    }

    /** The report grouped by rule, in Vietnamese. */
    public String report() {
        return report(GroupBy.RULE, Language.VIETNAMESE);
    }

    /**
     * A readable table of the violations: a summary line, then one section per rule (with its
     * title and source) or per unit (with its name); a violation concerning several units is
     * listed under the first.
     */
    public String report(GroupBy by, Language language) {
        if (by == null || language == null) {
            throw new BomayException("report: the grouping and the language must not be null");
        }
        boolean en = language == Language.ENGLISH;
        StringBuilder b = new StringBuilder(summary(en)).append('\n');
        if (violations().isEmpty()) {
            return b.append(en ? "  no violation\n" : "  không có vi phạm\n").toString();
        }
        Map<String, List<Violation>> groups = new LinkedHashMap<>();
        List<Violation> list = new ArrayList<>(violations());
        if (by == GroupBy.UNIT) {
            list.sort(Comparator.comparing((Violation v) -> v.units().isEmpty() ? 1 : 0).thenComparing(Violation::subject)
                    .thenComparing(ORDER));
        } else {
            list.sort(Comparator.comparing(Violation::ruleId).thenComparing(ORDER));
        }
        for (Violation v : list) {
            String key = by == GroupBy.RULE ? v.ruleId() : v.units().isEmpty() ? "" : v.units().get(0).toString();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<String, List<Violation>> g : groups.entrySet()) {
            b.append(heading(by, g.getKey(), en)).append('\n');
            for (Violation v : g.getValue()) {
                String sev = en ? v.severity().english() : v.severity().vietnamese();
                String what = by == GroupBy.RULE ? concerned(v) : v.ruleId();
                b.append(String.format("  %-10s %-34s %s%n", sev, what, v.message(language)));
            }
        }
        return b.toString();
    }

    /**
     * A short table: the summary line, then one line per rule with violations — counts of errors,
     * warnings and information, and the rule's id and title.
     *
     * <pre>{@code
     * System.out.println(result.overview(Language.VIETNAMESE));
     * }</pre>
     */
    public String overview(Language language) {
        if (language == null) {
            throw new BomayException("overview: the language must not be null");
        }
        boolean en = language == Language.ENGLISH;
        StringBuilder b = new StringBuilder(summary(en)).append('\n');
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Rule r : pack().rules()) {
            counts.put(r.id(), new int[3]);
        }
        for (Violation v : violations()) {
            counts.get(v.ruleId())[v.severity().ordinal()]++;
        }
        b.append(en ? String.format("  %6s %8s %6s  %s%n", "errors", "warnings", "info", "rule")
                : String.format("  %6s %8s %6s  %s%n", "lỗi", "cảnh báo", "t.tin", "quy tắc"));
        for (Rule r : pack().rules()) {
            int[] c = counts.get(r.id());
            if (c[0] + c[1] + c[2] > 0) {
                b.append(String.format("  %6d %8d %6d  %s — %s%n", c[0], c[1], c[2], r.id(), en ? r.titleEn() : r.titleVi()));
            }
        }
        return b.toString();
    }

    private String heading(GroupBy by, String key, boolean en) {
        if (by == GroupBy.RULE) {
            Rule r = pack().rule(key);
            return key + " — " + (en ? r.titleEn() : r.titleVi())
                    + r.source().map(b -> " (" + b.number() + ")").orElse("");
        }
        if (key.isEmpty()) {
            return en ? "(people and the whole structure)" : "(người và toàn bộ cơ cấu)";
        }
        UnitId id = UnitId.of(key);
        return structure.contains(id) ? key + " " + structure.unit(id).name() : key;
    }

    private static String concerned(Violation v) {
        List<Object> ids = new ArrayList<>();
        ids.addAll(v.units());
        ids.addAll(v.people());
        if (ids.isEmpty()) {
            ids.addAll(v.posts());
        }
        String s = ids.stream().limit(3).map(Object::toString).reduce((a, c) -> a + ", " + c).orElse("—");
        return ids.size() > 3 ? s + " +" + (ids.size() - 3) : s;
    }

    private String summary(boolean en) {
        int rules = rulesInForce().size();
        if (en) {
            return String.format("Validation on %s against %s (%d of %d rules in force): %d errors, %d warnings, %d info",
                    date(), pack().name(), rules, pack().size(), count(Severity.ERROR), count(Severity.WARNING),
                    count(Severity.INFO));
        }
        return String.format("Kiểm tra ngày %s theo %s (%d/%d quy tắc có hiệu lực): %d lỗi, %d cảnh báo, %d thông tin",
                date(), pack().name(), rules, pack().size(), count(Severity.ERROR), count(Severity.WARNING),
                count(Severity.INFO));
    }

    /** Returns the English summary line, e.g. {@code Validation on 2021-01-01 against ... : 2 errors, 1 warnings, 0 info}. */
    @Override
    public String toString() {
        return summary(true);
    }
}
