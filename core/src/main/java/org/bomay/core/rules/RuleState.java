package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import io.vavr.collection.HashMap;

/**
 * What the validator knows about one rule on one snapshot: whether it is in force, its
 * violations by anchor (a unit id, a person id, or {@link #TOTAL}), and for a {@link TotalRule}
 * the running total. Persistent, so an incremental run shares what it did not re-check.
 */
final class RuleState {
    static final Object TOTAL = new Object() {
        @Override
        public String toString() {
            return "TOTAL";
        }
    };
    static final RuleState NOT_IN_FORCE = new RuleState(false, HashMap.empty(), 0, 0);

    final boolean inForce;
    final HashMap<Object, ImmutableList<Violation>> byAnchor;
    final long total;
    final int count;

    RuleState(boolean inForce, HashMap<Object, ImmutableList<Violation>> byAnchor, long total, int count) {
        this.inForce = inForce;
        this.byAnchor = byAnchor;
        this.total = total;
        this.count = count;
    }

    ImmutableList<Violation> at(Object anchor) {
        ImmutableList<Violation> l = byAnchor.get(anchor).getOrNull();
        return l == null ? ImmutableList.of() : l;
    }

    RuleState put(Object anchor, ImmutableList<Violation> found) {
        ImmutableList<Violation> old = at(anchor);
        if (found.isEmpty()) {
            return old.isEmpty() ? this : new RuleState(inForce, byAnchor.remove(anchor), total, count - old.size());
        }
        return new RuleState(inForce, byAnchor.put(anchor, found), total, count - old.size() + found.size());
    }

    RuleState withTotal(long newTotal) {
        return new RuleState(inForce, byAnchor, newTotal, count);
    }
}
