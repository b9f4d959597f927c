/**
 * A district's action programme for Resolution 18-NQ/TW, to 2021 and 2030 (seed 003): the district
 * before the programme ({@link org.bomay.examples.programme2030.SeedDistrict}), the programme as a
 * scenario with dated steps, lead agencies and seven targets
 * ({@link org.bomay.examples.programme2030.ActionProgramme}), a branch without the commune mergers,
 * and a runnable comparison ({@link org.bomay.examples.programme2030.ProgrammeDemo}).
 *
 * <pre>{@code
 * Simulation sim = Simulation.of(VnRules.all()).within(ActionProgramme.DISTRICT);
 * Comparison.of(sim.run(ActionProgramme.scenario()), sim.run(ActionProgramme.withoutCommuneMergers()));
 * }</pre>
 *
 * <p>The seed does not name its district, so the example keeps it anonymous and its communes are
 * placeholders; {@link org.bomay.examples.programme2030.SeedDistrict} says what is the seed's and
 * what is illustrative. The other classes of the package are package-private helpers.
 */
package org.bomay.examples.programme2030;
