package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeEvent.LinkKind;
import org.bomay.core.change.ChangeEvent.UnitLink;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * When each unit was last formed by a merger (hợp nhất) or grew by absorbing others (sáp nhập),
 * and from how many units. Rules read it for grace periods ("the deputy count may exceed the cap
 * for up to 5 years after the merger", NĐ 150/2025/NĐ-CP) and for caps that depend on how many
 * units were merged (a province formed from 3 provinces, NĐ 300/2025/NĐ-CP).
 *
 * <p>The validator derives it from the events of a {@link History} ({@link #of(History)}) and
 * keeps it up to date in incremental runs. A snapshot without history has an empty log unless the
 * caller states the mergers:
 *
 * <pre>{@code
 * MergerLog log = MergerLog.empty().with(UnitId.of("kb.vp"), LocalDate.of(2018, 7, 1),
 *         List.of(UnitId.of("kb.hu.vp"), UnitId.of("kb.ubnd.vp")));
 * validator.validate(structure, log);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MergerLog {
    private static final MergerLog EMPTY = new MergerLog(io.vavr.collection.HashMap.empty(), null);

    /**
     * One merger that produced or enlarged a unit.
     *
     * @param unit the resulting unit
     * @param date the merger's effective date
     * @param from the units that went into it (for an absorption, the absorbing unit first)
     * @param fromClasses the classes (loại) of those units, for those whose class is known
     * @param allClassesKnown whether every unit in {@code from} had a known class
     */
    public record Merger(UnitId unit, LocalDate date, ImmutableList<UnitId> from, ImmutableSet<UnitClass> fromClasses,
            boolean allClassesKnown) {

        /** Validates. */
        public Merger {
            if (unit == null || date == null || from == null || fromClasses == null) {
                throw new BomayException("A merger record needs a unit, a date, the units merged and their classes");
            }
            if (from.size() < 2) {
                throw new BomayException("A merger of " + unit + " needs at least 2 units, was " + from);
            }
        }

        /** How many units the unit was formed from (at least 2). */
        public int formedFrom() {
            return from.size();
        }
    }

    /** Unit → its mergers, latest first. */
    private final io.vavr.collection.HashMap<UnitId, io.vavr.collection.List<Merger>> mergers;
    /** The log before the latest recorded event, which undoing that event restores; null for the empty log. */
    private final MergerLog previous;

    private MergerLog(io.vavr.collection.HashMap<UnitId, io.vavr.collection.List<Merger>> mergers, MergerLog previous) {
        this.mergers = mergers;
        this.previous = previous;
    }

    /** A log with no merger. */
    public static MergerLog empty() {
        return EMPTY;
    }

    /** The mergers recorded in a history's events, in order. */
    public static MergerLog of(History history) {
        if (history == null) {
            throw new BomayException("MergerLog.of: the history must not be null");
        }
        MergerLog log = EMPTY;
        OrgStructure before = history.initial();
        for (Version v : history.versions()) {
            if (v.event().isPresent()) {
                log = log.record(v.event().get(), before);
            }
            before = v.structure();
        }
        return log;
    }

    /**
     * Returns this log with a stated merger whose classes are unknown: {@code unit} was formed
     * from the units {@code from} (for an absorption, include the absorbing unit) on {@code date}.
     *
     * @throws BomayException if an argument is null or fewer than 2 units are given
     */
    public MergerLog with(UnitId unit, LocalDate date, List<UnitId> from) {
        if (unit == null || date == null || from == null || from.stream().anyMatch(java.util.Objects::isNull)) {
            throw new BomayException("MergerLog.with: the unit, the date and the merged units must not be null");
        }
        return with(new Merger(unit, date, ImmutableList.copyOf(new LinkedHashSet<>(from)), ImmutableSet.of(), false));
    }

    /** Returns this log with a merger added as the unit's latest. */
    public MergerLog with(Merger merger) {
        if (merger == null) {
            throw new BomayException("MergerLog.with: the merger must not be null");
        }
        return new MergerLog(mergers.put(merger.unit(), mergers.get(merger.unit()).getOrElse(io.vavr.collection.List.empty())
                .prepend(merger)), this);
    }

    /**
     * Returns this log updated by an event: a merger or absorption adds a record for the unit it
     * produced; an undo ({@code History.undo}, which restores the content before the latest change)
     * restores the log as it was before the latest recorded event.
     *
     * @param before the snapshot the event was applied to, for the classes of the merged units
     */
    public MergerLog record(ChangeEvent event, OrgStructure before) {
        if (event == null || before == null) {
            throw new BomayException("MergerLog.record: the event and the snapshot before must not be null");
        }
        if (event.type() == ChangeType.UNDO) {
            // History.undo restores the content before the latest change, so the log goes back to
            // the one before the latest event; undoing that undo (a redo) comes back here.
            MergerLog restored = previous == null ? EMPTY : previous;
            return new MergerLog(restored.mergers, this);
        }
        Map<UnitId, Set<UnitId>> into = new LinkedHashMap<>();
        for (UnitLink l : event.links()) {
            if (l.kind() == LinkKind.MERGED_INTO || l.kind() == LinkKind.ABSORBED_INTO) {
                Set<UnitId> from = into.computeIfAbsent(l.to(), k -> new LinkedHashSet<>());
                if (l.kind() == LinkKind.ABSORBED_INTO) {
                    from.add(l.to());
                }
                from.add(l.from());
            }
        }
        MergerLog log = new MergerLog(mergers, this);
        for (Map.Entry<UnitId, Set<UnitId>> e : into.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            Set<UnitClass> classes = new LinkedHashSet<>();
            boolean all = true;
            for (UnitId f : e.getValue()) {
                Optional<UnitClass> c = before.contains(f) ? before.unit(f).unitClass() : Optional.empty();
                if (c.isPresent()) {
                    classes.add(c.get());
                } else {
                    all = false;
                }
            }
            Merger mg = new Merger(e.getKey(), event.info().effective(), ImmutableList.copyOf(e.getValue()),
                    ImmutableSet.copyOf(classes), all);
            log = new MergerLog(log.mergers.put(mg.unit(), log.mergers.get(mg.unit()).getOrElse(io.vavr.collection.List.empty())
                    .prepend(mg)), this);
        }
        return log;
    }

    /** The unit's latest merger, if any. */
    public Optional<Merger> latest(UnitId unit) {
        io.vavr.collection.List<Merger> l = unit == null ? null : mergers.get(unit).getOrNull();
        return l == null || l.isEmpty() ? Optional.empty() : Optional.of(l.head());
    }

    /** The unit's latest merger effective on or before a date, if any (later ones are ignored). */
    public Optional<Merger> latest(UnitId unit, LocalDate onOrBefore) {
        io.vavr.collection.List<Merger> l = unit == null ? null : mergers.get(unit).getOrNull();
        if (l == null || onOrBefore == null) {
            return Optional.empty();
        }
        for (Merger m : l) {
            if (!m.date().isAfter(onOrBefore)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Every merger on record for a unit, latest first (empty if none): what {@link #latest(UnitId)}
     * picks from. Adding them oldest first with {@link #with(Merger)} gives an equal log.
     *
     * <pre>{@code
     * log.mergersOf(UnitId.of("kb.vp"));   // [Merger[unit=kb.vp, date=2018-07-01, from=[kb.hu.vp, kb.ubnd.vp], ...]]
     * }</pre>
     */
    public ImmutableList<Merger> mergersOf(UnitId unit) {
        io.vavr.collection.List<Merger> l = unit == null ? null : mergers.get(unit).getOrNull();
        return l == null ? ImmutableList.of() : ImmutableList.copyOf(l);
    }

    /** Every unit with a merger on record. */
    public ImmutableSet<UnitId> units() {
        return ImmutableSet.copyOf(mergers.keySet());
    }

    /** The number of units with a merger on record. */
    public int size() {
        return mergers.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MergerLog l && mergers.equals(l.mergers);
    }

    @Override
    public int hashCode() {
        return mergers.hashCode();
    }

    /** Returns e.g. {@code MergerLog[2 units]}. */
    @Override
    public String toString() {
        return "MergerLog[" + mergers.size() + " units]";
    }

    /** Units with a merger whose date, or date plus {@code grace}, lies in {@code (from, to]}. */
    Set<UnitId> graceEnding(java.time.Period grace, LocalDate from, LocalDate to) {
        Set<UnitId> out = new LinkedHashSet<>();
        for (io.vavr.Tuple2<UnitId, io.vavr.collection.List<Merger>> e : mergers) {
            for (Merger mg : e._2) {
                LocalDate end = mg.date().plus(grace);
                if (end.isAfter(from) && !end.isAfter(to) || mg.date().isAfter(from) && !mg.date().isAfter(to)) {
                    out.add(e._1);
                }
            }
        }
        return out;
    }

    boolean isEmpty() {
        return mergers.isEmpty();
    }
}
