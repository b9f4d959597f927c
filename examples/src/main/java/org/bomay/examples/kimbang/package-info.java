/**
 * The Kim Bảng example (seed 000): Kim Bảng district, Hà Nam province, in early 2018, built in
 * Java with all three pillars from the district down to the villages, a small part of the
 * province above it, posts, fictitious people and the concurrent-post models of the district's
 * action programme for Resolution 18-NQ/TW.
 *
 * <pre>{@code
 * OrgStructure kb = KimBang.structure();                  // 2018-01-01
 * OrgStructure march = KimBang.structure(LocalDate.of(2018, 3, 1));
 * march.concurrentTenures().size();                       // the 2/2018 models are in force
 * }</pre>
 *
 * <p>{@link org.bomay.examples.kimbang.KimBang} is the entry point and documents what is real
 * and what is illustrative; the other classes of the package are package-private helpers.
 */
package org.bomay.examples.kimbang;
