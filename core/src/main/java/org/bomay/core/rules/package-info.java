/**
 * Validation: dated, sourced, parameterized rules and the validator that checks a snapshot
 * against the rules in force on its date, in full or incrementally after a change.
 *
 * <ul>
 *   <li>{@link org.bomay.core.rules.Rule}: an id, Vietnamese and English titles, the source
 *       document, a validity period, a default {@link org.bomay.core.rules.Severity}, and what it
 *       inspects — one of four shapes: {@link org.bomay.core.rules.UnitRule} (one unit),
 *       {@link org.bomay.core.rules.GroupRule} (a unit and its children, e.g. the average of the
 *       offices of a district), {@link org.bomay.core.rules.PersonRule} (one person's posts) and
 *       {@link org.bomay.core.rules.TotalRule} (a sum over the whole structure).</li>
 *   <li>{@link org.bomay.core.rules.RulePack}: a named, composable set of rules.</li>
 *   <li>{@link org.bomay.core.rules.Validator}: {@code validate} (full) and {@code revalidate}
 *       (only what a change touched; the result equals a full run).</li>
 *   <li>{@link org.bomay.core.rules.ValidationResult} and
 *       {@link org.bomay.core.rules.Violation}: what broke which rule, with the units, posts and
 *       people concerned, messages in both languages, the source and the change that caused it.</li>
 * </ul>
 *
 * <p>The parameterized rule types live in {@link org.bomay.core.rules.types}; the Vietnam packs in
 * {@link org.bomay.core.profile.vn.VnRules}.
 */
package org.bomay.core.rules;
