package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;

/**
 * Which units a rule parameter applies to, as data: kinds, levels, pillars, classes (of the unit or
 * its territory), the kind of its territory or of its parent, an area it lies within, how many
 * units its territory was merged from, attributes, and exceptions. Empty criteria match anything;
 * all given criteria must hold. Each criterion is set by one method: calling it again replaces its
 * values (attributes and exceptions accumulate).
 *
 * <pre>{@code
 * Selector communeUbndClassIII = Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.III);
 * Selector mergedCity = Selector.kinds(VnKinds.UBND).territoryKinds(VnKinds.THANH_PHO_TRUC_THUOC_TW).formedFrom(3);
 * Selector allButCommuneFront = Selector.any().except(Selector.kinds(VnKinds.UBMTTQ).levels(Level.COMMUNE));
 * }</pre>
 *
 * <p>Immutable and thread-safe; equality is by value.
 */
public final class Selector {
    private static final Selector ANY = new Selector(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(),
            ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(),
            ImmutableSortedMap.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableList.of());

    private final ImmutableSet<UnitKind> kinds;
    private final ImmutableSet<Level> levels;
    private final ImmutableSet<UnitClass> classes;
    private final ImmutableSet<UnitKind> territoryKinds;
    private final ImmutableSet<UnitId> within;
    private final ImmutableSet<Integer> formedFrom;
    private final ImmutableSet<UnitClass> anyPredecessorClass;
    private final ImmutableSet<UnitClass> allPredecessorClasses;
    private final ImmutableSortedMap<String, String> attributes;
    private final ImmutableSet<UnitKind> parentKinds;
    private final ImmutableSet<Pillar> pillars;
    private final ImmutableList<Selector> except;

    private Selector(ImmutableSet<UnitKind> kinds, ImmutableSet<Level> levels, ImmutableSet<UnitClass> classes,
            ImmutableSet<UnitKind> territoryKinds, ImmutableSet<UnitId> within, ImmutableSet<Integer> formedFrom,
            ImmutableSet<UnitClass> anyPredecessorClass, ImmutableSet<UnitClass> allPredecessorClasses,
            ImmutableSortedMap<String, String> attributes, ImmutableSet<UnitKind> parentKinds, ImmutableSet<Pillar> pillars,
            ImmutableList<Selector> except) {
        this.kinds = kinds;
        this.levels = levels;
        this.classes = classes;
        this.territoryKinds = territoryKinds;
        this.within = within;
        this.formedFrom = formedFrom;
        this.anyPredecessorClass = anyPredecessorClass;
        this.allPredecessorClasses = allPredecessorClasses;
        this.attributes = attributes;
        this.parentKinds = parentKinds;
        this.pillars = pillars;
        this.except = except;
    }

    /** Every unit. */
    public static Selector any() {
        return ANY;
    }

    /** Units of these kinds. */
    public static Selector kinds(UnitKind... kinds) {
        return ANY.withKinds(kinds);
    }

    /** Units at these levels. */
    public static Selector atLevels(Level... levels) {
        return ANY.levels(levels);
    }

    private static <T> ImmutableSet<T> set(String what, T[] values) {
        if (values == null || values.length == 0) {
            throw new BomayException("Selector." + what + ": give at least one value");
        }
        for (T v : values) {
            if (v == null) {
                throw new BomayException("Selector." + what + ": the values must not contain null");
            }
        }
        return ImmutableSet.copyOf(values);
    }

    private Selector copy(ImmutableSet<UnitKind> k, ImmutableSet<Level> l, ImmutableSet<UnitClass> c,
            ImmutableSet<UnitKind> tk, ImmutableSet<UnitId> w, ImmutableSet<Integer> f, ImmutableSet<UnitClass> ap,
            ImmutableSet<UnitClass> allp, ImmutableSortedMap<String, String> a, ImmutableList<Selector> e) {
        return new Selector(k, l, c, tk, w, f, ap, allp, a, parentKinds, pillars, e);
    }

    /** Requires one of these kinds (a second call replaces the first). */
    public Selector withKinds(UnitKind... values) {
        return copy(set("kinds", values), levels, classes, territoryKinds, within, formedFrom, anyPredecessorClass,
                allPredecessorClasses, attributes, except);
    }

    /** Requires one of these levels (a second call replaces the first). */
    public Selector levels(Level... values) {
        return copy(kinds, set("levels", values), classes, territoryKinds, within, formedFrom, anyPredecessorClass,
                allPredecessorClasses, attributes, except);
    }

    /** Requires the class (loại) of the unit, or else of its territory, to be one of these (a second call replaces the first). */
    public Selector classes(UnitClass... values) {
        return copy(kinds, levels, set("classes", values), territoryKinds, within, formedFrom, anyPredecessorClass,
                allPredecessorClasses, attributes, except);
    }

    /** Requires the unit's territory to be of one of these kinds, e.g. a xã rather than a phường (a second call replaces the first). */
    public Selector territoryKinds(UnitKind... values) {
        return copy(kinds, levels, classes, set("territoryKinds", values), within, formedFrom, anyPredecessorClass,
                allPredecessorClasses, attributes, except);
    }

    /** Requires the unit to lie within one of these areas, see {@link RuleContext#isWithin} (a second call replaces the first). */
    public Selector within(UnitId... areas) {
        return copy(kinds, levels, classes, territoryKinds, set("within", areas), formedFrom, anyPredecessorClass,
                allPredecessorClasses, attributes, except);
    }

    /**
     * Also requires the unit's territory to have been formed from one of these numbers of
     * administrative units by its latest merger (1: not merged).
     */
    public Selector formedFrom(Integer... counts) {
        ImmutableSet<Integer> s = set("formedFrom", counts);
        for (int c : s) {
            if (c < 1) {
                throw new BomayException("Selector.formedFrom: counts must be >= 1 (1: not merged), was " + c);
            }
        }
        return copy(kinds, levels, classes, territoryKinds, within, s, anyPredecessorClass, allPredecessorClasses,
                attributes, except);
    }

    /** Also requires one of the units the territory was merged from to have one of these classes. */
    public Selector anyPredecessorClass(UnitClass... values) {
        return copy(kinds, levels, classes, territoryKinds, within, formedFrom, set("anyPredecessorClass", values),
                allPredecessorClasses, attributes, except);
    }

    /** Also requires every unit the territory was merged from to have a known class among these. */
    public Selector allPredecessorClasses(UnitClass... values) {
        return copy(kinds, levels, classes, territoryKinds, within, formedFrom, anyPredecessorClass,
                set("allPredecessorClasses", values), attributes, except);
    }

    /**
     * Also requires an attribute of the unit, inherited from its territory or an ancestor if it
     * has none itself (see {@link RuleContext#inherited}), to have this value.
     */
    public Selector attribute(String key, String value) {
        if (key == null || key.isBlank() || value == null || value.isBlank()) {
            throw new BomayException("Selector.attribute: the key and the value must be non-blank (attribute values never are), was "
                    + key + "=" + value);
        }
        Map<String, String> m = new java.util.TreeMap<>(attributes);
        m.put(key, value);
        return copy(kinds, levels, classes, territoryKinds, within, formedFrom, anyPredecessorClass,
                allPredecessorClasses, ImmutableSortedMap.copyOf(m), except);
    }

    /** Requires the unit's parent (SUBORDINATE_TO) to be of one of these kinds (a second call replaces the first). */
    public Selector parentKinds(UnitKind... values) {
        return new Selector(kinds, levels, classes, territoryKinds, within, formedFrom, anyPredecessorClass,
                allPredecessorClasses, attributes, set("parentKinds", values), pillars, except);
    }

    /** Requires one of these pillars (a second call replaces the first). */
    public Selector pillars(Pillar... values) {
        return new Selector(kinds, levels, classes, territoryKinds, within, formedFrom, anyPredecessorClass,
                allPredecessorClasses, attributes, parentKinds, set("pillars", values), except);
    }

    /** Also requires the unit not to match {@code excluded}. */
    public Selector except(Selector excluded) {
        if (excluded == null) {
            throw new BomayException("Selector.except: the excluded selector must not be null");
        }
        return copy(kinds, levels, classes, territoryKinds, within, formedFrom, anyPredecessorClass,
                allPredecessorClasses, attributes, ImmutableList.<Selector>builder().addAll(except).add(excluded).build());
    }

    /** The kinds required, empty if any. */
    public ImmutableSet<UnitKind> kinds() {
        return kinds;
    }

    /** The levels required, empty if any. */
    public ImmutableSet<Level> levels() {
        return levels;
    }

    /** The classes required (of the unit, or else of its territory), empty if any; set by {@link #classes(UnitClass...)}. */
    public ImmutableSet<UnitClass> classSet() {
        return classes;
    }

    /** The kinds required of the unit's territory, empty if any; set by {@link #territoryKinds(UnitKind...)}. */
    public ImmutableSet<UnitKind> territoryKindSet() {
        return territoryKinds;
    }

    /** The areas the unit must lie within (one of them), empty if any; set by {@link #within(UnitId...)}. */
    public ImmutableSet<UnitId> withinSet() {
        return within;
    }

    /** The numbers of units the territory must have been formed from, empty if any; set by {@link #formedFrom(Integer...)}. */
    public ImmutableSet<Integer> formedFromSet() {
        return formedFrom;
    }

    /** The classes one of the merged units must have, empty if any; set by {@link #anyPredecessorClass(UnitClass...)}. */
    public ImmutableSet<UnitClass> anyPredecessorClassSet() {
        return anyPredecessorClass;
    }

    /** The classes all the merged units must have, empty if any; set by {@link #allPredecessorClasses(UnitClass...)}. */
    public ImmutableSet<UnitClass> allPredecessorClassSet() {
        return allPredecessorClasses;
    }

    /** The attributes required, by key; set by {@link #attribute(String, String)}. */
    public ImmutableSortedMap<String, String> attributeMap() {
        return attributes;
    }

    /** The kinds required of the unit's parent, empty if any; set by {@link #parentKinds(UnitKind...)}. */
    public ImmutableSet<UnitKind> parentKindSet() {
        return parentKinds;
    }

    /** The pillars required, empty if any; set by {@link #pillars(Pillar...)}. */
    public ImmutableSet<Pillar> pillarSet() {
        return pillars;
    }

    /** The selectors the unit must not match, in the order added by {@link #except(Selector)}. */
    public ImmutableList<Selector> exceptions() {
        return except;
    }

    /** Whether the unit matches. */
    public boolean matches(Unit unit, RuleContext ctx) {
        if (!kinds.isEmpty() && !kinds.contains(unit.kind())) {
            return false;
        }
        if (!levels.isEmpty() && !levels.contains(unit.level())) {
            return false;
        }
        if (!pillars.isEmpty() && !pillars.contains(unit.pillar())) {
            return false;
        }
        if (!classes.isEmpty() && !ctx.classOf(unit).filter(classes::contains).isPresent()) {
            return false;
        }
        if (!territoryKinds.isEmpty() && !ctx.territoryOf(unit).filter(t -> territoryKinds.contains(t.kind())).isPresent()) {
            return false;
        }
        if (!within.isEmpty() && within.stream().noneMatch(a -> ctx.isWithin(unit, a))) {
            return false;
        }
        if (!formedFrom.isEmpty() && !formedFrom.contains(ctx.territoryFormedFrom(unit))) {
            return false;
        }
        if (!anyPredecessorClass.isEmpty() || !allPredecessorClasses.isEmpty()) {
            Optional<MergerLog.Merger> m = ctx.territoryMerger(unit);
            if (m.isEmpty()) {
                return false;
            }
            if (!anyPredecessorClass.isEmpty() && m.get().fromClasses().stream().noneMatch(anyPredecessorClass::contains)) {
                return false;
            }
            if (!allPredecessorClasses.isEmpty() && (!m.get().allClassesKnown()
                    || !allPredecessorClasses.containsAll(m.get().fromClasses()))) {
                return false;
            }
        }
        if (!parentKinds.isEmpty()
                && !ctx.structure().parent(unit.id()).filter(p -> parentKinds.contains(p.kind())).isPresent()) {
            return false;
        }
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            if (!ctx.inherited(unit, a.getKey()).filter(a.getValue()::equals).isPresent()) {
                return false;
            }
        }
        for (Selector e : except) {
            if (e.matches(unit, ctx)) {
                return false;
            }
        }
        return true;
    }

    /** What matching reads beyond the unit (see {@link Reach}). */
    public Set<Reach> reads() {
        Set<Reach> r = EnumSet.noneOf(Reach.class);
        if (!classes.isEmpty() || !territoryKinds.isEmpty() || !formedFrom.isEmpty() || !anyPredecessorClass.isEmpty()
                || !allPredecessorClasses.isEmpty()) {
            r.add(Reach.OWN_TERRITORY);
        }
        if (!within.isEmpty()) {
            r.add(Reach.ANCESTORS);
        } else if (!attributes.isEmpty()) {
            r.add(Reach.INHERITED);
        }
        if (!parentKinds.isEmpty()) {
            r.add(Reach.PARENT);
        }
        for (Selector e : except) {
            r.addAll(e.reads());
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selector s && kinds.equals(s.kinds) && levels.equals(s.levels) && classes.equals(s.classes)
                && territoryKinds.equals(s.territoryKinds) && within.equals(s.within) && formedFrom.equals(s.formedFrom)
                && anyPredecessorClass.equals(s.anyPredecessorClass) && allPredecessorClasses.equals(s.allPredecessorClasses)
                && attributes.equals(s.attributes) && parentKinds.equals(s.parentKinds) && pillars.equals(s.pillars) && except.equals(s.except);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kinds, levels, classes, territoryKinds, within, formedFrom, attributes, parentKinds, pillars, except);
    }

    /** Returns e.g. {@code kinds=[VN.UBND] levels=[COMMUNE] classes=[III]}, or {@code any}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        add(parts, "kinds", kinds.stream().map(UnitKind::code).toList());
        add(parts, "levels", levels);
        add(parts, "pillars", pillars);
        add(parts, "classes", classes);
        add(parts, "territoryKinds", territoryKinds.stream().map(UnitKind::code).toList());
        add(parts, "within", within);
        add(parts, "formedFrom", formedFrom);
        add(parts, "anyPredecessorClass", anyPredecessorClass);
        add(parts, "allPredecessorClasses", allPredecessorClasses);
        if (!attributes.isEmpty()) {
            parts.add("attributes=" + ImmutableMap.copyOf(attributes));
        }
        add(parts, "parentKinds", parentKinds.stream().map(UnitKind::code).toList());
        for (Selector e : except) {
            parts.add("except(" + e + ")");
        }
        return parts.isEmpty() ? "any" : String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, java.util.Collection<?> values) {
        if (!values.isEmpty()) {
            parts.add(name + "=" + values);
        }
    }
}
