package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.model.Person;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;

/**
 * What a rule's check sees: the snapshot, its date, the {@link MergerLog}, and helpers that
 * every rule type needs (deputies in office, the class of a unit or of its territory, inherited
 * attributes, territorial scope). Created by the {@link Validator}.
 *
 * <pre>{@code
 * public void check(Unit u, RuleContext ctx, Findings out) {
 *     int n = ctx.deputies(u.id());
 *     Optional<UnitClass> c = ctx.classOf(u);       // the unit's class, or its territory's
 *     boolean fresh = ctx.withinGrace(u, java.time.Period.ofYears(5));
 * }
 * }</pre>
 */
public final class RuleContext {
    private final OrgStructure structure;
    private final MergerLog mergers;

    RuleContext(OrgStructure structure, MergerLog mergers) {
        this.structure = structure;
        this.mergers = mergers;
    }

    /** A context for checking a snapshot outside a validator, e.g. in a rule's own tests. */
    public static RuleContext of(OrgStructure structure, MergerLog mergers) {
        if (structure == null || mergers == null) {
            throw new BomayException("RuleContext.of: the structure and the merger log must not be null");
        }
        return new RuleContext(structure, mergers);
    }

    /** The snapshot being checked. */
    public OrgStructure structure() {
        return structure;
    }

    /** The snapshot's date: the date the rules are judged on. */
    public LocalDate date() {
        return structure.date();
    }

    /** The mergers on record. */
    public MergerLog mergers() {
        return mergers;
    }

    /**
     * The number of people in office in the unit's DEPUTY posts (cấp phó) on the date; a person
     * holding two of them counts once.
     */
    public int deputies(UnitId unit) {
        return distinct(structure.holders(unit, PostRole.DEPUTY)).size();
    }

    /** The people in office in the unit's HEAD posts on the date, each once. */
    public ImmutableList<Person> heads(UnitId unit) {
        return distinct(structure.heads(unit));
    }

    private static ImmutableList<Person> distinct(ImmutableList<Person> people) {
        return people.size() < 2 ? people : ImmutableSet.copyOf(people).asList();
    }

    /** The unit's territory, if it names one (a territorial unit is its own). */
    public Optional<Unit> territoryOf(Unit unit) {
        return unit.territory().filter(structure::contains).map(structure::unit);
    }

    /** The unit's class (loại), or else its territory's. */
    public Optional<UnitClass> classOf(Unit unit) {
        if (unit.unitClass().isPresent()) {
            return unit.unitClass();
        }
        return territoryOf(unit).flatMap(Unit::unitClass);
    }

    /**
     * An attribute of the unit, or else of its territory, or else of the nearest ancestor (of
     * the unit, then of the territory) that has it. Rules that use this read {@link Reach#INHERITED}
     * (or {@link Reach#ANCESTORS}, which includes it).
     */
    public Optional<String> inherited(Unit unit, String key) {
        Optional<String> own = unit.attribute(key);
        if (own.isPresent()) {
            return own;
        }
        Optional<Unit> t = territoryOf(unit);
        if (t.isPresent() && !t.get().id().equals(unit.id())) {
            Optional<String> v = t.get().attribute(key);
            if (v.isPresent()) {
                return v;
            }
        }
        for (Unit a : structure.ancestors(unit.id())) {
            Optional<String> v = a.attribute(key);
            if (v.isPresent()) {
                return v;
            }
        }
        if (t.isPresent() && !t.get().id().equals(unit.id())) {
            for (Unit a : structure.ancestors(t.get().id())) {
                Optional<String> v = a.attribute(key);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a unit lies within an area: it is the area, or the area is an ancestor of the unit
     * or of the unit's territory. Rules that use this read {@link Reach#ANCESTORS}.
     */
    public boolean isWithin(Unit unit, UnitId area) {
        if (unit.id().equals(area) || unit.territory().filter(area::equals).isPresent()) {
            return true;
        }
        for (Unit a : structure.ancestors(unit.id())) {
            if (a.id().equals(area)) {
                return true;
            }
        }
        Optional<Unit> t = territoryOf(unit);
        if (t.isPresent()) {
            for (Unit a : structure.ancestors(t.get().id())) {
                if (a.id().equals(area)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The latest merger of the unit's territory (for an administrative unit, of itself): the
     * record that caps "by how many provinces were merged" read. Rules that use this for an
     * organization read {@link Reach#OWN_TERRITORY}.
     */
    public Optional<MergerLog.Merger> territoryMerger(Unit unit) {
        return unit.territory().flatMap(t -> mergers.latest(t, date()));
    }

    /**
     * How many administrative units the unit's territory was formed from: 1 if it has no merger
     * on record.
     */
    public int territoryFormedFrom(Unit unit) {
        return territoryMerger(unit).map(MergerLog.Merger::formedFrom).orElse(1);
    }

    /**
     * Whether the unit was formed or enlarged by a merger less than {@code grace} before the
     * date: from the merger's effective date, up to but excluding that date plus the grace.
     */
    public boolean withinGrace(Unit unit, java.time.Period grace) {
        return graceEnd(unit, grace).filter(end -> date().isBefore(end)).isPresent();
    }

    /** The day the grace after the unit's latest merger (on or before the date) ends, if it had one. */
    public Optional<LocalDate> graceEnd(Unit unit, java.time.Period grace) {
        return mergers.latest(unit.id(), date()).map(m -> m.date().plus(grace));
    }
}
