/**
 * The parameterized rule types: thresholds are data, not code. Each type is a {@link
 * org.bomay.core.rules.UnitRule}, {@link org.bomay.core.rules.GroupRule}, {@link
 * org.bomay.core.rules.PersonRule} or {@link org.bomay.core.rules.TotalRule} whose parameters
 * select units with a {@link org.bomay.core.rules.types.Selector} and give the numbers.
 *
 * <ul>
 *   <li>deputies: {@link org.bomay.core.rules.types.DeputyCap} (a cap per kind, level and
 *       class, with a grace period after a merger), {@link org.bomay.core.rules.types.GroupDeputyCap}
 *       (an average or total across a group), {@link org.bomay.core.rules.types.SubordinateDeputies}
 *       (no more than the parent), {@link org.bomay.core.rules.types.DeputyShareCap} (a share of
 *       the staff quota);</li>
 *   <li>heads: {@link org.bomay.core.rules.types.SingleHead};</li>
 *   <li>staff: {@link org.bomay.core.rules.types.StaffWithinQuota},
 *       {@link org.bomay.core.rules.types.StaffCap} (e.g. commune cadres by class),
 *       {@link org.bomay.core.rules.types.MinimumStaff};</li>
 *   <li>administrative units: {@link org.bomay.core.rules.types.AdminUnitStandards},
 *       {@link org.bomay.core.rules.types.MandatoryMerger},
 *       {@link org.bomay.core.rules.types.VillageHouseholds};</li>
 *   <li>people: {@link org.bomay.core.rules.types.ConcurrentPosts} (which combinations, where,
 *       since when), {@link org.bomay.core.rules.types.MaxConcurrentPosts},
 *       {@link org.bomay.core.rules.types.PartyMembership};</li>
 *   <li>policy: {@link org.bomay.core.rules.types.BaselineLimit} (no more units or quota than a
 *       baseline);</li>
 *   <li>consistency: {@link org.bomay.core.rules.types.StructuralIntegrity}.</li>
 * </ul>
 */
package org.bomay.core.rules.types;
