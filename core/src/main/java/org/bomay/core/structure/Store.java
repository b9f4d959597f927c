package org.bomay.core.structure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.vavr.collection.HashMap;
import io.vavr.collection.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Relation;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;

/**
 * The validated content of a snapshot and its indexes, in persistent hash maps (Vavr's HAMT) so
 * that a changed snapshot shares everything it did not touch with the one it came from
 * (decision D10). Per-key lists are small Guava immutable lists, copied on write. Never mutated
 * after construction; {@link StructureEditor} derives new stores.
 */
final class Store {
    final HashMap<UnitId, Unit> units;
    final HashMap<PostId, Post> posts;
    final HashMap<PersonId, Person> people;
    final HashMap<UnitId, UnitId> parents;
    final HashMap<UnitId, ImmutableList<UnitId>> children;
    /** Roots in the order they became roots: sequence number → unit, and back. */
    final TreeMap<Long, UnitId> roots;
    final HashMap<UnitId, Long> rootSeq;
    final long nextSeq;
    final HashMap<UnitId, ImmutableList<PostId>> postsByUnit;
    final HashMap<PostId, ImmutableList<Tenure>> tenuresByPost;
    final HashMap<PersonId, ImmutableList<Tenure>> tenuresByPerson;
    final HashMap<UnitId, ImmutableSet<Relation>> outgoing;
    final HashMap<UnitId, ImmutableSet<Relation>> incoming;
    final HashMap<UnitId, ImmutableList<UnitId>> byTerritory;
    final HashMap<String, UnitKind> kinds;
    final int tenureCount;
    final int relationCount;

    Store(HashMap<UnitId, Unit> units, HashMap<PostId, Post> posts, HashMap<PersonId, Person> people,
            HashMap<UnitId, UnitId> parents, HashMap<UnitId, ImmutableList<UnitId>> children, TreeMap<Long, UnitId> roots,
            HashMap<UnitId, Long> rootSeq, long nextSeq, HashMap<UnitId, ImmutableList<PostId>> postsByUnit,
            HashMap<PostId, ImmutableList<Tenure>> tenuresByPost, HashMap<PersonId, ImmutableList<Tenure>> tenuresByPerson,
            HashMap<UnitId, ImmutableSet<Relation>> outgoing, HashMap<UnitId, ImmutableSet<Relation>> incoming,
            HashMap<UnitId, ImmutableList<UnitId>> byTerritory, HashMap<String, UnitKind> kinds, int tenureCount,
            int relationCount) {
        this.units = units;
        this.posts = posts;
        this.people = people;
        this.parents = parents;
        this.children = children;
        this.roots = roots;
        this.rootSeq = rootSeq;
        this.nextSeq = nextSeq;
        this.postsByUnit = postsByUnit;
        this.tenuresByPost = tenuresByPost;
        this.tenuresByPerson = tenuresByPerson;
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.byTerritory = byTerritory;
        this.kinds = kinds;
        this.tenureCount = tenureCount;
        this.relationCount = relationCount;
    }

    static <K, V> ImmutableList<V> list(HashMap<K, ImmutableList<V>> map, K key) {
        ImmutableList<V> l = map.getOrElse(key, null);
        return l == null ? ImmutableList.of() : l;
    }

    static <K, V> ImmutableSet<V> set(HashMap<K, ImmutableSet<V>> map, K key) {
        ImmutableSet<V> s = map.getOrElse(key, null);
        return s == null ? ImmutableSet.of() : s;
    }

    /** Converts a map of Java lists built by the builder into persistent form. */
    static <K, V> HashMap<K, ImmutableList<V>> freezeLists(Map<K, List<V>> m) {
        Map<K, ImmutableList<V>> out = new LinkedHashMap<>(m.size() * 4 / 3 + 1);
        m.forEach((k, v) -> out.put(k, ImmutableList.copyOf(v)));
        return HashMap.ofAll(out);
    }

    static <K, V> HashMap<K, ImmutableSet<V>> freezeSets(Map<K, ? extends java.util.Collection<V>> m) {
        Map<K, ImmutableSet<V>> out = new LinkedHashMap<>(m.size() * 4 / 3 + 1);
        m.forEach((k, v) -> out.put(k, ImmutableSet.copyOf(v)));
        return HashMap.ofAll(out);
    }
}
