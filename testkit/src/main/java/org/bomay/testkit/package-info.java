/**
 * Test support for bomay: QuickTheories generators of valid, realistic random structures
 * ({@link org.bomay.testkit.StructureGen}, with the printable {@link org.bomay.testkit.StructureShape}
 * behind them), generators of random restructuring plans over them ({@link org.bomay.testkit.PlanGen}),
 * and reusable invariant checks of structures ({@link org.bomay.testkit.StructureInvariants}), of
 * change events ({@link org.bomay.testkit.HistoryInvariants}), of incremental validation against
 * full validation ({@link org.bomay.testkit.ValidationInvariants}) and of simulation results
 * ({@link org.bomay.testkit.SimulationInvariants}: replay, validation and metrics along the
 * timeline, determinism, parallel runs) to call in property-based tests of restructurings,
 * readers, rules and scenarios.
 *
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 *
 * qt().forAll(StructureGen.structures())
 *     .checkAssert(StructureInvariants::checkAll);
 *
 * PlanGen.check(PlanGen.plans(), 100, plan -> StructureInvariants.checkAll(plan.history().current()));
 *
 * PlanGen.check(PlanGen.plans(), 40, plan ->
 *         ValidationInvariants.checkIncrementalEqualsFull(Validator.of(VnRules.all()), plan.history()));
 *
 * SimulationInvariants.checkAll(SimulationInvariants.checkDeterminism(Simulation.of(VnRules.all()), programme));
 * }</pre>
 *
 * <p>The property generators are composed from QuickTheories' combinators only (never a raw
 * {@code java.util.Random}), so a failing property shrinks to a small example. The scale
 * generators for benchmarks ({@link org.bomay.testkit.SyntheticCountry},
 * {@link org.bomay.testkit.NationalGenerator} and its plan {@link org.bomay.testkit.NationalReform})
 * are not properties: they draw from a {@code SplittableRandom} seeded by the caller, so the same
 * settings always give the same structure.
 */
package org.bomay.testkit;
