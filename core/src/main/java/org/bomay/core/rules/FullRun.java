package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.vavr.collection.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bomay.core.model.Person;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;
import org.bomay.core.structure.OrgStructure;

/**
 * A full run of several rules on one snapshot, in one pass over the units and one over the
 * people: each unit is read once for all the rules that select its kind, each person's posts in
 * office are looked up once for all person rules, and a run over {@value #PARALLEL_FROM} or more
 * units and people (those the rules visit) is cut into slices checked on the common fork-join pool
 * (rules are thread-safe by contract: {@link Rule}). What it finds is what a rule-by-rule run
 * finds: states are maps by anchor, so the order of the slices does not matter.
 */
final class FullRun {
    /** Below this many units and people to visit, a run stays on the calling thread. */
    static final int PARALLEL_FROM = 20_000;

    private final List<Rule> rules;
    private final RuleContext ctx;
    /** Unit and group rules (their indexes) by the kinds they select, and those that select every kind. */
    private final Map<UnitKind, List<Integer>> unitRulesByKind = new java.util.HashMap<>();
    private final List<Integer> unitRulesAnyKind = new ArrayList<>();
    private final List<Integer> personRules = new ArrayList<>();
    private final List<Integer> totalRules = new ArrayList<>();

    private FullRun(List<Rule> rules, RuleContext ctx) {
        this.rules = rules;
        this.ctx = ctx;
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            Set<UnitKind> kinds = r instanceof UnitRule u ? u.kinds() : r instanceof GroupRule g ? g.kinds() : null;
            if (r instanceof PersonRule) {
                personRules.add(i);
            } else if (r instanceof TotalRule) {
                totalRules.add(i);
            } else if (kinds.isEmpty()) {
                unitRulesAnyKind.add(i);
            } else {
                for (UnitKind k : kinds) {
                    unitRulesByKind.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    /** The state of each rule (all in force on the snapshot's date), by rule id in the given order. */
    static Map<String, RuleState> run(List<Rule> rules, RuleContext ctx) {
        return run(rules, ctx, PARALLEL_FROM);
    }

    /** The same, parallel from {@code parallelFrom} units and people (tests compare the two ways). */
    static Map<String, RuleState> run(List<Rule> rules, RuleContext ctx, int parallelFrom) {
        return new FullRun(rules, ctx).run(parallelFrom);
    }

    /** What one slice found: per rule, the anchors with violations and the total's part. */
    private final class Slice {
        final List<List<Object>> anchors = new ArrayList<>();
        final List<List<ImmutableList<Violation>>> found = new ArrayList<>();
        final long[] totals = new long[rules.size()];
        final Findings[] out = new Findings[rules.size()];

        Slice() {
            for (Rule r : rules) {
                anchors.add(new ArrayList<>());
                found.add(new ArrayList<>());
                out[anchors.size() - 1] = new Findings(r);
            }
        }

        void record(int rule, Object anchor, ImmutableList<Violation> vs) {
            if (!vs.isEmpty()) {
                anchors.get(rule).add(anchor);
                found.get(rule).add(vs);
            }
        }

        void unit(Unit u) {
            for (int i : unitRulesAnyKind) {
                check(i, u);
            }
            List<Integer> byKind = unitRulesByKind.get(u.kind());
            if (byKind != null) {
                for (int i : byKind) {
                    check(i, u);
                }
            }
            for (int i : totalRules) {
                totals[i] += ((TotalRule) rules.get(i)).contribution(u, ctx);
            }
        }

        private void check(int i, Unit u) {
            Rule r = rules.get(i);
            if (r instanceof UnitRule ur) {
                record(i, u.id(), Validator.checkUnit(ur, ImmutableSet.of(), u, ctx, out[i]));
            } else {
                record(i, u.id(), Validator.checkGroup((GroupRule) r, ImmutableSet.of(), u, ctx, out[i]));
            }
        }

        void person(Person p) {
            ImmutableList<Tenure> inOffice = ctx.structure().postsOf(p.id());
            for (int i : personRules) {
                ((PersonRule) rules.get(i)).check(p, inOffice, ctx, out[i]);
                record(i, p.id(), out[i].drain());
            }
        }
    }

    private Map<String, RuleState> run(int parallelFrom) {
        OrgStructure s = ctx.structure();
        boolean anyUnitWork = !unitRulesAnyKind.isEmpty() || !unitRulesByKind.isEmpty() || !totalRules.isEmpty();
        List<Unit> units = anyUnitWork ? s.units() : List.of();
        List<Person> people = personRules.isEmpty() ? List.of() : s.people();
        int slices = units.size() + people.size() >= parallelFrom ? Slices.count() : 1;
        Slice[] done = new Slice[slices];
        Slices.run(slices, slices > 1, k -> {
            Slice sl = new Slice();
            for (int j = Slices.from(units.size(), k, slices), end = Slices.from(units.size(), k + 1, slices); j < end; j++) {
                sl.unit(units.get(j));
            }
            for (int j = Slices.from(people.size(), k, slices), end = Slices.from(people.size(), k + 1, slices); j < end; j++) {
                sl.person(people.get(j));
            }
            done[k] = sl;
        });
        Map<String, RuleState> states = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            java.util.HashMap<Object, ImmutableList<Violation>> byAnchor = new java.util.HashMap<>();
            int count = 0;
            long total = 0;
            for (Slice sl : done) {
                List<Object> as = sl.anchors.get(i);
                List<ImmutableList<Violation>> fs = sl.found.get(i);
                for (int j = 0; j < as.size(); j++) {
                    byAnchor.put(as.get(j), fs.get(j));
                    count += fs.get(j).size();
                }
                total += sl.totals[i];
            }
            RuleState st = new RuleState(true, HashMap.ofAll(byAnchor), 0, count);
            if (rules.get(i) instanceof TotalRule r) {
                st = st.withTotal(total).put(RuleState.TOTAL, Validator.checkTotal(r, total, ctx, new Findings(r)));
            }
            states.put(rules.get(i).id(), st);
        }
        return states;
    }
}
