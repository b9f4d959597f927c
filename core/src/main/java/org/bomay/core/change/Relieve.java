package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;

/**
 * miễn nhiệm: a person leaves a post on the effective date; the tenure ends there and stays in the
 * record.
 *
 * <pre>{@code
 * Relieve.of(LocalDate.of(2020, 10, 1), PersonId.of("p.an"), PostId.of("kb.mttq.ct"));
 * }</pre>
 *
 * @param info dates and basis
 * @param person who
 * @param post which post
 */
public record Relieve(ChangeInfo info, PersonId person, PostId post) implements Change {
    /** Validates. */
    public Relieve {
        Checks.notNull(info, "Relieve: the info");
        Checks.notNull(person, "Relieve: the person");
        Checks.notNull(post, "Relieve: the post");
    }

    /** Relieves a person of a post. */
    public static Relieve of(LocalDate effective, PersonId person, PostId post) {
        return new Relieve(ChangeInfo.on(effective), person, post);
    }

    @Override
    public ChangeType type() {
        return ChangeType.RELIEVE;
    }

    /** A copy with a decision date. */
    @Override
    public Relieve decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Relieve basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Relieve note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Relieve withInfo(ChangeInfo i) {
        return new Relieve(i, person, post);
    }

    @Override
    public String summary() {
        return person + " leaves " + post;
    }
}
