package org.bomay.examples.seeds;

import java.time.LocalDate;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.structure.OrgStructure;

/**
 * A few shortcuts over {@link OrgStructure.Builder} for the small seed fixtures: an organization
 * with its parent, territory and (illustrative) staff, a post, a fictitious person holding it.
 * It validates nothing itself; {@link #build()} runs the core's checks.
 */
final class FixtureBuilder {
    private final OrgStructure.Builder b;
    private int people;

    FixtureBuilder(LocalDate date) {
        this.b = OrgStructure.builder(date);
    }

    /** Adds an administrative unit, under {@code parent} unless it is null. */
    UnitId territory(UnitId id, String name, UnitKind kind, Level level, UnitId parent) {
        Unit u = Unit.of(id, name, kind, level);
        if (parent == null) {
            b.add(u);
        } else {
            b.add(u, parent);
        }
        return id;
    }

    /** Adds an organization without a staff quota. */
    UnitId org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory) {
        return add(Unit.builder(id, name, kind, level).territory(territory).build(), parent);
    }

    /** Adds an organization with its staff quota (biên chế) and actual staff; the figures are ILLUSTRATIVE. */
    UnitId org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory, int quota, int actual) {
        return add(Unit.builder(id, name, kind, level).territory(territory).staffQuota(quota).actualStaff(actual).build(),
                parent);
    }

    private UnitId add(Unit u, UnitId parent) {
        if (parent == null) {
            b.add(u);
        } else {
            b.add(u, parent);
        }
        return u.id();
    }

    /** Adds a post {@code <unit>.<suffix>}. */
    PostId post(UnitId unit, String suffix, PostRole role, String title) {
        PostId id = PostId.of(unit.value() + "." + suffix);
        b.add(Post.of(id, unit, role, title));
        return id;
    }

    /** Adds a fictitious person (a party member) with id {@code p.<prefix>.<n>}. */
    PersonId person(String prefix, String name) {
        PersonId id = PersonId.of("p." + prefix + "." + (++people));
        b.add(Person.of(id, name, true));
        return id;
    }

    /** {@code person} holds {@code post} as their main post from {@code from}. */
    void main(PersonId person, PostId post, LocalDate from) {
        b.add(Tenure.main(person, post, Period.from(from)));
    }

    /** {@code person} holds {@code post} concurrently (kiêm nhiệm) from {@code from}. */
    void concurrent(PersonId person, PostId post, LocalDate from) {
        b.add(Tenure.concurrent(person, post, Period.from(from)));
    }

    /** Adds a post and a new fictitious holder of it as their main post; returns the holder. */
    PersonId filled(UnitId unit, String suffix, PostRole role, String title, String prefix, String name, LocalDate from) {
        PostId p = post(unit, suffix, role, title);
        PersonId who = person(prefix, name);
        main(who, p, from);
        return who;
    }

    void relate(RelationType type, UnitId source, UnitId target) {
        b.add(Relation.of(type, source, target));
    }

    OrgStructure build() {
        return b.build();
    }
}
