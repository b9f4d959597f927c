package org.bomay.core.rules;

/**
 * The language of a report's messages.
 *
 * <pre>{@code
 * System.out.println(result.report(GroupBy.UNIT, Language.ENGLISH));
 * }</pre>
 */
public enum Language {
    /** Tiếng Việt. */
    VIETNAMESE,
    /** English. */
    ENGLISH
}
