package org.bomay.examples.programme2030;

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
 * A thin layer over {@link OrgStructure.Builder} that keeps the hand-written district short: an
 * organization with its parent, territory and staff, a post, a post with a new fictitious holder,
 * a head with its deputies. It validates nothing itself; {@link #build()} runs the core's checks.
 */
final class Assembler {
    private final OrgStructure.Builder builder;
    private final FictitiousNames names;

    Assembler(LocalDate date, long seed) {
        this.builder = OrgStructure.builder(date);
        this.names = new FictitiousNames(seed);
    }

    /** Adds a unit, subordinate to {@code parent} unless it is {@code null}. */
    UnitId add(Unit unit, UnitId parent) {
        if (parent == null) {
            builder.add(unit);
        } else {
            builder.add(unit, parent);
        }
        return unit.id();
    }

    /** Adds an organization without a staff quota. */
    UnitId org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory) {
        return add(Unit.builder(id, name, kind, level).territory(territory).build(), parent);
    }

    /** Adds an organization with its authorized staff quota (biên chế) and actual staff. */
    UnitId org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory, int quota, int actual) {
        return add(Unit.builder(id, name, kind, level).territory(territory).staffQuota(quota).actualStaff(actual).build(), parent);
    }

    /** Adds the relation {@code source type target}. */
    void relate(RelationType type, UnitId source, UnitId target) {
        builder.add(Relation.of(type, source, target));
    }

    /** Adds a single-seat post with the id {@code <unit>.<suffix>}. */
    PostId post(UnitId unit, String suffix, PostRole role, String title) {
        PostId id = PostId.of(unit.value() + "." + suffix);
        builder.add(Post.of(id, unit, role, title));
        return id;
    }

    /** Adds a new fictitious cadre (a party member born 1960–1985). */
    PersonId person() {
        Person p = names.next(true, 1960, 1985);
        builder.add(p);
        return p.id();
    }

    /** Records that {@code person} holds {@code post} as their main post from {@code from}, open-ended. */
    void main(PersonId person, PostId post, LocalDate from) {
        builder.add(Tenure.main(person, post, Period.from(from)));
    }

    /** Records that {@code person} holds {@code post} as their main post in {@code [from, until)}. */
    void main(PersonId person, PostId post, LocalDate from, LocalDate until) {
        builder.add(Tenure.main(person, post, Period.of(from, until)));
    }

    /** Records that {@code person} holds {@code post} concurrently (kiêm nhiệm) from {@code from}, open-ended. */
    void concurrent(PersonId person, PostId post, LocalDate from) {
        builder.add(Tenure.concurrent(person, post, Period.from(from)));
    }

    /** Adds a post and a new cadre holding it as their main post from {@code from}; returns the holder. */
    PersonId filled(UnitId unit, String suffix, PostRole role, String title, LocalDate from) {
        PersonId p = person();
        main(p, post(unit, suffix, role, title), from);
        return p;
    }

    /**
     * Adds a head post and {@code deputies} deputy posts ({@code <deputySuffix>1}, {@code 2}, ...),
     * each held by a new cadre from {@code from} (each deputy a few months later), and returns the head.
     */
    PersonId leadership(UnitId unit, String headSuffix, String headTitle, String deputySuffix, String deputyTitle, int deputies,
            LocalDate from) {
        PersonId head = filled(unit, headSuffix, PostRole.HEAD, headTitle, from);
        for (int i = 1; i <= deputies; i++) {
            filled(unit, deputySuffix + i, PostRole.DEPUTY, deputyTitle, from.plusMonths(4L * i));
        }
        return head;
    }

    OrgStructure build() {
        return builder.build();
    }
}
