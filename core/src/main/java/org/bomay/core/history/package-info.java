/**
 * The history of a structure: an immutable sequence of versions, one per applied change, with
 * time travel ({@link org.bomay.core.history.History#asOf}, {@link org.bomay.core.history.History#asDecided})
 * and lineage queries ({@link org.bomay.core.history.History#successors},
 * {@link org.bomay.core.history.History#predecessors}). Versions share structure, so a long
 * history costs little more than one snapshot.
 */
package org.bomay.core.history;
