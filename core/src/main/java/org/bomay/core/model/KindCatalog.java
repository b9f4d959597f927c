package org.bomay.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;

/**
 * An open, immutable catalog of {@link UnitKind}s by code. Profiles ship one (the Vietnam profile's
 * is {@code VnKinds.CATALOG}); users extend it with {@link #with(UnitKind...)} instead of editing code.
 *
 * <pre>{@code
 * KindCatalog mine = VnKinds.CATALOG.with(
 *         UnitKind.of("MY.TO_CONG_TAC", "Tổ công tác", "working group", Pillar.STATE, Level.DISTRICT));
 * mine.get("VN.HUYEN_UY").vietnamese(); // "Huyện ủy"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KindCatalog {
    private final String name;
    private final ImmutableMap<String, UnitKind> byCode;

    private KindCatalog(String name, ImmutableMap<String, UnitKind> byCode) {
        this.name = name;
        this.byCode = byCode;
    }

    /**
     * Returns a catalog of the given kinds.
     *
     * @throws BomayException if two different kinds share a code
     */
    public static KindCatalog of(String name, Iterable<UnitKind> kinds) {
        if (name == null || name.isBlank()) {
            throw new BomayException("A kind catalog needs a name");
        }
        if (kinds == null) {
            throw new BomayException("Kind catalog " + name + ": kinds must not be null");
        }
        Map<String, UnitKind> map = new LinkedHashMap<>();
        for (UnitKind k : kinds) {
            if (k == null) {
                throw new BomayException("Kind catalog " + name + " contains a null kind");
            }
            UnitKind old = map.putIfAbsent(k.code(), k);
            if (old != null) {
                UnitKind.requireSame(old, k);
            }
        }
        return new KindCatalog(name, ImmutableMap.copyOf(map));
    }

    /** Returns a catalog with these kinds added; re-adding an identical kind is allowed. */
    public KindCatalog with(UnitKind... kinds) {
        Checks.notNull(kinds, "KindCatalog.with: the kinds");
        ImmutableList.Builder<UnitKind> all = ImmutableList.<UnitKind>builder().addAll(byCode.values());
        for (UnitKind k : kinds) {
            all.add(k);
        }
        return of(name, all.build());
    }

    /** The catalog's name, e.g. "vn". */
    public String name() {
        return name;
    }

    /**
     * Returns the kind with the code.
     *
     * @throws BomayException naming the code, with a near match when there is one
     */
    public UnitKind get(String code) {
        UnitKind k = byCode.get(code);
        if (k == null) {
            String hint = byCode.keySet().stream().filter(c -> code != null && c.equalsIgnoreCase(code))
                    .findFirst().map(c -> " (did you mean " + c + "?)").orElse("");
            throw new BomayException("Unknown unit kind " + code + " in catalog " + name + hint);
        }
        return k;
    }

    /** Returns the kind with the code, if present. */
    public Optional<UnitKind> find(String code) {
        Checks.notNull(code, "KindCatalog.find: the code");
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether the catalog holds this exact kind. */
    public boolean contains(UnitKind kind) {
        Checks.notNull(kind, "KindCatalog.contains: the kind");
        UnitKind k = byCode.get(kind.code());
        return k != null && k.sameDefinition(kind);
    }

    /** All kinds in the order they were added. */
    public ImmutableList<UnitKind> kinds() {
        return byCode.values().asList();
    }

    /** Returns the kinds of one pillar. */
    public ImmutableList<UnitKind> kinds(Pillar pillar) {
        Checks.notNull(pillar, "KindCatalog.kinds: the pillar");
        return byCode.values().stream().filter(k -> k.pillar() == pillar).collect(ImmutableList.toImmutableList());
    }

    /** The number of kinds. */
    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return "KindCatalog[" + name + ": " + byCode.size() + " kinds]";
    }
}
