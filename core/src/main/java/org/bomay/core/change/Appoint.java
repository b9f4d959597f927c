package org.bomay.core.change;

import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.TenureType;

/**
 * bổ nhiệm / kiêm nhiệm: a person takes a post from the effective date, as their main job or
 * concurrently. A person new to the structure is given with {@link #newPerson}.
 *
 * <pre>{@code
 * Appoint.concurrent(LocalDate.of(2018, 2, 1), PersonId.of("p.hoa"), PostId.of("nt.t1.truong-thon"));
 * }</pre>
 *
 * @param info dates and basis
 * @param person who
 * @param post which post
 * @param tenureType MAIN (bổ nhiệm) or CONCURRENT (kiêm nhiệm)
 * @param newPerson the person's record when they are not yet in the structure
 */
public record Appoint(ChangeInfo info, PersonId person, PostId post, TenureType tenureType, Optional<Person> newPerson)
        implements Change {
    /** Validates. */
    public Appoint {
        Checks.notNull(info, "Appoint: the info");
        Checks.notNull(person, "Appoint: the person");
        Checks.notNull(post, "Appoint: the post");
        Checks.notNull(tenureType, "Appoint: the tenure type");
        Checks.notNull(newPerson, "Appoint: newPerson (Optional.empty() for someone already in the structure)");
        if (newPerson.isPresent() && !newPerson.get().id().equals(person)) {
            throw new BomayException("Appoint: the new person's record has id " + newPerson.get().id() + ", not " + person);
        }
    }

    /** Appoints someone to a post as their main job. */
    public static Appoint of(LocalDate effective, PersonId person, PostId post) {
        return new Appoint(ChangeInfo.on(effective), person, post, TenureType.MAIN, Optional.empty());
    }

    /** Assigns someone a post concurrently (kiêm nhiệm). */
    public static Appoint concurrent(LocalDate effective, PersonId person, PostId post) {
        return new Appoint(ChangeInfo.on(effective), person, post, TenureType.CONCURRENT, Optional.empty());
    }

    /** A copy that also adds the person, who is new to the structure. */
    public Appoint newPerson(Person p) {
        return new Appoint(info, person, post, tenureType, Optional.of(Checks.notNull(p, "Appoint.newPerson: the person")));
    }

    @Override
    public ChangeType type() {
        return tenureType == TenureType.CONCURRENT ? ChangeType.ASSIGN_CONCURRENT : ChangeType.APPOINT;
    }

    /** A copy with a decision date. */
    @Override
    public Appoint decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Appoint basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Appoint note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Appoint withInfo(ChangeInfo i) {
        return new Appoint(i, person, post, tenureType, newPerson);
    }

    @Override
    public String summary() {
        return person + " → " + post + (tenureType == TenureType.CONCURRENT ? " (kiêm nhiệm)" : "");
    }
}
