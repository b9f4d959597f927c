package org.bomay.core.history;

import com.google.common.collect.ImmutableList;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeInfo;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * The history of a structure: an immutable sequence of versions, each the result of one change,
 * in the order of their effective dates. Applying a change returns a new history; the old one is
 * unchanged and shares everything with it (persistent maps and vectors). It holds the snapshots of
 * every {@value Version#CHECKPOINT_EVERY}th version and of the latest; the others are recomputed
 * when asked for and no one holds them (see {@link Version}), so keeping thousands of versions
 * costs little more than one snapshot.
 *
 * <pre>{@code
 * History h = History.start(KimBang.structure())
 *         .apply(mergeOffices)               // effective 2018-07-01
 *         .apply(transferHealthCentre);      // effective 2018-06-30? no: changes go in date order
 * h.asOf(LocalDate.of(2018, 3, 1));          // the structure in force on that day
 * h.asDecided(LocalDate.of(2018, 5, 31));    // only what had been decided by then, with future effects
 * h.successors(UnitId.of("kb.snn.ttrt"));    // what the crop station became
 * h.undo(LocalDate.of(2019, 1, 1));          // a new version with the structure before the last change
 * }</pre>
 *
 * <p>Unit ids are never reused: a change that would create a unit with the id of one that existed
 * earlier in the history is rejected (a merged unit may keep the id of the merging unit that keeps
 * the headquarters, since that unit continues). This class is immutable and thread-safe.
 */
public final class History {
    private final Vector<Version> versions;
    private final HashSet<UnitId> everUsed;
    private final HashMap<UnitId, Vector<LineageStep>> forward;
    private final HashMap<UnitId, Vector<LineageStep>> backward;
    private final HashMap<UnitId, Vector<Integer>> eventsByUnit;
    /** The latest snapshot, held here: a version between checkpoints holds its own only weakly (Version). */
    private final OrgStructure current;

    private History(Vector<Version> versions, OrgStructure current, HashSet<UnitId> everUsed,
            HashMap<UnitId, Vector<LineageStep>> forward, HashMap<UnitId, Vector<LineageStep>> backward,
            HashMap<UnitId, Vector<Integer>> eventsByUnit) {
        this.versions = versions;
        this.current = current;
        this.everUsed = everUsed;
        this.forward = forward;
        this.backward = backward;
        this.eventsByUnit = eventsByUnit;
    }

    /**
     * A history whose version 0 is {@code initial}, in force from its date.
     *
     * <pre>{@code
     * History h = History.start(KimBang.structure());
     * }</pre>
     *
     * @throws BomayException if {@code initial} is null
     */
    public static History start(OrgStructure initial) {
        Checks.notNull(initial, "History.start: the initial structure");
        // ids of the initial structure are looked up in it; everUsed holds only the ids that came later
        return new History(Vector.of(Version.initial(initial)), initial, HashSet.empty(),
                HashMap.empty(), HashMap.empty(), HashMap.empty());
    }

    /**
     * Applies a change to the current structure and returns the history with one more version.
     *
     * <pre>{@code
     * h = h.apply(Absorb.of(LocalDate.of(2018, 10, 1), UnitId.of("ct.ttyt"), UnitId.of("ct.ttdskhhgd")));
     * }</pre>
     *
     * @throws org.bomay.core.change.ChangeException if the change cannot apply (this history is unchanged)
     * @throws BomayException if it takes effect before the current version, or would reuse a unit
     *     id that existed earlier in the history
     */
    public History apply(Change change) {
        Checks.notNull(change, "History.apply: the change");
        OrgStructure cur = current();
        if (change.effective().isBefore(cur.date())) {
            throw new BomayException("History.apply: " + change.type() + " " + change.summary() + " takes effect on "
                    + change.effective() + ", before the current version's date " + cur.date()
                    + "; a history takes changes in the order of their effective dates");
        }
        for (UnitId id : newUnitIds(change)) {
            if (hasUsed(id) && !cur.contains(id)) {
                throw new BomayException("History.apply: " + change.type() + " " + change.summary() + " would create unit " + id
                        + ", an id that an earlier unit of this history had; unit ids are never reused, choose a new one");
            }
        }
        Applied a = change.applyTo(cur);
        return append(Version.applied(versions.last(), a.structure(), a.event()), a.structure());
    }

    /**
     * Applies changes in order; all or nothing.
     *
     * @throws org.bomay.core.change.ChangeException for the first change that cannot apply
     */
    public History applyAll(Iterable<? extends Change> changes) {
        Checks.notNull(changes, "History.applyAll: the changes");
        History h = this;
        for (Change c : changes) {
            h = h.apply(c);
        }
        return h;
    }

    /**
     * Undoes the latest change as a new version, effective on {@code effective}: its structure is the
     * one before that change (seen on the new date), and its event (type UNDO) links the units the
     * change made back to the ones it consumed. Nothing is erased: the undone version stays.
     *
     * <pre>{@code
     * History back = h.undo(LocalDate.of(2019, 1, 1));
     * back.current().sameContent(h.version(h.size() - 2).structure());   // true
     * }</pre>
     *
     * @throws BomayException if there is no change to undo or the date is before the latest version
     */
    public History undo(LocalDate effective) {
        return undo(ChangeInfo.on(Checks.notNull(effective, "History.undo: the effective date")));
    }

    /** Undoes the latest change with a decision date, basis and note; see {@link #undo(LocalDate)}. */
    public History undo(ChangeInfo info) {
        Checks.notNull(info, "History.undo: the info");
        if (versions.size() < 2) {
            throw new BomayException("History.undo: there is no change to undo (the history has only its initial version)");
        }
        Version last = versions.last();
        if (info.effective().isBefore(last.date())) {
            throw new BomayException("History.undo: the undo takes effect on " + info.effective() + ", before the latest version's date "
                    + last.date());
        }
        Version before = versions.get(versions.size() - 2);
        OrgStructure back = before.structure().withDate(info.effective());
        return append(Version.undo(last, back, ChangeEvent.undoOf(last.event().get(), info), before), back);
    }

    private History append(Version v, OrgStructure s) {
        ChangeEvent e = v.event().orElseThrow();
        int index = v.index();
        HashMap<UnitId, Vector<LineageStep>> fw = forward;
        HashMap<UnitId, Vector<LineageStep>> bw = backward;
        for (ChangeEvent.UnitLink l : e.links()) {
            LineageStep step = new LineageStep(l.from(), l.to(), l.kind(), e.info().effective(), index, e.type());
            fw = fw.put(l.from(), fw.getOrElse(l.from(), Vector.empty()).append(step));
            bw = bw.put(l.to(), bw.getOrElse(l.to(), Vector.empty()).append(step));
        }
        Set<UnitId> concerned = new LinkedHashSet<>(e.originals());
        concerned.addAll(e.results());
        concerned.addAll(e.established());
        concerned.addAll(e.ceased());
        HashMap<UnitId, Vector<Integer>> ev = eventsByUnit;
        HashSet<UnitId> used = everUsed;
        for (UnitId u : concerned) {
            ev = ev.put(u, ev.getOrElse(u, Vector.empty()).append(index));
            used = used.add(u);
        }
        return new History(versions.append(v), s, used, fw, bw, ev);
    }

    private static List<UnitId> newUnitIds(Change c) {
        List<UnitId> out = new ArrayList<>();
        if (c instanceof Establish x) {
            out.add(x.unit().id());
        } else if (c instanceof Merge x) {
            if (!x.sources().contains(x.result().id())) {
                out.add(x.result().id());
            }
        } else if (c instanceof Split x) {
            for (SplitPart p : x.parts()) {
                out.add(p.unit().id());
            }
        } else if (c instanceof Compound x) {
            x.parts().forEach(p -> out.addAll(newUnitIds(p)));
        }
        return out;
    }

    // ------------------------------------------------------------------ versions

    /** The latest structure. */
    public OrgStructure current() {
        return current;
    }

    /** The initial structure (version 0). */
    public OrgStructure initial() {
        return versions.head().structure();
    }

    /** How many versions (1 + the number of changes and undos applied). */
    public int size() {
        return versions.size();
    }

    /**
     * Version {@code index} (0: the initial structure).
     *
     * @throws BomayException if there is no such version
     */
    public Version version(int index) {
        if (index < 0 || index >= versions.size()) {
            throw new BomayException("History.version: there is no version " + index + "; versions are 0.." + (versions.size() - 1));
        }
        return versions.get(index);
    }

    /** All versions, oldest first. */
    public ImmutableList<Version> versions() {
        return ImmutableList.copyOf(versions);
    }

    /** The events of all changes, oldest first. */
    public ImmutableList<ChangeEvent> events() {
        ImmutableList.Builder<ChangeEvent> out = ImmutableList.builder();
        versions.forEach(v -> v.event().ifPresent(out::add));
        return out.build();
    }

    /**
     * The structure in force on a date: the latest version whose date is on or before it, seen on
     * that date. Costs O(log n) in the number of versions.
     *
     * <pre>{@code
     * h.asOf(LocalDate.of(2018, 3, 1)).find("văn phòng");
     * }</pre>
     *
     * @throws BomayException if the date is before the initial version's date
     */
    public OrgStructure asOf(LocalDate date) {
        return versionAsOf(date).structure().withDate(date);
    }

    /**
     * The version in force on a date.
     *
     * @throws BomayException if the date is before the initial version's date
     */
    public Version versionAsOf(LocalDate date) {
        Checks.notNull(date, "History.asOf: the date");
        if (date.isBefore(versions.head().date())) {
            throw new BomayException("History.asOf: " + date + " is before the history starts, on " + versions.head().date());
        }
        int lo = 0;
        int hi = versions.size() - 1;
        while (lo < hi) { // the last version with date <= date
            int mid = (lo + hi + 1) >>> 1;
            if (versions.get(mid).date().isAfter(date)) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        return versions.get(lo);
    }

    /**
     * What had been decided by a date: a history of the initial structure and only the changes whose
     * decision date (or, without one, effective date) is on or before {@code date}, with their own
     * effective dates — some may lie after {@code date}. An undo is kept when it was decided by then
     * and the change it undid is kept.
     *
     * <pre>{@code
     * h.asDecided(LocalDate.of(2018, 5, 31)).current();   // what the plan decided by then leads to
     * }</pre>
     *
     * @throws org.bomay.core.change.ChangeException if a decided change cannot apply without one decided later
     */
    public History asDecided(LocalDate date) {
        Checks.notNull(date, "History.asDecided: the date");
        History h = start(initial());
        Deque<Boolean> kept = new ArrayDeque<>(); // for each applied or skipped change, whether it was kept (for undos)
        for (int i = 1; i < versions.size(); i++) {
            ChangeEvent e = versions.get(i).event().get();
            boolean decided = !e.info().decidedOrEffective().isAfter(date);
            if (e.type() == ChangeType.UNDO) {
                boolean undoneKept = !kept.isEmpty() && kept.pop();
                if (decided && undoneKept) {
                    h = h.undo(e.info());
                } else if (undoneKept) {
                    kept.push(true);
                }
                continue;
            }
            if (decided) {
                h = h.apply(e.change().get());
            }
            kept.push(decided);
        }
        return h;
    }

    // ------------------------------------------------------------------ lineage

    /**
     * What a unit became, transitively, oldest first: every link from it, and from what it became,
     * and so on.
     *
     * <pre>{@code
     * h.successors(UnitId.of("ct.ttdskhhgd"));   // [ct.ttdskhhgd ABSORBED_INTO ct.ttyt on 2018-10-01 ...]
     * }</pre>
     */
    public ImmutableList<LineageStep> successors(UnitId unit) {
        return walk(unit, forward, true);
    }

    /** Where a unit came from, transitively, newest first. */
    public ImmutableList<LineageStep> predecessors(UnitId unit) {
        return walk(unit, backward, false);
    }

    private ImmutableList<LineageStep> walk(UnitId unit, HashMap<UnitId, Vector<LineageStep>> index, boolean fw) {
        Checks.notNull(unit, "History lineage: the unit");
        List<LineageStep> out = new ArrayList<>();
        Set<LineageStep> seen = new java.util.HashSet<>();
        Deque<UnitId> todo = new ArrayDeque<>();
        todo.add(unit);
        Set<UnitId> visited = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            UnitId u = todo.poll();
            if (!visited.add(u)) {
                continue;
            }
            for (LineageStep s : index.getOrElse(u, Vector.empty())) {
                if (seen.add(s)) {
                    out.add(s);
                    todo.add(fw ? s.to() : s.from());
                }
            }
        }
        Comparator<LineageStep> order = Comparator.comparingInt(LineageStep::version);
        out.sort(fw ? order : order.reversed());
        return ImmutableList.copyOf(out);
    }

    /**
     * The units of the current structure that a unit is now part of: itself alone if it exists now,
     * otherwise the existing units its successors lead to ("which province is Bến Tre part of now?").
     * Empty if it was dissolved or converted without successors.
     */
    public ImmutableList<UnitId> currentSuccessors(UnitId unit) {
        Checks.notNull(unit, "History.currentSuccessors: the unit");
        OrgStructure cur = current();
        if (cur.contains(unit)) {
            return ImmutableList.of(unit);
        }
        Set<UnitId> out = new LinkedHashSet<>();
        for (LineageStep s : successors(unit)) {
            if (cur.contains(s.to())) {
                out.add(s.to());
            }
        }
        return ImmutableList.copyOf(out);
    }

    /** The events that acted on a unit or produced it, oldest first. */
    public ImmutableList<ChangeEvent> eventsOf(UnitId unit) {
        Checks.notNull(unit, "History.eventsOf: the unit");
        ImmutableList.Builder<ChangeEvent> out = ImmutableList.builder();
        for (Integer i : eventsByUnit.getOrElse(unit, Vector.empty())) {
            out.add(versions.get(i).event().get());
        }
        return out.build();
    }

    /** Whether a unit id occurs anywhere in the history (and so may not be used for a new unit). */
    public boolean hasUsed(UnitId unit) {
        return unit != null && (everUsed.contains(unit) || initial().contains(unit));
    }

    /** e.g. {@code History[5 versions, 2018-01-01 .. 2018-07-01; current: OrgStructure[...]]}. */
    @Override
    public String toString() {
        return "History[" + versions.size() + (versions.size() == 1 ? " version, " : " versions, ") + versions.head().date()
                + " .. " + versions.last().date() + "; current: " + current() + "]";
    }
}
