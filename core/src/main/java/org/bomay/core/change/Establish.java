package org.bomay.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Post;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;

/**
 * thành lập: a new unit, under a parent (or as a root), with its posts. Its validity starts on
 * the effective date (a unit given with {@code Period.ALWAYS} gets {@code [effective, ∞)}).
 *
 * <pre>{@code
 * Establish.of(LocalDate.of(2018, 7, 1), trungTamDichVu, UnitId.of("kb.ubnd"),
 *         Post.of(PostId.of("kb.ttdv.gd"), trungTamDichVu.id(), PostRole.HEAD, "Giám đốc"));
 * }</pre>
 *
 * @param info dates and basis
 * @param unit the new unit; its id must never have been used
 * @param parent the parent, or empty for a root
 * @param posts posts of the new unit
 */
public record Establish(ChangeInfo info, Unit unit, Optional<UnitId> parent, List<Post> posts) implements Change {
    /** Validates. */
    public Establish {
        Checks.notNull(info, "Establish: the info");
        Checks.notNull(unit, "Establish: the unit");
        Checks.notNull(parent, "Establish: the parent (Optional.empty() for a root)");
        posts = List.copyOf(Checks.noNulls(posts, "Establish: the posts"));
    }

    /** A new unit under {@code parent} (null for a root), with posts. */
    public static Establish of(LocalDate effective, Unit unit, UnitId parent, Post... posts) {
        return new Establish(ChangeInfo.on(effective), unit, Optional.ofNullable(parent), java.util.Arrays.asList(posts));
    }

    @Override
    public ChangeType type() {
        return ChangeType.ESTABLISH;
    }

    /** A copy with a decision date. */
    @Override
    public Establish decided(LocalDate date) {
        return withInfo(info.withDecided(date));
    }

    /** A copy with a legal basis (document number and title). */
    @Override
    public Establish basis(String number, String title) {
        return withInfo(info.withBasis(LegalBasis.of(number, title)));
    }

    /** A copy with a note. */
    @Override
    public Establish note(String text) {
        return withInfo(info.withNote(text));
    }

    @Override
    public Establish withInfo(ChangeInfo i) {
        return new Establish(i, unit, parent, posts);
    }

    @Override
    public String summary() {
        return "new " + unit.id() + " (" + unit.name() + ")" + parent.map(p -> " under " + p).orElse("");
    }
}
