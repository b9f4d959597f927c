package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.UnitId;
import org.bomay.core.text.VnText;

/**
 * đổi tên: a unit takes another name and keeps its id, place, posts and people.
 *
 * <pre>{@code
 * Rename.of(LocalDate.of(2025, 7, 1), UnitId.of("kb"), "Thị xã Kim Bảng");
 * }</pre>
 *
 * @param info dates and basis
 * @param unit the unit
 * @param newName the new name (NFC-normalized)
 */
public record Rename(ChangeInfo info, UnitId unit, String newName) implements Change {
    /** Validates. */
    public Rename {
        Checks.notNull(info, "Rename: the info");
        Checks.notNull(unit, "Rename: the unit");
        newName = VnText.name(newName);
    }

    /** A rename effective on a date. */
    public static Rename of(LocalDate effective, UnitId unit, String newName) {
        return new Rename(ChangeInfo.on(effective), unit, newName);
    }

    @Override
    public ChangeType type() {
        return ChangeType.RENAME;
    }

    /** A copy with a decision date. */
    @Override
    public Rename decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Rename basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Rename note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Rename withInfo(ChangeInfo i) {
        return new Rename(i, unit, newName);
    }

    @Override
    public String summary() {
        return unit + " → \"" + newName + "\"";
    }
}
