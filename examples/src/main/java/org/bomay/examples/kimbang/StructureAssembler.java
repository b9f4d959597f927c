package org.bomay.examples.kimbang;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
import org.bomay.examples.kimbang.FictitiousPeople.Sex;

/**
 * A thin layer over {@link OrgStructure.Builder} that keeps a hand-written example short: one
 * call adds an organization with its parent and territory, a post, or a post together with a
 * new fictitious holder. It validates nothing itself; {@link #build()} runs the core's checks.
 */
final class StructureAssembler {
    /** Birth years of cadres (cán bộ, công chức). */
    static final int CADRE_BORN_FROM = 1960;
    static final int CADRE_BORN_TO = 1985;

    private final OrgStructure.Builder builder;
    private final FictitiousPeople people;
    /** The open-ended main tenure of each post added so far, to find a post's current holder. */
    private final Map<PostId, Tenure> openMain = new HashMap<>();
    /** The units added so far, to derive a changed copy of one. */
    private final Map<UnitId, Unit> units = new HashMap<>();

    StructureAssembler(LocalDate date, long seed) {
        this.builder = OrgStructure.builder(date);
        this.people = new FictitiousPeople(seed);
    }

    // ------------------------------------------------------------------ units and relations

    /** Adds a unit, subordinate to {@code parent} unless it is {@code null}. */
    UnitId add(Unit unit, UnitId parent) {
        units.put(unit.id(), unit);
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
    UnitId org(UnitId id, String name, UnitKind kind, Level level, UnitId parent, UnitId territory, int quota,
            int actual) {
        return add(Unit.builder(id, name, kind, level).territory(territory).staffQuota(quota)
                .actualStaff(actual).build(), parent);
    }

    /** Sets an attribute on a unit already added. */
    void attribute(UnitId unit, String key, String value) {
        Unit changed = units.get(unit).toBuilder().attribute(key, value).build();
        units.put(unit, changed);
        builder.replace(changed);
    }

    /** Adds the relation {@code source type target}. */
    void relate(RelationType type, UnitId source, UnitId target) {
        builder.add(Relation.of(type, source, target));
    }

    // ------------------------------------------------------------------ posts and people

    /** Adds a single-seat post with the id {@code <unit>.<suffix>}. */
    PostId post(UnitId unit, String suffix, PostRole role, String title) {
        PostId id = PostId.of(unit.value() + "." + suffix);
        builder.add(Post.of(id, unit, role, title));
        return id;
    }

    /** Adds a new fictitious person. */
    PersonId person(boolean partyMember, Sex sex, int bornFrom, int bornTo) {
        Person p = people.next(partyMember, sex, bornFrom, bornTo);
        builder.add(p);
        return p.id();
    }

    /** Records that {@code person} holds {@code post} as their main post from {@code from}, open-ended. */
    void main(PersonId person, PostId post, LocalDate from) {
        Tenure t = Tenure.main(person, post, Period.from(from));
        builder.add(t);
        openMain.put(post, t);
    }

    /** The open-ended main tenure of {@code post} added so far: who holds it as their main post, since when. */
    Tenure mainTenure(PostId post) {
        Tenure t = openMain.get(post);
        if (t == null) {
            throw new IllegalStateException("No open-ended main tenure of " + post + " has been added");
        }
        return t;
    }

    /** Records that {@code person} held {@code post} as their main post in {@code [from, until)}. */
    void main(PersonId person, PostId post, LocalDate from, LocalDate until) {
        builder.add(Tenure.main(person, post, Period.of(from, until)));
    }

    /** Records that {@code person} holds {@code post} concurrently (kiêm nhiệm) from {@code from}, open-ended. */
    void concurrent(PersonId person, PostId post, LocalDate from) {
        builder.add(Tenure.concurrent(person, post, Period.from(from)));
    }

    /** Adds a post and a new cadre (a party member) holding it as their main post from {@code from}. */
    PersonId filled(UnitId unit, String suffix, PostRole role, String title, LocalDate from) {
        return filled(unit, suffix, role, title, from, Sex.ANY);
    }

    /** Adds a post and a new cadre (a party member) of the given sex holding it from {@code from}. */
    PersonId filled(UnitId unit, String suffix, PostRole role, String title, LocalDate from, Sex sex) {
        PostId post = post(unit, suffix, role, title);
        PersonId p = person(true, sex, CADRE_BORN_FROM, CADRE_BORN_TO);
        main(p, post, from);
        return p;
    }

    /**
     * Adds a head post and {@code deputies} deputy posts ({@code <deputySuffix>1}, {@code 2}, ...),
     * each held by a new cadre from {@code from} (deputies a few months later each), and returns
     * the head.
     */
    PersonId leadership(UnitId unit, String headSuffix, String headTitle, String deputySuffix, String deputyTitle,
            int deputies, LocalDate from) {
        return leadership(unit, headSuffix, headTitle, deputySuffix, deputyTitle, deputies, from, Sex.ANY);
    }

    /** Like {@link #leadership(UnitId, String, String, String, String, int, LocalDate)}, the head of the given sex. */
    PersonId leadership(UnitId unit, String headSuffix, String headTitle, String deputySuffix, String deputyTitle,
            int deputies, LocalDate from, Sex headSex) {
        PersonId head = filled(unit, headSuffix, PostRole.HEAD, headTitle, from, headSex);
        for (int i = 1; i <= deputies; i++) {
            filled(unit, deputySuffix + i, PostRole.DEPUTY, deputyTitle, from.plusMonths(5L * i));
        }
        return head;
    }

    OrgStructure build() {
        return builder.build();
    }
}
