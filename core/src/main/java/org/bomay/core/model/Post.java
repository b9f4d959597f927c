package org.bomay.core.model;

import org.bomay.core.BomayException;
import org.bomay.core.text.VnText;

/**
 * A post (chức danh) of a unit: its role, its Vietnamese title and how many people may hold it
 * at the same time (its capacity; 1 for a single seat).
 *
 * <pre>{@code
 * Post chair = Post.of(PostId.of("kb.ubnd.chu-tich"), UnitId.of("kb.ubnd"), PostRole.HEAD, "Chủ tịch UBND huyện");
 * Post deputies = Post.of(PostId.of("kb.ubnd.pct"), UnitId.of("kb.ubnd"), PostRole.DEPUTY,
 *         "Phó Chủ tịch UBND huyện", 3);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equality is by value.
 *
 * @param id the stable id
 * @param unit the unit the post belongs to
 * @param role the role in the unit
 * @param title the Vietnamese title, NFC-normalized
 * @param capacity how many people may hold it at once, at least 1
 */
public record Post(PostId id, UnitId unit, PostRole role, String title, int capacity) {

    /** Validates and normalizes the fields. */
    public Post {
        if (id == null) {
            throw new BomayException("A post needs an id (post titled '" + title + "')");
        }
        if (unit == null) {
            throw new BomayException("Post " + id + " needs a unit");
        }
        if (role == null) {
            throw new BomayException("Post " + id + " needs a role");
        }
        try {
            title = VnText.name(title);
        } catch (BomayException e) {
            throw new BomayException("Post " + id + ": title: " + e.getMessage(), e);
        }
        if (capacity < 1) {
            throw new BomayException("Post " + id + ": capacity must be at least 1, was " + capacity);
        }
    }

    /** Returns a single-seat post (capacity 1). */
    public static Post of(PostId id, UnitId unit, PostRole role, String title) {
        return new Post(id, unit, role, title, 1);
    }

    /** Returns a post that up to {@code capacity} people may hold at once. */
    public static Post of(PostId id, UnitId unit, PostRole role, String title, int capacity) {
        return new Post(id, unit, role, title, capacity);
    }

    /** Returns a copy that belongs to another unit. */
    public Post withUnit(UnitId newUnit) {
        return new Post(id, newUnit, role, title, capacity);
    }

    /** Returns a copy with another role, e.g. a former head's post becoming a deputy's after a merger. */
    public Post withRole(PostRole newRole) {
        return new Post(id, unit, newRole, title, capacity);
    }

    /** Returns a copy with another title. */
    public Post withTitle(String newTitle) {
        return new Post(id, unit, role, newTitle, capacity);
    }

    /** Returns e.g. {@code kb.ubnd.ct "Chủ tịch UBND huyện" (HEAD of kb.ubnd)}. */
    @Override
    public String toString() {
        return id + " \"" + title + "\" (" + role + (capacity > 1 ? " x" + capacity : "") + " of " + unit + ")";
    }
}
