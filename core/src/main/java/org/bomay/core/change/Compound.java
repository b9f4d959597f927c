package org.bomay.core.change;

import java.time.LocalDate;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.text.VnText;

/**
 * Several changes applied as one, under one name, all or nothing: e.g. the "village triple post"
 * (nhất thể hóa: the party-cell secretary is at the same time village head and head of the front
 * work board). The parts are applied in order, each seeing the result of the ones before; all take
 * effect on the compound's effective date.
 *
 * <pre>{@code
 * Compound.of(LocalDate.of(2018, 2, 1), "Bí thư chi bộ đồng thời là trưởng thôn, trưởng ban công tác Mặt trận",
 *         Appoint.concurrent(d, secretary, truongThon),
 *         Appoint.concurrent(d, secretary, truongBanCongTacMatTran));
 * }</pre>
 *
 * @param info dates and basis
 * @param name what the compound is called
 * @param parts the changes, at least one, each effective on the compound's date
 */
public record Compound(ChangeInfo info, String name, List<Change> parts) implements Change {
    /** Validates. */
    public Compound {
        Checks.notNull(info, "Compound: the info");
        name = VnText.name(name);
        parts = List.copyOf(Checks.noNulls(parts, "Compound: the parts"));
        if (parts.isEmpty()) {
            throw new BomayException("Compound '" + name + "' needs at least one part");
        }
        for (Change c : parts) {
            if (!c.effective().equals(info.effective())) {
                throw new BomayException("Compound '" + name + "': part " + c.type() + " " + c.summary() + " takes effect on "
                        + c.effective() + ", not on the compound's date " + info.effective());
            }
        }
    }

    /** A named compound of changes. */
    public static Compound of(LocalDate effective, String name, Change... parts) {
        return new Compound(ChangeInfo.on(effective), name, java.util.Arrays.asList(parts));
    }

    @Override
    public ChangeType type() {
        return ChangeType.COMPOUND;
    }

    /** A copy with a decision date. */
    @Override
    public Compound decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Compound basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Compound note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Compound withInfo(ChangeInfo i) {
        return new Compound(i, name, parts);
    }

    @Override
    public String summary() {
        return "\"" + name + "\" (" + parts.size() + (parts.size() == 1 ? " part)" : " parts)");
    }
}
