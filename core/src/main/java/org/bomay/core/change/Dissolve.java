package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.UnitId;

/**
 * giải thể: a unit ceases. Its children, posts, people and staff go where the {@link Disposition}
 * says, or are released; its relations are released. An administrative unit whose territory still
 * holds units cannot be dissolved: move them first.
 *
 * <pre>{@code
 * Dissolve.of(LocalDate.of(2019, 1, 1), UnitId.of("ct.bqlctgt"),                  // Châu Thành's traffic-works board
 *         Disposition.none().releaseAllOtherPosts().staffTo(UnitId.of("ct.pktht")));
 * }</pre>
 *
 * @param info dates and basis
 * @param unit the unit that ceases
 * @param disposition where its children, posts and staff go
 */
public record Dissolve(ChangeInfo info, UnitId unit, Disposition disposition) implements Change {
    /** Validates. */
    public Dissolve {
        Checks.notNull(info, "Dissolve: the info");
        Checks.notNull(unit, "Dissolve: the unit");
        Checks.notNull(disposition, "Dissolve: the disposition (Disposition.none() if the unit has nothing)");
    }

    /** Dissolves a unit with a disposition. */
    public static Dissolve of(LocalDate effective, UnitId unit, Disposition disposition) {
        return new Dissolve(ChangeInfo.on(effective), unit, disposition);
    }

    @Override
    public ChangeType type() {
        return ChangeType.DISSOLVE;
    }

    /** A copy with a decision date. */
    @Override
    public Dissolve decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Dissolve basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Dissolve note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Dissolve withInfo(ChangeInfo i) {
        return new Dissolve(i, unit, disposition);
    }

    @Override
    public String summary() {
        return unit + " dissolved";
    }
}
