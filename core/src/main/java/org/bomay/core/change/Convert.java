package org.bomay.core.change;

import java.time.LocalDate;
import org.bomay.core.internal.Checks;
import org.bomay.core.text.VnText;

/**
 * chuyển đổi: a unit leaves the political system, e.g. a public service unit becomes a joint-stock
 * company. Like {@link Dissolve}, its children, posts and staff go where the {@link Disposition}
 * says or are released; the event records what it became.
 *
 * <pre>{@code
 * Convert.of(LocalDate.of(2019, 1, 1), UnitId.of("ct.bqlcn"), "Công ty cổ phần Cấp nước Châu Thành",
 *         Disposition.none().releaseAllOtherPosts().releaseStaff());
 * }</pre>
 *
 * @param info dates and basis
 * @param unit the unit that leaves
 * @param becomes what it becomes, e.g. "Công ty cổ phần ..."
 * @param disposition where its children, posts and staff go
 */
public record Convert(ChangeInfo info, org.bomay.core.model.UnitId unit, String becomes, Disposition disposition)
        implements Change {
    /** Validates. */
    public Convert {
        Checks.notNull(info, "Convert: the info");
        Checks.notNull(unit, "Convert: the unit");
        becomes = VnText.name(becomes);
        Checks.notNull(disposition, "Convert: the disposition");
    }

    /** Converts a unit into what it {@code becomes}. */
    public static Convert of(LocalDate effective, org.bomay.core.model.UnitId unit, String becomes, Disposition disposition) {
        return new Convert(ChangeInfo.on(effective), unit, becomes, disposition);
    }

    @Override
    public ChangeType type() {
        return ChangeType.CONVERT;
    }

    /** A copy with a decision date. */
    @Override
    public Convert decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Convert basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Convert note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Convert withInfo(ChangeInfo i) {
        return new Convert(i, unit, becomes, disposition);
    }

    @Override
    public String summary() {
        return unit + " → \"" + becomes + "\" (leaves the system)";
    }
}
