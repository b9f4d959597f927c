package org.bomay.core.model;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;
import org.bomay.core.text.VnText;

/**
 * An entry of an open catalog of unit kinds (not a closed enum: real systems have hundreds of
 * kinds and they change). A kind has a stable code, Vietnamese and English names, the pillar its
 * units belong to and the levels at which they may exist. A <em>territorial</em> kind is an
 * administrative unit (đơn vị hành chính: tỉnh, huyện, xã, thôn) that other units belong to as
 * their territory.
 *
 * <pre>{@code
 * UnitKind phong = UnitKind.of("VN.PHONG", "Phòng chuyên môn", "specialized office",
 *         Pillar.STATE, Level.DISTRICT);
 * phong.allows(Level.COMMUNE); // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Two kinds are equal when their codes are equal.
 */
public final class UnitKind {
    private final String code;
    private final String vietnamese;
    private final String english;
    private final Pillar pillar;
    private final ImmutableSet<Level> levels;
    private final boolean territorial;

    private UnitKind(String code, String vietnamese, String english, Pillar pillar,
            ImmutableSet<Level> levels, boolean territorial) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
        this.pillar = pillar;
        this.levels = levels;
        this.territorial = territorial;
    }

    /**
     * Returns an organizational (non-territorial) kind.
     *
     * @param code a stable code such as {@code VN.HUYEN_UY}: ASCII letters, digits, {@code . _ -}
     * @param levels the levels at which units of this kind may exist (at least one)
     * @throws BomayException naming the code if a field is missing or bad
     */
    public static UnitKind of(String code, String vietnamese, String english, Pillar pillar, Level... levels) {
        return of(code, vietnamese, english, pillar, levels == null ? null : java.util.Arrays.asList(levels), false);
    }

    /** Returns a territorial kind: an administrative unit that other units belong to. */
    public static UnitKind territorial(String code, String vietnamese, String english, Level... levels) {
        return of(code, vietnamese, english, Pillar.STATE, levels == null ? null : java.util.Arrays.asList(levels), true);
    }

    /** The general factory behind {@link #of} and {@link #territorial}. */
    public static UnitKind of(String code, String vietnamese, String english, Pillar pillar,
            Collection<Level> levels, boolean territorial) {
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new BomayException("Unit kind code '" + code + "' must be 1 to 64 ASCII letters, digits, '.', '_' or '-'");
        }
        if (pillar == null) {
            throw new BomayException("Unit kind " + code + " has no pillar");
        }
        if (levels == null || levels.isEmpty() || levels.stream().anyMatch(Objects::isNull)) {
            throw new BomayException("Unit kind " + code + " must allow at least one level and no null level");
        }
        String vi = named(code, "Vietnamese", vietnamese);
        String en = named(code, "English", english);
        return new UnitKind(code, vi, en, pillar, ImmutableSet.copyOf(EnumSet.copyOf(levels)), territorial);
    }

    private static String named(String code, String which, String name) {
        try {
            return VnText.name(name);
        } catch (BomayException e) {
            throw new BomayException("Unit kind " + code + " has no " + which + " name: " + e.getMessage(), e);
        }
    }

    /** The stable code, e.g. {@code VN.HUYEN_UY}. */
    public String code() {
        return code;
    }

    /** The Vietnamese name, e.g. "Huyện ủy". */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English name, e.g. "district party committee". */
    public String english() {
        return english;
    }

    /** The pillar of every unit of this kind. */
    public Pillar pillar() {
        return pillar;
    }

    /** The levels at which units of this kind may exist, top-down. */
    public ImmutableSet<Level> levels() {
        return levels;
    }

    /** Whether a unit of this kind may exist at the level. */
    public boolean allows(Level level) {
        Checks.notNull(level, "UnitKind.allows: the level");
        return levels.contains(level);
    }

    /** Whether units of this kind are administrative units (territories). */
    public boolean isTerritorial() {
        return territorial;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitKind k && code.equals(k.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Returns the code and the Vietnamese name, e.g. {@code VN.HUYEN_UY (Huyện ủy)}. */
    @Override
    public String toString() {
        return code + " (" + vietnamese + ")";
    }

    /**
     * Whether the other kind has the same code and the same definition (names, pillar, levels,
     * territorial flag); {@link #equals} compares codes only.
     *
     * <pre>{@code
     * VnKinds.XA.sameDefinition(VnKinds.CATALOG.get("VN.XA"));   // true
     * }</pre>
     */
    public boolean sameDefinition(UnitKind o) {
        Checks.notNull(o, "UnitKind.sameDefinition: the other kind");
        return code.equals(o.code) && vietnamese.equals(o.vietnamese) && english.equals(o.english)
                && pillar == o.pillar && levels.equals(o.levels) && territorial == o.territorial;
    }

    static void requireSame(UnitKind a, UnitKind b) {
        if (!a.sameDefinition(Objects.requireNonNull(b))) {
            throw new BomayException("Two different unit kinds share the code " + a.code + ": " + a.describe()
                    + " and " + b.describe());
        }
    }

    String describe() {
        return code + "[" + vietnamese + " / " + english + ", " + pillar + ", " + levels
                + (territorial ? ", territorial" : "") + "]";
    }
}
