package org.bomay.core.rules;

/**
 * What a rule's check reads beyond the unit (or person) it inspects. The validator uses it to
 * find everything a change may have affected: a rule that reads a unit's parent is re-checked on
 * the children of every touched unit, and so on. A rule that reads more than it declares may
 * give incremental results that differ from a full run, which the property tests of
 * {@code org.bomay.testkit} detect.
 *
 * <p>Every check may read, without declaring it: the unit itself, its posts, their tenures, the
 * people holding them, and the unit's record in the {@link MergerLog}. A {@link PersonRule} may
 * read the person, their tenures, and the posts and units of those tenures. A {@link GroupRule}
 * may read the group's unit and its direct children, with their posts and holders.
 *
 * <pre>{@code
 * @Override public Set<Reach> reads() { return EnumSet.of(Reach.PARENT); }
 * }</pre>
 */
public enum Reach {
    /**
     * The unit's parent (SUBORDINATE_TO), with its posts and holders; with {@link #OWN_TERRITORY}
     * also the parent's territory.
     */
    PARENT,
    /** The unit's children, with their posts and holders. */
    CHILDREN,
    /** The unit's territory (the administrative unit it belongs to) and that territory's merger record. */
    OWN_TERRITORY,
    /** The units whose territory is the inspected (administrative) unit. */
    TERRITORY_UNITS,
    /**
     * Any ancestor of the unit or of its territory, which units they are and their attributes:
     * territorial scopes ({@link RuleContext#isWithin}), inherited attributes. A unit that moves,
     * or whose record changes, has its whole subtree re-checked.
     */
    ANCESTORS,
    /**
     * Only the attributes the unit inherits from its territory and their ancestors ({@link
     * RuleContext#inherited}), not which units those are: a unit that moves has its subtree
     * re-checked only if what it would pass on (its own attributes and those it inherits) differs
     * after the change. Use {@link #ANCESTORS} when a check also asks where a unit lies.
     */
    INHERITED
}
