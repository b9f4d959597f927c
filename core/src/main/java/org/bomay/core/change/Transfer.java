package org.bomay.core.change;

import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Level;
import org.bomay.core.model.UnitId;

/**
 * chuyển giao / tiếp nhận: a unit moves, with everything below it, to another parent. It may
 * change level (a station of a provincial department taken over by a district) when its kind
 * allows the new level, and its territory. Moving under a parent of another pillar must be asked
 * for with {@link #acrossPillars()}, so that it never happens by mistake.
 *
 * <pre>{@code
 * Transfer.of(LocalDate.of(2018, 6, 30), UnitId.of("kb.ttyt"), UnitId.of("kb.ubnd"));  // health centre to the district
 * }</pre>
 *
 * @param info dates and basis
 * @param unit the unit that moves
 * @param newParent its new parent
 * @param newLevel its new level, if it changes
 * @param newTerritory its new territory, if it changes
 * @param crossPillar whether the new parent may belong to another pillar
 */
public record Transfer(ChangeInfo info, UnitId unit, UnitId newParent, Optional<Level> newLevel,
        Optional<UnitId> newTerritory, boolean crossPillar) implements Change {
    /** Validates. */
    public Transfer {
        Checks.notNull(info, "Transfer: the info");
        Checks.notNull(unit, "Transfer: the unit");
        Checks.notNull(newParent, "Transfer: the new parent");
        Checks.notNull(newLevel, "Transfer: the new level (Optional.empty() to keep it)");
        Checks.notNull(newTerritory, "Transfer: the new territory (Optional.empty() to keep it)");
    }

    /** Moves a unit under another parent, keeping its level and territory. */
    public static Transfer of(LocalDate effective, UnitId unit, UnitId newParent) {
        return new Transfer(ChangeInfo.on(effective), unit, newParent, Optional.empty(), Optional.empty(), false);
    }

    /** A copy that also moves the unit to another level. */
    public Transfer toLevel(Level level) {
        return new Transfer(info, unit, newParent, Optional.of(Checks.notNull(level, "Transfer.toLevel: the level")),
                newTerritory, crossPillar);
    }

    /** A copy that also gives the unit another territory. */
    public Transfer toTerritory(UnitId territory) {
        return new Transfer(info, unit, newParent, newLevel,
                Optional.of(Checks.notNull(territory, "Transfer.toTerritory: the territory")), crossPillar);
    }

    /** A copy allowing a parent of another pillar. */
    public Transfer acrossPillars() {
        return new Transfer(info, unit, newParent, newLevel, newTerritory, true);
    }

    @Override
    public ChangeType type() {
        return ChangeType.TRANSFER;
    }

    /** A copy with a decision date. */
    @Override
    public Transfer decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Transfer basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Transfer note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Transfer withInfo(ChangeInfo i) {
        return new Transfer(i, unit, newParent, newLevel, newTerritory, crossPillar);
    }

    @Override
    public String summary() {
        return unit + " → under " + newParent + newLevel.map(l -> " at " + l).orElse("")
                + newTerritory.map(t -> " in " + t).orElse("");
    }
}
