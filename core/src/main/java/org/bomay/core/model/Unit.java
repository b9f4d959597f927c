package org.bomay.core.model;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.bomay.core.BomayException;
import org.bomay.core.text.VnText;

/**
 * A unit of the apparatus: an organization (Huyện ủy, UBND xã, Phòng Nội vụ, a party cell) or an
 * administrative unit (tỉnh, huyện, xã, thôn) when its {@link UnitKind} is territorial.
 *
 * <p>Attributes are optional: the authorized staff quota (biên chế), the actual staff, and for
 * administrative units area (km²), population, households and class (loại); and open, profile-defined
 * {@linkplain #attributes() attributes} (key → text), such as the Vietnam profile's region of a
 * province or whether a commune is mountainous, which rules read. Every organization
 * may name its territory: the administrative unit it belongs to. A territorial unit is its own
 * territory. The validity period is half-open: {@code [established, ceased)}.
 *
 * <pre>{@code
 * Unit ubnd = Unit.builder(UnitId.of("kb.ubnd"), "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT)
 *         .territory(UnitId.of("kb"))
 *         .staffQuota(75)
 *         .validity(Period.from(LocalDate.of(1977, 1, 1)))
 *         .build();
 * ubnd.pillar(); // STATE
 * }</pre>
 *
 * <p>The name is stored NFC-normalized. This class is immutable and thread-safe; equality is by
 * value (every field).
 */
public final class Unit {
    private final UnitId id;
    private final String name;
    private final UnitKind kind;
    private final Level level;
    private final UnitId territory;
    private final Period validity;
    private final Integer staffQuota;
    private final Integer actualStaff;
    private final Double areaKm2;
    private final Integer population;
    private final Integer households;
    private final UnitClass unitClass;
    private final ImmutableSortedMap<String, String> attributes;

    private Unit(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.kind = b.kind;
        this.level = b.level;
        this.territory = b.kind.isTerritorial() ? b.id : b.territory;
        this.validity = b.validity;
        this.staffQuota = b.staffQuota;
        this.actualStaff = b.actualStaff;
        this.areaKm2 = b.areaKm2;
        this.population = b.population;
        this.households = b.households;
        this.unitClass = b.unitClass;
        this.attributes = ImmutableSortedMap.copyOf(b.attributes);
    }

    /**
     * Starts a unit; {@link Builder#build()} checks that the kind allows the level.
     *
     * @throws BomayException naming the id if the id, name, kind or level is missing
     */
    public static Builder builder(UnitId id, String name, UnitKind kind, Level level) {
        return new Builder(id, name, kind, level);
    }

    /** Returns a unit with no optional attribute: valid always, no territory, no quota. */
    public static Unit of(UnitId id, String name, UnitKind kind, Level level) {
        return builder(id, name, kind, level).build();
    }

    /** Returns a builder holding this unit's fields, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id, name, kind, level);
        b.territory = kind.isTerritorial() ? null : territory;
        b.validity = validity;
        b.staffQuota = staffQuota;
        b.actualStaff = actualStaff;
        b.areaKm2 = areaKm2;
        b.population = population;
        b.households = households;
        b.unitClass = unitClass;
        b.attributes.putAll(attributes);
        return b;
    }

    /** Returns a copy with another name (NFC-normalized). */
    public Unit withName(String newName) {
        return toBuilder().name(newName).build();
    }

    /** Returns a copy with another validity period. */
    public Unit withValidity(Period newValidity) {
        return toBuilder().validity(newValidity).build();
    }

    /** The stable id. */
    public UnitId id() {
        return id;
    }

    /** The name, NFC-normalized. */
    public String name() {
        return name;
    }

    /** The kind. */
    public UnitKind kind() {
        return kind;
    }

    /** The pillar, which is the kind's. */
    public Pillar pillar() {
        return kind.pillar();
    }

    /** The level. */
    public Level level() {
        return level;
    }

    /** Whether this is an administrative unit (its kind is territorial). */
    public boolean isTerritorial() {
        return kind.isTerritorial();
    }

    /** The administrative unit this unit belongs to; a territorial unit returns its own id. */
    public Optional<UnitId> territory() {
        return Optional.ofNullable(territory);
    }

    /** The validity period {@code [established, ceased)}. */
    public Period validity() {
        return validity;
    }

    /** The authorized staff quota (biên chế được giao), if known. */
    public OptionalInt staffQuota() {
        return staffQuota == null ? OptionalInt.empty() : OptionalInt.of(staffQuota);
    }

    /** The actual staff (số người làm việc thực tế), if known. */
    public OptionalInt actualStaff() {
        return actualStaff == null ? OptionalInt.empty() : OptionalInt.of(actualStaff);
    }

    /** The natural area in km², if known (administrative units). */
    public OptionalDouble areaKm2() {
        return areaKm2 == null ? OptionalDouble.empty() : OptionalDouble.of(areaKm2);
    }

    /** The population, if known (administrative units). */
    public OptionalInt population() {
        return population == null ? OptionalInt.empty() : OptionalInt.of(population);
    }

    /** The number of households (hộ gia đình), if known (administrative units, villages). */
    public OptionalInt households() {
        return households == null ? OptionalInt.empty() : OptionalInt.of(households);
    }

    /** The class (loại), if known. */
    public Optional<UnitClass> unitClass() {
        return Optional.ofNullable(unitClass);
    }

    /**
     * The open attributes, sorted by key; empty if none. Keys are defined by profiles (e.g.
     * {@code org.bomay.core.profile.vn.VnAttributes}).
     */
    public ImmutableSortedMap<String, String> attributes() {
        return attributes;
    }

    /** The value of one attribute, if set. */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && id.equals(u.id) && name.equals(u.name) && kind.equals(u.kind)
                && level == u.level && Objects.equals(territory, u.territory) && validity.equals(u.validity)
                && Objects.equals(staffQuota, u.staffQuota) && Objects.equals(actualStaff, u.actualStaff)
                && Objects.equals(areaKm2, u.areaKm2) && Objects.equals(population, u.population)
                && Objects.equals(households, u.households) && unitClass == u.unitClass
                && attributes.equals(u.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind, level, territory, validity, staffQuota, actualStaff, areaKm2,
                population, households, unitClass, attributes);
    }

    /** Returns e.g. {@code kb.ubnd "UBND huyện Kim Bảng" [VN.UBND, DISTRICT]}. */
    @Override
    public String toString() {
        return id + " \"" + name + "\" [" + kind.code() + ", " + level + "]";
    }

    /**
     * Builds a {@link Unit}; {@link #build()} validates and may be called repeatedly.
     *
     * <pre>{@code
     * Unit xa = Unit.builder(UnitId.of("kb.nhat-tan"), "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE)
     *         .areaKm2(7.6).population(9_800).unitClass(UnitClass.II).build();
     * }</pre>
     */
    public static final class Builder {
        private UnitId id;
        private String name;
        private UnitKind kind;
        private Level level;
        private UnitId territory;
        private Period validity = Period.ALWAYS;
        private Integer staffQuota;
        private Integer actualStaff;
        private Double areaKm2;
        private Integer population;
        private Integer households;
        private UnitClass unitClass;
        private final TreeMap<String, String> attributes = new TreeMap<>();

        private Builder(UnitId id, String name, UnitKind kind, Level level) {
            if (id == null) {
                throw new BomayException("A unit needs an id (unit named '" + name + "')");
            }
            this.id = id;
            name(name);
            kind(kind);
            level(level);
        }

        /** Sets the name (NFC-normalized, trimmed). */
        public Builder name(String name) {
            try {
                this.name = VnText.name(name);
            } catch (BomayException e) {
                throw new BomayException("Unit " + id + ": " + e.getMessage(), e);
            }
            return this;
        }

        /** Sets the kind. */
        public Builder kind(UnitKind kind) {
            if (kind == null) {
                throw new BomayException("Unit " + id + " needs a kind");
            }
            this.kind = kind;
            return this;
        }

        /** Sets the level. */
        public Builder level(Level level) {
            if (level == null) {
                throw new BomayException("Unit " + id + " needs a level");
            }
            this.level = level;
            return this;
        }

        /**
         * Sets the administrative unit this unit belongs to ({@code null}: none). A territorial
         * unit is its own territory: leave this unset or pass its own id; {@code build()} rejects
         * another one.
         */
        public Builder territory(UnitId territory) {
            this.territory = territory;
            return this;
        }

        /** Sets the validity period (default {@link Period#ALWAYS}). */
        public Builder validity(Period validity) {
            if (validity == null) {
                throw new BomayException("Unit " + id + ": validity must not be null (use Period.ALWAYS)");
            }
            this.validity = validity;
            return this;
        }

        /** Sets the authorized staff quota (biên chế); {@code null} clears it. */
        public Builder staffQuota(Integer quota) {
            this.staffQuota = nonNegative("staffQuota", quota);
            return this;
        }

        /** Sets the actual staff; {@code null} clears it. */
        public Builder actualStaff(Integer staff) {
            this.actualStaff = nonNegative("actualStaff", staff);
            return this;
        }

        /** Sets the natural area in km²; {@code null} clears it. */
        public Builder areaKm2(Double area) {
            if (area != null && (area.isNaN() || area.isInfinite() || area < 0)) {
                throw new BomayException("Unit " + id + ": areaKm2 must be a finite number >= 0, was " + area);
            }
            this.areaKm2 = area;
            return this;
        }

        /** Sets the population; {@code null} clears it. */
        public Builder population(Integer population) {
            this.population = nonNegative("population", population);
            return this;
        }

        /** Sets the number of households; {@code null} clears it. */
        public Builder households(Integer households) {
            this.households = nonNegative("households", households);
            return this;
        }

        /** Sets the class (loại); {@code null} clears it. */
        public Builder unitClass(UnitClass unitClass) {
            this.unitClass = unitClass;
            return this;
        }

        /**
         * Sets an open attribute (a profile-defined key, e.g. {@code "vn.vung"}); a {@code null}
         * value removes it. The value is NFC-normalized and trimmed.
         *
         * @throws BomayException naming the unit if the key is blank or the value is blank
         */
        public Builder attribute(String key, String value) {
            if (key == null || key.isBlank() || !key.equals(key.strip())) {
                throw new BomayException("Unit " + id + ": an attribute key must be non-blank without surrounding spaces, was '"
                        + key + "'");
            }
            if (value == null) {
                attributes.remove(key);
                return this;
            }
            try {
                attributes.put(key, VnText.name(value));
            } catch (BomayException e) {
                throw new BomayException("Unit " + id + ": attribute " + key + ": " + e.getMessage(), e);
            }
            return this;
        }

        /** Sets several attributes, as {@link #attribute(String, String)} does one by one. */
        public Builder attributes(Map<String, String> values) {
            if (values == null) {
                throw new BomayException("Unit " + id + ": attributes must not be null");
            }
            values.forEach(this::attribute);
            return this;
        }

        private Integer nonNegative(String field, Integer value) {
            if (value != null && value < 0) {
                throw new BomayException("Unit " + id + ": " + field + " must be >= 0, was " + value);
            }
            return value;
        }

        /**
         * Returns the unit.
         *
         * @throws BomayException naming the unit if its kind does not allow its level, or a
         *     territorial unit names another territory
         */
        public Unit build() {
            if (!kind.allows(level)) {
                throw new BomayException("Unit " + id + " (" + name + ") is at level " + level + " but its kind "
                        + kind.code() + " allows only " + kind.levels());
            }
            if (kind.isTerritorial() && territory != null && !territory.equals(id)) {
                throw new BomayException("Unit " + id + " is an administrative unit (" + kind.code()
                        + ") and is its own territory; it cannot belong to territory " + territory
                        + " (make " + territory + " its parent instead)");
            }
            return new Unit(this);
        }
    }
}
