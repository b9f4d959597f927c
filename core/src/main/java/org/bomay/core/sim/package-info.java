/**
 * Scenario simulation for analysts: "what if" an action programme is carried out step by step.
 *
 * <ul>
 *   <li>{@link org.bomay.core.sim.Scenario}: a baseline, dated {@link org.bomay.core.sim.Step}s
 *       (changes, cơ quan chủ trì and phối hợp, status, legal basis) and
 *       {@link org.bomay.core.sim.Target}s; branches replace, remove or add steps.</li>
 *   <li>{@link org.bomay.core.sim.Simulation}: runs scenarios against a rule pack, deterministically,
 *       with an optional seeded {@link org.bomay.core.sim.Attrition} model, and yields a
 *       {@link org.bomay.core.sim.SimulationResult}: the timeline of
 *       {@link org.bomay.core.sim.TimelineEntry}s, the {@link org.bomay.core.sim.TargetResult}s and
 *       the final structure.</li>
 *   <li>{@link org.bomay.core.sim.Metric}, {@link org.bomay.core.sim.Metrics},
 *       {@link org.bomay.core.sim.Measurements}: đầu mối by pillar, level and kind, posts, deputies
 *       over cap, staff against quota, concurrent posts and model coverage ("16/22"), spans of
 *       control, layers; users add their own.</li>
 *   <li>{@link org.bomay.core.sim.Comparison} and {@link org.bomay.core.sim.StructureDiff}: results
 *       side by side, and what two structures differ in.</li>
 * </ul>
 *
 * <pre>{@code
 * SimulationResult a = Simulation.of(VnRules.all()).run(programme);
 * SimulationResult b = Simulation.of(VnRules.all()).run(programme.branch("không hợp nhất").remove("office-merger").build());
 * System.out.println(Comparison.of(a, b));
 * }</pre>
 */
package org.bomay.core.sim;
