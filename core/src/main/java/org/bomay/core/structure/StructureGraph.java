package org.bomay.core.structure;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.bomay.core.BomayException;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.UnitId;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT view of a snapshot's units and relations of some types, backed by the
 * snapshot's own indexes (nothing is copied). Edges point from source to target, so a
 * SUBORDINATE_TO edge points from child to parent.
 */
final class StructureGraph extends AbstractGraph<UnitId, Relation> {
    private static final GraphType TYPE = new DefaultGraphType.Builder()
            .directed().allowMultipleEdges(true).allowSelfLoops(false).weighted(false).modifiable(false)
            .build();

    private final OrgStructure s;
    private final Set<RelationType> types;
    private final boolean all;
    private final Supplier<Set<Relation>> edges;

    StructureGraph(OrgStructure s, Set<RelationType> types) {
        this.s = s;
        this.types = ImmutableSet.copyOf(EnumSet.copyOf(types));
        this.all = this.types.size() == RelationType.values().length;
        this.edges = com.google.common.base.Suppliers.memoize(() -> all
                ? s.relationSet()
                : ImmutableSet.copyOf(Sets.filter(s.relationSet(), r -> this.types.contains(r.type()))));
    }

    private UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("The graph view of an OrgStructure is read-only: "
                + "build a new structure (OrgStructure.toBuilder()) or copy the graph to change it");
    }

    private void vertex(UnitId v) {
        if (v == null || !s.contains(v)) {
            throw new IllegalArgumentException("no such vertex in graph: " + v);
        }
    }

    /** The relations of the view's types, as a set (a unit's relations are stored as a list without duplicates). */
    private Set<Relation> filter(java.util.List<Relation> rs) {
        return ImmutableSet.copyOf(all ? rs : com.google.common.collect.Collections2.filter(rs, r -> types.contains(r.type())));
    }

    @Override
    public Set<Relation> getAllEdges(UnitId source, UnitId target) {
        if (source == null || target == null || !s.contains(source) || !s.contains(target)) {
            return null;
        }
        return ImmutableSet.copyOf(Sets.filter(filter(s.outgoingRelations(source)), r -> r.target().equals(target)));
    }

    @Override
    public Relation getEdge(UnitId source, UnitId target) {
        Set<Relation> rs = getAllEdges(source, target);
        return rs == null || rs.isEmpty() ? null : rs.iterator().next();
    }

    @Override
    public Supplier<UnitId> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Relation> getEdgeSupplier() {
        return null;
    }

    @Override
    public Relation addEdge(UnitId sourceVertex, UnitId targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(UnitId sourceVertex, UnitId targetVertex, Relation e) {
        throw readOnly();
    }

    @Override
    public UnitId addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(UnitId v) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Relation e) {
        return e != null && types.contains(e.type()) && s.contains(e.source()) && s.hasRelation(e);
    }

    @Override
    public boolean containsVertex(UnitId v) {
        return v != null && s.contains(v);
    }

    @Override
    public Set<Relation> edgeSet() {
        return edges.get();
    }

    @Override
    public int degreeOf(UnitId vertex) {
        return inDegreeOf(vertex) + outDegreeOf(vertex);
    }

    @Override
    public Set<Relation> edgesOf(UnitId vertex) {
        return Sets.union(outgoingEdgesOf(vertex), incomingEdgesOf(vertex));
    }

    @Override
    public int inDegreeOf(UnitId vertex) {
        return incomingEdgesOf(vertex).size();
    }

    @Override
    public Set<Relation> incomingEdgesOf(UnitId vertex) {
        vertex(vertex);
        return filter(s.incomingRelations(vertex));
    }

    @Override
    public int outDegreeOf(UnitId vertex) {
        return outgoingEdgesOf(vertex).size();
    }

    @Override
    public Set<Relation> outgoingEdgesOf(UnitId vertex) {
        vertex(vertex);
        return filter(s.outgoingRelations(vertex));
    }

    @Override
    public Relation removeEdge(UnitId sourceVertex, UnitId targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Relation e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(UnitId v) {
        throw readOnly();
    }

    @Override
    public Set<Relation> removeAllEdges(UnitId sourceVertex, UnitId targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean removeAllEdges(java.util.Collection<? extends Relation> edges) {
        throw readOnly();
    }

    @Override
    public boolean removeAllVertices(java.util.Collection<? extends UnitId> vertices) {
        throw readOnly();
    }

    @Override
    public Set<UnitId> vertexSet() {
        return s.unitIds();
    }

    @Override
    public UnitId getEdgeSource(Relation e) {
        edge(e);
        return e.source();
    }

    @Override
    public UnitId getEdgeTarget(Relation e) {
        edge(e);
        return e.target();
    }

    private void edge(Relation e) {
        if (!containsEdge(e)) {
            throw new IllegalArgumentException("no such edge in graph: " + e);
        }
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Relation e) {
        if (e == null) {
            throw new NullPointerException("edge");
        }
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public void setEdgeWeight(Relation e, double weight) {
        throw readOnly();
    }

    /** Returns a one-line summary; JGraphT's default would print every vertex and edge. */
    @Override
    public String toString() {
        return "StructureGraph[" + vertexSet().size() + " units, " + edgeSet().size() + " relations"
                + (all ? "" : " of " + types) + ", " + s.date() + "]";
    }

    static Set<RelationType> checkTypes(RelationType... types) {
        if (types == null || types.length == 0) {
            throw new BomayException("graph(types...) needs at least one relation type; call graph() for all of them");
        }
        EnumSet<RelationType> set = EnumSet.noneOf(RelationType.class);
        for (RelationType t : types) {
            if (t == null) {
                throw new BomayException("graph(types...) was given a null relation type");
            }
            set.add(t);
        }
        return set;
    }
}
