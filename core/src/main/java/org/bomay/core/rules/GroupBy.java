package org.bomay.core.rules;

/**
 * How a validation report groups its violations.
 *
 * <pre>{@code
 * System.out.println(result.report(GroupBy.UNIT, Language.VIETNAMESE));
 * }</pre>
 */
public enum GroupBy {
    /** One section per rule, with its title and source. */
    RULE,
    /** One section per unit concerned (violations about people only come last). */
    UNIT
}
