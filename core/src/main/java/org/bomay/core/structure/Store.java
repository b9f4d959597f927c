package org.bomay.core.structure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.vavr.collection.TreeMap;
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
    final PersistentMap<UnitId, Unit> units;
    final PersistentMap<PostId, Post> posts;
    final PersistentMap<PersonId, Person> people;
    final PersistentMap<UnitId, UnitId> parents;
    final PersistentMap<UnitId, ImmutableList<UnitId>> children;
    /** Roots in the order they became roots: sequence number → unit, and back. */
    final TreeMap<Long, UnitId> roots;
    final PersistentMap<UnitId, Long> rootSeq;
    final long nextSeq;
    final PersistentMap<UnitId, ImmutableList<PostId>> postsByUnit;
    final PersistentMap<PostId, ImmutableList<Tenure>> tenuresByPost;
    final PersistentMap<PersonId, ImmutableList<Tenure>> tenuresByPerson;
    /** Relations by source and by target, each list free of duplicates (the editor checks), in the order added. */
    final PersistentMap<UnitId, ImmutableList<Relation>> outgoing;
    final PersistentMap<UnitId, ImmutableList<Relation>> incoming;
    final PersistentMap<UnitId, ImmutableList<UnitId>> byTerritory;
    final PersistentMap<String, UnitKind> kinds;
    final int tenureCount;
    final int relationCount;

    Store(PersistentMap<UnitId, Unit> units, PersistentMap<PostId, Post> posts, PersistentMap<PersonId, Person> people,
            PersistentMap<UnitId, UnitId> parents, PersistentMap<UnitId, ImmutableList<UnitId>> children, TreeMap<Long, UnitId> roots,
            PersistentMap<UnitId, Long> rootSeq, long nextSeq, PersistentMap<UnitId, ImmutableList<PostId>> postsByUnit,
            PersistentMap<PostId, ImmutableList<Tenure>> tenuresByPost, PersistentMap<PersonId, ImmutableList<Tenure>> tenuresByPerson,
            PersistentMap<UnitId, ImmutableList<Relation>> outgoing, PersistentMap<UnitId, ImmutableList<Relation>> incoming,
            PersistentMap<UnitId, ImmutableList<UnitId>> byTerritory, PersistentMap<String, UnitKind> kinds, int tenureCount,
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

    static <K, V> ImmutableList<V> list(PersistentMap<K, ImmutableList<V>> map, K key) {
        ImmutableList<V> l = map.getOrElse(key, null);
        return l == null ? ImmutableList.of() : l;
    }

    /** Converts a map of Java lists built by the builder into persistent form. */
    static <K, V> PersistentMap<K, ImmutableList<V>> freezeLists(Map<K, List<V>> m) {
        return PersistentMap.ofAll(m, ImmutableList::copyOf);
    }
}
