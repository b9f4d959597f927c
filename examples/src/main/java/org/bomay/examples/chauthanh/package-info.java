/**
 * The Châu Thành example (seed 001): Châu Thành district, Bến Tre province, on 2018-01-01, and
 * the first year of Resolution 18-NQ/TW there as the seed reports it on 11/02/2019 — concurrent
 * posts (16/22 communes with the party secretary chairing the HĐND; 66 models reported), a
 * public service unit absorbed, one converted to a company, one to be dissolved, six hamlets
 * merged and three pairs of communes to merge in 2019 (22 → 19).
 *
 * <pre>{@code
 * OrgStructure ct = ChauThanh.structure();                                   // 2018-01-01
 * SimulationResult r = Simulation.of(VnRules.all()).within(ChauThanh.DISTRICT)
 *         .run(ChauThanhOneYear.scenario());
 * ChauThanhOneYear.secretaryChairsCouncil(r.history().asOf(ChauThanhOneYear.SEED_DATE));   // 16/22
 * }</pre>
 *
 * <p>{@link org.bomay.examples.chauthanh.ChauThanh} documents what is real and what is
 * illustrative, {@link org.bomay.examples.chauthanh.ChauThanhOneYear} the scenario and
 * {@link org.bomay.examples.chauthanh.ChauThanhDemo} prints the summary; the other classes are
 * package-private helpers.
 */
package org.bomay.examples.chauthanh;
