package org.bomay.core.change;

import java.time.LocalDate;
import java.util.Optional;
import org.bomay.core.BomayException;

/**
 * What every change carries: the effective date (ngày hiệu lực) from which the new structure is in
 * force, the optional decision date (ngày ban hành) on which it was decided, the optional legal
 * basis, and a free note. A change without a decision date counts as decided on its effective date.
 *
 * <pre>{@code
 * ChangeInfo i = ChangeInfo.on(LocalDate.of(2018, 7, 1)).withDecided(LocalDate.of(2018, 5, 15))
 *         .withBasis(LegalBasis.of("18-NQ/TW"));
 * }</pre>
 *
 * @param effective the day the change takes effect
 * @param decided the day it was decided, if known (may be after the effective date for a retroactive decision)
 * @param basis the legal document, if known
 * @param note a free note, possibly empty
 */
public record ChangeInfo(LocalDate effective, Optional<LocalDate> decided, Optional<LegalBasis> basis, String note) {

    /** Validates. */
    public ChangeInfo {
        if (effective == null) {
            throw new BomayException("A change needs an effective date (ngày hiệu lực)");
        }
        if (decided == null || basis == null) {
            throw new BomayException("ChangeInfo: use Optional.empty() rather than null for an unknown decision date or basis");
        }
        note = note == null ? "" : note;
    }

    /** Info with only an effective date. */
    public static ChangeInfo on(LocalDate effective) {
        return new ChangeInfo(effective, Optional.empty(), Optional.empty(), "");
    }

    /** A copy with a decision date. */
    public ChangeInfo withDecided(LocalDate date) {
        if (date == null) {
            throw new BomayException("withDecided: the decision date must not be null");
        }
        return new ChangeInfo(effective, Optional.of(date), basis, note);
    }

    /** A copy with a legal basis. */
    public ChangeInfo withBasis(LegalBasis b) {
        if (b == null) {
            throw new BomayException("withBasis: the legal basis must not be null");
        }
        return new ChangeInfo(effective, decided, Optional.of(b), note);
    }

    /** A copy with a note. */
    public ChangeInfo withNote(String text) {
        return new ChangeInfo(effective, decided, basis, text);
    }

    /** A copy with another effective date. */
    public ChangeInfo withEffective(LocalDate date) {
        return new ChangeInfo(date, decided, basis, note);
    }

    /** The decision date, or the effective date when none is known. */
    public LocalDate decidedOrEffective() {
        return decided.orElse(effective);
    }

    @Override
    public String toString() {
        return effective + decided.map(d -> " (decided " + d + ")").orElse("") + basis.map(b -> " " + b.number()).orElse("");
    }
}
