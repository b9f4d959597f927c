package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.text.VnText;

/**
 * A named set of rules, composable: packs of different regimes (before and after the 2025
 * reform) join into one, and the {@link Validator} applies on each date only the rules in force.
 * Rule ids are unique within a pack.
 *
 * <pre>{@code
 * RulePack pack = RulePack.compose("Kim Bảng", VnRules.all(), RulePack.of("local", myRule));
 * pack.inForce(LocalDate.of(2021, 1, 1));   // the rules a 2021 snapshot is judged by
 * System.out.println(pack.describe());      // one line per rule: id, target, validity, source
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RulePack {
    private final String name;
    private final ImmutableList<Rule> rules;
    private final Map<String, Rule> byId;

    private RulePack(String name, List<Rule> rules) {
        try {
            this.name = VnText.name(name);
        } catch (BomayException e) {
            throw new BomayException("A rule pack needs a name: " + e.getMessage(), e);
        }
        if (rules == null) {
            throw new BomayException("Rule pack " + this.name + ": the rules must not be null");
        }
        Map<String, Rule> m = new LinkedHashMap<>();
        int i = 0;
        for (Rule r : rules) {
            if (r == null) {
                throw new BomayException("Rule pack " + this.name + ": rule " + i + " is null");
            }
            Rule clash = m.putIfAbsent(r.id(), r);
            if (clash != null) {
                throw new BomayException("Rule pack " + this.name + ": two rules have the id " + r.id()
                        + " (give one another id with RuleInfo.withId, or drop one with without(\"" + r.id() + "\"))");
            }
            i++;
        }
        this.rules = ImmutableList.copyOf(m.values());
        this.byId = m;
    }

    /** A pack of the given rules, in order. */
    public static RulePack of(String name, Rule... rules) {
        return new RulePack(name, rules == null ? null : java.util.Arrays.asList(rules));
    }

    /** A pack of the given rules, in order. */
    public static RulePack of(String name, Iterable<? extends Rule> rules) {
        if (rules == null) {
            return new RulePack(name, null);
        }
        List<Rule> l = new ArrayList<>();
        rules.forEach(l::add);
        return new RulePack(name, l);
    }

    /** The rules of several packs, in order, under a new name. */
    public static RulePack compose(String name, RulePack... packs) {
        if (packs == null) {
            throw new BomayException("RulePack.compose: the packs must not be null");
        }
        List<Rule> l = new ArrayList<>();
        for (RulePack p : packs) {
            if (p == null) {
                throw new BomayException("RulePack.compose(" + name + "): a pack is null");
            }
            l.addAll(p.rules);
        }
        return new RulePack(name, l);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The rules, in order. */
    public ImmutableList<Rule> rules() {
        return rules;
    }

    /** The number of rules. */
    public int size() {
        return rules.size();
    }

    /**
     * The rule with an id.
     *
     * @throws BomayException naming the id if the pack has no such rule
     */
    public Rule rule(String id) {
        Rule r = byId.get(id);
        if (r == null) {
            throw new BomayException("Rule pack " + name + " has no rule " + id + " (its rules: " + byId.keySet() + ")");
        }
        return r;
    }

    /** Whether the pack has a rule with this id. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The rules in force on a date, in order. */
    public ImmutableList<Rule> inForce(LocalDate date) {
        if (date == null) {
            throw new BomayException("RulePack.inForce: the date must not be null");
        }
        return rules.stream().filter(r -> r.inForce(date)).collect(ImmutableList.toImmutableList());
    }

    /** This pack plus more rules (same name). */
    public RulePack plus(Rule... more) {
        return compose(name, this, of(name, more));
    }

    /** This pack without the rules of these ids; every id must be in the pack. */
    public RulePack without(String... ids) {
        List<Rule> l = new ArrayList<>(rules);
        for (String id : ids == null ? new String[] {null} : ids) {
            l.remove(rule(id));
        }
        return new RulePack(name, l);
    }

    /** This pack with the rule of the same id replaced (e.g. other parameters). */
    public RulePack replace(Rule replacement) {
        if (replacement == null) {
            throw new BomayException("RulePack.replace: the rule must not be null");
        }
        Rule old = rule(replacement.id());
        List<Rule> l = new ArrayList<>(rules);
        l.set(l.indexOf(old), replacement);
        return new RulePack(name, l);
    }

    /** This pack under another name. */
    public RulePack named(String newName) {
        return new RulePack(newName, rules);
    }

    /** One line per rule: id, target, validity, source and title. */
    public String describe() {
        StringBuilder b = new StringBuilder(name + " (" + rules.size() + " rules)\n");
        for (Rule r : rules) {
            b.append(String.format("  %-48s %-6s %-26s %-22s %s%n", r.id(), r.shape(), r.validity(),
                    r.info().sourceNumber(), r.titleVi()));
        }
        return b.toString();
    }

    /** Returns e.g. {@code RulePack[Việt Nam, 31 rules]}. */
    @Override
    public String toString() {
        return "RulePack[" + name + ", " + rules.size() + " rules]";
    }
}
