/**
 * {@link org.bomay.core.structure.OrgStructure}: the immutable, thread-safe snapshot of the
 * apparatus on a date, its {@link org.bomay.core.structure.OrgStructure.Builder} (which validates
 * everything and reports every {@link org.bomay.core.structure.StructureProblem} at once), its
 * queries (tree, selections, posts and holders, relations, name search, counts) and a read-only
 * JGraphT view.
 */
package org.bomay.core.structure;
