package org.bomay.core.structure;

import static org.bomay.core.structure.KimBangFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link OrgStructure#graph()}: a read-only JGraphT view of the fixture's 20 units and 20 relations. */
class GraphViewTest {
    private final OrgStructure s = KimBangFixture.structure();
    private final Graph<UnitId, Relation> g = s.graph();

    private static Relation rel(RelationType type, UnitId source, UnitId target) {
        return Relation.of(type, source, target);
    }

    @Test
    void graph_everyUnitIsAVertex() {
        assertEquals(20, g.vertexSet().size());
        assertEquals(s.unitIds(), g.vertexSet());
        assertTrue(g.containsVertex(KB_HU));
        assertFalse(g.containsVertex(UnitId.of("kb.nowhere")));
        assertFalse(g.containsVertex(null));
    }

    @Test
    void graph_everyRelationIsAnEdge() {
        assertEquals(20, g.edgeSet().size());
        assertEquals(ImmutableSet.copyOf(s.relations()), g.edgeSet());
        assertTrue(g.containsEdge(rel(RelationType.LEADS, KB_HU, KB_UBND)));
        assertFalse(g.containsEdge(rel(RelationType.LEADS, KB_UBND, KB_HU)));
        assertTrue(g.containsEdge(KB_VP, KB_UBND));
        assertFalse(g.containsEdge(KB_UBND, KB_VP));
    }

    @Test
    void graph_isMemoized() {
        assertSame(g, s.graph());
    }

    @Test
    void type_isDirectedMultigraphWithoutLoops_unmodifiable() {
        assertTrue(g.getType().isDirected());
        assertTrue(g.getType().isAllowingMultipleEdges());
        assertFalse(g.getType().isAllowingSelfLoops());
        assertFalse(g.getType().isModifiable());
        assertFalse(g.getType().isWeighted());
        assertEquals(1.0, g.getEdgeWeight(rel(RelationType.LEADS, KB_HU, KB_UBND)));
    }

    @Test
    void edgeSourceAndTarget_followTheVerb() {
        Relation sub = rel(RelationType.SUBORDINATE_TO, NT_DU, KB_HU);
        assertEquals(NT_DU, g.getEdgeSource(sub)); // child
        assertEquals(KB_HU, g.getEdgeTarget(sub)); // parent
        Relation guides = rel(RelationType.GUIDES, HN_STC, KB_PTCKH);
        assertEquals(HN_STC, g.getEdgeSource(guides));
        assertEquals(KB_PTCKH, g.getEdgeTarget(guides));
    }

    @Test
    void edgeSource_rejectsAnEdgeNotInTheGraph() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.getEdgeSource(rel(RelationType.LEADS, KB_UBND, KB_HU)));
        assertEquals("no such edge in graph: kb.ubnd LEADS kb.hu", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> s.graph(RelationType.SUBORDINATE_TO).getEdgeTarget(rel(RelationType.LEADS, KB_HU, KB_UBND)));
    }

    @Test
    void incomingAndOutgoingEdges() {
        assertEquals(ImmutableSet.of(
                        rel(RelationType.SUBORDINATE_TO, KB_VP, KB_UBND),
                        rel(RelationType.SUBORDINATE_TO, KB_PTCKH, KB_UBND),
                        rel(RelationType.SUBORDINATE_TO, NT_UBND, KB_UBND),
                        rel(RelationType.LEADS, KB_HU, KB_UBND),
                        rel(RelationType.SERVES, KB_VP, KB_UBND)),
                g.incomingEdgesOf(KB_UBND));
        assertEquals(ImmutableSet.of(), g.outgoingEdgesOf(KB_UBND));
        assertEquals(ImmutableSet.of(
                        rel(RelationType.SUBORDINATE_TO, KB_VP, KB_UBND),
                        rel(RelationType.SERVES, KB_VP, KB_HDND),
                        rel(RelationType.SERVES, KB_VP, KB_UBND)),
                g.outgoingEdgesOf(KB_VP));
    }

    @Test
    void degrees() {
        assertEquals(5, g.inDegreeOf(KB_UBND));
        assertEquals(0, g.outDegreeOf(KB_UBND));
        assertEquals(0, g.inDegreeOf(KB_VP));
        assertEquals(3, g.outDegreeOf(KB_VP));
        assertEquals(3, g.degreeOf(KB_VP));
        assertEquals(3, g.edgesOf(KB_VP).size());
        // kb.hu: from nt.du and kb.bdv; to hn.tu and three LEADS
        assertEquals(2, g.inDegreeOf(KB_HU));
        assertEquals(4, g.outDegreeOf(KB_HU));
        assertEquals(6, g.edgesOf(KB_HU).size());
    }

    @Test
    void degrees_rejectUnknownVertex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.inDegreeOf(UnitId.of("kb.nowhere")));
        assertEquals("no such vertex in graph: kb.nowhere", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.outgoingEdgesOf(UnitId.of("kb.nowhere")));
    }

    @Test
    void getAllEdges_twoRelationTypesBetweenTheSamePair() {
        assertEquals(ImmutableSet.of(rel(RelationType.SUBORDINATE_TO, KB_VP, KB_UBND), rel(RelationType.SERVES, KB_VP, KB_UBND)),
                g.getAllEdges(KB_VP, KB_UBND));
        assertEquals(ImmutableSet.of(), g.getAllEdges(KB_UBND, KB_VP));
        assertNull(g.getAllEdges(KB_VP, UnitId.of("kb.nowhere")));
        assertNull(g.getAllEdges(null, KB_VP));
        assertTrue(Set.of(rel(RelationType.SUBORDINATE_TO, KB_VP, KB_UBND), rel(RelationType.SERVES, KB_VP, KB_UBND))
                .contains(g.getEdge(KB_VP, KB_UBND)));
        assertNull(g.getEdge(KB_UBND, KB_VP));
    }

    @Test
    void graphOfSubordination_onlyHasSubordinationEdges() {
        Graph<UnitId, Relation> sub = s.graph(RelationType.SUBORDINATE_TO);
        assertEquals(20, sub.vertexSet().size());
        assertEquals(13, sub.edgeSet().size());
        assertTrue(sub.edgeSet().stream().allMatch(r -> r.type() == RelationType.SUBORDINATE_TO));
        assertEquals(ImmutableSet.of(rel(RelationType.SUBORDINATE_TO, KB_VP, KB_UBND)), sub.getAllEdges(KB_VP, KB_UBND));
        assertEquals(3, sub.inDegreeOf(KB_UBND));
        assertEquals(1, sub.outDegreeOf(KB_VP));
        assertFalse(sub.containsEdge(rel(RelationType.LEADS, KB_HU, KB_UBND)));
        assertFalse(sub.containsEdge(KB_HU, KB_UBND));
    }

    @Test
    void graphOfSeveralTypes() {
        Graph<UnitId, Relation> g2 = s.graph(RelationType.LEADS, RelationType.SERVES, RelationType.LEADS);
        assertEquals(5, g2.edgeSet().size());
        assertEquals(ImmutableSet.of(rel(RelationType.SERVES, KB_VP, KB_UBND)), g2.getAllEdges(KB_VP, KB_UBND));
        assertEquals(1, s.graph(RelationType.GUIDES).edgeSet().size());
        assertEquals(1, s.graph(RelationType.MEMBER_OF).edgeSet().size());
    }

    @Test
    void graphOfAllTypesNamed_equalsGraph() {
        Graph<UnitId, Relation> all = s.graph(RelationType.values());
        assertEquals(g.edgeSet(), all.edgeSet());
        assertEquals(g, all);
    }

    @Test
    void graph_withNoTypesThrows() {
        BomayException e = assertThrows(BomayException.class, () -> s.graph(new RelationType[0]));
        assertEquals("graph(types...) needs at least one relation type; call graph() for all of them", e.getMessage());
        assertThrows(BomayException.class, () -> s.graph((RelationType[]) null));
        assertEquals("graph(types...) was given a null relation type",
                assertThrows(BomayException.class, () -> s.graph(RelationType.LEADS, null)).getMessage());
    }

    @Test
    void mutators_throwUnsupportedOperation() {
        Relation leads = rel(RelationType.LEADS, KB_HU, KB_UBND);
        Relation fresh = rel(RelationType.GUIDES, KB_UBND, KB_HU);
        List<Executable> mutators = List.of(
                () -> g.addVertex(),
                () -> g.addVertex(UnitId.of("kb.new")),
                () -> g.addEdge(KB_UBND, KB_HU),
                () -> g.addEdge(KB_UBND, KB_HU, fresh),
                () -> g.removeEdge(KB_HU, KB_UBND),
                () -> g.removeEdge(leads),
                () -> g.removeVertex(KB_HU),
                () -> g.setEdgeWeight(leads, 2.0),
                () -> g.setEdgeWeight(KB_HU, KB_UBND, 2.0),
                () -> g.removeAllEdges(KB_VP, KB_UBND),
                () -> g.removeAllEdges(List.of(leads)),
                () -> g.removeAllVertices(List.of(KB_HU)),
                () -> s.graph(RelationType.LEADS).removeEdge(leads),
                () -> s.graph(RelationType.LEADS).addVertex(UnitId.of("kb.new")));
        for (Executable m : mutators) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, m);
            assertEquals("The graph view of an OrgStructure is read-only: build a new structure "
                    + "(OrgStructure.toBuilder()) or copy the graph to change it", e.getMessage());
        }
        assertEquals(20, g.edgeSet().size());
        assertEquals(20, g.vertexSet().size());
    }

    @Test
    void mutators_throwEvenWhenThereIsNothingToRemove() {
        assertThrows(UnsupportedOperationException.class, () -> g.removeAllEdges(HN, KB_HU));
        assertThrows(UnsupportedOperationException.class, () -> g.removeAllEdges(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> g.removeAllVertices(List.of()));
    }

    // ------------------------------------------------------------------ JGraphT algorithms on the view

    @Test
    void cycleDetector_findsNoSubordinationCycle() {
        assertFalse(new CycleDetector<>(s.graph(RelationType.SUBORDINATE_TO)).detectCycles());
        assertFalse(new CycleDetector<>(g).detectCycles());
    }

    @Test
    void cycleDetector_findsACycleOfOtherRelations() {
        OrgStructure c = s.toBuilder().add(rel(RelationType.GUIDES, KB_UBND, KB_HU)).build(); // kb.hu LEADS kb.ubnd
        assertTrue(new CycleDetector<>(c.graph()).detectCycles());
        assertEquals(ImmutableSet.of(KB_HU, KB_UBND), new CycleDetector<>(c.graph()).findCycles());
        assertFalse(new CycleDetector<>(c.graph(RelationType.SUBORDINATE_TO)).detectCycles());
    }

    @Test
    void dijkstra_findsAPathAcrossRelationTypes() {
        GraphPath<UnitId, Relation> path = DijkstraShortestPath.findPathBetween(g, NT_T1_CB, KB_UBND);
        assertEquals(List.of(NT_T1_CB, NT_DU, KB_HU, KB_UBND), path.getVertexList());
        assertEquals(List.of(rel(RelationType.SUBORDINATE_TO, NT_T1_CB, NT_DU),
                rel(RelationType.SUBORDINATE_TO, NT_DU, KB_HU), rel(RelationType.LEADS, KB_HU, KB_UBND)), path.getEdgeList());
        assertEquals(3.0, path.getWeight());
    }

    @Test
    void dijkstra_followsEdgeDirection() {
        assertNull(DijkstraShortestPath.findPathBetween(g, KB_UBND, NT_T1_CB));
        GraphPath<UnitId, Relation> up = DijkstraShortestPath.findPathBetween(s.graph(RelationType.SUBORDINATE_TO), NT_T2, HN);
        assertEquals(List.of(NT_T2, NT, KB, HN), up.getVertexList());
        assertNull(DijkstraShortestPath.findPathBetween(s.graph(RelationType.SUBORDINATE_TO), NT_T1_CB, KB_UBND));
    }

    @Test
    void topologicalOrder_putsEveryChildBeforeItsParent() {
        Graph<UnitId, Relation> sub = s.graph(RelationType.SUBORDINATE_TO);
        List<UnitId> order = new ArrayList<>();
        new TopologicalOrderIterator<>(sub).forEachRemaining(order::add);
        assertEquals(20, order.size());
        assertEquals(s.unitIds(), ImmutableSet.copyOf(order));
        for (Relation r : sub.edgeSet()) {
            assertTrue(order.indexOf(r.source()) < order.indexOf(r.target()), r.toString());
        }
    }

    @Test
    void topologicalOrder_ofTheWholeGraph() {
        List<UnitId> order = new ArrayList<>();
        new TopologicalOrderIterator<>(g).forEachRemaining(order::add);
        assertEquals(20, order.size());
        assertTrue(order.indexOf(HN_STC) < order.indexOf(KB_PTCKH)); // GUIDES
        assertTrue(order.indexOf(KB_PTCKH) < order.indexOf(KB_UBND)); // SUBORDINATE_TO
        assertTrue(order.indexOf(KB_HU) < order.indexOf(KB_MTTQ)); // LEADS
    }

    @Test
    void connectivity_countsComponents() {
        ConnectivityInspector<UnitId, Relation> sub = new ConnectivityInspector<>(s.graph(RelationType.SUBORDINATE_TO));
        List<Set<UnitId>> trees = sub.connectedSets();
        assertEquals(7, trees.size()); // one per root
        assertFalse(sub.isConnected());
        assertEquals(ImmutableSet.of(HN, KB, NT, DH, NT_T1, NT_T2), sub.connectedSetOf(NT_T2));
        assertEquals(ImmutableSet.of(KB_HND), sub.connectedSetOf(KB_HND));

        // LEADS, SERVES, GUIDES and MEMBER_OF join every organization; the administrative tree stays apart
        ConnectivityInspector<UnitId, Relation> all = new ConnectivityInspector<>(g);
        assertEquals(2, all.connectedSets().size());
        assertEquals(14, all.connectedSetOf(KB_HND).size());
        assertTrue(all.pathExists(HN_STC, NT_T1_BCT));
        assertFalse(all.pathExists(HN, HN_TU));
    }

    @Test
    void copy_intoAModifiableGraph() {
        Graph<UnitId, Relation> copy = new DirectedMultigraph<>(null, null, false);
        Graphs.addGraph(copy, g);
        assertEquals(g.vertexSet(), copy.vertexSet());
        assertEquals(g.edgeSet(), copy.edgeSet());
        assertTrue(copy.removeVertex(KB_UBND));
        assertEquals(15, copy.edgeSet().size());
        assertEquals(20, g.edgeSet().size());
    }

    @Test
    void view_reflectsOnlyItsOwnSnapshot() {
        OrgStructure bigger = s.toBuilder()
                .add(Unit.builder(UnitId.of("kb.hlhpn"), "Hội Liên hiệp Phụ nữ huyện Kim Bảng", VnKinds.HOI_LHPN,
                        Level.DISTRICT).territory(KB).build())
                .add(rel(RelationType.MEMBER_OF, UnitId.of("kb.hlhpn"), KB_MTTQ))
                .build();
        assertEquals(21, bigger.graph().vertexSet().size());
        assertEquals(20, g.vertexSet().size());
        assertEquals(ImmutableSet.of(KB_HND, UnitId.of("kb.hlhpn")), bigger.graph(RelationType.MEMBER_OF)
                .incomingEdgesOf(KB_MTTQ).stream().map(Relation::source).collect(Collectors.toSet()));
    }
}
